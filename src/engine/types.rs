//! The plain data the engine returns: spans, blocks, mentions, entities, relations.
//!
//! Every offset is a UTF-8 byte offset into the original text, always on a character boundary.
//! Conversion to code points (evaluation format) or UTF-16 (the DOM) happens at the edges.
//!
//! The types read back from JSON (`Deserialize`) exactly as they are written (`Serialize`), so
//! an analysis made at build time can travel inside a page. What is read that way is only
//! data: [`check`](super::check) must accept it before anything slices the text with it.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the analysed text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The text this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Entity types, with OntoNotes names (see the evaluation format).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Fac,
    Norp,
    Product,
    Event,
    Money,
    Percent,
    Date,
}

impl EntityType {
    pub const ALL: [EntityType; 11] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Gpe,
        EntityType::Loc,
        EntityType::Fac,
        EntityType::Norp,
        EntityType::Product,
        EntityType::Event,
        EntityType::Money,
        EntityType::Percent,
        EntityType::Date,
    ];

    /// The OntoNotes label, as in the evaluation format ("PERSON", "ORG", ...).
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Norp => "NORP",
            EntityType::Product => "PRODUCT",
            EntityType::Event => "EVENT",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
            EntityType::Date => "DATE",
        }
    }

    pub fn from_label(label: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.label() == label)
    }

    /// The display class a reader sees (colour and underline style come from it).
    pub fn class(self) -> Class {
        match self {
            EntityType::Person => Class::Person,
            EntityType::Org => Class::Organization,
            EntityType::Gpe | EntityType::Loc | EntityType::Fac => Class::Place,
            EntityType::Norp => Class::Group,
            EntityType::Product | EntityType::Event => Class::Thing,
            EntityType::Money | EntityType::Percent => Class::Amount,
            EntityType::Date => Class::Date,
        }
    }
}

/// Votes for a type, one per mention, and the type they elect: the one place where the
/// engine settles a type by majority (the tagger's "one surface, one type", clustering's
/// "one entity, one type").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TypeVotes([u32; EntityType::ALL.len()]);

impl TypeVotes {
    /// One more vote for `ty`.
    pub fn add(&mut self, ty: EntityType) {
        self.0[ty as usize] += 1;
    }

    /// The type with most votes, if any: a tie goes to `prefer` when it is among the tied
    /// (the founding mention's type), else to the type listed first in [`EntityType::ALL`].
    pub fn winner(&self, prefer: Option<EntityType>) -> Option<EntityType> {
        let most = *self.0.iter().max()?;
        if most == 0 {
            return None;
        }
        let tied = |t: &EntityType| self.0[*t as usize] == most;
        prefer.filter(tied).or_else(|| EntityType::ALL.into_iter().find(tied))
    }
}

/// What a reader sees a type as: fewer, plainer groups than the OntoNotes types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Person,
    Organization,
    Place,
    Group,
    Thing,
    Amount,
    Date,
}

impl Class {
    pub const ALL: [Class; 7] = [
        Class::Person,
        Class::Organization,
        Class::Place,
        Class::Group,
        Class::Thing,
        Class::Amount,
        Class::Date,
    ];

    /// A stable lowercase key, used for CSS classes and URLs.
    pub fn key(self) -> &'static str {
        match self {
            Class::Person => "person",
            Class::Organization => "organization",
            Class::Place => "place",
            Class::Group => "group",
            Class::Thing => "thing",
            Class::Amount => "amount",
            Class::Date => "date",
        }
    }

    /// The plural heading shown in the sidebar.
    pub fn plural(self) -> &'static str {
        match self {
            Class::Person => "People",
            Class::Organization => "Organizations",
            Class::Place => "Places",
            Class::Group => "Groups",
            Class::Thing => "Products and events",
            Class::Amount => "Amounts",
            Class::Date => "Dates",
        }
    }

    /// The singular name shown on cards.
    pub fn singular(self) -> &'static str {
        match self {
            Class::Person => "Person",
            Class::Organization => "Organization",
            Class::Place => "Place",
            Class::Group => "Group",
            Class::Thing => "Product or event",
            Class::Amount => "Amount",
            Class::Date => "Date",
        }
    }
}

/// Index of an entity in [`Analysis::entities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityId(pub u32);

/// Index of a mention in [`Analysis::mentions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MentionId(pub u32);

/// Index of a block in [`Analysis::blocks`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct BlockId(pub u32);

/// The role of one block of the article.
///
/// Besides the story itself (title, headings, paragraphs), pasted pages carry furniture: the
/// lines a page puts around a story. Each kind of furniture that a reader shows differently
/// has a kind of its own; its text is still analysed like the rest (names in a caption or a
/// byline are mentions), only its sentences are cut along its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The article's title: its first line, unless that line reads as body text (then the
    /// article has no title).
    Title,
    /// A section heading.
    Heading,
    /// Body text. `label`, when set, is the dateline the paragraph opens with ("BEIRA,
    /// Mozambique (AP) —"): part of the paragraph, but a sentence of its own.
    Paragraph,
    /// A table of contents: `label` is its caption, `items` its entries (linked to headings).
    Contents,
    /// A related-links box ("You may also like:", or one line "Related: <headline>"):
    /// `label` is its caption, `items` the links.
    Aside,
    /// A photo caption or credit ("A woman wades through floodwater on Tuesday. Photo: Jane
    /// Doe/Agency", "(Photo by Jane Doe/Agency)", "Pictured: …"). The credit, when the line
    /// has one, is the block's one item, from its label ("Photo:") to the line's end; a line
    /// that is only a credit is its own item.
    Caption,
    /// Who wrote the article, when and where it was filed: a "By …" line or an author with
    /// their role ("Jane Doe, Science correspondent") under the title, the publication line
    /// ("Published 3 March 2025", "5 min read"), a dateline on a line of its own ("LONDON
    /// 1996-08-30"), and "Reporting by …; Editing by …" at the end.
    Byline,
    /// The article's topics or categories ("Topics: Mozambique, Cyclones"): `label` is the
    /// caption, `items` the topics.
    Tags,
    /// A note about the article rather than its story: a correction, an update or an
    /// editor's note ("Correction: …", "This article was updated on …"), or the attribution
    /// under a pull quote ("— Jane Doe, emergency coordinator"). `label` is its lead-in
    /// ("Correction, 3 March 2025:") when it has one.
    Note,
}

/// What a line of an article is, as its source said (an HTML page's `<h1>` and `<h2>`, a
/// Markdown file's `#`), for [`crate::engine::analyze_outlined`]: the engine then takes the
/// title and headings as given instead of guessing them from the lines' shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineKind {
    Title,
    Heading,
    /// Anything else: paragraphs, list items, quotes (the furniture rules still read them).
    Body,
}

/// One entry of a block: a contents entry, a related link, a topic, a photo credit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub span: Span,
    /// The heading a contents entry points to, when one was found.
    pub target: Option<BlockId>,
}

/// A structural block of the article (see [`BlockKind`]). A block's label and items lie
/// inside its span, in text order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The whole block, from its first to its last character (no trailing newline).
    pub span: Span,
    /// For headings: a URL-safe anchor, unique in the article.
    pub anchor: Option<String>,
    /// For contents, asides and tags: the caption; for a note: its lead-in; for a paragraph:
    /// its dateline.
    pub label: Option<Span>,
    /// For contents, asides and tags: the entries; for a caption: its credit.
    pub items: Vec<Item>,
}

impl Block {
    /// The parts of the block in text order, each with its role: the label, the items, what
    /// lies between two items, and the rest of the text. Together they cover the block's
    /// span. Pieces are clamped to the span and to each other, so an odd block (one read
    /// from outside the engine) gives odd pieces, never a panic; empty pieces are left out.
    ///
    /// # Example
    /// ```
    /// use sidelight::engine::{Block, BlockKind, Item, Piece, Span};
    /// let text = "Floods in Buzi. Photo: Jane Doe/Agency";
    /// let credit = Item { span: Span::new(16, text.len()), target: None };
    /// let block = Block { kind: BlockKind::Caption, span: Span::new(0, text.len()), anchor: None, label: None, items: vec![credit] };
    /// let pieces: Vec<(Piece, &str)> = block.pieces().into_iter().map(|(p, s)| (p, s.of(text))).collect();
    /// assert_eq!(pieces, [(Piece::Text, "Floods in Buzi. "), (Piece::Item, "Photo: Jane Doe/Agency")]);
    /// ```
    pub fn pieces(&self) -> Vec<(Piece, Span)> {
        let (lo, hi) = (self.span.start, self.span.end.max(self.span.start));
        let mut out = Vec::new();
        let mut at = lo;
        // The piece `s` (clamped to what is left of the span) and the text before it.
        let take =
            |out: &mut Vec<(Piece, Span)>, at: &mut usize, gap: Piece, piece: Piece, s: Span| {
                let start = s.start.clamp(*at, hi);
                let end = s.end.clamp(start, hi);
                for (p, span) in [(gap, Span::new(*at, start)), (piece, Span::new(start, end))] {
                    if !span.is_empty() {
                        out.push((p, span));
                    }
                }
                *at = end;
            };
        if let Some(label) = self.label {
            take(&mut out, &mut at, Piece::Text, Piece::Label, label);
        }
        for (k, item) in self.items.iter().enumerate() {
            let gap = if k == 0 { Piece::Text } else { Piece::Between };
            take(&mut out, &mut at, gap, Piece::Item, item.span);
        }
        if at < hi {
            out.push((Piece::Text, Span::new(at, hi)));
        }
        out
    }
}

/// The role of one part of a block (see [`Block::pieces`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// The label: a caption, a note's lead-in, a dateline.
    Label,
    /// An item: an entry, a link, a topic, a credit.
    Item,
    /// What separates two items (", ", a line break): lists show their items without it.
    Between,
    /// Any other text: a caption before its credit, a note or paragraph after its label.
    Text,
}

/// One occurrence of an entity in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    #[serde(rename = "type")]
    pub ty: EntityType,
    pub entity: EntityId,
}

/// One real-world thing: the cluster of its mentions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: EntityId,
    #[serde(rename = "type")]
    pub ty: EntityType,
    /// The fullest form used in the text.
    pub name: String,
    /// A URL-safe key, unique in the article (used in `#entity=...` links).
    pub slug: String,
    /// Other surface forms used in the text.
    pub aliases: Vec<String>,
    /// The entity's mentions, in text order.
    pub mentions: Vec<MentionId>,
    /// How central the entity is to the article; higher first.
    pub salience: f32,
}

/// A word or phrase that refers back to an entity without naming it: a pronoun ("she",
/// "its") or a description ("the company", "the Seoul-based lender").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    pub span: Span,
    pub entity: EntityId,
}

/// Relation types, as in the evaluation format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RelationType {
    Funding,
    Valuation,
    InvestedIn,
    Acquired,
    PartnerOf,
    CompetitorOf,
    EmployedBy,
    Founded,
    LocatedIn,
    ProductOf,
    ParticipantIn,
}

impl RelationType {
    pub const ALL: [RelationType; 11] = [
        RelationType::Funding,
        RelationType::Valuation,
        RelationType::InvestedIn,
        RelationType::Acquired,
        RelationType::PartnerOf,
        RelationType::CompetitorOf,
        RelationType::EmployedBy,
        RelationType::Founded,
        RelationType::LocatedIn,
        RelationType::ProductOf,
        RelationType::ParticipantIn,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RelationType::Funding => "FUNDING",
            RelationType::Valuation => "VALUATION",
            RelationType::InvestedIn => "INVESTED_IN",
            RelationType::Acquired => "ACQUIRED",
            RelationType::PartnerOf => "PARTNER_OF",
            RelationType::CompetitorOf => "COMPETITOR_OF",
            RelationType::EmployedBy => "EMPLOYED_BY",
            RelationType::Founded => "FOUNDED",
            RelationType::LocatedIn => "LOCATED_IN",
            RelationType::ProductOf => "PRODUCT_OF",
            RelationType::ParticipantIn => "PARTICIPANT_IN",
        }
    }

    /// The relation in plain words, read from head to tail ("invested in").
    pub fn phrase(self) -> &'static str {
        match self {
            RelationType::Funding => "raised",
            RelationType::Valuation => "is valued at",
            RelationType::InvestedIn => "invested in",
            RelationType::Acquired => "acquired",
            RelationType::PartnerOf => "partners with",
            RelationType::CompetitorOf => "competes with",
            RelationType::EmployedBy => "works for",
            RelationType::Founded => "founded",
            RelationType::LocatedIn => "is located in",
            RelationType::ProductOf => "is made by",
            RelationType::ParticipantIn => "took part in",
        }
    }

    /// The signature of the evaluation format: does this relation link an entity of type
    /// `head` to one of type `tail`?
    pub fn links(self, head: EntityType, tail: EntityType) -> bool {
        use EntityType::*;
        use RelationType::*;
        match self {
            Funding | Valuation => head == Org && tail == Money,
            InvestedIn => matches!(head, Org | Person) && tail == Org,
            Acquired | PartnerOf | CompetitorOf => head == Org && tail == Org,
            EmployedBy => head == Person && tail == Org,
            Founded => matches!(head, Person | Org) && tail == Org,
            LocatedIn => matches!(head, Org | Fac | Event | Gpe) && matches!(tail, Gpe | Loc),
            ProductOf => head == Product && tail == Org,
            ParticipantIn => matches!(head, Person | Org) && tail == Event,
        }
    }

    /// Symmetric relations hold in both directions.
    pub fn is_symmetric(self) -> bool {
        matches!(self, RelationType::PartnerOf | RelationType::CompetitorOf)
    }
}

/// A fact linking two entities, with the sentence that states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    #[serde(rename = "type")]
    pub ty: RelationType,
    pub head: EntityId,
    pub tail: EntityId,
    /// The sentence that states the fact.
    pub evidence: Span,
    /// How sure the engine is, from 0 to 1.
    pub confidence: f32,
}

/// Everything the engine found in one text. Plain data: no methods need the DOM.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The structural blocks, in text order.
    pub blocks: Vec<Block>,
    /// The sentences of all blocks, in text order.
    pub sentences: Vec<Span>,
    /// Every mention, in text order, never overlapping.
    pub mentions: Vec<Mention>,
    /// Entities, most salient first.
    pub entities: Vec<Entity>,
    /// Relations between entities, most confident first.
    pub relations: Vec<Relation>,
    /// Pronouns and descriptions resolved to the entity they mean, in text order (never
    /// overlapping a mention).
    #[serde(default)]
    pub references: Vec<Reference>,
    /// Notes about odd input (empty text, no sentences, ...). Analysis itself never fails.
    pub diagnostics: Vec<String>,
}

impl Analysis {
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0 as usize]
    }
    pub fn mention(&self, id: MentionId) -> &Mention {
        &self.mentions[id.0 as usize]
    }
    /// The mentions inside `span` (a sentence), in text order: found by binary search, as
    /// mentions are sorted and never overlap, so asking costs what the span holds.
    pub fn mentions_in(&self, span: Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.end <= span.end);
        &self.mentions[from..to.max(from)]
    }
    pub fn entity_by_slug(&self, slug: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.slug == slug)
    }

    /// The analysis as compact bytes (postcard), for passing it between threads: the
    /// reader's worker sends these, and [`Analysis::from_bytes`] reads them. Not a file
    /// format (it has no version; the evaluation format is `export.rs`'s).
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// The analysis [`Analysis::to_bytes`] wrote, or why these bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Result<Analysis, String> {
        postcard::from_bytes(bytes).map_err(|e| e.to_string())
    }
}
