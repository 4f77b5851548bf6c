//! The reader's UI state as a pure reducer: selection, focused mention, enabled classes,
//! sidebar view, search. No DOM here; side effects (scrolling, the URL) live in the views.

use crate::engine::{Analysis, Class, EntityId, MentionId};

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
    /// The mention whose card is open (pointer hover), if any.
    pub hover: Option<MentionId>,
}

impl Default for ReaderState {
    fn default() -> Self {
        ReaderState { selected: None, cursor: 0, enabled: Class::ALL.to_vec(), view: View::Entities, search: String::new(), scroll_seq: 0, help: false, sheet: false, hover: None }
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
    /// Show or hide the keyboard-shortcuts help.
    ShowHelp(bool),
    /// The `?` key: show the help, or hide it when it shows.
    ToggleHelp,
    /// Open or close the sidebar sheet (phones).
    ShowSheet(bool),
    /// Open the card of a mention, or close it.
    Hover(Option<MentionId>),
    /// The Escape key: closes the topmost overlay (help, card, sheet), else clears the
    /// selection. One key press undoes one thing, as readers expect from dialogs.
    Escape,
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
                    // On a phone the sheet covers the text: close it so the mention shows.
                    s.sheet = false;
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
            Action::ShowHelp(on) => s.help = on,
            Action::ToggleHelp => s.help = !s.help,
            Action::ShowSheet(on) => s.sheet = on,
            Action::Hover(m) => s.hover = m.filter(|m| (m.0 as usize) < analysis.mentions.len()),
            Action::Escape => {
                if s.help {
                    s.help = false;
                } else if s.hover.is_some() {
                    s.hover = None;
                } else if s.sheet {
                    s.sheet = false;
                } else {
                    s.selected = None;
                    s.cursor = 0;
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

    /// The focused mention: the selected entity's mention at the cursor.
    pub fn focused_mention(&self, analysis: &Analysis) -> Option<MentionId> {
        let entity = analysis.entities.get(self.selected?.0 as usize)?;
        entity.mentions.get(self.cursor).copied()
    }
}

/// The entity slug in a URL fragment such as `#entity=mistral-ai&view=facts`, if any.
pub fn fragment_entity(fragment: &str) -> Option<&str> {
    fragment.trim_start_matches('#').split('&').find_map(|part| part.strip_prefix("entity=")).filter(|slug| !slug.is_empty())
}

/// The fragment to show when the selection is `slug`, keeping the fragment's other `key=value`
/// parts (a future `view=facts`). Selecting replaces a bare heading anchor, since the selection
/// now says where the reader is; clearing the selection keeps the rest of the fragment as it is.
pub fn fragment_with_entity(fragment: &str, slug: Option<&str>) -> String {
    let parts = fragment.trim_start_matches('#').split('&').filter(|p| !p.is_empty() && !p.starts_with("entity="));
    let mut out: Vec<String> = Vec::new();
    match slug {
        Some(slug) => {
            out.push(format!("entity={slug}"));
            out.extend(parts.filter(|p| p.contains('=')).map(str::to_string));
        }
        None => out.extend(parts.map(str::to_string)),
    }
    if out.is_empty() {
        String::new()
    } else {
        format!("#{}", out.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Entity, EntityType, Mention, Span};

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
    fn escape_closes_one_thing_at_a_time() {
        let a = analysis();
        let org = EntityId(0);
        // (name, actions from the default state, expected (help, sheet, selected))
        let cases: Vec<(&str, Vec<Action>, (bool, bool, Option<EntityId>))> = vec![
            ("escape closes the help first", vec![Action::Select(org, None), Action::ShowSheet(true), Action::ShowHelp(true), Action::Escape], (false, true, Some(org))),
            ("then the sheet", vec![Action::Select(org, None), Action::ShowSheet(true), Action::Escape], (false, false, Some(org))),
            ("then the selection", vec![Action::Select(org, None), Action::Escape], (false, false, None)),
            ("escape with nothing open does nothing", vec![Action::Escape], (false, false, None)),
            ("selecting closes the sheet", vec![Action::ShowSheet(true), Action::Select(org, None)], (false, false, Some(org))),
            ("help opens", vec![Action::ShowHelp(true)], (true, false, None)),
            ("escape closes a card before the selection", vec![Action::Select(org, None), Action::Hover(Some(MentionId(1))), Action::Escape], (false, false, Some(org))),
            ("the help key toggles", vec![Action::ToggleHelp, Action::ToggleHelp], (false, false, None)),
            ("the help key opens", vec![Action::ToggleHelp], (true, false, None)),
        ];
        for (name, actions, expected) in cases {
            let s = actions.into_iter().fold(ReaderState::default(), |s, act| s.apply(act, &a));
            assert_eq!((s.help, s.sheet, s.selected), expected, "{name}");
        }
    }

    #[test]
    fn cards_open_for_real_mentions_only() {
        let a = analysis();
        let s = ReaderState::default().apply(Action::Hover(Some(MentionId(3))), &a);
        assert_eq!(s.hover, Some(MentionId(3)));
        assert_eq!(s.apply(Action::Escape, &a).hover, None);
        assert_eq!(s.apply(Action::Hover(None), &a).hover, None);
        assert_eq!(ReaderState::default().apply(Action::Hover(Some(MentionId(99))), &a).hover, None);
    }

    #[test]
    fn the_focused_mention_follows_the_cursor() {
        let a = analysis();
        let s = ReaderState::default();
        assert_eq!(s.focused_mention(&a), None);
        let s = s.apply(Action::Select(EntityId(0), None), &a).apply(Action::Next, &a);
        assert_eq!(s.focused_mention(&a), Some(MentionId(2)));
    }

    #[test]
    fn fragments_carry_the_selection() {
        // (fragment, slug read from it)
        let reads: &[(&str, Option<&str>)] = &[
            ("", None),
            ("#", None),
            ("#entity=mistral-ai", Some("mistral-ai")),
            ("entity=mistral-ai", Some("mistral-ai")),
            ("#view=facts&entity=apple", Some("apple")),
            ("#entity=", None),
            ("#the-path-forward", None),
        ];
        for &(fragment, slug) in reads {
            assert_eq!(fragment_entity(fragment), slug, "{fragment:?}");
        }
        // (current fragment, selection, fragment to show)
        let writes: &[(&str, Option<&str>, &str)] = &[
            ("", Some("apple"), "#entity=apple"),
            ("#entity=apple", Some("openai"), "#entity=openai"),
            ("#entity=apple", None, ""),
            ("#entity=apple&view=facts", None, "#view=facts"),
            ("#view=facts", Some("apple"), "#entity=apple&view=facts"),
            ("#the-path-forward", Some("apple"), "#entity=apple"),
            ("#the-path-forward", None, "#the-path-forward"),
            ("", None, ""),
        ];
        for &(fragment, slug, expected) in writes {
            assert_eq!(fragment_with_entity(fragment, slug), expected, "{fragment:?} {slug:?}");
        }
    }

    #[test]
    fn views_round_trip_through_keys() {
        for v in [View::Entities, View::Facts, View::Map] {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        assert_eq!(View::from_key("nope"), None);
    }
}
