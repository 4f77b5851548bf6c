//! The document the reader shows: the text, its analysis and lookups derived from it once.
//!
//! Views get a [`Doc`] as a prop. It compares by pointer, so a re-render never walks the whole
//! analysis to find out whether it changed, and nothing here ever re-runs the engine.

use crate::engine::{self, Analysis, Class, EntityId, MentionId, Span};
use crate::state::outline::Outline;
use std::rc::Rc;

/// Reading speed used for the "N min read" estimate, in words per minute.
const WORDS_PER_MINUTE: usize = 230;

/// One analysed text, shared by every view.
#[derive(Clone, Debug)]
pub struct Doc {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    /// For each mention, its position among its entity's mentions (for "mention i of n").
    pub ordinal: Rc<[u32]>,
    /// The display classes that occur in the text, in [`Class::ALL`] order.
    pub classes: Rc<[Class]>,
    pub minutes: usize,
    /// Facts that state one amount in two forms, `(shown, folded into it)`
    /// (`state::amounts`): the Facts panel reads each pair as one fact.
    pub conversions: Rc<[(usize, usize)]>,
    /// The kinds of the text's lines, when its source gave them (`state::outline`).
    pub outline: Outline,
}

impl PartialEq for Doc {
    fn eq(&self, other: &Doc) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

impl Doc {
    /// Analyses `text` once (with its outline, if any); everything else reads the result.
    pub fn new(text: &str, outline: Outline) -> Doc {
        let analysis = match &outline {
            Some(o) => engine::analyze_outlined(text, o),
            None => engine::analyze(text),
        };
        Doc { outline, ..Doc::with_analysis(text.into(), Rc::new(analysis)) }
    }

    /// The document for `text` with an analysis made elsewhere, which must be of this text
    /// (`engine::check` says whether one is).
    pub fn with_analysis(text: Rc<str>, analysis: Rc<Analysis>) -> Doc {
        let mut ordinal = vec![0u32; analysis.mentions.len()];
        for entity in &analysis.entities {
            for (i, m) in entity.mentions.iter().enumerate() {
                ordinal[m.0 as usize] = i as u32;
            }
        }
        let classes: Vec<Class> = Class::ALL
            .into_iter()
            .filter(|&c| analysis.entities.iter().any(|e| e.ty.class() == c))
            .collect();
        let words = word_count(&text);
        let conversions = crate::state::amounts::conversions(&text, &analysis).into();
        Doc {
            conversions,
            text,
            analysis,
            ordinal: ordinal.into(),
            classes: classes.into(),
            minutes: words.div_ceil(WORDS_PER_MINUTE).max(1),
            outline: None,
        }
    }

    /// How many facts the reader sees: an amount in two forms is one.
    pub fn fact_count(&self) -> usize {
        self.analysis.relations.len() - self.conversions.len()
    }

    /// The facts about entity `id`, counted as [`Doc::fact_count`] does.
    pub fn fact_count_of(&self, id: EntityId) -> usize {
        let of = |i: usize| {
            let r = &self.analysis.relations[i];
            r.head == id || r.tail == id
        };
        let folded = self.conversions.iter().filter(|&&(i, j)| of(i) && of(j)).count();
        (0..self.analysis.relations.len()).filter(|&i| of(i)).count() - folded
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// How the text refers to an entity without naming it: how many times, and the first
    /// few distinct words it uses ("she", "the company").
    pub fn references_to(&self, id: EntityId) -> (usize, Vec<String>) {
        let mut n = 0;
        let mut forms: Vec<String> = Vec::new();
        for r in self.analysis.references.iter().filter(|r| r.entity == id) {
            n += 1;
            let form = self.slice(r.span).to_lowercase();
            if forms.len() < 2 && !forms.contains(&form) {
                forms.push(form);
            }
        }
        (n, forms)
    }

    /// "Referred to 3 more times (“she”, “the company”)", or nothing.
    pub fn references_line(&self, id: EntityId) -> Option<String> {
        let (n, forms) = self.references_to(id);
        let quoted: Vec<String> = forms.iter().map(|f| format!("“{f}”")).collect();
        match n {
            0 => None,
            1 => Some(format!("Referred to once more ({})", quoted.join(", "))),
            n => Some(format!("Referred to {n} more times ({})", quoted.join(", "))),
        }
    }

    /// The spans inside `span` that name or refer to one of `ends`, in text order.
    pub fn naming_in(&self, span: Span, ends: [EntityId; 2]) -> Vec<Span> {
        let mut out: Vec<Span> = self
            .mentions_in(span)
            .filter(|(_, m)| ends.contains(&m.entity))
            .map(|(_, m)| m.span)
            .collect();
        out.extend(
            self.analysis
                .references
                .iter()
                .filter(|r| span.contains(r.span) && ends.contains(&r.entity))
                .map(|r| r.span),
        );
        crate::engine::sort::natural(&mut out);
        out
    }

    /// The mentions inside `span`, with their ids, in text order.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = (MentionId, &engine::Mention)> {
        let mentions = &self.analysis.mentions;
        let first = mentions.partition_point(|m| m.span.start < span.start);
        mentions[first..]
            .iter()
            .enumerate()
            .take_while(move |(_, m)| m.span.start < span.end)
            .filter(move |(_, m)| m.span.end <= span.end)
            .map(move |(i, m)| (MentionId((first + i) as u32), m))
    }
}

/// The words of `text` for its reading time: runs between ASCII spaces and line breaks, one
/// pass over the bytes, quicker than `split_whitespace` on megabytes (the rare Unicode space
/// between two words only makes the estimate a word shorter).
fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        let space = matches!(b, b' ' | b'\n' | b'\t' | b'\r' | 0x0B | 0x0C);
        count += usize::from(!space && !in_word);
        in_word = !space;
    }
    count
}
