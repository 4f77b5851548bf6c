//! The text toolkit every stage shares: word lists with fast membership tests, lowercasing
//! that does not allocate for ASCII words, and a case-aware view of a sentence's tokens.
//!
//! The general words themselves (titles, months, currency names, triggers) are in
//! [`super::lexicon`]; this module has the machinery to look them up.

use super::types::Span;

/// A word list with two bit masks that rule most tokens out before the list is scanned: the
/// lengths of its words (63 standing for any longer) and their first bytes, ASCII lowercased,
/// by their low six bits. Both are computed at compile time.
///
/// A list that is the union of others is built from them at compile time ([`join`]), so
/// that each word is written once ("roles" = core roles + their qualifiers) and the union
/// still scans as one slice.
pub struct Words {
    list: &'static [&'static str],
    lens: u64,
    firsts: u64,
}

/// The words of `parts` in one array of `N` words, for a list that is the union of others:
/// `const ROLE_WORDS: [&str; 114] = join(&[CORE_ROLES.words(), ROLE_QUALIFIERS.words()]);`,
/// then `Words::new(&ROLE_WORDS)`. `N` must be their total (checked at compile time).
pub const fn join<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut n, mut p) = (0, 0);
    while p < parts.len() {
        let mut k = 0;
        while k < parts[p].len() {
            assert!(n < N, "join: more words than N");
            out[n] = parts[p][k];
            n += 1;
            k += 1;
        }
        p += 1;
    }
    assert!(n == N, "join: fewer words than N");
    out
}

impl Words {
    /// A list with its masks.
    pub const fn new(list: &'static [&'static str]) -> Words {
        let (lens, firsts) = masks(list);
        Words { list, lens, firsts }
    }

    /// The words, for building a union ([`join`]).
    pub const fn words(&self) -> &'static [&'static str] {
        self.list
    }

    /// The words of the list, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.list.iter().copied()
    }

    /// False when no word of the list has this length and first byte (in either ASCII case).
    #[inline(always)]
    pub fn may_hold(&self, len: usize, first: u8) -> bool {
        self.lens & (1 << len.min(63)) != 0
            && self.firsts & (1 << (first.to_ascii_lowercase() & 63)) != 0
    }

    /// Is `w` one of the words, exactly (case matters: "May" the month, "may" the verb)?
    ///
    /// Callers ask this at nearly every token and the answer is nearly always no: the masks
    /// reject most words without looking at the list, and comparing the length and first
    /// byte before the whole word rejects most remaining entries without a call into
    /// `memcmp`.
    #[inline(always)]
    pub fn contains(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else { return false };
        self.may_hold(w.len(), first)
            && self
                .list
                .iter()
                .any(|x| x.len() == w.len() && x.as_bytes().first() == Some(&first) && *x == w)
    }

    /// Is `w` one of the words, ignoring ASCII case? The mask test is inlined at every call
    /// and only the rare words it lets through make a call to scan the list.
    #[inline(always)]
    pub fn contains_ignore_ascii_case(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else { return false };
        self.may_hold(w.len(), first) && self.holds_ignore_ascii_case(w, first)
    }

    #[inline(never)]
    fn holds_ignore_ascii_case(&self, w: &str, first: u8) -> bool {
        let first = first.to_ascii_lowercase();
        self.list.iter().any(|x| {
            x.len() == w.len()
                && x.as_bytes().first().is_some_and(|b| b.to_ascii_lowercase() == first)
                && x.eq_ignore_ascii_case(w)
        })
    }

    /// Is `w` one of the words written with a capital first letter ("Mr" for "mr")? Only the
    /// first byte may differ, so "MR" is not "mr".
    pub fn contains_capitalized(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let Some(&first) = b.first() else { return false };
        first.is_ascii_uppercase()
            && self.may_hold(w.len(), first)
            && self.list.iter().any(|x| {
                let x = x.as_bytes();
                x.len() == b.len() && x[0] == first.to_ascii_lowercase() && x[1..] == b[1..]
            })
    }

    /// Does `w` start with one of the words (read as stems: "rais" for raise, raised, ...)?
    /// The first byte is compared before the prefix, which rejects most stems cheaply.
    #[inline(always)]
    pub fn stem_of(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else { return false };
        self.firsts & (1 << (first.to_ascii_lowercase() & 63)) != 0
            && self
                .list
                .iter()
                .any(|s| s.as_bytes().first().is_none_or(|&b| b == first) && w.starts_with(s))
    }
}

/// The length and first-byte masks of a list (see [`Words`]).
const fn masks(list: &[&str]) -> (u64, u64) {
    let (mut lens, mut firsts) = (0u64, 0u64);
    let mut k = 0;
    while k < list.len() {
        let b = list[k].as_bytes();
        lens |= 1 << if b.len() < 63 { b.len() } else { 63 };
        if !b.is_empty() {
            firsts |= 1 << (b[0].to_ascii_lowercase() & 63);
        }
        k += 1;
    }
    (lens, firsts)
}

/// A word list written where it is used, with its masks computed at compile time:
/// `v.is(i, words!["of", "from"])`.
macro_rules! words {
    ($($w:expr),* $(,)?) => {
        &const { $crate::engine::text::Words::new(&[$($w),*]) }
    };
}
pub(crate) use words;

/// Appends `w.to_lowercase()` to `out`, without the Unicode case tables for ASCII words (the
/// most common case), where lowercasing is a byte map.
pub fn push_lower(w: &str, out: &mut String) {
    if w.is_ascii() {
        let start = out.len();
        out.push_str(w);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// `w.to_lowercase()` written into `buf` (cleared first), for lookups that need no string
/// of their own.
pub fn lower_into<'b>(w: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    push_lower(w, buf);
    buf
}

/// Whether `w.to_lowercase() == lower`, where `lower` is itself lowercased; no allocation
/// for ASCII words.
pub fn lowers_to(w: &str, lower: &str) -> bool {
    if w.is_ascii() {
        // Byte by byte: an ASCII word lowercases byte for byte.
        w.len() == lower.len()
            && w.bytes().zip(lower.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        w.to_lowercase() == lower
    }
}

/// Does the text open with a quotation mark? An evidence sentence that does ("“Europe cannot
/// wait,” she said.") is shown without the quotation marks put around a quote, which would
/// double its own.
pub fn opens_with_quote(s: &str) -> bool {
    s.starts_with(['“', '"', '‘', '\'', '«', '„'])
}

/// Does `w` start with an upper-case letter?
pub fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Does `w` start with a lower-case letter?
pub fn starts_lowercase(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// The lower-cased tokens of a sentence, kept in one string with each token's end offset:
/// one allocation per sentence instead of one per token. [`TokenView`] slices it once.
pub struct Lowered {
    text: String,
    ends: Vec<usize>,
}

impl Lowered {
    /// Each token lowercased on its own (`str::to_lowercase` of the token, whose context
    /// rules, such as a final sigma, see only that token).
    pub fn new<'t>(words: impl ExactSizeIterator<Item = &'t str>) -> Lowered {
        let mut low = Lowered {
            text: String::with_capacity(words.len() * 8),
            ends: Vec::with_capacity(words.len()),
        };
        for w in words {
            push_lower(w, &mut low.text);
            low.ends.push(low.text.len());
        }
        low
    }

    /// The lower-cased tokens, sliced once: patterns read every token many times.
    pub fn words(&self) -> Vec<&str> {
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let w = self.text.get(start..end).unwrap_or("");
                start = end;
                w
            })
            .collect()
    }
}

/// A sentence's tokens as rules read them: each token lower-cased (typographic apostrophes
/// and dashes kept as they are) and whether it was capitalized. Every accessor returns a
/// neutral value past either end, so rules may look around freely.
pub struct TokenView<'a> {
    pub toks: &'a [Span],
    /// Lower-cased token texts.
    pub low: Vec<&'a str>,
    /// Whether each token starts with an upper-case letter.
    pub cap: Vec<bool>,
}

impl<'a> TokenView<'a> {
    /// The view of `toks` (spans into `text`) with their lowercased forms from `lowered`.
    pub fn new(text: &str, toks: &'a [Span], lowered: &'a Lowered) -> TokenView<'a> {
        let cap =
            toks.iter().map(|t| text.get(t.start..t.end).is_some_and(is_capitalized)).collect();
        TokenView { toks, low: lowered.words(), cap }
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.low.len()
    }

    /// Has the sentence no tokens?
    pub fn is_empty(&self) -> bool {
        self.low.is_empty()
    }

    /// The lower-cased token at `i`, or "" past either end.
    #[inline(always)]
    pub fn w(&self, i: usize) -> &str {
        self.low.get(i).copied().unwrap_or("")
    }

    /// Is the token at `i` one of `words` (a list of lower-case words)?
    #[inline(always)]
    pub fn is(&self, i: usize, words: &Words) -> bool {
        words.contains(self.w(i))
    }

    /// Does the token at `i` start with one of `stems`?
    pub fn stem(&self, i: usize, stems: &Words) -> bool {
        stems.stem_of(self.w(i))
    }

    /// Is token `i` a word (starts with a letter)?
    pub fn is_word(&self, i: usize) -> bool {
        self.w(i).chars().next().is_some_and(char::is_alphabetic)
    }

    /// Was token `i` capitalized?
    pub fn is_cap(&self, i: usize) -> bool {
        self.cap.get(i).copied().unwrap_or(false)
    }

    /// Do tokens `i - 1` and `i` touch, with no space between them?
    pub fn glued_to_previous(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i - 1).zip(self.toks.get(i)).is_some_and(|(a, b)| a.end == b.start)
    }

    /// The number of tokens of a possessive ending at token `i` ("’s", "'s", "' s" in spaced
    /// text, or a bare "’" after a plural), 0 if there is none.
    pub fn poss(&self, i: usize) -> usize {
        match self.w(i) {
            "’s" | "'s" | "ʼs" => 1,
            "’" | "'" | "ʼ" => {
                let s_next = self.w(i + 1) == "s";
                // "Britain 's Sun" or "Aloni ' s Ratz" in tokenized text: an "s" alone after
                // the mark, which stands apart from the word before it.
                let spaced = s_next
                    && i > 0
                    && self.is_word(i - 1)
                    && !self.glued_to_previous(i)
                    && !self.glued_to_previous(i + 2);
                if spaced || (s_next && (!self.is_word(i + 2) || self.toks.get(i + 2).is_none())) {
                    2
                } else if self.glued_to_previous(i) && self.w(i - 1).ends_with('s') {
                    1
                } else {
                    0
                }
            }
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_match_as_asked() {
        const A: Words = Words::new(&["may", "june"]);
        const B: Words = Words::new(&["Mr", "Dr"]);
        const AB_WORDS: [&str; 4] = join(&[A.words(), B.words()]);
        const AB: Words = Words::new(&AB_WORDS);
        // (word, contains, ignoring ASCII case, capitalized form of A)
        let cases: &[(&str, bool, bool, bool)] = &[
            ("may", true, true, false),
            ("May", false, true, true),
            ("MAY", false, true, false),
            ("june", true, true, false),
            ("jun", false, false, false),
            ("", false, false, false),
            ("mayor", false, false, false),
        ];
        for &(w, exact, any_case, capitalized) in cases {
            assert_eq!(A.contains(w), exact, "{w}");
            assert_eq!(A.contains_ignore_ascii_case(w), any_case, "{w}");
            assert_eq!(A.contains_capitalized(w), capitalized, "{w}");
        }
        assert!(AB.contains("june") && AB.contains("Dr") && !AB.contains("dr"));
        assert_eq!(AB.iter().collect::<Vec<_>>(), ["may", "june", "Mr", "Dr"]);
        const STEMS: Words = Words::new(&["rais", "secur"]);
        assert!(STEMS.stem_of("raised") && STEMS.stem_of("securing") && !STEMS.stem_of("praise"));
    }

    #[test]
    fn lowercasing_matches_the_standard_library() {
        for w in ["Microsoft", "ÉCOLE", "Straße", "ΟΔΟΣ", "", "AI-2", "’s"] {
            let mut buf = String::from("junk");
            assert_eq!(lower_into(w, &mut buf), w.to_lowercase());
            assert!(lowers_to(w, &w.to_lowercase()));
        }
        assert!(!lowers_to("Apple", "apples"));
    }

    #[test]
    fn the_view_reads_case_words_and_possessives() {
        let text = "Microsoft’s chief, the investors' fund and Apple ' s. Britain 's Sun, Aloni ' s Ratz, 'sure' 'sa";
        let toks = super::super::tokenize::tokens(text, Span::new(0, text.len()));
        let lowered = Lowered::new(toks.iter().map(|t| t.of(text)));
        let v = TokenView::new(text, &toks, &lowered);
        let at = |w: &str| v.low.iter().position(|x| *x == w).unwrap();
        assert_eq!(v.w(0), "microsoft");
        assert!(v.is_cap(0) && !v.is_cap(2));
        assert_eq!(v.poss(1), 1);
        assert_eq!(v.poss(at("investors") + 1), 1);
        assert_eq!(v.poss(at("apple") + 1), 2);
        // Tokenized text's possessive before a name; not a quote opening a word.
        assert_eq!(v.poss(at("britain") + 1), 2);
        assert_eq!(v.poss(at("aloni") + 1), 2);
        assert_eq!(v.poss(at("sure") - 1), 0);
        assert_eq!(v.poss(at("sa") - 1), 0);
        assert_eq!(v.w(999), "");
        assert!(v.is_word(2) && !v.is_word(1) && !v.is_word(999));
    }
}
