//! Participant in: a person (or an organization acting) in a sentence that says someone
//! spoke at, attended, presented at or played in a named event.

use super::view::{Findings, View};
use crate::engine::lexicon::relations::*;
use crate::engine::text::words;
use crate::engine::types::{EntityType, RelationType};
use EntityType::*;
use RelationType::*;

/// Participant in: a person (or an organization acting) in a sentence that says someone
/// spoke at, attended, presented at or played in a named event.
pub(super) fn participation(v: &View, out: &mut Findings) {
    for em in &v.ments {
        if em.ty != Event {
            continue;
        }
        let intro =
            (em.first.saturating_sub(4)..em.first).any(|k| v.is(k, words!["at", "of", "in", "to"]));
        let verbs = (0..v.len()).any(|k| v.is(k, &PARTICIPATE) && !v.hedged(k, 3));
        if !intro || !verbs {
            continue;
        }
        // The acting person: the first person in the sentence, not introduced by "for",
        // "with" or "by".
        let person = v.ments.iter().find(|m| {
            m.ty == Person
                && !(m.first > 0 && v.is(m.first - 1, words!["by", "with", "for", "against", "to"]))
        });
        if let Some(pm) = person {
            out.push(ParticipantIn, pm.entity, em.entity, 0.65);
        } else if let Some(o) = v
            .ments
            .iter()
            .find(|m| m.ty == Org && m.first < em.first && v.is(m.last + 1, &PARTICIPATE))
        {
            out.push(ParticipantIn, o.entity, em.entity, 0.6);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn participants_in_events() {
        // Negative: an event in another sentence.
        check(vec![
            (
            "At the recent Cornell Blockchain Conference, Microsoft’s Yorke Rhodes discussed AI.",
            vec![
                ("Cornell Blockchain Conference", Event),
                ("Microsoft", Org),
                ("Yorke Rhodes", Person),
            ],
            vec![
                "Yorke Rhodes EMPLOYED_BY Microsoft",
                "Yorke Rhodes PARTICIPANT_IN Cornell Blockchain Conference",
            ],
        ),
            (
            "Jane Doe spoke on Monday. Web Summit opened in May.",
            vec![("Jane Doe", Person), ("Web Summit", Event)],
            vec![],
        ),
        ]);
    }
}
