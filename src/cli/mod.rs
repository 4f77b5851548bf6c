//! The `sidelight` command-line tool: the same engine as the app, on files.
//!
//! `args.rs` parses the command line into a typed [`args::Command`]; this module runs it.
//! Every error is reported on standard error as `sidelight: error: …` with exit status 2.

pub mod args;

use crate::engine::{self, export};
use anyhow::{bail, Context, Result};
use args::{Analyze, Annotate, ArgError, Bench, Command, Input, Offsets, Render, Topic, Train};
use std::io::{BufRead, Read, Write};

const USAGE: &str = "\
sidelight: find the people, organizations, places, amounts and dates in news text

usage:
  sidelight annotate [OPTIONS] INPUT...   the evaluation format: entities, mentions, relations
  sidelight analyze [OPTIONS] INPUT...    the engine's full analysis
  sidelight train --out FILE [OPTIONS]    rebuild the name tagger
  sidelight bench [OPTIONS] INPUT...      engine throughput
  sidelight render [OPTIONS] INPUT        the highlighted article as static HTML
  sidelight help [COMMAND]                this help, or a command's (also COMMAND --help)

An INPUT is a file, or - for standard input. annotate counts offsets in Unicode code points;
analyze in UTF-8 bytes unless --offsets says otherwise. Errors exit with status 2.";

const ANNOTATE_HELP: &str = "\
sidelight annotate: entities, mentions and relations in the evaluation format

usage: sidelight annotate [--model FILE] [--relations FILE|patterns] [--jsonl [--gold-entities]]
                          [--truncate] INPUT...

  INPUT            a UTF-8 text file (the article's title on its first line), or - for
                   standard input; with --jsonl, a JSON Lines file of documents
  --jsonl          the inputs hold one document per line (`id` and `text`); one prediction
                   document is written per line
  --gold-entities  with --jsonl: take each document's own `entities` (code-point offsets)
                   instead of recognizing them, and only extract relations (to evaluate
                   relation extraction alone)
  --model FILE     use this model file instead of the built-in one
  --relations R    relations from this relation model file instead of the built-in one, or
                   from the pattern families alone (patterns)
  --truncate       analyse the first 8 MiB of a longer text (with a warning); without it, a
                   text over 8 MiB is an error

Offsets count Unicode code points, end exclusive (the evaluation format). One text input
prints one pretty-printed JSON document; several print one document per line.";

const ANALYZE_HELP: &str = "\
sidelight analyze: the engine's full analysis (blocks, sentences, mentions, entities,
relations and diagnostics) as JSON

usage: sidelight analyze [--model FILE] [--relations FILE|patterns]
                         [--offsets bytes|codepoints|utf16] [--truncate] INPUT...

  INPUT            a UTF-8 text file, or - for standard input
  --offsets UNIT   how offsets count: bytes (UTF-8 bytes, the engine's own offsets; the
                   default), codepoints (Unicode code points, as Python strings count) or
                   utf16 (UTF-16 code units, as JavaScript counts)
  --model FILE     use this model file instead of the built-in one
  --relations R    relations from this relation model file instead of the built-in one, or
                   from the pattern families alone (patterns)
  --truncate       analyse the first 8 MiB of a longer text (with a warning); without it, a
                   text over 8 MiB is an error

One input prints one pretty-printed JSON document; several print one document per line.";

const TRAIN_HELP: &str = "\
sidelight train: train the name tagger or the relation model and write the model file
(see model/README.md)

usage: sidelight train [--out FILE] [--relations-out FILE] [--articles DIR] [--conll JSONL]
                       [--gum JSONL] [--redocred JSONL [--redocred-train N]] [--epochs N]
                       [--bits N] [--max-weights N] [--sizes N,N,...] [--article-repeat N]
                       [--common-min N] [--seed N] [--runs N] [--relation-weights N]
                       [--relation-sizes N,N,...] [--partial-weight F] [--min-precision F]

  --out FILE            where to write the name model
  --relations-out FILE  where to write the relation model (trained on --articles: files
                        numbered 37 and up list every relation, the others only salient ones)
  --articles DIR        annotated articles (.json, all types)
  --conll, --gum JSONL  CoNLL-2003 and GUM documents (partly typed)
  --redocred JSONL      Re-DocRED documents; only the first --redocred-train (250)
  --epochs N (8), --bits N (20: 2^N feature buckets), --runs N (1: shuffled runs averaged,
  from --seed N, 7), --article-repeat N (3), --common-min N (0: no common-word list)
  --max-weights N       keep only the N largest weights
  --sizes N,N,...       also write FILE-N.bin pruned to N weights, for a size/accuracy curve
  --relation-weights N  keep the N largest relation weights (12000); --relation-sizes N,N,...
                        also writes pruned variants
  --partial-weight F    weight of a negative example where relations are listed only in part
                        (0.3); --min-precision F (0.85): the held-out precision the decision
                        threshold must reach";

const BENCH_HELP: &str = "\
sidelight bench: time the engine on about --mb megabytes of text

usage: sidelight bench [--model FILE] [--mb N] INPUT...

  INPUT          texts to repeat: .json documents, .jsonl files of documents or text files
  --mb N         how many megabytes to analyse (1)
  --model FILE   use this model file instead of the built-in one";

const RENDER_HELP: &str = "\
sidelight render: the reader view of an article as static HTML, highlighted at build time
(see docs/render.md for the markup)

usage: sidelight render [--fragment] [--model FILE] INPUT

  INPUT            a UTF-8 article: Markdown if its name ends in .md or .markdown (the first
                   # heading is the title; the rest becomes plain text, without Markdown
                   syntax), else plain text with the title on its first line and one block per
                   line; - reads plain text from standard input
  --fragment       only the fragment to paste into a page (a <div class=\"sidelight-render\">
                   with the article, its facts and the analysis as JSON), not a whole page
  --model FILE     use this model file instead of the built-in one

Writes to standard output: a whole HTML page with its own small stylesheet, or the fragment.";

/// Runs the CLI and returns the process exit code.
pub fn main() -> i32 {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(ArgError { message, topic }) => {
            let help = topic.map_or("sidelight --help".to_string(), |t| {
                format!("sidelight {} --help", topic_name(t))
            });
            eprintln!("sidelight: error: {message}\n(see `{help}`)");
            return 2;
        }
    };
    match run(command) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("sidelight: error: {e:#}");
            2
        }
    }
}

fn topic_name(t: Topic) -> &'static str {
    match t {
        Topic::Annotate => "annotate",
        Topic::Analyze => "analyze",
        Topic::Train => "train",
        Topic::Bench => "bench",
        Topic::Render => "render",
    }
}

fn run(command: Command) -> Result<()> {
    match command {
        Command::Help(topic) => {
            println!(
                "{}",
                match topic {
                    None => USAGE,
                    Some(Topic::Annotate) => ANNOTATE_HELP,
                    Some(Topic::Analyze) => ANALYZE_HELP,
                    Some(Topic::Train) => TRAIN_HELP,
                    Some(Topic::Bench) => BENCH_HELP,
                    Some(Topic::Render) => RENDER_HELP,
                }
            );
            Ok(())
        }
        Command::Annotate(a) => annotate(&a),
        Command::Analyze(a) => analyze(&a),
        Command::Train(t) => train(&t),
        Command::Bench(b) => bench(&b),
        Command::Render(r) => render(&r),
    }
}

/// The text of an input's bytes (see [`crate::state::files::decode`]).
fn read_input(input: &Input) -> Result<String> {
    let bytes = match input {
        Input::Stdin => {
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b).context("couldn't read standard input")?;
            b
        }
        Input::File(p) => {
            std::fs::read(p).with_context(|| format!("couldn't read {}", p.display()))?
        }
    };
    // A byte-order mark (UTF-16) or Windows-1252 for what is not UTF-8, said on standard
    // error; binary data is refused.
    let decoded = crate::state::files::decode(&bytes, &input.name())
        .map_err(|_| anyhow::anyhow!("{} is not text (binary data)", input.name()))?;
    if let Some(note) = decoded.note {
        eprintln!("sidelight: warning: {note}");
    }
    Ok(decoded.text)
}

/// `text` if the engine reads all of it; else an error saying so, or with `truncate` its first
/// [`engine::MAX_TEXT_BYTES`] (cut at a character boundary) and a warning on standard error.
/// Never a silent cut.
fn within_limit(mut text: String, input: &Input, truncate: bool) -> Result<String> {
    let max = engine::MAX_TEXT_BYTES;
    if text.len() <= max {
        return Ok(text);
    }
    use crate::state::files::mb;
    if !truncate {
        anyhow::bail!(
            "{} is {:.1} MiB; sidelight analyses texts of up to {:.0} MiB. Pass --truncate to analyse its first {:.0} MiB",
            input.name(),
            mb(text.len()),
            mb(max),
            mb(max)
        );
    }
    let cut = text.floor_char_boundary(max);
    eprintln!(
        "warning: {} is {:.1} MiB: only its first {:.0} MiB ({} of {} bytes) are analysed",
        input.name(),
        mb(text.len()),
        mb(max),
        cut,
        text.len()
    );
    text.truncate(cut);
    Ok(text)
}

fn read_file(path: &std::path::Path) -> Result<String> {
    read_input(&Input::File(path.to_path_buf()))
}

/// The model a command asked for, or the built-in one.
fn model(path: &Option<std::path::PathBuf>) -> Result<std::borrow::Cow<'static, engine::Model>> {
    Ok(match path {
        None => std::borrow::Cow::Borrowed(engine::Model::embedded()),
        Some(p) => {
            let bytes =
                std::fs::read(p).with_context(|| format!("couldn't read {}", p.display()))?;
            let m = engine::Model::from_bytes(&bytes)
                .with_context(|| format!("couldn't load the model {}", p.display()))?;
            std::borrow::Cow::Owned(m)
        }
    })
}

/// The relation model a command asked for in a file, if any.
fn relation_model(from: &args::RelationsFrom) -> Result<Option<engine::RelationModel>> {
    let args::RelationsFrom::File(p) = from else { return Ok(None) };
    let bytes = std::fs::read(p).with_context(|| format!("couldn't read {}", p.display()))?;
    let m = engine::RelationModel::from_bytes(&bytes)
        .with_context(|| format!("couldn't load the relation model {}", p.display()))?;
    Ok(Some(m))
}

/// How relations are decided, as a command asked.
fn decider<'m>(
    from: &args::RelationsFrom,
    loaded: Option<&'m engine::RelationModel>,
) -> engine::Decider<'m> {
    match (from, loaded) {
        (args::RelationsFrom::Patterns, _) => engine::Decider::Patterns,
        (_, Some(m)) => engine::Decider::Model(m),
        _ => engine::Decider::embedded(),
    }
}

/// The id a plain-text input gets in the evaluation format: the file's name without its
/// extension.
fn document_id(input: &Input) -> String {
    match input {
        Input::Stdin => "stdin".to_string(),
        Input::File(p) => p.file_stem().and_then(|s| s.to_str()).unwrap_or("document").to_string(),
    }
}

/// Writes one JSON document: pretty-printed when it is the only one, else on one line.
fn write_json(out: &mut impl Write, value: &impl serde::Serialize, pretty: bool) -> Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    writeln!(out)?;
    Ok(())
}

fn annotate(a: &Annotate) -> Result<()> {
    let model = model(&a.model)?;
    let relations = relation_model(&a.relations)?;
    let how = decider(&a.relations, relations.as_ref());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for input in &a.inputs {
        if a.jsonl {
            annotate_jsonl(input, &model, how, a.gold_entities, &mut out)?;
        } else {
            let text = within_limit(read_input(input)?, input, a.truncate)?;
            let analysis = engine::analyze_with_models(&text, &model, how);
            let doc =
                export::document(&document_id(input), &text, &analysis, export::Unit::CodePoints);
            write_json(&mut out, &doc, a.inputs.len() == 1)?;
        }
    }
    out.flush()?;
    Ok(())
}

fn analyze(a: &Analyze) -> Result<()> {
    let model = model(&a.model)?;
    let relations = relation_model(&a.relations)?;
    let how = decider(&a.relations, relations.as_ref());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for input in &a.inputs {
        let text = within_limit(read_input(input)?, input, a.truncate)?;
        let analysis = engine::analyze_with_models(&text, &model, how);
        let pretty = a.inputs.len() == 1;
        match a.offsets {
            Offsets::Bytes => write_json(&mut out, &analysis, pretty)?,
            Offsets::CodePoints => write_json(
                &mut out,
                &export::with_offsets(&text, &analysis, export::Unit::CodePoints),
                pretty,
            )?,
            Offsets::Utf16 => write_json(
                &mut out,
                &export::with_offsets(&text, &analysis, export::Unit::Utf16),
                pretty,
            )?,
        }
    }
    out.flush()?;
    Ok(())
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

/// One prediction document per input document (JSON Lines in, JSON Lines out).
fn annotate_jsonl(
    input: &Input,
    model: &engine::Model,
    how: engine::Decider,
    gold_entities: bool,
    out: &mut impl Write,
) -> Result<()> {
    let name = input.name();
    let reader: Box<dyn BufRead> = match input {
        Input::Stdin => Box::new(std::io::BufReader::new(std::io::stdin())),
        Input::File(p) => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).with_context(|| format!("couldn't open {}", p.display()))?,
        )),
    };
    for (n, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{name}: couldn't read line {}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: InputDoc = serde_json::from_str(&line)
            .with_context(|| format!("{name}:{}: not a document with `id` and `text`", n + 1))?;
        if gold_entities && doc.entities.is_empty() {
            eprintln!(
                "sidelight: warning: {name}:{}: document {} has no `entities`",
                n + 1,
                doc.id
            );
        }
        let analysis = if gold_entities {
            engine::analyze_with_entities(&doc.text, &given_entities(&doc), how)
        } else {
            engine::analyze_with_models(&doc.text, model, how)
        };
        let pred = export::document(&doc.id, &doc.text, &analysis, export::Unit::CodePoints);
        serde_json::to_writer(&mut *out, &pred)?;
        writeln!(out)?;
    }
    Ok(())
}

fn train(t: &Train) -> Result<()> {
    if let Some(out) = &t.out {
        train_names(t, out)?;
    }
    if let Some(out) = &t.relations_out {
        train_relations(t, out)?;
    }
    Ok(())
}

/// The command as it was typed, which a model records.
fn command_line() -> String {
    std::iter::once("sidelight".to_string())
        .chain(std::env::args().skip(1))
        .collect::<Vec<_>>()
        .join(" ")
}

fn train_relations(t: &Train, out: &std::path::Path) -> Result<()> {
    use crate::train::relations::{self, RelOptions};
    let shown = |p: &std::path::Path| p.display().to_string();
    let mut docs = Vec::new();
    let mut sources = Vec::new();
    if let Some(d) = &t.articles {
        let v = relations::load_articles(d, 37)?;
        let n = v.iter().filter(|d| d.exhaustive).count();
        sources.push(format!(
            "{} annotated articles ({}; {n} list relations exhaustively)",
            v.len(),
            shown(d)
        ));
        docs.extend(v);
    }
    if docs.is_empty() {
        bail!("relation training needs --articles");
    }
    let opts = RelOptions {
        max_weights: t.relation_weights,
        seed: t.seed,
        partial_weight: t.partial_weight,
        min_precision: t.min_precision,
        ..RelOptions::default()
    };
    let started = std::time::Instant::now();
    let trained = relations::train_relations(&docs, &opts);
    eprintln!(
        "relations: {} examples ({} positive), trained in {:.1}s",
        trained.examples,
        trained.positives,
        started.elapsed().as_secs_f64()
    );
    eprintln!(
        "  {} of {} facts of the exhaustive articles are candidates",
        trained.reachable.0, trained.reachable.1
    );
    for p in &trained.curve {
        eprintln!(
            "  held out, threshold {:.2}: P {:.3} R {:.3} F1 {:.3}",
            p.threshold, p.precision, p.recall, p.f1
        );
    }
    let th = trained.threshold;
    eprintln!(
        "  chosen threshold {:.2} (held-out P {:.3} R {:.3} F1 {:.3}; precision at least {})",
        th.threshold, th.precision, th.recall, th.f1, opts.min_precision
    );
    let command = command_line();
    let write = |path: &std::path::Path, max: Option<usize>| -> Result<()> {
        let meta = format!(
            "sidelight relation model (logistic regression per relation type over hashed pair \
             features, int8 weights{}); trained on {}; threshold {:.2} chosen on held-out folds \
             for precision {}; made by: {command}",
            max.map(|m| format!(", pruned to the {m} largest")).unwrap_or_default(),
            sources.join(", "),
            th.threshold,
            opts.min_precision,
        );
        let bytes = trained.to_bytes(max, &meta);
        let model = relations::read(&bytes)?;
        std::fs::write(path, &bytes)
            .with_context(|| format!("couldn't write {}", path.display()))?;
        eprintln!(
            "wrote {}: {} weights, {} bytes",
            path.display(),
            model.weight_count(),
            bytes.len()
        );
        Ok(())
    };
    write(out, t.relation_weights)?;
    let name = shown(out);
    let stem = name.strip_suffix(".bin").unwrap_or(&name);
    for &n in &t.relation_sizes {
        write(std::path::Path::new(&format!("{stem}-{n}.bin")), Some(n))?;
    }
    Ok(())
}

fn train_names(t: &Train, out: &std::path::Path) -> Result<()> {
    use crate::train::{self, Corpus};
    let shown = |p: &std::path::Path| p.display().to_string();
    let mut docs = Vec::new();
    let mut sources = Vec::new();
    if let Some(d) = &t.articles {
        let v = train::load_dir(d, Corpus::Articles)?;
        sources.push(format!("{} annotated articles ({})", v.len(), shown(d)));
        docs.extend(v);
    }
    if let Some(p) = &t.conll {
        let v = train::load_jsonl(p, Corpus::Conll)?;
        sources.push(format!("{} CoNLL-2003 documents ({})", v.len(), shown(p)));
        docs.extend(v);
    }
    if let Some(p) = &t.gum {
        let v = train::load_jsonl(p, Corpus::Gum)?;
        sources.push(format!("{} GUM news documents ({})", v.len(), shown(p)));
        docs.extend(v);
    }
    if let Some(p) = &t.redocred {
        let v = train::load_jsonl(p, Corpus::Redocred)?;
        let v: Vec<_> = v.into_iter().take(t.redocred_train).collect();
        sources.push(format!(
            "the first {} Re-DocRED documents ({}; the rest are held out for evaluation)",
            v.len(),
            shown(p)
        ));
        docs.extend(v);
    }
    if docs.is_empty() {
        bail!("the training data holds no documents");
    }
    let opts = train::Options {
        epochs: t.epochs,
        bits: t.bits,
        article_repeat: t.article_repeat,
        common_min: t.common_min,
        seed: t.seed,
        runs: t.runs,
        verbose: true,
        ..train::Options::default()
    };
    // The model records the command that made it, as it was typed.
    let command = command_line();
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
    let write = |path: &std::path::Path, max: Option<usize>| -> Result<()> {
        let model = trained.model(max, &meta(max));
        let bytes = model.to_bytes();
        std::fs::write(path, &bytes)
            .with_context(|| format!("couldn't write {}", path.display()))?;
        eprintln!(
            "wrote {}: {} weights, {} gazetteer names, {} common words, {} bytes",
            path.display(),
            model.weight_count(),
            model.gazetteer.entries.len(),
            model.gazetteer.common.len(),
            bytes.len()
        );
        Ok(())
    };
    write(out, t.max_weights)?;
    let out = shown(out);
    let stem = out.strip_suffix(".bin").unwrap_or(&out);
    for &n in &t.sizes {
        write(std::path::Path::new(&format!("{stem}-{n}.bin")), Some(n))?;
    }
    Ok(())
}

/// Is this input Markdown (by its file name)? Standard input is plain text.
fn is_markdown(input: &Input) -> bool {
    let Input::File(p) = input else { return false };
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

fn render(r: &Render) -> Result<()> {
    let model = model(&r.model)?;
    let source = read_input(&r.input)?;
    let text =
        if is_markdown(&r.input) { crate::render::markdown::to_lines(&source) } else { source };
    let analysis = engine::analyze_with(&text, &model);
    let html = if r.fragment {
        crate::render::fragment(&text, &analysis)
    } else {
        crate::render::document(&text, &analysis)
    };
    // The analysis is the engine's own, so the check inside cannot fail; if it ever did, that
    // is a bug worth reporting rather than a page with broken highlights.
    let html = html.map_err(|e| anyhow::anyhow!("the engine's analysis failed its check: {e}"))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(html.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The texts of a `.json` document, a `.jsonl` file of documents, or a plain text file.
fn texts_of(path: &std::path::Path) -> Result<Vec<String>> {
    let s = read_file(path)?;
    let name = path.display();
    match path.extension().and_then(|e| e.to_str()) {
        Some("jsonl") => s
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                Ok(serde_json::from_str::<InputDoc>(l)
                    .with_context(|| format!("{name}: not a document with `id` and `text`"))?
                    .text)
            })
            .collect(),
        Some("json") => Ok(vec![
            serde_json::from_str::<InputDoc>(&s)
                .with_context(|| format!("{name}: not a document with `id` and `text`"))?
                .text,
        ]),
        _ => Ok(vec![s]),
    }
}

fn bench(b: &Bench) -> Result<()> {
    let model = model(&b.model)?;
    let mut texts = Vec::new();
    for p in &b.inputs {
        texts.extend(texts_of(p)?);
    }
    if texts.iter().all(String::is_empty) {
        bail!("bench needs input files with some text");
    }
    crate::bench::run(&texts, &model, b.mb);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_told_by_the_file_name() {
        let cases = [
            ("post.md", true),
            ("post.MD", true),
            ("drafts/a.markdown", true),
            ("a.txt", false),
            ("md", false),
            ("notes.md.txt", false),
        ];
        for (path, want) in cases {
            assert_eq!(is_markdown(&Input::File(path.into())), want, "{path}");
        }
        assert!(!is_markdown(&Input::Stdin), "standard input is plain text");
    }

    #[test]
    fn files_not_in_utf8_are_decoded_and_binary_files_refused() {
        let dir = std::env::temp_dir().join(format!("sidelight-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let latin = dir.join("latin.txt");
        std::fs::write(&latin, b"Soci\xe9t\xe9 G\xe9n\xe9rale").unwrap();
        assert_eq!(read_input(&Input::File(latin)).unwrap(), "Société Générale");
        let binary = dir.join("photo.txt");
        std::fs::write(&binary, (0..4000u32).map(|i| (i * 151 + 17) as u8).collect::<Vec<_>>())
            .unwrap();
        let refused = read_input(&Input::File(binary)).unwrap_err().to_string();
        assert!(refused.contains("photo.txt") && refused.contains("not text"), "{refused}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn texts_over_the_limit_are_refused_or_cut_out_loud() {
        let input = Input::File("big.txt".into());
        let max = engine::MAX_TEXT_BYTES;
        assert_eq!(within_limit("short".into(), &input, false).unwrap(), "short");
        // "é" is two bytes: the cut falls on a character boundary.
        let big = format!("{}é and more", "a".repeat(max - 1));
        let refused = within_limit(big.clone(), &input, false).unwrap_err().to_string();
        assert!(refused.contains("big.txt") && refused.contains("--truncate"), "{refused}");
        let cut = within_limit(big, &input, true).unwrap();
        assert_eq!(cut.len(), max - 1);
    }
}
