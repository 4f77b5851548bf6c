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
  sidelight annotate --model M ...   the same with the model file M instead of the built-in one
  sidelight train --out FILE [--articles DIR] [--conll JSONL] [--gum JSONL]
                  [--redocred JSONL [--redocred-train N]] [--epochs N] [--bits N]
                  [--max-weights N] [--sizes N,N,...] [--article-repeat N]
                  [--common-min N] [--seed N] [--runs N]
                                     train the name tagger and write the model file
  sidelight bench [--model M] [--mb N] INPUT...
                                     time `analyze` on ~N MB (default 1) of text made by
                                     concatenating the texts of INPUT (.json, .jsonl, .txt)
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
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{path} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn run(args: &[String]) -> Result<()> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["annotate", "--jsonl", path] => annotate_jsonl(path, engine::Model::embedded(), false),
        ["annotate", "--jsonl", path, "--gold-entities"]
        | ["annotate", "--gold-entities", "--jsonl", path] => {
            annotate_jsonl(path, engine::Model::embedded(), true)
        }
        ["annotate", "--model", model, "--jsonl", path] => {
            annotate_jsonl(path, &load_model(model)?, false)
        }
        ["train", rest @ ..] => train_command(rest),
        ["bench", rest @ ..] => bench_command(rest),
        ["annotate", path] if !path.starts_with('-') => {
            let text = read_file(path)?;
            let analysis = engine::analyze(&text);
            let id = std::path::Path::new(path)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("document");
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
                .filter_map(|m| {
                    Some(engine::Span::new(*byte_of.get(m.start)?, *byte_of.get(m.end)?))
                })
                .collect();
            Some(engine::GivenEntity { ty, mentions })
        })
        .collect()
}

fn load_model(path: &str) -> Result<engine::Model> {
    let bytes = std::fs::read(path).with_context(|| format!("couldn't read {path}"))?;
    engine::Model::from_bytes(&bytes).with_context(|| format!("couldn't load the model {path}"))
}

fn annotate_jsonl(path: &str, model: &engine::Model, gold_entities: bool) -> Result<()> {
    let file = std::fs::File::open(path).with_context(|| format!("couldn't open {path}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("{path}: couldn't read line {}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: InputDoc = serde_json::from_str(&line)
            .with_context(|| format!("{path}:{}: not a document with `id` and `text`", n + 1))?;
        if gold_entities && doc.entities.is_empty() {
            eprintln!(
                "sidelight: warning: {path}:{}: document {} has no `entities`",
                n + 1,
                doc.id
            );
        }
        let analysis = if gold_entities {
            engine::analyze_with_entities(&doc.text, &given_entities(&doc))
        } else {
            engine::analyze_with(&doc.text, model)
        };
        let pred = export::document(&doc.id, &doc.text, &analysis, export::Unit::CodePoints);
        serde_json::to_writer(&mut out, &pred)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}

/// Parses `--flag value` pairs; positional arguments are returned separately.
fn flags<'a>(
    args: &[&'a str],
    known: &[&str],
) -> Result<(std::collections::HashMap<String, &'a str>, Vec<&'a str>)> {
    let mut map = std::collections::HashMap::new();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i];
        if let Some(name) = a.strip_prefix("--") {
            if !known.contains(&name) {
                bail!("unknown option --{name}\n\n{USAGE}");
            }
            let v = args.get(i + 1).with_context(|| format!("--{name} needs a value"))?;
            map.insert(name.to_string(), *v);
            i += 2;
        } else {
            rest.push(a);
            i += 1;
        }
    }
    Ok((map, rest))
}

fn num<T: std::str::FromStr>(
    map: &std::collections::HashMap<String, &str>,
    name: &str,
    default: T,
) -> Result<T> {
    match map.get(name) {
        Some(v) => v.parse().map_err(|_| anyhow::anyhow!("--{name}: not a number: {v}")),
        None => Ok(default),
    }
}

fn train_command(args: &[&str]) -> Result<()> {
    use crate::train::{self, Corpus};
    let (f, rest) = flags(
        args,
        &[
            "out", "articles", "conll", "gum", "redocred", "redocred-train", "epochs", "bits",
            "max-weights", "sizes", "article-repeat", "common-min", "seed", "runs",
        ],
    )?;
    if !rest.is_empty() {
        bail!("train takes only options, not {}", rest.join(" "));
    }
    let out = *f.get("out").context("train needs --out FILE")?;
    let mut docs = Vec::new();
    let mut sources = Vec::new();
    if let Some(d) = f.get("articles") {
        let v = train::load_dir(d, Corpus::Articles)?;
        sources.push(format!("{} annotated articles ({d})", v.len()));
        docs.extend(v);
    }
    if let Some(p) = f.get("conll") {
        let v = train::load_jsonl(p, Corpus::Conll)?;
        sources.push(format!("{} CoNLL-2003 documents ({p})", v.len()));
        docs.extend(v);
    }
    if let Some(p) = f.get("gum") {
        let v = train::load_jsonl(p, Corpus::Gum)?;
        sources.push(format!("{} GUM news documents ({p})", v.len()));
        docs.extend(v);
    }
    if let Some(p) = f.get("redocred") {
        let n: usize = num(&f, "redocred-train", 250)?;
        let v = train::load_jsonl(p, Corpus::Redocred)?;
        let v: Vec<_> = v.into_iter().take(n).collect();
        sources.push(format!(
            "the first {} Re-DocRED documents ({p}; the rest are held out for evaluation)",
            v.len()
        ));
        docs.extend(v);
    }
    if docs.is_empty() {
        bail!("train needs at least one of --articles, --conll, --gum, --redocred");
    }
    let opts = train::Options {
        epochs: num(&f, "epochs", 8)?,
        bits: num::<u32>(&f, "bits", 20)?.clamp(10, 24),
        article_repeat: num(&f, "article-repeat", 3)?,
        common_min: num(&f, "common-min", 0)?,
        seed: num(&f, "seed", 7)?,
        runs: num(&f, "runs", 1)?,
        verbose: true,
        ..train::Options::default()
    };
    let max: Option<usize> = f
        .get("max-weights")
        .map(|v| v.parse())
        .transpose()
        .map_err(|_| anyhow::anyhow!("--max-weights: not a number"))?;
    let command = std::iter::once("sidelight train")
        .chain(args.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    let meta = |max: Option<usize>| {
        format!(
            "sidelight name tagger (averaged structured perceptron, BIO, hashed features, int8 weights{}); trained on {}; {} epochs, {} run(s) averaged from seed {}, 2^{} buckets; made by: {}",
            max.map(|m| format!(", pruned to the {m} largest")).unwrap_or_default(),
            sources.join(", "),
            opts.epochs,
            opts.runs,
            opts.seed,
            opts.bits,
            command
        )
    };
    let started = std::time::Instant::now();
    let trained = train::train(&docs, &opts);
    eprintln!("trained in {:.1}s", started.elapsed().as_secs_f64());
    let write = |path: &str, max: Option<usize>| -> Result<()> {
        let model = trained.model(max, &meta(max));
        let bytes = model.to_bytes();
        std::fs::write(path, &bytes).with_context(|| format!("couldn't write {path}"))?;
        eprintln!(
            "wrote {path}: {} weights, {} gazetteer names, {} common words, {} bytes",
            model.weight_count(),
            model.gazetteer.entries.len(),
            model.gazetteer.common.len(),
            bytes.len()
        );
        Ok(())
    };
    write(out, max)?;
    if let Some(sizes) = f.get("sizes") {
        let stem = out.strip_suffix(".bin").unwrap_or(out);
        for s in sizes.split(',').filter(|s| !s.is_empty()) {
            let n: usize = s.parse().map_err(|_| anyhow::anyhow!("--sizes: not a number: {s}"))?;
            write(&format!("{stem}-{n}.bin"), Some(n))?;
        }
    }
    Ok(())
}

/// The texts of a `.json` document, a `.jsonl` file of documents, or a plain text file.
fn texts_of(path: &str) -> Result<Vec<String>> {
    let s = read_file(path)?;
    if path.ends_with(".jsonl") {
        s.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| Ok(serde_json::from_str::<InputDoc>(l)?.text))
            .collect()
    } else if path.ends_with(".json") {
        Ok(vec![serde_json::from_str::<InputDoc>(&s)?.text])
    } else {
        Ok(vec![s])
    }
}

fn bench_command(args: &[&str]) -> Result<()> {
    let (f, inputs) = flags(args, &["model", "mb"])?;
    let model = match f.get("model") {
        Some(p) => load_model(p)?,
        None => engine::Model::embedded().clone(),
    };
    let mb: f64 = num(&f, "mb", 1.0)?;
    let mut texts = Vec::new();
    for p in &inputs {
        texts.extend(texts_of(p)?);
    }
    if texts.is_empty() {
        bail!("bench needs input files");
    }
    let target = (mb * 1_000_000.0) as usize;
    let mut big = String::new();
    let mut docs = 0;
    while big.len() < target {
        for t in &texts {
            big.push_str(t);
            big.push_str("\n\n");
            docs += 1;
            if big.len() >= target {
                break;
            }
        }
    }
    // Warm up (the first call parses the embedded model).
    let _ = engine::analyze_with(&texts[0], &model);
    let started = std::time::Instant::now();
    let a = engine::analyze_with(&big, &model);
    let secs = started.elapsed().as_secs_f64();
    println!(
        "analyze, one text: {:.2} MB ({docs} article copies) in {:.3}s = {:.1} MB/s ({} mentions)",
        big.len() as f64 / 1e6,
        secs,
        big.len() as f64 / 1e6 / secs,
        a.mentions.len()
    );
    let started = std::time::Instant::now();
    let mut bytes = 0;
    while bytes < target {
        for t in &texts {
            let _ = engine::analyze_with(t, &model);
            bytes += t.len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let tag_started = std::time::Instant::now();
    let mut tag_bytes = 0;
    while tag_bytes < target {
        for t in &texts {
            let sentences = crate::train::sentences_of(t);
            let _ = model.recognize(t, &sentences);
            tag_bytes += t.len();
        }
    }
    let tag_secs = tag_started.elapsed().as_secs_f64();
    // Where the tagger's time goes: sentence splitting, document context, decoding.
    let all: Vec<(String, Vec<engine::Sentence>)> =
        texts.iter().map(|t| (t.clone(), crate::train::sentences_of(t))).collect();
    let reps = (target / texts.iter().map(String::len).sum::<usize>().max(1)).max(1);
    let t0 = std::time::Instant::now();
    for _ in 0..reps {
        for (t, s) in &all {
            let _ = engine::features::DocContext::new(t, s);
        }
    }
    let ctx_secs = t0.elapsed().as_secs_f64();
    let t0 = std::time::Instant::now();
    for _ in 0..reps {
        for (t, s) in &all {
            let ctx = engine::features::DocContext::new(t, s);
            let _ = model.tag(t, s, &ctx);
        }
    }
    let dec_secs = t0.elapsed().as_secs_f64() - ctx_secs;
    let bytes_rep = (reps * texts.iter().map(String::len).sum::<usize>()) as f64 / 1e6;
    println!(
        "  of which: document context {:.1} MB/s, features + decoding {:.1} MB/s",
        bytes_rep / ctx_secs,
        bytes_rep / dec_secs
    );
    let split_started = std::time::Instant::now();
    let mut split_bytes = 0;
    while split_bytes < target {
        for t in &texts {
            let _ = crate::train::sentences_of(t);
            split_bytes += t.len();
        }
    }
    println!(
        "structure + tokenization alone: {:.1} MB/s",
        split_bytes as f64 / 1e6 / split_started.elapsed().as_secs_f64()
    );
    println!(
        "name tagger alone (with sentence splitting), article by article: {:.1} MB/s",
        tag_bytes as f64 / 1e6 / tag_secs
    );
    println!(
        "analyze, article by article: {:.2} MB in {:.3}s = {:.1} MB/s",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
