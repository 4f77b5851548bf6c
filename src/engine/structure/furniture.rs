//! Page furniture: the lines a web page puts around a story, told apart by their shape and
//! their opening words, never by what any particular article says.
//!
//! - captions and credits: a credit label ("Photo:", "Image:", "Credit:") or opening ("Photo
//!   by", "Courtesy of"), alone or at the end of a caption line; "Pictured: …";
//! - bylines: "By …", "Jane Doe, Science correspondent", the publication line and a dateline
//!   line just under the title; "Reporting by …" anywhere;
//! - topic lists: "Topics: A, B, C" (also "Tags:", "Categories:", "Filed under:");
//! - one-line related links: "Related: <headline>";
//! - notes: "Correction: …", "Editor’s note: …", "This article was updated on …", and a
//!   dash line under a quote ("— Jane Doe, emergency coordinator");
//! - datelines: "BEIRA, Mozambique (AP) —" at the start of a paragraph, or alone on a line.
//!
//! Offsets here are byte offsets into the line (or the text whose tokens are given).

use crate::engine::lexicon::amounts::{MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS};
use crate::engine::lexicon::page::*;
use crate::engine::tokenize;
use crate::engine::types::{BlockKind, Span};

/// A half-open byte range within a line.
pub(super) type Range = (usize, usize);

/// A furniture line: its kind, and its label and items as ranges of the line.
#[derive(Debug, PartialEq)]
pub(super) struct Found {
    pub kind: BlockKind,
    pub label: Option<Range>,
    pub items: Vec<Range>,
}

impl Found {
    fn whole(kind: BlockKind) -> Found {
        Found { kind, label: None, items: Vec::new() }
    }
}

/// Where a line stands, for the rules that depend on it.
pub(super) struct Place<'a> {
    /// The line before it, if any.
    pub prev: Option<&'a str>,
    /// Is it among the first lines under the title, where bylines are?
    pub head: bool,
}

/// The furniture `line` is, if any.
pub(super) fn classify(line: &str, place: &Place) -> Option<Found> {
    // Most lines are paragraphs: counting stops once a line is too long for the rules below
    // (the longest, a caption with its credit, is 80 words).
    let n = words_up_to(line, 80);
    if n > 80 {
        return None;
    }
    if place.head && n <= 30 && is_head_byline(line) {
        return Some(Found::whole(BlockKind::Byline));
    }
    // The rules that read a "label: …" lead-in share it.
    let lead = label_colon(line);
    lead.and_then(|l| tags(line, l).or_else(|| related(line, l)).or_else(|| note_label(l)))
        .or_else(|| is_about_article(line).then(|| Found::whole(BlockKind::Note)))
        .or_else(|| caption(line, n, lead))
        .or_else(|| (n <= 50 && is_credits(line)).then(|| Found::whole(BlockKind::Byline)))
        .or_else(|| {
            (n <= 25 && is_attribution(line, place.prev)).then(|| Found::whole(BlockKind::Note))
        })
}

/// How many words `line` has, counted up to `max + 1` (words are separated by ASCII spaces
/// and tabs, which is all the thresholds here need, and cheap on long paragraphs).
fn words_up_to(line: &str, max: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for b in line.bytes() {
        let space = b == b' ' || b == b'\t';
        if !space && !in_word {
            n += 1;
            if n > max {
                break;
            }
        }
        in_word = !space;
    }
    n
}

/// A line's "label:" lead-in (see [`label_colon`]).
type Lead<'a> = (&'a str, usize);

/// The rest of `s` after `prefix` and a space (or the end), comparing ASCII letters in
/// either case.
fn after_words<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let rest = &s[prefix.len()..];
    (rest.is_empty() || rest.starts_with(' ')).then(|| rest.trim_start())
}

/// The lead-in of a "label: rest" line: the label's text (trimmed) and the offset just
/// after its colon. The colon is the first one followed by a space (so not the one in
/// "10:45") within the line's first 80 bytes, and some text follows it.
fn label_colon(line: &str) -> Option<Lead<'_>> {
    let b = line.as_bytes();
    let colon = (0..b.len().min(80)).find(|&i| b[i] == b':' && b.get(i + 1) == Some(&b' '))?;
    let rest = line[colon + 1..].trim();
    (!rest.is_empty() && colon > 0).then(|| (line[..colon].trim(), colon + 1))
}

/// Is `label` (any case) one of `list` (lower case)?
fn is_one_of(label: &str, list: &[&str]) -> bool {
    label.len() <= 40 && list.contains(&label.to_lowercase().as_str())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The offset of the first non-space character at or after `at`.
fn skip_space(line: &str, at: usize) -> usize {
    at + (line[at..].len() - line[at..].trim_start().len())
}

/// "Topics: Mozambique, Cyclones, Humanitarian aid": the caption and each topic. Topics are
/// separated by commas, bars, bullets or semicolons, and each is a few words.
fn tags(line: &str, (label, after): Lead) -> Option<Found> {
    if !is_one_of(label, TAG_CAPTIONS) {
        return None;
    }
    let mut items = Vec::new();
    let mut start = after;
    let ends = line[after..]
        .char_indices()
        .filter(|&(_, c)| matches!(c, ',' | '|' | '·' | '•' | ';'))
        .map(|(i, c)| (after + i, c.len_utf8()))
        .chain(std::iter::once((line.len(), 0)));
    for (end, sep) in ends {
        let piece = line[start..end].trim().trim_end_matches('.').trim_end();
        if !piece.is_empty() {
            if word_count(piece) > 6 || piece.len() > 60 {
                return None;
            }
            let s = skip_space(line, start);
            items.push((s, s + piece.len()));
        }
        start = end + sep;
    }
    (!items.is_empty()).then_some(Found { kind: BlockKind::Tags, label: Some((0, after)), items })
}

/// "Related: <headline>" on one line: an aside whose one item is the headline.
fn related(line: &str, (label, after): Lead) -> Option<Found> {
    if !is_one_of(label, ASIDE_CAPTIONS) || word_count(&line[after..]) > 30 {
        return None;
    }
    let item = skip_space(line, after);
    Some(Found { kind: BlockKind::Aside, label: Some((0, after)), items: vec![(item, line.len())] })
}

/// A note whose lead-in says it is one: "Correction:", "Editor’s note:" (a date may come
/// before the colon: "Correction, 3 March 2025:").
fn note_label((label, after): Lead) -> Option<Found> {
    let lower = label.to_lowercase();
    let noted = NOTE_LABELS.iter().any(|l| {
        lower.strip_prefix(l).is_some_and(|q| {
            // Nothing more, or a date or time: "Correction, 3 March 2025", "Update (10:45)".
            q.is_empty() || (q.starts_with([',', ' ', '(']) && word_count(q) <= 6)
        })
    });
    noted.then_some(Found { kind: BlockKind::Note, label: Some((0, after)), items: Vec::new() })
}

/// Is `line` a sentence about the article itself ("This article was updated on …", "An
/// earlier version of this story …")?
fn is_about_article(line: &str) -> bool {
    // Only lines opening with "this", "an" or "a" are lowercased for a closer look.
    let first = line.split(' ').next().unwrap_or("");
    if !["this", "an", "a"].iter().any(|w| first.eq_ignore_ascii_case(w)) {
        return false;
    }
    let lower: String = line.chars().take(60).collect::<String>().to_lowercase();
    let mut words = lower.split_whitespace();
    match (words.next(), words.next()) {
        (Some("this"), Some(subject)) => {
            NOTE_SUBJECTS.contains(&subject) && {
                // "This article was updated", "this story has been amended", "this piece first
                // appeared": a verb of what happened to it within the next three words.
                words.take(3).any(|w| NOTE_VERBS.iter().any(|v| w.starts_with(v)))
            }
        }
        (Some("an" | "a"), Some("earlier" | "previous")) => {
            words.next() == Some("version") && words.next() == Some("of")
        }
        _ => false,
    }
}

/// A caption or a credit: a line that is only a credit ("Photo: Agency", "(Photo by Jane
/// Doe/Agency)"), a "Pictured: …" line, or a caption with its credit at the end ("… on
/// Tuesday. Photo: Jane Doe/Agency"). The credit becomes the block's item.
fn caption(line: &str, n: usize, lead: Option<Lead>) -> Option<Found> {
    let found = |items: Vec<Range>| Some(Found { kind: BlockKind::Caption, label: None, items });
    if n <= 14 && is_credit(line.trim_start_matches(['(', '['])) {
        return found(vec![(0, line.len())]);
    }
    if let Some(start) = credit_at_end(line) {
        return found(vec![(start, line.len())]);
    }
    if lead.is_some_and(|(label, _)| is_one_of(label, CAPTION_LABELS)) {
        return found(Vec::new());
    }
    None
}

/// Does `s` open with a credit: "Photo: …" (a credit label, capitalized, and a colon) or
/// "Photo by …", "Courtesy of …", with a few words after it?
fn is_credit(s: &str) -> bool {
    if !starts_upper(s) {
        return false;
    }
    if let Some((label, after)) = label_colon(s) {
        if is_one_of(label, CREDIT_LABELS) {
            return word_count(&s[after..]) <= 12;
        }
    }
    CREDIT_OPENINGS.iter().any(|o| after_words(s, o).is_some_and(starts_upper))
}

/// Where a credit at the end of a caption line starts: a bracketed credit ("(Photo: Jane
/// Doe/Agency)") or a credit label after a space ("… on Tuesday. Photo: Jane Doe/Agency").
/// The credit is a few words and names someone (a capitalized word).
fn credit_at_end(line: &str) -> Option<usize> {
    // A credit and its label fit in the line's last 200 bytes; only they are searched.
    let from = line.ceil_char_boundary(line.len().saturating_sub(200));
    let trimmed = line.trim_end_matches('.');
    if trimmed.ends_with([')', ']']) {
        let open = from + trimmed[from.min(trimmed.len())..].rfind(['(', '['])?;
        let inside = &trimmed[open + 1..trimmed.len() - 1];
        if open > 0 && line[..open].ends_with(' ') && is_credit(inside) {
            return Some(open);
        }
    }
    let colon = from + line[from..].rfind(':')?;
    if !line[colon + 1..].starts_with(' ') {
        return None;
    }
    let credit = line[colon + 1..].trim();
    let names_someone = credit.split_whitespace().any(starts_upper);
    if !names_someone || word_count(credit) > 12 {
        return None;
    }
    // The label is the one or two words before the colon, capitalized, after a space.
    let before = &line[..colon];
    let last = before.rfind(' ')? + 1;
    let second = before[..last - 1].rfind(' ').map(|i| i + 1);
    [Some(last), second].into_iter().flatten().find(|&s| {
        let label = &before[s..];
        s > 0 && starts_upper(label) && is_one_of(label, CREDIT_LABELS)
    })
}

/// "Reporting by …; Editing by …" (also in brackets).
fn is_credits(line: &str) -> bool {
    let s = line.trim_start_matches('(');
    CREDITS_OPENINGS.iter().any(|o| after_words(s, o).is_some_and(starts_upper))
}

/// Is `line` the attribution of a pull quote: a dash and a name ("— Jane Doe, emergency
/// coordinator, Agency") right under a line that is a quotation?
fn is_attribution(line: &str, prev: Option<&str>) -> bool {
    let Some(rest) = ["—", "–", "―", "--"].iter().find_map(|d| line.strip_prefix(d)) else {
        return false;
    };
    let quoted = prev.is_some_and(|p| {
        let p = p.trim_end_matches(['.', ',']);
        p.starts_with(['“', '"', '‘', '«']) || p.ends_with(['”', '"', '’', '»'])
    });
    quoted && starts_upper(rest.trim_start())
}

/// A byline or publication line, as found just under the title: "By Jane Doe and John Roe,
/// Agency", "Jane Doe, Science correspondent", "Published 3 March 2025", "Sunday 23 March
/// 2025, 07:00 GMT", "5 min read", or a dateline alone on its line ("LONDON 1996-08-30").
fn is_head_byline(line: &str) -> bool {
    is_by_line(line) || is_author_line(line) || is_publication_line(line) || {
        let toks = tokenize::tokens(line, Span::new(0, line.len()));
        is_dateline_line(line, &toks)
    }
}

/// "By Jane Doe", "By Jane Doe and John Roe, Agency", "Written by …": names after "by",
/// mostly capitalized, and no closing full stop ("By the end of the year" is no byline).
fn is_by_line(line: &str) -> bool {
    let Some(rest) = BYLINE_OPENINGS.iter().find_map(|o| after_words(line, o)) else {
        return false;
    };
    let words: Vec<&str> =
        rest.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect();
    let caps = words.iter().filter(|w| starts_upper(w)).count();
    starts_upper(rest) && caps * 2 >= words.len() && !line.ends_with(['.', '!', '?', ';', ':'])
}

/// Name particles that stay lowercase inside a name ("de la Fuente", "ap Gwilym").
const PARTICLES: &[&str] = &[
    "de", "la", "del", "da", "do", "dos", "das", "di", "du", "le", "van", "von", "der", "den",
    "ter", "al", "el", "bin", "ibn", "ap", "y",
];

/// "Jane Doe, Science correspondent", "Jane Doe | Staff writer": a name, then a role that
/// names a writing job.
fn is_author_line(line: &str) -> bool {
    if word_count(line) > 12 || line.ends_with(['.', '!', '?']) {
        return false;
    }
    let Some(cut) = line.find([',', '|']).or_else(|| line.find(" - ")).or_else(|| line.find(" — "))
    else {
        return false;
    };
    let name: Vec<&str> = line[..cut].split_whitespace().collect();
    let is_name = (2..=5).contains(&name.len())
        && starts_upper(name[0])
        && name.iter().all(|w| starts_upper(w) || PARTICLES.contains(w));
    is_name
        && line[cut..]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| BYLINE_ROLES.contains(&w.to_lowercase().as_str()))
}

/// "Published 27 February 2025", "Updated: Saturday 14 June 2025", "Property | 9 September
/// 2025 | 5 min read", "Sunday 23 March 2025, 07:00 GMT".
fn is_publication_line(line: &str) -> bool {
    // A line ending in a colon opens what follows ("Results on Saturday:").
    if word_count(line) > 16 || line.ends_with(':') {
        return false;
    }
    let lower = line.to_lowercase();
    if ["min read", "mins read", "minute read"].iter().any(|r| lower.contains(r)) {
        return true;
    }
    let toks = tokenize::tokens(line, Span::new(0, line.len()));
    // A month or weekday, or a year ("1996-08-30").
    let dated = toks.iter().any(|t| {
        let w = t.of(line);
        is_date_word(w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    });
    let opens = PUBLICATION_OPENINGS
        .iter()
        .any(|o| lower.strip_prefix(o).is_some_and(|r| r.is_empty() || r.starts_with([' ', ':'])));
    dated
        && (opens
            || toks.iter().all(|t| {
                let w = t.of(line);
                is_date_word(w)
                    || w.chars().all(|c| c.is_ascii_digit())
                    || matches!(w, "," | ":" | "|" | "-" | "–" | "—" | "·" | "/" | "." | "(" | ")")
                    || TIME_WORDS.contains(&w.to_lowercase().as_str())
            }))
}

/// A month or weekday name ("March", "Sept", "Sunday").
fn is_date_word(w: &str) -> bool {
    MONTHS.contains(w)
        || WEEKDAYS.contains(w)
        || (starts_upper(w) && MONTH_ABBREVIATIONS.contains(&w.to_lowercase()))
}

/// A word in capitals ("BEIRA", "SÃO", "D.C."): letters all uppercase, maybe with dots,
/// hyphens or apostrophes.
fn is_caps_word(w: &str) -> bool {
    starts_upper(w) && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// The dateline at the start of `toks` (tokens of `text`): a place in capitals ("BEIRA",
/// "PANAMA CITY"), then maybe a region or a date after a comma (", Mozambique", ", March
/// 3"), a date ("1996-08-30"), an agency in brackets ("(AP)"), then maybe a dash.
fn dateline_prefix(text: &str, toks: &[Span]) -> Option<Dateline> {
    let w = |i: usize| toks.get(i).map_or("", |t| t.of(text));
    let glued = |i: usize| i > 0 && i < toks.len() && toks[i].start == toks[i - 1].end;
    let is_number = |s: &str| s.bytes().next().is_some_and(|b| b.is_ascii_digit());
    // The place.
    let mut i = 0;
    let mut letters = 0;
    while i < toks.len().min(8) {
        let t = w(i);
        if is_caps_word(t) {
            letters += t.chars().filter(|c| c.is_alphabetic()).count();
        } else if !(i > 0 && matches!(t, "." | "-" | "'" | "’") && glued(i)) {
            break;
        }
        i += 1;
    }
    if letters < 3 || w(0).chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    // Its region, date and agency, in any order.
    let mut more = false;
    for _ in 0..4 {
        let part_word = |s: &str| starts_upper(s) || is_number(s) || s == "&";
        let date_word = |s: &str| is_number(s) || is_date_word(s);
        let start = i;
        if w(i) == "," && part_word(w(i + 1)) {
            i += 1;
            while i < toks.len() && i - start <= 10 {
                let t = w(i);
                // An abbreviation keeps its full stop, written apart in tokenized newswire
                // ("Mich ." for "Mich.").
                let abbreviation = t == "." && w(i - 1).len() <= 5 && starts_upper(w(i - 1));
                // "March 3, 2025": a comma before a number stays in the date.
                let year = t == "," && is_number(w(i + 1));
                let joined = matches!(t, "." | "-" | "/") && glued(i);
                if part_word(t) || joined || abbreviation || year {
                    i += 1;
                } else {
                    break;
                }
            }
        } else if date_word(w(i)) {
            while i < toks.len() && i - start <= 8 {
                let t = w(i);
                let year = t == "," && is_number(w(i + 1));
                if date_word(t) || (matches!(t, "-" | "/" | ".") && glued(i)) || year {
                    i += 1;
                } else {
                    break;
                }
            }
        } else if w(i) == "(" {
            let close = (i + 1..toks.len().min(i + 8)).find(|&k| w(k) == ")")?;
            // "(AP)", "(Reuters)", "(dpa)": a name of a few words.
            let agency = (i + 1..close).all(|k| {
                let t = w(k);
                t.chars().next().is_some_and(char::is_alphanumeric)
                    || matches!(t, "&" | "-" | "." | "/")
            });
            if close == i + 1 || !agency {
                break;
            }
            i = close + 1;
        } else {
            break;
        }
        more = true;
    }
    let dash = matches!(w(i), "—" | "–" | "―" | "-").then_some(i);
    if dash.is_some() {
        i += 1;
        if w(i) == "-" && glued(i) {
            i += 1; // "--"
        }
    }
    Some(Dateline { len: i, dash, more })
}

/// What [`dateline_prefix`] found.
struct Dateline {
    /// How many tokens it takes.
    len: usize,
    /// The index of its closing dash, if it has one.
    dash: Option<usize>,
    /// Whether more than the place was there (a region, a date, an agency).
    more: bool,
}

/// How many tokens the dateline that opens a paragraph takes ("BEIRA, Mozambique (AP) —"
/// before "Relief agencies …"): it ends with a dash with spaces around it, and a new
/// sentence starts after it. After a place alone the dash is a long one ("SEOUL —"): a
/// hyphen there more often ends a label ("BORROWER - …") than a place.
pub(super) fn dateline(text: &str, toks: &[Span]) -> Option<usize> {
    let Dateline { len: n, dash, more } = dateline_prefix(text, toks)?;
    let dash = dash.filter(|&d| more || toks[d].of(text) != "-");
    let spaced = |i: usize| i > 0 && toks.get(i).is_some_and(|t| t.start > toks[i - 1].end);
    let opens = toks.get(n).is_some_and(|t| {
        t.of(text).chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')
        })
    });
    (dash.is_some_and(spaced) && spaced(n) && opens).then_some(n)
}

/// Is `line` (with its tokens) a dateline and nothing else ("LONDON 1996-08-30", "BEIRA,
/// Mozambique (AP) —")? A word in capitals alone is not one.
fn is_dateline_line(line: &str, toks: &[Span]) -> bool {
    dateline_prefix(line, toks).is_some_and(|d| d.len == toks.len() && (d.dash.is_some() || d.more))
}

/// Is `line` a name alone ("Jane Doe", "Jean-Luc de la Tour"): two to four capitalized
/// words (name particles aside), nothing else? Above a byline, such a line is its author.
pub(super) fn is_name_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && starts_upper(words[0])
        && words.iter().all(|w| {
            (starts_upper(w) || PARTICLES.contains(w))
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// The places a dateline names, when `toks` (tokens of `text`) are a dateline and nothing
/// else ("BEIRA, Mozambique (AP) —" split off its paragraph, "LONDON 1996-08-30"): its
/// leading words in capitals ("BEIRA", "SÃO PAULO") and the region after a comma
/// ("Mozambique", "Va."), if one is there before a date or the agency.
pub(crate) fn dateline_places(text: &str, toks: &[Span]) -> Vec<Span> {
    if !is_dateline_line(text, toks) {
        return Vec::new();
    }
    let w = |i: usize| toks.get(i).map_or("", |t| t.of(text));
    let glued = |i: usize| i > 0 && i < toks.len() && toks[i].start == toks[i - 1].end;
    // The place: words in capitals, and parts joined to them ("ST. LOUIS", "AL-AIN").
    let mut end = 0;
    while end < toks.len() {
        if is_caps_word(w(end)) {
            end += 1;
        } else if end > 0
            && matches!(w(end), "." | "-" | "'" | "’")
            && glued(end)
            && is_caps_word(w(end + 1))
        {
            end += 2;
        } else {
            break;
        }
    }
    if end == 0 {
        return Vec::new();
    }
    let mut out = vec![Span::new(toks[0].start, toks[end - 1].end)];
    // The region: capitalized words after the comma that are no date ("Mozambique", not
    // "March 3").
    if w(end) == "," {
        let first = end + 1;
        let mut last = first;
        while last < toks.len() && starts_upper(w(last)) && !is_date_word(w(last)) {
            last += 1;
            // An abbreviation keeps its full stop ("Va.").
            if w(last) == "." && glued(last) && w(last - 1).len() <= 5 {
                last += 1;
            }
        }
        if last > first {
            out.push(Span::new(toks[first].start, toks[last - 1].end));
        }
    }
    out
}
