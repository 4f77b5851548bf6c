//! Words about the text itself: abbreviations after which a full stop does not end a
//! sentence, the captions that open a table of contents or a related-links list, and the
//! words that mark a page's furniture (photo credits, bylines, topic lists, corrections).

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

/// Labels of a photo credit before its colon ("Photo: Jane Doe/Agency"), in lower case.
pub const CREDIT_LABELS: &[&str] = &[
    "photo", "photos", "photograph", "photographs", "photography", "picture", "pictures", "pic",
    "image", "images", "illustration", "illustrations", "graphic", "graphics", "video", "audio",
    "credit", "credits", "photo credit", "image credit", "picture credit", "photo illustration",
    "main image", "top image", "header image", "lead image", "cover image",
];

/// Openings of a credit that names its maker with "by" ("Photo by Jane Doe/Agency"), in
/// lower case, each followed by a space in the line.
pub const CREDIT_OPENINGS: &[&str] = &[
    "photo by", "photos by", "photograph by", "photographs by", "photography by", "picture by",
    "pictures by", "image by", "images by", "illustration by", "illustrations by", "graphic by",
    "video by", "photo courtesy of", "image courtesy of", "picture courtesy of", "photo courtesy",
    "image courtesy", "courtesy of",
];

/// Labels that open a caption ("Pictured: …"), in lower case.
pub const CAPTION_LABELS: &[&str] =
    &["pictured", "pictured above", "above", "caption", "main picture", "main photo"];

/// Captions of a list of the article's topics ("Topics: …"), in lower case.
pub const TAG_CAPTIONS: &[&str] = &[
    "topics", "topic", "tags", "tagged", "tagged with", "categories", "category", "filed under",
    "filed in", "subjects", "keywords", "more on", "more about", "related topics", "sections",
];

/// Lead-ins of a note about the article ("Correction: …", "Editor’s note: …"), in lower case.
/// A date may follow before the colon ("Correction, 3 March 2025:").
pub const NOTE_LABELS: &[&str] = &[
    "correction", "corrections", "clarification", "editor's note", "editor’s note",
    "editors' note", "editors’ note", "author's note", "author’s note", "note", "update",
    "updated", "disclosure", "disclaimer", "amendment",
];

/// What a note says it is about ("This article was updated …").
pub const NOTE_SUBJECTS: &[&str] = &["article", "story", "piece", "report", "post", "page"];

/// Stems of what a note says happened to the article ("was updated", "first appeared").
pub const NOTE_VERBS: &[&str] = &[
    "updat", "amend", "correct", "chang", "edit", "revis", "origin", "first", "publish",
    "republish", "produc", "writ", "appear", "adapt",
];

/// Openings of a byline ("By Jane Doe"), in lower case, each followed by a space.
pub const BYLINE_OPENINGS: &[&str] =
    &["by", "written by", "words by", "story by", "text by", "reported by", "interview by"];

/// Openings of the credits at an article's end ("Reporting by …; Editing by …"), in lower
/// case, each followed by a space.
pub const CREDITS_OPENINGS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "reported by",
    "research by",
    "reporting and writing by",
];

/// Jobs of an author named under the title ("Jane Doe, Science correspondent").
pub const BYLINE_ROLES: &[&str] = &[
    "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "writer",
    "writers", "columnist", "contributor", "journalist", "producer", "critic",
];

/// Openings of the publication line under the title ("Published 3 March 2025"), in lower
/// case.
pub const PUBLICATION_OPENINGS: &[&str] = &[
    "published", "updated", "last updated", "first published", "posted", "last modified",
    "modified",
];

/// Words of a publication line besides dates and numbers ("07:00 GMT", "at 10 a.m."):
/// clock words and time zones.
pub const TIME_WORDS: &[&str] = &[
    "at", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt",
    "pst", "pdt", "et", "pt", "ist", "jst", "aest", "aedt", "sast", "wat", "eat", "hkt", "sgt",
    "updated", "published", "on",
];
