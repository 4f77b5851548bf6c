//! Feature extraction for the name tagger, shared by training and recognition.
//!
//! Every feature is a string template hashed to a `u32`, so the model never stores feature
//! strings: the same code must produce the same hashes when training natively and when
//! recognizing in the browser, which is why the hash is a fixed FNV-1a and not the standard
//! library's randomized hasher. Besides the textbook token features (word, affixes, shape,
//! context), two document-level cues matter a lot for news text: whether a capitalized word
//! also appears in lowercase elsewhere in the article (then it is probably an ordinary word
//! that starts a sentence or sits in a title-case headline), and whether it appears
//! capitalized in the middle of a body sentence (then it is probably a name). A gazetteer
//! built from the training annotations marks token runs that were names of a given type.
//!
//! Here: the token forms (lowercase form, shapes), the templates, and the feature-set
//! fingerprint a model file records ([`feature_set`]); `context.rs`: the article-wide cues
//! ([`DocContext`]); `gazetteer.rs`: the [`Gazetteer`]. The hash is in [`super::hash`].

mod context;
mod gazetteer;

pub use context::{effective_block, DocContext};
use context::{NEXT, NEXT_SHAPE, PREV, PREV_SHAPE};
pub use gazetteer::{name_key, word_key, Gazetteer, GAZ_KEY_BITS, GAZ_MAX_TOKENS};

use super::hash::Fnv;
use super::types::{BlockKind, Span};
use super::Sentence;
use std::sync::OnceLock;

/// Number of name types the tagger knows (PERSON, ORG, GPE, LOC, FAC, NORP, PRODUCT, EVENT).
pub const N_TYPES: usize = 8;

/// The normalized lowercase form: apostrophes unified and digits mapped to 0, so "’s" and
/// "'s" or "2023" and "2024" share features.
pub fn lower_form(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    push_lower_form(w, &mut out);
    out
}

/// Appends the normalized lowercase form of `w` to `out`, so callers that only look a form
/// up can reuse one buffer instead of allocating a string per token. This is not
/// [`super::text::push_lower`]: the model's features hash this normalized form, so it maps
/// digits and apostrophes too, and must never change without retraining.
pub fn push_lower_form(w: &str, out: &mut String) {
    // Most words are ASCII, where lowercasing is a byte map: the same result without the
    // per-character Unicode case tables.
    if w.is_ascii() {
        for b in w.bytes() {
            out.push(match b {
                b'`' => '\'',
                b'0'..=b'9' => '0',
                b => char::from(b.to_ascii_lowercase()),
            });
        }
        return;
    }
    out.extend(w.chars().flat_map(char::to_lowercase).map(|c| match c {
        '’' | 'ʼ' | '`' => '\'',
        '0'..='9' => '0',
        c => c,
    }));
}

/// The shape class of one character: upper "X", lower "x", digit "d", other letter "a",
/// anything else itself.
#[inline(always)]
fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

/// Appends the short shape of `w` to `out`: its shape ("Xxxxx", "XX", "d.d") with runs of one
/// shape character cut to two, so "Microsoft" and "Novartis" share "Xxx" (the long shape,
/// [`TokenInfo::shape`], keeps up to eight characters instead).
fn push_short_shape(w: &str, out: &mut String) {
    let mut last = '\0';
    let mut run = 0;
    for c in w.chars() {
        let s = shape_char(c);
        if s == last {
            run += 1;
        } else {
            run = 1;
            last = s;
        }
        if run <= 2 {
            out.push(s);
        }
    }
}

/// What a token looks like, computed once per token.
pub struct TokenInfo {
    /// The lowercase form, the shape of the first eight characters and the short shape,
    /// one after the other in one string (one allocation per word instead of three).
    forms: String,
    lower_end: usize,
    shape_end: usize,
    pub cap: bool,
    pub all_caps: bool,
    pub has_digit: bool,
    /// Whether the training text often writes this word in lowercase (set by the caller
    /// from the model's word list): a capitalized common word is usually not a name.
    pub common: bool,
    /// The hash states of the pair templates that start with this word (see [`Prefixes`]).
    pub pre: Prefixes,
}

/// The FNV states after the template byte and this word's first part, for each two- or
/// three-part context template that starts with the word (numbered as in
/// [`context_features`]). A token's pair features then hash only their other parts: the
/// same hashes, with the first part hashed once per word instead of once per token.
#[derive(Clone, Copy)]
pub struct Prefixes {
    p23: Fnv,
    p24: Fnv,
    p25: Fnv,
    p26: Fnv,
    p27: Fnv,
    p28: Fnv,
    p29: Fnv,
}

impl Prefixes {
    fn of(lower: &str, short: &str) -> Prefixes {
        let [p23, p24, p25, p28, p29] = Fnv::many([23, 24, 25, 28, 29], lower);
        let [p26, p27] = Fnv::many([26, 27], short);
        Prefixes { p23, p24, p25, p26, p27, p28, p29 }
    }
}

impl TokenInfo {
    pub fn new(w: &str) -> TokenInfo {
        let mut forms = String::with_capacity(3 * w.len() + 8);
        push_lower_form(w, &mut forms);
        let lower_end = forms.len();
        forms.extend(w.chars().take(8).map(shape_char));
        let shape_end = forms.len();
        push_short_shape(w, &mut forms);
        // The letters, whether one is not a capital, and digits, in one pass.
        let (mut letters, mut uncapped, mut has_digit) = (0, false, false);
        for c in w.chars() {
            if c.is_alphabetic() {
                letters += 1;
                uncapped |= !c.is_uppercase();
            }
            has_digit |= c.is_ascii_digit();
        }
        TokenInfo {
            pre: Prefixes::of(&forms[..lower_end], &forms[shape_end..]),
            cap: w.chars().next().is_some_and(char::is_uppercase),
            all_caps: letters >= 2 && !uncapped,
            has_digit,
            common: false,
            forms,
            lower_end,
            shape_end,
        }
    }
    /// The normalized lowercase form (see [`lower_form`]).
    pub fn lower(&self) -> &str {
        &self.forms[..self.lower_end]
    }
    /// The shape of the first eight characters ("Xxxxx", "dddd").
    pub fn shape(&self) -> &str {
        &self.forms[self.lower_end..self.shape_end]
    }
    /// The shape with runs cut to two characters ("Xxx").
    pub fn short(&self) -> &str {
        &self.forms[self.shape_end..]
    }
}

/// The block kind as a feature: title, heading, body text or list line. The furniture kinds
/// share the code of the text they read like (see [`effective_block`], which maps them
/// before this is asked): captions, bylines and notes are written as sentences about names
/// ("Photo: Jane Doe/Agency", "By Jane Doe, Agency"), so body text; topic lists are short
/// list lines, like contents entries and related links.
fn block_code(b: BlockKind) -> u8 {
    match b {
        BlockKind::Title => b'T',
        BlockKind::Heading => b'H',
        BlockKind::Paragraph | BlockKind::Caption | BlockKind::Byline | BlockKind::Note => b'P',
        BlockKind::Contents | BlockKind::Aside | BlockKind::Tags => b'L',
    }
}

#[inline(always)]
fn hash(tpl: u8, parts: &[&str]) -> u32 {
    let mut h = Fnv::new(tpl);
    for p in parts {
        h.str(p);
    }
    h.finish()
}

/// Features that depend only on the word and the article, not on its position: recognition
/// computes them once per distinct word of an article, which is most of the work saved.
pub fn word_features(w: &str, info: &TokenInfo, ctx: &DocContext, f: &mut Vec<u32>) {
    f.push(hash(0, &[]));
    f.push(hash(1, &[w]));
    f.push(hash(2, &[info.lower()]));
    f.push(hash(3, &[info.shape()]));
    f.push(hash(4, &[info.short()]));
    // Affixes are slices of the lowercase form at character boundaries: no allocation.
    let lw = info.lower();
    // In an ASCII word every byte is a character boundary, so the boundary list is only
    // built (and allocated) for the other words.
    let ascii = lw.is_ascii();
    let bounds: Vec<usize> = if ascii {
        Vec::new()
    } else {
        lw.char_indices().map(|(b, _)| b).chain(std::iter::once(lw.len())).collect()
    };
    let nch = if ascii { lw.len() } else { bounds.len() - 1 };
    let at = |k: usize| if ascii { k } else { bounds[k] };
    for k in 1..=4.min(nch) {
        f.push(hash(4 + k as u8, &[&lw[..at(k)]]));
        f.push(hash(8 + k as u8, &[&lw[at(nch - k)..]]));
    }
    if info.cap {
        let cue = ctx.case_cue(info.lower());
        f.push(hash(15, &[cue, info.short()]));
        f.push(hash(16, &[cue, info.lower()]));
        if let Some(a) = ctx.around(info.lower()) {
            for p in a.list(PREV) {
                f.push(hash(34, &[p]));
            }
            for q in a.list(NEXT) {
                f.push(hash(35, &[q]));
            }
            for p in a.list(PREV_SHAPE) {
                f.push(hash(38, &[p]));
            }
            for q in a.list(NEXT_SHAPE) {
                f.push(hash(39, &[q]));
            }
        }
    }
}

/// Does a capital after this token say nothing about a name, as at a sentence's start (an
/// opening quote or bracket, a colon, a dash)?
pub fn opens_clause(prev: &str) -> bool {
    matches!(prev, "\"" | "“" | ":" | "(" | "‘" | "'" | "-" | "—" | "–")
}

/// The relative positions whose word alone makes a feature (see [`neighbour_features`]).
pub const NEIGHBOURS: [isize; 4] = [-1, 1, -2, 2];

/// The features token `i` gets from the word at `i + d` alone. They depend only on that word,
/// so recognition scores them once per distinct word and position instead of per token.
/// Outside the sentence the word is "<s>" (before) or "</s>" (after), with the same shape.
pub fn neighbour_features(lower: &str, short: &str, d: isize, f: &mut Vec<u32>) {
    match d {
        -1 => {
            f.push(hash(17, &[lower]));
            f.push(hash(21, &[short]));
        }
        1 => {
            f.push(hash(18, &[lower]));
            f.push(hash(22, &[short]));
        }
        -2 => f.push(hash(19, &[lower])),
        2 => f.push(hash(20, &[lower])),
        _ => {}
    }
}

/// Features of token `i` that depend on its neighbours, block and gazetteer marks; the
/// single-neighbour-word features only when `neighbours` is set (recognition adds them from
/// its per-word cache instead).
pub fn context_features(
    infos: &[&TokenInfo],
    marks: &[u16],
    block: BlockKind,
    ctx: &DocContext,
    i: usize,
    neighbours: bool,
    f: &mut Vec<u32>,
) {
    let block = block_code(block);
    let n = infos.len();
    let info = infos[i];
    let ii = i as isize;
    // A form of the token at `k`, or the sentence-edge markers past either end.
    let form_at = |k: isize, form: fn(&TokenInfo) -> &str| -> &str {
        if k < 0 {
            "<s>"
        } else if k as usize >= n {
            "</s>"
        } else {
            form(infos[k as usize])
        }
    };
    let lower_at = |k: isize| form_at(k, TokenInfo::lower);
    let short_at = |k: isize| form_at(k, TokenInfo::short);
    let initial = i == 0 || opens_clause(lower_at(ii - 1));
    let flags = [
        if info.cap { b'C' } else { b'c' },
        if info.all_caps { b'A' } else { b'a' },
        if initial { b'I' } else { b'i' },
        if info.has_digit { b'D' } else { b'd' },
        block,
    ];
    f.push(Fnv::new(13).bytes(&flags).finish());
    if info.cap {
        f.push(Fnv::new(14).str(ctx.case_cue(info.lower())).bytes(&flags).finish());
        if info.common {
            f.push(Fnv::new(36).bytes(&flags).finish());
            f.push(Fnv::new(37).str(ctx.case_cue(info.lower())).bytes(&flags).finish());
        }
    }
    if neighbours {
        for d in NEIGHBOURS {
            let k = ii + d;
            neighbour_features(lower_at(k), short_at(k), d, f);
        }
    }
    // The pair templates continue from the first word's stored state (see [`Prefixes`]);
    // outside the sentence that word is "<s>" or "</s>" in both its forms, hashed here.
    let pre_at = |tpl: u8, k: isize, of: fn(&Prefixes) -> Fnv| -> Fnv {
        if k < 0 {
            *Fnv::new(tpl).str("<s>")
        } else if k as usize >= n {
            *Fnv::new(tpl).str("</s>")
        } else {
            of(&infos[k as usize].pre)
        }
    };
    f.push(pre_at(23, ii - 1, |p| p.p23).str(info.lower()).finish());
    let (mut p24, mut p26) = (info.pre.p24, info.pre.p26);
    f.push(p24.str(lower_at(ii + 1)).finish());
    f.push(pre_at(25, ii - 1, |p| p.p25).str(info.short()).finish());
    f.push(p26.str(lower_at(ii + 1)).finish());
    f.push(pre_at(27, ii - 1, |p| p.p27).str(info.short()).str(short_at(ii + 1)).finish());
    f.push(pre_at(28, ii - 2, |p| p.p28).str(lower_at(ii - 1)).finish());
    f.push(pre_at(29, ii + 1, |p| p.p29).str(lower_at(ii + 2)).finish());
    f.push(Fnv::new(30).bytes(&[block]).str(info.short()).finish());
    let m = marks.get(i).copied().unwrap_or(0);
    if m != 0 {
        for t in 0..N_TYPES {
            for inside in 0..2 {
                if m & (1 << (2 * t + inside)) != 0 {
                    let code = [b'0' + t as u8, b'0' + inside as u8];
                    f.push(Fnv::new(31).bytes(&code).finish());
                    f.push(Fnv::new(32).bytes(&code).str(info.short()).finish());
                }
            }
        }
    } else {
        f.push(hash(31, &["none"]));
    }
    // The neighbours' gazetteer marks help extend names ("Pantera" + known "Capital").
    let nm = |k: isize| -> u16 {
        if k < 0 || k as usize >= n {
            0
        } else {
            marks.get(k as usize).copied().unwrap_or(0)
        }
    };
    let (p, q) = (nm(ii - 1), nm(ii + 1));
    let code = [
        if p != 0 { b'P' } else { b'p' },
        if q != 0 { b'N' } else { b'n' },
        if m != 0 { b'M' } else { b'm' },
    ];
    f.push(Fnv::new(33).bytes(&code).str(info.short()).finish());
}

/// Appends the feature hashes of every token of one sentence to `out` (one `Vec` per token),
/// as training needs them.
pub fn sentence_features(
    text: &str,
    sentence: &Sentence,
    ctx: &DocContext,
    gaz: &Gazetteer,
    out: &mut Vec<Vec<u32>>,
) {
    let owned: Vec<TokenInfo> = sentence
        .tokens
        .iter()
        .map(|t| {
            let mut info = TokenInfo::new(t.of(text));
            info.common = info.cap && gaz.common.contains(&word_key(info.lower()));
            info
        })
        .collect();
    let infos: Vec<&TokenInfo> = owned.iter().collect();
    let marks = gaz.marks(&infos);
    for i in 0..infos.len() {
        let mut f = Vec::with_capacity(56);
        word_features(sentence.tokens[i].of(text), infos[i], ctx, &mut f);
        context_features(&infos, &marks, effective_block(text, sentence), ctx, i, true, &mut f);
        out.push(f);
    }
}

/// The lines of the probe text behind [`feature_set`], with their block kinds, tokens
/// separated by spaces. Between them they exercise every template: words with and without
/// capitals, digits and non-ASCII letters; a word also written in lower case and one
/// capitalized mid-sentence (the article-wide cues); a word from the common-word list;
/// gazetteer names; every block kind (so the fingerprint changes when a kind's reading
/// does); sentence edges.
const PROBE: &[(BlockKind, &str)] = &[
    (BlockKind::Title, "Acme Wins Big Deal In Paris"),
    (BlockKind::Heading, "the Quiet Deal of 2024"),
    (
        BlockKind::Paragraph,
        "Zoë Müller , CEO of ACME Corp. , said on 12 May 2024 that acme ’s X-2 robot ( “ Otso ” ) will ship .",
    ),
    (BlockKind::Paragraph, "Later , Müller told Reuters : Acme grew 5 % in Paris and Deal rose ."),
    (BlockKind::Contents, "Acme News"),
    (BlockKind::Caption, "Photo : Zoë Müller / Acme"),
    (BlockKind::Byline, "By Zoë Müller , Acme"),
    (BlockKind::Tags, "Paris"),
    (BlockKind::Note, "Correction : Acme grew 5 % ."),
];

/// The probe text as sentences (tokens as `PROBE` separates them), with its gazetteer (a
/// person, a place and an organization) and common-word list ("later").
fn probe() -> (String, Vec<Sentence>, Gazetteer) {
    let mut text = String::new();
    let mut sentences = Vec::new();
    for &(block, line) in PROBE {
        let start = text.len();
        let mut tokens = Vec::new();
        for w in line.split(' ') {
            tokens.push(Span::new(text.len(), text.len() + w.len()));
            text.push_str(w);
            text.push(' ');
        }
        sentences.push(Sentence { span: Span::new(start, text.len() - 1), tokens, block });
        text.push('\n');
    }
    let mut gazetteer = Gazetteer::default();
    let names: [(&[&str], u8); 3] =
        [(&["zoë", "müller"], 1), (&["paris"], 1 << 2), (&["acme", "corp", "."], 1 << 1)];
    for (name, bits) in names {
        gazetteer.entries.insert(name_key(name.iter().copied()), bits);
    }
    gazetteer.common.insert(word_key("later"));
    (text, sentences, gazetteer)
}

/// The fingerprint of the features this build computes: the hash of every feature
/// [`sentence_features`] gives on a fixed probe text that exercises each template (see
/// `PROBE`). A model file records the fingerprint of the features it was trained with, and
/// loading refuses a model whose fingerprint differs: its weights would be read for the
/// wrong features. So any change to a template, a normalization or the hashing shows as a
/// load error ("retrain the model"), not as quietly worse tagging.
pub fn feature_set() -> u32 {
    static SET: OnceLock<u32> = OnceLock::new();
    *SET.get_or_init(|| {
        let (text, sentences, gazetteer) = probe();
        let ctx = DocContext::new(&text, &sentences);
        let mut h = Fnv::new(b'F');
        for s in &sentences {
            let mut feats = Vec::new();
            sentence_features(&text, s, &ctx, &gazetteer, &mut feats);
            for token in feats {
                for f in token {
                    f.to_le_bytes().iter().for_each(|&b| h.byte(b));
                }
                h.byte(0xff);
            }
        }
        h.finish()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probe_exercises_every_cue() {
        let (text, sentences, gazetteer) = probe();
        let ctx = DocContext::new(&text, &sentences);
        // The article-wide case cues: a word also in lower case and capitalized mid-sentence,
        // one only capitalized mid-sentence, with the words around it.
        assert!(ctx.seen_lower("acme") && ctx.seen_cap_mid("acme"));
        assert!(ctx.seen_cap_mid("müller") && !ctx.seen_lower("müller"));
        assert!(ctx.around("müller").is_some_and(|a| a.list(PREV).count() >= 2));
        // Every block kind, read as title, heading, body text or list line.
        let kinds: std::collections::HashSet<u8> =
            sentences.iter().map(|s| block_code(effective_block(&text, s))).collect();
        assert_eq!(kinds.len(), 4, "title, heading, paragraph and list lines");
        let probed: Vec<BlockKind> = sentences.iter().map(|s| s.block).collect();
        for kind in [
            BlockKind::Title,
            BlockKind::Heading,
            BlockKind::Paragraph,
            BlockKind::Contents,
            BlockKind::Caption,
            BlockKind::Byline,
            BlockKind::Tags,
            BlockKind::Note,
        ] {
            assert!(probed.contains(&kind), "{kind:?} is in the probe");
        }
        // Gazetteer marks at the start of a name and inside one, and a common word.
        let body = &sentences[2];
        let owned: Vec<TokenInfo> =
            body.tokens.iter().map(|t| TokenInfo::new(t.of(&text))).collect();
        let infos: Vec<&TokenInfo> = owned.iter().collect();
        let marks = gazetteer.marks(&infos);
        assert!(marks.iter().any(|m| m & 0b01 != 0) && marks.iter().any(|m| m & 0b10 != 0));
        assert!(gazetteer.common.contains(&word_key(&lower_form("Later"))));
        // Digits, non-ASCII letters and all-capital words.
        let words: Vec<&str> =
            sentences.iter().flat_map(|s| s.tokens.iter().map(|t| t.of(&text))).collect();
        assert!(words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit())));
        assert!(words.iter().any(|w| !w.is_ascii()));
        assert!(words.iter().any(|w| TokenInfo::new(w).all_caps));
        // The fingerprint is computed once and stays the same.
        assert_eq!(feature_set(), feature_set());
    }
}
