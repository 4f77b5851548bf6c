//! Candidate pairs and their features, for the trained relation model (`model.rs`).
//!
//! A candidate is an ordered pair of arguments in one sentence (mentions, or references
//! resolved by `refer.rs`) of two different entities whose types fit at least one relation
//! type's signature (head → tail); a symmetric type reads only pairs in text order. Its
//! features describe how the sentence joins them, in the terms the pattern families use:
//! - the argument types, which comes first, and how far apart they are;
//! - the words between (the whole phrase when short, each word's stem, the first and the
//!   last), and the words just before the first and after the second;
//! - word classes between them (role words, founder words, triggers of acquisition,
//!   partnership, rivalry, funding, taking part, making; "based"), so that a trigger seen
//!   in training with one word generalizes to its class;
//! - the shape: adjacent names ("Orbix CEO"), a possessive ("Orbix’s"), an apposition
//!   (comma), brackets, other arguments between (and whether one has the head's or tail's
//!   type), a hedge or negation before the trigger;
//! - which argument came through a pronoun or a description;
//! - the kind of block (a title, a heading, body text);
//! - the pattern families that found this fact in this sentence (`R:` features): the
//!   hand-written patterns are the model's strongest features rather than the whole system.
//!
//! Features are hashed a word at a time ([`crate::engine::hash::WordHash`]) into the model's
//! buckets; each relation type has its own weights for them.

use super::view::{Family, View};
use super::Found;
use crate::engine::hash::{FastMap, WordHash};
use crate::engine::lexicon::relations::*;
use crate::engine::text::Words;
use crate::engine::types::{BlockKind, EntityType, RelationType};
use std::borrow::Cow;

/// One argument: a mention or a resolved reference, by tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Arg {
    pub ment: super::view::Ment,
    /// How a reference names it; `None` for a mention of the name.
    pub via: Option<super::refer::Via>,
}

/// Is there a relation type from `head` to `tail` types?
pub(crate) fn types_for(head: EntityType, tail: EntityType) -> impl Iterator<Item = RelationType> {
    RelationType::ALL.into_iter().filter(move |&ty| ty.links(head, tail))
}

/// Stems of holding a stake or backing ("a 15% stake", "owns", "backed by", "investors").
const INVEST: Words = Words::new(&[
    "stake", "sharehold", "backer", "backed", "backing", "investor", "invest", "owns", "owned",
    "owner", "holds", "hold", "controll", "led", "participat", "subscrib",
]);

/// Word classes a token between the arguments may belong to, with their names.
const CLASSES: [(&str, &Words, bool); 13] = [
    ("invest", &INVEST, true),
    ("role", &CORE_ROLES, false),
    ("qual", &ROLE_QUALIFIERS, false),
    ("found", &FOUNDER_ROLES, true),
    ("acq", &ACQUIRE, true),
    ("partner", &PARTNER, true),
    ("rival", &RIVAL, true),
    ("threat", &THREATEN, true),
    ("fundb", &FUNDING_BEFORE, true),
    ("funda", &FUNDING_AFTER, false),
    ("part", &PARTICIPATE, false),
    ("make", &MAKES, false),
    ("hedge", &HEDGES, false),
];

/// Words marking a location ("based", "headquartered").
const BASED: Words = Words::new(&["based", "headquartered", "located", "headquarters", "hq"]);

/// Words of a report of results ("finished fifth", "two goals", "on pole").
const RESULTS: Words = Words::new(&[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "lap", "laps", "points", "goal", "goals", "score", "scored", "medal", "podium", "pole",
    "round", "set", "sets",
]);

/// What a word is, for the pair features, kept for the whole text (words recur, and the
/// word lists are read by scanning): its classes (bit `k` says it is in `CLASSES[k]`; bit
/// [`RESULT_BIT`] that it is in [`RESULTS`]).
pub(crate) type WordMemo = FastMap<String, u16>;

/// The bit of a [`WordMemo`] entry saying the word is in [`RESULTS`] (after the classes).
const RESULT_BIT: u16 = 1 << CLASSES.len();
const _: () = assert!(CLASSES.len() < 16, "the classes and the result bit fit a u16");

/// The class bits of a word (bit `k`: in `CLASSES[k]`, [`RESULT_BIT`]: in [`RESULTS`]).
///
/// A word's classes are read once per distinct word of an article, which makes this a
/// hot path for short texts: rather than scanning every class list, the entries of all of
/// them are indexed once per process by their first byte, and only the entries sharing the
/// word's first byte are compared (the same tests as `Words::contains` and
/// `Words::stem_of`).
fn class_bits(w: &str) -> u16 {
    /// Entries by first byte: the word or stem, its bit, and whether it is a stem.
    type Index = Vec<Vec<(&'static str, u16, bool)>>;
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: Index = vec![Vec::new(); 256];
        let lists =
            CLASSES.iter().map(|&(_, list, stems)| (list, stems)).chain([(&RESULTS, false)]);
        for (k, (list, stems)) in lists.enumerate() {
            for x in list.iter() {
                let first = x.as_bytes().first().copied();
                debug_assert!(first.is_some(), "no empty word in a class list");
                index[usize::from(first.unwrap_or(0))].push((x, 1 << k, stems));
            }
        }
        index
    });
    let Some(&first) = w.as_bytes().first() else { return 0 };
    let mut bits = 0;
    for &(x, bit, stems) in &index[usize::from(first)] {
        if bits & bit == 0 && if stems { w.starts_with(x) } else { x == w } {
            bits |= bit;
        }
    }
    bits
}

/// The word classes of a sentence's tokens, read once per sentence rather than once per
/// candidate pair: bit `k` of `of[i]` says token `i` is in `CLASSES[k]`.
pub(crate) struct Classes<'a> {
    of: Vec<u16>,
    /// Each token's rough stem ([`stem`]), a slice of the lower-cased token unless it has
    /// digits.
    stems: Vec<Cow<'a, str>>,
    /// The argument (index into the sentence's arguments) each token belongs to, if any.
    arg_at: Vec<Option<u16>>,
    /// Whether a place or group argument (GPE, NORP) covers each token.
    place_or_group: Vec<bool>,
    /// The union over the sentence.
    all: u16,
    /// Does the sentence speak of results ([`RESULTS`])?
    results: bool,
}

impl<'a> Classes<'a> {
    /// The classes of `v`'s tokens, with `args` (the sentence's arguments, text order)
    /// located on them; `seen` remembers each word's classes across sentences.
    pub(crate) fn new(v: &View<'a>, args: &[Arg], seen: &mut WordMemo) -> Classes<'a> {
        let words: &[&'a str] = &v.low;
        let of: Vec<u16> = words
            .iter()
            .map(|&w| match seen.get(w) {
                Some(&bits) => bits,
                None => {
                    let bits = class_bits(w);
                    seen.insert(w.to_string(), bits);
                    bits
                }
            })
            .collect();
        let stems = words.iter().map(|&w| stem(w)).collect();
        let mut arg_at = vec![None; v.len()];
        let mut place_or_group = vec![false; v.len()];
        for (k, a) in args.iter().enumerate().rev() {
            let end = (a.ment.last + 1).min(v.len());
            let covers = a.ment.first.min(end)..end;
            for slot in &mut arg_at[covers.clone()] {
                *slot = Some(k as u16);
            }
            if matches!(a.ment.ty, EntityType::Gpe | EntityType::Norp) {
                place_or_group[covers].fill(true);
            }
        }
        let all = of.iter().fold(0, |a, b| a | b);
        let results = all & RESULT_BIT != 0;
        Classes { of, stems, arg_at, place_or_group, all, results }
    }

    /// The first argument (text order) covering token `i`.
    fn arg_at<'r>(&self, args: &'r [Arg], i: usize) -> Option<&'r Arg> {
        self.arg_at.get(i).copied().flatten().map(|k| &args[k as usize])
    }
}

/// An argument between the pair, read as its type ("<ORG>").
fn slot(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "<PERSON>",
        EntityType::Org => "<ORG>",
        EntityType::Gpe => "<GPE>",
        EntityType::Loc => "<LOC>",
        EntityType::Fac => "<FAC>",
        EntityType::Norp => "<NORP>",
        EntityType::Product => "<PRODUCT>",
        EntityType::Event => "<EVENT>",
        EntityType::Money => "<MONEY>",
        EntityType::Percent => "<PERCENT>",
        EntityType::Date => "<DATE>",
    }
}

fn ty_code(t: EntityType) -> &'static str {
    t.label()
}

fn family_code(f: Family) -> &'static str {
    match f {
        Family::Employment => "emp",
        Family::Founding => "fnd",
        Family::Money => "money",
        Family::Investment => "inv",
        Family::Acquisition => "acq",
        Family::Partnership => "prt",
        Family::Rivalry => "riv",
        Family::Threats => "thr",
        Family::Location => "loc",
        Family::Products => "prd",
        Family::Participation => "par",
        Family::Names => "names",
        Family::Model => "model",
    }
}

/// A bucket of a token distance.
fn dist_code(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4 => "4",
        5..=6 => "5-6",
        7..=9 => "7-9",
        10..=14 => "10-14",
        _ => "15+",
    }
}

/// A rough stem: digits folded to 0, and a plural or verb ending cut ("raised" → "rais").
/// Folding keeps every byte offset and letter, so a word without digits gives a slice of
/// itself.
fn stem(w: &str) -> Cow<'_, str> {
    let n = w.len();
    let cut = if n > 5 && w.ends_with("ing") {
        3
    } else if n > 4 && w.ends_with("ed") {
        2
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") {
        1
    } else {
        0
    };
    let s = &w[..n - cut];
    if s.bytes().any(|b| b.is_ascii_digit()) {
        Cow::Owned(s.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Buffers [`features`] reuses from one candidate pair to the next.
#[derive(Default)]
pub(crate) struct Scratch<'c> {
    /// The words between the pair.
    words: Vec<&'c str>,
    /// The same, joined by spaces.
    seq: String,
}

/// Collects hashed features.
struct Out<'o> {
    f: &'o mut Vec<u32>,
    /// Direction: does the head come first in the text?
    dir: &'static str,
}

impl Out<'_> {
    #[inline(always)]
    fn add(&mut self, tpl: u8, parts: &[&str]) {
        let mut h = WordHash::new(tpl);
        h.str(self.dir);
        for p in parts {
            h.str(p);
        }
        self.f.push(h.finish());
    }
}

/// The features of the candidate (`head`, `tail`) in `v` (its sentence, of block kind
/// `block`), given the sentence's other arguments `args` (text order) and what the pattern
/// families found there (`found`). Appends to `f`; `scratch` holds buffers for the next call.
#[allow(clippy::too_many_arguments)] // one candidate's whole context; a struct would only rename it
pub(crate) fn features<'c>(
    v: &View,
    classes: &'c Classes,
    args: &[Arg],
    head: usize,
    tail: usize,
    block: BlockKind,
    found: &[Found],
    scratch: &mut Scratch<'c>,
    f: &mut Vec<u32>,
) {
    let (h, t) = (args[head], args[tail]);
    let head_first = h.ment.first < t.ment.first;
    let (l, r) = if head_first { (h, t) } else { (t, h) };
    let mut o = Out { f, dir: if head_first { ">" } else { "<" } };
    let (ht, tt) = (ty_code(h.ment.ty), ty_code(t.ment.ty));
    let between = l.ment.last + 1..r.ment.first.max(l.ment.last + 1);
    let n = between.len();
    o.add(1, &[ht, tt]);
    o.add(2, &[ht, tt, dist_code(n)]);
    o.add(3, &[dist_code(n)]);

    // Words between: arguments read as their type.
    let mut in_args = 0;
    let mut same_type = false;
    let mut k = between.start;
    let words = &mut scratch.words;
    words.clear();
    while k < between.end {
        if let Some(a) = classes.arg_at(args, k) {
            in_args += 1;
            same_type |= a.ment.ty == h.ment.ty || a.ment.ty == t.ment.ty;
            words.push(slot(a.ment.ty));
            k = a.ment.last + 1;
            continue;
        }
        words.push(&classes.stems[k]);
        k += 1;
    }
    if n <= 6 {
        let seq = &mut scratch.seq;
        seq.clear();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                seq.push(' ');
            }
            seq.push_str(w);
        }
        o.add(4, &[seq]);
        o.add(5, &[ht, tt, seq]);
    }
    let (head_n, tail_n) = if words.len() <= 12 { (words.len(), 0) } else { (5, 5) };
    for &w in words.iter().take(head_n).chain(words.iter().skip(words.len() - tail_n)) {
        o.add(6, &[w]);
    }
    if words.len() <= 12 {
        for pair in words.windows(2) {
            o.add(39, &[pair[0], pair[1]]);
        }
    }
    // A passive ("owned by", "founded in 1994 by", "led by"): the word before "by" and
    // which side the agent is on.
    if let Some(b) = words.iter().position(|&w| w == "by") {
        let before = if b > 0 { words[b - 1] } else { "<arg>" };
        o.add(40, &[ht, tt, before]);
        o.add(40, &[ht, tt, "by"]);
    }
    if words.len() >= 2 {
        o.add(41, &[words[0], words[1]]);
        o.add(42, &[words[words.len() - 2], words[words.len() - 1]]);
    }
    if let (Some(first), Some(last)) = (words.first(), words.last()) {
        o.add(7, &[first]);
        o.add(8, &[last]);
        o.add(9, &[ht, tt, first]);
        o.add(10, &[ht, tt, last]);
    } else {
        o.add(7, &["<adjacent>"]);
        o.add(9, &[ht, tt, "<adjacent>"]);
    }

    // Around the pair.
    for (tpl, i) in [(11u8, l.ment.first.checked_sub(1)), (12, l.ment.first.checked_sub(2))] {
        o.add(tpl, &[i.map_or("<s>", |i| &classes.stems[i])]);
    }
    for (tpl, i) in [(13u8, r.ment.last + 1), (14, r.ment.last + 2)] {
        o.add(tpl, &[if i < v.len() { &classes.stems[i] } else { "</s>" }]);
    }
    o.add(15, &[ht, tt, word_or_end(v, r.ment.last + 1)]);

    // Word classes between (and just around, where triggers often stand).
    let lo = l.ment.first.saturating_sub(3);
    let hi = (r.ment.last + 4).min(v.len());
    let inside = between.clone().fold(0u16, |bits, i| bits | classes.of[i]);
    let around = (lo..l.ment.first).chain(r.ment.last + 1..hi).fold(0u16, |b, i| b | classes.of[i]);
    for (k, (name, _, _)) in CLASSES.iter().enumerate() {
        if inside & (1 << k) != 0 {
            o.add(16, &[name]);
            o.add(17, &[ht, tt, name]);
        } else if around & (1 << k) != 0 {
            o.add(18, &[name]);
        }
    }
    for (k, (name, _, _)) in CLASSES.iter().enumerate() {
        if classes.all & (1 << k) != 0 {
            o.add(27, &[ht, tt, name]);
        }
    }
    // A list of names ("Airbus, OHB and Indra", "Brazil's Vale and Japan's Mitsui").
    let coordinated = n > 0
        && (between.clone()).all(|i| {
            matches!(v.w(i), "," | "and" | "&" | "’s" | "'s" | "’" | "'")
                || classes.place_or_group[i]
        });
    if coordinated {
        o.add(28, &[ht, tt, "coord"]);
    }
    if between.clone().any(|i| BASED.contains(v.w(i)))
        || (r.ment.last + 1..hi).any(|i| BASED.contains(v.w(i)))
    {
        o.add(19, &["based"]);
    }
    if v.negated(r.ment.first, r.ment.first - lo.min(r.ment.first)) {
        o.add(20, &["neg"]);
    }

    // Shape.
    if v.poss(l.ment.last + 1) > 0 {
        o.add(21, &["poss-left"]);
    }
    if v.poss(r.ment.last + 1) > 0 {
        o.add(21, &["poss-right"]);
    }
    if words.first().is_some_and(|&w| w == ",") {
        o.add(21, &["comma"]);
    }
    if between.clone().any(|i| v.w(i) == "(") {
        o.add(21, &["paren"]);
    }
    o.add(
        22,
        &[match in_args {
            0 => "0",
            1 => "1",
            2 => "2",
            _ => "3+",
        }],
    );
    if same_type {
        o.add(22, &["same-type-between"]);
    }
    let via = |a: Arg| match a.via {
        None => "name",
        Some(super::refer::Via::Pronoun) => "pron",
        Some(super::refer::Via::Description) => "desc",
    };
    o.add(23, &["head", via(h), "tail", via(t)]);
    o.add(
        24,
        &[match block {
            BlockKind::Title => "title",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "para",
            _ => "list",
        }],
    );

    // The pattern families' findings for this pair.
    let (he, te) = (h.ment.entity, t.ment.entity);
    for x in found {
        let same = (x.head, x.tail) == (he, te);
        let swapped = (x.head, x.tail) == (te, he) && x.ty.is_symmetric();
        if same || swapped {
            o.add(25, &[x.ty.label(), family_code(x.family)]);
            o.add(26, &[x.ty.label()]);
        }
    }
}

/// The word after a pair, or the end of the sentence.
fn word_or_end<'v>(v: &'v View, i: usize) -> &'v str {
    if i < v.len() {
        v.w(i)
    } else {
        "</s>"
    }
}

/// The features of a fact a pattern found without both arguments in the sentence (an
/// organization meant by "the company" beyond the resolver's reach, a product named after
/// its maker): the types and the families.
pub(crate) fn virtual_features(
    found: &[Found],
    f: &mut Vec<u32>,
    head_ty: EntityType,
    tail_ty: EntityType,
) {
    let mut o = Out { f, dir: "~" };
    o.add(1, &[ty_code(head_ty), ty_code(tail_ty)]);
    for x in found {
        o.add(25, &[x.ty.label(), family_code(x.family)]);
        o.add(26, &[x.ty.label()]);
    }
}

/// The features of a person or organization (`args[a]`) in a sentence that does not name
/// the event the whole report is about, as a participant in it: what the sentence says they
/// did ("finished fifth", "told delegates", "retired on lap 40"), how they are introduced
/// ("rookie", "president"), and whether it speaks of taking part at all.
pub(crate) fn event_features(
    v: &View,
    classes: &Classes,
    args: &[Arg],
    a: usize,
    block: BlockKind,
    f: &mut Vec<u32>,
) {
    let x = args[a];
    let mut o = Out { f, dir: "E" };
    let ty = ty_code(x.ment.ty);
    o.add(30, &[ty]);
    for (tpl, i) in [(31u8, x.ment.last + 1), (32, x.ment.last + 2)] {
        let w = if i < v.len() { &classes.stems[i] } else { "</s>" };
        o.add(tpl, &[w]);
        o.add(tpl + 10, &[ty, w]);
    }
    for (tpl, i) in [(33u8, x.ment.first.checked_sub(1)), (34, x.ment.first.checked_sub(2))] {
        o.add(tpl, &[i.map_or("<s>", |i| &classes.stems[i])]);
    }
    // Arguments are in text order: the first is the one starting where the first does.
    let first = args.first().is_some_and(|b| b.ment.first == x.ment.first);
    o.add(35, &[if first { "first" } else { "later" }, ty]);
    for (k, (name, _, _)) in CLASSES.iter().enumerate() {
        if classes.all & (1 << k) != 0 {
            o.add(36, &[name]);
        }
    }
    if classes.results {
        o.add(37, &["results"]);
    }
    let via = match x.via {
        None => "name",
        Some(super::refer::Via::Pronoun) => "pron",
        Some(super::refer::Via::Description) => "desc",
    };
    o.add(38, &[via]);
    o.add(
        24,
        &[match block {
            BlockKind::Title => "title",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "para",
            _ => "list",
        }],
    );
}
