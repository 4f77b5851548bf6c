//! The engine's lexicon: every general word list the stages match against, in one place.
//!
//! Only general words belong here (titles, head nouns, months, currency names, triggers),
//! never the names of any article (ARCHITECTURE.md's invariant: names come from the trained
//! model). Each word is written once: where one rule needs a list and another rule a part of
//! it, the part is a list of its own and the whole is their union, joined at compile time
//! ([`join`]), or a function over several lists. Where two lists overlap but differ on
//! purpose, their docs say why.
//!
//! - [`names`]: titles and honorifics, head nouns of organizations, institutions, places and
//!   events, legal forms, and nouns for organizations and products (the tagger's
//!   post-processing, the product pass, clustering, relations);
//! - [`amounts`]: currencies, scales, numbers, months and units of time (the amount and date
//!   grammar, the tokenizer);
//! - [`relations`]: roles, triggers, hedges and negations (the relation patterns);
//! - [`page`]: sentence abbreviations and the captions of contents and related-links lists
//!   (the tokenizer, the structure pass).
//!
//! [`join`]: super::text::join

pub mod amounts;
pub mod names;
pub mod page;
pub mod relations;
