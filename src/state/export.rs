//! The article's analysis as files a reader takes elsewhere: CSV of its entities and of its
//! facts, W3C Web Annotations (the interchange format of Hypothesis and Recogito; the other
//! JSON export is the evaluation format, `engine::export::document`), and the file names they
//! are saved under.

use crate::engine::export::{OffsetMap, Unit};
use crate::engine::{Analysis, Span};
use serde::Serialize;

/// One CSV field: quoted when it holds a comma, a quote or a line break; a field a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn row(fields: &[&str]) -> String {
    let mut line = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The entities as CSV: name, type, number of mentions, other names (joined by "; "), in
/// the sidebar's order (most salient first).
pub fn entities_csv(analysis: &Analysis) -> String {
    let mut out = row(&["name", "type", "mentions", "also_called"]);
    for e in &analysis.entities {
        let n = e.mentions.len().to_string();
        out.push_str(&row(&[&e.name, e.ty.label(), &n, &e.aliases.join("; ")]));
    }
    out
}

/// The facts as CSV: subject, relation (the evaluation label and the plain phrase), object,
/// confidence and the sentence that states it.
pub fn facts_csv(text: &str, analysis: &Analysis) -> String {
    let mut out = row(&["subject", "relation", "phrase", "object", "confidence", "evidence"]);
    for r in &analysis.relations {
        let (head, tail) = (analysis.entity(r.head), analysis.entity(r.tail));
        let confidence = format!("{:.2}", r.confidence);
        let evidence = r.evidence.of(text).split_whitespace().collect::<Vec<_>>().join(" ");
        out.push_str(&row(&[
            &head.name,
            r.ty.label(),
            r.ty.phrase(),
            &tail.name,
            &confidence,
            &evidence,
        ]));
    }
    out
}

/// A W3C Web Annotation collection (JSON-LD, <https://www.w3.org/TR/annotation-model/>): one
/// annotation per mention, its entity's type and name in the body, the text it covers by
/// quote (with 32 characters of context each side) and by code-point position; one linking
/// annotation per fact, its targets the first mentions of its two entities and its sentence.
/// `source` is the IRI the selectors refer to (the article).
pub fn web_annotations(source: &str, title: &str, text: &str, analysis: &Analysis) -> Collection {
    let map = OffsetMap::new(text, Unit::CodePoints);
    let target = |span: Span| Target {
        source: source.to_string(),
        selector: vec![
            Selector::TextQuoteSelector {
                exact: span.of(text).to_string(),
                prefix: tail_chars(&text[..span.start], 32),
                suffix: text[span.end..].chars().take(32).collect(),
            },
            Selector::TextPositionSelector { start: map.get(span.start), end: map.get(span.end) },
        ],
    };
    let mention_id = |k: usize| format!("{source}#m{}", k + 1);
    let mut items: Vec<Annotation> = Vec::new();
    for (k, m) in analysis.mentions.iter().enumerate() {
        let e = analysis.entity(m.entity);
        items.push(Annotation {
            context: None,
            id: mention_id(k),
            kind: "Annotation",
            motivation: "tagging",
            body: vec![
                Body { kind: "TextualBody", purpose: "tagging", value: m.ty.label().to_string() },
                Body { kind: "TextualBody", purpose: "identifying", value: e.name.clone() },
            ],
            target: vec![Targeted::Text(target(m.span))],
        });
    }
    let first_mention = |id| analysis.mentions.iter().position(|m| m.entity == id);
    for (k, r) in analysis.relations.iter().enumerate() {
        let (Some(h), Some(t)) = (first_mention(r.head), first_mention(r.tail)) else { continue };
        items.push(Annotation {
            context: None,
            id: format!("{source}#f{}", k + 1),
            kind: "Annotation",
            motivation: "linking",
            body: vec![
                Body { kind: "TextualBody", purpose: "tagging", value: r.ty.label().to_string() },
                Body {
                    kind: "TextualBody",
                    purpose: "describing",
                    value: format!(
                        "{} {} {}",
                        analysis.entity(r.head).name,
                        r.ty.phrase(),
                        analysis.entity(r.tail).name
                    ),
                },
            ],
            target: vec![
                Targeted::Id(mention_id(h)),
                Targeted::Id(mention_id(t)),
                Targeted::Text(target(r.evidence)),
            ],
        });
    }
    Collection {
        context: "http://www.w3.org/ns/anno.jsonld",
        id: format!("{source}#annotations"),
        kind: "AnnotationCollection",
        label: title.to_string(),
        total: items.len(),
        first: Page { kind: "AnnotationPage", items },
    }
}

/// The last `n` characters of `s`.
fn tail_chars(s: &str, n: usize) -> String {
    let start = s.char_indices().rev().nth(n.saturating_sub(1)).map_or(0, |(i, _)| i);
    if n == 0 {
        String::new()
    } else {
        s[start..].to_string()
    }
}

/// An annotation collection with its one page.
#[derive(Serialize, Debug)]
pub struct Collection {
    #[serde(rename = "@context")]
    pub context: &'static str,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub label: String,
    pub total: usize,
    pub first: Page,
}

#[derive(Serialize, Debug)]
pub struct Page {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub items: Vec<Annotation>,
}

#[derive(Serialize, Debug)]
pub struct Annotation {
    #[serde(rename = "@context", skip_serializing_if = "Option::is_none")]
    pub context: Option<&'static str>,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub motivation: &'static str,
    pub body: Vec<Body>,
    pub target: Vec<Targeted>,
}

#[derive(Serialize, Debug)]
pub struct Body {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub purpose: &'static str,
    pub value: String,
}

/// A target: a span of the article, or another annotation by its IRI.
#[derive(Serialize, Debug)]
#[serde(untagged)]
pub enum Targeted {
    Text(Target),
    Id(String),
}

#[derive(Serialize, Debug)]
pub struct Target {
    pub source: String,
    pub selector: Vec<Selector>,
}

#[derive(Serialize, Debug)]
#[serde(tag = "type")]
pub enum Selector {
    TextQuoteSelector { exact: String, prefix: String, suffix: String },
    TextPositionSelector { start: usize, end: usize },
}

/// A file name for an export of the article titled `title`: its words in lower case joined
/// by hyphens (at most 60 characters), then `suffix` ("article.entities.csv").
pub fn file_name(title: &str, suffix: &str) -> String {
    let mut stem = String::new();
    for word in title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if stem.chars().count() + word.chars().count() > 60 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word.to_lowercase());
    }
    if stem.is_empty() {
        stem.push_str("article");
    }
    format!("{stem}.{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_never_formulas() {
        let cases: &[(&str, &str)] = &[
            ("Mistral AI", "Mistral AI"),
            ("Lee, Dana", "\"Lee, Dana\""),
            ("the \"Fed\"", "\"the \"\"Fed\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("-5%", "'-5%"),
            ("@home", "'@home"),
            ("", ""),
        ];
        for &(raw, want) in cases {
            assert_eq!(field(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn csv_lists_every_entity_and_fact() {
        let text = "Orbix Hires\n\nDana Lee joined Orbix, a shipping software maker, in 2019.";
        let a = crate::engine::analyze(text);
        let entities = entities_csv(&a);
        let lines: Vec<&str> = entities.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "name,type,mentions,also_called");
        assert_eq!(lines.len(), a.entities.len() + 1);
        assert!(lines.iter().any(|l| l.starts_with("Dana Lee,PERSON,1,")), "{entities}");
        let facts = facts_csv(text, &a);
        let lines: Vec<&str> = facts.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), a.relations.len() + 1);
        assert!(
            lines.iter().any(|l| l.starts_with("Dana Lee,EMPLOYED_BY,works for,Orbix,")),
            "{facts}"
        );
        assert!(facts.contains("\"Dana Lee joined Orbix, a shipping software maker, in 2019.\""));
    }

    #[test]
    fn web_annotations_select_every_mention_and_link_every_fact() {
        let text = "Orbix Hires\n\nZoë Lee joined Orbix, a shipping software maker, in 2019.";
        let a = crate::engine::analyze(text);
        let c = web_annotations("urn:x:orbix", "Orbix Hires", text, &a);
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(v["type"], "AnnotationCollection");
        let items = v["first"]["items"].as_array().unwrap();
        assert_eq!(items.len(), a.mentions.len() + a.relations.len());
        assert_eq!(v["total"], items.len());
        let chars: Vec<char> = text.chars().collect();
        for item in items {
            // The model's required fields: id, type, target (the context is the collection's).
            assert!(item["id"].as_str().unwrap().starts_with("urn:x:orbix#"));
            assert_eq!(item["type"], "Annotation");
            let text_target = item["target"].as_array().unwrap().last().unwrap().clone();
            let sel = text_target["selector"].as_array().unwrap();
            let (quote, pos) = (&sel[0], &sel[1]);
            assert_eq!(quote["type"], "TextQuoteSelector");
            assert_eq!(pos["type"], "TextPositionSelector");
            let (s, e) = (pos["start"].as_u64().unwrap(), pos["end"].as_u64().unwrap());
            let exact: String = chars[s as usize..e as usize].iter().collect();
            assert_eq!(quote["exact"], exact.as_str(), "positions count code points");
            let before: String = chars[..s as usize].iter().collect();
            assert!(before.ends_with(quote["prefix"].as_str().unwrap()));
        }
        let zoe = items.iter().find(|i| i["body"][1]["value"] == "Zoë Lee").unwrap();
        assert_eq!(zoe["body"][0]["value"], "PERSON");
        let fact = items.iter().find(|i| i["motivation"] == "linking").unwrap();
        assert_eq!(fact["target"].as_array().unwrap().len(), 3);
        assert!(fact["target"][0].as_str().unwrap().contains("#m"));
    }

    #[test]
    fn tails_are_characters() {
        assert_eq!(tail_chars("abcdé", 2), "dé");
        assert_eq!(tail_chars("ab", 5), "ab");
        assert_eq!(tail_chars("ab", 0), "");
    }

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(file_name("Mistral AI raises €600m!", "json"), "mistral-ai-raises-600m.json");
        assert_eq!(file_name("", "facts.csv"), "article.facts.csv");
        assert_eq!(file_name("Zoë in 東京", "json"), "zoë-in-東京.json");
        let long = file_name(&"word ".repeat(40), "json");
        assert!(long.len() <= 60 + ".json".len(), "{long}");
    }
}
