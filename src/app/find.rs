//! Find in the article, under the entity search: the words typed are also looked for in the
//! article's text (`state::find`), every match is highlighted and the current one scrolled to,
//! with previous/next. Highlights go through the CSS Custom Highlight API (`CSS.highlights`),
//! so the article's markup is never touched; a browser without it still counts and scrolls.

use super::dom;
use crate::state::find::{find, fold};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Range, ScrollLogicalPosition};
use yew::prelude::*;

/// The names of the two highlights (styled by `::highlight(…)` in `main.css`).
const ALL: &str = "sidelight-find";
const CURRENT: &str = "sidelight-find-current";

#[derive(Properties, PartialEq)]
pub struct FindProps {
    pub query: String,
    /// Changes whenever the article's markup may have changed (the analysis shown).
    pub doc: super::doc::Doc,
    /// The article's element.
    pub article: NodeRef,
    /// Asks for the next (`1`) or previous (`-1`) match: a counter bumped by the search box's
    /// Enter / Shift+Enter, with the step.
    pub step: (u32, i32),
}

/// The article's text nodes, each with the UTF-16 offset at which it starts in the joined
/// text; text of different blocks is kept apart by a separator unit, so no match spans two.
struct Text {
    nodes: Vec<(Node, usize)>,
    joined: String,
}

fn article_text(article: &Element) -> Option<Text> {
    // NodeFilter.SHOW_TEXT
    let walker = dom::document().create_tree_walker_with_what_to_show(article, 4).ok()?;
    let mut nodes = Vec::new();
    let mut joined = String::new();
    let mut units = 0;
    let mut last_block: Option<Element> = None;
    const BLOCKS: &str = "p, h1, h2, h3, h4, li, blockquote, figcaption, dt, dd, td, th";
    while let Ok(Some(node)) = walker.next_node() {
        let Some(data) = node.node_value() else { continue };
        let block = node.parent_element().and_then(|p| p.closest(BLOCKS).ok().flatten());
        if last_block.is_some() && block != last_block {
            joined.push('\u{0}');
            units += 1;
        }
        last_block = block;
        nodes.push((node, units));
        units += data.encode_utf16().count();
        joined.push_str(&data);
    }
    Some(Text { nodes, joined })
}

/// The DOM position of UTF-16 offset `at` of the joined text (`end`: the end of a match,
/// which belongs to the node it ends in).
fn position(text: &Text, at: usize, end: bool) -> Option<(Node, u32)> {
    let k = text.nodes.partition_point(|(_, s)| if end { *s < at } else { *s <= at });
    let (node, start) = text.nodes.get(k.checked_sub(1)?)?;
    Some((node.clone(), (at - start) as u32))
}

fn range(text: &Text, (s, e): (usize, usize)) -> Option<Range> {
    let range = dom::document().create_range().ok()?;
    let (sn, so) = position(text, s, false)?;
    let (en, eo) = position(text, e, true)?;
    range.set_start(&sn, so).ok()?;
    range.set_end(&en, eo).ok()?;
    Some(range)
}

/// `CSS.highlights`, where the browser has it.
fn registry() -> Option<JsValue> {
    let css = js_sys::Reflect::get(&dom::window(), &"CSS".into()).ok()?;
    let registry = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    (!registry.is_undefined()).then_some(registry)
}

/// Sets (or with no ranges, removes) the highlight `name`.
fn highlight(name: &str, ranges: &[Range]) {
    let Some(registry) = registry() else { return };
    let call = |method: &str, args: &js_sys::Array| {
        if let Ok(f) = js_sys::Reflect::get(&registry, &method.into()) {
            if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                let _ = js_sys::Reflect::apply(f, &registry, args);
            }
        }
    };
    if ranges.is_empty() {
        call("delete", &js_sys::Array::of1(&name.into()));
        return;
    }
    let Ok(ctor) = js_sys::Reflect::get(&dom::window(), &"Highlight".into()) else { return };
    let Some(ctor) = ctor.dyn_ref::<js_sys::Function>() else { return };
    let args: js_sys::Array = ranges.iter().map(JsValue::from).collect();
    if let Ok(h) = js_sys::Reflect::construct(ctor, &args) {
        call("set", &js_sys::Array::of2(&name.into(), &h));
    }
}

#[function_component]
pub fn Find(props: &FindProps) -> Html {
    // The matches' ranges, and which one is current.
    let ranges = use_state(Vec::<Range>::new);
    let current = use_state(|| None::<usize>);
    // Bumped when a long article's parts change their text (`article::PARTS_CHANGED`): the
    // ranges found before may point into text that is gone.
    let changed = use_mut_ref(|| 0u32);
    let rerun = use_force_update();
    {
        let (changed, rerun) = (changed.clone(), rerun.clone());
        use_effect_with((), move |_| {
            let listener = gloo_events::EventListener::new(
                &dom::document(),
                super::article::PARTS_CHANGED,
                move |_| {
                    *changed.borrow_mut() += 1;
                    rerun.force_update();
                },
            );
            move || drop(listener)
        });
    }
    {
        let (ranges, current, article) = (ranges.clone(), current.clone(), props.article.clone());
        let changed = *changed.borrow();
        // The query and article the current match belongs to: when only the parts changed,
        // the reader keeps their place among the matches.
        let searched: std::rc::Rc<std::cell::RefCell<Option<(String, super::doc::Doc)>>> =
            use_mut_ref(|| None);
        use_effect_with(
            (props.query.clone(), props.doc.clone(), changed),
            move |(query, doc, _)| {
                // Too short to look for: the article's text is not walked (a long article's
                // walk is hundreds of milliseconds).
                let wanted = query.trim().chars().count() >= crate::state::find::MIN_CHARS;
                let found: Vec<Range> = wanted
                    .then(|| article.cast::<Element>())
                    .flatten()
                    .and_then(|a| article_text(&a))
                    .map(|text| {
                        let folded = fold(&text.joined);
                        find(&folded, query).into_iter().filter_map(|m| range(&text, m)).collect()
                    })
                    .unwrap_or_default();
                let same = searched.borrow().as_ref().is_some_and(|(q, d)| q == query && d == doc);
                *searched.borrow_mut() = Some((query.clone(), doc.clone()));
                let at = (*current).filter(|&at| same && at < found.len());
                highlight(ALL, &found);
                highlight(
                    CURRENT,
                    at.and_then(|at| found.get(at)).map(std::slice::from_ref).unwrap_or(&[]),
                );
                ranges.set(found);
                current.set(at);
                // Gone (the search emptied, another tab): so are the highlights.
                || {
                    highlight(ALL, &[]);
                    highlight(CURRENT, &[]);
                }
            },
        );
    }
    // Enter / Shift+Enter in the search box, or the buttons: the next or previous match.
    let go = {
        let (ranges, current) = (ranges.clone(), current.clone());
        move |to: usize| {
            let Some(r) = ranges.get(to) else { return };
            highlight(CURRENT, std::slice::from_ref(r));
            if let Some(el) = r.start_container().ok().and_then(|n| n.parent_element()) {
                dom::scroll_to(&el, ScrollLogicalPosition::Center);
            }
            current.set(Some(to));
        }
    };
    // From the current match (none yet: from before the first), `by` matches on, round.
    let next = |at: Option<usize>, by: i32, n: usize| match at {
        Some(at) => (at as i64 + i64::from(by)).rem_euclid(n as i64) as usize,
        None if by < 0 => n - 1,
        None => 0,
    };
    {
        let (go, n, at, started) = (go.clone(), ranges.len(), *current, use_mut_ref(|| false));
        use_effect_with(props.step, move |&(_, step)| {
            // Not on the first render: only when asked.
            if std::mem::replace(&mut *started.borrow_mut(), true) && n > 0 {
                go(next(at, step, n));
            }
        });
    }
    let n = ranges.len();
    if props.query.trim().chars().count() < crate::state::find::MIN_CHARS {
        return html! {};
    }
    let step = |by: i32| {
        let (go, at) = (go.clone(), *current);
        Callback::from(move |_: MouseEvent| {
            if n > 0 {
                go(next(at, by, n));
            }
        })
    };
    let limit = crate::state::find::MAX_MATCHES;
    html! {
        <div class="find">
            <span class="find-count" role="status">{
                match (n, *current) {
                    (0, _) => "Not in the article's text".to_string(),
                    (_, Some(at)) if n < limit => format!("{} of {n} in the article", at + 1),
                    _ if n >= limit => format!("{limit}+ in the article"),
                    _ => format!("{n} in the article"),
                }
            }</span>
            <button type="button" class="find-step" onclick={step(-1)} disabled={n < 2}
                aria-label="Previous in the article (Shift+Enter)" title="Previous in the article (Shift+Enter)">{ "‹" }</button>
            <button type="button" class="find-step" onclick={step(1)} disabled={n == 0}
                aria-label="Next in the article (Enter)" title="Next in the article (Enter)">{ "›" }</button>
        </div>
    }
}
