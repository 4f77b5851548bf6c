//! The legend: one toggle per display class that occurs in the article, showing the class's
//! colour and underline style. Pressing one hides or shows that class's highlights. A
//! checkbox shows each highlight's type label inline (displaCy-style), off by default.

use super::doc::Doc;
use crate::engine::Class;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub doc: Doc,
    pub enabled: Vec<Class>,
    /// Are type labels shown inline?
    pub labels: bool,
    pub onaction: Callback<Action>,
}

#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    let items = props.doc.classes.iter().map(|&class| {
        let on = props.enabled.contains(&class);
        let onaction = props.onaction.clone();
        let onclick = Callback::from(move |_: MouseEvent| onaction.emit(Action::ToggleClass(class)));
        html! {
            <li>
                <button type="button" class={classes!("legend-item", format!("hl-{}", class.key()))} data-class={class.key()}
                    aria-pressed={on.to_string()} title={format!("{} {} highlights", if on { "Hide" } else { "Show" }, class.singular().to_lowercase())} {onclick}>
                    <span class="legend-sample">{ class.singular() }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="legend">
            <h3 id="legend-title" class="legend-title">{ "Highlight" }</h3>
            <ul aria-labelledby="legend-title">{ for items }</ul>
            <label class="legend-labels">
                <input type="checkbox" checked={props.labels} onchange={{
                    let (onaction, on) = (props.onaction.clone(), !props.labels);
                    Callback::from(move |_: Event| onaction.emit(Action::ShowLabels(on)))
                }} />
                { "Type labels in the text" }
            </label>
        </div>
    }
}
