//! Table tests of the structure pass: titles, headings, contents, asides and furniture.
use super::*;

fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
    blocks(text).into_iter().map(|b| (b.kind, b.span.of(text))).collect()
}

#[test]
fn lines_become_title_headings_and_paragraphs() {
    use BlockKind::*;
    let cases: &[(&str, &[(BlockKind, &str)])] = &[
        ("", &[]),
        ("Just a title", &[(Title, "Just a title")]),
        (
            "Title\nFirst paragraph, which is long enough to be body text.\nSection Two\nMore body text follows here.",
            &[(Title, "Title"), (Paragraph, "First paragraph, which is long enough to be body text."), (Heading, "Section Two"), (Paragraph, "More body text follows here.")],
        ),
        ("T\n\n  Indented paragraph.  \n\n", &[(Title, "T"), (Paragraph, "Indented paragraph.")]),
        // A short sentence with a full stop is body text, not a heading.
        ("T\nShe left.\nAnother sentence.", &[(Title, "T"), (Paragraph, "She left."), (Paragraph, "Another sentence.")]),
    ];
    for (input, want) in cases {
        assert_eq!(&kinds(input), want, "input: {input:?}");
    }
}

#[test]
fn contents_entries_link_to_headings_by_shared_words() {
    let text = "Title\nTable of Contents\nThe Start\nMajor Players Taking Action\nBody of the intro, long enough.\nThe Start\nBody one.\nMajor Players Making Moves\nBody two.";
    let b = blocks(text);
    let contents = b.iter().find(|b| b.kind == BlockKind::Contents).expect("contents block");
    assert_eq!(contents.label.map(|l| l.of(text)), Some("Table of Contents"));
    let targets: Vec<(&str, Option<&str>)> = contents
        .items
        .iter()
        .map(|it| (it.span.of(text), it.target.map(|t| b[t.0 as usize].span.of(text))))
        .collect();
    assert_eq!(
        targets,
        [
            ("The Start", Some("The Start")),
            ("Major Players Taking Action", Some("Major Players Making Moves"))
        ]
    );
    let anchors: Vec<&str> = b.iter().filter_map(|b| b.anchor.as_deref()).collect();
    assert_eq!(anchors, ["the-start", "major-players-making-moves"]);
}

#[test]
fn related_links_are_an_aside() {
    let text = "Title\nSome body text that runs on.\nYou may also like:\nA linked story title\nNext Section\nBody.";
    let b = blocks(text);
    let aside = b.iter().find(|b| b.kind == BlockKind::Aside).expect("aside");
    assert_eq!(
        aside.items.iter().map(|i| i.span.of(text)).collect::<Vec<_>>(),
        ["A linked story title"]
    );
    assert!(b.iter().any(|b| b.kind == BlockKind::Heading && b.span.of(text) == "Next Section"));
}

#[test]
fn unique_keys_number_repeats() {
    let mut keys = UniqueKeys::default();
    let got: Vec<String> = ["a", "a", "b", "a", "a-2"].iter().map(|k| keys.claim(k)).collect();
    assert_eq!(got, ["a", "a-2", "b", "a-3", "a-2-2"]);
}

#[test]
fn slugs_are_ascii_and_hyphenated() {
    for (input, want) in [
        ("Mistral AI", "mistral-ai"),
        ("Société Générale", "societe-generale"),
        ("  A--B ", "a-b"),
        ("€", ""),
    ] {
        assert_eq!(slugify(input), want);
    }
}

/// Each block's kind, text, label and items.
type Described<'t> = (BlockKind, &'t str, Option<&'t str>, Vec<&'t str>);

fn described(text: &str) -> Vec<Described<'_>> {
    blocks(text)
        .into_iter()
        .map(|b| {
            let items = b.items.iter().map(|i| i.span.of(text)).collect();
            (b.kind, b.span.of(text), b.label.map(|l| l.of(text)), items)
        })
        .collect()
}

/// The block of `text` whose line is `line`.
fn block_of<'t>(text: &'t str, line: &str) -> Described<'t> {
    described(text).into_iter().find(|b| b.1 == line).unwrap_or_else(|| panic!("no block {line:?}"))
}

const BODY: &str =
    "The council approved the budget on Tuesday after a long debate, officials said.";

#[test]
fn furniture_lines_get_their_own_kinds() {
    use BlockKind::*;
    // Each case: lines to put between a title and body text, the line to look at and the
    // kind it should get.
    let cases: &[(&str, &str, BlockKind)] = &[
        // Captions and credits.
        ("A man wades through floodwater in Kestra on Monday. Photo: Pavel Ristic/Northline Images", "", Caption),
        ("Photo: Northline Images", "", Caption),
        ("(Photo by Pavel Ristic/Northline Images)", "", Caption),
        ("Image: Harbour Council", "", Caption),
        ("Credit: Ilse Brandt", "", Caption),
        ("Illustration by Maren Okafor", "", Caption),
        ("Pictured: Ilse Brandt at the opening of the new depot in Kestra.", "", Caption),
        ("Volunteers load a lorry in Dornfeld (Photo: Pavel Ristic/Northline Images)", "", Caption),
        ("Volunteers at the depot Image: Pavel Ristic.", "", Caption),
        // Bylines.
        ("By Maren Okafor", "", Byline),
        ("By Maren Okafor and Tobias Lindqvist, Harbour Press Agency", "", Byline),
        ("By Maren Okafor | Staff writer", "", Byline),
        ("Maren Okafor, Science correspondent", "", Byline),
        ("Published 4 March 2025, updated 5 March 2025", "", Byline),
        ("Updated: Saturday 8 March 2025", "", Byline),
        ("Tuesday 4 March 2025, 07:00 GMT", "", Byline),
        ("Weather | 4 March 2025 | 4 min read", "", Byline),
        ("KESTRA 2025-03-04", "", Byline),
        ("Maren Okafor\nKESTRA, Valoria 2025-03-04", "Maren Okafor", Byline),
        // Topics, related links, notes.
        ("Topics: Valoria, Floods, Humanitarian aid", "", Tags),
        ("Categories: Politics, Europe", "", Tags),
        ("Filed under: Weather", "", Tags),
        ("Related: Valoria's dams were not built for this, engineers warn", "", Aside),
        ("Read more: Why the river keeps rising", "", Aside),
        ("Correction: An earlier version of this article misspelled Dornfeld.", "", Note),
        ("Correction, 6 March 2025: An earlier version of this article gave the wrong date.", "", Note),
        ("Editor’s note: The agency was asked for comment before publication.", "", Note),
        ("This article was updated on 5 March 2025 with new figures.", "", Note),
        ("“We have never seen the river this high.”\n— Ilse Brandt, director, Valorian Red Cross", "— Ilse Brandt, director, Valorian Red Cross", Note),
    ];
    for &(lines, look_at, want) in cases {
        // Furniture at the end too, where notes and credits usually are, except what belongs
        // under the title.
        let text = format!("Floods Cut Off Thousands in Northern Valoria\n{lines}\n{BODY}\n{BODY}");
        let line = if look_at.is_empty() { lines } else { look_at };
        assert_eq!(block_of(&text, line).0, want, "{lines:?} in\n{text}");
    }
    // "Reporting by" closes an article.
    let text =
        format!("Title Here\n{BODY}\nReporting by Maren Okafor in Kestra; Editing by Lena Hoyt");
    assert_eq!(
        block_of(&text, "Reporting by Maren Okafor in Kestra; Editing by Lena Hoyt").0,
        Byline
    );
}

#[test]
fn lines_that_only_look_like_furniture_stay_body() {
    use BlockKind::*;
    let cases: &[(&str, &str, BlockKind)] = &[
        // "By" opening a sentence, and "By" with a capital word in a sentence.
        ("By the end of the year, the agency expects to have reached every village.", "", Paragraph),
        ("By Tuesday the convoys had reached Dornfeld and the roads were open again.", "", Paragraph),
        // "Photo" as a plain word.
        ("Photo agencies said they had sent staff to Kestra.", "", Paragraph),
        ("The Photo Archive in Kestra reopened on Monday after the floods, its director said.", "", Paragraph),
        // A heading that starts like a related-links caption, followed by body text.
        ("Related companies", "", Heading),
        // Topics in a sentence, not a list.
        ("Topics: the committee discussed the cost of repairs for more than three hours before voting.", "", Paragraph),
        // A dash list item that follows no quote.
        ("Among the measures:\n— Relief centres in every district, with beds for 2,000 people.", "— Relief centres in every district, with beds for 2,000 people.", Paragraph),
        // A name alone with no byline under it: a short line over body text, so a heading.
        ("Ilse Brandt", "", Heading),
    ];
    for &(lines, look_at, want) in cases {
        let text = format!("Floods Cut Off Thousands in Northern Valoria\n{BODY}\n{lines}\n{BODY}");
        let line = if look_at.is_empty() { lines } else { look_at };
        assert_eq!(block_of(&text, line).0, want, "{lines:?} in\n{text}");
    }
    // Head rules hold only under the title: "By …" deep in the article is not a byline.
    let deep = format!("Title Here\n{}\nBy Maren Okafor\n{BODY}", [BODY; 7].join("\n"));
    assert_ne!(block_of(&deep, "By Maren Okafor").0, Byline);
}

#[test]
fn furniture_keeps_its_label_and_items() {
    use BlockKind::*;
    let text = "Floods Cut Off Thousands in Northern Valoria
By Maren Okafor, Harbour Press Agency
KESTRA, Valoria (HPA) — Relief agencies struggled on Tuesday to reach villages cut off by floodwater.
A man carries a child through floodwater in Dornfeld on Monday. Photo: Pavel Ristic/Northline Images
(Photo by Lena Hoyt/Northline Images)
Related: Valoria's dams were not built for this
Correction, 6 March 2025: An earlier version of this article misspelled Dornfeld.
Topics: Valoria, Floods, Humanitarian aid.";
    let got = described(text);
    let want: Vec<Described> = vec![
        (Title, "Floods Cut Off Thousands in Northern Valoria", None, vec![]),
        (Byline, "By Maren Okafor, Harbour Press Agency", None, vec![]),
        (
            Paragraph,
            "KESTRA, Valoria (HPA) — Relief agencies struggled on Tuesday to reach villages cut off by floodwater.",
            Some("KESTRA, Valoria (HPA) —"),
            vec![],
        ),
        (
            Caption,
            "A man carries a child through floodwater in Dornfeld on Monday. Photo: Pavel Ristic/Northline Images",
            None,
            vec!["Photo: Pavel Ristic/Northline Images"],
        ),
        (Caption, "(Photo by Lena Hoyt/Northline Images)", None, vec!["(Photo by Lena Hoyt/Northline Images)"]),
        (Aside, "Related: Valoria's dams were not built for this", Some("Related:"), vec!["Valoria's dams were not built for this"]),
        (
            Note,
            "Correction, 6 March 2025: An earlier version of this article misspelled Dornfeld.",
            Some("Correction, 6 March 2025:"),
            vec![],
        ),
        (Tags, "Topics: Valoria, Floods, Humanitarian aid.", Some("Topics:"), vec!["Valoria", "Floods", "Humanitarian aid"]),
    ];
    assert_eq!(got, want);
    // Topics over lines of their own.
    let text = format!("Title Here\n{BODY}\nTopics\nValoria\nFloods");
    assert_eq!(
        block_of(&text, "Topics\nValoria\nFloods"),
        (Tags, "Topics\nValoria\nFloods", Some("Topics"), vec!["Valoria", "Floods"])
    );
}

#[test]
fn datelines_open_the_first_paragraphs_only() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "BEIRA, Mozambique (AP) — Relief agencies were struggling on Wednesday.",
            Some("BEIRA, Mozambique (AP) —"),
        ),
        ("LONDON, March 3 (Reuters) - Shares fell on Monday.", Some("LONDON, March 3 (Reuters) -")),
        ("KESTRA (hpa) — Most trains stood still on Thursday.", Some("KESTRA (hpa) —")),
        ("SÃO PAULO — The miner agreed to be bought.", Some("SÃO PAULO —")),
        ("PORT ELLIS, Valoria — The port reopened.", Some("PORT ELLIS, Valoria —")),
        // A label in capitals with a hyphen is no place ("BORROWER - …").
        ("BORROWER - Kestra Gas Co Ltd", None),
        // No dash, no dateline; lower case after the dash continues the sentence.
        ("KESTRA officials said the river had peaked.", None),
        ("NASA — and its partners — launched the probe.", None),
    ];
    for &(para, want) in cases {
        let text = format!("Title Here\n{para}\n{BODY}");
        assert_eq!(block_of(&text, para).2, want, "{para}");
    }
    // Only the first two paragraphs.
    let late = "KESTRA, Valoria — The river peaked.";
    let text = format!("Title Here\n{BODY}\n{BODY}\n{late}");
    assert_eq!(block_of(&text, late).2, None);
}

#[test]
fn a_first_line_that_reads_as_body_is_no_title() {
    use BlockKind::*;
    let long = "Kestra is a town in northern Valoria on the river Dorn, known for its bridges, its market and the floods that reach its old quarter every few years, most recently in 2025.";
    let cases: &[(&str, BlockKind)] = &[
        // Short lines are titles, in any case.
        ("Floods cut off thousands in northern Valoria", Title),
        ("Is Kestra ready for the next flood?", Title),
        // Tokenized newswire: a headline in capitals or title case ending with " .".
        ("FLOODS - KESTRA CUT OFF AS RIVER PEAKS .", Title),
        // Long, or several sentences, or a sentence in sentence case: body.
        (long, Paragraph),
        ("The river peaked. Thousands left.", Paragraph),
        ("Relief agencies struggled to reach the villages.", Paragraph),
    ];
    for &(first, want) in cases {
        let text = format!("{first}\n{BODY}");
        assert_eq!(blocks(&text)[0].kind, want, "{first}");
    }
    // A headline in sentence case with a full stop, over a dateline line, is the title.
    let text = format!("Floods cut off thousands in Valoria .\nKESTRA 2025-03-04\n{BODY}");
    assert_eq!(
        kinds(&text)[..2],
        [(Title, "Floods cut off thousands in Valoria ."), (Byline, "KESTRA 2025-03-04")]
    );
    // A dateline line is never a heading.
    let text = format!("Title Here\nKESTRA , Valoria 2025-03-04\n{BODY}");
    assert_eq!(block_of(&text, "KESTRA , Valoria 2025-03-04").0, Byline);
}

#[test]
fn furniture_splits_into_sentences_along_its_parts() {
    use crate::engine::sentences_of;
    let text = "Floods Cut Off Thousands in Northern Valoria
KESTRA, Valoria (HPA) — Ilse Brandt said on Tuesday that the river had peaked. Convoys left.
A man carries a child in Dornfeld. Photo: Pavel Ristic/Northline Images
Correction: An earlier version misspelled Dornfeld. It is spelled so.
Topics: Valoria, Floods";
    let b = blocks(text);
    let sentences = sentences_of(text, &b);
    let got: Vec<&str> = sentences.iter().map(|s| s.span.of(text)).collect();
    assert_eq!(
        got,
        [
            "Floods Cut Off Thousands in Northern Valoria",
            "KESTRA, Valoria (HPA) —",
            "Ilse Brandt said on Tuesday that the river had peaked.",
            "Convoys left.",
            "A man carries a child in Dornfeld.",
            "Photo: Pavel Ristic/Northline Images",
            "Correction:",
            "An earlier version misspelled Dornfeld.",
            "It is spelled so.",
            "Topics:",
            "Valoria",
            "Floods",
        ]
    );
    // The dateline's paragraph keeps its tokens: only a sentence boundary is new.
    let para = b[1].span;
    let split: Vec<Span> = sentences[1..4].iter().flat_map(|s| s.tokens.clone()).collect();
    assert_eq!(split, crate::engine::tokenize::tokens(text, para));
    // Every sentence carries its block's kind.
    assert_eq!(sentences[5].block, BlockKind::Caption);
    assert_eq!(sentences[11].block, BlockKind::Tags);
}

#[test]
fn an_outline_gives_the_title_and_headings() {
    use BlockKind::*;
    use LineKind::{Body, Heading as H, Title as T};
    let outlined = |text: &str, outline: &[LineKind]| -> Option<Vec<(BlockKind, String)>> {
        blocks_outlined(text, outline)
            .map(|b| b.into_iter().map(|b| (b.kind, b.span.of(text).to_string())).collect())
    };
    let own = |v: &[(BlockKind, &str)]| -> Vec<(BlockKind, String)> {
        v.iter().map(|(k, s)| (*k, s.to_string())).collect()
    };
    // A page without a headline: its first paragraph stays a paragraph even when short.
    let text = "Rain fell\n\nMore rain fell on Tuesday.";
    assert_eq!(
        outlined(text, &[Body, Body]),
        Some(own(&[(Paragraph, "Rain fell"), (Paragraph, "More rain fell on Tuesday.")]))
    );
    // A long title and a heading written like a sentence are what the markup said.
    let text = "A very long headline of a page that says a great deal, as some do.\n\nIt began.\n\nWhat happened next.\n\nThey left.";
    assert_eq!(
        outlined(text, &[T, Body, H, Body]),
        Some(own(&[
            (Title, "A very long headline of a page that says a great deal, as some do."),
            (Paragraph, "It began."),
            (Heading, "What happened next."),
            (Paragraph, "They left.")
        ]))
    );
    // A short body line is not turned into a heading, and furniture is still furniture.
    let text = "Floods\n\nSection Two\n\nBody text that follows it here.\n\nPhoto: Jane Doe/Agency";
    assert_eq!(
        outlined(text, &[T, Body, Body, Body]),
        Some(own(&[
            (Title, "Floods"),
            (Paragraph, "Section Two"),
            (Paragraph, "Body text that follows it here."),
            (Caption, "Photo: Jane Doe/Agency")
        ]))
    );
    // An outline for other lines is refused.
    assert_eq!(outlined("One\n\nTwo", &[Body]), None);
}
