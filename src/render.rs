//! Build-time highlighting (`sidelight render`): the reader view of an article as static
//! HTML, for static sites whose readers should see highlights without running the engine.
//!
//! The markup uses the app's class names and data attributes (`src/app/article.rs`,
//! `src/app/facts.rs`), so either the app's stylesheet or the small one here
//! ([`STYLESHEET`], `web/render.css`) styles it; `docs/render.md` is its contract. Besides the
//! article and its facts, a fragment carries the text and its [`Analysis`] as JSON, so a
//! script on the page can pick them up instead of analysing again (after
//! [`engine::check`](crate::engine::check), since a page is not to be trusted).
//!
//! Every piece of text and every attribute value is escaped; the JSON is written so that no
//! sequence in it can end its `<script>` element early. The CLI writes it, and the reader's
//! "Save a copy" (`state::saved`) makes its offline file from it.

#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;

use crate::engine::text::opens_with_quote;
use crate::engine::{self, Analysis, BlockKind, EntityId, Piece, Span};
use serde::Serialize;
use std::fmt::Write;

/// The version of the markup and of the embedded JSON (`data-sidelight-version`, `version`):
/// raised whenever either changes in a way a reader of it would notice. Version 2 added the
/// page's furniture (captions, bylines, tags, notes, datelines) as block kinds and markup.
pub const VERSION: u32 = 2;

/// The stylesheet of the whole-page output: the highlight classes, light and dark, and a
/// readable page without the app's stylesheet. Also for pages that paste a fragment.
pub const STYLESHEET: &str = include_str!("../web/render.css");

/// The reader view of `text` as a fragment to paste into a page: the article with every
/// mention highlighted, its facts, and the text and analysis as JSON (see `docs/render.md`).
///
/// `analysis` is normally `analyze(text)`; anything else must pass [`engine::check`], whose
/// message is returned otherwise, so a stale or hand-made analysis can never make this panic.
///
/// # Example
/// ```
/// let text = "Mistral AI raises €600 million\nMistral AI raised €600 million in June.";
/// let html = sidelight::render::fragment(text, &sidelight::engine::analyze(text)).unwrap();
/// assert!(html.starts_with(r#"<div class="sidelight-render" data-sidelight-version="2">"#));
/// assert!(html.contains(r#"<mark class="hl hl-amount""#));
/// ```
pub fn fragment(text: &str, analysis: &Analysis) -> Result<String, String> {
    engine::check(text, analysis)?;
    let r = Renderer { text, analysis };
    let mut out = String::with_capacity(text.len() * 4 + 1024);
    writeln!(out, r#"<div class="sidelight-render" data-sidelight-version="{VERSION}">"#).unwrap();
    out.push_str("<article class=\"article\" lang=\"en\">\n");
    let blocks = &analysis.blocks;
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].kind == BlockKind::Title {
            // The bylines right under the title go in its header.
            out.push_str("<header class=\"article-head\"><h1 class=\"title\">");
            r.inline(&mut out, blocks[i].span, None);
            out.push_str("</h1>");
            i += 1;
            while i < blocks.len() && blocks[i].kind == BlockKind::Byline {
                r.block(&mut out, &blocks[i]);
                i += 1;
            }
            out.push_str("</header>\n");
            continue;
        }
        r.block(&mut out, &blocks[i]);
        out.push('\n');
        i += 1;
    }
    out.push_str("</article>\n");
    r.facts(&mut out);
    out.push_str("<script type=\"application/json\" class=\"sidelight-data\">");
    out.push_str(&script_json(&Data { version: VERSION, text, analysis }));
    out.push_str("</script>\n</div>\n");
    Ok(out)
}

/// A whole HTML page around [`fragment`]: the article's title as the page's title and
/// [`STYLESHEET`] in a `<style>` element, so the file reads well on its own.
pub fn document(text: &str, analysis: &Analysis) -> Result<String, String> {
    let body = fragment(text, analysis)?;
    // An article without a title line is named by the app's name.
    let title = analysis
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map_or("Sidelight", |b| b.span.of(text));
    let mut out = String::with_capacity(body.len() + STYLESHEET.len() + 512);
    out.push_str(concat!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        // The browser's own page colours follow the reader's light or dark setting.
        "<meta name=\"color-scheme\" content=\"light dark\">\n<title>",
    ));
    escape(&mut out, title);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLESHEET);
    out.push_str("</style>\n</head>\n<body class=\"sidelight-page\">\n");
    out.push_str(&body);
    out.push_str("</body>\n</html>\n");
    Ok(out)
}

/// The JSON a fragment embeds.
#[derive(Serialize)]
struct Data<'a> {
    version: u32,
    text: &'a str,
    analysis: &'a Analysis,
}

/// `value` as JSON that is safe inside a `<script>` element: `<`, `>` and `&` are written as
/// `\u003c`, `\u003e` and `\u0026`, so neither `</script>` nor `<!--` can occur in it, and
/// U+2028 and U+2029 as `\u2028` and `\u2029` (older JavaScript parsers end lines there).
/// Outside strings JSON holds only ASCII punctuation, digits and letters, so these characters
/// only ever occur inside strings, where the escapes mean the same characters.
fn script_json(value: &impl Serialize) -> String {
    let json = to_json(value);
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `value` as compact JSON.
#[cfg(not(target_arch = "wasm32"))]
fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("serializing plain data cannot fail")
}

/// `value` as compact JSON, through the browser's own JSON writer (the app has no JSON crate).
#[cfg(target_arch = "wasm32")]
fn to_json(value: &impl Serialize) -> String {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&ser)
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .and_then(|s| s.as_string())
        .expect("serializing plain data cannot fail")
}

/// Appends `s` escaped for HTML text and for attribute values in double or single quotes.
fn escape(out: &mut String, s: &str) {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let with = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        // The five are ASCII, so `i` is a character boundary.
        out.push_str(&s[from..i]);
        out.push_str(with);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// One text and its checked analysis.
struct Renderer<'a> {
    text: &'a str,
    analysis: &'a Analysis,
}

impl Renderer<'_> {
    /// The text of `span` with each mention wholly inside it wrapped in a `<mark>`, as the
    /// app's article view does. `emphasize`, when given, wraps only the mentions of those
    /// entities, in `<strong>` (a fact's evidence).
    fn inline(&self, out: &mut String, span: Span, emphasize: Option<[EntityId; 2]>) {
        let mentions = &self.analysis.mentions;
        let first = mentions.partition_point(|m| m.span.start < span.start);
        let mut at = span.start;
        for (i, m) in mentions.iter().enumerate().skip(first) {
            if m.span.start >= span.end {
                break;
            }
            if m.span.end > span.end {
                continue;
            }
            let entity = self.analysis.entity(m.entity);
            if let Some(ends) = emphasize {
                if !ends.contains(&m.entity) {
                    continue;
                }
                escape(out, Span::new(at, m.span.start).of(self.text));
                out.push_str("<strong>");
                escape(out, m.span.of(self.text));
                out.push_str("</strong>");
                at = m.span.end;
                continue;
            }
            escape(out, Span::new(at, m.span.start).of(self.text));
            let class = m.ty.class();
            write!(out, r#"<mark class="hl hl-{}" data-entity=""#, class.key()).unwrap();
            escape(out, &entity.slug);
            write!(out, r#"" data-mention="{i}" data-type="{}" title=""#, class.singular())
                .unwrap();
            escape(out, &format!("{}: {}", class.singular(), entity.name));
            out.push_str("\">");
            escape(out, m.span.of(self.text));
            out.push_str("</mark>");
            at = m.span.end;
        }
        escape(out, Span::new(at, span.end.max(at)).of(self.text));
    }

    /// One block's element, without the line break after it.
    fn block(&self, out: &mut String, block: &engine::Block) {
        match block.kind {
            BlockKind::Title => {
                out.push_str("<header class=\"article-head\"><h1 class=\"title\">");
                self.inline(out, block.span, None);
                out.push_str("</h1></header>");
            }
            BlockKind::Heading => {
                out.push_str("<h2 class=\"heading\"");
                if let Some(anchor) = &block.anchor {
                    out.push_str(" id=\"");
                    escape(out, anchor);
                    out.push('"');
                }
                out.push('>');
                self.inline(out, block.span, None);
                out.push_str("</h2>");
            }
            BlockKind::Paragraph => self.prose(out, block, None, "dateline", ""),
            BlockKind::Caption => self.prose(out, block, Some("caption"), "", "caption-credit"),
            BlockKind::Byline => self.prose(out, block, Some("byline"), "", ""),
            BlockKind::Note => self.prose(out, block, Some("note"), "note-label", ""),
            BlockKind::Contents => self.list(out, block, "toc", "Contents"),
            BlockKind::Aside => self.list(out, block, "related", "Related"),
            BlockKind::Tags => self.tags(out, block),
        }
    }

    /// A block of running text as `<p class="class">`, its label and items in spans of their
    /// own classes when those are given (a paragraph's dateline, a caption's credit).
    fn prose(
        &self,
        out: &mut String,
        block: &engine::Block,
        class: Option<&str>,
        label_class: &str,
        item_class: &str,
    ) {
        out.push_str("<p");
        if let Some(class) = class {
            write!(out, r#" class="{class}""#).unwrap();
        }
        out.push('>');
        for (piece, span) in block.pieces() {
            let wrap = match piece {
                Piece::Label => label_class,
                Piece::Item => item_class,
                Piece::Text | Piece::Between => "",
            };
            if wrap.is_empty() {
                self.inline(out, span, None);
            } else {
                write!(out, r#"<span class="{wrap}">"#).unwrap();
                self.inline(out, span, None);
                out.push_str("</span>");
            }
        }
        out.push_str("</p>");
    }

    /// A list of tags (`div.tags`): its caption, then the topics as a list.
    fn tags(&self, out: &mut String, block: &engine::Block) {
        out.push_str("<div class=\"tags\">");
        if let Some(l) = block.label {
            out.push_str("<p class=\"tags-label\">");
            self.inline(out, l, None);
            out.push_str("</p>");
        }
        out.push_str("<ul>");
        for item in &block.items {
            out.push_str("<li>");
            self.inline(out, item.span, None);
            out.push_str("</li>");
        }
        out.push_str("</ul></div>");
    }

    /// A contents block (`<nav class="toc">`, entries linked to their headings) or an aside
    /// (`<aside class="related">`), as the app shows them.
    fn list(&self, out: &mut String, block: &engine::Block, class: &str, default_label: &str) {
        let contents = block.kind == BlockKind::Contents;
        let (element, list) = if contents { ("nav", "ol") } else { ("aside", "ul") };
        let label = block.label.map(|l| l.of(self.text).trim().trim_end_matches(':').trim());
        write!(out, r#"<{element} class="{class}" aria-label=""#).unwrap();
        escape(out, label.filter(|l| !l.is_empty()).unwrap_or(default_label));
        out.push_str("\">");
        if let Some(l) = block.label {
            write!(out, r#"<p class="{class}-label">"#).unwrap();
            self.inline(out, l, None);
            out.push_str("</p>");
        }
        write!(out, "<{list}>").unwrap();
        for item in &block.items {
            out.push_str("<li>");
            let anchor = item
                .target
                .and_then(|t| self.analysis.blocks.get(t.0 as usize))
                .and_then(|b| b.anchor.as_deref())
                .filter(|_| contents);
            // An entry without a matching heading stays readable but is not a link.
            match anchor {
                Some(anchor) => {
                    out.push_str("<a href=\"#");
                    escape(out, anchor);
                    out.push_str("\">");
                    self.inline(out, item.span, None);
                    out.push_str("</a>");
                }
                None => self.inline(out, item.span, None),
            }
            out.push_str("</li>");
        }
        write!(out, "</{list}></{element}>").unwrap();
    }

    /// The facts: one item per relation, in the analysis's order (most confident first); an
    /// amount stated in two forms is one fact, as in the app's Facts panel ("raised €600
    /// million (≈ $640 million)"; `state::amounts`), while the page's data keeps both.
    fn facts(&self, out: &mut String) {
        out.push_str("<section class=\"facts\" aria-label=\"Facts\">\n<h2>Facts</h2>\n");
        if self.analysis.relations.is_empty() {
            out.push_str("<p class=\"empty\">No facts found in this article.</p>\n");
        } else {
            out.push_str("<ul>\n");
            let conversions = crate::state::amounts::conversions(self.text, self.analysis);
            for (i, r) in self.analysis.relations.iter().enumerate() {
                if conversions.iter().any(|&(_, j)| j == i) {
                    continue;
                }
                write!(out, r#"<li class="fact" data-fact="{i}">"#).unwrap();
                self.name(out, r.head);
                write!(out, r#" <span class="fact-phrase">{}</span> "#, r.ty.phrase()).unwrap();
                self.name(out, r.tail);
                if let Some(&(_, j)) = conversions.iter().find(|&&(k, _)| k == i) {
                    out.push_str(" <span class=\"fact-other-form\">(≈ ");
                    self.name(out, self.analysis.relations[j].tail);
                    out.push_str(")</span>");
                }
                out.push_str(" <q class=\"fact-evidence");
                if opens_with_quote(r.evidence.of(self.text)) {
                    out.push_str(" quoted");
                }
                out.push_str("\">");
                self.inline(out, r.evidence, Some([r.head, r.tail]));
                out.push_str("</q></li>\n");
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }

    /// An entity's name in a fact, tinted and underlined like its highlights.
    fn name(&self, out: &mut String, id: EntityId) {
        let e = self.analysis.entity(id);
        write!(out, r#"<span class="fact-entity hl-{}" data-entity=""#, e.ty.class().key())
            .unwrap();
        escape(out, &e.slug);
        out.push_str("\">");
        escape(out, &e.name);
        out.push_str("</span>");
    }
}

#[cfg(test)]
mod tests;
