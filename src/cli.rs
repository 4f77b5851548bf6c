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
        ["annotate", "--jsonl", path] => annotate_jsonl(path),
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
}

fn annotate_jsonl(path: &str) -> Result<()> {
    let file = std::fs::File::open(path).with_context(|| format!("couldn't open {path}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("{path}: couldn't read line {}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: InputDoc = serde_json::from_str(&line).with_context(|| format!("{path}:{}: not a document with `id` and `text`", n + 1))?;
        let analysis = engine::analyze(&doc.text);
        let pred = export::document(&doc.id, &doc.text, &analysis, export::Unit::CodePoints);
        serde_json::to_writer(&mut out, &pred)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}
