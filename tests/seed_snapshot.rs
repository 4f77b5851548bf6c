//! Snapshot of the seed article's full analysis (structure, mentions, entities, relations),
//! so every change of the engine's output shows in review.
//!
//! To accept a change: `UPDATE_EXPECT=1 cargo test --test seed_snapshot`, then read the diff.

use sidelight::engine::{analyze, Analysis, BlockKind};
use std::fmt::Write;

/// A plain-text rendering of an analysis, one fact per line.
fn render(text: &str, a: &Analysis) -> String {
    let mut out = String::new();
    writeln!(out, "# blocks").unwrap();
    for (i, b) in a.blocks.iter().enumerate() {
        let kind = format!("{:?}", b.kind);
        match b.kind {
            BlockKind::Contents | BlockKind::Aside | BlockKind::Tags => {
                writeln!(out, "{i:>3} {kind:<9} {}", b.label.map_or("", |l| l.of(text))).unwrap();
                for item in &b.items {
                    let target = item.target.map_or(String::from("-"), |t| format!("-> {}", t.0));
                    writeln!(out, "      * {} {target}", item.span.of(text)).unwrap();
                }
            }
            _ => {
                let s = b.span.of(text);
                let short: String = s.chars().take(60).collect();
                let more = if s.chars().count() > 60 { "…" } else { "" };
                let anchor = b.anchor.as_deref().map_or(String::new(), |a| format!(" #{a}"));
                writeln!(out, "{i:>3} {kind:<9} {short}{more}{anchor}").unwrap();
                // A dateline or a note's lead-in, a caption's credit.
                for part in b.label.iter().chain(b.items.iter().map(|i| &i.span)) {
                    writeln!(out, "      | {}", part.of(text)).unwrap();
                }
            }
        }
    }
    writeln!(out, "\n# sentences: {}", a.sentences.len()).unwrap();
    writeln!(out, "\n# entities (salience order)").unwrap();
    for e in &a.entities {
        let forms: Vec<&str> = e.mentions.iter().map(|&m| a.mention(m).span.of(text)).collect();
        writeln!(
            out,
            "{:<8} {:<32} x{:<2} {:>5.1}  [{}]",
            e.ty.label(),
            e.name,
            e.mentions.len(),
            e.salience,
            forms.join(" | ")
        )
        .unwrap();
    }
    writeln!(out, "\n# relations").unwrap();
    for r in &a.relations {
        writeln!(
            out,
            "{} {} {} ({:.2})",
            a.entity(r.head).name,
            r.ty.label(),
            a.entity(r.tail).name,
            r.confidence
        )
        .unwrap();
    }
    if !a.diagnostics.is_empty() {
        writeln!(out, "\n# diagnostics").unwrap();
        for d in &a.diagnostics {
            writeln!(out, "{d}").unwrap();
        }
    }
    out
}

#[test]
fn seed_article_analysis_matches_snapshot() {
    let text = sidelight::SEED_ARTICLE;
    let analysis = analyze(text);
    expect_test::expect_file!["snapshots/seed.txt"].assert_eq(&render(text, &analysis));
}

#[test]
fn seed_article_spans_are_valid_and_consistent() {
    let text = sidelight::SEED_ARTICLE;
    let a = analyze(text);
    for m in &a.mentions {
        assert!(
            text.is_char_boundary(m.span.start)
                && text.is_char_boundary(m.span.end)
                && m.span.start < m.span.end
        );
        assert!(a.entity(m.entity).mentions.iter().any(|&id| a.mention(id) == m));
    }
    for w in a.mentions.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "mentions overlap: {:?}", w);
    }
    assert_eq!(a.blocks[0].kind, BlockKind::Title);
}
