//! An article brought in with its structure (a web page pasted or opened, a Markdown file): its
//! blocks become the reader's text, one block per line with a blank line between, and an
//! outline saying which line is the title and which are headings, which the engine takes as
//! given (`engine::analyze_outlined`) instead of guessing them from the lines' shapes.
//!
//! Plain Rust, tested natively; `app/html.rs` finds the blocks in a page.

use crate::engine::LineKind;
use std::rc::Rc;

/// The kinds of an article's lines, when its source gave them (plain text has none).
pub type Outline = Option<Rc<[LineKind]>>;

/// An article's text and the kind of each of its non-blank lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Outlined {
    pub text: String,
    pub outline: Vec<LineKind>,
}

/// The article made of `blocks` (in reading order): each block's whitespace is collapsed to
/// single spaces (a block is one line), empty blocks are dropped, only the first title stays
/// a title (a later one is a heading), and a block repeating the title right after it (a
/// page's headline both in its header and its article) is dropped. `None` if no block has
/// text.
pub fn assemble(blocks: impl IntoIterator<Item = (LineKind, String)>) -> Option<Outlined> {
    let mut text = String::new();
    let mut outline = Vec::new();
    let mut title: Option<String> = None;
    for (kind, raw) in blocks {
        let line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        let kind = match kind {
            LineKind::Title if title.is_some() || !outline.is_empty() => LineKind::Heading,
            k => k,
        };
        if outline.len() <= 2 && title.as_deref() == Some(line.as_str()) {
            continue;
        }
        if kind == LineKind::Title {
            title = Some(line.clone());
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&line);
        outline.push(kind);
    }
    (!outline.is_empty()).then_some(Outlined { text, outline })
}

/// A page's `<title>` without the site's name after it ("Floods cut off towns | Daily Post" →
/// "Floods cut off towns"): the part before the last " | ", " – ", " — " or " - " when what
/// follows is short (a name, not the rest of a headline).
pub fn page_title(title: &str) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    for sep in [" | ", " – ", " — ", " - ", " :: "] {
        if let Some(at) = title.rfind(sep) {
            let (head, site) = (&title[..at], &title[at + sep.len()..]);
            if site.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 2 {
                return head.to_string();
            }
        }
    }
    title
}

/// Words in an element's class or id that mark page furniture rather than the article
/// (menus, share bars, comments, ads), as readability-style extractors read them.
const UNLIKELY: &[&str] = &[
    "comment", "comments", "ad", "ads", "share", "sharing", "social", "related", "promo", "advert",
    "sponsor", "newsletter", "subscribe", "cookie", "banner", "breadcrumb", "popup", "modal",
    "sidebar", "menu", "masthead", "footer", "widget", "recommend", "outbrain", "taboola",
    "disqus", "signup", "paywall", "skip", "nav", "toolbar", "tags", "pagination",
];

/// Words that keep an element despite an [`UNLIKELY`] word ("article-body related").
const LIKELY: &[&str] = &["article", "body", "content", "entry", "post", "story", "text"];

/// Whether an element with this class and id is page furniture, to be dropped with everything
/// in it.
pub fn is_unlikely(class_and_id: &str) -> bool {
    let s = class_and_id.to_lowercase();
    let words: Vec<&str> = s.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    has(UNLIKELY) && !has(LIKELY)
}

/// Whether the lines of `text` (its non-blank lines) are as many as `outline` says, so that the
/// outline still describes the text (it does not after the text was edited by hand).
pub fn fits(text: &str, outline: &[LineKind]) -> bool {
    crate::engine::structure::line_count(text) == outline.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use LineKind::*;

    #[test]
    fn blocks_become_lines_and_an_outline() {
        let got = assemble([
            (Title, "  Floods cut\n off towns ".to_string()),
            (Title, "Floods cut off towns".to_string()),
            (Body, "By Jane Doe".to_string()),
            (Body, "   ".to_string()),
            (Heading, "What happened".to_string()),
            (Body, "The river rose.\nIt rose again.".to_string()),
            (Title, "Another headline".to_string()),
        ])
        .unwrap();
        assert_eq!(
            got.text,
            "Floods cut off towns\n\nBy Jane Doe\n\nWhat happened\n\nThe river rose. It rose again.\n\nAnother headline"
        );
        assert_eq!(got.outline, [Title, Body, Heading, Body, Heading]);
        assert!(fits(&got.text, &got.outline));
        assert!(!fits("Floods cut off towns\nBy Jane Doe", &got.outline));
        // A page without a headline has no title line; nothing at all is no article.
        assert_eq!(assemble([(Body, "Text.".to_string())]).unwrap().outline, [Body]);
        assert_eq!(assemble([(Body, " \n ".to_string())]), None);
    }

    #[test]
    fn page_titles_lose_the_site_name() {
        assert_eq!(page_title("Floods cut off towns | Daily Post"), "Floods cut off towns");
        assert_eq!(page_title("Floods cut off towns - BBC News"), "Floods cut off towns");
        // A dash inside a headline stays when what follows is long.
        assert_eq!(
            page_title("Rain - and then the river rose over the old town walls"),
            "Rain - and then the river rose over the old town walls"
        );
        assert_eq!(page_title("Home"), "Home");
    }

    #[test]
    fn furniture_is_told_by_class_and_id() {
        assert!(is_unlikely("share-bar"));
        assert!(is_unlikely("comments"));
        assert!(is_unlikely("ad-slot"));
        assert!(is_unlikely("site-nav main-menu"));
        assert!(!is_unlikely("article-body related"));
        assert!(!is_unlikely("headline"));
        // Whole words only: "navy" and "commentary" are not furniture.
        assert!(!is_unlikely("navy-blue"));
        assert!(!is_unlikely("commentary"));
    }
}
