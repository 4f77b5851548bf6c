//! Splitting text into sentences and tokens.
//!
//! Tokens are fine-grained so that every entity boundary falls between tokens: hyphens,
//! currency symbols and possessive "’s" are tokens of their own ("Apple-OpenAI" is three
//! tokens, "€600" two, "Microsoft’s" two), while numbers ("1,200.5"), initials ("J.P.",
//! "U.S.") and inner apostrophes ("O’Brien") stay whole.

use super::lexicon;
use super::types::Span;

/// Is `c` an apostrophe (straight or typographic)?
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The tokens of `text[range]`, as spans into `text`.
///
/// # Example
/// ```
/// use sidelight::engine::tokenize::tokens;
/// use sidelight::engine::Span;
/// let text = "Microsoft’s $16 million";
/// let toks: Vec<&str> = tokens(text, Span::new(0, text.len())).iter().map(|s| s.of(text)).collect();
/// assert_eq!(toks, ["Microsoft", "’s", "$", "16", "million"]);
/// ```
pub fn tokens(text: &str, range: Span) -> Vec<Span> {
    let s = &text[range.start..range.end];
    // One allocation of the exact upper bound (a char per byte) instead of regrowing.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(s.len());
    chars.extend(s.char_indices());
    let n = chars.len();
    let at = |i: usize| -> Option<char> { chars.get(i).map(|&(_, c)| c) };
    let off = |i: usize| -> usize { range.start + chars.get(i).map_or(s.len(), |&(o, _)| o) };
    // English text averages about one token per five characters; reserving that avoids most
    // regrowth of the list.
    let mut out = Vec::with_capacity(n / 5 + 4);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            let starts_digit = c.is_ascii_digit();
            let mut j = i + 1;
            // Whether chars[start..checked] alternate letter, dot, letter… ("U.S"), checked
            // once per character however long the token (a run of "U.S." thousands long).
            let (mut checked, mut alternating) = (start, true);
            while j < n {
                let d = chars[j].1;
                let prev = chars[j - 1].1;
                if d.is_alphanumeric() {
                    // "600m", "1.2bn": a number followed by a unit splits; "Q3", "G7" do not.
                    if starts_digit && prev.is_ascii_digit() && d.is_alphabetic() {
                        break;
                    }
                    j += 1;
                } else if is_combining_mark(d) {
                    // An accent written as its own character ("José" decomposed, NFD) is part
                    // of the letter before it.
                    j += 1;
                } else if is_apostrophe(d) && at(j + 1).is_some_and(|x| x.is_alphanumeric()) {
                    // Possessive or contraction "’s" / "’t" at a word's end splits off.
                    let after = at(j + 2);
                    let short_suffix = matches!(at(j + 1), Some('s' | 'S' | 't' | 'd' | 'm'))
                        && !after.is_some_and(|x| x.is_alphanumeric());
                    let ends = matches!(at(j + 1), Some('l' | 'r' | 'v'))
                        && matches!(at(j + 2), Some('l' | 'e'))
                        && !at(j + 3).is_some_and(|x| x.is_alphanumeric());
                    if short_suffix || ends {
                        break;
                    }
                    j += 1;
                } else if (d == '.' || d == ',')
                    && prev.is_ascii_digit()
                    && at(j + 1).is_some_and(|x| x.is_ascii_digit())
                {
                    j += 1; // 1,200.50
                } else if d == '.' && at(j + 1).is_some_and(|x| x.is_alphabetic()) && {
                    while checked < j {
                        alternating &= initials_char(checked - start, chars[checked].1);
                        checked += 1;
                    }
                    alternating
                } {
                    j += 1; // U.S, J.P
                } else {
                    break;
                }
            }
            // A trailing dot belongs to initials ("U.S.", "J.P.", "F.").
            if at(j) == Some('.') && is_initials(&chars[start..j]) {
                j += 1;
            }
            out.push(Span::new(off(start), off(j)));
            i = j;
        } else if is_apostrophe(c)
            && at(i + 1).is_some_and(|x| x.is_alphabetic())
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
        {
            // "’s", "’t", "’ll" after a word.
            let mut j = i + 1;
            while j < n && chars[j].1.is_alphabetic() {
                j += 1;
            }
            out.push(Span::new(off(i), off(j)));
            i = j;
        } else {
            out.push(Span::new(off(i), off(i + 1)));
            i += 1;
        }
    }
    out
}

/// Is `c` a combining mark of the Latin, Greek and Cyrillic scripts' decomposed forms (the
/// combining diacritical marks and their extensions and supplements)? Marks of other
/// scripts that Unicode counts as alphabetic are words' letters already.
pub fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Can `c` stand at position `k` of a run of initials: a letter at even positions, a dot at
/// odd ones ("U.S", "J.P")?
fn initials_char(k: usize, c: char) -> bool {
    if k.is_multiple_of(2) {
        c.is_alphabetic()
    } else {
        c == '.'
    }
}

/// Are `chars[start..end]` single letters separated by dots, like "U.S" or "J.P"?
fn is_initial_run(chars: &[(usize, char)], start: usize, end: usize) -> bool {
    chars[start..end].iter().enumerate().all(|(k, &(_, c))| initials_char(k, c))
}

/// Is this token a run of initials ("U.S", "J.P") or a single capital ("F") that takes a dot?
fn is_initials(chars: &[(usize, char)]) -> bool {
    match chars.len() {
        1 => chars[0].1.is_uppercase(),
        n if n >= 3 => is_initial_run(chars, 0, n),
        _ => false,
    }
}

/// The sentences of `text[range]`, as spans into `text` (trimmed, never empty).
pub fn sentences(text: &str, range: Span) -> Vec<Span> {
    sentences_in(text, &tokens(text, range))
}

/// The sentences of a range given its tokens (see [`sentences`]). Sentences break only
/// where whitespace follows the stop, so every sentence has whitespace or the range's edge
/// on both sides: the tokenizer's look-ahead and look-behind see no letter, digit, dot or
/// apostrophe there, and the range's tokens inside a sentence are exactly the sentence's.
pub fn sentences_in(text: &str, toks: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k];
        let sentence_start = *start.get_or_insert(t.start);
        let tok = t.of(text);
        if !matches!(tok, "." | "!" | "?" | "…") {
            k += 1;
            continue;
        }
        // Closing quotes and brackets right after the stop stay with the sentence.
        let mut end = t.end;
        let mut after = k + 1;
        while let Some(n) = toks.get(after) {
            if matches!(n.of(text), "\"" | "”" | "’" | "'" | ")" | "]") && n.start == end {
                end = n.end;
                after += 1;
            } else {
                break;
            }
        }
        let prev = if k > 0 { toks[k - 1].of(text).to_lowercase() } else { String::new() };
        let next = toks.get(after).map(|n| (n.of(text), n.start));
        let abbreviation = tok == "."
            && lexicon::page::is_abbreviation(&prev)
            && next.is_some_and(|(n, _)| {
                // After "Inc." a capital usually continues the sentence, unless it is a word
                // that typically opens one.
                !matches!(n, "The" | "He" | "She" | "It" | "They" | "We" | "In" | "But")
            });
        let ends =
            !abbreviation && next.is_some_and(|(n, start)| start > end && starts_sentence(n));
        if ends {
            out.push(Span::new(sentence_start, end));
            start = None;
        }
        k = after;
    }
    if let (Some(s), Some(last)) = (start, toks.last()) {
        out.push(Span::new(s, last.end));
    }
    out
}

fn starts_sentence(next: &str) -> bool {
    next.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '\'')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokens(s, Span::new(0, s.len())).into_iter().map(|t| t.of(s)).collect()
    }

    fn sents(s: &str) -> Vec<&str> {
        sentences(s, Span::new(0, s.len())).into_iter().map(|t| t.of(s)).collect()
    }

    #[test]
    fn decomposed_accents_stay_in_their_word() {
        // "José Müller" with combining accents (NFD): the accents are inside the words.
        let nfd = "Jose\u{301} Mu\u{308}ller said";
        assert_eq!(toks(nfd), ["Jose\u{301}", "Mu\u{308}ller", "said"]);
        // A mark after a space or a symbol is no letter's: it stays a token of its own.
        assert_eq!(toks("a \u{301}b"), ["a", "\u{301}", "b"]);
    }

    #[test]
    fn tokens_split_where_entity_boundaries_can_fall() {
        let cases: &[(&str, &[&str])] = &[
            ("Microsoft’s Yorke Rhodes", &["Microsoft", "’s", "Yorke", "Rhodes"]),
            ("Apple-OpenAI alliance", &["Apple", "-", "OpenAI", "alliance"]),
            ("€600 million", &["€", "600", "million"]),
            ("$1.2bn", &["$", "1.2", "bn"]),
            ("16,000.50 units", &["16,000.50", "units"]),
            ("J.P. Morgan", &["J.P.", "Morgan"]),
            ("the U.S. economy", &["the", "U.S.", "economy"]),
            ("John F. Kennedy", &["John", "F.", "Kennedy"]),
            ("O’Brien said", &["O’Brien", "said"]),
            ("don't", &["don", "'t"]),
            ("mid-2025", &["mid", "-", "2025"]),
            ("Q3 2024", &["Q3", "2024"]),
            ("NT$374.7 billion", &["NT", "$", "374.7", "billion"]),
            ("Société Générale", &["Société", "Générale"]),
            ("(DeFi)", &["(", "DeFi", ")"]),
            ("end.", &["end", "."]),
        ];
        for (input, want) in cases {
            assert_eq!(&toks(input), want, "input: {input}");
        }
    }

    #[test]
    fn a_sentence_has_the_tokens_of_its_range_that_it_covers() {
        let cases = [
            "He won. ’s not it. I.B.M. rose 5%. Then $1.2bn.\u{a0}'Tis over.\tO’Brien’ll go. F. Scott left.",
            "It ended.\" 'We'll see,' she said. 2024 was hard. (Really.) U.S. rates rose. Q3 2024.",
            "Prices fell. ’90s music. don't. Mr. Smith's car. “Yes.” No.",
        ];
        for text in cases {
            let all = tokens(text, Span::new(0, text.len()));
            for s in sentences_in(text, &all) {
                let inside: Vec<Span> = all.iter().copied().filter(|t| s.contains(*t)).collect();
                assert_eq!(inside, tokens(text, s), "sentence: {}", s.of(text));
            }
        }
    }

    #[test]
    fn sentences_split_at_stops_but_not_abbreviations() {
        let cases: &[(&str, &[&str])] = &[
            ("It rose. Then it fell.", &["It rose.", "Then it fell."]),
            (
                "Mr. Smith went to Washington. He won.",
                &["Mr. Smith went to Washington.", "He won."],
            ),
            ("The U.S. Federal Reserve met.", &["The U.S. Federal Reserve met."]),
            ("He said \"no.\" She left.", &["He said \"no.\"", "She left."]),
            ("Why? Because.", &["Why?", "Because."]),
            ("Version 2.0 shipped", &["Version 2.0 shipped"]),
            ("", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(&sents(input), want, "input: {input}");
        }
    }
}
