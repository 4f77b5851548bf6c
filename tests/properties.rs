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
        prop_assert_eq!(round_trip(&analysis), analysis.clone());
        prop_assert_eq!(Analysis::from_bytes(&analysis.to_bytes()), Ok(analysis));
    }

    #[test]
    fn arbitrary_unicode_is_safe(chars in prop::collection::vec(any::<char>(), 0..200)) {
        let text: String = chars.into_iter().collect();
        let analysis = analyze(&text);
        check(&text, &analysis)?;
        prop_assert_eq!(sidelight::engine::check(&text, &analysis), Ok(()));
        prop_assert_eq!(round_trip(&analysis), analysis.clone());
        prop_assert_eq!(Analysis::from_bytes(&analysis.to_bytes()), Ok(analysis));
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
    // As the worker sends it to the page, too; bytes cut short are an error, not a panic.
    let bytes = a.to_bytes();
    assert_eq!(Analysis::from_bytes(&bytes).as_ref(), Ok(&a));
    assert!(Analysis::from_bytes(&bytes[..bytes.len() / 2]).is_err());
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

/// Texts for the long fuzzing run (`scripts/fuzz.sh`): arbitrary bytes read as a file would
/// be (decoded like an opened file, and lossily as UTF-8), the mixed articles above, words
/// tens of thousands of characters long, text with no whitespace at all, and long runs of
/// capitalized words without a full stop (the shape that was once quadratic).
fn fuzz_input() -> impl Strategy<Value = String> {
    let bytes = prop::collection::vec(any::<u8>(), 0..20_000);
    prop_oneof![
        2 => bytes.clone().prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        1 => bytes.prop_map(|b| {
            sidelight::state::files::decode(&b, "it").map(|d| d.text).unwrap_or_default()
        }),
        3 => prop::collection::vec(fragment(), 0..2_000).prop_map(|p| p.concat()),
        1 => (prop::sample::select(FRAGMENTS), 1_000usize..60_000)
            .prop_map(|(f, n)| f.repeat(n / f.len().max(1))),
        1 => prop::collection::vec(fragment(), 0..2_000)
            .prop_map(|p| p.concat().chars().filter(|c| !c.is_whitespace()).collect()),
        1 => (prop::collection::vec("[A-Z][a-z]{1,9}", 1..40), 100usize..5_000)
            .prop_map(|(words, n)| (0..n).map(|i| words[i % words.len()].as_str()).collect::<Vec<_>>().join(" ")),
    ]
}

/// A long fuzzing run of `analyze`, for `scripts/fuzz.sh` (not part of the test command):
/// for `SIDELIGHT_FUZZ_SECS` seconds (default 60), analyze generated texts and check every
/// span, the engine's own check, and time: at most 50 ms plus 20 µs per byte for any input
/// (release build; about a hundred times the engine's usual cost), measured again before it
/// counts as a failure (the machine may be busy). Prints how many texts,
/// how many bytes, and the slowest per byte. A failing input is written to
/// `target/fuzz-failure.txt`.
#[test]
#[ignore = "long; run with scripts/fuzz.sh"]
fn fuzz_analyze_for_a_while() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};
    let secs: u64 =
        std::env::var("SIDELIGHT_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    let mut runner = TestRunner::new(Config::default());
    let strategy = fuzz_input();
    let (mut texts, mut bytes, mut slowest) = (0u64, 0u64, (0.0f64, 0usize));
    while std::time::Instant::now() < deadline {
        let text = strategy.new_tree(&mut runner).expect("a generated text").current();
        let started = std::time::Instant::now();
        let outcome = std::panic::catch_unwind(|| analyze(&text));
        let took = started.elapsed().as_secs_f64();
        let problem = match &outcome {
            Err(_) => Some("analyze panicked".to_string()),
            Ok(a) => check(&text, a)
                .err()
                .map(|e| e.to_string())
                .or_else(|| sidelight::engine::check(&text, a).err().map(|e| format!("{e:?}")))
                .or_else(|| {
                    // Over the bound twice, not once: a shared machine can stall any run.
                    let slow = |t: f64| t > 0.05 + 20e-6 * text.len() as f64;
                    let again = || {
                        let started = std::time::Instant::now();
                        let _ = analyze(&text);
                        started.elapsed().as_secs_f64()
                    };
                    (slow(took) && slow(again()))
                        .then(|| format!("took {took:.3} s for {} bytes, twice", text.len()))
                }),
        };
        if let Some(problem) = problem {
            let _ = std::fs::write("target/fuzz-failure.txt", &text);
            panic!("{problem} (input of {} bytes in target/fuzz-failure.txt)", text.len());
        }
        texts += 1;
        bytes += text.len() as u64;
        let per_byte = took / text.len().max(1) as f64;
        if text.len() > 1_000 && per_byte > slowest.0 {
            slowest = (per_byte, text.len());
        }
    }
    println!(
        "fuzzed {secs} s: {texts} texts, {:.1} MB, no failure; slowest over 1 KB: {:.2} µs/byte ({} bytes)",
        bytes as f64 / 1e6,
        slowest.0 * 1e6,
        slowest.1
    );
}
