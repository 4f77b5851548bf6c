//! The app's state container: the shared [`Doc`] plus the pure [`ReaderState`], wired into
//! Yew's `use_reducer`. All state changes go through [`ReaderState::apply`]; this wrapper only
//! adds the document the reducer needs and skips re-renders when nothing changed.

use super::doc::Doc;
use crate::engine::{Analysis, EntityId};
use crate::state::corrections::{apply, Correction};
use crate::state::fragment::{fragment_entity, fragment_view};
use crate::state::{Action, ReaderState};
use std::rc::Rc;
use yew::Reducible;

/// What `use_reducer` holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    pub doc: Doc,
    pub state: ReaderState,
    /// The library id of the article shown, once it is kept (the sample has none).
    pub kept: Option<Rc<str>>,
    /// A message about the library for the reader.
    pub notice: Option<String>,
    /// The engine's analysis before the reader's corrections (`doc` shows it corrected).
    pub base: Rc<Analysis>,
    /// The reader's corrections, in order (kept with the article in the library).
    pub corrections: Rc<[Correction]>,
    /// How many corrections each of the reader's steps made, in order (one each, but for an
    /// import or a fact in two forms): Undo takes back a step. Corrections kept from an
    /// earlier visit are a step each.
    pub steps: Rc<[usize]>,
    /// The entities a correction changed, marked in the sidebar.
    pub corrected: Rc<[EntityId]>,
    /// How many corrections no longer find what they corrected (after re-analysis).
    pub detached: usize,
    /// A large article being analysed off the page's main thread (`worker`): the action that
    /// opens it, finished when its analysis arrives (`Action::Analysed`). The page shows
    /// what it showed until then.
    pub pending: Option<Rc<Action>>,
}

/// A fresh state for `doc` with the selection and view a deep link asks for.
fn state_for(doc: &Doc, fragment: &str) -> ReaderState {
    let mut state = ReaderState::default();
    if let Some(view) = fragment_view(fragment) {
        state = state.apply(Action::SetView(view), &doc.analysis);
    }
    if let Some(slug) = fragment_entity(fragment) {
        state = state.apply(Action::SelectSlug(slug.to_string()), &doc.analysis);
    }
    state
}

impl Store {
    /// A store for `doc`, with the selection and view a deep link (`#entity=slug&view=facts`)
    /// asks for.
    pub fn new(doc: Doc, fragment: &str) -> Store {
        let state = state_for(&doc, fragment);
        let base = doc.analysis.clone();
        Store {
            doc,
            state,
            kept: None,
            notice: None,
            base,
            corrections: Rc::from([]),
            steps: Rc::from([]),
            corrected: Rc::from([]),
            detached: 0,
            pending: None,
        }
    }

    /// The store that `open` (an `Action::Load` or `Action::Restore`) gives, with `analysis`
    /// when it was made elsewhere, else analysing here; `None` for any other action.
    fn opened(&self, open: &Action, analysis: Option<Rc<Analysis>>) -> Option<Store> {
        let doc = |text: &Rc<str>, outline: &crate::state::outline::Outline| match &analysis {
            Some(a) => {
                Doc { outline: outline.clone(), ..Doc::with_analysis(text.clone(), a.clone()) }
            }
            None => Doc::new(text, outline.clone()),
        };
        let mut store = match open {
            Action::Load(text, outline) => Store::new(doc(text, outline), ""),
            Action::Restore(id, text, outline, corrections, fragment) => {
                let mut store = Store::new(doc(text, outline), "");
                store.kept = Some(id.clone());
                if !corrections.is_empty() {
                    store = store.corrected_with(corrections.to_vec());
                    store.steps = vec![1; corrections.len()].into();
                }
                // The fragment's selection, in the corrected analysis.
                store.state = state_for(&store.doc, fragment);
                store
            }
            _ => return None,
        };
        // Another article starts afresh, but for the reader's display preferences.
        store.state.labels = self.state.labels;
        Some(store)
    }

    /// The store with `corrections` applied over the engine's analysis: the selection stays
    /// on its entity when that is still there (by its URL slug), the card and the marked
    /// fact close (their ids may have moved).
    fn corrected_with(&self, corrections: Vec<Correction>) -> Store {
        let applied = apply(&self.doc.text, &self.base, &corrections);
        let doc = Doc {
            outline: self.doc.outline.clone(),
            ..Doc::with_analysis(self.doc.text.clone(), Rc::new(applied.analysis))
        };
        let mut state = self.state.clone();
        let slug = self.state.selected_slug(&self.doc.analysis).map(str::to_string);
        let entity = slug.and_then(|s| doc.analysis.entities.iter().find(|e| e.slug == s));
        state.selected = entity.map(|e| e.id);
        state.cursor = entity.map_or(0, |e| state.cursor.min(e.mentions.len().saturating_sub(1)));
        state.hover = None;
        state.marked_fact = None;
        Store {
            doc,
            state,
            corrections: corrections.into(),
            corrected: applied.corrected.into(),
            detached: applied.detached.len(),
            ..self.clone()
        }
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match &action {
            Action::Load(text, _) | Action::Restore(_, text, ..)
                if text.len() >= super::worker::WORKER_MIN_BYTES =>
            {
                // Analysed off the main thread first (the App runs the worker).
                return Rc::new(Store { pending: Some(Rc::new(action)), ..(*self).clone() });
            }
            Action::Load(..) | Action::Restore(..) => {
                return Rc::new(self.opened(&action, None).expect("an opening action"));
            }
            Action::Analysed(analysis) => {
                let opened =
                    self.pending.as_ref().and_then(|p| self.opened(p, Some(analysis.clone())));
                return opened.map_or(self, Rc::new);
            }
            Action::AnalyseHere => {
                let opened = self.pending.as_ref().and_then(|p| self.opened(p, None));
                return opened.map_or(self, Rc::new);
            }
            Action::CancelAnalysis => {
                return Rc::new(Store { pending: None, ..(*self).clone() });
            }
            Action::LoadAnalysed(text, analysis) => {
                let doc = Doc::with_analysis(text.clone(), analysis.clone());
                let mut store = Store::new(doc, "");
                store.state.labels = self.state.labels;
                return Rc::new(store);
            }
            Action::Correct(_) | Action::CorrectAll(_) => {
                let more: &[Correction] = match &action {
                    Action::Correct(c) => std::slice::from_ref(c),
                    Action::CorrectAll(more) => more,
                    _ => unreachable!(),
                };
                if more.is_empty() {
                    return self;
                }
                let all: Vec<Correction> =
                    self.corrections.iter().chain(more.iter()).cloned().collect();
                let steps: Vec<usize> = self.steps.iter().copied().chain([more.len()]).collect();
                return Rc::new(Store { steps: steps.into(), ..self.corrected_with(all) });
            }
            Action::Undo => {
                let Some((&last, before)) = self.steps.split_last() else { return self };
                let kept = self.corrections.len().saturating_sub(last);
                let store = self.corrected_with(self.corrections[..kept].to_vec());
                return Rc::new(Store { steps: before.into(), ..store });
            }
            Action::Kept(id) => {
                return Rc::new(Store { kept: Some(id.clone()), ..(*self).clone() });
            }
            Action::Notice(notice) => {
                return Rc::new(Store { notice: notice.clone(), ..(*self).clone() });
            }
            _ => {}
        }
        let next = self.state.apply(action, &self.doc.analysis);
        if next == self.state {
            // Returning the same Rc tells Yew there is nothing to re-render.
            self
        } else {
            Rc::new(Store { state: next, ..(*self).clone() })
        }
    }
}
