//! The engine stage by stage, natively, on the sample article and on about 1 MB of news text
//! (the repo's sample articles repeated), so that a slowdown shows in the stage that caused
//! it: structure (lines into blocks), sentences and tokens, amounts and dates, the name
//! tagger, all recognizers with their overlaps resolved, clustering into entities, and
//! relations. `cargo bench --bench stages` prints the table (divan).

use sidelight::engine::{
    analyze, cluster, numeric, recognize, relate, sentences_of, structure, Decider, Model,
};

fn main() {
    divan::main();
}

/// The texts: the sample article, and about 1 MB of news text.
const TEXTS: &[&str] = &["seed", "1 MB"];

fn text(which: &str) -> String {
    let samples = [
        sidelight::SEED_ARTICLE,
        include_str!("../tests/e2e/fixtures/other-article.txt"),
        include_str!("../tests/e2e/fixtures/furniture-article.txt"),
    ];
    if which == "seed" {
        return samples[0].to_string();
    }
    let mut out = String::new();
    for sample in samples.iter().cycle() {
        if out.len() >= 1 << 20 {
            break;
        }
        out.push_str(sample);
        out.push_str("\n\n");
    }
    out
}

#[divan::bench(args = TEXTS)]
fn structure(bencher: divan::Bencher, which: &str) {
    let text = text(which);
    bencher.counter(divan::counter::BytesCount::new(text.len())).bench(|| structure::blocks(&text));
}

#[divan::bench(args = TEXTS)]
fn sentences_and_tokens(bencher: divan::Bencher, which: &str) {
    let text = text(which);
    let blocks = structure::blocks(&text);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| sentences_of(&text, &blocks));
}

#[divan::bench(args = TEXTS)]
fn amounts_and_dates(bencher: divan::Bencher, which: &str) {
    let text = text(which);
    let sentences = sentences_of(&text, &structure::blocks(&text));
    bencher.counter(divan::counter::BytesCount::new(text.len())).bench(|| {
        sentences.iter().map(|s| numeric::recognize(&text, &s.tokens).len()).sum::<usize>()
    });
}

#[divan::bench(args = TEXTS)]
fn name_tagger(bencher: divan::Bencher, which: &str) {
    let text = text(which);
    let sentences = sentences_of(&text, &structure::blocks(&text));
    let model = Model::embedded();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| model.recognize(&text, &sentences));
}

#[divan::bench(args = TEXTS)]
fn recognizers(bencher: divan::Bencher, which: &str) {
    let text = text(which);
    let sentences = sentences_of(&text, &structure::blocks(&text));
    let model = Model::embedded();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| recognize(&text, &sentences, model));
}

#[divan::bench(args = TEXTS)]
fn clustering(bencher: divan::Bencher, which: &str) {
    let text = text(which);
    let sentences = sentences_of(&text, &structure::blocks(&text));
    let candidates = recognize(&text, &sentences, Model::embedded());
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| cluster::cluster(&text, &sentences, &candidates));
}

#[divan::bench(args = TEXTS)]
fn relations(bencher: divan::Bencher, which: &str) {
    let text = text(which);
    let sentences = sentences_of(&text, &structure::blocks(&text));
    let analysis = analyze(&text);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| relate::relate(&text, &sentences, &analysis, Decider::embedded()));
}

#[divan::bench(args = TEXTS)]
fn whole(bencher: divan::Bencher, which: &str) {
    let text = text(which);
    bencher.counter(divan::counter::BytesCount::new(text.len())).bench(|| analyze(&text));
}
