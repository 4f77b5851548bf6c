//! Engine throughput, as `sidelight bench` and `scripts/bench-native.sh` report it (native
//! only): `analyze` on one long text and article by article, and the stages on their own
//! (structure and tokenization, the article-wide context, tagging), so that a change shows
//! where its time goes. Timings only: what is analysed is never checked here.

use crate::engine::features::DocContext;
use crate::engine::{self, Model, Sentence};
use std::time::Instant;

/// Megabytes per second for `bytes` in `secs`.
fn rate(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs.max(1e-9)
}

/// Runs `f` on the texts, over and over, until about `target` bytes are done; returns the
/// bytes done and the seconds taken.
fn repeat(texts: &[String], target: usize, mut f: impl FnMut(&str)) -> (usize, f64) {
    let started = Instant::now();
    let mut bytes = 0;
    while bytes < target {
        for t in texts {
            f(t);
            bytes += t.len();
        }
    }
    (bytes, started.elapsed().as_secs_f64())
}

/// Times the engine on about `mb` megabytes made of `texts` (each one article) and prints
/// one line per measure.
pub fn run(texts: &[String], model: &Model, mb: f64) {
    let target = (mb * 1_000_000.0) as usize;
    if texts.iter().all(String::is_empty) {
        return;
    }
    // One long text: the articles one after the other, until the target size.
    let mut big = String::new();
    let mut copies = 0;
    while big.len() < target {
        for t in texts {
            big.push_str(t);
            big.push_str("\n\n");
            copies += 1;
            if big.len() >= target {
                break;
            }
        }
    }
    // Warm up (the first call parses the embedded model).
    let _ = engine::analyze_with(&texts[0], model);
    let started = Instant::now();
    let a = engine::analyze_with(&big, model);
    let secs = started.elapsed().as_secs_f64();
    println!(
        "analyze, one text: {:.2} MB ({copies} article copies) in {secs:.3}s = {:.1} MB/s ({} mentions)",
        big.len() as f64 / 1e6,
        rate(big.len(), secs),
        a.mentions.len()
    );

    let (bytes, secs) = repeat(texts, target, |t| {
        let _ = engine::analyze_with(t, model);
    });
    let (tag_bytes, tag_secs) = repeat(texts, target, |t| {
        let _ = model.recognize(t, &sentences(t));
    });
    // Where the tagger's time goes: the article-wide context, then features and decoding.
    let split: Vec<(&str, Vec<Sentence>)> =
        texts.iter().map(|t| (t.as_str(), sentences(t))).collect();
    let per_round: usize = texts.iter().map(String::len).sum();
    let rounds = (target / per_round.max(1)).max(1);
    let started = Instant::now();
    for _ in 0..rounds {
        for (t, s) in &split {
            let _ = DocContext::new(t, s);
        }
    }
    let ctx_secs = started.elapsed().as_secs_f64();
    let started = Instant::now();
    for _ in 0..rounds {
        for (t, s) in &split {
            let ctx = DocContext::new(t, s);
            let _ = model.tag(t, s, &ctx);
        }
    }
    let decode_secs = started.elapsed().as_secs_f64() - ctx_secs;
    println!(
        "  of which: document context {:.1} MB/s, features + decoding {:.1} MB/s",
        rate(rounds * per_round, ctx_secs),
        rate(rounds * per_round, decode_secs)
    );
    let (split_bytes, split_secs) = repeat(texts, target, |t| {
        let _ = sentences(t);
    });
    println!("structure + tokenization alone: {:.1} MB/s", rate(split_bytes, split_secs));
    println!(
        "name tagger alone (with sentence splitting), article by article: {:.1} MB/s",
        rate(tag_bytes, tag_secs)
    );
    println!(
        "analyze, article by article: {:.2} MB in {secs:.3}s = {:.1} MB/s",
        bytes as f64 / 1e6,
        rate(bytes, secs)
    );
}

/// The sentences of `text` exactly as `analyze` splits them.
fn sentences(text: &str) -> Vec<Sentence> {
    engine::sentences_of(text, &engine::structure::blocks(text))
}
