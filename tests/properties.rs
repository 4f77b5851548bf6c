//! Property tests for the whole engine: `analyze` must accept any text without panicking
//! and return spans a caller can slice safely.
//!
//! The generated texts mix arbitrary characters with fragments the recognizers react to
//! (currency symbols, numbers, month names, "per cent", hyphens, possessives, newlines),
//! because purely random Unicode rarely reaches the interesting code paths. Every span the
//! analysis returns must lie on character boundaries inside the text, mentions must be sorted
//! and disjoint, and entities and mentions must point at each other consistently; the
//! engine's own `check` must accept the analysis, and it must read back from its JSON equal.

use proptest::prelude::*;
use sidelight::engine::{analyze, Analysis, Span};

/// Pieces of text that exercise tokenization, sentence splitting and the recognizers.
const FRAGMENTS: &[&str] = &[
    " ", " ", " ", "\n", "\n\n", "\t", "\u{a0}", ".", ",", "-", "–", "—", "/", "%", "$", "€", "£",
    "¥", "₹", "₩", "US$", "NT$", "E£", "R", "Rs", "CHF", "'", "’", "’s", "\"", "“", "”", "(", ")",
    ":", ";", "?", "!", "…", "•", "0", "1", "2", "12", "1.2", "3,000", "2024", "1990", "31",
    "99.5", "bn", "m", "million", "billion", "per", "cent", "percent", "percentage", "points",
    "euros", "Danish", "kroner", "January", "Feb", "May", "Friday", "Sept.", "Q3", "H1", "FY",
    "fiscal", "mid", "late", "early", "the", "end", "of", "first", "half", "quarter", "last",
    "next", "this", "year", "years", "ago", "later", "a", "few", "two", "and", "decades", "today",
    "week", "Mistral AI", "Microsoft", "U.S.", "J.P.", "Inc.", "Mr.", "Contents",
    "You may also like:", "# ", "- ", "é", "e\u{301}", "a\u{308}\u{301}", "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷",
    "中文", "東京", "مرحبا", "\u{200f}", "हिन्दी", "한국어", "Ω", "ß", "İ", "ǅ", "\u{feff}",
    "\u{2028}", "\r\n", "\u{0}",
];

/// Pieces of a page's furniture: credits, bylines, datelines, topics, notes.
const FURNITURE: &[&str] = &[
    "Photo: ",
    "Image:",
    "(Photo by ",
    "Jane Doe/Agency",
    "By ",
    "Reporting by ",
    "Published ",
    "Topics: ",
    "Related: ",
    "Correction, ",
    "Editor’s note:",
    "This article was updated ",
    "\n— ",
    "\n“Quote.”\n— ",
    "BEIRA, ",
    "LONDON ",
    "SÃO PAULO",
    " (AP) — ",
    "1996-08-30",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => prop::sample::select(FURNITURE).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => prop::collection::vec(any::<char>(), 0..6).prop_map(|cs| cs.into_iter().collect()),
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..120).prop_map(|parts| parts.concat())
}

/// Is `span` a non-inverted range inside `text` whose ends are character boundaries?
fn valid(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

fn check(text: &str, a: &Analysis) -> Result<(), TestCaseError> {
    for block in &a.blocks {
        prop_assert!(valid(text, block.span), "block {:?}", block.span);
        if let Some(label) = block.label {
            prop_assert!(valid(text, label), "label {:?}", label);
        }
        for item in &block.items {
            prop_assert!(valid(text, item.span), "item {:?}", item.span);
        }
        // Label and items lie inside the block, in text order.
        let parts: Vec<Span> =
            block.label.into_iter().chain(block.items.iter().map(|i| i.span)).collect();
        prop_assert!(parts.iter().all(|p| block.span.contains(*p)), "parts of {:?}", block);
        prop_assert!(parts.windows(2).all(|w| w[0].end <= w[1].start), "order in {:?}", block);
    }
    for s in &a.sentences {
        prop_assert!(valid(text, *s), "sentence {:?}", s);
    }
    for m in &a.mentions {
        prop_assert!(valid(text, m.span) && !m.span.is_empty(), "mention {:?}", m.span);
    }
    for pair in a.mentions.windows(2) {
        prop_assert!(
            pair[0].span.end <= pair[1].span.start,
            "mentions out of order or overlapping: {:?}",
            pair
        );
    }
    for r in &a.relations {
        prop_assert!(valid(text, r.evidence), "evidence {:?}", r.evidence);
        prop_assert!(
            (r.head.0 as usize) < a.entities.len() && (r.tail.0 as usize) < a.entities.len()
        );
    }
    for (index, e) in a.entities.iter().enumerate() {
        prop_assert_eq!(e.id.0 as usize, index, "entity ids are their index");
        prop_assert!(!e.mentions.is_empty(), "entity {} has no mentions", e.name);
        for id in &e.mentions {
            let m = a.mentions.get(id.0 as usize);
            prop_assert!(
                m.is_some_and(|m| m.entity == e.id),
                "mention {:?} does not point back to entity {:?}",
                id,
                e.id
            );
        }
    }
    for (index, m) in a.mentions.iter().enumerate() {
        let e = a.entities.get(m.entity.0 as usize);
        prop_assert!(
            e.is_some_and(|e| e.mentions.iter().any(|id| id.0 as usize == index)),
            "mention {} is missing from its entity",
            index
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn analyze_never_panics_and_returns_sliceable_spans(text in article()) {
        let analysis = analyze(&text);
        check(&text, &analysis)?;
        prop_assert_eq!(sidelight::engine::check(&text, &analysis), Ok(()));
        prop_assert_eq!(round_trip(&analysis), analysis);
    }

    #[test]
    fn arbitrary_unicode_is_safe(chars in prop::collection::vec(any::<char>(), 0..200)) {
        let text: String = chars.into_iter().collect();
        let analysis = analyze(&text);
        check(&text, &analysis)?;
        prop_assert_eq!(sidelight::engine::check(&text, &analysis), Ok(()));
        prop_assert_eq!(round_trip(&analysis), analysis);
    }
}

/// The analysis written as JSON and read back, as a page that embeds it would.
fn round_trip(a: &Analysis) -> Analysis {
    let json = serde_json::to_string(a).expect("an analysis serializes");
    serde_json::from_str(&json).expect("an analysis reads back")
}

#[test]
fn the_seed_analysis_reads_back_equal_and_passes_the_check() {
    let text = sidelight::SEED_ARTICLE;
    let a = analyze(text);
    assert_eq!(round_trip(&a), a);
    assert_eq!(sidelight::engine::check(text, &a), Ok(()));
    // What is read back serializes to the same bytes: nothing is lost or reordered.
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(serde_json::to_string(&round_trip(&a)).unwrap(), json);
}

#[test]
fn amounts_and_dates_survive_the_whole_pipeline() {
    let text = "Mistral AI raised approximately €600 million (12%) in mid-2025, up from 3.5 per cent last year.";
    let a = analyze(text);
    let got: Vec<&str> = a.mentions.iter().map(|m| m.span.of(text)).collect();
    for want in ["€600 million", "12%", "mid-2025", "3.5 per cent", "last year"] {
        assert!(got.contains(&want), "{want} missing from {got:?}");
    }
}
