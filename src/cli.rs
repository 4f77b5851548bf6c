//! The `sidelight` command-line tool: annotate text to JSON with the same engine as the app.

use crate::engine::{self, export};
use anyhow::{bail, Context, Result};
use std::io::{BufRead, Write};

const USAGE: &str = "\
sidelight: find the people, organizations, places, amounts and dates in news text

usage:
  sidelight annotate FILE            print FILE's analysis as one JSON document
  sidelight annotate --jsonl IN      read documents (JSON lines with `id` and `text`),
                                     write one prediction document per line
  sidelight annotate --jsonl IN --gold-entities
                                     the same, but take each document's own `entities`
                                     (code-point offsets) instead of recognizing them, and
                                     only extract relations (to evaluate relations alone)
  sidelight analyze FILE             print the engine's full analysis (blocks, sentences,
                                     mentions, entities, relations) as JSON
  sidelight help                     show this help

Offsets in annotate output count Unicode code points, end exclusive.";

/// Runs the CLI and returns the process exit code.
pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("sidelight: error: {e:#}");
            2
        }
    }
}

fn read_file(path: &str) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("couldn't read {path}"))?;
    String::from_utf8(bytes).map_err(|e| anyhow::anyhow!("{path} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

fn run(args: &[String]) -> Result<()> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["annotate", "--jsonl", path] => annotate_jsonl(path, false),
        ["annotate", "--jsonl", path, "--gold-entities"] | ["annotate", "--gold-entities", "--jsonl", path] => annotate_jsonl(path, true),
        ["annotate", path] if !path.starts_with('-') => {
            let text = read_file(path)?;
            let analysis = engine::analyze(&text);
            let id = std::path::Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or("document");
            let doc = export::document(id, &text, &analysis, export::Unit::CodePoints);
            println!("{}", serde_json::to_string_pretty(&doc)?);
            Ok(())
        }
        ["analyze", path] if !path.starts_with('-') => {
            let text = read_file(path)?;
            println!("{}", serde_json::to_string_pretty(&engine::analyze(&text))?);
            Ok(())
        }
        [] | ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => bail!("unknown command: {}\n\n{USAGE}", args.join(" ")),
    }
}

#[derive(serde::Deserialize)]
struct InputDoc {
    id: String,
    text: String,
    #[serde(default)]
    entities: Vec<InputEntity>,
}

#[derive(serde::Deserialize)]
struct InputEntity {
    #[serde(rename = "type")]
    ty: String,
    #[serde(default)]
    mentions: Vec<InputMention>,
}

#[derive(serde::Deserialize)]
struct InputMention {
    start: usize,
    end: usize,
}

/// The document's own entities with code-point offsets turned into byte offsets. Entities of
/// types the engine does not know are skipped, as are offsets past the end of the text.
fn given_entities(doc: &InputDoc) -> Vec<engine::GivenEntity> {
    let mut byte_of: Vec<usize> = doc.text.char_indices().map(|(b, _)| b).collect();
    byte_of.push(doc.text.len());
    doc.entities
        .iter()
        .filter_map(|e| {
            let ty = engine::EntityType::from_label(&e.ty)?;
            let mentions = e
                .mentions
                .iter()
                .filter_map(|m| Some(engine::Span::new(*byte_of.get(m.start)?, *byte_of.get(m.end)?)))
                .collect();
            Some(engine::GivenEntity { ty, mentions })
        })
        .collect()
}

fn annotate_jsonl(path: &str, gold_entities: bool) -> Result<()> {
    let file = std::fs::File::open(path).with_context(|| format!("couldn't open {path}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("{path}: couldn't read line {}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: InputDoc = serde_json::from_str(&line).with_context(|| format!("{path}:{}: not a document with `id` and `text`", n + 1))?;
        if gold_entities && doc.entities.is_empty() {
            eprintln!("sidelight: warning: {path}:{}: document {} has no `entities`", n + 1, doc.id);
        }
        let analysis = if gold_entities {
            engine::analyze_with_entities(&doc.text, &given_entities(&doc))
        } else {
            engine::analyze(&doc.text)
        };
        let pred = export::document(&doc.id, &doc.text, &analysis, export::Unit::CodePoints);
        serde_json::to_writer(&mut out, &pred)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}
