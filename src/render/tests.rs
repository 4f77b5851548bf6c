//! The rendered markup: inert whatever the article says, every mention wrapped once, the
//! embedded JSON readable back to the same text and analysis.

use super::*;
use crate::engine::{analyze, BlockKind, EntityId};

/// An article that tries to break out of every context the markup has: text, attribute
/// values (names end up in `title`), the JSON inside `<script>`, with multi-byte text.
const HOSTILE: &str = "<script>alert(1)</script> Mistral AI raises €600 million
Contents
\"Quotes\" & 'Apostrophes'
Microsoft invested €15 million in Mistral AI, the Paris start-up said on Friday. </script><!-- nothing here is markup --> & &amp; \u{2028}done.
\"Quotes\" & 'Apostrophes'
Mistral AI chief Arthur Mensch met Satya Nadella of Microsoft in 東京 😀 on 3 June 2024. 한국어 text & <b>bold</b> \"words\" 'here'.
You may also like:
<img src=x onerror=alert(2)> A linked story
Arthur Mensch <i>speaks</i> in Paris. Photo: \"Jane\" <Doe>/Agence & Co
Topics: <b>Paris</b>, AI & 'Start-ups'";

/// Elements and attributes the fragment may contain; anything else would be live markup
/// that came from the article.
const ELEMENTS: &[&str] = &[
    "div", "article", "header", "h1", "h2", "p", "nav", "aside", "ol", "ul", "li", "a", "mark",
    "section", "q", "strong", "span", "script",
];
const ATTRIBUTES: &[&str] = &["class", "id", "href", "title", "lang", "type", "aria-label"];

/// The fragment's markup (with the JSON's script content cut out) and the JSON.
fn split_json(html: &str) -> (String, &str) {
    let open = r#"<script type="application/json" class="sidelight-data">"#;
    let start = html.find(open).expect("a data script") + open.len();
    // The first `</script>` after the opening tag is where an HTML parser ends the element.
    let end = start + html[start..].find("</script>").expect("a closed script");
    (format!("{}{}", &html[..start], &html[end..]), &html[start..end])
}

/// Checks that `markup` holds only the expected elements and attributes, with every value
/// quoted and every `&` an escape; returns the unescaped text outside tags.
fn inert_text(markup: &str) -> String {
    let entity = |s: &str| -> Option<(usize, char)> {
        [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\'')]
            .into_iter()
            .find(|(e, _)| s.starts_with(e))
            .map(|(e, c)| (e.len(), c))
    };
    let mut text = String::new();
    let mut rest = markup;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let end = rest.find('>').expect("a closed tag");
                let tag = &rest[1..end];
                let tag = tag.strip_prefix('/').unwrap_or(tag);
                let (name, mut attrs) = tag.split_once(' ').unwrap_or((tag, ""));
                assert!(ELEMENTS.contains(&name), "element <{name}> in {tag:?}");
                while !attrs.is_empty() {
                    let (attr, after) = attrs.split_once("=\"").expect("attr=\"value\"");
                    assert!(
                        ATTRIBUTES.contains(&attr) || attr.starts_with("data-"),
                        "attribute {attr} in <{tag}>"
                    );
                    let (value, after) = after.split_once('"').expect("a closing quote");
                    let mut v = value;
                    while let Some(i) = v.find(['&', '<', '>', '\'']) {
                        let (n, _) = entity(&v[i..]).expect("only escapes in a value");
                        v = &v[i + n..];
                    }
                    attrs = after.strip_prefix(' ').unwrap_or(after);
                }
                rest = &rest[end + 1..];
            }
            '&' => {
                let (n, c) = entity(rest).unwrap_or_else(|| panic!("a bare & at {rest:.20?}"));
                text.push(c);
                rest = &rest[n..];
            }
            '>' | '"' | '\'' => panic!("an unescaped {c} at {rest:.20?}"),
            c => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    text
}

/// The article's text as the blocks hold it, in order, without line breaks.
fn blocks_text(text: &str, a: &Analysis) -> String {
    let mut out = String::new();
    for b in &a.blocks {
        match b.kind {
            BlockKind::Contents | BlockKind::Aside | BlockKind::Tags => {
                out.extend(b.label.map(|l| l.of(text)));
                out.extend(b.items.iter().map(|i| i.span.of(text)));
            }
            _ => out.push_str(b.span.of(text)),
        }
    }
    out
}

#[test]
fn a_hostile_article_renders_inert_and_reads_back() {
    let a = analyze(HOSTILE);
    let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
    for kind in [
        BlockKind::Title,
        BlockKind::Contents,
        BlockKind::Heading,
        BlockKind::Aside,
        BlockKind::Caption,
        BlockKind::Tags,
    ] {
        assert!(kinds.contains(&kind), "no {kind:?} in {kinds:?}");
    }
    assert!(a.mentions.len() >= 8 && !a.relations.is_empty(), "{a:#?}");
    let html = fragment(HOSTILE, &a).unwrap();
    let (markup, json) = split_json(&html);

    // The markup holds only its own elements, and its text is the article's, all of it.
    let shown = inert_text(&markup);
    let article = &shown[..shown.find("\nFacts\n").expect("the facts heading")];
    assert_eq!(article.replace('\n', ""), blocks_text(HOSTILE, &a));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark"), "{html}");
    assert!(html.contains("&lt;/script&gt;&lt;!-- nothing"));
    assert!(html.contains("&quot;Quotes&quot; &amp; &#39;Apostrophes&#39;"));
    assert!(!html.contains("<!--") && !html.contains("<b>") && !html.contains("<img"));

    // The JSON is the whole of the script element and reads back to the same text and analysis.
    assert!(!json.contains(['<', '>', '&', '\u{2028}']), "{json}");
    assert!(json.contains(r"\u003c/script\u003e\u003c!--") && json.contains(r"\u2028"));
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(value["version"], 2);
    assert_eq!(value["text"], HOSTILE);
    let back: Analysis = serde_json::from_value(value["analysis"].clone()).unwrap();
    assert_eq!(back, a);
    // Read back, it writes the very JSON the analysis writes (the page held no more, no less).
    assert_eq!(serde_json::to_string(&back).unwrap(), serde_json::to_string(&a).unwrap());
}

#[test]
fn every_mention_is_wrapped_once_with_its_entity_and_class() {
    for text in [crate::SEED_ARTICLE, HOSTILE] {
        let a = analyze(text);
        let html = fragment(text, &a).unwrap();
        let (markup, _) = split_json(&html);
        assert_eq!(markup.matches("<mark ").count(), a.mentions.len());
        for (i, m) in a.mentions.iter().enumerate() {
            let e = a.entity(m.entity);
            let class = m.ty.class();
            let mut want = String::new();
            write!(
                want,
                r#"<mark class="hl hl-{}" data-entity="{}" data-mention="{i}" data-type="{}" title=""#,
                class.key(),
                e.slug,
                class.singular()
            )
            .unwrap();
            escape(&mut want, &format!("{}: {}", class.singular(), e.name));
            want.push_str("\">");
            escape(&mut want, m.span.of(text));
            want.push_str("</mark>");
            assert_eq!(markup.matches(&want).count(), 1, "mention {i}: {want}");
            assert_eq!(markup.matches(&format!(" data-mention=\"{i}\" ")).count(), 1);
        }
    }
}

#[test]
fn blocks_and_facts_use_the_apps_markup() {
    let text = crate::SEED_ARTICLE;
    let a = analyze(text);
    let html = fragment(text, &a).unwrap();
    assert!(html.starts_with(
        "<div class=\"sidelight-render\" data-sidelight-version=\"2\">\n<article class=\"article\" lang=\"en\">\n<header class=\"article-head\"><h1 class=\"title\">Is <mark class=\"hl hl-organization\" data-entity=\"mistral-ai\""
    ), "{html:.400}");
    assert!(html.contains("<nav class=\"toc\" aria-label=\"Table of Contents\"><p class=\"toc-label\">Table of Contents</p><ol><li><a href=\"#implications-for-the-crypto-market\">"));
    assert!(html.contains("<h2 class=\"heading\" id=\"implications-for-the-crypto-market\">Implications for the Crypto Market</h2>\n"));
    assert!(html.contains("<aside class=\"related\" aria-label=\"You may also like\"><p class=\"related-label\">You may also like:</p><ul><li>"));
    assert!(html.contains("<section class=\"facts\" aria-label=\"Facts\">\n<h2>Facts</h2>\n<ul>\n"));
    // One item per relation, each with both names, the phrase and the evidence; an amount in
    // two forms is one item, its other form in brackets, as in the app's Facts panel.
    let conversions = crate::state::amounts::conversions(text, &a);
    assert!(!conversions.is_empty(), "the sample states an amount in two forms");
    assert_eq!(html.matches("<li class=\"fact\" ").count(), a.relations.len() - conversions.len());
    for &(i, j) in &conversions {
        assert!(html.contains(&format!("<li class=\"fact\" data-fact=\"{i}\">")));
        assert!(!html.contains(&format!("<li class=\"fact\" data-fact=\"{j}\">")));
        let other = a.entity(a.relations[j].tail);
        assert!(html.contains(&format!(
            "<span class=\"fact-other-form\">(≈ <span class=\"fact-entity hl-{}\" data-entity=\"{}\">{}</span>)</span>",
            other.ty.class().key(),
            other.slug,
            other.name
        )));
    }
    let plain = (0..a.relations.len())
        .find(|&i| !conversions.iter().any(|&(k, j)| k == i || j == i))
        .expect("a fact in one form");
    let r = &a.relations[plain];
    let name = |id: EntityId| {
        let e = a.entity(id);
        format!(
            "<span class=\"fact-entity hl-{}\" data-entity=\"{}\">{}</span>",
            e.ty.class().key(),
            e.slug,
            e.name
        )
    };
    let line = format!(
        "<li class=\"fact\" data-fact=\"{plain}\">{} <span class=\"fact-phrase\">{}</span> {} <q class=\"fact-evidence\">",
        name(r.head),
        r.ty.phrase(),
        name(r.tail)
    );
    assert!(html.contains(&line), "{line}");
    assert!(html.contains("<strong>Microsoft</strong>"));
    assert!(html.ends_with("</script>\n</div>\n"));
}

#[test]
fn furniture_has_markup_of_its_own() {
    let text = "Floods Cut Off Thousands in Northern Valoria
By Maren Okafor, Harbour Press Agency
KESTRA, Valoria (HPA) — Relief agencies struggled on Tuesday to reach villages cut off by floodwater.
A man carries a child in Dornfeld on Monday. Photo: Pavel Ristic/Northline Images
“We have never seen the river this high.”
— Ilse Brandt, director, Valorian Red Cross
Correction: An earlier version of this article misspelled Dornfeld.
Topics: Valoria, Floods";
    let a = analyze(text);
    let html = fragment(text, &a).unwrap();
    let (markup, _) = split_json(&html);
    // Each piece in its element, with all of its text.
    let shown = inert_text(&markup);
    let article = &shown[..shown.find("\nFacts\n").expect("the facts heading")];
    assert_eq!(article.replace('\n', ""), blocks_text(text, &a));
    let markup = markup.replace('\n', "");
    let without_marks = strip_marks(&markup);
    for want in [
        "<header class=\"article-head\"><h1 class=\"title\">Floods Cut Off Thousands in Northern Valoria</h1><p class=\"byline\">By Maren Okafor, Harbour Press Agency</p></header>",
        "<p><span class=\"dateline\">KESTRA, Valoria (HPA) —</span> Relief agencies",
        "<p class=\"caption\">A man carries a child in Dornfeld on Monday. <span class=\"caption-credit\">Photo: Pavel Ristic/Northline Images</span></p>",
        "<p class=\"note\">— Ilse Brandt, director, Valorian Red Cross</p>",
        "<p class=\"note\"><span class=\"note-label\">Correction:</span> An earlier version",
        "<div class=\"tags\"><p class=\"tags-label\">Topics:</p><ul><li>Valoria</li><li>Floods</li></ul></div>",
    ] {
        assert!(without_marks.contains(want), "{want}\nin\n{without_marks}");
    }
}

/// `markup` without its `<mark …>` and `</mark>` tags.
fn strip_marks(markup: &str) -> String {
    let mut out = String::new();
    let mut rest = markup;
    while let Some(i) = rest.find("<mark ") {
        out.push_str(&rest[..i]);
        rest = &rest[i + rest[i..].find('>').unwrap() + 1..];
    }
    out.push_str(rest);
    out.replace("</mark>", "")
}

#[test]
fn a_fragment_is_no_page_and_a_document_is_one() {
    let a = analyze(HOSTILE);
    let part = fragment(HOSTILE, &a).unwrap();
    for page_tag in ["<html", "<head>", "<body", "<!doctype", "<style", "<title", "<meta"] {
        assert!(!part.contains(page_tag), "{page_tag} in a fragment");
    }
    let page = document(HOSTILE, &a).unwrap();
    assert!(
        page.starts_with("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    );
    assert!(page.contains(
        "<title>&lt;script&gt;alert(1)&lt;/script&gt; Mistral AI raises €600 million</title>"
    ));
    assert!(page.contains(&format!("<style>\n{STYLESHEET}</style>")));
    assert!(page.contains(&format!("<body class=\"sidelight-page\">\n{part}</body>\n</html>\n")));
    // The stylesheet styles every class the renderer writes, light and dark.
    for class in crate::engine::Class::ALL {
        assert!(STYLESHEET.contains(&format!(".hl-{} {{", class.key())), "{class:?}");
    }
    assert!(STYLESHEET.contains("prefers-color-scheme: dark"));
    assert!(!STYLESHEET.contains('<'), "the stylesheet must not end its <style> element");
}

#[test]
fn empty_and_factless_texts_render() {
    for text in ["", "Just a title", "A title\nA paragraph without names."] {
        let a = analyze(text);
        let html = fragment(text, &a).unwrap();
        assert!(html.contains("<p class=\"empty\">No facts found in this article.</p>"), "{html}");
        let (markup, json) = split_json(&html);
        inert_text(&markup);
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(value["text"], text);
        assert!(document(text, &a).unwrap().contains(if text.is_empty() {
            "<title>Sidelight</title>"
        } else {
            "<title>"
        }));
    }
}

#[test]
fn an_analysis_that_does_not_fit_the_text_is_refused() {
    let text = "Mistral AI raised €600 million in June 2024.";
    let a = analyze(text);
    assert_eq!(fragment("Mistral", &a), Err(check_message("Mistral", &a)));
    let mut broken = a.clone();
    broken.mentions[0].span = Span::new(0, 1_000);
    assert!(fragment(text, &broken).unwrap_err().contains("outside the text"));
    assert!(document(text, &broken).is_err());
}

fn check_message(text: &str, a: &Analysis) -> String {
    engine::check(text, a).unwrap_err()
}

#[test]
fn a_quote_that_opens_its_sentence_gets_no_second_marks() {
    // The evidence opens with its own quotation mark: the fact's quote is marked so that no
    // second pair goes around it; a sentence without one keeps the quote's marks.
    let text =
        "Space news\n“Europe cannot keep depending on others,” said Katrin Vollmer, who runs \
                space systems at Airbus.";
    let a = analyze(text);
    let html = fragment(text, &a).unwrap();
    assert!(html.contains("<q class=\"fact-evidence quoted\">“Europe"), "{html}");
    let text =
        "Space news\nKatrin Vollmer, who runs space systems at Airbus, said Europe could not wait.";
    let a = analyze(text);
    let html = fragment(text, &a).unwrap();
    assert!(html.contains("<q class=\"fact-evidence\"><strong>Katrin Vollmer</strong>"), "{html}");
}
