//! The offer to mark selected words as a name: selecting a few words of the article (a name
//! the engine missed, or got wrong) shows a small bar under them, "Mark as [type] [Mark]",
//! which adds a correction (`Correction::Add`): a mention of an entity of that name and type.

use super::doc::Doc;
use super::dom;
use crate::engine::EntityType;
use crate::state::corrections::{type_words, Correction};
use crate::state::Action;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement};
use yew::prelude::*;

/// Selected words and where to offer to mark them.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub quote: String,
    /// Its first byte in the text.
    pub at: usize,
    /// Page coordinates of the bar.
    pub top: f64,
    pub left: f64,
}

/// The longest selection offered for marking, in characters.
const MAX_CHARS: usize = 120;

/// The offer for the page's text selection, if it is a few words on one line of one block
/// of the article (the blocks that carry their first byte as `data-at`).
pub fn from_selection(doc: &Doc) -> Option<Offer> {
    let selection = dom::window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let raw: String = selection.to_string().into();
    let quote = raw.trim();
    if quote.is_empty() || quote.chars().count() > MAX_CHARS || quote.contains('\n') {
        return None;
    }
    let start = range.start_container().ok()?;
    let element = match start.dyn_ref::<Element>() {
        Some(e) => e.clone(),
        None => start.parent_element()?,
    };
    let block = element.closest("#article [data-at]").ok()??;
    let block_start: usize = block.get_attribute("data-at")?.parse().ok()?;
    // The text before the selection in its block, in UTF-16 units, to a byte offset.
    let before = dom::document().create_range().ok()?;
    before.set_start(&block, 0).ok()?;
    before.set_end(&start, range.start_offset().ok()?).ok()?;
    let units = before.to_string().length() as usize;
    let mut at = block_start;
    let mut counted = 0;
    for c in doc.text.get(block_start..)?.chars() {
        if counted >= units {
            break;
        }
        counted += c.len_utf16();
        at += c.len_utf8();
    }
    at += raw.len() - raw.trim_start().len();
    let rect = range.get_bounding_client_rect();
    let window = dom::window();
    Some(Offer {
        quote: quote.to_string(),
        at,
        top: rect.bottom() + window.scroll_y().unwrap_or(0.0) + 6.0,
        left: rect.left() + window.scroll_x().unwrap_or(0.0),
    })
}

#[derive(Properties, PartialEq)]
pub struct MarkOfferProps {
    pub offer: Offer,
    pub onaction: Callback<Action>,
    pub onclose: Callback<()>,
}

#[function_component]
pub fn MarkOffer(props: &MarkOfferProps) -> Html {
    let node = use_node_ref();
    let choice = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((props.offer.top as i64, props.offer.left as i64), move |&(top, left)| {
            if let Some(bar) = node.cast::<HtmlElement>() {
                // Through the CSSOM, which a strict Content-Security-Policy allows.
                let width =
                    dom::window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
                let left = (left as f64).min(width - bar.offset_width() as f64 - 8.0).max(8.0);
                let _ = bar.style().set_property("top", &format!("{top}px"));
                let _ = bar.style().set_property("left", &format!("{}px", left.round()));
            }
        });
    }
    let mark = {
        let (offer, onaction, onclose, choice) =
            (props.offer.clone(), props.onaction.clone(), props.onclose.clone(), choice.clone());
        Callback::from(move |_: MouseEvent| {
            let ty = choice
                .cast::<HtmlSelectElement>()
                .and_then(|s| EntityType::from_label(&s.value()))
                .unwrap_or(EntityType::Person);
            onaction.emit(Action::Correct(Correction::Add {
                quote: offer.quote.clone(),
                at: offer.at,
                ty,
            }));
            if let Ok(Some(s)) = dom::window().get_selection() {
                let _ = s.remove_all_ranges();
            }
            onclose.emit(());
        })
    };
    let onkeydown = {
        let onclose = props.onclose.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                onclose.emit(());
            }
        })
    };
    let close = props.onclose.reform(|_: MouseEvent| ());
    let shown: String = props.offer.quote.chars().take(40).collect();
    html! {
        <div ref={node} class="mark-offer" role="group" aria-label={format!("Mark “{shown}” as a name")} {onkeydown}
            onmousedown={Callback::from(|e: MouseEvent| e.stop_propagation())}>
            <label for="mark-offer-type">{ "Mark as" }</label>
            <select ref={choice} id="mark-offer-type">
                { for EntityType::ALL.into_iter().map(|t| html! { <option value={t.label()} selected={t == EntityType::Person}>{ type_words(t) }</option> }) }
            </select>
            <button type="button" class="bar-button primary" onclick={mark}>{ "Mark" }</button>
            <button type="button" class="mark-offer-close" aria-label="Close" onclick={close}>{ "×" }</button>
        </div>
    }
}
