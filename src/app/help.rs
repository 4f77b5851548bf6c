//! The keyboard-shortcuts help, opened with `?` or the header's keys button. It lists the
//! shortcuts table (`state::keys`) that the page-wide key handler reads.

use super::dom;
use crate::state::keys::{key_label, SHORTCUTS};
use crate::state::Action;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub onaction: Callback<Action>,
}

#[function_component]
pub fn Help(props: &HelpProps) -> Html {
    let dialog = use_node_ref();
    let close_button = use_node_ref();
    dom::use_return_focus(true, NodeRef::default());
    {
        // Focus moves into the dialog when it opens so Escape and Tab act inside it.
        let close_button = close_button.clone();
        use_effect_with((), move |_| {
            if let Some(el) = close_button.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let trap = {
        // Through the ref: Yew delegates events, so the event's current target is not the dialog.
        let dialog = dialog.clone();
        Callback::from(move |ev: KeyboardEvent| {
            if let Some(dialog) = dialog.cast::<Element>() {
                dom::trap_tab(&dialog, &ev);
            }
        })
    };
    let close = {
        let onaction = props.onaction.clone();
        Callback::from(move |_: MouseEvent| onaction.emit(Action::ShowHelp(false)))
    };
    html! {
        <div class="help-backdrop" onclick={close.clone()}>
            <div ref={dialog} class="help" role="dialog" aria-modal="true" aria-labelledby="help-title"
                onclick={Callback::from(|e: MouseEvent| e.stop_propagation())} onkeydown={trap}>
                <div class="help-head">
                    <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
                    <button ref={close_button} type="button" class="help-close" onclick={close} aria-label="Close">{ "×" }</button>
                </div>
                <dl>
                    // The same table the page-wide key handler reads.
                    { for SHORTCUTS.iter().map(|s| html! {
                        <div class="help-row">
                            <dt>{ for s.keys.iter().enumerate().map(|(i, k)| html! { <>{ if i > 0 { " or " } else { "" } }<kbd>{ key_label(k) }</kbd></> }) }</dt>
                            <dd>{ s.description }</dd>
                        </div>
                    }) }
                </dl>
                <p class="help-note">{ "Click a highlight or a name in the list to select it; click it again to clear." }</p>
            </div>
        </div>
    }
}
