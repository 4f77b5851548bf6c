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
    /// The library id of the article shown, once it is kept (the sample has none).
    pub kept: Option<Rc<str>>,
    /// A message about the library for the reader.
    pub notice: Option<String>,
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
        Store { doc, state, kept: None, notice: None }
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Another article starts afresh, but for the reader's display preferences.
        let fresh = |mut store: Store| {
            store.state.labels = self.state.labels;
            Rc::new(store)
        };
        match &action {
            Action::Load(text, outline) => {
                return fresh(Store::new(Doc::new(text, outline.clone()), ""))
            }
            Action::LoadAnalysed(text, analysis) => {
                let doc = Doc::with_analysis(text.clone(), analysis.clone());
                return fresh(Store::new(doc, ""));
            }
            Action::Restore(id, text, outline, fragment) => {
                let mut store = Store::new(Doc::new(text, outline.clone()), fragment);
                store.kept = Some(id.clone());
                return fresh(store);
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
