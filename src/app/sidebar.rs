//! The sidebar: three tabs (Entities · Facts · Map) under one selection. Entities has the
//! search, the legend and the entities grouped by class; Facts and Map are their own modules.
//! The selected entity's card with "mention i of n" and previous / next shows in every tab.
//! On phones the sidebar is a bottom sheet.

use super::doc::Doc;
use super::dom;
use super::facts::Facts;
use super::legend::Legend;
use super::map::Map;
use super::refs::AppRefs;
use crate::engine::{Class, Entity, EntityId, EntityType};
use crate::state::corrections::{type_words, Correction};
use crate::state::{Action, ReaderState, View};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    pub doc: Doc,
    pub state: ReaderState,
    pub onaction: Callback<Action>,
    /// The shell's refs; the sidebar attaches `search` and `sidebar` and focuses
    /// `sheet_toggle`.
    pub refs: AppRefs,
    /// The reader's corrections to the analysis (none, and no controls, in a blog's frame).
    pub corrections: Rc<[Correction]>,
    /// The entities a correction changed, marked in the list.
    pub corrected: Rc<[EntityId]>,
    /// How many corrections no longer find what they corrected.
    pub detached: usize,
    /// Whether the reader may correct (not in a blog's frame).
    pub editable: bool,
}

/// Does `entity` match the reader's search (case-insensitive, name or any alias)?
fn matches(entity: &Entity, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    q.is_empty()
        || entity.name.to_lowercase().contains(&q)
        || entity.aliases.iter().any(|a| a.to_lowercase().contains(&q))
}

/// The tabs, in their order on screen.
const VIEWS: [View; 3] = [View::Entities, View::Facts, View::Map];

#[function_component]
pub fn Sidebar(props: &SidebarProps) -> Html {
    // `refs`: the search box's ref and the sheet toggle's come from the shell (it focuses the
    // box on `/`; the toggle is in its bottom bar).
    let SidebarProps { doc, state, onaction, refs, .. } = props;
    let sidebar = refs.sidebar.clone();
    let sheet_close = use_node_ref();
    // One per tab, in the order of `VIEWS`.
    let tab_refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    {
        // When the sheet opens, focus moves into it (to its close button, which does not pop
        // up a phone's keyboard the way the search box would).
        let sidebar = sidebar.clone();
        let sheet_close = sheet_close.clone();
        let sheet_toggle = refs.sheet_toggle.clone();
        use_effect_with(state.sheet, move |&open| {
            if !dom::is_phone() {
                return;
            }
            let active = dom::document().active_element();
            let inside = sidebar
                .cast::<Element>()
                .is_some_and(|s| active.is_some_and(|a| s.contains(Some(&a))));
            // On close, focus would be left on a hidden element: hand it back to the sheet's
            // toggle.
            let target = match (open, inside) {
                (true, _) => sheet_close,
                (false, true) => sheet_toggle,
                (false, false) => return,
            };
            if let Some(el) = target.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let analysis = &doc.analysis;
    let act = |a: Action| {
        let onaction = onaction.clone();
        Callback::from(move |_: MouseEvent| onaction.emit(a.clone()))
    };

    let oninput = {
        let onaction = onaction.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                onaction.emit(Action::Search(input.value()));
            }
        })
    };
    // ↓ from the box goes down the list of results, Enter selects the first one.
    let groups_ref = use_node_ref();
    let first_match = analysis.entities.iter().find(|e| matches(e, &state.search)).map(|e| e.id);
    // Enter / Shift+Enter's requests to the article search (a counter and the step).
    let find_step = use_state(|| (0u32, 1i32));
    let onkeydown = {
        let onaction = onaction.clone();
        let find_step = find_step.clone();
        let empty = state.search.is_empty();
        let groups_ref = groups_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "ArrowDown" {
                e.prevent_default();
                focus_row(&groups_ref, 0);
            } else if e.key() == "Enter" && !empty {
                e.prevent_default();
                match first_match {
                    Some(id) if !e.shift_key() => onaction.emit(Action::Select(id, None)),
                    // No entity by that name (or Shift): the next (previous) place in the
                    // article's text.
                    _ => {
                        let (n, _) = *find_step;
                        find_step.set((n + 1, if e.shift_key() { -1 } else { 1 }));
                    }
                }
            } else if e.key() == "Escape" {
                // The first Escape empties the search; the next one leaves the box.
                if empty {
                    if let Some(input) =
                        e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                    {
                        let _ = input.blur();
                    }
                    onaction.emit(Action::Escape);
                } else {
                    onaction.emit(Action::Search(String::new()));
                }
            }
        })
    };

    // ↑ and ↓ move between the results; ↑ from the first goes back to the box.
    let on_rows_key = {
        let groups_ref = groups_ref.clone();
        let search = refs.search.clone();
        Callback::from(move |e: KeyboardEvent| {
            let step: isize = match e.key().as_str() {
                "ArrowDown" => 1,
                "ArrowUp" => -1,
                _ => return,
            };
            let rows = rows_in(&groups_ref);
            let active = dom::document().active_element();
            let Some(at) = rows.iter().position(|r| Some(r) == active.as_ref()) else { return };
            e.prevent_default();
            match at.checked_add_signed(step) {
                Some(next) if next < rows.len() => focus_row(&groups_ref, next),
                Some(_) => {}
                None => {
                    if let Some(input) = search.cast::<HtmlElement>() {
                        let _ = input.focus();
                    }
                }
            }
        })
    };

    let view = state.view;
    let selection = state.selected.map(|id| {
        let e = analysis.entity(id);
        let class = e.ty.class();
        let n = e.mentions.len();
        let aliases: Vec<&str> = e.aliases.iter().map(String::as_str).filter(|a| *a != e.name).collect();
        let facts = analysis.relations.iter().enumerate().filter(|(_, r)| r.head == id || r.tail == id).take(5).map(|(index, r)| {
            let (head, tail) = (analysis.entity(r.head), analysis.entity(r.tail));
            let text = format!("{} {} {}", head.name, r.ty.phrase(), tail.name);
            // A fact links to its evidence: the selected entity's mention in that sentence, or
            // else the other entity's (the sentence may name the selected one only by "it"),
            // or else just the sentence.
            let other = if r.head == id { r.tail } else { r.head };
            let target = [id, other].into_iter().find_map(|who| {
                let e = analysis.entity(who);
                e.mentions.iter().position(|&m| r.evidence.contains(analysis.mention(m).span)).map(|i| (who, i))
            });
            match target {
                Some((who, at)) => {
                    // The sentence is marked too, as from the Facts tab.
                    let onaction = onaction.clone();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        onaction.emit(Action::Select(who, Some(at)));
                        onaction.emit(Action::ShowEvidence(index));
                    });
                    html! {
                        <li><button type="button" class="fact" title="Show where the article says so" {onclick}>{ text }</button></li>
                    }
                }
                // The sentence names neither ("She joined it in 2019"): it is still marked.
                None => {
                    let onaction = onaction.clone();
                    let onclick = Callback::from(move |_: MouseEvent| onaction.emit(Action::ShowEvidence(index)));
                    html! {
                        <li><button type="button" class="fact" title="Show where the article says so" {onclick}>{ text }</button></li>
                    }
                }
            }
        }).collect::<Vec<Html>>();
        html! {
            <section class={classes!("selection", format!("sel-{}", class.key()))} aria-label="Selected entity">
                <div class="sel-head">
                    <span class={classes!("swatch", format!("hl-{}", class.key()))} aria-hidden="true"></span>
                    <span class="sel-type">{ class.singular() }</span>
                    <button class="sel-clear" type="button" onclick={act(Action::Clear)} aria-label="Clear selection (Esc)" title="Clear selection (Esc)">{ "×" }</button>
                </div>
                <p class="sel-name">{ &e.name }</p>
                if !aliases.is_empty() {
                    <p class="sel-aliases">{ format!("Also: {}", aliases.join(", ")) }</p>
                }
                if let Some(line) = doc.references_line(e.id) {
                    <p class="sel-refs">{ line }</p>
                }
                if props.editable {
                    { fix_controls(e, &analysis.entities, onaction) }
                    <super::add_fact::AddFact doc={doc.clone()} entity={e.id} onaction={onaction.clone()} />
                }
                <div class="sel-nav">
                    <button type="button" onclick={act(Action::Prev)} aria-label="Previous mention (k)" title="Previous mention (k)" disabled={n < 2}>{ "‹" }</button>
                    <span class="sel-pos">{ format!("Mention {} of {}", state.cursor + 1, n) }</span>
                    <button type="button" onclick={act(Action::Next)} aria-label="Next mention (j)" title="Next mention (j)" disabled={n < 2}>{ "›" }</button>
                </div>
                // The Facts tab lists the same facts in full just below.
                if !facts.is_empty() && view != View::Facts {
                    <h3 class="sel-facts-label">{ "Facts" }</h3>
                    <ul class="sel-facts">{ for facts }</ul>
                }
            </section>
        }
    });

    // Groups come in the order of their most salient entity, since entities are sorted so.
    let mut groups: Vec<(Class, Vec<&Entity>)> = Vec::new();
    for e in analysis.entities.iter().filter(|e| matches(e, &state.search)) {
        let class = e.ty.class();
        match groups.iter_mut().find(|(c, _)| *c == class) {
            Some((_, list)) => list.push(e),
            None => groups.push((class, vec![e])),
        }
    }
    let group_html = groups.iter().map(|(class, list)| {
        let off = !state.is_enabled(*class);
        let heading_id = format!("group-{}", class.key());
        let rows = list.iter().map(|e| {
            let selected = state.selected == Some(e.id);
            let onclick = act(Action::Select(e.id, None));
            html! {
                <li>
                    <button type="button" class={classes!("entity-row", selected.then_some("is-selected"))}
                        aria-pressed={selected.to_string()} data-entity={e.slug.clone()} {onclick}>
                        <span class="entity-name" title={e.name.clone()}>{ &e.name }</span>
                        if props.corrected.contains(&e.id) {
                            <span class="corrected-mark" title="You corrected this">{ "✎" }<span class="visually-hidden">{ " (corrected)" }</span></span>
                        }
                        <span class="entity-count" title={format!("{} mentions", e.mentions.len())}>{ e.mentions.len() }</span>
                    </button>
                </li>
            }
        });
        html! {
            <section class={classes!("group", format!("group-{}", class.key()), off.then_some("off"))} aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>
                    <span class={classes!("swatch", format!("hl-{}", class.key()))} aria-hidden="true"></span>
                    { class.plural() }
                    <span class="group-count">{ list.len() }</span>
                </h3>
                <ul>{ for rows }</ul>
            </section>
        }
    });

    let tabs = [
        (View::Entities, "Entities", Some(analysis.entities.len())),
        (View::Facts, "Facts", Some(doc.fact_count())),
        (View::Map, "Map", None),
    ];
    // Arrow keys move between tabs, as in every tab list (WAI-ARIA tabs pattern).
    let on_tab_key = {
        let onaction = onaction.clone();
        let tab_refs = tab_refs.clone();
        Callback::from(move |e: KeyboardEvent| {
            let at = VIEWS.iter().position(|&v| v == view).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => (at + 1) % 3,
                "ArrowLeft" => (at + 2) % 3,
                "Home" => 0,
                "End" => 2,
                _ => return,
            };
            e.prevent_default();
            onaction.emit(Action::SetView(VIEWS[next]));
            let tab = tab_refs[next].clone();
            dom::after_render(move || {
                if let Some(tab) = tab.cast::<HtmlElement>() {
                    let _ = tab.focus();
                }
            });
        })
    };
    let tab_buttons = tabs.iter().zip(&tab_refs).map(|(&(v, name, count), tab_ref)| {
        let on = v == view;
        html! {
            <button ref={tab_ref.clone()} type="button" role="tab" id={format!("tab-{}", v.key())} class={classes!("tab", on.then_some("is-active"))}
                aria-selected={on.to_string()} aria-controls={format!("panel-{}", v.key())} tabindex={if on { "0" } else { "-1" }}
                onclick={act(Action::SetView(v))}>
                { name }
                if let Some(n) = count { <span class="tab-count">{ n }</span> }
            </button>
        }
    });
    let view_name = tabs.iter().find(|t| t.0 == view).map_or("Entities", |t| t.1);

    let panel = match view {
        View::Entities => html! {
            <>
                <div class="search">
                    <label for="entity-search" class="visually-hidden">{ "Search entities" }</label>
                    <input ref={refs.search.clone()} id="entity-search" type="search" placeholder="Search entities" autocomplete="off"
                        value={state.search.clone()} {oninput} {onkeydown} />
                    <kbd class="search-key" aria-hidden="true">{ "/" }</kbd>
                </div>
                <super::find::Find query={state.search.clone()} doc={doc.clone()} article={refs.article.clone()} step={*find_step} />
                { for selection }
                <Legend doc={doc.clone()} enabled={state.enabled.clone()} labels={state.labels} onaction={onaction.clone()} />
                <div class="groups" ref={groups_ref.clone()} onkeydown={on_rows_key}>
                    { for group_html }
                    if groups.is_empty() {
                        <p class="empty">{
                            if analysis.entities.is_empty() { "No entities found in this article.".to_string() }
                            else { format!("No entities match “{}”.", state.search.trim()) }
                        }</p>
                    }
                </div>
            </>
        },
        View::Facts => html! {
            <>
                { for selection }
                <Facts doc={doc.clone()} state={state.clone()} onaction={onaction.clone()} editable={props.editable} />
            </>
        },
        View::Map => html! {
            <>
                <Map doc={doc.clone()} state={state.clone()} onaction={onaction.clone()} />
                { for selection }
            </>
        },
    };

    // The open phone sheet covers the article: Tab cycles inside it until it closes.
    let trap = {
        let open = state.sheet;
        let sidebar = sidebar.clone();
        Callback::from(move |ev: KeyboardEvent| {
            if open && dom::is_phone() {
                // Through the ref: Yew delegates events, so the event's current target is not
                // the sheet.
                if let Some(sheet) = sidebar.cast::<Element>() {
                    dom::trap_tab(&sheet, &ev);
                }
            }
        })
    };
    html! {
        <aside ref={sidebar} id="sidebar" class={classes!("sidebar", state.sheet.then_some("open"))} aria-label="Entities, facts and map" onkeydown={trap}>
            <div class="sheet-head">
                <h2>{ view_name }</h2>
                <button ref={sheet_close} type="button" class="sheet-close" onclick={act(Action::ShowSheet(false))} aria-label="Close the panel">{ "×" }</button>
            </div>
            <div class="tabs" role="tablist" aria-label="Sidebar views" onkeydown={on_tab_key}>{ for tab_buttons }</div>
            { corrections_line(&props.corrections, props.detached, onaction) }
            <div class={classes!("panel", format!("panel-{}", view.key()))} role="tabpanel" id={format!("panel-{}", view.key())}
                aria-labelledby={format!("tab-{}", view.key())}>
                { panel }
            </div>
        </aside>
    }
}

/// The result rows of the entity list, in order.
fn rows_in(groups: &NodeRef) -> Vec<Element> {
    let Some(list) = groups.cast::<Element>() else { return Vec::new() };
    let Ok(rows) = list.query_selector_all(".entity-row") else { return Vec::new() };
    (0..rows.length()).filter_map(|i| rows.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Focuses the `n`th result row, if there is one.
fn focus_row(groups: &NodeRef, n: usize) {
    if let Some(row) = rows_in(groups).get(n).and_then(|r| r.dyn_ref::<HtmlElement>()) {
        let _ = row.focus();
    }
}

/// The selected entity's corrections: its type (a list of every type, in words) and "Not a
/// name", which removes it with its highlights and facts. Both are `Action::Correct`s, kept
/// with the article and undone from the corrections line.
fn fix_controls(e: &Entity, all: &[Entity], onaction: &Callback<Action>) -> Html {
    let (name, from) = (e.name.clone(), e.ty);
    let onchange = {
        let (onaction, name) = (onaction.clone(), name.clone());
        Callback::from(move |ev: Event| {
            let Some(select) =
                ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            if let Some(to) = EntityType::from_label(&select.value()).filter(|&to| to != from) {
                onaction.emit(Action::Correct(Correction::Retype { name: name.clone(), from, to }));
            }
        })
    };
    let remove = {
        let onaction = onaction.clone();
        Callback::from(move |_: MouseEvent| {
            onaction.emit(Action::Correct(Correction::Remove { name: name.clone(), ty: from }));
        })
    };
    // The same thing under another name ("Smith" and "Bob Smith"): the entities of its class.
    let mut others: Vec<&Entity> =
        all.iter().filter(|o| o.id != e.id && o.ty.class() == e.ty.class()).collect();
    crate::engine::sort::by_key(&mut others, |o| o.name.to_lowercase());
    let onmerge = {
        let (onaction, name) = (onaction.clone(), e.name.clone());
        let targets: Vec<(String, EntityType)> =
            others.iter().map(|o| (o.name.clone(), o.ty)).collect();
        Callback::from(move |ev: Event| {
            let Some(select) =
                ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            let Some((into, into_ty)) =
                select.value().parse::<usize>().ok().and_then(|k| targets.get(k).cloned())
            else {
                return;
            };
            onaction.emit(Action::Correct(Correction::Merge {
                name: name.clone(),
                ty: from,
                into,
                into_ty,
            }));
        })
    };
    html! {
        <div class="sel-fix">
            if !others.is_empty() {
                <label class="sel-fix-label" for="sel-fix-merge">{ "Same as" }</label>
                <select id="sel-fix-merge" onchange={onmerge} title="Merge with another entity">
                    <option value="" selected=true>{ "—" }</option>
                    { for others.iter().enumerate().map(|(k, o)| html! { <option value={k.to_string()}>{ &o.name }</option> }) }
                </select>
            }
            <label class="sel-fix-label" for="sel-fix-type">{ "Is" }</label>
            <select id="sel-fix-type" {onchange} title="Correct the type">
                { for EntityType::ALL.into_iter().map(|t| html! {
                    <option value={t.label()} selected={t == from}>{ type_words(t) }</option>
                }) }
            </select>
            <button type="button" class="link-button" onclick={remove} title="Remove its highlights and facts">{ "Not a name" }</button>
        </div>
    }
}

/// The line that lists the reader's corrections, with Undo.
fn corrections_line(
    corrections: &[Correction],
    detached: usize,
    onaction: &Callback<Action>,
) -> Html {
    let Some(last) = corrections.last() else { return html! {} };
    let undo = onaction.reform(|_: MouseEvent| Action::Undo);
    let n = corrections.len();
    html! {
        <p class="corrections-line" role="status">
            <span>{ format!("{n} correction{}: {}", if n == 1 { "" } else { "s" }, last.describe()) }</span>
            if detached > 0 {
                <span class="corrections-detached">{ format!(" ({detached} no longer match the text)") }</span>
            }
            <button type="button" class="link-button" onclick={undo}>{ "Undo" }</button>
        </p>
    }
}
