//! The entity card: opens next to a highlight the pointer rests on (after a short delay) with
//! the entity's name, type, other names, "mention i of n", its top facts, and a button that
//! selects it. Placement reads the mark's position, so the card lives with the article view.

use super::doc::Doc;
use super::dom;
use crate::engine::MentionId;
use crate::state::Action;
use yew::prelude::*;

/// The card's width in CSS pixels (kept in step with `.card` in the stylesheet).
const CARD_WIDTH: f64 = 300.0;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub doc: Doc,
    pub mention: MentionId,
    pub onaction: Callback<Action>,
    /// The pointer entered or left the card (it keeps the card open while over it).
    pub onpointer: Callback<bool>,
}

/// Where to put the card: below the mark, or above it near the bottom of the window;
/// in page coordinates so it stays with the text as the page scrolls.
fn placement(mention: MentionId) -> Option<(f64, f64, bool)> {
    let win = dom::window();
    let rect = dom::document().get_element_by_id(&super::article::mark_id(mention))?.get_bounding_client_rect();
    let (sx, sy) = (win.scroll_x().ok()?, win.scroll_y().ok()?);
    let width = win.inner_width().ok()?.as_f64()?;
    let height = win.inner_height().ok()?.as_f64()?;
    let left = rect.left().min(width - CARD_WIDTH - 12.0).max(12.0) + sx;
    let above = rect.bottom() + 220.0 > height && rect.top() > 240.0;
    let top = if above { rect.top() + sy - 8.0 } else { rect.bottom() + sy + 8.0 };
    Some((left, top, above))
}

#[function_component]
pub fn Card(props: &CardProps) -> Html {
    let analysis = &props.doc.analysis;
    let Some(mention) = analysis.mentions.get(props.mention.0 as usize) else { return html! {} };
    let Some((left, top, above)) = placement(props.mention) else { return html! {} };
    let entity = analysis.entity(mention.entity);
    let class = mention.ty.class();
    let ordinal = props.doc.ordinal[props.mention.0 as usize] as usize;
    let aliases: Vec<&str> = entity.aliases.iter().map(String::as_str).filter(|a| *a != entity.name).collect();
    let facts = analysis.relations.iter().filter(|r| r.head == entity.id || r.tail == entity.id).take(3).map(|r| {
        html! { <li>{ format!("{} {} {}", analysis.entity(r.head).name, r.ty.phrase(), analysis.entity(r.tail).name) }</li> }
    });
    let select = {
        let onaction = props.onaction.clone();
        let id = entity.id;
        Callback::from(move |_: MouseEvent| {
            onaction.emit(Action::Hover(None));
            onaction.emit(Action::Select(id, Some(ordinal)));
        })
    };
    let enter = props.onpointer.reform(|_: MouseEvent| true);
    let leave = props.onpointer.reform(|_: MouseEvent| false);
    let style = format!("left:{left:.0}px;top:{top:.0}px;{}", if above { "transform:translateY(-100%)" } else { "" });
    html! {
        <div class={classes!("card", format!("sel-{}", class.key()))} {style} role="group" aria-label={format!("{}: {}", class.singular(), entity.name)}
            onmouseenter={enter} onmouseleave={leave}>
            <p class="card-type">{ class.singular() }</p>
            <p class="card-name">{ &entity.name }</p>
            if !aliases.is_empty() { <p class="card-aliases">{ format!("Also: {}", aliases.join(", ")) }</p> }
            <p class="card-pos">{ format!("Mention {} of {}", ordinal + 1, entity.mentions.len()) }</p>
            <ul class="card-facts">{ for facts }</ul>
            <button type="button" class="card-select" onclick={select}>
                { if entity.mentions.len() > 1 { format!("Show all {} mentions", entity.mentions.len()) } else { "Select".to_string() } }
            </button>
        </div>
    }
}
