//! The reader inside a blog post (`web/embed.js` opens `index.html?embed=1&…` in a frame):
//! what the frame's address asks for, and the article limited to the types the blogger wants
//! highlighted. Plain data, tested natively.

use crate::engine::{Analysis, EntityType};

/// Where the sidebar goes in a blog post.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SidebarPlace {
    /// Beside the article; under it when the column is too narrow for both.
    #[default]
    Right,
    /// Under the article at every width.
    Bottom,
    /// No sidebar: highlights and cards only.
    None,
}

/// What a blog's frame was asked for (`?embed=1&sidebar=bottom&types=PERSON,ORG&height=fixed`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    pub sidebar: SidebarPlace,
    /// The entity types to highlight; `None` for all of them.
    pub types: Option<Vec<EntityType>>,
    /// The element has a fixed height: the reader scrolls inside its frame.
    pub fixed_height: bool,
}

impl Embed {
    /// The embedding a page's query string asks for, or `None` when the page is not in a
    /// blog's frame. Unknown parameters and values are ignored (a newer `embed.js` may send
    /// more); unknown type names are dropped.
    pub fn from_query(search: &str) -> Option<Embed> {
        let mut embedded = false;
        let mut embed = Embed::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "embed" => embedded = value == "1",
                "sidebar" => {
                    embed.sidebar = match value {
                        "bottom" => SidebarPlace::Bottom,
                        "none" => SidebarPlace::None,
                        _ => SidebarPlace::Right,
                    }
                }
                "types" => {
                    // Commas may arrive percent-encoded.
                    let value = super::incoming::percent_decode(value);
                    let types: Vec<EntityType> = value
                        .split(',')
                        .filter_map(|t| EntityType::from_label(&t.trim().to_ascii_uppercase()))
                        .collect();
                    embed.types = (!types.is_empty()).then_some(types);
                }
                "height" => embed.fixed_height = value == "fixed",
                _ => {}
            }
        }
        embedded.then_some(embed)
    }
}

/// The analysis with only the entities of `types` (and their mentions and the facts between
/// them): what a blog post that highlights only some types shows. Entity and mention ids are
/// renumbered in the same order, so the result keeps every invariant of an analysis.
pub fn only_types(analysis: &Analysis, types: &[EntityType]) -> Analysis {
    super::corrections::retain_entities(analysis, |e| types.contains(&e.ty))
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::*;

    #[test]
    fn the_frame_address_says_how_to_embed() {
        // (query, what it asks for)
        let cases: Vec<(&str, Option<Embed>)> = vec![
            ("", None),
            ("?embed=0", None),
            ("?sidebar=bottom", None),
            ("?embed=1", Some(Embed::default())),
            (
                "?embed=1&sidebar=bottom",
                Some(Embed { sidebar: SidebarPlace::Bottom, ..Embed::default() }),
            ),
            (
                "?embed=1&sidebar=none",
                Some(Embed { sidebar: SidebarPlace::None, ..Embed::default() }),
            ),
            ("?embed=1&sidebar=left", Some(Embed::default())),
            (
                "?embed=1&types=PERSON%2Corg,nonsense&height=fixed",
                Some(Embed {
                    types: Some(vec![Person, Org]),
                    fixed_height: true,
                    ..Embed::default()
                }),
            ),
            ("?embed=1&types=nonsense", Some(Embed::default())),
            ("?future=thing&embed=1", Some(Embed::default())),
        ];
        for (query, want) in cases {
            assert_eq!(Embed::from_query(query), want, "{query}");
        }
    }

    #[test]
    fn only_the_asked_types_stay_and_ids_stay_consistent() {
        let a = crate::engine::analyze(crate::SEED_ARTICLE);
        assert!(a.relations.iter().any(|r| a.entity(r.tail).ty == Money), "and a fact with money");
        let people_and_orgs = only_types(&a, &[Person, Org]);
        assert!(!people_and_orgs.entities.is_empty());
        assert!(people_and_orgs.entities.iter().all(|e| matches!(e.ty, Person | Org)));
        assert!(people_and_orgs.mentions.iter().all(|m| matches!(m.ty, Person | Org)));
        for (k, e) in people_and_orgs.entities.iter().enumerate() {
            assert_eq!(e.id.0 as usize, k);
            for &m in &e.mentions {
                assert_eq!(people_and_orgs.mention(m).entity, e.id);
            }
        }
        let total: usize = people_and_orgs.entities.iter().map(|e| e.mentions.len()).sum();
        assert_eq!(total, people_and_orgs.mentions.len());
        for r in &people_and_orgs.relations {
            assert!((r.head.0 as usize) < people_and_orgs.entities.len());
            assert!((r.tail.0 as usize) < people_and_orgs.entities.len());
        }
        // A fact stays only with both of its entities.
        assert!(people_and_orgs.relations.len() < a.relations.len());
        let places = only_types(&a, &[Gpe]);
        assert!(places
            .relations
            .iter()
            .all(|r| places.entity(r.head).ty == Gpe && places.entity(r.tail).ty == Gpe));
        assert_eq!(only_types(&a, &EntityType::ALL), a);
    }
}
