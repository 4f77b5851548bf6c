//! Facts about the whole article that single tokens cannot see: how each word is written
//! elsewhere (in lower case, capitalized mid-sentence) and which words stand around its
//! capitalized occurrences; and how to read a title or heading line (title case or not).

use super::{push_lower_form, push_short_shape};
use crate::engine::hash::FastMap;
use crate::engine::types::BlockKind;
use crate::engine::Sentence;

/// The distinct neighbours of a capitalized word over its body occurrences, in four lists
/// (see [`PREV`] and the others): one buffer holds the strings of all four, so a word's
/// neighbours take one allocation rather than one per list.
#[derive(Default)]
pub(super) struct Around {
    buf: String,
    /// For each list, where its strings are in `buf`, in the order they were added.
    spans: [[(u32, u32); MAX_FORMS]; 4],
    lens: [usize; 4],
}

/// The lists of an [`Around`]: the words before and after it as lowercase forms, and their
/// shapes ("Xxx" after it hints at a first name, "d" at a model).
pub(super) const PREV: usize = 0;
pub(super) const NEXT: usize = 1;
pub(super) const PREV_SHAPE: usize = 2;
pub(super) const NEXT_SHAPE: usize = 3;

/// The most distinct neighbour forms kept per list: a few are enough and keep long texts
/// linear.
const MAX_FORMS: usize = 12;

impl Around {
    /// The strings of list `l`, in the order they were added.
    pub(super) fn list(&self, l: usize) -> impl Iterator<Item = &str> + '_ {
        self.spans[l][..self.lens[l]]
            .iter()
            .map(|&(a, b)| self.buf.get(a as usize..b as usize).unwrap_or(""))
    }
    /// Adds `x` to list `l` unless the list holds it already or is full.
    fn push_distinct(&mut self, l: usize, x: &str) {
        let n = self.lens[l];
        if n < MAX_FORMS && !self.list(l).any(|y| y == x) {
            let start = self.buf.len() as u32;
            self.buf.push_str(x);
            self.spans[l][n] = (start, self.buf.len() as u32);
            self.lens[l] += 1;
        }
    }
}

/// What the article shows of one lowercase form.
#[derive(Default, Clone, Copy)]
pub(super) struct Seen {
    /// Written in lowercase somewhere.
    lower: bool,
    /// Capitalized in the middle of a body sentence.
    cap_mid: bool,
    /// For a word capitalized in body text, its neighbours: an index into `arounds`.
    around: Option<u32>,
}

/// Facts about the whole article that single tokens cannot see.
#[derive(Default)]
pub struct DocContext {
    /// One entry per lowercase form that is written in lowercase or capitalized in body
    /// text somewhere in the article (one key string per form, one lookup per token).
    forms: FastMap<String, Seen>,
    /// For each capitalized word, the words around all its body occurrences: "Novartis
    /// said" in one sentence helps read "Novartis" in another.
    arounds: Vec<Around>,
}

impl DocContext {
    pub fn new(text: &str, sentences: &[Sentence]) -> DocContext {
        // A news article of a few hundred tokens has about one form per two tokens and one
        // capitalized body word per eight (a long text far fewer): reserving about that
        // avoids regrowing the tables, and moving the large neighbour lists, as they fill.
        let n_tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
        let mut ctx = DocContext {
            forms: FastMap::with_capacity_and_hasher(
                (n_tokens / 2).min(256 + n_tokens / 64),
                Default::default(),
            ),
            arounds: Vec::with_capacity((n_tokens / 8).min(64 + n_tokens / 512)),
        };
        // One buffer for the token's lowercase form and one for a neighbour's form or shape:
        // most forms are already in the tables, so a string is allocated only on insertion.
        let mut lw = String::new();
        let mut buf = String::new();
        for s in sentences {
            let block = effective_block(text, s);
            for (i, t) in s.tokens.iter().enumerate() {
                let w = t.of(text);
                let first = w.chars().next();
                let lower_first = first.is_some_and(char::is_lowercase);
                let upper_first = first.is_some_and(char::is_uppercase);
                // Only a lowercase word, or a capitalized word in body text, adds to a table.
                let body_cap = upper_first && block == BlockKind::Paragraph;
                if !(lower_first || body_cap) {
                    continue;
                }
                lw.clear();
                push_lower_form(w, &mut lw);
                // One lookup for a form already in the table (most tokens), a second to insert.
                let seen = match ctx.forms.get_mut(lw.as_str()) {
                    Some(seen) => seen,
                    None => ctx.forms.entry(lw.clone()).or_default(),
                };
                if lower_first {
                    seen.lower = true;
                }
                if body_cap {
                    let k = match seen.around {
                        Some(k) => k as usize,
                        None => {
                            seen.around = Some(ctx.arounds.len() as u32);
                            ctx.arounds.push(Around {
                                buf: String::with_capacity(64),
                                ..Around::default()
                            });
                            ctx.arounds.len() - 1
                        }
                    };
                    if let Some(entry) = ctx.arounds.get_mut(k) {
                        let prev = if i > 0 { Some(s.tokens[i - 1].of(text)) } else { None };
                        let next = s.tokens.get(i + 1).map(|t| t.of(text));
                        // Each neighbour as a lowercase form and as a shape; a sentence edge
                        // stands in for a missing neighbour.
                        let mut record = |word: Option<&str>,
                                          edge: &str,
                                          form: fn(&str, &mut String),
                                          list: usize| {
                            buf.clear();
                            match word {
                                Some(w) => form(w, &mut buf),
                                None => buf.push_str(edge),
                            }
                            entry.push_distinct(list, &buf);
                        };
                        record(prev, "<s>", push_lower_form, PREV);
                        record(next, "</s>", push_lower_form, NEXT);
                        record(prev, "<s>", push_short_shape, PREV_SHAPE);
                        record(next, "</s>", push_short_shape, NEXT_SHAPE);
                    }
                    if i > 0 {
                        let prev = s.tokens[i - 1].of(text);
                        // After a quote or colon a capital may just start a clause.
                        if !super::opens_clause(prev) {
                            seen.cap_mid = true;
                        }
                    }
                }
            }
        }
        ctx
    }

    pub(super) fn seen(&self, lower: &str) -> Seen {
        self.forms.get(lower).copied().unwrap_or_default()
    }
    /// How the article writes this word (a lowercase form) elsewhere: also in lower case
    /// ("L"), also capitalized mid-sentence ("C"), both, or neither.
    pub(super) fn case_cue(&self, lower: &str) -> &'static str {
        let seen = self.seen(lower);
        match (seen.lower, seen.cap_mid) {
            (true, true) => "LC",
            (true, false) => "L",
            (false, true) => "C",
            (false, false) => "-",
        }
    }

    /// Whether the lowercase form `lower` is written in lowercase somewhere in the article.
    pub fn seen_lower(&self, lower: &str) -> bool {
        self.seen(lower).lower
    }
    /// Whether the lowercase form `lower` is capitalized in the middle of a body sentence.
    pub fn seen_cap_mid(&self, lower: &str) -> bool {
        self.seen(lower).cap_mid
    }
    pub(super) fn around(&self, lower: &str) -> Option<&Around> {
        self.seen(lower).around.and_then(|k| self.arounds.get(k as usize))
    }
}

/// The block kind as the tagger should read it: a title or heading counts as a headline
/// only when it is in title case (a heading line in sentence case reads as body). The page's
/// furniture reads as what it is written like: captions, credits, bylines and notes as body
/// text (sentences about names, where a capital marks a name as in a paragraph), topic lists
/// as list lines (like a related link: a capital there says nothing).
pub fn effective_block(text: &str, s: &Sentence) -> BlockKind {
    match s.block {
        BlockKind::Title | BlockKind::Heading => {}
        BlockKind::Caption | BlockKind::Byline | BlockKind::Note => return BlockKind::Paragraph,
        BlockKind::Tags => return BlockKind::Aside,
        other => return other,
    }
    let words = s
        .tokens
        .iter()
        .map(|t| t.of(text))
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic));
    let (mut n, mut caps) = (0, 0);
    for w in words {
        n += 1;
        caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
    }
    if n > 0 && caps * 10 >= n * 6 {
        s.block
    } else {
        BlockKind::Paragraph
    }
}
