//! The reader's UI state as a pure reducer: selection, focused mention, enabled classes,
//! sidebar view, search, the marked evidence sentence and the mention card. No DOM here; side
//! effects (scrolling, timers, the URL) live in the views.
//!
//! Plain helpers of the views live beside it, natively tested like the reducer: [`fragment`]
//! reads and writes the URL fragment (`#entity=slug&view=facts`), [`files`] says which files
//! the reader opens, and [`keys`] is the table of keyboard shortcuts.

pub mod amounts;
pub mod corrections;
pub mod embed;
pub mod export;
pub mod files;
pub mod find;
pub mod fragment;
pub mod incoming;
pub mod keys;
pub mod library;
pub mod markdown;
pub mod outline;
pub mod saved;
pub mod sidecar;

use crate::engine::{Analysis, Class, EntityId, MentionId, Span};

/// Which sidebar tab is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Entities,
    Facts,
    Map,
}

impl View {
    pub fn key(self) -> &'static str {
        match self {
            View::Entities => "entities",
            View::Facts => "facts",
            View::Map => "map",
        }
    }
    pub fn from_key(key: &str) -> Option<View> {
        [View::Entities, View::Facts, View::Map].into_iter().find(|v| v.key() == key)
    }
}

/// Everything a reader can change by interacting.
#[derive(Clone, Debug, PartialEq)]
pub struct ReaderState {
    /// The selected entity, if any.
    pub selected: Option<EntityId>,
    /// Index into the selected entity's mentions that has focus.
    pub cursor: usize,
    /// Display classes shown highlighted.
    pub enabled: Vec<Class>,
    pub view: View,
    pub search: String,
    /// Incremented whenever the view should scroll to the focused mention.
    pub scroll_seq: u32,
    /// Is the keyboard-shortcuts help open?
    pub help: bool,
    /// Is the sidebar open as a bottom sheet (phones)?
    pub sheet: bool,
    /// Does the scroll that `scroll_seq` asks for also move keyboard focus to the mention?
    /// Selecting from the map or a fact keeps focus where the reader is working.
    pub move_focus: bool,
    /// The relation (index into `Analysis::relations`) whose evidence sentence is marked.
    pub marked_fact: Option<usize>,
    /// Incremented whenever the view should scroll to the marked sentence.
    pub mark_seq: u32,
    /// The mention whose card is open (pointer hover or keyboard focus), if any.
    pub hover: Option<MentionId>,
    /// With a selection, does the Facts panel still list every fact?
    pub all_facts: bool,
    /// Is the map enlarged to an overlay?
    pub map_expanded: bool,
    /// Does each highlight show its type's label after it ("Dana Lee PERSON"), as displaCy
    /// does? A display preference: it outlasts loading another article.
    pub labels: bool,
}

impl Default for ReaderState {
    fn default() -> Self {
        ReaderState {
            selected: None,
            cursor: 0,
            enabled: Class::ALL.to_vec(),
            view: View::Entities,
            search: String::new(),
            scroll_seq: 0,
            help: false,
            sheet: false,
            move_focus: true,
            marked_fact: None,
            mark_seq: 0,
            hover: None,
            all_facts: false,
            map_expanded: false,
            labels: false,
        }
    }
}

/// What views ask the state to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select an entity (selecting the selected one clears). Focus goes to its first mention,
    /// or to the given mention index.
    Select(EntityId, Option<usize>),
    /// Select by URL slug (deep links); unknown slugs clear.
    SelectSlug(String),
    /// Select from a panel (a map node, a name in a fact): like `Select(id, None)`, but the
    /// article only scrolls, keyboard focus stays in the panel and the phone's sheet stays open,
    /// so the reader can go on exploring the map or the facts.
    SelectInPanel(EntityId),
    /// Mark the evidence sentence of a relation (index into `Analysis::relations`) and scroll
    /// to it.
    ShowEvidence(usize),
    /// Remove the evidence mark.
    ClearMark,
    /// The card's previous (-1) / next (+1) buttons: select the card's entity at the
    /// neighbouring mention and move the card there.
    CardStep(i8),
    /// With a selection, list every fact (`true`) or only the selected entity's (`false`).
    ShowAllFacts(bool),
    /// Enlarge the map to an overlay, or shrink it back into the sidebar.
    ExpandMap(bool),
    /// Show each highlight's type label inline, or not.
    ShowLabels(bool),
    Next,
    Prev,
    Clear,
    ToggleClass(Class),
    SetView(View),
    Search(String),
    /// Show or hide the keyboard-shortcuts help.
    ShowHelp(bool),
    /// The `?` key: show the help, or hide it when it shows.
    ToggleHelp,
    /// Open or close the sidebar sheet (phones).
    ShowSheet(bool),
    /// Open the card of a mention, or close it.
    Hover(Option<MentionId>),
    /// Read another text (with its outline when its source gave one: see `state::outline`):
    /// the store analyses it and starts from a fresh state.
    Load(std::rc::Rc<str>, outline::Outline),
    /// Show another text with an analysis made elsewhere (a blog post's own markup, or the
    /// article limited to some types): the store takes both as they are and starts afresh.
    LoadAnalysed(std::rc::Rc<str>, std::rc::Rc<Analysis>),
    /// The article shown is kept in the library under this id (links now carry it).
    Kept(std::rc::Rc<str>),
    /// Show a kept article (id, text, outline, the reader's corrections) with the selection
    /// and view a URL fragment asks for.
    Restore(
        std::rc::Rc<str>,
        std::rc::Rc<str>,
        outline::Outline,
        std::rc::Rc<[corrections::Correction]>,
        String,
    ),
    /// Add a correction to the article's analysis (`corrections`): the store applies it over
    /// the engine's analysis and keeps the selection where it can.
    Correct(corrections::Correction),
    /// Add several corrections at once (read from a sidecar file: `sidecar`; a fact stated in
    /// two forms), one step for Undo.
    CorrectAll(std::rc::Rc<[corrections::Correction]>),
    /// Take back the last correction.
    Undo,
    /// The analysis of the article being analysed elsewhere (a worker, for a large article)
    /// is ready: show it.
    Analysed(std::rc::Rc<Analysis>),
    /// Stop analysing the article that is being analysed; the page keeps what it shows.
    CancelAnalysis,
    /// The article being analysed elsewhere could not be: analyse it on the page.
    AnalyseHere,
    /// A message for the reader about the library (a link to an article this browser does not
    /// keep, a storage error), or none.
    Notice(Option<String>),
    /// The Escape key: closes the topmost overlay (help, the enlarged map, the card, then the
    /// sheet), else removes the evidence mark, else clears the selection. One key press undoes
    /// one thing, as readers expect from dialogs.
    Escape,
}

impl ReaderState {
    /// The next state after `action`, given the analysis the reader is showing.
    pub fn apply(&self, action: Action, analysis: &Analysis) -> ReaderState {
        let mut s = self.clone();
        let count =
            |id: EntityId| analysis.entities.get(id.0 as usize).map_or(0, |e| e.mentions.len());
        match action {
            Action::Select(id, at) => {
                if count(id) == 0 {
                    return s;
                }
                if s.selected == Some(id) && at.is_none() {
                    s.selected = None;
                    s.cursor = 0;
                } else {
                    if s.selected != Some(id) {
                        s.all_facts = false;
                    }
                    s.selected = Some(id);
                    s.cursor = at.unwrap_or(0).min(count(id) - 1);
                    // On a phone the sheet covers the text: close it so the mention shows.
                    s.sheet = false;
                    // A selected entity of a hidden class becomes visible again.
                    let class = analysis.entities[id.0 as usize].ty.class();
                    if !s.enabled.contains(&class) {
                        s.enabled.push(class);
                    }
                    s.scroll_seq += 1;
                    s.move_focus = true;
                }
            }
            Action::SelectInPanel(id) => {
                let sheet = s.sheet;
                s = s.apply(Action::Select(id, None), analysis);
                if s.selected.is_some() {
                    s.move_focus = false;
                }
                s.sheet = sheet;
            }
            Action::ShowEvidence(i) => {
                if i < analysis.relations.len() {
                    s.marked_fact = Some(i);
                    s.mark_seq += 1;
                    // Like selecting: on a phone the sentence must not be hidden by the sheet
                    // or the enlarged map.
                    s.sheet = false;
                    s.map_expanded = false;
                    s.hover = None;
                }
            }
            Action::ClearMark => s.marked_fact = None,
            Action::CardStep(step) => {
                if let Some(m) = s.hover.and_then(|m| analysis.mentions.get(m.0 as usize)) {
                    let entity = analysis.entity(m.entity);
                    let n = entity.mentions.len();
                    let at = entity.mentions.iter().position(|&x| Some(x) == s.hover).unwrap_or(0);
                    let next = (at as isize + step as isize).rem_euclid(n as isize) as usize;
                    let card = s.hover;
                    s = s.apply(Action::Select(m.entity, Some(next)), analysis);
                    // The card is where the pointer is: keep focus and the card with it.
                    s.move_focus = false;
                    s.hover = card.map(|_| entity.mentions[next]);
                }
            }
            Action::ShowAllFacts(all) => s.all_facts = all,
            Action::ExpandMap(on) => s.map_expanded = on,
            Action::ShowLabels(on) => s.labels = on,
            Action::SelectSlug(slug) => match analysis.entity_by_slug(&slug) {
                Some(e) => return self.apply(Action::Select(e.id, Some(0)), analysis),
                None => {
                    s.selected = None;
                    s.cursor = 0;
                }
            },
            Action::Next | Action::Prev => {
                if let Some(id) = s.selected {
                    let n = count(id);
                    if n > 0 {
                        s.cursor = if action == Action::Next {
                            (s.cursor + 1) % n
                        } else {
                            (s.cursor + n - 1) % n
                        };
                        s.scroll_seq += 1;
                    }
                }
            }
            Action::Clear => {
                s.selected = None;
                s.cursor = 0;
                s.all_facts = false;
            }
            Action::ToggleClass(class) => {
                if let Some(i) = s.enabled.iter().position(|&c| c == class) {
                    s.enabled.remove(i);
                    // Hiding the selected entity's class clears the selection.
                    if s.selected
                        .is_some_and(|id| analysis.entities[id.0 as usize].ty.class() == class)
                    {
                        s.selected = None;
                        s.cursor = 0;
                    }
                } else {
                    s.enabled.push(class);
                }
            }
            Action::SetView(v) => s.view = v,
            Action::Search(q) => s.search = q,
            Action::ShowHelp(on) => s.help = on,
            Action::ToggleHelp => s.help = !s.help,
            Action::ShowSheet(on) => s.sheet = on,
            Action::Hover(m) => s.hover = m.filter(|m| (m.0 as usize) < analysis.mentions.len()),
            // The store swaps the document; the state starts afresh for it.
            Action::Load(..) | Action::LoadAnalysed(..) | Action::Restore(..) => {
                return ReaderState { labels: s.labels, ..ReaderState::default() }
            }
            // The store keeps these beside the state.
            Action::Kept(_)
            | Action::Notice(_)
            | Action::Correct(_)
            | Action::CorrectAll(_)
            | Action::Undo
            | Action::Analysed(_)
            | Action::CancelAnalysis
            | Action::AnalyseHere => {}
            Action::Escape => {
                if s.help {
                    s.help = false;
                } else if s.map_expanded {
                    s.map_expanded = false;
                } else if s.hover.is_some() {
                    s.hover = None;
                } else if s.sheet {
                    s.sheet = false;
                } else if s.marked_fact.is_some() {
                    s.marked_fact = None;
                } else {
                    s.selected = None;
                    s.cursor = 0;
                    s.all_facts = false;
                }
            }
        }
        s
    }

    /// The slug of the selected entity, for the URL fragment.
    pub fn selected_slug<'a>(&self, analysis: &'a Analysis) -> Option<&'a str> {
        self.selected.and_then(|id| analysis.entities.get(id.0 as usize)).map(|e| e.slug.as_str())
    }

    /// Is `class` highlighted?
    pub fn is_enabled(&self, class: Class) -> bool {
        self.enabled.contains(&class)
    }

    /// The marked evidence sentence, if a fact asked for one.
    pub fn marked_sentence(&self, analysis: &Analysis) -> Option<Span> {
        analysis.relations.get(self.marked_fact?).map(|r| r.evidence)
    }

    /// The relations the Facts panel lists (indices into `Analysis::relations`): with a
    /// selection, only the selected entity's, unless the reader asked for all.
    pub fn listed_facts(&self, analysis: &Analysis) -> Vec<usize> {
        let only = self.selected.filter(|_| !self.all_facts);
        (0..analysis.relations.len())
            .filter(|&i| {
                only.is_none_or(|id| {
                    analysis.relations[i].head == id || analysis.relations[i].tail == id
                })
            })
            .collect()
    }

    /// The focused mention: the selected entity's mention at the cursor.
    pub fn focused_mention(&self, analysis: &Analysis) -> Option<MentionId> {
        let entity = analysis.entities.get(self.selected?.0 as usize)?;
        entity.mentions.get(self.cursor).copied()
    }
}

#[cfg(test)]
mod tests;
