//! The mention card: what a reader sees on resting the pointer on a highlight, or focusing it.
//! It names the entity and its class in words, lists other names it goes by, says which of its
//! mentions this is ("Mention 3 of 11") with previous / next, shows its top facts (each jumps
//! to its sentence) and a button that selects the entity.
//!
//! The card belongs to the article view, which decides when it opens and closes (hover and
//! focus timers); the card only places itself next to its mention, inside the viewport, or as
//! a popover at the bottom of a phone's screen. It reads the mention's position but never
//! changes the article.

use super::article::mark_id;
use super::doc::Doc;
use super::dom;
use crate::engine::MentionId;
use crate::state::corrections::Correction;
use crate::state::Action;
use web_sys::HtmlElement;
use yew::prelude::*;

/// How many facts a card lists; the Facts tab has the rest.
const TOP_FACTS: usize = 3;
/// Space between the mention and the card, and between the card and the viewport's edges.
const GAP: f64 = 8.0;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub doc: Doc,
    pub mention: MentionId,
    pub onaction: Callback<Action>,
    /// The pointer entered (`true`) or left the card: it stays open while the pointer is on it.
    pub onpointer: Callback<bool>,
    /// Escape pressed in the card: the article closes it and focuses its mention again.
    pub onescape: Callback<MentionId>,
    /// The card's element, for the article to focus it when the keyboard opened it.
    pub node: NodeRef,
    /// Whether the card offers "Not a name here" (not in a blog's frame).
    pub editable: bool,
}

/// Places `card` below the mark of `mention` (above when there is no room below), in page
/// coordinates so that scrolling moves both together, and never past the viewport's sides.
fn place(card: &HtmlElement, mention: MentionId) {
    if dom::is_phone() {
        // The stylesheet docks the card at the bottom of the screen.
        let _ = card.style().remove_property("top");
        let _ = card.style().remove_property("left");
        return;
    }
    let Some(mark) = dom::document().get_element_by_id(&mark_id(mention)) else { return };
    let window = dom::window();
    let num = |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    };
    let (vw, vh) = (num(window.inner_width()), num(window.inner_height()));
    let (sx, sy) = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
    let r = mark.get_bounding_client_rect();
    let (w, h) = (card.offset_width() as f64, card.offset_height() as f64);
    let below = r.bottom() + GAP;
    let top = if below + h > vh && r.top() - GAP - h > 0.0 { r.top() - GAP - h } else { below };
    let left = r.left().min(vw - w - GAP).max(GAP);
    // Through the CSSOM, which a strict Content-Security-Policy allows (a `style` attribute
    // it does not).
    let _ = card.style().set_property("top", &format!("{}px", (top + sy).round()));
    let _ = card.style().set_property("left", &format!("{}px", (left + sx).round()));
}

#[function_component]
pub fn Card(props: &CardProps) -> Html {
    let node = props.node.clone();
    {
        // Placing needs the card's own size, so it happens once the card is in the page.
        let node = node.clone();
        use_effect_with(props.mention, move |&mention| {
            if let Some(card) = node.cast::<HtmlElement>() {
                place(&card, mention);
            }
        });
    }
    let analysis = &props.doc.analysis;
    let Some(mention) = analysis.mentions.get(props.mention.0 as usize) else { return html! {} };
    let entity = analysis.entity(mention.entity);
    let class = entity.ty.class();
    let n = entity.mentions.len();
    let ordinal = props.doc.ordinal[props.mention.0 as usize] as usize;
    let aliases: Vec<&str> =
        entity.aliases.iter().map(String::as_str).filter(|a| *a != entity.name).collect();
    let act = |a: Action| {
        let onaction = props.onaction.clone();
        Callback::from(move |_: MouseEvent| onaction.emit(a.clone()))
    };
    // Relations come most confident first, so the first few are the card's top facts.
    let facts = analysis
        .relations
        .iter()
        .enumerate()
        .filter(|(_, r)| r.head == entity.id || r.tail == entity.id)
        .take(TOP_FACTS)
        .map(|(index, r)| {
            let text = format!("{} {} {}", analysis.entity(r.head).name, r.ty.phrase(), analysis.entity(r.tail).name);
            html! {
                <li><button type="button" class="card-fact" onclick={act(Action::ShowEvidence(index))}
                    title="Show the sentence in the article">{ text }</button></li>
            }
        });
    let select = {
        let onaction = props.onaction.clone();
        let id = entity.id;
        Callback::from(move |_: MouseEvent| {
            onaction.emit(Action::Hover(None));
            onaction.emit(Action::Select(id, Some(ordinal)));
        })
    };
    let onkeydown = {
        let onescape = props.onescape.clone();
        let id = props.mention;
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                // The card's own: the page-wide Escape would close it and drop focus.
                e.stop_propagation();
                e.prevent_default();
                onescape.emit(id);
            }
        })
    };
    let enter = props.onpointer.reform(|_: MouseEvent| true);
    let leave = props.onpointer.reform(|_: MouseEvent| false);
    html! {
        <div ref={node} class={classes!("card", format!("sel-{}", class.key()))} role="dialog" aria-labelledby="card-name"
            tabindex="-1" data-entity={entity.slug.clone()} onmouseenter={enter} onmouseleave={leave} {onkeydown}>
            <div class="card-head">
                <span class={classes!("swatch", format!("hl-{}", class.key()))} aria-hidden="true"></span>
                <span class="card-type">{ class.singular() }</span>
                <button type="button" class="card-close" onclick={act(Action::Hover(None))} aria-label="Close card (Esc)" title="Close (Esc)">{ "×" }</button>
            </div>
            <p class="card-name" id="card-name">{ &entity.name }</p>
            if !aliases.is_empty() {
                <p class="card-aliases">{ format!("Also: {}", aliases.join(", ")) }</p>
            }
            if let Some(line) = props.doc.references_line(entity.id) {
                <p class="card-refs">{ line }</p>
            }
            <ul class="card-facts">{ for facts }</ul>
            <div class="card-nav">
                <button type="button" onclick={act(Action::CardStep(-1))} aria-label="Previous mention" disabled={n < 2}>{ "‹" }</button>
                <span class="card-pos">{ format!("Mention {} of {n}", ordinal + 1) }</span>
                <button type="button" onclick={act(Action::CardStep(1))} aria-label="Next mention" disabled={n < 2}>{ "›" }</button>
            </div>
            if props.editable {
                <button type="button" class="link-button card-not-here" onclick={{
                    let (onaction, quote, at) = (props.onaction.clone(), props.doc.slice(mention.span).to_string(), mention.span.start);
                    Callback::from(move |_: MouseEvent| {
                        onaction.emit(Action::Hover(None));
                        onaction.emit(Action::Correct(Correction::RemoveMention { quote: quote.clone(), at }));
                    })
                }} title="Remove this highlight only">{ "Not a name here" }</button>
            }
            <button type="button" class="card-select" onclick={select}>
                { if n > 1 { format!("Show all {n} mentions") } else { "Select".to_string() } }
            </button>
        </div>
    }
}
