//! Scoring and decoding: each token's tag scores from its features' weights, then the best
//! tag sequence of each sentence by Viterbi under the BIO constraint.
//!
//! Everything that depends on one word alone (its own features and what it adds to its
//! neighbours) is scored once per distinct word of an article and cached; only the features
//! that depend on a token's context are scored per token.

use super::{tag_b, Model, N_TAGS};
use crate::engine::features::{self, DocContext, TokenInfo, N_TYPES};
use crate::engine::types::BlockKind;
use crate::engine::Sentence;

/// What a known name opening a body sentence adds to its type's first tag (see
/// [`Model::capital_priors`]): cross-validated, 12 changed little, 20 to 35 the same.
const KNOWN_OPENER: f32 = 20.0;
/// What a capital inside a body sentence takes from "no name" (see [`Model::capital_priors`]):
/// cross-validated, 3 and 5 about the same, 10 added more wrong names on the corpora.
const MID_CAPITAL: f32 = 5.0;

/// Per-word scores cached while tagging one article.
struct Cached {
    info: TokenInfo,
    own: [i32; N_TAGS],
    /// What the word adds to a token when it stands at each of `features::NEIGHBOURS`.
    around: [[i32; N_TAGS]; 4],
}

impl Model {
    /// The weights of a bucket: its row, or the row of zeros after the last one for a bucket
    /// without weights, so that adding a row needs no branch of its own.
    #[inline(always)]
    fn row(&self, bucket: u32) -> &[i8; N_TAGS] {
        const ZERO: [i8; N_TAGS] = [0; N_TAGS];
        let r = self.index.row(bucket);
        self.rows.get(r * N_TAGS..(r + 1) * N_TAGS).and_then(|w| w.try_into().ok()).unwrap_or(&ZERO)
    }

    // Hot: the release profile optimizes for size and would otherwise call these.
    #[inline(always)]
    fn add_row(&self, acc: &mut [i32; N_TAGS], f: u32) {
        let mask = if self.bits >= 32 { u32::MAX } else { (1u32 << self.bits) - 1 };
        let row = self.row(f & mask);
        for k in 0..N_TAGS {
            acc[k] += i32::from(row[k]);
        }
    }

    /// The summed weights of a list of feature hashes.
    fn score_of(&self, f: &[u32]) -> [i32; N_TAGS] {
        let mut acc = [0i32; N_TAGS];
        for &x in f {
            self.add_row(&mut acc, x);
        }
        acc
    }

    /// Two cues of a capital in body text that the model weighs too lightly where an article
    /// names something once, applied to token `i`'s scores when the article never writes
    /// its word in lowercase:
    /// - a name the gazetteer knows opening a sentence ("Siemens declined to comment."): the
    ///   model reads a capitalized word before a lowercase one at a sentence's start as an
    ///   ordinary word. Where the gazetteer knows the word as exactly one of person,
    ///   organization or place (other types do not count: "Microsoft", an organization and a
    ///   product, counts as an organization; "Jordan", a person and a country, gets nothing),
    ///   that type's first tag gets [`KNOWN_OPENER`] more;
    /// - a capital inside a sentence ("The company relies on Quorvan to assemble its
    ///   phones"), not after an opening quote, bracket, colon or dash, makes "no name"
    ///   [`MID_CAPITAL`] less likely: the transitions into and out of a name outweighed the
    ///   word's own evidence.
    ///
    /// Cross-validated, the mentions these add are nearly all right (`model/README.md`).
    fn capital_priors(
        &self,
        infos: &[&TokenInfo],
        mark: u16,
        i: usize,
        ctx: &DocContext,
        scores: &mut [f32],
    ) {
        let info = infos[i];
        if !info.cap || ctx.seen_lower(info.lower()) {
            return;
        }
        if i == 0 {
            let main = mark & 0b10101;
            if main.is_power_of_two() {
                scores[tag_b(main.trailing_zeros() as usize / 2)] += KNOWN_OPENER;
            }
        } else if !features::opens_clause(infos[i - 1].lower()) {
            scores[0] -= MID_CAPITAL;
        }
    }

    /// The best tag sequence of each sentence (one tag per token).
    pub fn tag(&self, text: &str, sentences: &[Sentence], ctx: &DocContext) -> Vec<Vec<u8>> {
        // Everything that depends on one word alone is scored once per distinct word of the
        // article: its own features, and what it contributes as each neighbour position.
        // Each distinct word gets an index into `words` the first time it is seen, and every
        // token its word's index, so decoding reaches a token's scores without hashing again.
        // A news article of a few hundred tokens has about one distinct word per two tokens:
        // reserving that avoids regrowing the table while it fills. A long text has far
        // fewer distinct words than any fixed share of its tokens (a word's entry is about
        // 400 bytes, so a share of 1/8 reserved 85 MB for an 8 MB text of 60,000 distinct
        // words), so past a few thousand the table grows as it needs.
        let n_tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
        let distinct = (n_tokens * 2 / 3).min(4096);
        let mut index: crate::engine::hash::FastMap<&str, u32> =
            crate::engine::hash::FastMap::with_capacity_and_hasher(distinct, Default::default());
        let mut words: Vec<Cached> = Vec::with_capacity(distinct);
        let mut ids: Vec<u32> = Vec::with_capacity(n_tokens);
        let mut f = Vec::with_capacity(64);
        let mut edge = [[0i32; N_TAGS]; 4];
        for (slot, &d) in edge.iter_mut().zip(&features::NEIGHBOURS) {
            let w = if d < 0 { "<s>" } else { "</s>" };
            f.clear();
            features::neighbour_features(w, w, d, &mut f);
            *slot = self.score_of(&f);
        }
        for s in sentences {
            for t in &s.tokens {
                let w = t.of(text);
                let id = *index.entry(w).or_insert_with(|| {
                    let mut info = TokenInfo::new(w);
                    info.common = info.cap
                        && self.gazetteer.common.contains(&features::word_key(info.lower()));
                    f.clear();
                    features::word_features(w, &info, ctx, &mut f);
                    let own = self.score_of(&f);
                    let mut around = [[0i32; N_TAGS]; 4];
                    for (slot, &d) in around.iter_mut().zip(&features::NEIGHBOURS) {
                        f.clear();
                        features::neighbour_features(info.lower(), info.short(), d, &mut f);
                        *slot = self.score_of(&f);
                    }
                    words.push(Cached { info, own, around });
                    (words.len() - 1) as u32
                });
                ids.push(id);
            }
        }
        // The word table is complete before decoding starts, so the per-sentence buffers
        // below can borrow from it and be reused across sentences instead of allocated for
        // each one.
        let mut out = Vec::with_capacity(sentences.len());
        let mut entries: Vec<&Cached> = Vec::new();
        let mut infos: Vec<&TokenInfo> = Vec::new();
        let mut emit: Vec<[f32; N_TAGS]> = Vec::new();
        let mut at = 0;
        for s in sentences {
            let these = ids.get(at..at + s.tokens.len()).unwrap_or(&[]);
            at += s.tokens.len();
            entries.clear();
            entries.extend(these.iter().filter_map(|&k| words.get(k as usize)));
            infos.clear();
            infos.extend(entries.iter().map(|e| &e.info));
            let marks = self.gazetteer.marks(&infos);
            let block = features::effective_block(text, s);
            let n = entries.len();
            emit.clear();
            for i in 0..n {
                let mut acc = entries[i].own;
                for (k, &d) in features::NEIGHBOURS.iter().enumerate() {
                    let j = i as isize + d;
                    let add = if j < 0 || j as usize >= n {
                        &edge[k]
                    } else {
                        &entries[j as usize].around[k]
                    };
                    for t in 0..N_TAGS {
                        acc[t] += add[t];
                    }
                }
                f.clear();
                features::context_features(&infos, &marks, block, ctx, i, false, &mut f);
                for &x in &f {
                    self.add_row(&mut acc, x);
                }
                let mut scores = acc.map(|a| a as f32 * self.scale);
                if block == BlockKind::Paragraph {
                    self.capital_priors(&infos, marks[i], i, ctx, &mut scores);
                }
                emit.push(scores);
            }
            out.push(viterbi(&emit, &self.trans, None));
        }
        out
    }
}

/// Viterbi decoding under the BIO constraint. `allowed`, if given, restricts each token to a
/// bit set of tags (training uses it to find the best path that agrees with partial labels).
pub fn viterbi(emit: &[[f32; N_TAGS]], trans: &[f32], allowed: Option<&[u32]>) -> Vec<u8> {
    let n = emit.len();
    if n == 0 || trans.len() < (N_TAGS + 1) * N_TAGS {
        return vec![0; n];
    }
    const NEG: f32 = f32::NEG_INFINITY;
    // Transitions as fixed-size rows so the inner loops have no bounds checks.
    let mut tr = [[0f32; N_TAGS]; N_TAGS + 1];
    for (p, row) in tr.iter_mut().enumerate() {
        row.copy_from_slice(&trans[p * N_TAGS..(p + 1) * N_TAGS]);
    }
    // The tags any tag may precede (O and each B-x), and their transition columns gathered
    // into rows padded to a multiple of four, so that the search for their best
    // predecessors runs over all of them at once (the compiler turns the lane loop into
    // vector instructions). Padding lanes score -inf and are never read.
    const STARTS: [usize; 1 + N_TYPES] = {
        let mut s = [0; 1 + N_TYPES];
        let mut k = 1;
        while k <= N_TYPES {
            s[k] = tag_b(k - 1);
            k += 1;
        }
        s
    };
    const LANES: usize = (1 + N_TYPES).next_multiple_of(4);
    let mut tr_start = [[NEG; LANES]; N_TAGS];
    for (p, row) in tr_start.iter_mut().enumerate() {
        for (k, &t) in STARTS.iter().enumerate() {
            row[k] = tr[p][t];
        }
    }
    let mask_at = |i: usize| -> u32 { allowed.and_then(|a| a.get(i).copied()).unwrap_or(u32::MAX) };
    let mut back = vec![[0u8; N_TAGS]; n];
    let mut prev = [NEG; N_TAGS];
    let m0 = mask_at(0);
    for t in 0..N_TAGS {
        // A sentence cannot start inside a name.
        if (t == 0 || t % 2 == 1) && m0 & (1 << t) != 0 {
            prev[t] = emit[0][t] + tr[N_TAGS][t];
        }
    }
    for i in 1..n {
        let m = mask_at(i);
        let mut cur = [NEG; N_TAGS];
        let e = &emit[i];
        let bk = &mut back[i];
        // O and B-x may follow any tag: the best score over all predecessors, for all of
        // them at once (a lane-wise maximum).
        let mut best = [NEG; LANES];
        for (&from, row) in prev.iter().zip(&tr_start) {
            for k in 0..LANES {
                let s = from + row[k];
                best[k] = if s > best[k] { s } else { best[k] };
            }
        }
        for (k, &t) in STARTS.iter().enumerate() {
            if m & (1 << t) != 0 {
                cur[t] = best[k] + e[t];
                // The predecessor: the first that reaches the best score (the same sum,
                // computed the same way), as a scalar loop keeping the first best would pick;
                // the first tag when none is reachable.
                let arg = if best[k] > NEG {
                    (0..N_TAGS).find(|&p| prev[p] + tr_start[p][k] == best[k]).unwrap_or(0)
                } else {
                    0
                };
                bk[t] = arg as u8;
            }
        }
        // I-x continues only B-x or I-x.
        for t in (2..N_TAGS).step_by(2) {
            if m & (1 << t) == 0 {
                continue;
            }
            let (a, b) = (prev[t - 1] + tr[t - 1][t], prev[t] + tr[t][t]);
            let (best, arg) = if b > a { (b, t) } else { (a, t - 1) };
            cur[t] = best + e[t];
            bk[t] = arg as u8;
        }
        prev = cur;
    }
    let mut t = (0..N_TAGS).fold(0usize, |b, t| if prev[t] > prev[b] { t } else { b });
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = t as u8;
        if i > 0 {
            t = back[i][t] as usize;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tagger::tag_i;

    #[test]
    fn viterbi_respects_bio_and_allowed_tags() {
        let mut emit = vec![[0f32; N_TAGS]; 3];
        // I-PERSON scores best everywhere, but a name cannot start inside.
        for e in &mut emit {
            e[tag_i(0)] = 5.0;
        }
        let trans = vec![0f32; (N_TAGS + 1) * N_TAGS];
        let tags = viterbi(&emit, &trans, None);
        assert_ne!(tags[0] as usize, tag_i(0));
        let only_o = vec![1u32; 3];
        assert_eq!(viterbi(&emit, &trans, Some(&only_o)), vec![0, 0, 0]);
    }
}
