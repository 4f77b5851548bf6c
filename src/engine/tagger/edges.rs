//! Tags to spans with clean edges: a run of `B-X I-X …` becomes a span of type X, trimmed so
//! that "the", possessives, punctuation, honorifics and job titles stay outside, a hyphenated
//! compound ends the name ("Basel-based" is "Basel"), and numbered names and abbreviations
//! keep their number or full stop ("Route 66", "Co.").

use super::{tag_i, N_TAGS, TYPES};
use crate::engine::lexicon::names::{
    is_person_title, BEFORE_A_NAME, COMPANY_ABBREVIATIONS, EDGE_JUNK, HONORIFICS, JOB_TITLES,
    MEMBERS_OF, NAME_CONNECTORS, NAME_GLUE, NAME_SUFFIXES, NUMBERED_HEADS,
    PLURAL_COMPANY_ABBREVIATIONS,
};
use crate::engine::text::lowers_to;
use crate::engine::types::{EntityType, Span};

/// Is `w` trimmed from a name's edge: an article or a possessive (any case), a token without
/// letters or digits, or a word of [`NAME_GLUE`]?
fn is_edge_junk(w: &str) -> bool {
    let junk = EDGE_JUNK.iter().any(|j| lowers_to(w, j));
    junk || !w.chars().any(char::is_alphanumeric) || NAME_GLUE.contains(w)
}

/// Is `w` a lower-case word no name holds inside (a verb, a common noun: "acquired")? Words
/// with a capital or a digit inside ("eBay", "iPhone") and [`NAME_CONNECTORS`] are not.
fn breaks_name(w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        && !NAME_CONNECTORS.contains(w)
}

/// Lower-case words that end a name when hyphenated to it ("Basel-based", "Apple-backed").
fn is_compound_tail(w: &str) -> bool {
    NAME_GLUE.contains(w)
        || (w.chars().all(|c| c.is_lowercase())
            && (w.ends_with("ed")
                || w.ends_with("ing")
                || w.ends_with("ian")
                || w.ends_with("wide")))
}

/// Is `w` an honorific before a name ("Ms", "Dr")? Tokens never carry the full stop.
fn is_honorific(w: &str) -> bool {
    HONORIFICS.contains_capitalized(w)
}

/// Is `w` an abbreviation that keeps its full stop inside a name ("Co.", "Jr.", "Bros.")?
fn is_abbreviation(w: &str) -> bool {
    COMPANY_ABBREVIATIONS.contains_capitalized(w)
        || NAME_SUFFIXES.contains_capitalized(w)
        || PLURAL_COMPANY_ABBREVIATIONS.contains_capitalized(w)
}

/// Turns tags into spans, trimming "the", possessives and punctuation from the edges.
pub fn spans_of_tags(text: &str, tokens: &[Span], tags: &[u8]) -> Vec<(Span, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len().min(tokens.len()) {
        let t = tags[i] as usize;
        if t == 0 || t >= N_TAGS {
            i += 1;
            continue;
        }
        let ty = (t - 1) / 2;
        let mut j = i + 1;
        while j < tags.len().min(tokens.len()) && tags[j] as usize == tag_i(ty) {
            j += 1;
        }
        let (mut a, mut b) = (i, j);
        // A hyphen followed by a lowercase word ends the name: "Basel-based" is "Basel".
        if let Some(h) = (a + 1..b).find(|&k| {
            tokens[k].of(text) == "-"
                && tokens.get(k + 1).is_some_and(|t| is_compound_tail(t.of(text)))
        }) {
            b = h;
        }
        // A title inside a span separates two names ("Solvane CEO Wei-Lin Tan"): the part
        // after the title is the person.
        if let Some(k) =
            (a + 1..b.saturating_sub(1)).rev().find(|&k| JOB_TITLES.contains(tokens[k].of(text)))
        {
            a = k + 1;
        }
        // Leading honorifics and titles stay outside ("Ms Buchtmann", "Dr. Lee"); before a
        // person, any title or office ("Mayor Giuseppe Sala", "Chief Executive Ana Ruiz").
        let person = TYPES[ty] == EntityType::Person;
        let title = |w: &str| {
            JOB_TITLES.contains(w)
                || is_honorific(w)
                || (person && {
                    let lower = w.to_lowercase();
                    is_person_title(&lower) || JOB_TITLES.contains(&lower)
                })
        };
        while b - a > 1 && title(tokens[a].of(text)) {
            a += 1;
            if b - a > 1 && tokens[a].of(text) == "." {
                a += 1;
            }
        }
        while a < b && is_edge_junk(tokens[a].of(text)) {
            a += 1;
        }
        // A person's name does not start with the word that opens the sentence before it
        // ("During Rosati's trip", "Neither Lebed nor Maskhadov").
        let opens = (0..a).all(|k| !tokens[k].of(text).chars().any(char::is_alphanumeric));
        // Nor does a name start with the people of it ("Representatives of First Bank").
        if opens
            && b - a > 2
            && tokens[a + 1].of(text) == "of"
            && MEMBERS_OF.contains_ignore_ascii_case(tokens[a].of(text))
        {
            a += 2;
        }
        if person && opens && b - a > 1 {
            let w = tokens[a].of(text);
            if w.chars().next().is_some_and(char::is_uppercase)
                && BEFORE_A_NAME.contains_ignore_ascii_case(w)
            {
                a += 1;
            }
        }
        while b > a && is_edge_junk(tokens[b - 1].of(text)) {
            b -= 1;
        }
        // Numbered names keep their number ("Oregon Route 99", "Torpedo Squadron 8").
        if b > a
            && b < tokens.len()
            && NUMBERED_HEADS.contains(tokens[b - 1].of(text))
            && tokens[b].of(text).len() <= 4
            && tokens[b].of(text).bytes().all(|c| c.is_ascii_digit())
        {
            b += 1;
        }
        // Abbreviations keep their period ("Taiwan Semiconductor Manufacturing Co.").
        if b > a
            && b < tokens.len()
            && tokens[b].of(text) == "."
            && tokens[b].start == tokens[b - 1].end
            && is_abbreviation(tokens[b - 1].of(text))
        {
            b += 1;
        }
        // A lower-case word no name holds inside cuts the run into the names around it.
        // A word written onto its neighbours is part of a compound ("Kim Seo-yeon"), not
        // one.
        let mut start = a;
        for k in a..=b {
            let attached = |k: usize| {
                (k > 0 && tokens[k - 1].end == tokens[k].start)
                    || tokens.get(k + 1).is_some_and(|n| n.start == tokens[k].end)
            };
            if k < b && (!breaks_name(tokens[k].of(text)) || attached(k)) {
                continue;
            }
            // The run's own edges were cleaned above (an abbreviation keeps its full stop);
            // the edges a cut makes are cleaned here.
            let (mut p, mut q) = (start, k);
            while p > a && p < q && is_edge_junk(tokens[p].of(text)) {
                p += 1;
            }
            while q < b && q > p && is_edge_junk(tokens[q - 1].of(text)) {
                q -= 1;
            }
            if p < q {
                out.push((Span::new(tokens[p].start, tokens[q - 1].end), TYPES[ty]));
            }
            start = k + 1;
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;
    use crate::engine::tagger::type_index;
    use crate::engine::types::{EntityType, EntityType::*, Span};

    /// The spans of `text` whose words are tagged as `tagged` says: each name's words, the
    /// first tagged B and the rest I, of the name's type.
    fn spans_of(text: &str, tagged: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        use super::super::{tag_b, tag_i};
        let tokens = crate::engine::tokenize::tokens(text, Span::new(0, text.len()));
        let mut tags = vec![0u8; tokens.len()];
        for (name, ty) in tagged {
            let words: Vec<&str> = name.split(' ').collect();
            let ty = type_index(*ty).unwrap();
            let at = (0..tokens.len())
                .find(|&i| {
                    words
                        .iter()
                        .enumerate()
                        .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.of(text) == *w))
                })
                .unwrap();
            for k in 0..words.len() {
                tags[at + k] = if k == 0 { tag_b(ty) } else { tag_i(ty) } as u8;
            }
        }
        super::spans_of_tags(text, &tokens, &tags)
            .into_iter()
            .map(|(s, t)| (s.of(text).to_string(), t))
            .collect()
    }

    #[test]
    fn titles_stay_outside_names() {
        // Each name tagged with the title it comes with.
        let got = spans_of(
            "Mayor Ana Ruiz and Chief Executive Tom Oke met General Motors.",
            &[
                ("Mayor Ana Ruiz", Person),
                ("Chief Executive Tom Oke", Person),
                ("General Motors", Org),
            ],
        );
        assert_eq!(
            got,
            [
                ("Ana Ruiz".into(), Person),
                ("Tom Oke".into(), Person),
                ("General Motors".into(), Org)
            ]
        );
    }

    #[test]
    fn the_words_opening_a_sentence_stay_outside_a_name() {
        let cases: [(&str, (&str, EntityType), &str); 7] = [
            ("During Rosati 's trip they signed.", ("During Rosati", Person), "Rosati"),
            ("“Neither Lebed nor Maskhadov spoke.", ("Neither Lebed", Person), "Lebed"),
            // Negatives: an organization, a word no sentence opens with, a later word.
            ("Under Armour said so.", ("Under Armour", Org), "Under Armour"),
            ("Will Smith said so.", ("Will Smith", Person), "Will Smith"),
            ("They met During Rosati.", ("During Rosati", Person), "During Rosati"),
            (
                "Representatives of First Bank attended.",
                ("Representatives of First Bank", Org),
                "First Bank",
            ),
            (
                "Friends of the Earth attended.",
                ("Friends of the Earth", Org),
                "Friends of the Earth",
            ),
        ];
        for (text, tagged, want) in cases {
            let got = spans_of(text, &[tagged]);
            assert_eq!(got, [(want.to_string(), tagged.1)], "{text}");
        }
    }

    #[test]
    fn spans_fall_on_token_boundaries_for_any_input() {
        let texts = [
            "Title\nMistral AI’s rivals — OpenAI, Anthropic and Google DeepMind — raised €2bn in Paris-based deals.",
            "ÉÉÉ ééé\n\u{200b}Zoë Ünal-Özdemir met 李明 at the Ōsaka Expo. \"Quoted Name\" (Parenthesized Inc.)",
            "",
            "   \n\n  ",
            "A",
            "the the The THE 's ’s - -- ...",
        ];
        for text in texts {
            let a = analyze(text);
            let sentences = crate::train::sentences_of(text);
            let starts: Vec<usize> =
                sentences.iter().flat_map(|s| s.tokens.iter().map(|t| t.start)).collect();
            let ends: Vec<usize> =
                sentences.iter().flat_map(|s| s.tokens.iter().map(|t| t.end)).collect();
            for m in a.mentions.iter().filter(|m| type_index(m.ty).is_some()) {
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                assert!(
                    starts.contains(&m.span.start) && ends.contains(&m.span.end),
                    "{text:?}: {:?}",
                    m.span.of(text)
                );
                assert!(!m.span.of(text).starts_with("the ") && !m.span.of(text).ends_with("’s"));
            }
        }
    }
}
