//! The article's analysis as files a reader takes elsewhere: CSV of its entities and of its
//! facts (the JSON export is the evaluation format, `engine::export::document`), and the
//! file names they are saved under.

use crate::engine::Analysis;

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
    fn file_names_come_from_titles() {
        assert_eq!(file_name("Mistral AI raises €600m!", "json"), "mistral-ai-raises-600m.json");
        assert_eq!(file_name("", "facts.csv"), "article.facts.csv");
        assert_eq!(file_name("Zoë in 東京", "json"), "zoë-in-東京.json");
        let long = file_name(&"word ".repeat(40), "json");
        assert!(long.len() <= 60 + ".json".len(), "{long}");
    }
}
