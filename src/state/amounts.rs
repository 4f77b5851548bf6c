//! Two forms of one amount ("raised €600 million (approximately $640 million)"): the engine
//! keeps a fact for each (the data has both), and the Facts panel reads them as one fact
//! ("raised €600 million (≈ $640 million)").

use crate::engine::lexicon::amounts::CONVERSION_HEDGES;
use crate::engine::{Analysis, EntityType};

/// The pairs of facts `(i, j)` (indexes into `analysis.relations`) where fact `j` states the
/// amount of fact `i` in another form: the same kind and head, and `j`'s amount written in
/// brackets right after `i`'s, alone or after a word such as "approximately".
/// A fact is in at most one pair, however often the text repeats the amounts (a pair counted
/// twice would make the reader's count of facts smaller than it is).
pub fn conversions(text: &str, analysis: &Analysis) -> Vec<(usize, usize)> {
    let money: Vec<_> = analysis.mentions.iter().filter(|m| m.ty == EntityType::Money).collect();
    // The amounts written one after the other, each pair of entities once.
    let mut amounts: Vec<_> = money
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0], w[1]);
            a.entity != b.entity && converts(text, a.span.end, b.span.start, b.span.end)
        })
        .map(|w| (w[0].entity, w[1].entity))
        .collect();
    crate::engine::sort::by_key(&mut amounts, |&p| p);
    amounts.dedup();
    let mut paired = vec![false; analysis.relations.len()];
    let mut pairs = Vec::new();
    for (a, b) in amounts {
        for (i, r) in analysis.relations.iter().enumerate() {
            if r.tail != a || paired[i] {
                continue;
            }
            let other = analysis
                .relations
                .iter()
                .position(|s| s.tail == b && s.head == r.head && s.ty == r.ty);
            if let Some(j) = other.filter(|&j| !paired[j]) {
                paired[i] = true;
                paired[j] = true;
                pairs.push((i, j));
            }
        }
    }
    pairs
}

/// Is the text between two amounts (`gap` from `from` to `to`) an opening bracket, maybe with a
/// hedge ("(approximately "), and does a closing bracket follow the second (at `end`)?
fn converts(text: &str, from: usize, to: usize, end: usize) -> bool {
    let (Some(gap), Some(after)) = (text.get(from..to), text.get(end..)) else { return false };
    let Some(inside) = gap.trim().strip_prefix('(') else { return false };
    let inside = inside.trim();
    let hedge_ok = inside.is_empty()
        || inside.split_whitespace().count() == 1
            && CONVERSION_HEDGES.contains_ignore_ascii_case(inside);
    hedge_ok && after.trim_start().starts_with(')')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyze;

    fn fact(a: &Analysis, i: usize) -> String {
        let r = &a.relations[i];
        format!("{} {} {}", a.entity(r.head).name, r.ty.phrase(), a.entity(r.tail).name)
    }

    #[test]
    fn an_amount_and_its_conversion_in_brackets_pair_up() {
        let text = "Orbix raises €600 million\n\nOrbix, a French start-up, recently concluded a funding round, raising €600 million (approximately $640 million).";
        let a = analyze(text);
        let pairs = conversions(text, &a);
        let read: Vec<(String, String)> =
            pairs.iter().map(|&(i, j)| (fact(&a, i), fact(&a, j))).collect();
        assert_eq!(
            read,
            [("Orbix raised €600 million".to_string(), "Orbix raised $640 million".to_string())]
        );
    }

    #[test]
    fn a_conversion_is_a_bracket_maybe_a_hedge_then_the_amount_and_its_closing_bracket() {
        let at = |t: &str| {
            let (a, b) = (t.find("€9").unwrap() + "€9".len(), t.find("$1").unwrap());
            converts(t, a, b, b + "$1".len())
        };
        assert!(at("€9 ($1)"));
        assert!(at("€9 (approximately $1) in"));
        assert!(at("€9 ( About $1 )"));
        assert!(!at("€9 and $1"));
        assert!(!at("€9 (after raising $1)"));
        assert!(!at("€9 (about $1, last year)"));
        assert!(!at("€9, about $1"));
    }

    /// A text that states the same amount and its conversion again and again (a long
    /// article, a pasted page twice over) pairs the two facts once: the facts shown are one
    /// fewer, not one fewer per repetition.
    #[test]
    fn a_conversion_stated_again_pairs_once() {
        let once = "Orbix, a French start-up, raised €600 million (approximately $640 million).";
        let text = format!("Orbix raises €600 million\n\n{once}\n\n{once}\n\n{once}");
        let a = analyze(&text);
        assert_eq!(conversions(&text, &a).len(), 1);
        assert!(a.relations.len() >= 2);
    }

    #[test]
    fn two_amounts_that_are_not_one_stay_apart() {
        for text in [
            "Orbix raises money\n\nOrbix raised €600 million and Velt raised $640 million on Monday.",
            "Orbix raises money\n\nOrbix raised €600 million (after raising $640 million last year) on Monday.",
        ] {
            assert_eq!(conversions(text, &analyze(text)), vec![], "{text}");
        }
    }
}
