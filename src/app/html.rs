//! A web page's article, read the way a browser's reader mode reads it: the page (pasted from
//! a browser, or an `.html` file) is parsed by the browser's `DOMParser` into a document that
//! is never shown and runs nothing; menus, ads, scripts, forms, share bars and comments are
//! dropped; the element holding most of the prose is the article; its headings, paragraphs,
//! list items, quotes and captions become blocks in reading order. Only their text leaves this
//! module (`state::outline` assembles it): no markup of the page ever reaches the reader's DOM.

use crate::engine::LineKind;
use crate::state::outline::{assemble, is_unlikely, page_title, Outlined};
use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, SupportedType};

/// Elements that are never part of an article's text.
const DROPPED: &str = "script, style, noscript, template, iframe, object, embed, svg, canvas, \
    form, button, input, select, textarea, nav, aside, footer, dialog, \
    [role=navigation], [role=banner], [role=complementary], [role=contentinfo], \
    [role=dialog], [aria-hidden=true], [hidden]";

/// Elements whose text is one block of the article.
const BLOCKS: &[&str] = &["p", "pre", "li", "dt", "dd", "figcaption", "blockquote", "td", "th"];

/// Elements that hold blocks (a `li` or `blockquote` with paragraphs inside is read through).
const CONTAINERS: &[&str] = &[
    "div", "section", "article", "main", "header", "ul", "ol", "dl", "figure", "table", "tbody",
    "thead", "tfoot", "tr", "td", "th", "li", "blockquote", "center", "details", "summary", "body",
];

/// The article in `html`, or `None` when the page has no text to read.
pub fn article(html: &str) -> Option<Outlined> {
    let doc = DomParser::new().ok()?.parse_from_string(html, SupportedType::TextHtml).ok()?;
    let title = title(&doc);
    remove_all(&doc, DROPPED);
    // Furniture told by its class or id ("share-bar", "comments"), unless it holds the whole
    // article.
    if let Ok(list) = doc.query_selector_all("[class], [id]") {
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let names = format!("{} {}", el.class_name(), el.id());
            let tag = el.tag_name().to_ascii_lowercase();
            if !matches!(tag.as_str(), "html" | "body" | "article" | "main") && is_unlikely(&names)
            {
                el.remove();
            }
        }
    }
    let root = main_element(&doc)?;
    let mut blocks: Vec<(LineKind, String)> = Vec::new();
    if let Some(t) = &title {
        blocks.push((LineKind::Title, t.clone()));
    }
    if let Some(byline) = byline(&doc, &root) {
        blocks.push((LineKind::Body, byline));
    }
    walk(&root, title.as_deref(), &mut blocks);
    assemble(blocks)
}

/// The page's headline: its first `<h1>`, else its `og:title`, else its `<title>` without the
/// site's name.
fn title(doc: &Document) -> Option<String> {
    let text = |sel: &str| doc.query_selector(sel).ok().flatten().and_then(|e| e.text_content());
    let clean = |s: String| Some(s.split_whitespace().collect::<Vec<_>>().join(" "));
    text("h1")
        .and_then(clean)
        .filter(|t| !t.is_empty())
        .or_else(|| {
            doc.query_selector("meta[property='og:title']")
                .ok()
                .flatten()
                .and_then(|m| m.get_attribute("content"))
                .and_then(clean)
                .filter(|t| !t.is_empty())
        })
        .or_else(|| Some(page_title(&doc.title())).filter(|t| !t.is_empty()))
}

/// The author line of the page, when its markup names one ("By Jane Doe").
fn byline(doc: &Document, root: &Element) -> Option<String> {
    let el = doc
        .query_selector("[rel=author], [itemprop=author], .byline, .author, [class*=byline]")
        .ok()
        .flatten()?;
    // Inside the article, the walk reads it in its place.
    if root.contains(Some(&el)) {
        return None;
    }
    let text = el.text_content()?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty() && text.chars().count() <= 100).then(|| {
        if text.to_lowercase().starts_with("by ") {
            text
        } else {
            format!("By {text}")
        }
    })
}

fn remove_all(doc: &Document, selector: &str) {
    if let Ok(list) = doc.query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                el.remove();
            }
        }
    }
}

/// The element holding the article: the `<article>` with the most text, else `<main>`, else
/// the element whose paragraphs score highest (readability's rule: each paragraph of 25
/// characters or more scores 1, plus its commas, plus one per 100 characters up to 3, for its
/// parent and half that for its grandparent), else the body.
fn main_element(doc: &Document) -> Option<Element> {
    let len = |e: &Element| e.text_content().map_or(0, |t| t.trim().len());
    let mut best: Option<(Element, usize)> = None;
    if let Ok(list) = doc.query_selector_all("article") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let n = len(&el);
                if best.as_ref().is_none_or(|(_, b)| n > *b) {
                    best = Some((el, n));
                }
            }
        }
    }
    if let Some((el, _)) = best.filter(|(_, n)| *n >= 200) {
        return Some(el);
    }
    if let Some(el) =
        doc.query_selector("main, [role=main]").ok().flatten().filter(|e| len(e) >= 200)
    {
        return Some(el);
    }
    let mut scores: Vec<(Element, f64)> = Vec::new();
    let mut add = |el: Element, s: f64| match scores.iter_mut().find(|(e, _)| *e == el) {
        Some((_, total)) => *total += s,
        None => scores.push((el, s)),
    };
    if let Ok(list) = doc.query_selector_all("p, pre, td") {
        for i in 0..list.length() {
            let Some(p) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let text = p.text_content().unwrap_or_default();
            let n = text.trim().chars().count();
            if n < 25 {
                continue;
            }
            let score = 1.0 + text.matches(',').count() as f64 + (n / 100).min(3) as f64;
            if let Some(parent) = p.parent_element() {
                if let Some(grand) = parent.parent_element() {
                    add(grand, score / 2.0);
                }
                add(parent, score);
            }
        }
    }
    scores
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(e, _)| e)
        .or_else(|| doc.body().map(Into::into))
}

/// The share of an element's text inside links: menus and link lists are mostly links.
fn link_density(el: &Element, total: usize) -> f64 {
    let mut linked = 0;
    if let Ok(links) = el.query_selector_all("a") {
        for i in 0..links.length() {
            linked += links.item(i).and_then(|n| n.text_content()).map_or(0, |t| t.trim().len());
        }
    }
    linked as f64 / total.max(1) as f64
}

/// Appends the blocks under `el`, in reading order.
fn walk(el: &Element, title: Option<&str>, out: &mut Vec<(LineKind, String)>) {
    let children = el.children();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        let tag = child.tag_name().to_ascii_lowercase();
        let text = || child.text_content().unwrap_or_default();
        match tag.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let t = text();
                let same = title.is_some_and(|title| {
                    t.split_whitespace().collect::<Vec<_>>().join(" ") == title
                });
                if !same {
                    out.push((LineKind::Heading, t));
                }
            }
            "br" | "hr" | "img" | "picture" | "video" | "audio" => {}
            t if has_blocks(&child) && CONTAINERS.contains(&t) => walk(&child, title, out),
            t if BLOCKS.contains(&t) || !has_blocks(&child) => {
                let text = text();
                let n = text.trim().len();
                // Menus and link lists: short lines that are mostly links.
                if n > 0 && !(link_density(&child, n) > 0.5 && n < 200) {
                    out.push((LineKind::Body, text));
                }
            }
            _ => walk(&child, title, out),
        }
    }
}

/// Whether `el` has block elements inside (then it is read through, not as one block).
fn has_blocks(el: &Element) -> bool {
    let children = el.children();
    (0..children.length()).filter_map(|i| children.item(i)).any(|c| {
        let tag = c.tag_name().to_ascii_lowercase();
        BLOCKS.contains(&tag.as_str())
            || CONTAINERS.contains(&tag.as_str())
            || tag.starts_with('h') && tag.len() == 2
    })
}
