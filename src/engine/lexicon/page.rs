//! Words about the text itself: abbreviations after which a full stop does not end a
//! sentence, and the captions that open a table of contents or a related-links list.

use super::amounts::MONTH_ABBREVIATIONS;
use super::names::{COMPANY_ABBREVIATIONS, HONORIFICS, NAME_SUFFIXES, RANKS};
use crate::engine::text::Words;

/// Abbreviations not listed with the names and dates ("St.", "vs.", "No.", "approx.").
pub const OTHER_ABBREVIATIONS: Words = Words::new(&[
    "st", "vs", "v", "no", "mt", "ft", "etc", "approx", "est", "dept", "univ", "rev", "e.g", "i.e",
    "fig", "op", "vol", "al",
]);

/// Is `lower` (a lower-cased word) an abbreviation after which a full stop does not end a
/// sentence: an honorific, a rank, a company's legal form, a name suffix, a month or one of
/// [`OTHER_ABBREVIATIONS`]?
pub fn is_abbreviation(lower: &str) -> bool {
    HONORIFICS.contains(lower)
        || RANKS.contains(lower)
        || COMPANY_ABBREVIATIONS.contains(lower)
        || NAME_SUFFIXES.contains(lower)
        || MONTH_ABBREVIATIONS.contains(lower)
        || OTHER_ABBREVIATIONS.contains(lower)
}

/// Lines that open a table of contents (compared in lower case, without a closing colon or
/// full stop).
pub const CONTENTS_CAPTIONS: &[&str] = &[
    "table of contents", "contents", "in this article", "in this story", "on this page", "jump to",
];

/// Lines that open a list of related links.
pub const ASIDE_CAPTIONS: &[&str] = &[
    "you may also like", "you might also like", "related", "related articles", "related stories",
    "read more", "read also", "also read", "see also", "recommended", "more on this",
    "further reading", "related reading", "more from", "don't miss", "don’t miss",
];

/// Labels that open a line of topics or tags ("Topics: Leeds, Local government, Council
/// tax"): such a line is read like a headline, where capitals say little. (A "Related:" line
/// is another article's headline: its names need not recur in this body, so it is read as
/// body text.)
pub const LINE_LABELS: &[&str] = &["Topics", "Tags", "Keywords", "Filed under"];
