//! Document-level passes over the tagger's per-sentence spans. Each pass fixes one kind of
//! inconsistency a sentence-by-sentence model makes; [`postprocess`] runs them in order:
//!
//! 1. [`surface_types`]: one surface, one type (body mentions vote);
//! 2. [`body_mentions`]: the body's spans, retyped by their surface's vote, hyphenated pairs
//!    split, common-noun abbreviations and post-nominals dropped;
//! 3. [`join_institution_names`]: "Monetary Authority" + "of Singapore" is one name;
//! 4. [`recurring::names_everywhere`]: a body name is found wherever it recurs, and
//!    headlines keep only the spans the body supports;
//! 5. [`dateline_places`]: the place a dateline opens with is a place ("BEIRA, Mozambique
//!    (AP) —"); [`credit_names`]: a photo credit's person and agency are two names ("Jane
//!    Doe/Agency"); [`places_before_regions`]: "Belmopan, Belize" is a place, not a person;
//! 6. [`compounds::join_compounds`]: names read in parts are joined ("Portuguese" + "Grand
//!    Prix", "Crestline Trust" + "and Savings Bank", "Ironvale Tactics" + "2"); then
//!    [`titles_and_roles`]: a title before a name and a byline's role are no names;
//!    [`speakers_for`]: "Lydia Buchtmann for Food Standards Australia" is two names;
//!    [`split_joined_organizations`]: "Mercantile and Commerce" too, where the article names
//!    each on its own;
//! 7. [`described::described`]: a name takes the type the article describes it with ("the
//!    tanker Capitán Ruiz", "Pundi Tani, an Indonesian start-up");
//! 8. [`event_heads`], [`place_heads`], [`org_heads`]: the head noun types a long name;
//! 9. [`org_first_words`]: "Magna" alone is the "Magna International Inc" of the article;
//! 10. [`is_law`], [`drop_titles_of_works`]: what GUIDELINES leaves unannotated, laws ("the
//!     Investment Canada Act") and the titles of works in quotation marks ("“Salt Water
//!     Hymn”"), is no name;
//! 11. [`drop_overlaps`]: the earlier, then the longer span wins.
//!
//! Headlines are read apart throughout: a title-case line is where capitalization says least.

use super::{compounds, described, recurring, type_index};
use crate::engine::features::{self, DocContext};
use crate::engine::hash::FastMap;
use crate::engine::lexicon::amounts::YEAR_EVENT_HEADS;
use crate::engine::lexicon::names::{
    is_company_word, is_fac_head, is_org_head, is_person_title, CAPTION_LABELS, CLUB_HEADS,
    EVENT_HEADS, FAC_CENTER_MODIFIERS, FAC_HALL_MODIFIERS, GPE_HEADS, HONORIFICS,
    INSTITUTION_HEADS, LOC_FIRST_WORDS, LOC_HEADS, POST_NOMINALS, ROLE_WORDS, TOPIC_ABBREVIATIONS,
};
use crate::engine::lexicon::page::{CREDIT_LABELS, TAG_CAPTIONS};
use crate::engine::text::{is_capitalized, lower_into, starts_lowercase};
use crate::engine::types::{BlockKind, EntityType, Span, TypeVotes};
use crate::engine::{structure, tokenize};
use crate::engine::{Candidate, Sentence};

/// The tagger's spans after the document-level passes (see the module notes). `found` holds
/// each span with the index of its sentence, in sentence order.
pub(super) fn postprocess(
    text: &str,
    sentences: &[Sentence],
    ctx: &DocContext,
    found: Vec<(usize, Candidate)>,
) -> Vec<Candidate> {
    let headline: Vec<bool> = sentences.iter().map(|s| is_title_like(text, s)).collect();
    let surface = surface_types(text, &found, &headline);
    let body = body_mentions(text, &found, &headline, &surface);
    let mut out = join_institution_names(text, body);
    let more = recurring::names_everywhere(text, sentences, &headline, ctx, &found, &surface, &out);
    out.extend(more);
    dateline_places(text, sentences, &mut out);
    credit_names(text, sentences, &mut out);
    places_before_regions(text, &mut out);
    compounds::join_compounds(text, sentences, &headline, &mut out);
    titles_and_roles(text, &mut out);
    speakers_for(text, &mut out);
    split_joined_organizations(text, &mut out);
    described::described(text, sentences, &headline, &mut out);
    event_heads(text, &mut out);
    place_heads(text, &mut out);
    org_heads(text, &mut out);
    org_first_words(text, &mut out);
    named_with_the(text, &mut out);
    families(text, &mut out);
    out.retain(|c| !is_law(text, c.span));
    drop_titles_of_works(text, &mut out);
    drop_overlaps(out)
}

/// Is sentence `s` read as a headline? A title is; a heading is unless it reads like body
/// text: a short line holding several numbers (a results or table row: "Benetton ( Italy ) 92
/// Dinamo ( Russia ) 81") or leaving a longer word in lowercase ("Results of Scottish
/// league": a headline in title case capitalizes every such word), listing names between
/// commas ("Ponting , Michael Slater , Darren Lehmann") or a "label : value" line ("ISSUER :
/// Bay Co Building Authority").
pub(super) fn is_title_like(text: &str, s: &Sentence) -> bool {
    if is_labelled_line(text, s) {
        return true;
    }
    match features::effective_block(text, s) {
        BlockKind::Title => true,
        BlockKind::Heading => {
            let numbers = s
                .tokens
                .iter()
                .filter(|t| t.of(text).chars().any(|ch| ch.is_ascii_digit()))
                .count();
            let lower_word = s.tokens.iter().map(|t| t.of(text)).any(|w| {
                w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) && starts_lowercase(w)
            });
            let commas = s.tokens.iter().filter(|t| t.of(text) == ",").count();
            let colon = s.tokens.iter().rev().skip(1).any(|t| t.of(text) == ":");
            numbers < 2 && !lower_word && commas < 2 && !colon
        }
        _ => false,
    }
}

/// Is sentence `s` a list of the article's topics: a tags block, or a line opening with a
/// topics label and a colon ("Topics: Leeds, Local government")?
pub(super) fn is_labelled_line(text: &str, s: &Sentence) -> bool {
    if s.block == BlockKind::Tags {
        return true;
    }
    let Some(colon) = s.tokens.iter().take(4).position(|t| t.of(text) == ":") else {
        return false;
    };
    let label = text.get(s.span.start..s.tokens[colon].start).unwrap_or("").trim();
    colon > 0 && TAG_CAPTIONS.contains(&label.to_lowercase().as_str())
}

/// Pass 6b: a span that is a title or a byline's role, not a name: one ending in a title right
/// before a person's name ("Justice" in "Justice Ada Cole", "Trade Representative" before a
/// name), or in a reporter's role ("Health Correspondent").
fn titles_and_roles(text: &str, out: &mut Vec<Candidate>) {
    Candidate::sort_by_span(out);
    let mut keep = vec![true; out.len()];
    for k in 0..out.len() {
        let c = out[k];
        if !matches!(c.ty, EntityType::Org | EntityType::Person) {
            continue;
        }
        let last = c.span.of(text).rsplit(' ').next().unwrap_or("");
        let before_person = out.get(k + 1).is_some_and(|n| {
            n.ty == EntityType::Person && text.get(c.span.end..n.span.start) == Some(" ")
        });
        let title = before_person && is_person_title(&last.to_lowercase());
        // A lone title ("Prof" in "Prof. Yuki Sato") or a caption's label ("Photo:").
        let one_word = !c.span.of(text).contains(' ');
        let lone_title = one_word && HONORIFICS.contains_capitalized(last);
        let label = one_word
            && CAPTION_LABELS.contains(last)
            && text.get(c.span.end..).is_some_and(|r| r.starts_with(':'));
        if title || lone_title || label || ROLE_WORDS.contains(last) {
            keep[k] = false;
        }
    }
    let mut it = keep.iter();
    out.retain(|_| *it.next().unwrap_or(&true));
}

/// Pass 6c: a speaker for an organization, read as one name with it ("Lydia Buchtmann for
/// Food Standards Australia New Zealand, says …"): a span that is two or three capitalized
/// words, none an organization's word, then "for" and a name, before a verb of saying, is
/// the person and the organization. Institutions named "… for …" keep their head before
/// "for" ("Centre for Disease Control", "Doctors for Climate Action" is one word).
fn speakers_for(text: &str, out: &mut Vec<Candidate>) {
    const SAYS: &crate::engine::text::Words = crate::engine::text::words![
        "says", "said", "told", "tells", "explains", "explained", "adds", "added"
    ];
    let mut split = Vec::new();
    for c in out.iter_mut().filter(|c| c.ty == EntityType::Org) {
        let name = c.span.of(text);
        let Some(at) = name.find(" for ") else { continue };
        let person = &name[..at];
        let words: Vec<&str> = person.split(' ').collect();
        let plain_name = (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                is_capitalized(w)
                    && w.chars().all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'')
                    && !is_company_word(&w.to_lowercase())
                    && !INSTITUTION_HEADS.contains(w)
            });
        let rest = text[c.span.end..].trim_start_matches([',', ' ']);
        let saying = rest.split(' ').next().is_some_and(|w| SAYS.contains(w));
        let org = &name[at + 5..];
        if plain_name && saying && org.chars().next().is_some_and(char::is_uppercase) {
            let org_start = c.span.start + at + 5;
            split.push(Candidate { span: Span::new(org_start, c.span.end), ty: EntityType::Org });
            *c = Candidate {
                span: Span::new(c.span.start, c.span.start + at),
                ty: EntityType::Person,
            };
        }
    }
    if !split.is_empty() {
        out.extend(split);
        Candidate::sort_by_span(out);
    }
}

/// Pass 6d: two organizations read as one name over "and" ("Mercantile and Commerce did not
/// return calls") are two where the article names each on its own, alone or as the start
/// of a longer name ("Mercantile Bancorp Inc.", "Commerce Bancshares Inc."). A name whose
/// parts the article never uses alone ("Procter and Gamble") stays one.
fn split_joined_organizations(text: &str, out: &mut Vec<Candidate>) {
    if !out.iter().any(|c| c.ty == EntityType::Org && c.span.of(text).contains(" and ")) {
        return;
    }
    // How often each organization's name, and each run of its first words, is written: a
    // part is named on its own when it is written more often than inside the joined name.
    let mut written: Vec<&str> = Vec::new();
    for c in out.iter().filter(|c| c.ty == EntityType::Org) {
        let name = c.span.of(text);
        let ends = name.match_indices(' ').map(|(i, _)| i).chain([name.len()]);
        written.extend(ends.map(|end| &name[..end]));
    }
    crate::engine::sort::natural(&mut written);
    let count =
        |w: &str| written.partition_point(|x| *x <= w) - written.partition_point(|x| *x < w);
    let mut split = Vec::new();
    for (k, c) in out.iter().enumerate().filter(|(_, c)| c.ty == EntityType::Org) {
        let name = c.span.of(text);
        let Some(at) = name.find(" and ") else { continue };
        let (a, b) = (&name[..at], &name[at + 5..]);
        // Every copy of the joined name writes its first part once, and its second part
        // only if the name starts with it too.
        let copies = count(name);
        let b_inside = if name.starts_with(b) && name.as_bytes().get(b.len()) == Some(&b' ') {
            copies
        } else {
            0
        };
        if !b.contains(" and ") && count(a) > copies && count(b) > b_inside {
            split.push((k, at));
        }
    }
    for &(k, at) in split.iter().rev() {
        let c = out[k];
        out[k] = Candidate { span: Span::new(c.span.start, c.span.start + at), ty: c.ty };
        out.push(Candidate { span: Span::new(c.span.start + at + 5, c.span.end), ty: c.ty });
    }
    if !split.is_empty() {
        Candidate::sort_by_span(out);
    }
}

/// Pass 1, one surface, one type: the type each lowercased surface gets from the body's
/// spans, by majority ([`TypeVotes`]). "Rhodes" tagged once as a place and twice as a person
/// is a person everywhere. Headlines do not vote.
fn surface_types(
    text: &str,
    found: &[(usize, Candidate)],
    headline: &[bool],
) -> FastMap<String, EntityType> {
    // Lowercased forms are built in one reused buffer and copied only into new map keys.
    let mut buf = String::new();
    let mut votes: FastMap<String, TypeVotes> = FastMap::default();
    for (si, c) in found {
        if headline[*si] || type_index(c.ty).is_none() {
            continue;
        }
        let key = lower_into(c.span.of(text), &mut buf);
        match votes.get_mut(key) {
            Some(v) => v.add(c.ty),
            None => votes.entry(key.to_string()).or_default().add(c.ty),
        }
    }
    votes.iter().filter_map(|(k, v)| Some((k.clone(), v.winner(None)?))).collect()
}

/// Pass 2, the body's spans (headlines are read in pass 4), each with its surface's type,
/// except:
/// - two names joined by a hyphen are two mentions when the article uses each on its own
///   ("Apple-OpenAI partnership" → "Apple", "OpenAI");
/// - abbreviations used as common nouns are dropped ("AI" as a topic, "DVD" as a format);
/// - a post-nominal after a person's name is dropped ("Mark Tedeschi, QC" has no "QC").
fn body_mentions(
    text: &str,
    found: &[(usize, Candidate)],
    headline: &[bool],
    surface: &FastMap<String, EntityType>,
) -> Vec<Candidate> {
    let mut buf = String::new();
    let mut out = Vec::new();
    for (si, c) in found {
        if headline[*si] {
            continue;
        }
        let ty = surface.get(lower_into(c.span.of(text), &mut buf)).copied().unwrap_or(c.ty);
        match hyphen_pair(text, c.span, surface) {
            Some(parts) => out.extend(parts),
            None if TOPIC_ABBREVIATIONS.contains(c.span.of(text)) => {}
            None if is_post_nominal_of_person(text, c.span, found) => {}
            None => out.push(Candidate { span: c.span, ty }),
        }
    }
    out
}

/// The two names of a span joined by a hyphen ("Apple-OpenAI"), each with its type, when the
/// article uses both on their own. Only a span with a hyphen is tokenized for this.
fn hyphen_pair(
    text: &str,
    span: Span,
    surface: &FastMap<String, EntityType>,
) -> Option<[Candidate; 2]> {
    if !span.of(text).contains('-') {
        return None;
    }
    let toks = tokenize::tokens(text, span);
    let h = toks.iter().position(|t| t.of(text) == "-").filter(|&h| h > 0 && h + 1 < toks.len())?;
    let left = Span::new(span.start, toks[h - 1].end);
    let right = Span::new(toks[h + 1].start, span.end);
    let mut buf = String::new();
    let lt = *surface.get(lower_into(left.of(text), &mut buf))?;
    let rt = *surface.get(lower_into(right.of(text), &mut buf))?;
    Some([Candidate { span: left, ty: lt }, Candidate { span: right, ty: rt }])
}

/// Is the span a post-nominal ("QC", "OBE") right after a person's name and a comma?
fn is_post_nominal_of_person(text: &str, span: Span, found: &[(usize, Candidate)]) -> bool {
    POST_NOMINALS.contains(span.of(text))
        && found.iter().any(|(_, p)| {
            p.ty == EntityType::Person
                && p.span.end <= span.start
                && text.get(p.span.end..span.start).is_some_and(|g| g.trim() == ",")
        })
}

/// Pass 3, institution names read in parts are joined:
/// - an organization ending in an institution head, then "of"/"for" and a name, is one
///   organization ("Monetary Authority" + "of" + "Singapore"), also where the tagger read
///   the first part as a place or a building ("Medical Journal" + "of Australia");
/// - a nationality right before an organization that starts with an institution head is
///   part of its name ("Russian" + "Academy of Sciences", "Australian" + "Centre for …").
fn join_institution_names(text: &str, mut spans: Vec<Candidate>) -> Vec<Candidate> {
    Candidate::sort_by_span(&mut spans);
    let mut merged: Vec<Candidate> = Vec::with_capacity(spans.len());
    for c in spans {
        if let Some(last) = merged.last_mut() {
            let gap = text.get(last.span.end..c.span.start).unwrap_or("");
            let head = last.span.of(text).rsplit(' ').next().unwrap_or("");
            // The head makes it an organization whatever the first part was read as
            // ("Medical Journal" read as a place, "Australian Centre" as a building).
            if matches!(last.ty, EntityType::Org | EntityType::Loc | EntityType::Fac)
                && matches!(gap, " of " | " for " | " of the " | " for the ")
                && INSTITUTION_HEADS.contains(head)
            {
                *last =
                    Candidate { span: Span::new(last.span.start, c.span.end), ty: EntityType::Org };
                continue;
            }
            let first = c.span.of(text).split(' ').next().unwrap_or("");
            if last.ty == EntityType::Norp
                && c.ty == EntityType::Org
                && gap == " "
                && INSTITUTION_HEADS.contains(first)
            {
                *last =
                    Candidate { span: Span::new(last.span.start, c.span.end), ty: EntityType::Org };
                continue;
            }
        }
        merged.push(c);
    }
    merged
}

/// Pass 5a: the place in capitals that opens a dateline and its region ("BEIRA" and
/// "Mozambique" in "BEIRA, Mozambique (AP) —", "SÃO PAULO" in "SÃO PAULO —", "LONDON" in a
/// "LONDON 1996-08-30" line) are places, whatever the tagger made of them: the spans there
/// give way to them.
fn dateline_places(text: &str, sentences: &[Sentence], out: &mut Vec<Candidate>) {
    for s in sentences {
        if !matches!(s.block, BlockKind::Paragraph | BlockKind::Byline) {
            continue;
        }
        for place in structure::dateline_places(text, &s.tokens) {
            out.retain(|c| !(c.span.overlaps(place) && s.span.contains(c.span)));
            out.push(Candidate { span: place, ty: EntityType::Gpe });
        }
    }
}

/// Pass 5b: the names in a caption's credit ("Photo: Jane Doe/Agency"). A name never runs
/// across the slash written tight between two names, nor takes in the credit's label
/// ("Photo:"); of two names joined by such a slash, the one beside a person is the agency
/// the person works for ("Jane Doe/Agency", "AGENCY/Jane Doe"), the second of two persons.
fn credit_names(text: &str, sentences: &[Sentence], out: &mut Vec<Candidate>) {
    let captions: Vec<Span> =
        sentences.iter().filter(|s| s.block == BlockKind::Caption).map(|s| s.span).collect();
    if captions.is_empty() {
        return;
    }
    let in_caption = |span: Span| captions.iter().any(|s| s.contains(span));
    let mut kept = Vec::with_capacity(out.len());
    for c in out.drain(..) {
        if !in_caption(c.span) || !c.span.of(text).contains('/') && !c.span.of(text).contains(':') {
            kept.push(c);
            continue;
        }
        let toks = tokenize::tokens(text, c.span);
        let w = |i: usize| toks[i].of(text);
        let mut from = 0;
        for i in 0..=toks.len() {
            let tight_slash = i > 0
                && i + 1 < toks.len()
                && w(i) == "/"
                && toks[i - 1].end == toks[i].start
                && toks[i].end == toks[i + 1].start;
            if i < toks.len() && !tight_slash {
                continue;
            }
            let mut part = &toks[from..i];
            if part.len() >= 2
                && CREDIT_LABELS.contains(&part[0].of(text).to_lowercase().as_str())
                && part[1].of(text) == ":"
            {
                part = &part[2..];
            }
            if let (Some(a), Some(b)) = (part.first(), part.last()) {
                kept.push(Candidate { span: Span::new(a.start, b.end), ty: c.ty });
            }
            from = i + 1;
        }
    }
    Candidate::sort_by_span(&mut kept);
    for k in 1..kept.len() {
        let (a, b) = (kept[k - 1], kept[k]);
        if text.get(a.span.end..b.span.start) != Some("/") || !in_caption(a.span) {
            continue;
        }
        // Two persons: the credit names one person, and agencies write themselves after
        // the photographer ("Jane Doe/Agency") or in capitals, which the tagger reads as an
        // organization ("AGENCY/Jane Doe").
        match (a.ty, b.ty) {
            (EntityType::Person, _) => kept[k].ty = EntityType::Org,
            (_, EntityType::Person) => kept[k - 1].ty = EntityType::Org,
            _ => {}
        }
    }
    *out = kept;
}

/// Pass 5c: a one-word name read as a person right before a comma and a country or region
/// is a place in that region ("Belmopan, Belize"; not a possessive: "Smith, France's …").
fn places_before_regions(text: &str, out: &mut [Candidate]) {
    Candidate::sort_by_span(out);
    for k in 0..out.len().saturating_sub(1) {
        let (c, next) = (out[k], out[k + 1]);
        let gap = text.get(c.span.end..next.span.start).unwrap_or("");
        let after = text.get(next.span.end..).unwrap_or("").trim_start();
        let possessive = after.starts_with("'s") || after.starts_with("’s");
        let one_word = !c.span.of(text).contains(' ');
        // A dateline ("DELFT, Netherlands —"): a name read as an organization is the place.
        let dateline =
            ["—", "–", "(", "\n"].iter().any(|d| after.starts_with(d)) || after.is_empty();
        let typed = c.ty == EntityType::Person || (c.ty == EntityType::Org && dateline);
        if typed
            && one_word
            && next.ty == EntityType::Gpe
            && matches!(gap, ", " | " , ")
            && !possessive
        {
            out[k].ty = EntityType::Gpe;
        }
    }
    // "near Settat", "outside Los Olivos": a short name after "near" or "outside" is a place.
    for c in out.iter_mut() {
        let before = text.get(..c.span.start).unwrap_or("");
        if matches!(c.ty, EntityType::Person | EntityType::Org)
            && (before.ends_with(" near ") || before.ends_with(" outside "))
            && c.span.of(text).split(' ').count() <= 2
        {
            c.ty = EntityType::Gpe;
        }
    }
    places_in_lists(text, out);
    companies_in_lists(text, out);
}

/// A name read as a person or organization in a list of places is a place too: "Mali,
/// Burkina Faso and Niger", "Lima, Arequipa and Trujillo" (a list of two or more places and
/// at most a third of other names).
fn places_in_lists(text: &str, out: &mut [Candidate]) {
    for list in lists(text, out) {
        let items = &out[list.clone()];
        let places = items.iter().filter(|c| c.ty == EntityType::Gpe).count();
        if items.len() >= 3 && places >= 2 && places * 3 >= items.len() * 2 {
            for c in out[list].iter_mut() {
                if matches!(c.ty, EntityType::Person | EntityType::Org) {
                    c.ty = EntityType::Gpe;
                }
            }
        }
    }
}

/// The runs of names in `out` (sorted by span) written as a list, one after another with
/// only ", ", " and ", ", and " or " or " between them (a name alone is a run of one).
fn lists(text: &str, out: &[Candidate]) -> Vec<std::ops::Range<usize>> {
    let joined = |a: &Candidate, b: &Candidate| {
        matches!(text.get(a.span.end..b.span.start), Some(", " | " and " | ", and " | " or "))
    };
    let mut runs = Vec::new();
    let mut start = 0;
    while start < out.len() {
        let mut end = start + 1;
        while end < out.len() && joined(&out[end - 1], &out[end]) {
            end += 1;
        }
        runs.push(start..end);
        start = end;
    }
    runs
}

/// A one-word name read as a person in a list of organizations only is one too: "Coinbase and
/// Kraken", "H&M, Primark and Walmart". Not a word of a person's longer name in the article
/// ("BlackRock and Fink" after "Larry Fink"), nor a given name before a couple's surname
/// ("John and Beryl Remblance"); every mention of the word follows.
fn companies_in_lists(text: &str, out: &mut [Candidate]) {
    let mut retyped: Vec<&str> = Vec::new();
    for list in lists(text, out) {
        let items = &out[list];
        let lone = |c: &Candidate| c.ty == EntityType::Person && !c.span.of(text).contains(' ');
        let orgs = items.iter().filter(|c| c.ty == EntityType::Org).count();
        // "John and Beryl Remblance": a given name before a couple's shared surname.
        let couple = |k: usize| {
            items.get(k + 1).is_some_and(|n| {
                text.get(items[k].span.end..n.span.start) == Some(" and ")
                    && n.span.of(text).contains(' ')
            })
        };
        if items.len() >= 2 && orgs >= 1 && items.iter().all(|c| c.ty == EntityType::Org || lone(c))
        {
            let lone_ones = (0..items.len()).filter(|&k| lone(&items[k]) && !couple(k));
            retyped.extend(lone_ones.map(|k| items[k].span.of(text)));
        }
    }
    // A word of a person's longer name stays that person's.
    let in_full_name = |w: &str| {
        out.iter().any(|c| {
            c.ty == EntityType::Person
                && c.span.of(text).split(' ').count() > 1
                && c.span.of(text).split(|ch: char| !ch.is_alphanumeric()).any(|p| p == w)
        })
    };
    retyped.retain(|w| !in_full_name(w));
    if retyped.is_empty() {
        return;
    }
    for c in out.iter_mut() {
        if c.ty == EntityType::Person && retyped.contains(&c.span.of(text)) {
            c.ty = EntityType::Org;
        }
    }
}

/// Pass 8a: a name of several words ending in an event head names the event, whatever the
/// words before it suggest ("Cornell Blockchain Conference", "Web Summit", "Portuguese Grand
/// Prix": not a place, an organization or a nationality); so do "Battle of …" and "Siege of …" ("Battle of Midway").
fn event_heads(text: &str, out: &mut [Candidate]) {
    for c in out.iter_mut() {
        let name = c.span.of(text);
        let mut words = name.split_whitespace();
        let last = words.next_back();
        if words.next().is_some()
            && last.is_some_and(|w| EVENT_HEADS.contains(w))
            && matches!(
                c.ty,
                EntityType::Org
                    | EntityType::Gpe
                    | EntityType::Loc
                    | EntityType::Fac
                    | EntityType::Norp
            )
        {
            c.ty = EntityType::Event;
        }
        // An edition's year before its name is part of it ("the 1998 World Cup", "the 2024
        // NBA Finals"); the date grammar leaves such a year to the name.
        if c.ty == EntityType::Event && last.is_some_and(|w| YEAR_EVENT_HEADS.contains(w)) {
            let before = &text[..c.span.start];
            let year = before.strip_suffix(' ').and_then(|b| b.get(b.len().saturating_sub(4)..));
            let opens =
                before.len() < 6 || !before.as_bytes()[before.len() - 6].is_ascii_alphanumeric();
            if year.is_some_and(|y| {
                y.len() == 4
                    && matches!(y.as_bytes()[0], b'1' | b'2')
                    && y.bytes().all(|b| b.is_ascii_digit())
            }) && opens
            {
                c.span.start -= 5;
            }
        }
        if matches!(name.split_whitespace().next(), Some("Battle" | "Siege"))
            && name.split_whitespace().nth(1) == Some("of")
            && c.ty != EntityType::Person
        {
            c.ty = EntityType::Event;
        }
    }
}

/// Pass 8b: a person or organization whose name of several words ends in a place head is
/// that kind of place ("Cayman Islands", "Tver Oblast", "London Heathrow Airport", "Lake
/// Inari"): unfamiliar names in encyclopedic text are otherwise often read as persons or
/// companies. Football clubs keep a place's name ("Notts County", "Crystal Palace"): an
/// organization ending in one of [`CLUB_HEADS`] stays one.
fn place_heads(text: &str, out: &mut [Candidate]) {
    // One buffer for every name's words.
    let mut words: Vec<&str> = Vec::new();
    for c in out.iter_mut() {
        words.clear();
        words.extend(c.span.of(text).split_whitespace());
        match c.ty {
            EntityType::Person | EntityType::Org => {
                let org = c.ty == EntityType::Org;
                let club_head = org && words.last().is_some_and(|w| CLUB_HEADS.contains(w));
                if let Some(ty) = place_head_type(&words, !org).filter(|_| !club_head) {
                    c.ty = ty;
                }
            }
            // A place named by a facility's head is the facility ("Panama Canal").
            EntityType::Gpe | EntityType::Loc
                if place_head_type(&words, true) == Some(EntityType::Fac) =>
            {
                c.ty = EntityType::Fac;
            }
            _ => {}
        }
    }
}

/// The place type a name of several words has by its head noun: its last word, or for a
/// two-word name its first ("Lake Inari", "Mount Elgon"; longer names go by their head: "Lake
/// Forest College"). Heads that also end organization names ("Church", "Abbey", "Hall",
/// "City", "Bank", "Union") are not place heads; those that also end organizations'
/// ("Library", "Wing") only count when `weak` is set (a name read as a person or a place),
/// and "Center"/"Centre" only after a word that makes it a building ("Space Center").
pub(super) fn place_head_type(words: &[&str], weak: bool) -> Option<EntityType> {
    if words.len() < 2 {
        return None;
    }
    let last = *words.last()?;
    let before = words[words.len() - 2];
    let center = (matches!(last, "Center" | "Centre") && FAC_CENTER_MODIFIERS.contains(before))
        || (last == "Hall" && FAC_HALL_MODIFIERS.contains(before));
    let by_last = if LOC_HEADS.contains(last) {
        Some(EntityType::Loc)
    } else if GPE_HEADS.contains(last) {
        Some(EntityType::Gpe)
    } else if is_fac_head(last, weak) || center {
        Some(EntityType::Fac)
    } else {
        None
    };
    by_last.or((words.len() == 2 && LOC_FIRST_WORDS.contains(words[0])).then_some(EntityType::Loc))
}

/// Pass 8c: a person or place whose name of several words ends in an organization head is
/// an organization ("Villanova Preparatory School", "Rochester Philharmonic Orchestra",
/// "Harbor Robotics").
fn org_heads(text: &str, out: &mut [Candidate]) {
    for c in out.iter_mut() {
        if matches!(c.ty, EntityType::Person | EntityType::Gpe | EntityType::Loc | EntityType::Fac)
        {
            let mut words = c.span.of(text).split_whitespace();
            let (first, last) = (words.next(), words.next_back());
            // A person's name never ends in a company word ("Manara Minerals", "Acme Group");
            // a place's may ("South America", "Western Power" is rare, "Power" a surname).
            let company = |w: &str| {
                let lower = w.to_lowercase();
                c.ty == EntityType::Person
                    && is_company_word(&lower)
                    && !matches!(lower.as_str(), "power" | "bank" | "press")
            };
            if first.is_some() && last.is_some_and(|w| is_org_head(w) || company(w)) {
                c.ty = EntityType::Org;
            }
        }
    }
}

/// Pass 9: the first word of an organization's name ending in an organization head, used
/// alone and read as a person, is that organization ("Magna International Inc" … "Magna").
/// A place stays a place ("Jeonju" and "Jeonju University").
fn org_first_words(text: &str, out: &mut [Candidate]) {
    let mut org_firsts: FastMap<&str, ()> = FastMap::default();
    for c in out.iter().filter(|c| c.ty == EntityType::Org) {
        let mut words = c.span.of(text).split_whitespace();
        if let (Some(first), Some(last)) = (words.next(), words.next_back()) {
            if is_org_head(last) {
                org_firsts.insert(first, ());
            }
        }
    }
    if org_firsts.is_empty() {
        return;
    }
    for c in out.iter_mut() {
        if c.ty == EntityType::Person && org_firsts.contains_key(c.span.of(text)) {
            c.ty = EntityType::Org;
        }
    }
}

/// Pass 9c: a family named by its surname in the plural ("the Sams" after "Thomas Sam",
/// "the Obamas" after "Michelle Obama") is people, whatever its letters suggested.
fn families(text: &str, out: &mut [Candidate]) {
    let surnames: Vec<&str> = out
        .iter()
        .filter(|c| c.ty == EntityType::Person)
        .filter_map(|c| {
            let name = c.span.of(text);
            name.rsplit_once(' ').map(|(_, last)| last)
        })
        .filter(|last| last.chars().count() > 1)
        .collect();
    if surnames.is_empty() {
        return;
    }
    for c in out.iter_mut() {
        let name = c.span.of(text);
        let plural = name.strip_suffix("es").into_iter().chain(name.strip_suffix('s'));
        let the = text[..c.span.start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if c.ty != EntityType::Person
            && the
            && !name.contains(' ')
            && plural.into_iter().any(|stem| surnames.contains(&stem))
        {
            c.ty = EntityType::Person;
        }
    }
}

/// Pass 10a: is `span` a law's name, several words ending in a law's head ("Investment Canada
/// Act", "Stablecoins Ordinance", "Paris Agreement")? Laws and treaties are not annotated.
fn is_law(text: &str, span: Span) -> bool {
    const LAW_HEADS: &crate::engine::text::Words = crate::engine::text::words![
        "Act", "Acts", "Ordinance", "Regulation", "Directive", "Treaty", "Accord", "Accords",
        "Agreement", "Statute", "Amendment"
    ];
    let name = span.of(text);
    name.contains(' ') && name.rsplit(' ').next().is_some_and(|w| LAW_HEADS.contains(w))
}

/// Pass 10b: names inside the title of a work in quotation marks ("“Salt Water Hymn,” a
/// drama", "‘Accra Nights’", "“The Lighthouse Keeper’s Daughter”"): a quotation of two to
/// eight words on one line, each capitalized but for short function words, is a title, and
/// works are not annotated. A quoted single word ("the ‘GoldHarbour’ app") or a quoted
/// sentence ("“Prices will rise,” she said") is no title; nor is a quotation that is one
/// name, and a place keeps its name inside a title.
fn drop_titles_of_works(text: &str, out: &mut Vec<Candidate>) {
    const SMALL: &crate::engine::text::Words = crate::engine::text::words![
        "the", "of", "a", "an", "and", "in", "on", "for", "to", "at", "with", "from", "de", "la",
        "le", "du"
    ];
    // Each title's span between its marks, and its words' span.
    let mut titles: Vec<(Span, Span)> = Vec::new();
    let mut at = 0;
    while let Some((k, _)) = text[at..].char_indices().find(|&(_, c)| matches!(c, '“' | '‘' | '"'))
    {
        let open = at + k;
        let q = text[open..].chars().next().unwrap_or('"');
        let from = open + q.len_utf8();
        let close_char = match q {
            '“' => '”',
            '‘' => '’',
            _ => '"',
        };
        // The closing mark within the line; for ’ not an apostrophe inside a word.
        // Only the next 120 bytes are read (a line may be the whole text).
        let mut window = text.len().min(from + 120);
        while !text.is_char_boundary(window) {
            window -= 1;
        }
        let line_end = text[from..window].find('\n').map_or(window, |e| from + e);
        let close = text[from..line_end].char_indices().find(|&(i, c)| {
            c == close_char
                && !(c == '’'
                    && text[from + i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic))
        });
        let Some((ci, _)) = close else {
            at = from;
            continue;
        };
        let close = from + ci;
        // The quotation's words, without the punctuation written inside its marks.
        let quoted = &text[from..close];
        let inner = quoted.trim().trim_end_matches([',', '.', '!']).trim_end_matches('?');
        let words: Vec<&str> = inner.split_whitespace().collect();
        let title_case = words.first().is_some_and(|w| is_capitalized(w))
            && words.iter().all(|w| is_capitalized(w) || SMALL.contains(w));
        if (2..=8).contains(&words.len()) && title_case {
            let start = from + (quoted.len() - quoted.trim_start().len());
            titles.push((Span::new(from, close), Span::new(start, start + inner.trim_end().len())));
        }
        at = close + close_char.len_utf8();
    }
    // A quotation that is one name is that name quoted ("the name “Eloy Alfaro”", "rebranded
    // as “NPR Illinois”"), and a place in a title is still the place ("“Freedom for
    // Chechnya!”").
    if titles.is_empty() {
        return;
    }
    let mut names: Vec<Span> = out.iter().map(|c| c.span).collect();
    crate::engine::sort::natural(&mut names);
    titles.retain(|(_, words)| names.binary_search(words).is_err());
    // The titles are in text order and apart: the one that may hold a name is the last one
    // starting at or before it.
    let in_title = |c: &Candidate| {
        let k = titles.partition_point(|(t, _)| t.start <= c.span.start);
        k > 0 && titles[k - 1].0.contains(c.span)
    };
    out.retain(|c| c.ty == EntityType::Gpe || !in_title(c));
}

/// Pass 9b: one capitalized word after "the" read as a person is a team, a band or a
/// company ("the Mavericks", "the Jazz"): a person takes "the" only with a description
/// between ("the striker Kane"). A family in the plural is people again by the next pass.
fn named_with_the(text: &str, out: &mut [Candidate]) {
    for c in out.iter_mut() {
        let name = c.span.of(text);
        // "the Queen", "the Pope": a title alone is a person.
        if c.ty != EntityType::Person || name.contains(' ') || is_person_title(&name.to_lowercase())
        {
            continue;
        }
        let before = text[..c.span.start].strip_suffix(' ').unwrap_or("");
        let word = before.rsplit([' ', '\n']).next().unwrap_or("");
        if word == "the" || word == "The" {
            c.ty = EntityType::Org;
        }
    }
}

/// Pass 10: the spans in text order without overlaps: of overlapping spans the earlier, then
/// the longer one stays ("Apple" found again inside a headline span "Apple Music" gives way).
fn drop_overlaps(mut out: Vec<Candidate>) -> Vec<Candidate> {
    Candidate::sort_longest_first(&mut out);
    crate::engine::disjoint(out.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::marked;
    use EntityType::*;

    type Case = crate::engine::MarkedCase;

    fn check(pass: impl Fn(&str, Vec<Candidate>) -> Vec<Candidate>, cases: &[Case]) {
        for (text, marks, want) in cases {
            let got: Vec<(&str, EntityType)> =
                pass(text, marked(text, marks)).iter().map(|c| (c.span.of(text), c.ty)).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn laws_and_titles_of_works_are_no_names() {
        let passes = |text: &str, mut c: Vec<Candidate>| {
            c.retain(|c| !is_law(text, c.span));
            drop_titles_of_works(text, &mut c);
            c
        };
        check(
            passes,
            &[
                (
                    "It falls under the Investment Canada Act and the Stablecoins Ordinance.",
                    &[("Investment Canada Act", Org), ("Stablecoins Ordinance", Org)],
                    &[],
                ),
                (
                    "“Salt Water Hymn,” a drama shot in Georgia, beat ‘Accra Nights’ and “The Lighthouse Keeper’s Daughter”.",
                    &[("Water Hymn", Person), ("Georgia", Gpe), ("Accra", Gpe), ("Lighthouse Keeper", Org)],
                    &[("Georgia", Gpe), ("Accra", Gpe)],
                ),
                // A long quotation of multi-byte letters is read to no title, without a cut
                // inside a letter.
                (
                    "“aÉéééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé” Acme.",
                    &[("Acme", Org)],
                    &[("Acme", Org)],
                ),
                (
                    "The name “Eloy Alfaro” was chosen; the station rebranded as \"NPR Illinois.\"",
                    &[("Eloy Alfaro", Person), ("NPR Illinois", Org)],
                    &[("Eloy Alfaro", Person), ("NPR Illinois", Org)],
                ),
                // Negatives: a quoted sentence, a quoted single word, a law's head alone, a
                // name that only ends in a capital word.
                (
                    "“Acme will grow,” said Ana Ruiz of the ‘GoldHarbour’ app. Act Blue and Acme Acts Ltd met.",
                    &[("Acme", Org), ("Ana Ruiz", Person), ("GoldHarbour", Product), ("Act Blue", Org), ("Acme Acts Ltd", Org)],
                    &[("Acme", Org), ("Ana Ruiz", Person), ("GoldHarbour", Product), ("Act Blue", Org), ("Acme Acts Ltd", Org)],
                ),
            ],
        );
    }

    /// A pass that changes types in place, as one that returns its candidates.
    fn in_place(
        pass: fn(&str, &mut [Candidate]),
    ) -> impl Fn(&str, Vec<Candidate>) -> Vec<Candidate> {
        move |text, mut c| {
            pass(text, &mut c);
            c
        }
    }

    /// A pass over the sentences the structure pass finds in the text, its output sorted.
    fn with_sentences(
        pass: fn(&str, &[Sentence], &mut Vec<Candidate>),
    ) -> impl Fn(&str, Vec<Candidate>) -> Vec<Candidate> {
        move |text, mut c| {
            let sentences = crate::engine::sentences_of(text, &structure::blocks(text));
            pass(text, &sentences, &mut c);
            Candidate::sort_by_span(&mut c);
            c
        }
    }

    #[test]
    fn abbreviations_of_common_nouns_are_no_names() {
        // The body's spans, one sentence, no headline: the abbreviations of things ("LNG
        // output", "DRAM chips", "an ATM") go; an organization's stays ("the ECB").
        let text =
            "It will lift its LNG output and sell DRAM chips; the ECB fitted an ATM; IQ fell.";
        let found: Vec<(usize, Candidate)> =
            marked(text, &[("LNG", Org), ("DRAM", Org), ("ECB", Org), ("ATM", Org), ("IQ", Org)])
                .into_iter()
                .map(|c| (0, c))
                .collect();
        let got = body_mentions(text, &found, &[false], &FastMap::default());
        let got: Vec<(&str, EntityType)> = got.iter().map(|c| (c.span.of(text), c.ty)).collect();
        assert_eq!(got, vec![("ECB", Org)]);
    }

    #[test]
    fn a_dateline_names_places() {
        check(
            with_sentences(dateline_places),
            &[
                (
                    "Title\nKESTRA, Valoria (HPA) — Ilse Brandt said the river had peaked.",
                    &[("KESTRA", Org), ("Valoria", Person), ("HPA", Org), ("Ilse Brandt", Person)],
                    &[("KESTRA", Gpe), ("Valoria", Gpe), ("HPA", Org), ("Ilse Brandt", Person)],
                ),
                // A place the tagger cut short, or missed.
                (
                    "Title\nPORT ELLIS — The port reopened.",
                    &[("PORT", Org)],
                    &[("PORT ELLIS", Gpe)],
                ),
                ("Title\nKESTRA 2025-03-04\nThe river peaked on Monday.", &[], &[("KESTRA", Gpe)]),
                // Capitals without a dash are no dateline.
                (
                    "Title\nKESTRA officials said the river had peaked.",
                    &[("KESTRA", Org)],
                    &[("KESTRA", Org)],
                ),
            ],
        );
    }

    #[test]
    fn a_credit_names_a_person_and_an_agency() {
        check(
            with_sentences(credit_names),
            &[
                (
                    "Title\nA man in Dornfeld. Photo: Pavel Ristic/Northline Images",
                    &[("Dornfeld", Gpe), ("Pavel Ristic/Northline Images", Person)],
                    &[("Dornfeld", Gpe), ("Pavel Ristic", Person), ("Northline Images", Org)],
                ),
                (
                    "Title\nPhoto: NORTHLINE/Pavel Ristic",
                    &[("Photo: NORTHLINE", Org), ("Pavel Ristic", Person)],
                    &[("NORTHLINE", Org), ("Pavel Ristic", Person)],
                ),
                // Two persons: the second is the agency.
                (
                    "Title\nFloods in Kestra. Photo: Pavel Ristic/Lena Hoyt",
                    &[("Kestra", Gpe), ("Pavel Ristic", Person), ("Lena Hoyt", Person)],
                    &[("Kestra", Gpe), ("Pavel Ristic", Person), ("Lena Hoyt", Org)],
                ),
                // Outside a caption a slash joins what it joins.
                (
                    "Title\nThe Acme/Globex merger was approved by regulators on Monday.",
                    &[("Acme/Globex", Org)],
                    &[("Acme/Globex", Org)],
                ),
            ],
        );
    }

    #[test]
    fn institution_names_are_joined() {
        check(
            join_institution_names,
            &[
                (
                    "the Monetary Authority of Singapore said",
                    &[("Monetary Authority", Org), ("Singapore", Gpe)],
                    &[("Monetary Authority of Singapore", Org)],
                ),
                (
                    "the Russian Academy of Sciences",
                    &[("Russian", Norp), ("Academy of Sciences", Org)],
                    &[("Russian Academy of Sciences", Org)],
                ),
                (
                    "in the Medical Journal of Australia this week",
                    &[("Medical Journal", Loc), ("Australia", Gpe)],
                    &[("Medical Journal of Australia", Org)],
                ),
                (
                    "the Australian Centre for Control of Iodine Deficiency Disorders",
                    &[("Australian Centre", Fac), ("Control of Iodine Deficiency Disorders", Org)],
                    &[("Australian Centre for Control of Iodine Deficiency Disorders", Org)],
                ),
                // Not an institution head, not a nationality, not adjacent, not a person.
                (
                    "the Gulf of Mexico",
                    &[("Gulf", Loc), ("Mexico", Gpe)],
                    &[("Gulf", Loc), ("Mexico", Gpe)],
                ),
                (
                    "Sarah Bank of Leeds",
                    &[("Sarah Bank", Person), ("Leeds", Gpe)],
                    &[("Sarah Bank", Person), ("Leeds", Gpe)],
                ),
                (
                    "Apple of Cupertino",
                    &[("Apple", Org), ("Cupertino", Gpe)],
                    &[("Apple", Org), ("Cupertino", Gpe)],
                ),
                (
                    "Russian Gazprom",
                    &[("Russian", Norp), ("Gazprom", Org)],
                    &[("Russian", Norp), ("Gazprom", Org)],
                ),
                (
                    "the Bank , of all places , Paris",
                    &[("Bank", Org), ("Paris", Gpe)],
                    &[("Bank", Org), ("Paris", Gpe)],
                ),
            ],
        );
    }

    #[test]
    fn head_nouns_type_long_names() {
        let pass = |text: &str, mut c: Vec<Candidate>| {
            event_heads(text, &mut c);
            place_heads(text, &mut c);
            org_heads(text, &mut c);
            c
        };
        check(
            pass,
            &[
                (
                    "the Cornell Blockchain Conference",
                    &[("Cornell Blockchain Conference", Org)],
                    &[("Cornell Blockchain Conference", Event)],
                ),
                (
                    "the Battle of Midway",
                    &[("Battle of Midway", Gpe)],
                    &[("Battle of Midway", Event)],
                ),
                // A nationality opening an event's name: the name is the event's.
                ("the Latvian Open", &[("Latvian Open", Norp)], &[("Latvian Open", Event)]),
                ("the Latvian team", &[("Latvian", Norp)], &[("Latvian", Norp)]),
                ("the Cayman Islands", &[("Cayman Islands", Person)], &[("Cayman Islands", Loc)]),
                ("Tver Oblast", &[("Tver Oblast", Org)], &[("Tver Oblast", Gpe)]),
                (
                    "London Heathrow Airport",
                    &[("London Heathrow Airport", Person)],
                    &[("London Heathrow Airport", Fac)],
                ),
                ("Lake Inari", &[("Lake Inari", Person)], &[("Lake Inari", Loc)]),
                (
                    "Lake Forest College",
                    &[("Lake Forest College", Gpe)],
                    &[("Lake Forest College", Org)],
                ),
                ("Harbor Robotics", &[("Harbor Robotics", Person)], &[("Harbor Robotics", Org)]),
                ("Kestra Minerals", &[("Kestra Minerals", Person)], &[("Kestra Minerals", Org)]),
                // A person's name never ends in a company word; a place's may, and "Power",
                // "Bank" and "Press" are surnames too.
                ("Kestra Group", &[("Kestra Group", Person)], &[("Kestra Group", Org)]),
                ("Dana Power", &[("Dana Power", Person)], &[("Dana Power", Person)]),
                ("South America", &[("South America", Loc)], &[("South America", Loc)]),
                // Facilities by their head, also read as places; hospitals are organizations;
                // "Center" is a building only after a word that makes it one.
                ("the Varn Canal", &[("Varn Canal", Gpe)], &[("Varn Canal", Fac)]),
                ("Keppel Terminal", &[("Keppel Terminal", Org)], &[("Keppel Terminal", Fac)]),
                (
                    "the Esrange Space Center",
                    &[("Esrange Space Center", Org)],
                    &[("Esrange Space Center", Fac)],
                ),
                (
                    "the Pew Research Center",
                    &[("Pew Research Center", Org)],
                    &[("Pew Research Center", Org)],
                ),
                ("Regions Hospital", &[("Regions Hospital", Fac)], &[("Regions Hospital", Org)]),
                ("Armley Library", &[("Armley Library", Person)], &[("Armley Library", Fac)]),
                ("Youth Wing", &[("Youth Wing", Org)], &[("Youth Wing", Org)]),
                // A club keeps its place's name; one word has no head; a person's name is left.
                ("Crystal Palace", &[("Crystal Palace", Org)], &[("Crystal Palace", Org)]),
                ("Conference", &[("Conference", Org)], &[("Conference", Org)]),
                ("Jane Doe", &[("Jane Doe", Person)], &[("Jane Doe", Person)]),
            ],
        );
    }

    #[test]
    fn places_and_organizations_by_their_neighbours() {
        check(
            in_place(places_before_regions),
            &[
                // A one-word "person" among organizations only, and its other mentions.
                (
                    "Coinbase and Krakon grew; H&M, Primaro and Walmart buy. Krakon fell.",
                    &[("Coinbase", Org), ("Krakon", Person), ("H&M", Org), ("Primaro", Person), ("Walmart", Org), ("Krakon", Person)],
                    &[("Coinbase", Org), ("Krakon", Org), ("H&M", Org), ("Primaro", Org), ("Walmart", Org), ("Krakon", Org)],
                ),
                // Not: a word of a person's longer name, a couple's given name, a list with a
                // place, two people.
                (
                    "Larry Finkel spoke. BlackRock and Finkel won; John and Beryl Remblance won; Acme, Lyon and Zedo met; Agassi and Sampras played.",
                    &[("Larry Finkel", Person), ("BlackRock", Org), ("Finkel", Person), ("John", Person), ("Beryl Remblance", Org), ("Acme", Org), ("Lyon", Gpe), ("Zedo", Person), ("Agassi", Person), ("Sampras", Person)],
                    &[("Larry Finkel", Person), ("BlackRock", Org), ("Finkel", Person), ("John", Person), ("Beryl Remblance", Org), ("Acme", Org), ("Lyon", Gpe), ("Zedo", Person), ("Agassi", Person), ("Sampras", Person)],
                ),
                (
                    "in Belmopan, Belize today",
                    &[("Belmopan", Person), ("Belize", Gpe)],
                    &[("Belmopan", Gpe), ("Belize", Gpe)],
                ),
                (
                    "Smith, France's minister",
                    &[("Smith", Person), ("France", Gpe)],
                    &[("Smith", Person), ("France", Gpe)],
                ),
                (
                    "DELFT, Netherlands — Researchers at Varn near Settat said",
                    &[("DELFT", Org), ("Netherlands", Gpe), ("Varn", Org), ("Settat", Org)],
                    &[("DELFT", Gpe), ("Netherlands", Gpe), ("Varn", Org), ("Settat", Gpe)],
                ),
                (
                    "Siemens, Germany's largest, and Acme, France, agreed",
                    &[("Siemens", Org), ("Germany", Gpe), ("Acme", Org), ("France", Gpe)],
                    &[("Siemens", Org), ("Germany", Gpe), ("Acme", Org), ("France", Gpe)],
                ),
                (
                    "raids in Varna, Lo Pelt and Osk, and outside Kel Dor",
                    &[("Varna", Gpe), ("Lo Pelt", Person), ("Osk", Gpe), ("Kel Dor", Person)],
                    &[("Varna", Gpe), ("Lo Pelt", Gpe), ("Osk", Gpe), ("Kel Dor", Gpe)],
                ),
                // A list of people and companies with one place stays as it is.
                (
                    "Ana Ruiz, Varn and Lyon",
                    &[("Ana Ruiz", Person), ("Varn", Org), ("Lyon", Gpe)],
                    &[("Ana Ruiz", Person), ("Varn", Org), ("Lyon", Gpe)],
                ),
                (
                    "Jane Doe, Belize",
                    &[("Jane Doe", Person), ("Belize", Gpe)],
                    &[("Jane Doe", Person), ("Belize", Gpe)],
                ),
            ],
        );
        check(
            in_place(org_first_words),
            &[
                (
                    "Magna International Inc said Magna grew",
                    &[("Magna International Inc", Org), ("Magna", Person)],
                    &[("Magna International Inc", Org), ("Magna", Org)],
                ),
                (
                    "Jeonju University is in Jeonju",
                    &[("Jeonju University", Org), ("Jeonju", Gpe)],
                    &[("Jeonju University", Org), ("Jeonju", Gpe)],
                ),
            ],
        );
        // One word after "the" is no person, unless it is a title; a family is people again.
        check(
            |text, mut c| {
                named_with_the(text, &mut c);
                families(text, &mut c);
                c
            },
            &[
                (
                    "The Hawks beat the Pelicans. Adaeze Okonkwo said the Okonkwos stayed.",
                    &[
                        ("Hawks", Person),
                        ("Pelicans", Person),
                        ("Adaeze Okonkwo", Person),
                        ("Okonkwos", Person),
                    ],
                    &[
                        ("Hawks", Org),
                        ("Pelicans", Org),
                        ("Adaeze Okonkwo", Person),
                        ("Okonkwos", Person),
                    ],
                ),
                (
                    "the Queen met the striker Kane and the Van Dorns",
                    &[("Queen", Person), ("Kane", Person), ("Van Dorns", Person)],
                    &[("Queen", Person), ("Kane", Person), ("Van Dorns", Person)],
                ),
            ],
        );
        // A family by its surname in the plural; not a name that only ends like one.
        check(
            in_place(families),
            &[
                (
                    "Thomas Sam and his wife left. The Sams appealed; the Jameses did not.",
                    &[("Thomas Sam", Person), ("Sams", Org), ("Jameses", Org)],
                    &[("Thomas Sam", Person), ("Sams", Person), ("Jameses", Org)],
                ),
                (
                    "Ada Wells spoke. Wells Fargo and the Samsung of Korea grew.",
                    &[("Ada Wells", Person), ("Wells Fargo", Org), ("Samsung", Org)],
                    &[("Ada Wells", Person), ("Wells Fargo", Org), ("Samsung", Org)],
                ),
            ],
        );
    }

    #[test]
    fn a_speaker_for_an_organization_is_two_names() {
        check(
            |text, mut c| {
                speakers_for(text, &mut c);
                c
            },
            &[
                (
                    "Lydia Buchtmann for Food Standards Australia New Zealand, says they agree.",
                    &[("Lydia Buchtmann for Food Standards Australia New Zealand", Org)],
                    &[("Lydia Buchtmann", Person), ("Food Standards Australia New Zealand", Org)],
                ),
                // Negatives: an institution's head before "for", no verb of saying after.
                (
                    "The National Centre for Disease Control said so. Ana Ruiz for Acme won.",
                    &[("National Centre for Disease Control", Org), ("Ana Ruiz for Acme", Org)],
                    &[("National Centre for Disease Control", Org), ("Ana Ruiz for Acme", Org)],
                ),
            ],
        );
    }

    #[test]
    fn organizations_joined_by_and_are_two_where_named_apart() {
        check(
            |text, mut c| {
                split_joined_organizations(text, &mut c);
                c
            },
            &[
                (
                    "Mercantile Bancorp and Commerce Bancshares met. Mercantile and Commerce declined.",
                    &[("Mercantile Bancorp", Org), ("Commerce Bancshares", Org), ("Mercantile and Commerce", Org)],
                    &[("Mercantile Bancorp", Org), ("Commerce Bancshares", Org), ("Mercantile", Org), ("Commerce", Org)],
                ),
                // Negative: parts the article never names apart.
                (
                    "Procter and Gamble grew. Gamble Holdings fell. Procter and Gamble won.",
                    &[("Procter and Gamble", Org), ("Gamble Holdings", Org), ("Procter and Gamble", Org)],
                    &[("Procter and Gamble", Org), ("Gamble Holdings", Org), ("Procter and Gamble", Org)],
                ),
            ],
        );
    }

    #[test]
    fn titles_and_roles_are_no_names() {
        check(
            |text, mut c| {
                titles_and_roles(text, &mut c);
                c
            },
            &[
                (
                    "Justice Ada Cole ruled; Trade Representative Li Wen spoke.",
                    &[
                        ("Justice", Org),
                        ("Ada Cole", Person),
                        ("Trade Representative", Org),
                        ("Li Wen", Person),
                    ],
                    &[("Ada Cole", Person), ("Li Wen", Person)],
                ),
                (
                    "said Prof. Yuki Sato. Photo: Ana Ruiz",
                    &[
                        ("Prof", Person),
                        ("Yuki Sato", Person),
                        ("Photo", Person),
                        ("Ana Ruiz", Person),
                    ],
                    &[("Yuki Sato", Person), ("Ana Ruiz", Person)],
                ),
                (
                    "By Ana Ruiz, Health Correspondent, Varn Courier",
                    &[("Ana Ruiz", Person), ("Health Correspondent", Org), ("Varn Courier", Org)],
                    &[("Ana Ruiz", Person), ("Varn Courier", Org)],
                ),
                // A title not before a name, and an organization before one, stay.
                (
                    "the Justice Department said; Acme Ada Cole",
                    &[("Justice Department", Org), ("Acme", Org), ("Ada Cole", Person)],
                    &[("Justice Department", Org), ("Acme", Org), ("Ada Cole", Person)],
                ),
            ],
        );
    }

    #[test]
    fn overlaps_keep_the_earlier_then_the_longer_span() {
        let text = "New York City";
        let c = |a: usize, b: usize, ty| Candidate { span: Span::new(a, b), ty };
        let got = drop_overlaps(vec![c(4, 13, Gpe), c(0, 8, Gpe), c(0, 13, Gpe)]);
        assert_eq!(got.iter().map(|c| c.span.of(text)).collect::<Vec<_>>(), ["New York City"]);
    }

    #[test]
    fn table_rows_and_sentence_case_lines_are_not_headlines() {
        let text = "Title Line Here\nResults Of The Day\nBenetton ( Italy ) 92 Dinamo ( Russia ) 81\nResults of Scottish league\nBody text follows here, as usual.";
        let sentences = crate::train::sentences_of(text);
        let line = |start: &str| {
            sentences
                .iter()
                .find(|s| s.span.of(text).starts_with(start))
                .map(|s| is_title_like(text, s))
        };
        assert_eq!(line("Benetton"), Some(false));
        assert_eq!(line("Results of"), Some(false));
        assert_eq!(line("Body"), Some(false));
        let text = "Title Line\nBody text follows here.\nTopics: Leeds, Local government, Council tax\nMy topics: none here";
        let sentences = crate::train::sentences_of(text);
        let line = |start: &str| {
            sentences
                .iter()
                .find(|s| s.span.of(text).starts_with(start))
                .map(|s| is_title_like(text, s))
        };
        assert_eq!(line("Topics"), Some(true));
        assert_eq!(line("My topics"), Some(false));
    }
}
