//! Reader-view structure of a plain-text article: title, headings, paragraphs, a table of
//! contents, related-links asides, and the page's furniture (captions and credits, bylines,
//! topic lists, notes, datelines).
//!
//! The input is what a reader mode or a copy-paste gives: one block per line. The rules are
//! about the shape and the opening words of lines, never about particular articles:
//! - the first non-empty line is the title, unless it reads as body text: longer than any
//!   headline (over 30 words or 200 characters), more than one sentence, or ending like a
//!   sentence (a stop, comma, semicolon or colon) while not in headline case and not
//!   followed by a byline (then the article has no title);
//! - a line like "Table of Contents" / "Contents" / "In this article" starts a contents block
//!   whose entries are the short lines after it, each linked to the later heading it names
//!   best (by shared words, so "Taking Action" still finds "Making Moves" beside "Major
//!   Players Observing");
//! - a line like "You may also like:" / "Related:" / "Read more:" starts an aside whose items
//!   are the link titles after it; "Related: <headline>" on one line is an aside too;
//! - a line "Topics" / "Tags" followed by short lines, or "Topics: A, B, C" on one line, is a
//!   list of tags, one item per topic;
//! - furniture lines are told by their opening words and shape (`furniture.rs`): captions
//!   and credits ("… Photo: Jane Doe/Agency", "(Photo by …)"), bylines ("By …", an author
//!   and their role, the publication line and a dateline line just under the title;
//!   "Reporting by …" anywhere), notes ("Correction: …", "This article was updated …", a
//!   dash line under a quote);
//! - a short line without a closing full stop, followed by body text, is a heading;
//! - everything else is a paragraph; one of the first two that opens with a dateline
//!   ("BEIRA, Mozambique (AP) — …") keeps it as its label.

mod furniture;
#[cfg(test)]
mod tests;

use super::hash::{FastMap, FastSet};
use super::lexicon::page::{ASIDE_CAPTIONS, CONTENTS_CAPTIONS, TAG_CAPTIONS};
use super::tokenize;
use super::types::{Block, BlockId, BlockKind, Item, LineKind, Span};
pub(crate) use furniture::dateline_places;
use furniture::{Found, Place};

/// The lines of `text` as trimmed spans, skipping blank lines.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        if end > start {
            out.push(Span::new(start, end));
        }
        pos += line.len() + 1;
    }
    out
}

fn caption(text: &str, line: Span) -> String {
    line.of(text).trim_end_matches([':', '.', ' ']).trim().to_lowercase()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// The dateline a paragraph opens with ("BEIRA, Mozambique (AP) —"), if any. Only a
/// paragraph that starts with a word in capitals is tokenized for it.
fn dateline(text: &str, line: Span) -> Option<Span> {
    let first = line.of(text).split_whitespace().next()?;
    if !first.chars().take(2).all(char::is_uppercase) {
        return None;
    }
    let toks = tokenize::tokens(text, line);
    let n = furniture::dateline(text, &toks)?;
    Some(Span::new(line.start, toks[n - 1].end))
}

/// Does this line look like a heading or link title rather than body text?
fn is_short_line(text: &str, line: Span) -> bool {
    let s = line.of(text);
    // Counting stops as soon as the answer is known: paragraphs are long lines.
    let n = s.split_whitespace().take(15).count();
    n > 0
        && n <= 14
        && (s.len() <= 110 || s.chars().take(111).count() <= 110)
        && !s.ends_with(['.', ',', ';', ':'])
}

/// Is this line a run of body text (long, or ending like a sentence)?
fn is_body(text: &str, line: Span) -> bool {
    !is_short_line(text, line)
}

/// Share of words of `a` found in `b` (0..1).
fn overlap(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() {
        return 0.0;
    }
    a.iter().filter(|w| b.contains(w)).count() as f32 / a.len().max(b.len()) as f32
}

/// Lower-case, hyphen-separated, ASCII-only key for URLs ("Mistral AI" → "mistral-ai").
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Hands out keys that are unique within one article: "mistral-ai", then "mistral-ai-2", ...
/// Linear however often a key repeats.
#[derive(Default)]
pub struct UniqueKeys {
    // Keys are short slugs, for which the engine's FNV hasher is cheaper than SipHash; the
    // tables are only queried, never iterated, so the hasher cannot change any output.
    used: FastSet<String>,
    next_number: FastMap<String, usize>,
}

impl UniqueKeys {
    /// Room for `n` keys without regrowing the table.
    pub fn with_capacity(n: usize) -> UniqueKeys {
        UniqueKeys {
            used: FastSet::with_capacity_and_hasher(n, Default::default()),
            next_number: FastMap::default(),
        }
    }

    /// `base` itself if unused, else `base-N` with the smallest free N from 2.
    pub fn claim(&mut self, base: &str) -> String {
        let mut key = base.to_string();
        if self.used.contains(&key) {
            // Numbering starts at 2 the first time a base is taken again.
            let n = self.next_number.entry(base.to_string()).or_insert(2);
            while self.used.contains(&key) {
                key = format!("{base}-{n}");
                *n += 1;
            }
        }
        self.used.insert(key.clone());
        key
    }
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        _ => c,
    }
}

/// Is this line in headline case: at least 60% of its words of four letters or more
/// capitalized ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP ." or "Acme Wins Big Deal.")?
fn is_headline_case(s: &str) -> bool {
    let (mut n, mut caps) = (0, 0);
    for w in s.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().nth(3).is_some()) {
        n += 1;
        caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
    }
    n > 0 && caps * 10 >= n * 6
}

/// Does the first line read as the article's title? Not when it is longer than a headline,
/// holds more than one sentence, or ends like a sentence while not in headline case and not
/// followed by a byline (a headline in sentence case may end with a full stop in tokenized
/// newswire, but then a dateline or byline follows it).
fn is_title(text: &str, line: Span, byline_next: bool) -> bool {
    let s = line.of(text);
    let long = s.split_whitespace().take(31).count() > 30 || s.chars().nth(200).is_some();
    if long || tokenize::sentences(text, line).len() > 1 {
        return false;
    }
    !s.ends_with(['.', ',', ';', ':']) || byline_next || is_headline_case(s)
}

/// A line's kind with its label and items, as the line-level rules found them.
#[derive(Default)]
struct Parts {
    label: Option<Span>,
    items: Vec<Span>,
}

/// How many lines under the title can hold a byline or publication line.
const HEAD_LINES: usize = 6;

/// How many of the first paragraphs can open with a dateline.
const DATELINE_PARAGRAPHS: usize = 2;

/// Splits `text` into structural blocks, in text order.
///
/// # Example
/// ```
/// use sidelight::engine::structure::blocks;
/// use sidelight::engine::BlockKind;
/// let text = "A title\nBy Jane Doe\nIntro paragraph that runs on for a while.\nA Heading\nBody text here.";
/// let kinds: Vec<BlockKind> = blocks(text).iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [BlockKind::Title, BlockKind::Byline, BlockKind::Paragraph, BlockKind::Heading, BlockKind::Paragraph]);
/// ```
pub fn blocks(text: &str) -> Vec<Block> {
    blocks_with(text, None)
}

/// Splits `text` into blocks where its source already said what each line is (an HTML page's
/// title and headings, a Markdown file's): `outline` has one [`LineKind`] per non-blank line.
/// Titles and headings are taken as given and no other line becomes one; body lines still go
/// through the furniture rules (a page's captions and bylines are body text in its markup).
/// `None` when the outline does not fit the text (a line count that differs).
pub fn blocks_outlined(text: &str, outline: &[LineKind]) -> Option<Vec<Block>> {
    (line_count(text) == outline.len()).then(|| blocks_with(text, Some(outline)))
}

/// How many lines the structure pass reads in `text` (its non-blank lines): what an outline
/// must have one kind for.
pub fn line_count(text: &str) -> usize {
    lines(text).len()
}

fn blocks_with(text: &str, outline: Option<&[LineKind]>) -> Vec<Block> {
    let lines = lines(text);
    let mut kinds: Vec<Option<BlockKind>> = vec![None; lines.len()];
    // Lines that are items of a contents block, an aside or a list of tags (index of the
    // caption line).
    let mut item_of: Vec<Option<usize>> = vec![None; lines.len()];
    // The label and items the furniture rules found inside a line.
    let mut parts: Vec<Parts> = (0..lines.len()).map(|_| Parts::default()).collect();
    if lines.is_empty() {
        return Vec::new();
    }

    // Lowercasing shrinks a string's bytes at most threefold (the Kelvin sign is three bytes,
    // "k" one), so a line over four times the longest caption can never be one: such lines,
    // the paragraphs, are not lowercased at all.
    let longest_caption = CONTENTS_CAPTIONS
        .iter()
        .chain(ASIDE_CAPTIONS)
        .chain(TAG_CAPTIONS)
        .map(|c| c.len())
        .max()
        .unwrap_or(0);
    if let Some(given) = outline {
        for (kind, &line) in kinds.iter_mut().zip(given) {
            *kind = match line {
                LineKind::Title => Some(BlockKind::Title),
                LineKind::Heading => Some(BlockKind::Heading),
                LineKind::Body => None,
            };
        }
    }
    let mut i = 1;
    while i < lines.len() {
        if kinds[i].is_some() {
            i += 1;
            continue;
        }
        let cap = if lines[i].len() <= 4 * longest_caption {
            caption(text, lines[i])
        } else {
            String::new()
        };
        if CONTENTS_CAPTIONS.contains(&cap.as_str())
            && i + 1 < lines.len()
            && is_short_line(text, lines[i + 1])
        {
            kinds[i] = Some(BlockKind::Contents);
            let mut j = i + 1;
            while j < lines.len() && is_short_line(text, lines[j]) && !is_body(text, lines[j]) {
                // Stop before the line that is followed by body text if it is the first
                // heading itself (a contents list never runs into its own first section).
                item_of[j] = Some(i);
                j += 1;
            }
            // A contents list is followed by body text; if the last item is directly
            // followed by body text and repeats an earlier item, it is a heading, not an item.
            i = j;
            continue;
        }
        if ASIDE_CAPTIONS.contains(&cap.as_str())
            && i + 1 < lines.len()
            && is_short_line(text, lines[i + 1])
        {
            kinds[i] = Some(BlockKind::Aside);
            item_of[i + 1] = Some(i);
            i += 2;
            continue;
        }
        // "Topics" over a few short lines, each a topic of a few words.
        let is_tag = |j: usize| {
            is_short_line(text, lines[j]) && lines[j].of(text).split_whitespace().nth(5).is_none()
        };
        if TAG_CAPTIONS.contains(&cap.as_str()) && i + 1 < lines.len() && is_tag(i + 1) {
            kinds[i] = Some(BlockKind::Tags);
            let mut j = i + 1;
            while j < lines.len() && is_tag(j) {
                item_of[j] = Some(i);
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }

    // Furniture lines, each judged by itself (and the line above it).
    for k in 1..lines.len() {
        if kinds[k].is_some() || item_of[k].is_some() {
            continue;
        }
        let line = lines[k];
        let place = Place { prev: Some(lines[k - 1].of(text)), head: k <= HEAD_LINES };
        if let Some(Found { kind, label, items }) = furniture::classify(line.of(text), &place) {
            let at = |(a, b): furniture::Range| Span::new(line.start + a, line.start + b);
            kinds[k] = Some(kind);
            parts[k] = Parts { label: label.map(at), items: items.into_iter().map(at).collect() };
        }
    }

    // A name alone right above a byline or dateline line is the author's.
    for k in (1..lines.len().min(HEAD_LINES + 1)).rev() {
        let above_byline = lines.get(k + 1).is_some() && kinds[k + 1] == Some(BlockKind::Byline);
        if kinds[k].is_none() && above_byline && furniture::is_name_line(lines[k].of(text)) {
            kinds[k] = Some(BlockKind::Byline);
        }
    }

    let byline_next = lines.len() > 1 && kinds[1] == Some(BlockKind::Byline);
    if outline.is_none() {
        kinds[0] = Some(if is_title(text, lines[0], byline_next) {
            BlockKind::Title
        } else {
            BlockKind::Paragraph
        });
    }

    // Headings: short lines followed by body text, or named by an entry of the nearest
    // contents block before them (comparing with that block only keeps this linear in
    // the number of lines even for a text with many contents blocks).
    // Only short lines can be headings, so the word lists and tests below are computed for
    // them alone (and the words of contents entries once per contents block), not for every
    // paragraph.
    let mut contents_words: Vec<Vec<String>> = Vec::new();
    for k in 1..lines.len() {
        if kinds[k] == Some(BlockKind::Contents) {
            contents_words = (k + 1..lines.len())
                .take_while(|&j| item_of[j] == Some(k))
                .map(|j| words(lines[j].of(text)))
                .collect();
        }
        if kinds[k].is_some() || item_of[k].is_some() {
            continue;
        }
        if outline.is_some() || !is_short_line(text, lines[k]) {
            continue;
        }
        let named = !contents_words.is_empty() && {
            let own = words(lines[k].of(text));
            contents_words.iter().any(|w| overlap(w, &own) >= 0.5)
        };
        let heading = named || {
            let next_is_body = lines.get(k + 1).is_some_and(|&n| is_body(text, n));
            next_is_body && {
                let ws: Vec<&str> = lines[k].of(text).split_whitespace().collect();
                let caps = ws
                    .iter()
                    .filter(|w| {
                        w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    })
                    .count();
                caps * 2 >= ws.len() || ws.len() <= 6
            }
        };
        if heading {
            kinds[k] = Some(BlockKind::Heading);
        }
    }

    // Build blocks; items fold into their caption's block.
    let mut out: Vec<Block> = Vec::new();
    let mut anchors = UniqueKeys::default();
    let mut block_of_line: Vec<Option<usize>> = vec![None; lines.len()];
    let mut paragraphs = 0;
    for (k, &line) in lines.iter().enumerate() {
        if let Some(c) = item_of[k] {
            if let Some(b) = block_of_line[c] {
                let block: &mut Block = &mut out[b];
                block.items.push(Item { span: line, target: None });
                block.span.end = line.end;
                block_of_line[k] = Some(b);
                continue;
            }
        }
        let kind = kinds[k].unwrap_or(BlockKind::Paragraph);
        let Parts { mut label, items } = std::mem::take(&mut parts[k]);
        let mut anchor = None;
        match kind {
            // A caption line over items of its own (a line that holds its items has its
            // label already).
            BlockKind::Contents | BlockKind::Aside | BlockKind::Tags if label.is_none() => {
                label = Some(line);
            }
            BlockKind::Heading => {
                let base = slugify(line.of(text));
                let base = if base.is_empty() { "section".to_string() } else { base };
                anchor = Some(anchors.claim(&base));
            }
            BlockKind::Paragraph if paragraphs < DATELINE_PARAGRAPHS => {
                paragraphs += 1;
                label = dateline(text, line);
            }
            _ => {}
        }
        let items = items.into_iter().map(|span| Item { span, target: None }).collect();
        block_of_line[k] = Some(out.len());
        out.push(Block { kind, span: line, anchor, label, items });
    }

    // Link each contents entry to the best-matching heading after the contents block.
    let headings: Vec<(usize, Vec<String>)> = out
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Heading)
        .map(|(i, b)| (i, words(b.span.of(text))))
        .collect();
    for b in 0..out.len() {
        if out[b].kind != BlockKind::Contents {
            continue;
        }
        // Entries point forward, and not past the next contents block.
        let next_contents =
            (b + 1..out.len()).find(|&n| out[n].kind == BlockKind::Contents).unwrap_or(out.len());
        let mut used: Vec<usize> = Vec::new();
        for item in 0..out[b].items.len() {
            let w = words(out[b].items[item].span.of(text));
            let best = headings
                .iter()
                .filter(|(h, _)| *h > b && *h < next_contents && !used.contains(h))
                .map(|(h, hw)| (*h, overlap(&w, hw)))
                .filter(|&(_, score)| score >= 0.5)
                .fold(None, |best: Option<(usize, f32)>, (h, s)| match best {
                    Some((_, bs)) if bs >= s => best,
                    _ => Some((h, s)),
                });
            if let Some((h, _)) = best {
                used.push(h);
                out[b].items[item].target = Some(BlockId(h as u32));
            }
        }
    }
    out
}
