//! The article view: title, bylines and meta line, contents, headings, paragraphs, related
//! links and the page's furniture (captions and credits, topics, notes, datelines), with
//! every mention wrapped in a `<mark>` and a fact's evidence sentence wrapped in a marked
//! `<span>`. This is the only module that touches the article's DOM (scrolling to a mention, a
//! section or a sentence) and it owns the mention card (`card.rs`): it opens the card ~150 ms
//! after a mouse pointer rests on a mention or at once when a mention takes keyboard focus, and
//! closes it ~300 ms after the pointer leaves both; on phones a tap opens it as a popover at the
//! bottom of the screen. The rest of the app talks to it through props.

use super::card::Card;
use super::doc::Doc;
use super::dom;
use super::mark_offer::{self, MarkOffer};
use super::refs::AppRefs;
use crate::engine::{Block, BlockKind, Class, EntityId, MentionId, Piece, Span};
use crate::state::Action;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusEvent, HtmlElement, MouseEvent, ScrollLogicalPosition};
use yew::prelude::*;

/// How long the pointer rests on a mention before its card opens, in milliseconds: long
/// enough that moving across the text does not flash cards.
const OPEN_DELAY: u32 = 150;
/// How long a card stays after the pointer leaves it or its mention, so the pointer can
/// cross the gap into the card.
const CLOSE_DELAY: u32 = 300;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub doc: Doc,
    pub selected: Option<EntityId>,
    pub focused: Option<MentionId>,
    pub enabled: Vec<Class>,
    /// Changes whenever the focused mention should be scrolled into view.
    pub scroll_seq: u32,
    /// Does that scroll also move keyboard focus to the mention?
    #[prop_or(true)]
    pub move_focus: bool,
    /// The evidence sentence to mark, if a fact asked for one.
    #[prop_or_default]
    pub marked: Option<Span>,
    /// Changes whenever the marked sentence should be scrolled into view.
    #[prop_or_default]
    pub mark_seq: u32,
    /// The mention whose card is open.
    pub hover: Option<MentionId>,
    pub onaction: Callback<Action>,
    /// Whether selected words may be marked as a name (not in a blog's frame).
    pub editable: bool,
    /// The shell's refs; the article view attaches `article`.
    pub refs: AppRefs,
}

/// The DOM id of a mention's `<mark>`.
pub fn mark_id(mention: MentionId) -> String {
    format!("mention-{}", mention.0)
}

/// What the inline renderer needs to style a mark.
struct Marks<'a> {
    doc: &'a Doc,
    selected: Option<EntityId>,
    focused: Option<MentionId>,
    enabled: &'a [Class],
    marked: Option<Span>,
}

impl Marks<'_> {
    /// The text of `span` with its mentions wrapped in marks, and the part of it inside the
    /// marked sentence wrapped in a `span.evidence`.
    fn inline(&self, span: Span) -> Html {
        let Some(marked) = self.marked.filter(|m| m.overlaps(span)) else {
            return self.marks(span);
        };
        let (mut start, mut end) = (marked.start.max(span.start), marked.end.min(span.end));
        // A mention that straddles the sentence's edge goes wholly inside the wrapper, so the
        // wrapper never splits a mark.
        let inside = Span::new(start, end);
        for m in self.doc.analysis.mentions.iter().filter(|m| m.span.overlaps(inside)) {
            start = start.min(m.span.start);
            end = end.max(m.span.end);
        }
        html! {
            <>
                { self.marks(Span::new(span.start, start)) }
                <span class="evidence" data-start={start.to_string()} data-end={end.to_string()}>{ self.marks(Span::new(start, end)) }</span>
                { self.marks(Span::new(end, span.end)) }
            </>
        }
    }

    /// The text of `span` with its mentions wrapped in marks.
    fn marks(&self, span: Span) -> Html {
        if span.is_empty() {
            return Html::default();
        }
        let mut out: Vec<Html> = Vec::new();
        let mut at = span.start;
        for (id, m) in self.doc.mentions_in(span) {
            if m.span.start > at {
                out.push(Html::from(self.doc.slice(Span::new(at, m.span.start)).to_string()));
            }
            let class = m.ty.class();
            let entity = self.doc.analysis.entity(m.entity);
            let selected = self.selected == Some(m.entity);
            let focused = self.focused == Some(id);
            let classes = classes!(
                "hl",
                format!("hl-{}", class.key()),
                (!self.enabled.contains(&class)).then_some("off"),
                selected.then_some("is-selected"),
                focused.then_some("is-focused"),
            );
            out.push(html! {
                <mark
                    id={mark_id(id)}
                    class={classes}
                    data-entity={entity.slug.clone()}
                    data-mention={id.0.to_string()}
                    data-type={class.singular()}
                    data-label={m.ty.label()}
                    title={format!("{}: {}", class.singular(), entity.name)}
                    // Focusable from script (j/k, tests) and by click, which opens the card, but
                    // not a Tab stop each: the sidebar is the keyboard's way to the entities.
                    tabindex={(selected || self.enabled.contains(&class)).then_some("-1")}
                    aria-current={focused.then_some("true")}
                >{ self.doc.slice(m.span).to_string() }</mark>
            });
            at = m.span.end;
        }
        if at < span.end {
            out.push(Html::from(self.doc.slice(Span::new(at, span.end)).to_string()));
        }
        out.into_iter().collect()
    }

    fn block(&self, block: &Block) -> Html {
        let doc = self.doc;
        let at = block.span.start.to_string();
        match block.kind {
            // The blocks shown as their whole text carry its first byte (`data-at`), so that
            // selected words can be placed in the text (`mark_offer`).
            BlockKind::Title => {
                html! { <h1 class="title" data-at={at}>{ self.inline(block.span) }</h1> }
            }
            BlockKind::Heading => html! {
                // Headings take focus after a contents jump, so screen readers land there too.
                <h2 id={block.anchor.clone()} tabindex="-1" data-at={at}>{ self.inline(block.span) }</h2>
            },
            BlockKind::Paragraph => {
                html! { <p data-at={at}>{ self.pieces(block, "dateline", "") }</p> }
            }
            BlockKind::Caption => {
                html! { <p class="caption" data-at={at}>{ self.pieces(block, "", "caption-credit") }</p> }
            }
            BlockKind::Byline => {
                html! { <p class="byline" data-at={at}>{ self.inline(block.span) }</p> }
            }
            BlockKind::Note => {
                html! { <p class="note" data-at={at}>{ self.pieces(block, "note-label", "") }</p> }
            }
            BlockKind::Tags => html! {
                <div class="tags">
                    if let Some(l) = block.label { <p class="tags-label">{ self.inline(l) }</p> }
                    <ul>{ for block.items.iter().map(|i| html! { <li>{ self.inline(i.span) }</li> }) }</ul>
                </div>
            },
            BlockKind::Contents => {
                let label = block
                    .label
                    .map(|l| doc.slice(l).trim().to_string())
                    .unwrap_or_else(|| "Contents".into());
                let items = block.items.iter().map(|item| {
                    let anchor = item.target.and_then(|t| doc.analysis.blocks.get(t.0 as usize)).and_then(|b| b.anchor.clone());
                    match anchor {
                        Some(anchor) => html! {
                            <li><a href={format!("#{anchor}")} data-section={anchor}>{ self.inline(item.span) }</a></li>
                        },
                        // An entry without a matching heading stays readable but is not a link.
                        None => html! { <li>{ self.inline(item.span) }</li> },
                    }
                });
                html! {
                    <nav class="toc" aria-label={label}>
                        if let Some(l) = block.label { <p class="toc-label">{ self.inline(l) }</p> }
                        <ol>{ for items }</ol>
                    </nav>
                }
            }
            BlockKind::Aside => {
                let label = block
                    .label
                    .map(|l| doc.slice(l).trim().trim_end_matches(':').to_string())
                    .unwrap_or_else(|| "Related".into());
                html! {
                    <aside class="related" aria-label={label}>
                        if let Some(l) = block.label { <p class="related-label">{ self.inline(l) }</p> }
                        <ul>{ for block.items.iter().map(|i| html! { <li>{ self.inline(i.span) }</li> }) }</ul>
                    </aside>
                }
            }
        }
    }

    /// A block's text piece by piece: its label and items in spans of the given classes (a
    /// paragraph's dateline, a note's lead-in, a caption's credit), the rest as it is.
    fn pieces(&self, block: &Block, label_class: &'static str, item_class: &'static str) -> Html {
        block
            .pieces()
            .into_iter()
            .map(|(piece, span)| {
                let class = match piece {
                    Piece::Label => label_class,
                    Piece::Item => item_class,
                    Piece::Text | Piece::Between => "",
                };
                if class.is_empty() {
                    self.inline(span)
                } else {
                    html! { <span class={class}>{ self.inline(span) }</span> }
                }
            })
            .collect()
    }
}

/// A long article is shown in parts: each part is a component of its own, so a change of
/// focus or marked sentence re-renders only the parts it touches. The first parts are built
/// with their highlights at once; the others get their text alone a few at a timer tick
/// (readable, selectable and found by the browser's find, at a fraction of the page's memory)
/// and their highlights when they come near the screen, or when a mention or sentence in them
/// is asked for.
#[derive(Clone, Debug, PartialEq)]
struct Part {
    /// The blocks, by index into the analysis's blocks.
    blocks: std::ops::Range<usize>,
    /// The mentions inside, by id.
    mentions: std::ops::Range<u32>,
    span: Span,
}

/// About how much text one part holds, in bytes: ~250 highlights, a few milliseconds to build.
const PART_BYTES: usize = 24 << 10;
/// How many parts are built at once when the article arrives: the first screens.
const FIRST_PARTS: usize = 2;
/// The event (on the document) that says the article's parts changed their text.
pub const PARTS_CHANGED: &str = "sidelight:parts";
/// How many parts get their text at each timer tick after the first render.
const TEXT_PARTS: usize = 4;
/// How near the screen a part of text alone comes before it is built with its highlights:
/// a screen's height above or below.
const BUILD_MARGIN: &str = "100% 0px";

/// The article's blocks from `from` on, cut into parts of about [`PART_BYTES`].
fn parts(doc: &Doc, from: usize) -> Vec<Part> {
    let blocks = &doc.analysis.blocks;
    let mentions = &doc.analysis.mentions;
    let mention_at = |pos: usize| mentions.partition_point(|m| m.span.start < pos) as u32;
    let mut parts = Vec::new();
    let mut start = from;
    while start < blocks.len() {
        let mut end = start + 1;
        while end < blocks.len() && blocks[end].span.end - blocks[start].span.start < PART_BYTES {
            end += 1;
        }
        let span = Span::new(blocks[start].span.start, blocks[end - 1].span.end);
        let next = blocks.get(end).map_or(usize::MAX, |b| b.span.start);
        parts.push(Part {
            blocks: start..end,
            mentions: mention_at(span.start)..mention_at(next),
            span,
        });
        start = end;
    }
    parts
}

#[derive(Properties)]
struct PartProps {
    doc: Doc,
    part: Part,
    /// The selected entity, for the marks of a part built or re-rendered while it is
    /// selected. A change of selection alone does not re-render a part (see `PartialEq`):
    /// [`mark_selection`] moves the marks' class instead.
    selected: Option<EntityId>,
    /// The focused mention if it is here.
    focused: Option<MentionId>,
    enabled: Rc<[Class]>,
    /// The marked sentence if it overlaps the part.
    marked: Option<Span>,
    /// Not built yet: its text alone, without highlights.
    waiting: bool,
    /// Not even its text yet: an empty box of about its height.
    empty: bool,
    /// The part's place in the article (`data-part`, for the observer that builds it).
    index: usize,
    /// In a box of its own (an article of several parts; one of a single part is its blocks
    /// as they are).
    boxed: bool,
}

/// Parts compare without the selection: selecting an entity named in every part of a long
/// article would otherwise rebuild every part's marks (seconds at 10 MB) to change one class
/// on a few of them, which [`mark_selection`] does directly. A part re-rendered for another
/// reason renders the current selection, so its marks and the DOM agree again.
impl PartialEq for PartProps {
    fn eq(&self, o: &Self) -> bool {
        self.doc == o.doc
            && self.part == o.part
            && self.focused == o.focused
            && self.enabled == o.enabled
            && self.marked == o.marked
            && self.waiting == o.waiting
            && self.empty == o.empty
            && self.index == o.index
            && self.boxed == o.boxed
    }
}

/// Moves the selection's marks from entity `old` to entity `new` in the page: the class that
/// styles them and the `tabindex` that lets j/k focus them when their class is hidden. Costs
/// the two entities' mentions, whatever the article's length; marks of parts not built yet
/// get both when they are built.
fn mark_selection(doc: &Doc, old: Option<EntityId>, new: Option<EntityId>) {
    let document = dom::document();
    let marks = |e: Option<EntityId>| {
        let ms =
            e.and_then(|e| doc.analysis.entities.get(e.0 as usize)).map(|e| e.mentions.clone());
        let document = document.clone();
        ms.into_iter().flatten().filter_map(move |m| document.get_element_by_id(&mark_id(m)))
    };
    for el in marks(old) {
        let _ = el.class_list().remove_1("is-selected");
        if el.class_list().contains("off") {
            let _ = el.remove_attribute("tabindex");
        }
    }
    for el in marks(new) {
        let _ = el.class_list().add_1("is-selected");
        let _ = el.set_attribute("tabindex", "-1");
    }
}

/// A part not built yet, as one element of the page that Yew does not manage: first an empty
/// box, then the same box holding its blocks' text, each block as the element it will be
/// (with the first byte of its text, and a heading's anchor) around one text node. A long
/// article is mostly such parts, and built this way they cost the page's WebAssembly memory
/// nothing (as Yew's virtual nodes, about 250 bytes a block, which that memory never gives
/// back). The intersection observer watches the box from when it is empty.
fn waiting_shell(index: usize) -> Option<Element> {
    let shell = dom::document().create_element("div").ok()?;
    shell.set_class_name("part waiting empty");
    shell.set_attribute("data-part", &index.to_string()).ok()?;
    Some(shell)
}

/// Lays the blocks' text into an empty [`waiting_shell`].
fn fill_shell(shell: &Element, doc: &Doc, part: &Part) {
    if !shell.class_list().contains("empty") {
        return;
    }
    let document = dom::document();
    let fragment = document.create_document_fragment();
    for block in &doc.analysis.blocks[part.blocks.clone()] {
        let (tag, class) = match block.kind {
            BlockKind::Title => ("h1", "title"),
            BlockKind::Heading => ("h2", ""),
            BlockKind::Paragraph => ("p", ""),
            BlockKind::Caption => ("p", "caption"),
            BlockKind::Byline => ("p", "byline"),
            BlockKind::Note => ("p", "note"),
            BlockKind::Tags => ("div", "tags"),
            BlockKind::Contents => ("nav", "toc"),
            BlockKind::Aside => ("aside", "related"),
        };
        let Ok(el) = document.create_element(tag) else { continue };
        if !class.is_empty() {
            el.set_class_name(class);
        }
        let _ = el.set_attribute("data-at", &block.span.start.to_string());
        if let (BlockKind::Heading, Some(anchor)) = (block.kind, &block.anchor) {
            el.set_id(anchor);
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.append_child(&document.create_text_node(doc.slice(block.span)));
        let _ = fragment.append_child(&el);
    }
    let _ = shell.append_child(&fragment);
    let _ = shell.class_list().remove_1("empty");
}

#[function_component]
fn ArticlePart(props: &PartProps) -> Html {
    // (A part not built yet is always one of several: the first ones are built at once.)
    let shell = use_memo((props.doc.clone(), props.part.clone(), props.index), |(_, _, k)| {
        waiting_shell(*k)
    });
    {
        // Once built, the part is Yew's: the box it replaced lets go of its text, and is
        // empty again, so that it gets the text back if the part waits again (a part built
        // only while a mention in it was focused).
        let shell = shell.clone();
        use_effect_with(props.waiting || props.empty, move |&waiting| {
            if let (false, Some(shell)) = (waiting, shell.as_ref()) {
                shell.set_text_content(None);
                let _ = shell.class_list().add_1("empty");
            }
        });
    }
    if props.boxed && (props.waiting || props.empty) {
        if let Some(shell) = shell.as_ref() {
            if !props.empty {
                fill_shell(shell, &props.doc, &props.part);
            }
            return Html::VRef(shell.clone().into());
        }
    }
    let marks = Marks {
        doc: &props.doc,
        selected: props.selected,
        focused: props.focused,
        enabled: &props.enabled,
        marked: props.marked,
    };
    let blocks =
        props.doc.analysis.blocks[props.part.blocks.clone()].iter().map(|b| marks.block(b));
    if props.boxed {
        html! { <div class="part" data-part={props.index.to_string()}>{ for blocks }</div> }
    } else {
        blocks.collect()
    }
}

/// The mention a DOM node belongs to, when it is inside a shown mark.
fn mention_of(target: Option<web_sys::EventTarget>) -> Option<MentionId> {
    let el = target?.dyn_into::<Element>().ok()?;
    let mark = el.closest("mark[data-mention]:not(.off)").ok()??;
    mark.get_attribute("data-mention")?.parse().ok().map(MentionId)
}

#[function_component]
pub fn Article(props: &ArticleProps) -> Html {
    // True while the article itself moves focus to a mention (j/k, selecting in the sidebar):
    // that focus is navigation, and the card would cover the text being stepped through.
    let revealing: Rc<RefCell<bool>> = use_mut_ref(|| false);
    // True between a pointer's press and release: the focus a click gives a mark is not a
    // request for its card (the click itself decides).
    let pressing: Rc<RefCell<bool>> = use_mut_ref(|| false);
    {
        // Scroll to the focused mention whenever the state asks for it (select, next, prev).
        let focused = props.focused;
        let move_focus = props.move_focus;
        let revealing = revealing.clone();
        use_effect_with(props.scroll_seq, move |&seq| {
            if seq > 0 {
                if let Some(el) =
                    focused.and_then(|m| dom::document().get_element_by_id(&mark_id(m)))
                {
                    if move_focus {
                        *revealing.borrow_mut() = true;
                        dom::reveal(&el, ScrollLogicalPosition::Center);
                        *revealing.borrow_mut() = false;
                    } else {
                        dom::scroll_to(&el, ScrollLogicalPosition::Center);
                    }
                }
            }
        });
    }
    {
        // The selection's marks, moved in the page rather than by re-rendering the parts
        // (see `PartProps`' `PartialEq`). Another article starts with none marked.
        let shown: Rc<RefCell<Option<(Doc, EntityId)>>> = use_mut_ref(|| None);
        use_effect_with((props.doc.clone(), props.selected), move |(doc, selected)| {
            let old = shown.borrow_mut().take().filter(|(d, _)| d == doc).map(|(_, e)| e);
            mark_selection(doc, old, *selected);
            *shown.borrow_mut() = selected.map(|e| (doc.clone(), e));
        });
    }
    // The shell's skip link reveals the `<article>` through this ref.
    let article = props.refs.article.clone();
    {
        // Scroll to the marked evidence sentence whenever a fact asks for it.
        let article = article.clone();
        use_effect_with(props.mark_seq, move |&seq| {
            if seq > 0 {
                let evidence = article
                    .cast::<Element>()
                    .and_then(|a| a.query_selector(".evidence").ok().flatten());
                if let Some(el) = evidence {
                    dom::scroll_to(&el, ScrollLogicalPosition::Center);
                }
            }
        });
    }

    // The card opens 150 ms after the pointer rests on a mark and closes 300 ms after it leaves
    // (mark or card), so passing over text does not flash cards. A new timer replaces (and so
    // cancels) the pending one.
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let later = {
        let timer = timer.clone();
        let onaction = props.onaction.clone();
        move |ms: u32, action: Option<Action>| {
            let onaction = onaction.clone();
            *timer.borrow_mut() = action.map(|a| Timeout::new(ms, move || onaction.emit(a)));
        }
    };
    let onmouseover = {
        let later = later.clone();
        let hover = props.hover;
        Callback::from(move |e: MouseEvent| {
            let Some(id) = mention_of(e.target()) else { return };
            // Touch screens fire mouse events on a tap; there a tap selects instead.
            if !dom::can_hover() {
                return;
            }
            if hover == Some(id) {
                later(0, None);
            } else {
                later(OPEN_DELAY, Some(Action::Hover(Some(id))));
            }
        })
    };
    let onmouseout = {
        let later = later.clone();
        let open = props.hover.is_some();
        Callback::from(move |e: MouseEvent| {
            let Some(id) = mention_of(e.target()) else { return };
            // Moving between the parts of one mark is not leaving it.
            if mention_of(e.related_target()) == Some(id) {
                return;
            }
            later(CLOSE_DELAY, open.then_some(Action::Hover(None)));
        })
    };
    let onpointer = {
        let later = later.clone();
        Callback::from(move |inside: bool| {
            later(CLOSE_DELAY, (!inside).then_some(Action::Hover(None)))
        })
    };
    let onmousedown = {
        let pressing = pressing.clone();
        Callback::from(move |_: MouseEvent| *pressing.borrow_mut() = true)
    };
    // Selected words: the offer to mark them as a name.
    let offer = use_state(|| None::<mark_offer::Offer>);
    {
        // Another article, or another analysis: any offer is for the old text.
        let offer = offer.clone();
        use_effect_with(props.doc.clone(), move |_| offer.set(None));
    }
    {
        // On a touch screen words are selected by a long press and its handles, with no
        // mouseup: the offer follows the selection once it rests (and stays while the reader
        // taps its controls, which may clear the selection).
        let (offer, doc, editable) = (offer.clone(), props.doc.clone(), props.editable);
        let rest: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
        use_effect_with(props.doc.clone(), move |_| {
            let listener = (editable && !dom::can_hover()).then(|| {
                gloo_events::EventListener::new(&dom::document(), "selectionchange", move |_| {
                    let (offer, doc) = (offer.clone(), doc.clone());
                    *rest.borrow_mut() = Some(Timeout::new(400, move || {
                        if let Some(o) = mark_offer::from_selection(&doc) {
                            offer.set(Some(o));
                        }
                    }));
                })
            });
            move || drop(listener)
        });
    }
    let onmouseup = {
        let pressing = pressing.clone();
        let (offer, doc, editable) = (offer.clone(), props.doc.clone(), props.editable);
        Callback::from(move |_: MouseEvent| {
            *pressing.borrow_mut() = false;
            if editable {
                offer.set(mark_offer::from_selection(&doc));
            }
        })
    };
    // Keyboard focus on a mark (Tab from a link, a script's `focus()`) opens its card at once.
    let onfocusin = {
        let later = later.clone();
        let onaction = props.onaction.clone();
        let revealing = revealing.clone();
        let pressing = pressing.clone();
        Callback::from(move |e: FocusEvent| {
            let Some(id) = mention_of(e.target()) else { return };
            if *revealing.borrow() || *pressing.borrow() {
                return;
            }
            later(0, None);
            onaction.emit(Action::Hover(Some(id)));
        })
    };
    let onfocusout = {
        let later = later.clone();
        let open = props.hover.is_some();
        Callback::from(move |e: FocusEvent| {
            if mention_of(e.target()).is_none() || !open {
                return;
            }
            // Focus moving into the card (one of its buttons) keeps it open.
            let into_card = e
                .related_target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|el| el.closest(".card").ok().flatten().is_some());
            if !into_card {
                later(CLOSE_DELAY, Some(Action::Hover(None)));
            }
        })
    };

    // Enter or Space on a focused mention (reached with j/k or from the sidebar) opens its
    // card and moves focus into it, so the keyboard reaches what a pointer's rest shows; the
    // card, a labelled dialog, is announced as it takes focus. Escape gives focus back.
    let card = use_node_ref();
    let onkeydown = {
        let later = later.clone();
        let onaction = props.onaction.clone();
        let card = card.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !matches!(e.key().as_str(), "Enter" | " ")
                || e.ctrl_key()
                || e.meta_key()
                || e.alt_key()
            {
                return;
            }
            let Some(id) = mention_of(e.target()) else { return };
            e.prevent_default();
            later(0, None);
            onaction.emit(Action::Hover(Some(id)));
            // After the render that shows the card.
            let card = card.clone();
            Timeout::new(0, move || {
                if let Some(card) = card.cast::<HtmlElement>() {
                    let _ = card.focus();
                }
            })
            .forget();
        })
    };
    // Escape in the card: close it and give focus back to its mention, as navigation (no
    // new card).
    let onescape = {
        let revealing = revealing.clone();
        let onaction = props.onaction.clone();
        Callback::from(move |id: MentionId| {
            if let Some(mark) = dom::document()
                .get_element_by_id(&mark_id(id))
                .and_then(|m| m.dyn_into::<HtmlElement>().ok())
            {
                *revealing.borrow_mut() = true;
                let _ = mark.focus();
                *revealing.borrow_mut() = false;
            }
            onaction.emit(Action::Hover(None));
        })
    };

    // One delegated listener for the whole article instead of one closure per mark.
    let onclick = {
        let doc = props.doc.clone();
        let focused = props.focused;
        let marked = props.marked.is_some();
        let onaction = props.onaction.clone();
        let later = later.clone();
        let hover = props.hover;
        Callback::from(move |e: MouseEvent| {
            // Any click in the article ends the evidence mark: the reader has moved on.
            if marked {
                onaction.emit(Action::ClearMark);
            }
            let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Ok(Some(link)) = target.closest("a[data-section]") {
                // A modified click means "open elsewhere": leave it to the browser.
                if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                    return;
                }
                // Contents links scroll with script so the URL fragment keeps the selection.
                e.prevent_default();
                let section = link.get_attribute("data-section").unwrap_or_default();
                if let Some(heading) = dom::document().get_element_by_id(&section) {
                    dom::reveal(&heading, ScrollLogicalPosition::Start);
                }
                return;
            }
            // A click that ends a text selection is the reader selecting text, not a mention.
            if dom::window().get_selection().ok().flatten().is_some_and(|s| !s.is_collapsed()) {
                return;
            }
            let Ok(Some(mark)) = target.closest("mark[data-mention]:not(.off)") else { return };
            let Some(index) =
                mark.get_attribute("data-mention").and_then(|m| m.parse::<usize>().ok())
            else {
                return;
            };
            let Some(mention) = doc.analysis.mentions.get(index) else { return };
            later(0, None);
            let clears = focused == Some(MentionId(index as u32));
            if clears {
                onaction.emit(Action::Clear);
            } else {
                onaction.emit(Action::Select(mention.entity, Some(doc.ordinal[index] as usize)));
            }
            if dom::is_phone() && !clears {
                // A phone has no hover and its sidebar is a closed sheet: a tap opens the card
                // as a popover at the bottom of the screen, clear of the tapped text.
                onaction.emit(Action::Hover(Some(MentionId(index as u32))));
            } else if hover.is_some() {
                // With a mouse, clicking acts on the mention; the card would only cover the text.
                onaction.emit(Action::Hover(None));
            }
        })
    };

    let marks = Marks {
        doc: &props.doc,
        selected: props.selected,
        focused: props.focused,
        enabled: &props.enabled,
        marked: props.marked,
    };
    let analysis = &props.doc.analysis;
    let meta = html! {
        <p class="meta">
            { format!("{} min read", props.doc.minutes) }
            <span aria-hidden="true">{ " · " }</span>
            { plural(analysis.entities.len(), "entity", "entities") }
            <span aria-hidden="true">{ " · " }</span>
            { plural(props.doc.fact_count(), "fact", "facts") }
        </p>
    };
    // The title heads the article with the bylines right under it and the meta line; an
    // article without a title line starts with the meta line.
    let has_title = analysis.blocks.first().is_some_and(|b| b.kind == BlockKind::Title);
    let head = if has_title {
        1 + analysis.blocks[1..].iter().take_while(|b| b.kind == BlockKind::Byline).count()
    } else {
        0
    };
    let header = has_title.then(|| {
        html! {
            <header class="article-head">
                { for analysis.blocks[..head].iter().map(|b| marks.block(b)) }
                { meta.clone() }
            </header>
        }
    });
    // The rest of the article in parts (see [`Part`]), the later ones built after the first.
    let parts = use_memo((props.doc.clone(), head), |(doc, head)| parts(doc, *head));
    // Which parts are built: the first ones, those that came near the screen, and those a
    // focused mention or a marked sentence is in (so they can be scrolled to).
    let first_built = |n: usize| Rc::new(vec![true; FIRST_PARTS.min(n)]);
    let built = use_state(|| first_built(parts.len()));
    // The parts' text comes a few parts per timer tick after the first render (all of it at
    // once would stall the page for a second at 8 MB); the page answers input in between.
    let texts = use_state(|| FIRST_PARTS);
    {
        // Another article: its first parts first.
        let (built, texts, n) = (built.clone(), texts.clone(), parts.len());
        use_effect_with(props.doc.clone(), move |_| {
            built.set(first_built(n));
            texts.set(FIRST_PARTS);
        });
    }
    let part_of = |pos: usize| parts.partition_point(|p| p.span.end <= pos);
    let needed: Vec<usize> = props
        .focused
        .and_then(|m| analysis.mentions.get(m.0 as usize))
        .map(|m| part_of(m.span.start))
        .into_iter()
        .chain(props.marked.map(|s| part_of(s.start)))
        .filter(|&k| k < parts.len())
        .collect();
    let is_built = |k: usize| built.get(k).copied().unwrap_or(false) || needed.contains(&k);
    {
        let (texts, total) = (texts.clone(), parts.len());
        let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
        use_effect_with((*texts, total), move |&(n, total)| {
            *timer.borrow_mut() =
                (n < total).then(|| Timeout::new(0, move || texts.set(n + TEXT_PARTS)));
        });
    }
    {
        // Parts of text alone are watched; one that comes near the screen is built.
        let (built, article) = (built.clone(), article.clone());
        let observer: Rc<RefCell<Option<dom::Observer>>> = use_mut_ref(|| None);
        use_effect_with((props.doc.clone(), built.clone()), move |_| {
            let on_near = {
                let built = built.clone();
                move |ks: Vec<usize>| {
                    let mut now = (**built).clone();
                    for k in ks {
                        if now.len() <= k {
                            now.resize(k + 1, false);
                        }
                        now[k] = true;
                    }
                    built.set(Rc::new(now));
                }
            };
            *observer.borrow_mut() = article.cast::<Element>().and_then(|a| {
                dom::Observer::parts(&a, ".part.waiting", "data-part", BUILD_MARGIN, on_near)
            });
        });
    }
    {
        // The article's text changed under find in the article (a part got its highlights,
        // or the last parts their text): it looks again (`find.rs`).
        let all_text = *texts >= parts.len();
        use_effect_with((built.clone(), all_text), move |_| {
            if let Ok(e) = web_sys::Event::new(PARTS_CHANGED) {
                let _ = dom::document().dispatch_event(&e);
            }
        });
    }
    let enabled: Rc<[Class]> = props.enabled.as_slice().into();
    // Every part is in the list from the start (the later ones waiting), so the list keeps its
    // length and each part its place: building one re-renders that one only.
    let blocks = parts.iter().enumerate().map(|(k, part)| {
        let here = |m: MentionId| part.mentions.contains(&m.0);
        html! {
            <ArticlePart doc={props.doc.clone()} part={part.clone()} selected={props.selected}
                focused={props.focused.filter(|&m| here(m))} enabled={enabled.clone()}
                marked={props.marked.filter(|s| s.overlaps(part.span))} waiting={!is_built(k)} empty={k >= *texts && !is_built(k)} index={k} boxed={parts.len() > 1} />
        }
    });
    let class = classes!("article", props.selected.is_some().then_some("has-selection"));
    html! {
        <>
            <article ref={article} id="article" tabindex="-1" class={class} {onclick} {onmouseover} {onmouseout} {onmousedown} {onmouseup} {onfocusin} {onfocusout} {onkeydown}>
                if let Some(header) = header { { header } } else { { meta.clone() } }
                { for blocks }
            </article>
            if let Some(mention) = props.hover {
                <Card doc={props.doc.clone()} {mention} onaction={props.onaction.clone()} {onpointer} {onescape} node={card.clone()} editable={props.editable} />
            }
            if let Some(o) = (*offer).clone() {
                <MarkOffer offer={o} onaction={props.onaction.clone()} onclose={{
                    let offer = offer.clone();
                    Callback::from(move |_: ()| offer.set(None))
                }} />
            }
        </>
    }
}

/// "1 entity", "22 entities".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
