//! The reducer's table tests: from the default state, a list of actions, and what the
//! reader should see after them.

use super::*;
use crate::engine::{Entity, EntityType, Mention, Relation, RelationType};

/// An analysis with three entities (an organization with 3 mentions, a person with 1, a
/// place with 1) and two facts: the person works for the organization, which is in the place.
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
    let m = |s: usize, ty: EntityType, e: u32| Mention {
        span: Span::new(s, s + 1),
        ty,
        entity: EntityId(e),
    };
    let rel = |ty, head: u32, tail: u32, start: usize| Relation {
        ty,
        head: EntityId(head),
        tail: EntityId(tail),
        evidence: Span::new(start, start + 4),
        confidence: 0.9,
    };
    Analysis {
        mentions: vec![
            m(0, EntityType::Org, 0),
            m(2, EntityType::Person, 1),
            m(4, EntityType::Org, 0),
            m(6, EntityType::Org, 0),
            m(8, EntityType::Gpe, 2),
        ],
        entities: vec![
            ent(0, EntityType::Org, "acme", &[0, 2, 3]),
            ent(1, EntityType::Person, "ann", &[1]),
            ent(2, EntityType::Gpe, "paris", &[4]),
        ],
        relations: vec![
            rel(RelationType::EmployedBy, 1, 0, 0),
            rel(RelationType::LocatedIn, 0, 2, 4),
        ],
        ..Analysis::default()
    }
}

#[test]
fn actions_move_the_state_as_a_reader_expects() {
    let a = analysis();
    let org = EntityId(0);
    let person = EntityId(1);
    // (name, actions from the default state, expected selected, cursor, whether
    // organizations are shown)
    type Case = (&'static str, Vec<Action>, Option<EntityId>, usize, bool);
    let cases: Vec<Case> = vec![
        ("select focuses the first mention", vec![Action::Select(org, None)], Some(org), 0, true),
        ("select at a mention focuses it", vec![Action::Select(org, Some(2))], Some(org), 2, true),
        (
            "selecting again clears",
            vec![Action::Select(org, None), Action::Select(org, None)],
            None,
            0,
            true,
        ),
        ("next moves on", vec![Action::Select(org, None), Action::Next], Some(org), 1, true),
        (
            "next wraps around",
            vec![Action::Select(org, None), Action::Next, Action::Next, Action::Next],
            Some(org),
            0,
            true,
        ),
        ("prev wraps backwards", vec![Action::Select(org, None), Action::Prev], Some(org), 2, true),
        ("next without selection does nothing", vec![Action::Next], None, 0, true),
        ("clear clears", vec![Action::Select(person, None), Action::Clear], None, 0, true),
        ("select by slug", vec![Action::SelectSlug("ann".into())], Some(person), 0, true),
        (
            "unknown slug clears",
            vec![Action::Select(org, None), Action::SelectSlug("nobody".into())],
            None,
            0,
            true,
        ),
        ("toggle hides a class", vec![Action::ToggleClass(Class::Organization)], None, 0, false),
        (
            "toggle twice shows it again",
            vec![
                Action::ToggleClass(Class::Organization),
                Action::ToggleClass(Class::Organization),
            ],
            None,
            0,
            true,
        ),
        (
            "hiding the selected class clears",
            vec![Action::Select(org, None), Action::ToggleClass(Class::Organization)],
            None,
            0,
            false,
        ),
        (
            "selecting a hidden class shows it",
            vec![Action::ToggleClass(Class::Organization), Action::Select(org, None)],
            Some(org),
            0,
            true,
        ),
        (
            "out-of-range mention index is clamped",
            vec![Action::Select(org, Some(9))],
            Some(org),
            2,
            true,
        ),
        ("unknown entity is ignored", vec![Action::Select(EntityId(7), None)], None, 0, true),
    ];
    for (name, actions, selected, cursor, org_on) in cases {
        let s = actions.into_iter().fold(ReaderState::default(), |s, act| s.apply(act, &a));
        assert_eq!(
            (s.selected, s.cursor, s.is_enabled(Class::Organization)),
            (selected, cursor, org_on),
            "{name}"
        );
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
    type Case = (&'static str, Vec<Action>, (bool, bool, Option<EntityId>));
    let cases: Vec<Case> = vec![
        (
            "escape closes the help first",
            vec![
                Action::Select(org, None),
                Action::ShowSheet(true),
                Action::ShowHelp(true),
                Action::Escape,
            ],
            (false, true, Some(org)),
        ),
        (
            "then the sheet",
            vec![Action::Select(org, None), Action::ShowSheet(true), Action::Escape],
            (false, false, Some(org)),
        ),
        (
            "then the selection",
            vec![Action::Select(org, None), Action::Escape],
            (false, false, None),
        ),
        ("escape with nothing open does nothing", vec![Action::Escape], (false, false, None)),
        (
            "selecting closes the sheet",
            vec![Action::ShowSheet(true), Action::Select(org, None)],
            (false, false, Some(org)),
        ),
        ("help opens", vec![Action::ShowHelp(true)], (true, false, None)),
        (
            "escape closes a card before the selection",
            vec![Action::Select(org, None), Action::Hover(Some(MentionId(1))), Action::Escape],
            (false, false, Some(org)),
        ),
        (
            "the help key toggles",
            vec![Action::ToggleHelp, Action::ToggleHelp],
            (false, false, None),
        ),
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
fn facts_cards_and_panels_move_the_state_as_a_reader_expects() {
    let a = analysis();
    let (org, person, place) = (EntityId(0), EntityId(1), EntityId(2));
    /// What a case checks: selection, cursor, marked fact, card, sheet, focus moves,
    /// map enlarged, listed facts.
    #[derive(Debug, PartialEq)]
    struct Seen {
        selected: Option<EntityId>,
        cursor: usize,
        marked: Option<usize>,
        card: Option<u32>,
        sheet: bool,
        move_focus: bool,
        map: bool,
        facts: Vec<usize>,
    }
    let seen = |selected, cursor, marked, card, sheet, move_focus, map, facts: &[usize]| Seen {
        selected,
        cursor,
        marked,
        card,
        sheet,
        move_focus,
        map,
        facts: facts.to_vec(),
    };
    let cases: Vec<(&str, Vec<Action>, Seen)> = vec![
        (
            "without a selection every fact is listed",
            vec![],
            seen(None, 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "a selection lists its own facts",
            vec![Action::Select(person, None)],
            seen(Some(person), 0, None, None, false, true, false, &[0]),
        ),
        (
            "show all lists every fact again",
            vec![Action::Select(person, None), Action::ShowAllFacts(true)],
            seen(Some(person), 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "a new selection filters again",
            vec![
                Action::Select(person, None),
                Action::ShowAllFacts(true),
                Action::Select(place, None),
            ],
            seen(Some(place), 0, None, None, false, true, false, &[1]),
        ),
        (
            "clearing forgets show all",
            vec![
                Action::Select(person, None),
                Action::ShowAllFacts(true),
                Action::Clear,
                Action::Select(org, None),
            ],
            seen(Some(org), 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "a panel selection keeps focus and the sheet",
            vec![Action::ShowSheet(true), Action::SelectInPanel(place)],
            seen(Some(place), 0, None, None, true, false, false, &[1]),
        ),
        (
            "a panel selection of the selected entity clears it",
            vec![Action::SelectInPanel(place), Action::SelectInPanel(place)],
            seen(None, 0, None, None, false, false, false, &[0, 1]),
        ),
        (
            "a list selection after a panel one moves focus again",
            vec![Action::SelectInPanel(place), Action::Select(org, None)],
            seen(Some(org), 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "showing evidence marks the fact and closes the sheet",
            vec![Action::ShowSheet(true), Action::ShowEvidence(1)],
            seen(None, 0, Some(1), None, false, true, false, &[0, 1]),
        ),
        (
            "evidence of an unknown fact is ignored",
            vec![Action::ShowEvidence(5)],
            seen(None, 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "another fact moves the mark",
            vec![Action::ShowEvidence(1), Action::ShowEvidence(0)],
            seen(None, 0, Some(0), None, false, true, false, &[0, 1]),
        ),
        (
            "clear mark removes it",
            vec![Action::ShowEvidence(1), Action::ClearMark],
            seen(None, 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "escape removes the mark before the selection",
            vec![Action::Select(org, None), Action::ShowEvidence(1), Action::Escape],
            seen(Some(org), 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "a card opens on a mention",
            vec![Action::Hover(Some(MentionId(2)))],
            seen(None, 0, None, Some(2), false, true, false, &[0, 1]),
        ),
        (
            "a card of an unknown mention stays closed",
            vec![Action::Hover(Some(MentionId(40)))],
            seen(None, 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "escape closes the card before the selection",
            vec![Action::Select(org, None), Action::Hover(Some(MentionId(2))), Action::Escape],
            seen(Some(org), 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "card next selects the next mention and moves the card",
            vec![Action::Hover(Some(MentionId(2))), Action::CardStep(1)],
            seen(Some(org), 2, None, Some(3), false, false, false, &[0, 1]),
        ),
        (
            "card previous wraps to the last mention",
            vec![Action::Hover(Some(MentionId(0))), Action::CardStep(-1)],
            seen(Some(org), 2, None, Some(3), false, false, false, &[0, 1]),
        ),
        (
            "card steps without a card do nothing",
            vec![Action::CardStep(1)],
            seen(None, 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "the map enlarges",
            vec![Action::ExpandMap(true)],
            seen(None, 0, None, None, false, true, true, &[0, 1]),
        ),
        (
            "escape shrinks the map first",
            vec![Action::Select(org, None), Action::ExpandMap(true), Action::Escape],
            seen(Some(org), 0, None, None, false, true, false, &[0, 1]),
        ),
        (
            "a node in the enlarged map selects and keeps it open",
            vec![Action::ExpandMap(true), Action::SelectInPanel(org)],
            seen(Some(org), 0, None, None, false, false, true, &[0, 1]),
        ),
        (
            "a fact in a card closes the card",
            vec![Action::Hover(Some(MentionId(1))), Action::ShowEvidence(0)],
            seen(None, 0, Some(0), None, false, true, false, &[0, 1]),
        ),
        (
            "evidence shrinks the map so the sentence shows",
            vec![Action::ExpandMap(true), Action::ShowEvidence(0)],
            seen(None, 0, Some(0), None, false, true, false, &[0, 1]),
        ),
    ];
    for (name, actions, expected) in cases {
        let s = actions.into_iter().fold(ReaderState::default(), |s, act| s.apply(act, &a));
        let got = seen(
            s.selected,
            s.cursor,
            s.marked_fact,
            s.hover.map(|m| m.0),
            s.sheet,
            s.move_focus,
            s.map_expanded,
            &s.listed_facts(&a),
        );
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn scrolling_to_evidence_is_requested_each_time_a_fact_is_shown() {
    let a = analysis();
    let s0 = ReaderState::default();
    let s1 = s0.apply(Action::ShowEvidence(0), &a);
    let s2 = s1.apply(Action::ShowEvidence(0), &a);
    assert_eq!([s0.mark_seq, s1.mark_seq, s2.mark_seq], [0, 1, 2]);
    assert_eq!(s2.marked_sentence(&a), Some(Span::new(0, 4)));
    assert_eq!(s2.apply(Action::ClearMark, &a).marked_sentence(&a), None);
}

#[test]
fn views_round_trip_through_keys() {
    for v in [View::Entities, View::Facts, View::Map] {
        assert_eq!(View::from_key(v.key()), Some(v));
    }
    assert_eq!(View::from_key("nope"), None);
}

#[test]
fn type_labels_are_a_preference_that_outlasts_another_article() {
    let a = analysis();
    let s = ReaderState::default();
    assert!(!s.labels, "off by default");
    let s = s.apply(Action::ShowLabels(true), &a).apply(Action::Select(EntityId(0), None), &a);
    assert!(s.labels);
    let s = s.apply(Action::Load("Another article.".into(), None), &a);
    assert!(s.labels, "kept across a load");
    assert_eq!(s.selected, None, "while the rest starts afresh");
    assert!(!s.apply(Action::ShowLabels(false), &a).labels);
}
