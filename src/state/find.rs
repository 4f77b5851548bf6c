//! Find in the article: the places a few typed words occur in the text the reader sees,
//! whatever their case, as UTF-16 ranges (the units of the browser's text nodes and `Range`s;
//! `app/find.rs` collects the article's text and highlights the ranges).

/// The fewest characters a search looks for in the article (one letter matches everywhere).
pub const MIN_CHARS: usize = 2;

/// The most matches found: enough for any real search, and the highlight stays quick.
pub const MAX_MATCHES: usize = 2000;

/// `text` folded for a case-blind search, unit for unit: a character whose lowercase is one
/// character of the same UTF-16 length is lowercased, any other stays as it is, so offsets
/// in the result are offsets in `text`.
pub fn fold(text: &str) -> Vec<u16> {
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u16; 2];
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        let c = match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf16() == c.len_utf16() => l,
            _ => c,
        };
        out.extend_from_slice(c.encode_utf16(&mut buf));
    }
    out
}

/// Where `query` (its runs of whitespace as one space, trimmed) occurs in `folded` (the
/// article's text through [`fold`]), as `[start, end)` in
/// UTF-16 units, in order, not overlapping, at most [`MAX_MATCHES`]; none for a query shorter
/// than [`MIN_CHARS`].
pub fn find(folded: &[u16], query: &str) -> Vec<(usize, usize)> {
    let query = query.split_whitespace().collect::<Vec<_>>().join(" ");
    if query.chars().count() < MIN_CHARS {
        return Vec::new();
    }
    let needle = fold(&query);
    let mut found = Vec::new();
    let mut at = 0;
    while at + needle.len() <= folded.len() && found.len() < MAX_MATCHES {
        match folded[at..].windows(needle.len()).position(|w| w == needle.as_slice()) {
            Some(k) => {
                found.push((at + k, at + k + needle.len()));
                at += k + needle.len();
            }
            None => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str, q: &str) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        find(&fold(text), q)
            .iter()
            .map(|&(s, e)| String::from_utf16(&units[s..e]).unwrap())
            .collect()
    }

    #[test]
    fn case_blind_in_utf16_units_of_the_text() {
        assert_eq!(
            of("Mistral AI said MISTRAL would; mistral.", "mistral"),
            ["Mistral", "MISTRAL", "mistral"]
        );
        // Offsets count UTF-16 units: an emoji before a match moves it by two.
        let text = "🚀 Orbix and ÉCOLE, École";
        assert_eq!(find(&fold(text), "orbix"), vec![(3, 8)]);
        assert_eq!(of(text, "école"), ["ÉCOLE", "École"]);
        // A letter whose lowercase is longer (İ) stays itself: offsets never shift.
        assert_eq!(fold("İx").len(), "İx".encode_utf16().count());
    }

    #[test]
    fn short_queries_find_nothing_and_matches_do_not_overlap() {
        assert!(of("a a a", "a").is_empty());
        assert!(of("abc", "   ").is_empty());
        assert_eq!(of("aaaa", "aa"), ["aa", "aa"]);
        assert_eq!(of("funding round, funding", "  funding   round "), ["funding round"]);
    }

    #[test]
    fn at_most_the_limit() {
        let text = "ab ".repeat(MAX_MATCHES + 10);
        assert_eq!(find(&fold(&text), "ab").len(), MAX_MATCHES);
    }
}
