//! The Facts panel: the relations the engine found, grouped by kind, each read as a sentence
//! fragment ("Microsoft — invested in → Mistral AI") over the sentence that states it.
//!
//! Names are buttons that select their entity; the rest of a fact shows its evidence: the
//! article scrolls to the sentence and marks it (through `Action::ShowEvidence`, since only the
//! article view touches the article). With a selection, the panel lists only that entity's
//! facts and offers to show them all.

use super::doc::Doc;
use super::dom;
use crate::engine::text::opens_with_quote;
use crate::engine::{EntityId, RelationType, Span};
use crate::state::corrections::Correction;
use crate::state::{Action, ReaderState};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FactsProps {
    pub doc: Doc,
    pub state: ReaderState,
    pub onaction: Callback<Action>,
    /// Whether each fact offers "Not a fact" (not in a blog's frame).
    pub editable: bool,
}

/// A group heading for each kind of fact, in plain words.
fn heading(ty: RelationType) -> &'static str {
    match ty {
        RelationType::Funding => "Money raised",
        RelationType::Valuation => "Valuations",
        RelationType::InvestedIn => "Investments",
        RelationType::Acquired => "Acquisitions",
        RelationType::PartnerOf => "Partnerships",
        RelationType::CompetitorOf => "Rivals",
        RelationType::EmployedBy => "Who works where",
        RelationType::Founded => "Founders",
        RelationType::LocatedIn => "Where things are",
        RelationType::ProductOf => "Products",
        RelationType::ParticipantIn => "Taking part",
    }
}

/// The evidence sentence with the fact's two entities emphasized, where it names them and
/// where it refers to them ("she", "the company").
fn quote(doc: &Doc, evidence: Span, ends: [EntityId; 2]) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut at = evidence.start;
    for span in doc.naming_in(evidence, ends) {
        out.push(Html::from(doc.slice(Span::new(at, span.start)).to_string()));
        out.push(html! { <strong>{ doc.slice(span).to_string() }</strong> });
        at = span.end;
    }
    out.push(Html::from(doc.slice(Span::new(at, evidence.end)).to_string()));
    out.into_iter().collect()
}

#[function_component]
pub fn Facts(props: &FactsProps) -> Html {
    let FactsProps { doc, state, onaction, editable } = props;
    let analysis = &doc.analysis;
    let listed = state.listed_facts(analysis);
    // An amount and its conversion in brackets read as one fact: (shown, folded into it).
    let conversions = &doc.conversions;
    let folded_into = |j: usize| {
        conversions.iter().find(|&&(i, k)| k == j && listed.contains(&i)).map(|&(i, _)| i)
    };
    let converted = |i: usize| conversions.iter().find(|&&(k, _)| k == i).map(|&(_, j)| j);
    // Selecting a name from a fact filters the list, which replaces the button that had
    // focus: focus then goes to a button of the same entity in the new list rather than
    // falling to the page.
    let panel = use_node_ref();
    let refocus: std::rc::Rc<std::cell::RefCell<Option<String>>> = use_mut_ref(|| None);
    {
        let panel = panel.clone();
        let refocus = refocus.clone();
        use_effect_with(state.selected, move |_| {
            let Some(slug) = refocus.borrow_mut().take() else { return };
            let doc = dom::document();
            let lost = doc.active_element().is_none_or(|a| {
                doc.body().is_some_and(|b| a == *b.unchecked_ref::<web_sys::Element>())
            });
            let Some(panel) = panel.cast::<web_sys::Element>() else { return };
            let selector = format!(".fact-entity[data-entity=\"{}\"]", web_sys::css::escape(&slug));
            let target = panel.query_selector(&selector).ok().flatten();
            if let Some(el) = target.filter(|_| lost).and_then(|t| t.dyn_into::<HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        });
    }

    let name = |id: EntityId| {
        let e = analysis.entity(id);
        let class = e.ty.class();
        let selected = state.selected == Some(id);
        let onaction = onaction.clone();
        let refocus = refocus.clone();
        let slug = e.slug.clone();
        // The name selects; it must not also count as a click on the fact around it.
        let onclick = Callback::from(move |ev: MouseEvent| {
            ev.stop_propagation();
            *refocus.borrow_mut() = Some(slug.clone());
            onaction.emit(Action::SelectInPanel(id));
        });
        html! {
            <button type="button" class={classes!("fact-entity", format!("hl-{}", class.key()), selected.then_some("is-selected"))}
                data-entity={e.slug.clone()} aria-pressed={selected.to_string()}
                title={format!("{}: select {}", class.singular(), e.name)} {onclick}>{ &e.name }</button>
        }
    };

    // Kinds in a fixed order, so the panel reads the same for every article.
    let groups = RelationType::ALL.into_iter().filter_map(|ty| {
        let facts: Vec<usize> = listed
            .iter()
            .copied()
            .filter(|&i| analysis.relations[i].ty == ty && folded_into(i).is_none())
            .collect();
        if facts.is_empty() {
            return None;
        }
        let items = facts.iter().map(|&i| {
            let r = &analysis.relations[i];
            let marked = state.marked_fact == Some(i);
            let show = {
                let onaction = onaction.clone();
                Callback::from(move |_: MouseEvent| onaction.emit(Action::ShowEvidence(i)))
            };
            let arrow = if ty.is_symmetric() { "↔" } else { "→" };
            let other_form = converted(i).map(|j| &analysis.relations[j]);
            // "Not a fact" takes both forms of the amount.
            let gone: Vec<(String, RelationType, String)> = std::iter::once(r)
                .chain(other_form)
                .map(|r| (analysis.entity(r.head).name.clone(), r.ty, analysis.entity(r.tail).name.clone()))
                .collect();
            html! {
                <li class={classes!("fact", marked.then_some("is-marked"))} data-fact={i.to_string()} onclick={show}>
                    <p class="fact-line">
                        { name(r.head) }{ " " }
                        <span class="fact-phrase"><span aria-hidden="true">{ "— " }</span>{ r.ty.phrase() }<span aria-hidden="true">{ format!(" {arrow}") }</span></span>
                        { " " }{ name(r.tail) }
                        if let Some(o) = other_form {
                            <span class="fact-other-form">{ " (≈ " }{ name(o.tail) }{ ")" }</span>
                        }
                    </p>
                    // The button's click bubbles to the fact's handler, which also serves mouse
                    // clicks anywhere else on the fact.
                    <button type="button" class="fact-evidence" aria-current={marked.then_some("true")}
                        title="Show this sentence in the article">
                        <span class="visually-hidden">{ "Show in the article: " }</span>
                        <q class={classes!(opens_with_quote(doc.slice(r.evidence)).then_some("quoted"))}>
                            { quote(doc, r.evidence, [r.head, r.tail]) }
                        </q>
                    </button>
                    if *editable {
                        { not_a_fact(gone, onaction) }
                    }
                </li>
            }
        });
        let id = format!("facts-{}", ty.label().to_lowercase());
        Some(html! {
            <section class="fact-group" aria-labelledby={id.clone()}>
                <h3 {id}>{ heading(ty) }<span class="group-count">{ facts.len() }</span></h3>
                <ul>{ for items }</ul>
            </section>
        })
    });

    let filter = state.selected.map(|id| {
        let e = analysis.entity(id);
        let own = doc.fact_count_of(id);
        let toggle = {
            let onaction = onaction.clone();
            let all = !state.all_facts;
            Callback::from(move |_: MouseEvent| onaction.emit(Action::ShowAllFacts(all)))
        };
        html! {
            <p class="facts-filter">
                <span>{
                    if state.all_facts { format!("All facts ({})", doc.fact_count()) }
                    else { format!("Facts about {} ({own})", e.name) }
                }</span>
                <button type="button" class="link-button" onclick={toggle}>{
                    if state.all_facts { format!("Only {}", e.name) } else { "Show all".to_string() }
                }</button>
            </p>
        }
    });

    html! {
        <div class="facts" ref={panel}>
            { for filter }
            { for groups }
            if listed.is_empty() {
                <p class="empty">{
                    match state.selected {
                        Some(id) if !analysis.relations.is_empty() => format!("No facts about {} in this article.", analysis.entity(id).name),
                        _ => "No facts found in this article: the engine links names only when a sentence says how they relate.".to_string(),
                    }
                }</p>
            }
        </div>
    }
}

/// The fact's "Not a fact" button: corrections that remove it (both facts, when it shows an
/// amount in two forms), undone from the sidebar's corrections line.
fn not_a_fact(facts: Vec<(String, RelationType, String)>, onaction: &Callback<Action>) -> Html {
    let Some((head, ty, tail)) = facts.first() else { return html! {} };
    let label = format!("Not a fact: {head} {} {tail}", ty.phrase());
    let onclick = {
        let onaction = onaction.clone();
        Callback::from(move |ev: MouseEvent| {
            // Not also a click on the fact around it.
            ev.stop_propagation();
            let gone: Vec<Correction> = facts
                .iter()
                .map(|(head, ty, tail)| Correction::RemoveFact {
                    head: head.clone(),
                    ty: *ty,
                    tail: tail.clone(),
                })
                .collect();
            onaction.emit(Action::CorrectAll(gone.into()));
        })
    };
    html! {
        <button type="button" class="fact-remove link-button" aria-label={label.clone()} title={label} {onclick}>{ "Not a fact" }</button>
    }
}
