//! Deterministic recognizers for MONEY, PERCENT and DATE over one sentence's tokens.
//!
//! Amounts and dates follow a small, regular grammar, so hand-written matching over tokens
//! is both smaller in the WebAssembly bundle than a regex engine and easier to read. At each
//! token the three matchers (`money`, `percent`, `date`) try to read a phrase that
//! starts exactly there; the longest wins and matching resumes after it, so spans never
//! overlap and come out sorted. Words that only qualify an amount ("about", "more than",
//! "up to") and leading "the" are never part of a phrase, which keeps span edges where the
//! annotation guidelines put them. Every lookup is bounds-checked: any input is safe.
//!
//! `amounts.rs` has `money` and `percent`, `dates.rs` has `date`; their words are in
//! `lexicon::amounts`. The matchers read tokens as written through the small view `Toks`:
//! months and weekdays must be capitalized ("May" the month, "may" the verb), other words
//! match ignoring ASCII case ("Million", "EUR").
//!
//! Most tokens can start no phrase: before the matchers run at a token, [`may_start`] asks
//! whether it holds a digit, is a short word in capitals (a currency prefix: "US$") or is one
//! of the words a matcher tests at its first token ([`STARTS`]). A matcher that learns to
//! start at another word must add it there; unit tests check every token they read.

/// Test support: a table of texts and the mentions the grammar must find in them, as
/// `"text" => ["surface" => TYPE, ...]`; every failing row is reported at once.
#[cfg(test)]
macro_rules! cases {
    ($($input:expr => [$($surface:expr => $ty:ident),* $(,)?]),* $(,)?) => {{
        let cases: Vec<(&str, Vec<(&str, &str)>)> =
            vec![$(($input, vec![$(($surface, stringify!($ty))),*])),*];
        let mut failures = Vec::new();
        for (input, want) in cases {
            let got = $crate::engine::numeric::found(input);
            let want: Vec<(String, &str)> =
                want.into_iter().map(|(s, t)| (s.to_string(), t)).collect();
            if got != want {
                failures.push(format!("{input:?}\n    want {want:?}\n    got  {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
    }};
}

mod amounts;
mod dates;

use super::hash::FastSet;
use super::lexicon::amounts::*;
use super::text::{words, Words};
use super::types::{EntityType, Span};
use super::Candidate;
use amounts::{money, percent};
use dates::date;

/// MONEY, PERCENT and DATE mentions among one sentence's tokens (sorted, non-overlapping).
///
/// # Example
/// ```
/// use sidelight::engine::{numeric, tokenize, Span, EntityType};
/// let text = "It raised approximately $640 million in mid-2025.";
/// let toks = tokenize::tokens(text, Span::new(0, text.len()));
/// let found: Vec<(&str, EntityType)> =
///     numeric::recognize(text, &toks).iter().map(|c| (c.span.of(text), c.ty)).collect();
/// assert_eq!(found, [("$640 million", EntityType::Money), ("mid-2025", EntityType::Date)]);
/// ```
pub fn recognize(text: &str, tokens: &[Span]) -> Vec<Candidate> {
    let words: Vec<&str> = tokens.iter().map(|t| text.get(t.start..t.end).unwrap_or("")).collect();
    let s = Toks { toks: tokens, words: &words };
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut i = 0;
    while i < tokens.len() {
        if !may_start(s.w(i), &mut buf) {
            #[cfg(test)]
            assert!(
                money(&s, i).or(percent(&s, i)).or(date(&s, i)).is_none(),
                "a phrase starts at {:?}: add it to STARTS",
                s.w(i)
            );
            i += 1;
            continue;
        }
        let best = [
            money(&s, i).map(|e| (e, EntityType::Money)),
            percent(&s, i).map(|e| (e, EntityType::Percent)),
            date(&s, i).map(|e| (e, EntityType::Date)),
        ]
        .into_iter()
        .flatten()
        .filter(|&(e, _)| e > i && e <= tokens.len())
        .max_by_key(|&(e, _)| e);
        match best {
            Some((end, ty)) => {
                out.push(Candidate { span: Span::new(tokens[i].start, tokens[end - 1].end), ty });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The word lists a matcher tests at the token it starts from (all but the numbers and
/// currency prefixes [`may_start`] reads off the token itself).
const STARTS: [&Words; 12] = [
    &CURRENCY_SYMBOLS,
    &CURRENCY_CODES,
    &NUMBER_WORDS,
    &MONTHS,
    &MONTH_ABBREVIATIONS,
    &ORDINAL_WORDS,
    &ORDINALS,
    &WEEKDAYS,
    &SEASONS,
    &RELATIVE,
    &HOLIDAYS,
    words![
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "half", "-", "−", "+", "earlier", "later", "early", "late", "mid", "end", "start",
        "beginning", "middle", "turn", "fiscal", "FY", "that", "today", "yesterday", "tomorrow",
        "decades", "year", "month", "quarter"
    ],
];

/// Can a phrase start at token `w`: does it hold a digit, is it a word of up to three
/// capitals ("US" in "US$3 billion"), or one of the [`STARTS`] words in any ASCII case (a
/// superset of every matcher's test at its first token, exact or not)? `buf` is scratch.
fn may_start(w: &str, buf: &mut String) -> bool {
    static SET: std::sync::OnceLock<FastSet<String>> = std::sync::OnceLock::new();
    if w.bytes().any(|b| b.is_ascii_digit())
        || (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return true;
    }
    let set = SET.get_or_init(|| {
        STARTS.iter().flat_map(|list| list.iter()).map(str::to_ascii_lowercase).collect()
    });
    buf.clear();
    buf.push_str(w);
    buf.make_ascii_lowercase();
    set.contains(buf.as_str())
}

/// A sentence's tokens with their text: every accessor returns a neutral value past the end,
/// so matchers can look ahead freely.
struct Toks<'a> {
    toks: &'a [Span],
    /// The text of each token, sliced once: the matchers read every token many times.
    words: &'a [&'a str],
}

impl<'a> Toks<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }
    /// Is token `i` one of `words`, ignoring ASCII case?
    #[inline(always)]
    fn is(&self, i: usize, words: &Words) -> bool {
        words.contains_ignore_ascii_case(self.w(i))
    }
    /// Is token `i` exactly one of `words` (case matters: "May" the month, "may" the verb)?
    #[inline]
    fn is_exact(&self, i: usize, words: &Words) -> bool {
        words.contains(self.w(i))
    }
    /// Is token `i` one of `words` written in capitals ("AUGUST" for "August")?
    fn is_capitals_form(&self, i: usize, words: &Words) -> bool {
        let w = self.w(i);
        w.len() > 2
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && words.contains_ignore_ascii_case(w)
    }
    /// Is token `i` one of `words` (lower-case words) with a capital first letter ("Feb")?
    fn is_capitalized_form(&self, i: usize, words: &Words) -> bool {
        words.contains_capitalized(self.w(i))
    }
    /// Do tokens `i` and `i + 1` touch, with no space between them?
    fn glued(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
    fn capitalized(&self, i: usize) -> bool {
        self.w(i).chars().next().is_some_and(char::is_uppercase)
    }
    /// A written number in digits: "16", "1,200.5", "6.5".
    fn is_num(&self, i: usize) -> bool {
        let w = self.w(i);
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    }
    /// The value of a plain integer token ("2024", "07"), if it is one.
    fn int(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        if w.is_empty() || w.len() > 9 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        w.parse().ok()
    }
}

/// A count before a unit: "18", "6.5", "two", "twenty-five", "a few", "several",
/// "two and a half". Returns the token after it.
fn count(s: &Toks, i: usize) -> Option<usize> {
    let mut j = if s.is_num(i) {
        i + 1
    } else if s.is(i, &NUMBER_WORDS) {
        if s.w(i + 1) == "-" && s.glued(i) && s.is(i + 2, &NUMBER_WORDS) {
            i + 3
        } else {
            i + 1
        }
    } else if s.is(i, words!["a"]) && s.is(i + 1, words!["few", "couple"]) {
        if s.is(i + 2, words!["of"]) {
            i + 3
        } else {
            i + 2
        }
    } else {
        return None;
    };
    if s.is(j, words!["and"]) && s.is(j + 1, words!["a"]) && s.is(j + 2, words!["half"]) {
        j += 3;
    }
    Some(j)
}

/// The recognized mentions of `text`, as (surface, type label) pairs.
#[cfg(test)]
fn found(text: &str) -> Vec<(String, &'static str)> {
    let toks = super::tokenize::tokens(text, Span::new(0, text.len()));
    recognize(text, &toks)
        .into_iter()
        .map(|c| (c.span.of(text).to_string(), c.ty.label()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tokenize::tokens;

    #[test]
    fn never_overlapping_and_sorted() {
        let text =
            "On Friday, Sept. 20 the firm raised $5bn (about 12%) by mid-2025, 3 February 2024.";
        let toks = tokens(text, Span::new(0, text.len()));
        let got = recognize(text, &toks);
        for pair in got.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
        }
    }
}
