//! The evaluation/interchange format (see the project's FORMAT: code-point offsets) and the
//! conversion of byte offsets to other units, done once at the edge.

use super::types::{Analysis, Span};
use serde::Serialize;

/// Which unit offsets are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Unicode code points (Python `str` indices): the evaluation format.
    CodePoints,
    /// UTF-16 code units: JavaScript strings and the DOM.
    Utf16,
}

/// Converts byte offsets of one text to another unit in O(1) per lookup.
pub struct OffsetMap {
    /// `table[b]` = offset in the target unit of byte `b` (valid at char boundaries).
    table: Vec<u32>,
}

impl OffsetMap {
    pub fn new(text: &str, unit: Unit) -> OffsetMap {
        let mut table = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (b, c) in text.char_indices() {
            table[b] = n;
            n += match unit {
                Unit::CodePoints => 1,
                Unit::Utf16 => c.len_utf16() as u32,
            };
        }
        table[text.len()] = n;
        OffsetMap { table }
    }
    pub fn get(&self, byte: usize) -> usize {
        self.table[byte] as usize
    }
}

/// The analysis of `text` with every offset (blocks, their captions and items, sentences,
/// mentions, evidence) counted in `unit` instead of UTF-8 bytes, for tools that index text
/// otherwise (Python strings count code points, JavaScript UTF-16 units).
pub fn with_offsets(text: &str, analysis: &Analysis, unit: Unit) -> Analysis {
    let map = OffsetMap::new(text, unit);
    let conv = |s: Span| Span::new(map.get(s.start), map.get(s.end));
    let mut out = analysis.clone();
    for b in &mut out.blocks {
        b.span = conv(b.span);
        b.label = b.label.map(conv);
        b.items.iter_mut().for_each(|i| i.span = conv(i.span));
    }
    out.sentences.iter_mut().for_each(|s| *s = conv(*s));
    out.mentions.iter_mut().for_each(|m| m.span = conv(m.span));
    out.relations.iter_mut().for_each(|r| r.evidence = conv(r.evidence));
    out
}

#[derive(Serialize, Debug)]
pub struct DocMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Serialize, Debug)]
pub struct DocEntity {
    pub id: String,
    #[serde(rename = "type")]
    pub ty: &'static str,
    pub name: String,
    pub mentions: Vec<DocMention>,
}

#[derive(Serialize, Debug)]
pub struct DocRelation {
    #[serde(rename = "type")]
    pub ty: &'static str,
    pub head: String,
    pub tail: String,
    pub evidence: String,
    pub confidence: f32,
}

/// One annotated document in the evaluation format.
#[derive(Serialize, Debug)]
pub struct Document {
    pub id: String,
    pub source: String,
    pub text: String,
    pub entities: Vec<DocEntity>,
    pub relations: Vec<DocRelation>,
}

fn entity_id(i: u32) -> String {
    format!("E{}", i + 1)
}

/// The analysis of `text` as an evaluation-format document with offsets in `unit`.
pub fn document(id: &str, text: &str, analysis: &Analysis, unit: Unit) -> Document {
    let map = OffsetMap::new(text, unit);
    let conv = |s: Span| DocMention {
        start: map.get(s.start),
        end: map.get(s.end),
        text: s.of(text).to_string(),
    };
    Document {
        id: id.to_string(),
        source: "sidelight".to_string(),
        text: text.to_string(),
        entities: analysis
            .entities
            .iter()
            .map(|e| DocEntity {
                id: entity_id(e.id.0),
                ty: e.ty.label(),
                name: e.name.clone(),
                mentions: e.mentions.iter().map(|&m| conv(analysis.mention(m).span)).collect(),
            })
            .collect(),
        relations: analysis
            .relations
            .iter()
            .map(|r| DocRelation {
                ty: r.ty.label(),
                head: entity_id(r.head.0),
                tail: entity_id(r.tail.0),
                evidence: r.evidence.of(text).to_string(),
                confidence: r.confidence,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_convert_to_code_points_and_utf16() {
        let text = "a€😀b";
        // bytes: a=0, €=1..4, 😀=4..8, b=8..9
        let cp = OffsetMap::new(text, Unit::CodePoints);
        let u16 = OffsetMap::new(text, Unit::Utf16);
        let cases = [(0, 0, 0), (1, 1, 1), (4, 2, 2), (8, 3, 4), (9, 4, 5)];
        for (byte, want_cp, want_u16) in cases {
            assert_eq!((cp.get(byte), u16.get(byte)), (want_cp, want_u16), "byte {byte}");
        }
    }

    #[test]
    fn a_whole_analysis_converts_its_offsets() {
        let text = "Zoë Müller\nZoë Müller joined Acme in Zürich. Acme grew.";
        let a = crate::engine::analyze(text);
        for unit in [Unit::CodePoints, Unit::Utf16] {
            let c = with_offsets(text, &a, unit);
            let chars: Vec<char> = text.chars().collect();
            let utf16: Vec<u16> = text.encode_utf16().collect();
            let of = |s: Span| match unit {
                Unit::CodePoints => chars[s.start..s.end].iter().collect::<String>(),
                Unit::Utf16 => String::from_utf16(&utf16[s.start..s.end]).unwrap(),
            };
            assert!(!c.mentions.is_empty());
            for (m, cm) in a.mentions.iter().zip(&c.mentions) {
                assert_eq!(of(cm.span), m.span.of(text));
            }
            for (s, cs) in a.sentences.iter().zip(&c.sentences) {
                assert_eq!(of(*cs), s.of(text));
            }
            for (b, cb) in a.blocks.iter().zip(&c.blocks) {
                assert_eq!(of(cb.span), b.span.of(text));
            }
        }
    }
}
