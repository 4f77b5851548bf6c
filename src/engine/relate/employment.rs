//! Works for and founded: who holds a role at an organization and who founded it.
//!
//! Roles are read from appositions ("Juan Leon, a senior analyst at X", "Kenneth Liu, TSMC’s
//! head of investor relations"), photo credits ("Photo: Jane Doe/Agency"), titles before names ("Solvane CEO Wei-Lin Tan",
//! "Microsoft’s Yorke Rhodes"), relative clauses ("PERSON, who runs ORG") and
//! "PERSON of/from ORG". A role phrase is a run of role words ([`ROLES`]); only a core role
//! ("chief executive", "analyst") makes employment, and "founder" makes founded. Founding
//! is read from "ORG was founded by A and B", "A co-founded ORG (with B)" and "A started the
//! company".

use super::view::{Findings, View};
use crate::engine::lexicon::names::*;
use crate::engine::lexicon::relations::*;
use crate::engine::text::{words, Words};
use crate::engine::types::{EntityId, EntityType, RelationType};
use EntityType::*;
use RelationType::*;

/// What a role phrase says about a person and an organization.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Role {
    /// A job there ("chief executive", "analyst"): works for.
    job: bool,
    /// A founder ("co-founder"): founded.
    founder: bool,
}

impl Role {
    /// Does the phrase say anything?
    fn any(self) -> bool {
        self.job || self.founder
    }

    /// Adds what the role word at token `i` says; false if the token is no role word.
    fn add(&mut self, v: &View, i: usize) -> bool {
        if !v.is(i, &ROLES) {
            return false;
        }
        self.job |= v.is(i, &CORE_ROLES);
        self.founder |= v.is(i, &FOUNDER_ROLES)
            || (v.w(i) == "co" && v.w(i + 1) == "-" && v.w(i + 2) == "founder");
        true
    }

    /// Works for and founded, as the role says.
    fn facts(self, out: &mut Findings, person: EntityId, org: EntityId, conf: f32) {
        if self.job {
            out.push(EmployedBy, person, org, conf);
        }
        if self.founder {
            out.push(Founded, person, org, conf);
        }
    }
}

/// Small words inside a title ("co-founder and chief executive", "head of research").
const TITLE_FILLERS: Words = Words::new(&[
    "-", ",", "and", "&", "of", "for", "the", "a", "an", "former", "new", "interim", "acting",
    "then",
]);

/// Small words inside a role phrase after a name ("a former top analyst", "its own chef").
const PHRASE_FILLERS: Words = Words::new(&[
    "-", "and", "&", "the", "a", "an", "former", "new", "interim", "acting", "its", "top", "own",
]);

/// Lower-case words that end a role phrase: they open a clause.
const PHRASE_ENDS: Words = Words::new(&[
    "who", "which", "that", "said", "says", "told", "is", "was", "has", "had", "will",
]);

/// Verbs of leading or working at an organization ("who runs", "who joined").
const LEADS: Words = Words::new(&[
    "runs", "ran", "heads", "headed", "leads", "led", "joined", "joins", "chairs", "chaired",
    "manages", "managed", "works", "worked", "represents", "coaches", "captains", "spent",
]);

/// Is token `k` a verb of working at an organization ([`LEADS`]), or "played"/"plays" for
/// one (not "played Arsenal": an opponent)?
fn works_at(v: &View, k: usize) -> bool {
    v.is(k, &LEADS)
        || (v.is(k, words!["played", "plays", "playing", "signed", "signs"]) && v.w(k + 1) == "for")
        // "moves to Atalanta", "has been loaned to Atalanta", "returned to Apple".
        || (v.is(k, words!["moves", "moved", "transferred", "loaned", "returned", "returns"])
            && v.w(k + 1) == "to")
}

/// The facts of working at the organization `o` after such a verb, and at a former
/// employer after "from" ("joined QuTech from the University of Cambridge"). (Members listed
/// with `o` follow it afterwards, as every fact about a list's member does.)
fn workplaces(v: &View, out: &mut Findings, person: EntityId, o: usize, conf: f32) {
    out.push(EmployedBy, person, v.entity(o), conf);
    let last = v.m(o).last;
    if v.w(last + 1) == "from" {
        if let Some(o2) = v.next_ment(last + 2, 2, &[Org]) {
            out.push(EmployedBy, person, v.entity(o2), conf - 0.05);
        }
    }
}

/// A role phrase from token `i` (up to `n` tokens) that goes on with "at", "of", "for" or
/// "with" and an organization ("a senior analyst at Bernstein"): what it says, and the
/// organization's mention.
fn role_at_org(v: &View, i: usize, n: usize) -> Option<(Role, usize)> {
    let (role, end) = role_scan(v, i, n);
    if !role.any() || !v.is(end, words!["at", "of", "for", "with"]) {
        return None;
    }
    v.next_ment(end + 1, 5, &[Org]).map(|o| (role, o))
}

/// Is `range` a title made of role words (and small words), such as "chief executive",
/// "CEO", "senior vice-president"? Returns what it says.
fn role_words(v: &View, range: std::ops::Range<usize>) -> Option<Role> {
    if range.is_empty() {
        return None;
    }
    let mut role = Role::default();
    for i in range {
        if !v.is(i, &TITLE_FILLERS) && !role.add(v, i) {
            return None;
        }
    }
    role.any().then_some(role)
}

/// Reads a role phrase (up to `n` tokens from `i`): role words, small words and lower-case
/// modifiers ("a retail analyst", "a senior gas analyst"); anything else ends it. Returns
/// what it says and where it ends.
fn role_scan(v: &View, i: usize, n: usize) -> (Role, usize) {
    let mut role = Role::default();
    let mut k = i;
    while k < i + n && k < v.len() && v.ment_at(k).is_none() {
        let modifier = v.plain(k) && !v.is(k, &PHRASE_ENDS);
        if !role.add(v, k) && !v.is(k, &PHRASE_FILLERS) && !modifier {
            break;
        }
        k += 1;
    }
    (role, k)
}

/// Works for: appositions, possessives, titles before names, "PERSON of/from ORG",
/// "PERSON, who runs ORG".
pub(super) fn employment(v: &View, out: &mut Findings) {
    for (_, pm) in v.ments_of(Person) {
        let after = pm.last + 1;
        // A photo credit, "PERSON/ORG" or "ORG/PERSON" with the slash written tight ("Jane
        // Doe/Agency", "AGENCY/Jane Doe"): who took the picture, for whom. Spaced, a slash
        // lists two sources instead ("Twitter / Jane Doe").
        let tight = |slash: usize| {
            v.w(slash) == "/" && v.glued_to_previous(slash) && v.glued_to_previous(slash + 1)
        };
        let credit_org = if tight(after) {
            v.ment_of(after + 1, Org)
        } else if pm.first >= 2 && tight(pm.first - 1) {
            v.ment_at(pm.first - 2).filter(|&o| v.ty(o) == Org && v.m(o).last == pm.first - 2)
        } else {
            None
        };
        if let Some(o) = credit_org {
            out.push(EmployedBy, pm.entity, v.entity(o), 0.8);
        }
        // "PERSON of/from/at ORG" ("Matt Stephenson from Pantera Capital").
        if v.is(after, words!["of", "from", "at", "with"]) && !v.hedged(pm.first, 3) {
            if let Some(o) = v.next_ment(after + 1, 2, &[Org]) {
                out.push(EmployedBy, pm.entity, v.entity(o), 0.75);
            }
        }
        // "PERSON runs/joined/works for ORG": the person is the verb's own subject, an age
        // between commas aside ("Lentini, 27, joined Milan from Torino").
        let aged = v.w(after) == ","
            && v.w(after + 1).bytes().all(|b| b.is_ascii_digit())
            && !v.w(after + 1).is_empty()
            && v.w(after + 2) == ",";
        let subject_end = if aged { after + 3 } else { after };
        let mut k = subject_end;
        while v
            .is(k, words!["has", "had", "have", "been", "also", "now", "then", "later", "recently"])
        {
            k += 1;
        }
        if k < subject_end + 4 && works_at(v, k) && !v.hedged(k, 4) {
            let mut j = k + 1;
            if v.is(j, words!["for", "at", "with", "to"]) {
                j += 1;
            }
            if v.w(j) == "the" {
                j += 1;
            }
            if let Some(o) = v.ment_of(j, Org) {
                workplaces(v, out, pm.entity, o, 0.85);
            }
        }
        // "PERSON, (a|the) ROLE ... at/of/for/with ORG" ("Juan Leon, a senior analyst at X").
        if v.w(after) == "," {
            if let Some((role, o)) = role_at_org(v, after + 1, 8) {
                role.facts(out, pm.entity, v.entity(o), 0.85);
                // A second role coordinated after it ("Director of the X study, and
                // Chairman of the Y Centre").
                let mut k = v.m(o).last + 1;
                while k < v.m(o).last + 3 && v.plain_in_phrase(k) {
                    k += 1;
                }
                if v.w(k) == "," {
                    k += 1;
                }
                if v.w(k) == "and" {
                    if let Some((role, o)) = role_at_org(v, k + 1, 6) {
                        role.facts(out, pm.entity, v.entity(o), 0.8);
                    }
                }
            }
            // "PERSON, ORG’s ROLE" ("Kenneth Liu, TSMC’s head of investor relations").
            let mut k = after + 1;
            if v.is(k, words!["the", "a", "an", "former"]) {
                k += 1;
            }
            if let Some(o) = v.ment_of(k, Org) {
                let pl = v.poss(v.m(o).last + 1);
                if pl > 0 {
                    let (role, _) = role_scan(v, v.m(o).last + 1 + pl, 6);
                    role.facts(out, pm.entity, v.entity(o), 0.85);
                } else {
                    // "PERSON, a former ORG ROLE" ("a former Goldman Sachs trader").
                    let (role, _) = role_scan(v, v.m(o).last + 1, 3);
                    if v.w(k - 1) != "," {
                        role.facts(out, pm.entity, v.entity(o), 0.7);
                    }
                }
            }
            // "PERSON, the company’s chief executive": the organization just talked about.
            if v.w(after + 1) == "the" && v.is(after + 2, &ORG_NOUNS) && v.poss(after + 3) > 0 {
                let (role, _) = role_scan(v, after + 3 + v.poss(after + 3), 6);
                if let Some(o) = v.recent.or(v.topic) {
                    role.facts(out, pm.entity, o, 0.55);
                }
            }
            // "PERSON, who is (also/now) chief executive of ORG" / "... and is its chief
            // executive".
            if v.w(after + 1) == "who" {
                for k in after + 2..(after + 20).min(v.len()) {
                    if !v.is(k, words!["is", "serves", "remains"]) || v.hedged(k, 2) {
                        continue;
                    }
                    let mut j = k + 1;
                    while v.is(j, words!["also", "now", "still", "as", "the"]) {
                        j += 1;
                    }
                    let its = v.w(j) == "its";
                    let (role, end) = role_scan(v, if its { j + 1 } else { j }, 6);
                    if !role.any() {
                        continue;
                    }
                    let org = if its {
                        v.prev_ment(k, 12, &[Org]).map(|o| v.entity(o)).or(v.topic)
                    } else if v.is(end, words!["of", "at", "for"]) {
                        v.next_ment(end + 1, 3, &[Org]).map(|o| v.entity(o))
                    } else {
                        None
                    };
                    if let Some(o) = org {
                        role.facts(out, pm.entity, o, 0.7);
                    }
                    break;
                }
            }
            // "PERSON, who runs/heads/leads/joined ORG" and former employers ("who joined
            // QuTech from the University of Cambridge").
            if v.w(after + 1) == "who" {
                let mut k = after + 2;
                let stop = (after + 12).min(v.len());
                while k < stop && !matches!(v.w(k), "," | "said" | "and" | ";") {
                    let w = v.w(k);
                    if works_at(v, k) && !v.hedged(k, 3) {
                        let mut j = k + 1;
                        while j < stop
                            && v.ment_at(j).is_none()
                            && matches!(
                                v.w(j),
                                "at" | "for"
                                    | "with"
                                    | "to"
                                    | "the"
                                    | "as"
                                    | "in"
                                    | "previously"
                                    | "also"
                            )
                        {
                            j += 1;
                        }
                        if let Some(o) = v.ment_of(j, Org) {
                            workplaces(v, out, pm.entity, o, 0.75);
                        } else if v.w(j) == "its"
                            && matches!(w, "runs" | "heads" | "leads" | "led" | "headed" | "ran")
                        {
                            if let Some(t) = v.topic {
                                out.push(EmployedBy, pm.entity, t, 0.5);
                            }
                        }
                        break;
                    }
                    k += 1;
                }
            }
        }
        // Before the person: "ORG ROLE PERSON" ("Solvane CEO Wei-Lin Tan"), "ORG’s ROLE,
        // PERSON", "ORG’s PERSON" ("Microsoft’s Yorke Rhodes").
        let before = pm.first;
        let mut k = before;
        while k > 0
            && v.ment_at(k - 1).is_none()
            && before - k < 6
            && (v.is(k - 1, &ROLES) || matches!(v.w(k - 1), "-" | "and" | "," | "former"))
        {
            k -= 1;
        }
        // ("ORG PERSON" with nothing between is too weak: `role_words` wants a role.)
        if let Some(o) = k.checked_sub(1).and_then(|i| v.ment_of(i, Org)) {
            if let Some(role) = role_words(v, k..before) {
                role.facts(out, pm.entity, v.entity(o), 0.85);
            }
        }
        // "ROLE of ORG PERSON" ("Chairman of the Federal Reserve Alan Greenspan", "Speaker of
        // the House of Representatives Wahono"): the title names its organization before the
        // person.
        if let Some(o) = before.checked_sub(1).and_then(|i| v.ment_of(i, Org)) {
            let om = v.m(o);
            let mut of = om.first;
            if of >= 1 && v.w(of - 1) == "the" {
                of -= 1;
            }
            if of >= 2 && v.w(of - 1) == "of" {
                let mut r = of - 1;
                while r > 0 && of - 1 - r < 4 && v.ment_at(r - 1).is_none() && v.is(r - 1, &ROLES) {
                    r -= 1;
                }
                if let Some(role) = role_words(v, r..of - 1) {
                    role.facts(out, pm.entity, om.entity, 0.8);
                }
            }
        }
        // "chief executive Dana Whitfield said": an executive title with no organization
        // names the company the article is about. The finding stands on its own (the
        // company is not in the sentence for the model to pair with): cross-validated, all
        // four it added on the training articles were right.
        if k < before
            && v.ment_at(k.wrapping_sub(1)).is_none()
            && (k == 0
                || !v.is_word(k - 1)
                || v.is(k - 1, words!["said", "says", "and", "statement"]))
        {
            let exec = (k..before).any(|i| v.is(i, words!["chief", "ceo", "cfo", "cto", "coo"]));
            if exec && role_words(v, k..before).is_some() {
                if let Some(o) = v.topic {
                    out.push(EmployedBy, pm.entity, o, 0.6);
                }
            }
        }
        // With a possessive between: walk back over roles, then the possessive, then ORG.
        let mut k = before;
        while k > 0
            && v.ment_at(k - 1).is_none()
            && before - k < 7
            && (v.is(k - 1, &ROLES) || matches!(v.w(k - 1), "-" | "and" | "," | "of" | "own"))
        {
            k -= 1;
        }
        for pl in [1usize, 2] {
            if k < pl {
                continue;
            }
            if v.poss(k - pl) != pl {
                continue;
            }
            let Some(o) = k.checked_sub(pl + 1).and_then(|i| v.ment_of(i, Org)) else { continue };
            if k == before {
                out.push(EmployedBy, pm.entity, v.entity(o), 0.8);
            } else if let Some(role) = role_words(v, k..before) {
                role.facts(out, pm.entity, v.entity(o), 0.85);
            }
        }
    }
}

/// Founded: "ORG was founded (in YEAR) by PERSON (and PERSON)", "PERSON founded ORG",
/// "PERSON started the company with PERSON".
pub(super) fn founding(v: &View, out: &mut Findings) {
    for i in 0..v.len() {
        let w = v.w(i);
        let trig = matches!(w, "founded" | "cofounded" | "started" | "created" | "established")
            || (w == "co" && v.w(i + 1) == "-" && v.w(i + 2) == "founded")
            || (w == "set" && v.w(i + 1) == "up");
        if !trig || v.hedged(i, 4) {
            continue;
        }
        let t_end = if w == "co" {
            i + 3
        } else if w == "set" {
            i + 2
        } else {
            i + 1
        };
        // Passive: "... founded in 2019 by A and B".
        let mut k = t_end;
        while k < v.len()
            && k < t_end + 6
            && v.w(k) != "by"
            && (v.ment_at(k).is_none() || v.ty(v.ment_at(k).unwrap_or(0)) == Date)
        {
            k += 1;
        }
        if v.w(k) == "by" {
            // The founders: persons listed after "by", each maybe behind a description ("by
            // the engineer A", "by A, a former Amgen scientist, and Harvard immunologist B"),
            // or one organization right after it ("by the Society of Jesus").
            let persons: Vec<usize> = {
                let mut ps = Vec::new();
                let mut j = k + 1;
                while j < v.len() && j < k + 40 && !matches!(v.w(j), ";" | "said" | "says") {
                    let Some(m) = v.ment_at(j) else {
                        // Before the first founder only a description may stand.
                        if ps.is_empty() && !describes(v, j) {
                            break;
                        }
                        j += 1;
                        continue;
                    };
                    let (first, last) = (v.m(m).first, v.m(m).last);
                    if v.ty(m) == Person {
                        let from = described_from(v, first);
                        let listed = if ps.is_empty() {
                            from == k + 1
                        } else {
                            from > 0 && v.is(from - 1, words!["and", ","])
                        };
                        if listed {
                            ps.push(m);
                        }
                    } else if ps.is_empty() {
                        let modifier =
                            matches!(v.ty(m), Org | Gpe | Norp) && describes(v, last + 1);
                        if !modifier {
                            let right_after =
                                first == k + 1 || (first == k + 2 && v.w(k + 1) == "the");
                            if v.ty(m) == Org && right_after && v.poss(last + 1) == 0 {
                                ps.push(m);
                            }
                            break;
                        }
                    }
                    j = last + 1;
                }
                ps
            };
            let org = v
                .prev_ment(i, 10, &[Org])
                .map(|o| v.entity(o))
                // "Founded in 2019 by A and B, Kudira …": only when the participle opens the
                // sentence; else the organization after the founders is where one of them
                // worked ("by A, a former manager at Sonal Bank").
                .or_else(|| {
                    persons
                        .last()
                        .filter(|_| i <= 1)
                        .and_then(|&p| v.next_ment_any(v.m(p).last + 1, 30, Org))
                        .map(|o| v.entity(o))
                })
                .or_else(|| if v.org_anaphor(i.saturating_sub(6), i) { v.topic } else { None });
            if let Some(org) = org {
                for p in persons {
                    out.push(Founded, v.entity(p), org, 0.85);
                }
            }
            continue;
        }
        // Active: "PERSON (, who) co-founded ORG (with PERSON)".
        let Some(p) = v.prev_ment(i, 12, &[Person, Org]).filter(|&p| v.ty(p) == Person) else {
            continue;
        };
        let mut j = t_end;
        while v.is(j, words!["the", "a", "an"])
            || (v.plain(j) && v.ment_at(j).is_none() && j < t_end + 3 && !v.is(j, &ORG_NOUNS))
            || v.w(j) == "-"
        {
            j += 1;
        }
        let org = match v.ment_at(j) {
            Some(o) if v.ty(o) == Org => Some(v.entity(o)),
            None if v.is(j, &ORG_NOUNS) && v.w(j.saturating_sub(1)) == "the" => v.topic,
            _ => None,
        };
        let Some(org) = org else { continue };
        out.push(Founded, v.entity(p), org, 0.8);
        // "... with PERSON" right after the organization.
        let mut j2 = j + 1;
        while j2 < v.len() && j2 < j + 5 && v.w(j2) != "with" {
            j2 += 1;
        }
        if v.w(j2) == "with" {
            if let Some(p2) = v.next_ment(j2 + 1, 2, &[Person]) {
                out.push(Founded, v.entity(p2), org, 0.75);
            }
        }
    }
}

/// Can token `i` stand in a description before a person's name ("the former ... executive",
/// "businessman Chief", "Harvard immunologist")? An article, "former", a plain lower-case
/// word (not a conjunction: [`View::plain`] leaves those out), a hyphen, or a capitalized title.
fn describes(v: &View, i: usize) -> bool {
    v.ment_at(i).is_none()
        && (v.is(i, words!["the", "a", "an", "-", "former", "late"])
            || (v.plain_in_phrase(i) && !v.is(i, words!["but"]))
            || (v.is_cap(i) && is_person_title(v.w(i))))
}

/// Where the description before a person's name at token `at` begins (`at` if none): up to
/// six tokens that [`describes`], or names of organizations, places or groups inside it
/// ("the former Cosumar executive", not right before the person).
fn described_from(v: &View, at: usize) -> usize {
    let mut s = at;
    while s > 0 && at - s < 6 {
        match v.ment_at(s - 1) {
            Some(o) if s < at && matches!(v.ty(o), Org | Gpe | Norp) => s = v.m(o).first,
            Some(_) => break,
            None if describes(v, s - 1) => s -= 1,
            None => break,
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::engine::types::EntityType::*;

    #[test]
    fn founders() {
        check(vec![
            (
                "Nordlys was founded in 2016 by Mette Kjær and Søren Holm, two researchers.",
                vec![
                    ("Nordlys", Org),
                    ("2016", Date),
                    ("Mette Kjær", Person),
                    ("Søren Holm", Person),
                ],
                vec!["Mette Kjær FOUNDED Nordlys", "Søren Holm FOUNDED Nordlys"],
            ),
            (
                "Dan, who founded the Save Romania Union in 2016, ran.",
                vec![("Dan", Person), ("Save Romania Union", Org), ("2016", Date)],
                vec!["Dan FOUNDED Save Romania Union"],
            ),
            // Founders behind descriptions, one with a name inside it.
            (
                "Brisa Bank, a lender founded in 1994 by the businessman Chief Ade Bello, grew.",
                vec![("Brisa Bank", Org), ("1994", Date), ("Ade Bello", Person)],
                vec!["Ade Bello FOUNDED Brisa Bank"],
            ),
            (
                "Corvan was founded in 2011 by the former Tessla executive Omar Dib.",
                vec![("Corvan", Org), ("2011", Date), ("Tessla", Org), ("Omar Dib", Person)],
                // A former employer counts (the guidelines).
                vec!["Omar Dib EMPLOYED_BY Tessla", "Omar Dib FOUNDED Corvan"],
            ),
            (
                "Velto was founded by Ana Ruiz, a former Pfizor scientist, and Yale chemist Li Wei.",
                vec![
                    ("Velto", Org),
                    ("Ana Ruiz", Person),
                    ("Pfizor", Org),
                    ("Yale", Org),
                    ("Li Wei", Person),
                ],
                vec!["Ana Ruiz FOUNDED Velto", "Li Wei FOUNDED Velto"],
            ),
            // An organization as the founder; none where "by" brings a cause, or where a
            // name is not listed with the founders.
            (
                "The university, founded in 1956 by the Order of Saint Anne, grew.",
                vec![("1956", Date), ("Order of Saint Anne", Org)],
                vec![],
            ),
            (
                "Kalda College was founded in 1956 by the Order of Saint Anne.",
                vec![("Kalda College", Org), ("1956", Date), ("Order of Saint Anne", Org)],
                vec!["Order of Saint Anne FOUNDED Kalda College"],
            ),
            (
                "Lumo was created by the merger of Brix and Tolo, said Ana Ruiz.",
                vec![("Lumo", Org), ("Brix", Org), ("Tolo", Org), ("Ana Ruiz", Person)],
                vec![],
            ),
            (
                "Founded in 2019 by Ana Ruiz, Kudo lends to farmers.",
                vec![("2019", Date), ("Ana Ruiz", Person), ("Kudo", Org)],
                vec!["Ana Ruiz FOUNDED Kudo"],
            ),
            // The organization after a founder is where the founder worked, not what was
            // founded, when the participle does not open the sentence.
            (
                "It was founded in 1994 by Abdul Karim, a former manager at Sonal Bank.",
                vec![("1994", Date), ("Abdul Karim", Person), ("Sonal Bank", Org)],
                vec!["Abdul Karim EMPLOYED_BY Sonal Bank"],
            ),
            (
                "Nuvo was founded by Ana Ruiz after talks with banker Li Wei.",
                vec![("Nuvo", Org), ("Ana Ruiz", Person), ("Li Wei", Person)],
                vec!["Ana Ruiz FOUNDED Nuvo"],
            ),
        ]);
    }

    #[test]
    fn photo_credits() {
        check(vec![
            (
                "Photo: Pavel Ristic/Northline Images",
                vec![("Pavel Ristic", Person), ("Northline Images", Org)],
                vec!["Pavel Ristic EMPLOYED_BY Northline Images"],
            ),
            (
                "Photo: NORTHLINE/Pavel Ristic",
                vec![("NORTHLINE", Org), ("Pavel Ristic", Person)],
                vec!["Pavel Ristic EMPLOYED_BY NORTHLINE"],
            ),
            // Spaced, the slash lists two sources.
            (
                "Image: Chirper / Pavel Ristic",
                vec![("Chirper", Org), ("Pavel Ristic", Person)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn careers_after_a_verb_of_working() {
        check(vec![
            // A move to a club or a company is a new employer; a planned one is not yet.
            (
                "Milan's Lentini moves to Atalanta. Rui Costa has been loaned to Parma. Dana Lee joins Orbix as chief economist.",
                vec![("Milan", Gpe), ("Lentini", Person), ("Atalanta", Org), ("Rui Costa", Person), ("Parma", Org), ("Dana Lee", Person), ("Orbix", Org)],
                vec!["Dana Lee EMPLOYED_BY Orbix", "Lentini EMPLOYED_BY Atalanta", "Rui Costa EMPLOYED_BY Parma"],
            ),
            (
                "Tom Reyes could move to Velt next year. Ada Lin moved to Paris.",
                vec![("Tom Reyes", Person), ("Velt", Org), ("next year", Date), ("Ada Lin", Person), ("Paris", Gpe)],
                vec![],
            ),
            (
                "Lentini, 27, joined Milan from Torino in 1992.",
                vec![("Lentini", Person), ("Milan", Org), ("Torino", Org), ("1992", Date)],
                vec!["Lentini EMPLOYED_BY Milan", "Lentini EMPLOYED_BY Torino"],
            ),
            (
                "Baratelli, who played for Nice and Paris St Germain, takes over.",
                vec![("Baratelli", Person), ("Nice", Org), ("Paris St Germain", Org)],
                vec!["Baratelli EMPLOYED_BY Nice", "Baratelli EMPLOYED_BY Paris St Germain"],
            ),
            (
                "Cunningham played for the Eagles for 11 years.",
                vec![("Cunningham", Person), ("Eagles", Org)],
                vec!["Cunningham EMPLOYED_BY Eagles"],
            ),
            // Negatives: an opponent played; an age that is no apposition.
            (
                "Cunningham played Dallas twice.",
                vec![("Cunningham", Person), ("Dallas", Org)],
                vec![],
            ),
            (
                "Tom Reyes, 27 years on, joined Orbix.",
                vec![("Tom Reyes", Person), ("Orbix", Org)],
                vec![],
            ),
        ]);
    }

    #[test]
    fn employment() {
        check(vec![
            (
                "Tom Reyes joined Orbix in 2020. Maria Sanz now works for the Velt Group.",
                vec![
                    ("Tom Reyes", Person),
                    ("Orbix", Org),
                    ("2020", Date),
                    ("Maria Sanz", Person),
                    ("Velt Group", Org),
                ],
                vec!["Maria Sanz EMPLOYED_BY Velt Group", "Tom Reyes EMPLOYED_BY Orbix"],
            ),
            (
                "Tom Reyes may join Orbix. Maria Sanz never worked for Velt.",
                vec![("Tom Reyes", Person), ("Orbix", Org), ("Maria Sanz", Person), ("Velt", Org)],
                vec![],
            ),
            (
                "Industry voices, including Matt Stephenson from Pantera Capital, agreed.",
                vec![("Matt Stephenson", Person), ("Pantera Capital", Org)],
                vec!["Matt Stephenson EMPLOYED_BY Pantera Capital"],
            ),
            (
                "“It works,” said Juan Leon, a senior analyst at Bernstein.",
                vec![("Juan Leon", Person), ("Bernstein", Org)],
                vec!["Juan Leon EMPLOYED_BY Bernstein"],
            ),
            (
                "Solvane CEO Wei Tan apologised.",
                vec![("Solvane", Org), ("Wei Tan", Person)],
                vec!["Wei Tan EMPLOYED_BY Solvane"],
            ),
            // A title naming its organization before the person.
            (
                "Chairman of the Federal Reserve Alan Greenspan spoke after Speaker of the House of Representatives Wahono.",
                vec![("Federal Reserve", Org), ("Alan Greenspan", Person), ("House of Representatives", Org), ("Wahono", Person)],
                vec!["Alan Greenspan EMPLOYED_BY Federal Reserve"],
            ),
            (
                "A report of the Velt Group Dana Lee wrote was cited.",
                vec![("Velt Group", Org), ("Dana Lee", Person)],
                vec![],
            ),
            // Who plays or drives for a team is employed by it.
            (
                "Former Auxerre playmaker Corentine Martins scored past Deportivo keeper Jacques Songo'o.",
                vec![("Auxerre", Org), ("Corentine Martins", Person), ("Deportivo", Org), ("Jacques Songo'o", Person)],
                vec!["Corentine Martins EMPLOYED_BY Auxerre", "Jacques Songo'o EMPLOYED_BY Deportivo"],
            ),
            // A second role coordinated after the first.
            (
                "Ada Lin, Director of the Velt Nutrition study, and Chairman of the Orbix Centre, spoke.",
                vec![("Ada Lin", Person), ("Velt Nutrition", Org), ("Orbix Centre", Org)],
                vec!["Ada Lin EMPLOYED_BY Orbix Centre", "Ada Lin EMPLOYED_BY Velt Nutrition"],
            ),
            (
                "Jane Doe, chief executive of Kova Robotics, spoke.",
                vec![("Jane Doe", Person), ("Kova Robotics", Org)],
                vec!["Jane Doe EMPLOYED_BY Kova Robotics"],
            ),
            (
                "At the event, Microsoft’s Yorke Rhodes discussed AI.",
                vec![("Microsoft", Org), ("Yorke Rhodes", Person)],
                vec!["Yorke Rhodes EMPLOYED_BY Microsoft"],
            ),
            (
                "“No,” said Kenneth Liu, TSMC’s head of investor relations.",
                vec![("Kenneth Liu", Person), ("TSMC", Org)],
                vec!["Kenneth Liu EMPLOYED_BY TSMC"],
            ),
            (
                "Meridian’s chief executive, Theo Marchetti, said so.",
                vec![("Meridian", Org), ("Theo Marchetti", Person)],
                vec!["Theo Marchetti EMPLOYED_BY Meridian"],
            ),
            (
                "Park Ji-hoon, who runs Samsung’s mobile business, agreed.",
                vec![("Park Ji-hoon", Person), ("Samsung", Org)],
                vec!["Park Ji-hoon EMPLOYED_BY Samsung"],
            ),
            // A co-founder with a role is both founder and employee.
            (
                "Jean Barrault, Lumière’s co-founder and chief executive, spoke.",
                vec![("Jean Barrault", Person), ("Lumière", Org)],
                vec!["Jean Barrault EMPLOYED_BY Lumière", "Jean Barrault FOUNDED Lumière"],
            ),
            // Negatives: a person and an organization merely in one sentence; in two sentences;
            // a place is no employer.
            (
                "Jane Doe praised Nvidia in a speech.",
                vec![("Jane Doe", Person), ("Nvidia", Org)],
                vec![],
            ),
            (
                "Jane Doe spoke. Nvidia, a chipmaker, listened.",
                vec![("Jane Doe", Person), ("Nvidia", Org)],
                vec![],
            ),
            (
                "Jane Doe, a senior analyst at Paris, spoke.",
                vec![("Jane Doe", Person), ("Paris", Gpe)],
                vec![],
            ),
        ]);
    }
}
