//! The reader's UI state as a pure reducer: selection, focused mention, enabled classes,
//! sidebar view, search. No DOM here; side effects (scrolling, the URL) live in the views.

use crate::engine::{Analysis, Class, EntityId};

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
}

impl Default for ReaderState {
    fn default() -> Self {
        ReaderState { selected: None, cursor: 0, enabled: Class::ALL.to_vec(), view: View::Entities, search: String::new(), scroll_seq: 0 }
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
    Next,
    Prev,
    Clear,
    ToggleClass(Class),
    SetView(View),
    Search(String),
}

impl ReaderState {
    /// The next state after `action`, given the analysis the reader is showing.
    pub fn apply(&self, action: Action, analysis: &Analysis) -> ReaderState {
        let mut s = self.clone();
        let count = |id: EntityId| analysis.entities.get(id.0 as usize).map_or(0, |e| e.mentions.len());
        match action {
            Action::Select(id, at) => {
                if count(id) == 0 {
                    return s;
                }
                if s.selected == Some(id) && at.is_none() {
                    s.selected = None;
                    s.cursor = 0;
                } else {
                    s.selected = Some(id);
                    s.cursor = at.unwrap_or(0).min(count(id) - 1);
                    // A selected entity of a hidden class becomes visible again.
                    let class = analysis.entities[id.0 as usize].ty.class();
                    if !s.enabled.contains(&class) {
                        s.enabled.push(class);
                    }
                    s.scroll_seq += 1;
                }
            }
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
                        s.cursor = if action == Action::Next { (s.cursor + 1) % n } else { (s.cursor + n - 1) % n };
                        s.scroll_seq += 1;
                    }
                }
            }
            Action::Clear => {
                s.selected = None;
                s.cursor = 0;
            }
            Action::ToggleClass(class) => {
                if let Some(i) = s.enabled.iter().position(|&c| c == class) {
                    s.enabled.remove(i);
                    // Hiding the selected entity's class clears the selection.
                    if s.selected.is_some_and(|id| analysis.entities[id.0 as usize].ty.class() == class) {
                        s.selected = None;
                        s.cursor = 0;
                    }
                } else {
                    s.enabled.push(class);
                }
            }
            Action::SetView(v) => s.view = v,
            Action::Search(q) => s.search = q,
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Entity, EntityType, Mention, MentionId, Span};

    /// An analysis with two entities: an organization with 3 mentions, a person with 1.
    fn analysis() -> Analysis {
        let ent = |id: u32, ty: EntityType, slug: &str, mentions: &[u32]| Entity {
            id: EntityId(id),
            ty,
            name: slug.to_string(),
            slug: slug.to_string(),
            aliases: vec![],
            mentions: mentions.iter().map(|&m| MentionId(m)).collect(),
            salience: 1.0,
        };
        let m = |s: usize, ty: EntityType, e: u32| Mention { span: Span::new(s, s + 1), ty, entity: EntityId(e) };
        Analysis {
            mentions: vec![m(0, EntityType::Org, 0), m(2, EntityType::Person, 1), m(4, EntityType::Org, 0), m(6, EntityType::Org, 0)],
            entities: vec![ent(0, EntityType::Org, "acme", &[0, 2, 3]), ent(1, EntityType::Person, "ann", &[1])],
            ..Analysis::default()
        }
    }

    #[test]
    fn actions_move_the_state_as_a_reader_expects() {
        let a = analysis();
        let org = EntityId(0);
        let person = EntityId(1);
        // (name, actions from the default state, expected selected, cursor, enabled contains Organization)
        let cases: Vec<(&str, Vec<Action>, Option<EntityId>, usize, bool)> = vec![
            ("select focuses the first mention", vec![Action::Select(org, None)], Some(org), 0, true),
            ("select at a mention focuses it", vec![Action::Select(org, Some(2))], Some(org), 2, true),
            ("selecting again clears", vec![Action::Select(org, None), Action::Select(org, None)], None, 0, true),
            ("next moves on", vec![Action::Select(org, None), Action::Next], Some(org), 1, true),
            ("next wraps around", vec![Action::Select(org, None), Action::Next, Action::Next, Action::Next], Some(org), 0, true),
            ("prev wraps backwards", vec![Action::Select(org, None), Action::Prev], Some(org), 2, true),
            ("next without selection does nothing", vec![Action::Next], None, 0, true),
            ("clear clears", vec![Action::Select(person, None), Action::Clear], None, 0, true),
            ("select by slug", vec![Action::SelectSlug("ann".into())], Some(person), 0, true),
            ("unknown slug clears", vec![Action::Select(org, None), Action::SelectSlug("nobody".into())], None, 0, true),
            ("toggle hides a class", vec![Action::ToggleClass(Class::Organization)], None, 0, false),
            ("toggle twice shows it again", vec![Action::ToggleClass(Class::Organization), Action::ToggleClass(Class::Organization)], None, 0, true),
            ("hiding the selected class clears", vec![Action::Select(org, None), Action::ToggleClass(Class::Organization)], None, 0, false),
            ("selecting a hidden class shows it", vec![Action::ToggleClass(Class::Organization), Action::Select(org, None)], Some(org), 0, true),
            ("out-of-range mention index is clamped", vec![Action::Select(org, Some(9))], Some(org), 2, true),
            ("unknown entity is ignored", vec![Action::Select(EntityId(7), None)], None, 0, true),
        ];
        for (name, actions, selected, cursor, org_on) in cases {
            let s = actions.into_iter().fold(ReaderState::default(), |s, act| s.apply(act, &a));
            assert_eq!((s.selected, s.cursor, s.is_enabled(Class::Organization)), (selected, cursor, org_on), "{name}");
        }
    }

    #[test]
    fn scrolling_is_requested_on_select_and_move_only() {
        let a = analysis();
        let s0 = ReaderState::default();
        let s1 = s0.apply(Action::Select(EntityId(0), None), &a);
        let s2 = s1.apply(Action::Next, &a);
        let s3 = s2.apply(Action::ToggleClass(Class::Person), &a);
        assert_eq!([s0.scroll_seq, s1.scroll_seq, s2.scroll_seq, s3.scroll_seq], [0, 1, 2, 2]);
        assert_eq!(s2.selected_slug(&a), Some("acme"));
    }

    #[test]
    fn views_round_trip_through_keys() {
        for v in [View::Entities, View::Facts, View::Map] {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        assert_eq!(View::from_key("nope"), None);
    }
}
