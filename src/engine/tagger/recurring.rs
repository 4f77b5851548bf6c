//! Names found once are found everywhere: the body's names are matched again in every
//! sentence, and in title-case headlines, where capitalization says least, the model's own
//! spans stand only where the body supports them.

use crate::engine::features::{self, DocContext};
use crate::engine::hash::FastMap;
use crate::engine::lexicon::names::LEGAL_FORMS;
use crate::engine::text::{is_capitalized, lower_into, starts_lowercase};
use crate::engine::tokenize;
use crate::engine::trie::Trie;
use crate::engine::types::{EntityType, Span};
use crate::engine::{Candidate, Sentence};

/// The body's names, for finding them again elsewhere: each with its type and whether it is
/// written with a capital (or a digit) first.
type NameIndex = Trie<(EntityType, bool)>;

/// A name's lower-cased tokens without a legal form or group word at the end ("inc", "."),
/// or all of them when it has none.
fn without_legal_form(toks: &[String]) -> &[String] {
    let mut end = toks.len();
    if end > 0 && toks[end - 1] == "." {
        end -= 1;
    }
    let tail = toks[..end].last().map(String::as_str);
    let legal = tail.is_some_and(|w| {
        LEGAL_FORMS.contains_ignore_ascii_case(w) || matches!(w, "group" | "holdings" | "holding")
    });
    if legal {
        &toks[..end - 1]
    } else {
        &toks[..0]
    }
}

fn name_index(text: &str, body: &[Candidate]) -> NameIndex {
    let mut buf = String::new();
    let mut index = Trie::new();
    let mut seen: FastMap<String, ()> = FastMap::default();
    for c in body {
        let s = c.span.of(text);
        let key = lower_into(s, &mut buf);
        if !seen.contains_key(key) {
            seen.insert(key.to_string(), ());
            let toks: Vec<String> =
                tokenize::tokens(text, c.span).iter().map(|t| t.of(text).to_lowercase()).collect();
            let cap = s.chars().next().is_some_and(|ch| ch.is_uppercase() || ch.is_numeric());
            // A company's name without its legal form names it too ("Brightwell Stores Inc."
            // … "Brightwell Stores Beats Estimates").
            let short = without_legal_form(&toks);
            if short.len() >= 2 && c.ty == EntityType::Org {
                index.insert(short, (c.ty, cap));
            }
            if !toks.is_empty() && s.chars().count() >= 2 {
                index.insert(&toks, (c.ty, cap));
            }
        }
    }
    index
}

/// A body name is found wherever it recurs (pass 4 of `postprocess`): every sentence (headlines included) is
/// searched for the body's names where the body spans leave tokens free. In headlines the
/// model's own spans stand only where the body supports them ([`trusted_headline_spans`]).
/// Returns the spans to add to the body's.
pub(super) fn names_everywhere(
    text: &str,
    sentences: &[Sentence],
    headline: &[bool],
    ctx: &DocContext,
    found: &[(usize, Candidate)],
    surface: &FastMap<String, EntityType>,
    body: &[Candidate],
) -> Vec<Candidate> {
    let index = name_index(text, body);
    let mut covered: Vec<Span> = body.iter().map(|c| c.span).collect();
    crate::engine::sort::natural(&mut covered);
    let mut buf = String::new();
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let title = headline[si];
        // Tokens the body's spans cover are taken. Body spans do not overlap, so their ends
        // are sorted too: search, don't scan.
        let lo = covered.partition_point(|c| c.end <= s.span.start);
        let hi = covered.partition_point(|c| c.start < s.span.end);
        let mut taken: Vec<bool> = s
            .tokens
            .iter()
            .map(|t| covered[lo..hi.max(lo)].iter().any(|c| c.overlaps(*t)))
            .collect();
        let mut added = known_names_in(text, s, title, &index, &mut taken, &mut buf);
        if title {
            let trusted = trusted_headline_spans(text, s, si, ctx, found, &added);
            added.extend(trusted.into_iter().map(|c| Candidate {
                span: c.span,
                ty: surface.get(lower_into(c.span.of(text), &mut buf)).copied().unwrap_or(c.ty),
            }));
        }
        out.extend(added);
    }
    out
}

/// The body's names in sentence `s` on tokens not `taken` (which it marks as taken), left
/// to right, the longest name first. In body text a name must keep its capital and must not
/// cut a longer capitalized run ("Apple" inside "Apple Music"); in headlines case says
/// little. Only a token that does not start in lowercase can start a name in body text, so
/// only those are lowercased, the costly part of this pass.
fn known_names_in(
    text: &str,
    s: &Sentence,
    title: bool,
    index: &NameIndex,
    taken: &mut [bool],
    buf: &mut String,
) -> Vec<Candidate> {
    let word = |k: usize| s.tokens[k].of(text);
    let n = s.tokens.len();
    let mut added = Vec::new();
    let mut k = 0;
    while k < n {
        let mut hit = None;
        let keyed = title || !starts_lowercase(word(k));
        if !taken[k] && !index.is_empty() && keyed {
            // The longest name first; of names with the same words, the first found.
            for (len, ends) in index.prefixes((k..n).map(word), buf).into_iter().rev() {
                let (ty, cap) = ends[0];
                if taken[k..k + len].iter().any(|&x| x) {
                    continue;
                }
                let ok = title
                    || !cap
                    || word(k)
                        .chars()
                        .next()
                        .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric());
                let next_cap = !title && k + len < n && is_capitalized(word(k + len));
                let prev_cap = !title && k > 0 && is_capitalized(word(k - 1)) && !taken[k - 1];
                if ok && !next_cap && !prev_cap {
                    hit = Some((len, ty));
                    break;
                }
            }
        }
        match hit {
            Some((len, ty)) => {
                added.push(Candidate {
                    span: Span::new(s.tokens[k].start, s.tokens[k + len - 1].end),
                    ty,
                });
                taken[k..k + len].iter_mut().for_each(|x| *x = true);
                k += len;
            }
            None => k += 1,
        }
    }
    added
}

/// The model's own spans in headline `s` (sentence `si`) that stand, where they do not
/// overlap a body name found there (`added`): in title case the model is trusted only when
/// a word of its span is capitalized mid-sentence in the body (and never written in lower
/// case) or written in capitals ("NASA"). A dateline ("MILWAUKEE , Wisconsin 1996-08-29": a
/// few words, no lowercase word, a number) holds names only, so all its spans stand.
/// `found` is in sentence order (as the tagger emits it): the headline's spans are read off
/// its range, not picked out of the whole list for every headline.
fn trusted_headline_spans(
    text: &str,
    s: &Sentence,
    si: usize,
    ctx: &DocContext,
    found: &[(usize, Candidate)],
    added: &[Candidate],
) -> Vec<Candidate> {
    let dateline = s.tokens.len() <= 8
        && s.tokens.iter().any(|t| t.of(text).chars().any(|ch| ch.is_ascii_digit()))
        && !s.tokens.iter().any(|t| starts_lowercase(t.of(text)));
    let supported = |c: &Candidate| {
        dateline
            || tokenize::tokens(text, c.span).iter().any(|t| {
                let w = t.of(text);
                let l = features::lower_form(w);
                (ctx.seen_cap_mid(&l) && !ctx.seen_lower(&l))
                    || (w.chars().count() >= 2
                        && w.chars().all(|ch| ch.is_uppercase() || ch.is_numeric()))
            })
    };
    // A topics line is body text to the article-wide cues, so it would support itself: its
    // names must also be written elsewhere in the text.
    let labelled = super::postprocess::is_labelled_line(text, s);
    let elsewhere = |c: &Candidate| !labelled || text.matches(c.span.of(text)).nth(1).is_some();
    let mut out: Vec<Candidate> = Vec::new();
    let from = found.partition_point(|(fi, _)| *fi < si);
    let to = found.partition_point(|(fi, _)| *fi <= si);
    for (_, c) in &found[from..to.max(from)] {
        let clear = !added.iter().chain(&out).any(|a| a.span.overlaps(c.span));
        if clear && supported(c) && elsewhere(c) {
            out.push(*c);
        }
    }
    out
}
