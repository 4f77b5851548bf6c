//! "Add a fact" under the selected entity: a fact the engine missed, stated by the reader as
//! "<entity> <relation> <other entity>" with the article's sentence that says so. The choices
//! offered fit the relation's signature (`RelationType::links`), and the sentences offered are
//! those that name both (else those that name the selected one). The result is a correction
//! (`Correction::AddFact`), kept with the article and undone like the others.

use super::doc::Doc;
use crate::engine::{Analysis, Entity, EntityId, RelationType, Span};
use crate::state::corrections::Correction;
use crate::state::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddFactProps {
    pub doc: Doc,
    /// The selected entity, one end of the fact.
    pub entity: EntityId,
    pub onaction: Callback<Action>,
}

/// A relation as the form offers it: its type, and whether the selected entity is its head.
#[derive(Clone, Copy, PartialEq)]
struct Way {
    ty: RelationType,
    head: bool,
}

/// The relations the selected entity can have with some other entity of the article.
fn ways(a: &Analysis, e: &Entity) -> Vec<Way> {
    let mut ways = Vec::new();
    for ty in RelationType::ALL {
        let others = || a.entities.iter().filter(|o| o.id != e.id);
        if others().any(|o| ty.links(e.ty, o.ty)) {
            ways.push(Way { ty, head: true });
        }
        if !ty.is_symmetric() && others().any(|o| ty.links(o.ty, e.ty)) {
            ways.push(Way { ty, head: false });
        }
    }
    ways
}

/// The entities at the other end of `way`, by name.
fn others<'a>(a: &'a Analysis, e: &Entity, way: Way) -> Vec<&'a Entity> {
    let mut others: Vec<&Entity> = a
        .entities
        .iter()
        .filter(|o| o.id != e.id)
        .filter(|o| if way.head { way.ty.links(e.ty, o.ty) } else { way.ty.links(o.ty, e.ty) })
        .collect();
    crate::engine::sort::by_key(&mut others, |o| o.name.to_lowercase());
    others
}

/// The sentences that name `e` and `other` (or, when none names both, `e`), in text order.
fn sentences(a: &Analysis, e: EntityId, other: Option<EntityId>) -> Vec<Span> {
    // The sentence around each span of an entity's (sentences are in text order).
    let of = |id: EntityId| -> Vec<Span> {
        let entity = &a.entities[id.0 as usize];
        let spans = entity
            .mentions
            .iter()
            .map(|m| a.mentions[m.0 as usize].span)
            .chain(a.references.iter().filter(|r| r.entity == id).map(|r| r.span));
        let mut found: Vec<Span> = spans
            .filter_map(|span| {
                let k = a.sentences.partition_point(|s| s.end < span.end);
                a.sentences.get(k).copied().filter(|s| s.contains(span))
            })
            .collect();
        crate::engine::sort::natural(&mut found);
        found.dedup();
        found
    };
    let with_e = of(e);
    let both: Vec<Span> = match other {
        Some(o) => {
            let with_o = of(o);
            with_e.iter().filter(|s| with_o.binary_search(s).is_ok()).copied().collect()
        }
        None => Vec::new(),
    };
    if both.is_empty() {
        with_e
    } else {
        both
    }
}

/// A sentence as an option of the list: its words, shortened.
fn shortened(text: &str) -> String {
    const CHARS: usize = 90;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= CHARS {
        text
    } else {
        format!("{}…", text.chars().take(CHARS).collect::<String>().trim_end())
    }
}

/// The index a `<select>` event chose.
fn chosen(ev: &Event) -> Option<usize> {
    ev.target()?.dyn_into::<web_sys::HtmlSelectElement>().ok()?.value().parse().ok()
}

#[function_component]
pub fn AddFact(props: &AddFactProps) -> Html {
    let a = &props.doc.analysis;
    let text = &props.doc.text;
    // Closed, the form costs nothing: its choices are worked out only once it is opened.
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            open.set(!*open);
        })
    };
    let way_at = use_state(|| 0usize);
    let other_at = use_state(|| None::<usize>);
    let sentence_at = use_state(|| 0usize);
    // Another entity selected: the form starts again.
    {
        let (way_at, other_at, sentence_at) =
            (way_at.clone(), other_at.clone(), sentence_at.clone());
        let open = open.clone();
        use_effect_with(props.entity, move |_| {
            open.set(false);
            way_at.set(0);
            other_at.set(None);
            sentence_at.set(0);
        });
    }
    let Some(e) = a.entities.get(props.entity.0 as usize) else { return html! {} };
    if !*open {
        return html! {
            <details class="add-fact"><summary onclick={toggle}>{ "Add a fact" }</summary></details>
        };
    }
    let ways = ways(a, e);
    let Some(&way) = ways.get(*way_at).or(ways.first()) else { return html! {} };
    let others = others(a, e, way);
    let other = (*other_at).and_then(|k| others.get(k).copied());
    let sentences = sentences(a, e.id, other.map(|o| o.id));
    let sentence = sentences.get(*sentence_at).or(sentences.first()).copied();

    let on_way = {
        let (way_at, other_at, sentence_at) =
            (way_at.clone(), other_at.clone(), sentence_at.clone());
        Callback::from(move |ev: Event| {
            if let Some(k) = chosen(&ev) {
                way_at.set(k);
                other_at.set(None);
                sentence_at.set(0);
            }
        })
    };
    let on_other = {
        let (other_at, sentence_at) = (other_at.clone(), sentence_at.clone());
        Callback::from(move |ev: Event| {
            other_at.set(chosen(&ev));
            sentence_at.set(0);
        })
    };
    let on_sentence = {
        let sentence_at = sentence_at.clone();
        Callback::from(move |ev: Event| sentence_at.set(chosen(&ev).unwrap_or(0)))
    };
    let fact = other.zip(sentence).map(|(o, s)| {
        let (head, tail) = if way.head { (e, o) } else { (o, e) };
        Correction::AddFact {
            head: head.name.clone(),
            head_ty: head.ty,
            ty: way.ty,
            tail: tail.name.clone(),
            tail_ty: tail.ty,
            quote: s.of(text).to_string(),
            at: s.start,
        }
    });
    let onsubmit = {
        let (onaction, fact, other_at) = (props.onaction.clone(), fact.clone(), other_at.clone());
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            if let Some(fact) = fact.clone() {
                onaction.emit(Action::Correct(fact));
                other_at.set(None);
            }
        })
    };
    let way_label = |w: &Way| {
        if w.head {
            format!("{} …", w.ty.phrase())
        } else {
            format!("… {} {}", w.ty.phrase(), e.name)
        }
    };
    html! {
        <details class="add-fact" open=true>
            <summary onclick={toggle}>{ "Add a fact" }</summary>
            <form class="add-fact-form" {onsubmit}>
                <label for="add-fact-way">{ if way.head { e.name.as_str() } else { "Who or what" } }</label>
                <select id="add-fact-way" onchange={on_way}>
                    { for ways.iter().enumerate().map(|(k, w)| html! {
                        <option value={k.to_string()} selected={*w == way}>{ way_label(w) }</option>
                    }) }
                </select>
                <label for="add-fact-other" class="visually-hidden">{ "The other entity" }</label>
                <select id="add-fact-other" onchange={on_other}>
                    <option value="" selected={other.is_none()}>{ "— choose —" }</option>
                    { for others.iter().enumerate().map(|(k, o)| html! {
                        <option value={k.to_string()} selected={other.is_some_and(|x| x.id == o.id)}>{ &o.name }</option>
                    }) }
                </select>
                <label for="add-fact-sentence">{ "As the article says in" }</label>
                <select id="add-fact-sentence" onchange={on_sentence}>
                    { for sentences.iter().enumerate().map(|(k, s)| html! {
                        <option value={k.to_string()} selected={Some(*s) == sentence}>{ shortened(s.of(text)) }</option>
                    }) }
                </select>
                if let Some(Correction::AddFact { head, ty, tail, .. }) = &fact {
                    <p class="add-fact-preview">{ format!("{head} {} {tail}.", ty.phrase()) }</p>
                }
                <button type="submit" class="bar-button" disabled={fact.is_none()}>{ "Add the fact" }</button>
            </form>
        </details>
    }
}
