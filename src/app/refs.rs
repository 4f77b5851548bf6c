//! The elements that one view focuses or scrolls to for another, as `NodeRef`s that the App
//! shell creates once and hands down as a prop. The view that renders an element attaches its
//! ref; the others act through the ref, so no view looks up another's elements by id or class.
//! A prop rather than a Yew context: a `ContextProvider` adds about 2.7 KB of gzipped WASM.

use super::dom;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollLogicalPosition};
use yew::prelude::*;

/// The shared refs. A ref is empty while its element is not in the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppRefs {
    /// The article view's `<article>`: the skip link reveals it.
    pub article: NodeRef,
    /// The sidebar's entity search box, rendered in the Entities tab only: `/` focuses it.
    pub search: NodeRef,
    /// The bottom bar's button that opens the phone sheet: focus goes back to it when the
    /// sheet closes with focus inside.
    pub sheet_toggle: NodeRef,
    /// The sidebar (`<aside>`): the second skip link focuses its first entity.
    pub sidebar: NodeRef,
}

impl AppRefs {
    /// Scrolls the article into view and focuses it (the skip link's jump).
    pub fn reveal_article(&self) {
        if let Some(article) = self.article.cast::<Element>() {
            dom::reveal(&article, ScrollLogicalPosition::Start);
        }
    }

    /// Focuses the sidebar's first entity (the open tab when it lists none); `false` when the
    /// sidebar is not in the page.
    pub fn focus_sidebar(&self) -> bool {
        let Some(sidebar) = self.sidebar.cast::<Element>() else { return false };
        let first = [".entity-row", "[role=tab][aria-selected=true]"]
            .iter()
            .find_map(|sel| sidebar.query_selector(sel).ok().flatten());
        let Some(el) = first.and_then(|el| el.dyn_into::<HtmlElement>().ok()) else { return false };
        let _ = el.focus();
        true
    }

    /// Focuses the entity search box; `false` when the box is not in the page (another tab is
    /// open), so the caller can switch to the Entities tab first.
    pub fn focus_search(&self) -> bool {
        let Some(input) = self.search.cast::<HtmlElement>() else { return false };
        let _ = input.focus();
        true
    }
}
