//! The app's state container: the shared [`Doc`] plus the pure [`ReaderState`], wired into
//! Yew's `use_reducer`. All state changes go through [`ReaderState::apply`]; this wrapper only
//! adds the document the reducer needs and skips re-renders when nothing changed.

use super::doc::Doc;
use crate::state::fragment::{fragment_entity, fragment_view};
use crate::state::{Action, ReaderState};
use std::rc::Rc;
use yew::Reducible;

/// What `use_reducer` holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    pub doc: Doc,
    pub state: ReaderState,
}

impl Store {
    /// A store for `doc`, with the selection and view a deep link (`#entity=slug&view=facts`)
    /// asks for.
    pub fn new(doc: Doc, fragment: &str) -> Store {
        let mut state = ReaderState::default();
        if let Some(view) = fragment_view(fragment) {
            state = state.apply(Action::SetView(view), &doc.analysis);
        }
        if let Some(slug) = fragment_entity(fragment) {
            state = state.apply(Action::SelectSlug(slug.to_string()), &doc.analysis);
        }
        Store { doc, state }
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match &action {
            Action::Load(text) => {
                return Rc::new(Store { doc: Doc::new(text), state: ReaderState::default() })
            }
            Action::LoadAnalysed(text, analysis) => {
                let doc = Doc::with_analysis(text.clone(), analysis.clone());
                return Rc::new(Store { doc, state: ReaderState::default() });
            }
            _ => {}
        }
        let next = self.state.apply(action, &self.doc.analysis);
        if next == self.state {
            // Returning the same Rc tells Yew there is nothing to re-render.
            self
        } else {
            Rc::new(Store { doc: self.doc.clone(), state: next })
        }
    }
}
