//! The article view: title, meta line, contents, headings, paragraphs and related links, with
//! every mention wrapped in a `<mark>`. This is the only module that touches the article's DOM
//! (scrolling to a mention or a section); the rest of the app talks to it through props.

use super::card::Card;
use super::doc::Doc;
use super::dom;
use crate::engine::{Block, BlockKind, Class, EntityId, MentionId, Span};
use crate::state::Action;
use wasm_bindgen::JsCast;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{Element, MouseEvent, ScrollLogicalPosition};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub doc: Doc,
    pub selected: Option<EntityId>,
    pub focused: Option<MentionId>,
    pub enabled: Vec<Class>,
    /// Changes whenever the focused mention should be scrolled into view.
    pub scroll_seq: u32,
    /// The mention whose card is open.
    pub hover: Option<MentionId>,
    pub onaction: Callback<Action>,
}

/// The DOM id of a mention's `<mark>`.
pub fn mark_id(mention: MentionId) -> String {
    format!("mention-{}", mention.0)
}

/// What the inline renderer needs to style a mark.
struct Marks<'a> {
    doc: &'a Doc,
    selected: Option<EntityId>,
    focused: Option<MentionId>,
    enabled: &'a [Class],
}

impl Marks<'_> {
    /// The text of `span` with its mentions wrapped in marks.
    fn inline(&self, span: Span) -> Html {
        let mut out: Vec<Html> = Vec::new();
        let mut at = span.start;
        for (id, m) in self.doc.mentions_in(span) {
            if m.span.start > at {
                out.push(Html::from(self.doc.slice(Span::new(at, m.span.start)).to_string()));
            }
            let class = m.ty.class();
            let entity = self.doc.analysis.entity(m.entity);
            let selected = self.selected == Some(m.entity);
            let focused = self.focused == Some(id);
            let classes = classes!(
                "hl",
                format!("hl-{}", class.key()),
                (!self.enabled.contains(&class)).then_some("off"),
                selected.then_some("is-selected"),
                focused.then_some("is-focused"),
            );
            out.push(html! {
                <mark
                    id={mark_id(id)}
                    class={classes}
                    data-entity={entity.slug.clone()}
                    data-mention={id.0.to_string()}
                    data-type={class.singular()}
                    title={format!("{}: {}", class.singular(), entity.name)}
                    tabindex={selected.then_some("-1")}
                    aria-current={focused.then_some("true")}
                >{ self.doc.slice(m.span).to_string() }</mark>
            });
            at = m.span.end;
        }
        if at < span.end {
            out.push(Html::from(self.doc.slice(Span::new(at, span.end)).to_string()));
        }
        out.into_iter().collect()
    }

    fn block(&self, block: &Block) -> Html {
        let doc = self.doc;
        match block.kind {
            BlockKind::Title => html! { <h1 class="title">{ self.inline(block.span) }</h1> },
            BlockKind::Heading => html! {
                // Headings take focus after a contents jump, so screen readers land there too.
                <h2 id={block.anchor.clone()} tabindex="-1">{ self.inline(block.span) }</h2>
            },
            BlockKind::Paragraph => html! { <p>{ self.inline(block.span) }</p> },
            BlockKind::Contents => {
                let label = block.label.map(|l| doc.slice(l).trim().to_string()).unwrap_or_else(|| "Contents".into());
                let items = block.items.iter().map(|item| {
                    let anchor = item.target.and_then(|t| doc.analysis.blocks.get(t.0 as usize)).and_then(|b| b.anchor.clone());
                    match anchor {
                        Some(anchor) => html! {
                            <li><a href={format!("#{anchor}")} data-section={anchor}>{ self.inline(item.span) }</a></li>
                        },
                        // An entry without a matching heading stays readable but is not a link.
                        None => html! { <li>{ self.inline(item.span) }</li> },
                    }
                });
                html! {
                    <nav class="toc" aria-label={label}>
                        if let Some(l) = block.label { <p class="toc-label">{ self.inline(l) }</p> }
                        <ol>{ for items }</ol>
                    </nav>
                }
            }
            BlockKind::Aside => {
                let label = block.label.map(|l| doc.slice(l).trim().trim_end_matches(':').to_string()).unwrap_or_else(|| "Related".into());
                html! {
                    <aside class="related" aria-label={label}>
                        if let Some(l) = block.label { <p class="related-label">{ self.inline(l) }</p> }
                        <ul>{ for block.items.iter().map(|i| html! { <li>{ self.inline(i.span) }</li> }) }</ul>
                    </aside>
                }
            }
        }
    }
}

#[function_component]
pub fn Article(props: &ArticleProps) -> Html {
    {
        // Scroll to the focused mention whenever the state asks for it (select, next, prev).
        let focused = props.focused;
        use_effect_with(props.scroll_seq, move |&seq| {
            if seq > 0 {
                if let Some(el) = focused.and_then(|m| dom::document().get_element_by_id(&mark_id(m))) {
                    dom::reveal(&el, ScrollLogicalPosition::Center);
                }
            }
        });
    }

    // The card opens 150 ms after the pointer rests on a mark and closes 300 ms after it leaves
    // (mark or card), so passing over text does not flash cards. A new timer replaces (and so
    // cancels) the pending one.
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let later = {
        let timer = timer.clone();
        let onaction = props.onaction.clone();
        move |ms: u32, action: Option<Action>| {
            let onaction = onaction.clone();
            *timer.borrow_mut() = action.map(|a| Timeout::new(ms, move || onaction.emit(a)));
        }
    };
    let onmouseover = {
        let later = later.clone();
        let hover = props.hover;
        Callback::from(move |e: MouseEvent| {
            let Some(mark) = mark_at(&e) else { return };
            let Some(id) = mark.get_attribute("data-mention").and_then(|m| m.parse::<u32>().ok()).map(MentionId) else { return };
            if !dom::can_hover() {
                return;
            }
            if hover == Some(id) {
                later(0, None);
            } else {
                later(150, Some(Action::Hover(Some(id))));
            }
        })
    };
    let onmouseout = {
        let later = later.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(mark) = mark_at(&e) else { return };
            // Moving between the parts of one mark is not leaving it.
            let into = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if into.is_some_and(|n| mark.contains(Some(&n))) {
                return;
            }
            later(300, Some(Action::Hover(None)));
        })
    };
    let onpointer = {
        let later = later.clone();
        Callback::from(move |inside: bool| later(300, (!inside).then_some(Action::Hover(None))))
    };

    // One delegated listener for the whole article instead of one closure per mark.
    let onclick = {
        let doc = props.doc.clone();
        let focused = props.focused;
        let onaction = props.onaction.clone();
        let later = later.clone();
        let hover = props.hover;
        Callback::from(move |e: MouseEvent| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
            if let Ok(Some(link)) = target.closest("a[data-section]") {
                // A modified click means "open elsewhere": leave it to the browser.
                if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                    return;
                }
                // Contents links scroll with script so the URL fragment keeps the selection.
                e.prevent_default();
                let section = link.get_attribute("data-section").unwrap_or_default();
                if let Some(heading) = dom::document().get_element_by_id(&section) {
                    dom::reveal(&heading, ScrollLogicalPosition::Start);
                }
                return;
            }
            // A click that ends a text selection is the reader selecting text, not a mention.
            if dom::window().get_selection().ok().flatten().is_some_and(|s| !s.is_collapsed()) {
                return;
            }
            let Ok(Some(mark)) = target.closest("mark[data-mention]:not(.off)") else { return };
            let Some(index) = mark.get_attribute("data-mention").and_then(|m| m.parse::<usize>().ok()) else { return };
            let Some(mention) = doc.analysis.mentions.get(index) else { return };
            // Clicking acts on the mention; the card would only cover the text.
            later(0, None);
            if hover.is_some() {
                onaction.emit(Action::Hover(None));
            }
            if focused == Some(MentionId(index as u32)) {
                onaction.emit(Action::Clear);
            } else {
                onaction.emit(Action::Select(mention.entity, Some(doc.ordinal[index] as usize)));
            }
        })
    };

    let marks = Marks { doc: &props.doc, selected: props.selected, focused: props.focused, enabled: &props.enabled };
    let analysis = &props.doc.analysis;
    let meta = html! {
        <p class="meta">
            { format!("{} min read", props.doc.minutes) }
            <span aria-hidden="true">{ " · " }</span>
            { plural(analysis.entities.len(), "entity", "entities") }
            <span aria-hidden="true">{ " · " }</span>
            { plural(analysis.relations.len(), "fact", "facts") }
        </p>
    };
    let has_title = analysis.blocks.first().is_some_and(|b| b.kind == BlockKind::Title);
    let blocks = analysis.blocks.iter().enumerate().map(|(i, b)| {
        let block = marks.block(b);
        if i == 0 && has_title {
            html! { <header class="article-head">{ block }{ meta.clone() }</header> }
        } else {
            block
        }
    });
    let class = classes!("article", props.selected.is_some().then_some("has-selection"));
    html! {
        <>
            <article id="article" class={class} {onclick} {onmouseover} {onmouseout}>
                if !has_title { { meta.clone() } }
                { for blocks }
            </article>
            if let Some(mention) = props.hover {
                <Card doc={props.doc.clone()} {mention} onaction={props.onaction.clone()} {onpointer} />
            }
        </>
    }
}

/// The highlight (not switched off) under a mouse event, if any.
fn mark_at(e: &MouseEvent) -> Option<Element> {
    let target = e.target()?.dyn_into::<Element>().ok()?;
    target.closest("mark[data-mention]:not(.off)").ok().flatten()
}

/// "1 entity", "22 entities".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
