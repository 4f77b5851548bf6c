//! The corrections sidecar: a reader's corrections to an article as a small JSON file of their
//! own, so that they travel apart from the article (a blogger publishes `post.sidelight.json`
//! beside the post and the widget applies it; a reader moves them to another browser).
//!
//! Schema, version 1 (documented in the README):
//!
//! ```json
//! { "format": "sidelight-corrections", "version": 1, "title": "Orbix hires Dana Lee",
//!   "corrections": [
//!     { "kind": "retype", "name": "Orbix", "from": "PERSON", "to": "ORG" },
//!     { "kind": "add", "quote": "drones", "at": 61, "ty": "PRODUCT" } ] }
//! ```
//!
//! Each correction is one of `state::corrections::Correction`'s kinds, its fields as there
//! (entity types and fact types by their labels, `at` a byte offset into the article's UTF-8
//! text, only a hint: the nearest occurrence of the quote is used). `title` is for people.
//!
//! Reading is forgiving item by item: a correction with a field at fault is reported by its
//! place and field ("corrections[2].to: …") and the others still apply. A file that is not a
//! sidecar at all (another format, a later version, no list) is refused as a whole.

use super::corrections::Correction;
use crate::engine::{EntityType, RelationType};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` every sidecar names.
pub const FORMAT: &str = "sidelight-corrections";
/// The schema version this reader writes and reads.
pub const VERSION: u32 = 1;

/// A sidecar as written.
#[derive(Serialize)]
pub struct Sidecar<'a> {
    pub format: &'static str,
    pub version: u32,
    pub title: &'a str,
    pub corrections: &'a [Correction],
}

impl<'a> Sidecar<'a> {
    pub fn new(title: &'a str, corrections: &'a [Correction]) -> Sidecar<'a> {
        Sidecar { format: FORMAT, version: VERSION, title, corrections }
    }
}

/// A JSON value as far as a sidecar's checks need it (read through serde from any JSON
/// source: a file's text natively, a parsed object in the browser).
#[derive(Deserialize, Debug)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    Number(f64),
    List(Vec<Value>),
    Fields(BTreeMap<String, Value>),
    /// `true`, `false` or `null`.
    Other(serde::de::IgnoredAny),
}

/// What reading a sidecar gave: the corrections that read, and one line per one that did not.
#[derive(Debug, Default, PartialEq)]
pub struct Read {
    pub corrections: Vec<Correction>,
    pub problems: Vec<String>,
}

/// The corrections in `file` (a parsed JSON document), or why it is not a sidecar.
pub fn read(file: &Value) -> Result<Read, String> {
    let Value::Fields(top) = file else {
        return Err("not a corrections file: expected a JSON object".into());
    };
    match top.get("format") {
        Some(Value::Text(f)) if f == FORMAT => {}
        _ => return Err(format!("not a corrections file: \"format\" should be \"{FORMAT}\"")),
    }
    match top.get("version") {
        Some(Value::Number(v)) if *v == f64::from(VERSION) => {}
        Some(Value::Number(v)) => {
            return Err(format!(
                "version {v} of the corrections format; this reader reads version {VERSION}"
            ))
        }
        _ => return Err("version: missing (should be 1)".into()),
    }
    let Some(Value::List(items)) = top.get("corrections") else {
        return Err("corrections: missing, or not a list".into());
    };
    let mut read = Read::default();
    for (i, item) in items.iter().enumerate() {
        match correction(item) {
            Ok(c) => read.corrections.push(c),
            Err(e) => read.problems.push(format!("corrections[{i}]{e}")),
        }
    }
    Ok(read)
}

/// A list of corrections as a kept article stores them (each as in a sidecar's list), read by
/// the same rules: one that does not read is left out, the others stay. (`Correction` has no
/// `Deserialize` of its own: serde's reader of a tagged enum was 21 KB of the reader's
/// WebAssembly, and this one reads the same JSON.)
pub fn deserialize_list<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<Correction>, D::Error> {
    let items = Vec::<Value>::deserialize(d)?;
    Ok(items.iter().filter_map(|item| correction(item).ok()).collect())
}

/// One correction from its JSON object; the error names the field at fault (".to: …").
pub fn correction(item: &Value) -> Result<Correction, String> {
    let Value::Fields(f) = item else { return Err(": not an object".into()) };
    let get = Get(f);
    let kind = get.text("kind")?;
    Ok(match kind.as_str() {
        "retype" => Correction::Retype {
            name: get.text("name")?,
            from: get.entity("from")?,
            to: get.entity("to")?,
        },
        "remove" => Correction::Remove { name: get.text("name")?, ty: get.entity("ty")? },
        "remove_fact" => Correction::RemoveFact {
            head: get.text("head")?,
            ty: get.relation("ty")?,
            tail: get.text("tail")?,
        },
        "add" => Correction::Add {
            quote: get.text("quote")?,
            at: get.offset("at")?,
            ty: get.entity("ty")?,
        },
        "merge" => Correction::Merge {
            name: get.text("name")?,
            ty: get.entity("ty")?,
            into: get.text("into")?,
            into_ty: get.entity("into_ty")?,
        },
        "remove_mention" => {
            Correction::RemoveMention { quote: get.text("quote")?, at: get.offset("at")? }
        }
        "add_fact" => Correction::AddFact {
            head: get.text("head")?,
            head_ty: get.entity("head_ty")?,
            ty: get.relation("ty")?,
            tail: get.text("tail")?,
            tail_ty: get.entity("tail_ty")?,
            quote: get.text("quote")?,
            at: get.offset("at")?,
        },
        other => {
            return Err(format!(
                ".kind: \"{other}\" is not a kind of correction (retype, remove, remove_fact, \
                 add, merge, remove_mention, add_fact)"
            ))
        }
    })
}

/// A correction's fields, each read with the error that names it.
struct Get<'a>(&'a BTreeMap<String, Value>);

impl Get<'_> {
    fn text(&self, key: &str) -> Result<String, String> {
        match self.0.get(key) {
            Some(Value::Text(t)) if !t.trim().is_empty() => Ok(t.clone()),
            Some(Value::Text(_)) => Err(format!(".{key}: empty")),
            Some(_) => Err(format!(".{key}: should be text")),
            None => Err(format!(".{key}: missing")),
        }
    }

    fn entity(&self, key: &str) -> Result<EntityType, String> {
        let label = self.text(key)?;
        EntityType::from_label(&label).ok_or_else(|| {
            let all: Vec<&str> = EntityType::ALL.iter().map(|t| t.label()).collect();
            format!(".{key}: \"{label}\" is not an entity type ({})", all.join(", "))
        })
    }

    fn relation(&self, key: &str) -> Result<RelationType, String> {
        let label = self.text(key)?;
        RelationType::ALL.into_iter().find(|t| t.label() == label).ok_or_else(|| {
            let all: Vec<&str> = RelationType::ALL.iter().map(|t| t.label()).collect();
            format!(".{key}: \"{label}\" is not a fact type ({})", all.join(", "))
        })
    }

    fn offset(&self, key: &str) -> Result<usize, String> {
        match self.0.get(key) {
            Some(Value::Number(n)) if *n >= 0.0 && n.fract() == 0.0 && *n < 1e15 => Ok(*n as usize),
            Some(_) => Err(format!(".{key}: should be a whole number of 0 or more")),
            None => Err(format!(".{key}: missing")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Value {
        serde_json::from_str(json).expect("JSON")
    }

    fn every_kind() -> Vec<Correction> {
        use EntityType::*;
        vec![
            Correction::Retype { name: "Orbix".into(), from: Person, to: Org },
            Correction::Remove { name: "Monday".into(), ty: Date },
            Correction::RemoveFact {
                head: "Orbix".into(),
                ty: RelationType::LocatedIn,
                tail: "Oslo".into(),
            },
            Correction::Add { quote: "drones".into(), at: 61, ty: Product },
            Correction::Merge {
                name: "Lee".into(),
                ty: Person,
                into: "Dana Lee".into(),
                into_ty: Person,
            },
            Correction::RemoveMention { quote: "Velt".into(), at: 140 },
            Correction::AddFact {
                head: "Dana Lee".into(),
                head_ty: Person,
                ty: RelationType::EmployedBy,
                tail: "Orbix".into(),
                tail_ty: Org,
                quote: "Dana Lee would join Orbix as chief executive.".into(),
                at: 80,
            },
        ]
    }

    #[test]
    fn every_kind_of_correction_goes_out_and_comes_back() {
        let all = every_kind();
        let json =
            serde_json::to_string_pretty(&Sidecar::new("Orbix hires Dana Lee", &all)).unwrap();
        assert!(json.contains(r#""format": "sidelight-corrections""#));
        let read = read(&parse(&json)).unwrap();
        assert_eq!(read, Read { corrections: all, problems: vec![] });
    }

    #[test]
    fn a_correction_at_fault_is_named_by_place_and_field_and_the_rest_apply() {
        let json = r#"{"format":"sidelight-corrections","version":1,"corrections":[
            {"kind":"retype","name":"Orbix","from":"PERSON","to":"PERSONX"},
            {"kind":"remove","name":"Monday","ty":"DATE"},
            {"kind":"add","quote":"drones","ty":"PRODUCT"},
            {"kind":"add","quote":"drones","at":-3,"ty":"PRODUCT"},
            {"kind":"rename","name":"Orbix"},
            {"kind":"add_fact","head":"A","head_ty":"ORG","ty":"OWNS","tail":"B","tail_ty":"ORG","quote":"A owns B.","at":0},
            {"kind":"remove","name":"","ty":"ORG"},
            "retype Orbix",
            {"kind":"remove","name":7,"ty":"ORG"}
        ]}"#;
        let read = read(&parse(json)).unwrap();
        assert_eq!(
            read.corrections,
            vec![Correction::Remove { name: "Monday".into(), ty: EntityType::Date }]
        );
        let problems: Vec<&str> =
            read.problems.iter().map(|p| p.split(" (").next().unwrap()).collect();
        assert_eq!(
            problems,
            [
                "corrections[0].to: \"PERSONX\" is not an entity type",
                "corrections[2].at: missing",
                "corrections[3].at: should be a whole number of 0 or more",
                "corrections[4].kind: \"rename\" is not a kind of correction",
                "corrections[5].ty: \"OWNS\" is not a fact type",
                "corrections[6].name: empty",
                "corrections[7]: not an object",
                "corrections[8].name: should be text",
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_a_sidecar_is_refused_as_a_whole() {
        let refused = |json: &str| read(&parse(json)).unwrap_err();
        assert!(refused("[1, 2]").contains("expected a JSON object"));
        assert!(refused(r#"{"@context":"http://www.w3.org/ns/anno.jsonld"}"#).contains("format"));
        assert!(refused(r#"{"format":"sidelight-corrections","version":2,"corrections":[]}"#)
            .contains("version 2"));
        assert!(refused(r#"{"format":"sidelight-corrections","version":1}"#)
            .starts_with("corrections: missing"));
        assert!(refused(r#"{"format":"sidelight-corrections","corrections":[]}"#)
            .starts_with("version: missing"));
    }
}
