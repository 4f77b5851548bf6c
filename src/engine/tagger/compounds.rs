//! Names the tagger reads in parts, joined into one (pass 6 of `postprocess`). A sentence
//! model cuts long names at the words it rarely sees inside a name: a nationality, "and",
//! "of", a possessive, a particle, a number. Each rule reads the tokens around a span and
//! extends it over the rest of the name when the words themselves say it goes on:
//! - [`nationality_event`]: "Portuguese" + "Grand Prix" is one event;
//! - [`ampersand_name`]: "Ndukwe & Partners", "S&P Global", "M&S";
//! - [`institution_complement`]: "Office" + "of the Comptroller of the Currency";
//! - [`conjoined_sectors`]: "Crestline Trust and Savings Bank", "Ministry of Housing,
//!   Communities and Local Government", "Charity Commission for England and Wales";
//! - [`possessive_name`]: "St Brigid’s University Hospital", "the Ombudsman’s Office";
//! - [`surname_particles`]: "Olivier van den Broek", "Hessa bint Khalifa", "Jan-Hendrik",
//!   "Park Ji-hoon";
//! - [`named_after`]: "Adaeze Okonkwo" + "Arena" is the arena (the head pass types it);
//! - [`numbered_product`]: "Ironvale Tactics" + "2", "Kestrel KR26", "Model Y";
//! - [`spelled_out`]: "Committee on Foreign Investment" + "in the United States (CFIUS)";
//! - [`romance_complement`]: "Gazzetta" + "dello Sport", "Banco" + "de la República".
//!
//! Headlines are left alone: in title case every word is capitalized, so a run of
//! capitalized words says nothing about where a name ends. Spans a joined name now covers
//! are dropped by the last pass (the earlier, then the longer span wins).

use crate::engine::lexicon::amounts::{MONTHS, SCALES, UNITS, WEEKDAYS};
use crate::engine::lexicon::names::{
    is_fac_head, is_org_head, is_person_title, EVENT_HEADS, INSTITUTION_HEADS, MODEL_SUFFIXES,
    NAME_CONNECTORS, NAME_GLUE, NAME_PARTICLES, NUMBERED_HEADS, NUMBERED_NON_PRODUCTS,
    SECTOR_WORDS,
};
use crate::engine::text::{is_capitalized, Words};
use crate::engine::types::{EntityType, Span};
use crate::engine::{Candidate, Sentence};

/// A candidate's sentence tokens and the tokens it starts and ends at.
struct At<'s> {
    text: &'s str,
    toks: &'s [Span],
    first: usize,
    last: usize,
}

impl<'s> At<'s> {
    fn locate(text: &'s str, sentences: &'s [Sentence], span: Span) -> Option<(usize, At<'s>)> {
        let si = sentences.partition_point(|s| s.span.end <= span.start);
        let toks = sentences.get(si).filter(|s| s.span.contains(span))?.tokens.as_slice();
        let first = toks.partition_point(|t| t.end <= span.start);
        let last = toks.partition_point(|t| t.start < span.end).checked_sub(1)?;
        let aligned = toks.get(first)?.start == span.start && toks.get(last)?.end == span.end;
        aligned.then_some((si, At { text, toks, first, last }))
    }
    fn w(&self, k: usize) -> &'s str {
        self.toks.get(k).map_or("", |t| t.of(self.text))
    }
    /// Is token `k` written right after token `k - 1`, with no space?
    fn glued(&self, k: usize) -> bool {
        k > 0 && k < self.toks.len() && self.toks[k - 1].end == self.toks[k].start
    }
    /// Is there exactly one space between token `k - 1` and token `k`?
    fn spaced(&self, k: usize) -> bool {
        k > 0
            && k < self.toks.len()
            && self.text.get(self.toks[k - 1].end..self.toks[k].start) == Some(" ")
    }
    /// The capitalized words from token `k` on (each one space after the last, at most
    /// `max`): how many there are.
    fn caps(&self, k: usize, max: usize) -> usize {
        let mut n = 0;
        while n < max && k + n < self.toks.len() && word_like(self.w(k + n)) {
            if n > 0 && !self.spaced(k + n) {
                break;
            }
            n += 1;
        }
        n
    }
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b].end)
    }
}

/// A capitalized word (letters first, perhaps digits or a hyphen inside).
fn word_like(w: &str) -> bool {
    is_capitalized(w) && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// Runs the rules (see the module notes) over every body span.
pub(super) fn join_compounds(
    text: &str,
    sentences: &[Sentence],
    headline: &[bool],
    out: &mut Vec<Candidate>,
) {
    Candidate::sort_by_span(out);
    let alone = stands_alone(text, sentences, out);
    let mut added = Vec::new();
    for k in 0..out.len() {
        let Some((si, at)) = At::locate(text, sentences, out[k].span) else { continue };
        if headline[si] {
            continue;
        }
        let mut c = out[k];
        for rule in [
            nationality_event, ampersand_name, institution_complement, conjoined_sectors,
            surname_particles, named_after, numbered_product, spelled_out, romance_complement,
        ] {
            if let Some(next) = rule(&at, c, out) {
                c = next;
            }
        }
        if let Some(next) = possessive_name(&at, c, &alone) {
            c = next;
        }
        out[k] = c;
    }
    for (si, s) in sentences.iter().enumerate() {
        if !headline[si] {
            model_names(text, s, out, &mut added);
        }
    }
    out.extend(added);
}

/// An organization the article spells out before its acronym goes on to the acronym when
/// the tagger stopped inside the name: "Committee on Foreign Investment" + "in the United
/// States (CFIUS)", "Kulturveranstaltungen des Bundes" + "in Berlin (KBB)". The acronym must
/// be the initials of the name's capitalized words, in order, so a place or an organization
/// merely named beside it ("the Council in Berlin (KBB)") stays apart.
fn spelled_out(at: &At, c: Candidate, _: &[Candidate]) -> Option<Candidate> {
    if c.ty != EntityType::Org {
        return None;
    }
    let mut k = at.last + 1;
    let mut end = at.last;
    while at.w(k) != "(" {
        let w = at.w(k);
        let connector = NAME_CONNECTORS.contains(w) && w.starts_with(char::is_lowercase);
        if k > at.last + 6 || !at.spaced(k) || !(word_like(w) || connector) {
            return None;
        }
        if word_like(w) {
            end = k;
        }
        k += 1;
    }
    let acronym = at.w(k + 1);
    if end == at.last
        || at.w(k + 2) != ")"
        || !(2..=8).contains(&acronym.len())
        || !acronym.bytes().all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    let initials =
        (at.first..=end).map(|i| at.w(i)).filter(|w| word_like(w)).filter_map(|w| w.chars().next());
    initials
        .eq(acronym.chars())
        .then(|| Candidate { span: at.span(at.first, end), ty: EntityType::Org })
}

/// The candidate of `out` (sorted) that starts at token `k`, if any.
fn starting_at(at: &At, k: usize, out: &[Candidate]) -> Option<Candidate> {
    let start = at.toks.get(k)?.start;
    let i = out.partition_point(|c| c.span.start < start);
    out.get(i).filter(|c| c.span.start == start).copied()
}

/// A nationality followed by a name ending in an event head is the event: "Portuguese" +
/// "Grand Prix", "Nigerian" + "Open".
fn nationality_event(at: &At, c: Candidate, _: &[Candidate]) -> Option<Candidate> {
    if c.ty != EntityType::Norp || !at.spaced(at.last + 1) {
        return None;
    }
    let n = at.caps(at.last + 1, 4);
    let end = (1..=n).rev().map(|j| at.last + j).find(|&k| EVENT_HEADS.contains(at.w(k)))?;
    Some(Candidate { span: at.span(at.first, end), ty: EntityType::Event })
}

/// Names joined by "&" are one name: "Ndukwe & Partners", "S&P Global", "M&S".
fn ampersand_name(at: &At, c: Candidate, _: &[Candidate]) -> Option<Candidate> {
    let (mut a, mut b) = (at.first, at.last);
    // Forward: "& Partners", "&S".
    if at.w(b + 1) == "&" && word_like(at.w(b + 2)) {
        let glued = at.glued(b + 1) && at.glued(b + 2);
        let spaced = at.spaced(b + 1) && at.spaced(b + 2);
        if glued || spaced {
            b += 1 + at.caps(b + 2, 4);
        }
    }
    // Backward: "S&" before "P Global".
    if a >= 2 && at.w(a - 1) == "&" && at.glued(a) && at.glued(a - 1) && word_like(at.w(a - 2)) {
        a -= 2;
    }
    if (a, b) == (at.first, at.last) {
        return None;
    }
    let ty = match c.ty {
        EntityType::Person | EntityType::Gpe | EntityType::Norp | EntityType::Loc => {
            EntityType::Org
        }
        t => t,
    };
    Some(Candidate { span: at.span(a, b), ty })
}

/// The capitalized words after an "of"/"for"/"on" complement, with "of", "the", "and" and
/// "for" between them ("of the Comptroller of the Currency"): the index of the last token,
/// if the complement has a capitalized word.
fn complement_end(at: &At, from: usize) -> Option<usize> {
    let mut k = from;
    let mut end = None;
    loop {
        if !matches!(at.w(k), "of" | "for" | "on" | "the" | "and") || !at.spaced(k) {
            break;
        }
        let mut j = k + 1;
        if at.w(j) == "the" && at.spaced(j) {
            j += 1;
        }
        let n = if at.spaced(j) { at.caps(j, 5) } else { 0 };
        // "… Council on Friday": a date is no complement.
        let date = (j..j + n).any(|i| WEEKDAYS.contains(at.w(i)) || MONTHS.contains(at.w(i)));
        if n == 0 || date {
            break;
        }
        end = Some(j + n - 1);
        k = j + n;
    }
    end
}

/// An organization ending in an institution head goes on over its "of"/"for" complement
/// when the tagger stopped before it ("Office" + "of the Comptroller of the Currency",
/// "Friends" + "of Alexandria Park").
fn institution_complement(at: &At, c: Candidate, out: &[Candidate]) -> Option<Candidate> {
    if c.ty != EntityType::Org
        || !INSTITUTION_HEADS.contains(at.w(at.last))
        || !matches!(at.w(at.last + 1), "of" | "for" | "on")
    {
        return None;
    }
    let end = complement_end(at, at.last + 1)?;
    // A person's name is no complement ("the Council for John Smith").
    let person = (at.last + 1..=end)
        .filter_map(|k| starting_at(at, k, out))
        .any(|n| n.ty == EntityType::Person && n.span.end <= at.toks[end].end);
    (!person).then(|| Candidate { span: at.span(at.first, end), ty: EntityType::Org })
}

/// An organization goes on over a Romance language's "of" and the capitalized words after it
/// when the tagger stopped before them ("Gazzetta" + "dello Sport", "Corriere" + "della
/// Sera", "Banco" + "de la República"); not over a person's name.
fn romance_complement(at: &At, c: Candidate, out: &[Candidate]) -> Option<Candidate> {
    const OF: Words = Words::new(&[
        "della", "dello", "delle", "degli", "dei", "del", "di", "de", "des", "du", "do", "da",
        "dos", "das", "alla", "al",
    ]);
    if c.ty != EntityType::Org || !OF.contains(at.w(at.last + 1)) || !at.spaced(at.last + 1) {
        return None;
    }
    let mut k = at.last + 2;
    // "de la", "de los": an article after the preposition.
    if matches!(at.w(k), "la" | "las" | "los" | "le" | "les" | "l") && at.spaced(k) {
        k += 1;
    }
    let n = if at.spaced(k) { at.caps(k, 4) } else { 0 };
    if n == 0 {
        return None;
    }
    let end = k + n - 1;
    let person = (at.last + 1..=end)
        .filter_map(|j| starting_at(at, j, out))
        .any(|m| m.ty == EntityType::Person);
    (!person).then(|| Candidate { span: at.span(at.first, end), ty: EntityType::Org })
}

/// An organization named by fields or trades goes on over "and" and commas while the words
/// are such fields ("Crestline Trust" + "and Savings Bank", "Ministry of Housing" + ",
/// Communities and Local Government"); one with a complement of place goes on over "and" and
/// another place ("Charity Commission for England" + "and Wales").
fn conjoined_sectors(at: &At, c: Candidate, out: &[Candidate]) -> Option<Candidate> {
    if c.ty != EntityType::Org {
        return None;
    }
    let last = at.w(at.last);
    let sector = |w: &str| SECTOR_WORDS.contains(w);
    if sector(last) || crate::engine::lexicon::names::COMPANY_DESIGNATORS.contains(last) {
        // Parts separated by commas or "and", each a run of field words (the last may end in
        // an organization head); the name ends with the last part after "and".
        let mut k = at.last + 1;
        let mut end = None;
        while matches!(at.w(k), "," | "and") && (at.w(k) == "," || at.spaced(k)) {
            let comma = at.w(k) == ",";
            let j = k + 1;
            let n = if at.spaced(j) { at.caps(j, 4) } else { 0 };
            let fits = n > 0
                && (j..j + n).all(|i| {
                    sector(at.w(i)) || (i + 1 == j + n && i > j && is_institution(at.w(i)))
                });
            if !fits {
                break;
            }
            if !comma {
                end = Some(j + n - 1);
            }
            k = j + n;
        }
        return end.map(|e| Candidate { span: at.span(at.first, e), ty: EntityType::Org });
    }
    // "… for England and Wales": a one-word place after "of"/"for" ends the name.
    let n = at.last - at.first;
    if n >= 2
        && matches!(at.w(at.last - 1), "of" | "for")
        && at.w(at.last + 1) == "and"
        && at.spaced(at.last + 1)
        && at.spaced(at.last + 2)
    {
        let place = starting_at(at, at.last + 2, out).filter(|p| {
            matches!(p.ty, EntityType::Gpe | EntityType::Loc)
                && p.span.end == at.toks[at.last + 2].end
        })?;
        let possessive = matches!(at.w(at.last + 3), "’s" | "'s");
        return (!possessive).then(|| Candidate {
            span: Span::new(c.span.start, place.span.end),
            ty: EntityType::Org,
        });
    }
    None
}

fn is_institution(w: &str) -> bool {
    INSTITUTION_HEADS.contains(w) || is_org_head(w)
}

/// For each surface, whether it stands somewhere without a possessive and a name after it.
fn stands_alone<'t>(
    text: &'t str,
    sentences: &[Sentence],
    out: &[Candidate],
) -> crate::engine::hash::FastSet<&'t str> {
    let mut alone = crate::engine::hash::FastSet::default();
    for c in out {
        let owned = At::locate(text, sentences, c.span).is_some_and(|(_, at)| {
            matches!(at.w(at.last + 1), "’s" | "'s" | "’" | "'") && word_like(at.w(at.last + 2))
        });
        if !owned {
            alone.insert(c.span.of(text));
        }
    }
    alone
}

/// A name that never stands alone in the article but always owns the name after it is
/// part of that name ("St Brigid’s University Hospital", "Ontario Teachers’ Pension Plan"),
/// and so is an office holder's ("the Ombudsman’s Office", "Attorney General’s Office"), when
/// that name ends in an organization's or facility's head.
fn possessive_name(
    at: &At,
    c: Candidate,
    alone: &crate::engine::hash::FastSet<&str>,
) -> Option<Candidate> {
    if !matches!(c.ty, EntityType::Person | EntityType::Org) {
        return None;
    }
    let mark = at.w(at.last + 1);
    let plural = matches!(mark, "’" | "'") && at.w(at.last).ends_with('s');
    if !(matches!(mark, "’s" | "'s") || plural) || !at.glued(at.last + 1) {
        return None;
    }
    let n = at.caps(at.last + 2, 4);
    if n == 0 || !at.spaced(at.last + 2) {
        return None;
    }
    let end = at.last + 1 + n;
    let head = at.w(end);
    let office = is_person_title(&at.w(at.last).to_lowercase())
        || matches!(at.w(at.last), "Ombudsman" | "General" | "Auditor" | "Prosecutor");
    let named = !alone.contains(c.span.of(at.text)) || (office && n == 1);
    if !named {
        return None;
    }
    let ty = if is_fac_head(head, false) {
        EntityType::Fac
    } else if is_institution(head) || matches!(head, "Home" | "Plan" | "Fund" | "Hospital") {
        EntityType::Org
    } else {
        return None;
    };
    Some(Candidate { span: at.span(at.first, end), ty })
}

/// A person's name goes on over surname particles ("Olivier" + "van den Broek", "Hessa" +
/// "bint Khalifa Al Mazrouei"), takes the particles before its surname ("van den" +
/// "Broek") and the first part of a hyphenated given name ("Jan-" + "Hendrik van Wyk").
fn surname_particles(at: &At, c: Candidate, _: &[Candidate]) -> Option<Candidate> {
    if c.ty != EntityType::Person {
        return None;
    }
    let (mut a, mut b) = (at.first, at.last);
    let particle = |k: usize| NAME_PARTICLES.contains(at.w(k));
    // Forward: particles, then capitalized words.
    let mut k = b + 1;
    while particle(k) && at.spaced(k) && k - b <= 3 {
        k += 1;
    }
    if k > b + 1 && at.spaced(k) {
        let n = at.caps(k, 3);
        if n > 0 {
            b = k + n - 1;
        }
    }
    // Backward: particles (the first may be capitalized: "Van den Broek said").
    let mut j = a;
    while j > 0 && at.spaced(j) && a - j < 3 {
        let w = at.w(j - 1);
        if particle(j - 1) || (NAME_PARTICLES.contains(&w.to_lowercase()) && is_capitalized(w)) {
            j -= 1;
        } else {
            break;
        }
    }
    if j < a {
        a = j;
        // The given name before them.
        if a > 0 && at.spaced(a) && word_like(at.w(a - 1)) && !particle(a - 1) {
            let given = at.w(a - 1);
            if !is_person_title(&given.to_lowercase()) && !is_capitalized(at.w(a)) {
                a -= 1;
            }
        }
    }
    // A hyphenated given name: "Jan-" right before.
    if a >= 2 && at.w(a - 1) == "-" && at.glued(a) && at.glued(a - 1) && word_like(at.w(a - 2)) {
        a -= 2;
    }
    // A given name of two syllables with the second in lower case, after the family name:
    // "Park Ji" + "-hoon", "Moon Jae" + "-in". A compound's tail ("Smith-led") is no syllable.
    let syllable = |k: usize| {
        let w = at.w(k);
        (1..=5).contains(&w.len())
            && w.bytes().all(|c| c.is_ascii_lowercase())
            && !NAME_GLUE.contains(w)
    };
    if b > a
        && at.w(b).len() <= 5
        && at.w(b + 1) == "-"
        && at.glued(b + 1)
        && at.glued(b + 2)
        && syllable(b + 2)
        && !at.glued(b + 3)
    {
        b += 2;
    }
    ((a, b) != (at.first, at.last)).then(|| Candidate { span: at.span(a, b), ty: c.ty })
}

/// A name followed by capitalized words ending in a facility's or an organization's head
/// names that facility or organization: "Adaeze Okonkwo" + "Arena", "Moshood Abiola" +
/// "National Stadium", "Keppel" + "Terminal" (the head pass then types it).
fn named_after(at: &At, c: Candidate, _: &[Candidate]) -> Option<Candidate> {
    if !matches!(c.ty, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc)
        || !at.spaced(at.last + 1)
    {
        return None;
    }
    let n = at.caps(at.last + 1, 3);
    let end = (1..=n).rev().map(|j| at.last + j).find(|&k| {
        let w = at.w(k);
        is_fac_head(w, true)
            || crate::engine::lexicon::names::ORG_HEAD_NOUNS.contains(w)
            || (matches!(w, "Center" | "Centre") && k > at.last + 1)
    })?;
    // Only the last word may be a head: "Okonkwo Arena Opens" is no arena of three words.
    (end == at.last + n).then(|| Candidate { span: at.span(at.first, end), ty: c.ty })
}

/// Is `w` a number a product's name ends in ("2", "46") or a model code ("KR26", "X2",
/// "S24", "A321neo", "7B"): digits, or letters and digits, but not a year?
fn model_code(w: &str) -> bool {
    let digits = w.chars().filter(char::is_ascii_digit).count();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let plain = w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !plain || digits == 0 || w.len() > 8 {
        return false;
    }
    if letters == 0 {
        // "2", "46"; not a score or a range ("3-1").
        return digits <= 3 && digits == w.len();
    }
    // Letters and digits: "KR26", "X2", "A321neo", "7B"; not "3rd", "1990s".
    !w.ends_with("th")
        && !w.ends_with("st")
        && !w.ends_with("nd")
        && !w.ends_with("rd")
        && !w.ends_with('s')
        && w.chars().next().is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// A name followed by a number or model code, or ending in one, is a product: "Ironvale
/// Tactics" + "2", "Nintendo Switch" + "2", "Kestrel KR26", "Snapdragon 8 Elite", "X7" +
/// "Ultra". Not after the heads that take numbers ("Route 66", "Channel 4"), not before a
/// capitalized word or another number (a results row: "Arsenal 2 Chelsea 1"), a unit or an
/// amount ("Acme 3 percent").
fn numbered_product(at: &At, c: Candidate, _: &[Candidate]) -> Option<Candidate> {
    if !matches!(c.ty, EntityType::Org | EntityType::Product | EntityType::Person) {
        return None;
    }
    let head = at.w(at.last);
    let takes_number = |w: &str| NUMBERED_HEADS.contains(w) || NUMBERED_NON_PRODUCTS.contains(w);
    let mut b = at.last;
    let next = at.w(b + 1);
    // A bare number after a name is a product's only in prose, after an organization or a
    // product ("Nintendo Switch 2 ships in the autumn"); in tables, scores and scorecards
    // numbers follow every team and player ("Hyundai 2", "Fleming 44").
    let bare = next.bytes().all(|ch| ch.is_ascii_digit());
    let bare_ok = !bare || (c.ty != EntityType::Person && next != "0" && prose(at));
    let code = model_code(next) && at.spaced(b + 1) && !takes_number(head) && bare_ok;
    if code {
        let after = at.w(b + 2);
        let ends = after.is_empty()
            || matches!(after, "," | "." | ";" | "(" | ")" | "’s" | "'s")
            || MODEL_SUFFIXES.contains(after)
            || (crate::engine::text::starts_lowercase(after)
                && after.chars().all(|ch| ch.is_lowercase() || ch == '-')
                && !counted(after));
        if !ends || results_row(at) {
            return None;
        }
        b += 1;
    } else {
        // The name ends in a code already ("Kestrel KR26"), or the code is the name's
        // second-to-last word before a suffix ("Snapdragon 8 Elite").
        let own = at.last > at.first
            && model_code(head)
            && !head.chars().all(|ch| ch.is_ascii_digit() && head.len() == 4)
            && !takes_number(at.w(at.last - 1));
        if !own && c.ty != EntityType::Product {
            return None;
        }
    }
    while MODEL_SUFFIXES.contains(at.w(b + 1)) && at.spaced(b + 1) {
        b += 1;
    }
    let extended = b > at.last;
    let is_product = extended || (at.last > at.first && model_code(at.w(at.last)));
    is_product.then(|| Candidate { span: at.span(at.first, b), ty: EntityType::Product })
}

/// Is `w` a word a number counts or scales ("3 percent", "2 million", "4 goals")?
fn counted(w: &str) -> bool {
    SCALES.contains(w)
        || UNITS.contains(w)
        || matches!(w, "percent" | "per" | "cent" | "pc")
        || (w.len() > 3 && w.ends_with('s'))
}

/// Does the sentence read like prose: several lower-case words and at most two numbers?
fn prose(at: &At) -> bool {
    let lower = at.toks.iter().filter(|t| crate::engine::text::starts_lowercase(t.of(at.text)));
    let numbers = at.toks.iter().filter(|t| t.of(at.text).bytes().all(|c| c.is_ascii_digit()));
    lower.count() >= 5 && numbers.count() <= 2
}

/// Does the sentence read like a results row or a table (three or more numbers)?
fn results_row(at: &At) -> bool {
    at.toks.iter().filter(|t| t.of(at.text).chars().all(|c| c.is_ascii_digit())).count() >= 3
}

/// "Model Y", "Model 3": "Model" and a one-letter or numbered code name a product the
/// tagger may not mark at all; a maker's name right before it is part of it ("Tesla Model
/// Y"). Added to `added` where no candidate covers them.
fn model_names(text: &str, s: &Sentence, out: &[Candidate], added: &mut Vec<Candidate>) {
    for (k, t) in s.tokens.iter().enumerate() {
        if t.of(text) != "Model" || k == 0 {
            continue;
        }
        let Some(next) = s.tokens.get(k + 1) else { continue };
        let code = next.of(text);
        let one_letter = code.len() == 1 && code.bytes().all(|b| b.is_ascii_uppercase());
        if text.get(t.end..next.start) != Some(" ") || !(one_letter || model_code(code)) {
            continue;
        }
        if s.tokens.get(k + 2).is_some_and(|n| is_capitalized(n.of(text))) {
            continue;
        }
        let span = Span::new(t.start, next.end);
        if out.iter().any(|c| c.span.overlaps(span)) {
            continue;
        }
        added.push(Candidate { span, ty: EntityType::Product });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::marked;
    use EntityType::*;

    /// The rules over hand-placed candidates in a one-paragraph text.
    fn joined(text: &str, marks: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let sentences = crate::train::sentences_of(text);
        let headline: Vec<bool> = sentences.iter().map(|_| false).collect();
        let mut out = marked(text, marks);
        join_compounds(text, &sentences, &headline, &mut out);
        Candidate::sort_longest_first(&mut out);
        crate::engine::disjoint(out.into_iter())
            .iter()
            .map(|c| (c.span.of(text).to_string(), c.ty))
            .collect()
    }

    fn check(cases: &[crate::engine::MarkedCase]) {
        for (text, marks, want) in cases {
            let want: Vec<(String, EntityType)> =
                want.iter().map(|(s, t)| (s.to_string(), *t)).collect();
            assert_eq!(joined(text, marks), want, "{text}");
        }
    }

    #[test]
    fn events_named_by_a_nationality() {
        check(&[
            (
                "Title\nShe won the Moldovan Grand Prix on Sunday.",
                &[("Moldovan", Norp), ("Grand Prix", Norp)],
                &[("Moldovan Grand Prix", Event)],
            ),
            (
                "Title\nHe lost the Latvian Open final.",
                &[("Latvian", Norp)],
                &[("Latvian Open", Event)],
            ),
            // A nationality before a name that is no event stays a nationality.
            (
                "Title\nThe Latvian Prime Minister spoke.",
                &[("Latvian", Norp)],
                &[("Latvian", Norp)],
            ),
            (
                "Title\nLatvian Airlines grew.",
                &[("Latvian", Norp), ("Airlines", Org)],
                &[("Latvian", Norp), ("Airlines", Org)],
            ),
        ]);
    }

    #[test]
    fn organizations_over_a_romance_of() {
        check(&[
            (
                "Title\nThe Gazzetta dello Sport said so, and Banco de la República agreed.",
                &[("Gazzetta", Org), ("Sport", Org), ("Banco", Org), ("República", Gpe)],
                &[("Gazzetta dello Sport", Org), ("Banco de la República", Org)],
            ),
            // Only an organization goes on, and only over capitalized words.
            (
                "Title\nVelt del mercado grew in Lima de Chile.",
                &[("Velt", Org), ("Lima", Gpe), ("Chile", Gpe)],
                &[("Velt", Org), ("Lima", Gpe), ("Chile", Gpe)],
            ),
        ]);
    }

    #[test]
    fn organizations_spelled_out_before_their_acronym() {
        check(&[
            (
                "Title\nIt was cleared by the Board on Coastal Fisheries in the Faroe Islands (BCFFI) in May.",
                &[("Board on Coastal Fisheries", Org), ("Faroe Islands", Gpe)],
                &[("Board on Coastal Fisheries in the Faroe Islands", Org)],
            ),
            (
                "Title\nThe festival is run by Kulturamt des Landes in Kassel (KLK), a state firm.",
                &[("Kulturamt des Landes", Org), ("Kassel", Gpe)],
                &[("Kulturamt des Landes in Kassel", Org)],
            ),
            // Initials that do not spell the acronym: a place beside a name, not in it.
            (
                "Title\nThe Harbour Council in Kassel (HCB) voted.",
                &[("Harbour Council", Org), ("Kassel", Gpe)],
                &[("Harbour Council", Org), ("Kassel", Gpe)],
            ),
            // A lower-case word that no name holds ends the name.
            (
                "Title\nThe Harbour Council met with Kassel (HCMK) staff.",
                &[("Harbour Council", Org), ("Kassel", Gpe)],
                &[("Harbour Council", Org), ("Kassel", Gpe)],
            ),
        ]);
    }

    #[test]
    fn organizations_with_and_of_and_possessives() {
        check(&[
            (
                "Title\nShe ran Brackley Trust and Savings Bank until May.",
                &[("Brackley Trust", Org), ("Savings Bank", Org)],
                &[("Brackley Trust and Savings Bank", Org)],
            ),
            (
                "Title\nThe Ministry of Housing, Communities and Local Government said so.",
                &[("Ministry of Housing", Org), ("Communities", Org)],
                &[("Ministry of Housing, Communities and Local Government", Org)],
            ),
            (
                "Title\nThe Varn Aerospace and Defence unit won.",
                &[("Varn Aerospace", Org)],
                &[("Varn Aerospace and Defence", Org)],
            ),
            (
                "Title\nThe Audit Commission for England and Wales met.",
                &[("Audit Commission for England", Org), ("Wales", Gpe)],
                &[("Audit Commission for England and Wales", Org)],
            ),
            (
                "Title\nIt is run by the Office of the Registrar of Ships, officials said.",
                &[("Office", Org)],
                &[("Office of the Registrar of Ships", Org)],
            ),
            (
                "Title\nPatients at St Olwen’s University Hospital were moved.",
                &[("St Olwen", Org), ("University Hospital", Gpe)],
                &[("St Olwen’s University Hospital", Org)],
            ),
            (
                "Title\nA complaint went to the Pension Ombudsman's Office last week.",
                &[("Pension Ombudsman", Org)],
                &[("Pension Ombudsman's Office", Org)],
            ),
            (
                "Title\nThe fund, Quebec Nurses’ Pension Plan, grew.",
                &[("Quebec Nurses", Org)],
                &[("Quebec Nurses’ Pension Plan", Org)],
            ),
            (
                "Title\nShe joined Hale & Partners and later S&P Global.",
                &[("Hale", Person), ("P Global", Org)],
                &[("Hale & Partners", Org), ("S&P Global", Org)],
            ),
            // Two companies joined by "and" stay two; a country's agency stays apart; a
            // name that stands alone elsewhere owns, it is not part of the name.
            (
                "Title\nGoldman Sachs and Deutsche Bank advised.",
                &[("Goldman Sachs", Org), ("Deutsche Bank", Org)],
                &[("Goldman Sachs", Org), ("Deutsche Bank", Org)],
            ),
            (
                "Title\nTata Motors and Mahindra Logistics agreed.",
                &[("Tata Motors", Org), ("Mahindra Logistics", Org)],
                &[("Tata Motors", Org), ("Mahindra Logistics", Org)],
            ),
            (
                "Title\nThe Bank of England and France's central bank met.",
                &[("Bank of England", Org), ("France", Gpe)],
                &[("Bank of England", Org), ("France", Gpe)],
            ),
            (
                "Title\nBritain's Serious Fraud Office said so.",
                &[("Britain", Gpe), ("Serious Fraud Office", Org)],
                &[("Britain", Gpe), ("Serious Fraud Office", Org)],
            ),
            (
                "Title\nMeta said on Monday that Meta's Oversight Board would rule.",
                &[("Meta", Org), ("Meta", Org), ("Oversight Board", Org)],
                &[("Meta", Org), ("Meta", Org), ("Oversight Board", Org)],
            ),
            (
                "Title\nThe Varn Security Council on Friday condemned it.",
                &[("Varn Security Council", Org)],
                &[("Varn Security Council", Org)],
            ),
            (
                "Title\nThe Ministry of Finance and the central bank disagreed.",
                &[("Ministry of Finance", Org)],
                &[("Ministry of Finance", Org)],
            ),
        ]);
    }

    #[test]
    fn people_facilities_and_products() {
        check(&[
            (
                "Title\nWe spoke to Pieter van der Linde. Van der Linde said no.",
                &[("Pieter", Person), ("Linde", Person), ("Linde", Person)],
                &[("Pieter van der Linde", Person), ("Van der Linde", Person)],
            ),
            (
                "Title\nPrime Minister Kengo wa Dondo said so.",
                &[("Kengo", Person), ("Dondo", Person)],
                &[("Kengo wa Dondo", Person)],
            ),
            (
                "Title\nChief Financial Officer Jean-Luc Fournier spoke.",
                &[("Luc Fournier", Person)],
                &[("Jean-Luc Fournier", Person)],
            ),
            (
                "Title\nCaptain Baek Su-hwan scored, and a Smith-led side and Ana Ruiz-era rules lost.",
                &[("Baek Su", Person), ("Smith", Person), ("Ana Ruiz", Person)],
                &[("Baek Su-hwan", Person), ("Smith", Person), ("Ana Ruiz", Person)],
            ),
            (
                "Title\nThe final was played at the Tunde Bakare Arena on Friday.",
                &[("Tunde Bakare", Person)],
                &[("Tunde Bakare Arena", Person)],
            ),
            (
                "Title\nShips waited at Varrow Terminal for days.",
                &[("Varrow", Org)],
                &[("Varrow Terminal", Org)],
            ),
            (
                "Title\nThe studio said Quill Saga 2 would ship, and the Zentra X7 Ultra too.",
                &[("Quill Saga", Org), ("Zentra X7", Org)],
                &[("Quill Saga 2", Product), ("Zentra X7 Ultra", Product)],
            ),
            (
                "Title\nWith Vantage Browser 9 (VB9) almost complete, the firm said it was time.",
                &[("Vantage Browser", Org), ("VB9", Org)],
                &[("Vantage Browser 9", Product), ("VB9", Org)],
            ),
            (
                "Title\nHe drove the Halvard KR26 and a Model Y on Monday.",
                &[("Halvard KR26", Org)],
                &[("Halvard KR26", Product), ("Model Y", Product)],
            ),
            // Not products: a score, a results row, a year, an amount, a numbered route.
            (
                "Title\nThe Harbor Kings beat the Varn Rovers 3-1 on a cold night in the town.",
                &[("Harbor Kings", Org), ("Varn Rovers", Org)],
                &[("Harbor Kings", Org), ("Varn Rovers", Org)],
            ),
            (
                "Title\nResults: Arsenal 2 Chelsea 1, Leeds 0 Derby 3.",
                &[("Arsenal", Org), ("Chelsea", Org)],
                &[("Arsenal", Org), ("Chelsea", Org)],
            ),
            (
                "Title\nSales at Orsini 1898 grew, and Acme 3 percent fell, on Route 66 east.",
                &[("Orsini 1898", Org), ("Acme", Org), ("Route 66", Fac)],
                &[("Orsini 1898", Org), ("Acme", Org), ("Route 66", Fac)],
            ),
            // A particle before a lower-case word is none; a head must end the run.
            (
                "Title\nBy then Smith de facto ran it, and Ada Obi Arena Tours left.",
                &[("Smith", Person), ("Ada Obi", Person)],
                &[("Smith", Person), ("Ada Obi", Person)],
            ),
        ]);
    }
}
