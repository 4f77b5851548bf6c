//! The reader in a blog post's frame (`web/embed.js` opens `index.html?embed=1&…`): the
//! messages between the frame and the page that embeds it, the host's look, and the frame's
//! height.
//!
//! The conversation, all by `postMessage`:
//! - frame → host: `{type: "sidelight:ready"}` once the reader can take an article (to any
//!   origin: it says nothing), then `{type: "sidelight:height", height}` whenever the reader's
//!   height changes (only to the origin that sent the article);
//! - frame → host: `{type: "sidelight:problems", problems}` (to that origin too) when the
//!   corrections it sent could not all be read or applied: one line each, for the author;
//! - host → frame: `{type: "sidelight:load", text, look?, analysis?, corrections?}`, read only from the
//!   window that embeds the frame, and only in that shape. `text` is analysed as text, never
//!   read as markup; `look` holds CSS values (a font list, colours, sizes, "light"/"dark"),
//!   each set only as the value of one of the reader's own custom properties and only if the
//!   browser parses it as a value of that kind; `analysis` (from markup `sidelight render`
//!   made) is used only if it is an analysis of `text` that holds every invariant;
//!   `corrections` is a corrections sidecar (`state::sidecar`, the element's `annotations`
//!   file), applied over the analysis as the full reader applies a reader's corrections.

use super::dom;
use super::store::Store;
use crate::engine::{self, Analysis};
use crate::state::corrections::apply;
use crate::state::embed::{only_types, Embed};
use crate::state::sidecar;
use crate::state::Action;
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The longest article a host page may send, in bytes (as Open reads: 8 MB).
const MAX_TEXT_BYTES: usize = 8 << 20;

/// What the frame keeps while it listens: the listener, the height observer, and the origin
/// of the page that sent the article (heights go only there).
pub struct Host {
    _listener: EventListener,
    observer: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
}

impl Drop for Host {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Tells the page that embeds the frame that the reader is ready, and loads the article it
/// sends; reports the reader's height to it from then on. `None` when there is no parent.
pub fn listen(dispatcher: UseReducerDispatcher<Store>, embed: Embed) -> Option<Host> {
    let window = dom::window();
    let parent = window.parent().ok().flatten()?;
    let host_origin: Rc<RefCell<Option<String>>> = Rc::default();
    let listener = {
        let parent = parent.clone();
        let host_origin = host_origin.clone();
        EventListener::new(&window, "message", move |event| {
            let Some(message) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            if !message.source().is_some_and(|s| js_sys::Object::is(&s, &parent)) {
                return;
            }
            let data = message.data();
            let Some(text) = load_message_text(&data) else { return };
            let origin = message.origin();
            *host_origin.borrow_mut() = Some(origin.clone());
            apply_look(&js_sys::Reflect::get(&data, &"look".into()).unwrap_or_default());
            let given = js_sys::Reflect::get(&data, &"analysis".into()).ok();
            let analysis = given_analysis(&text, given).unwrap_or_else(|| {
                mark_analysis("engine");
                engine::analyze(&text)
            });
            let sidecar = dom::field(&data, "corrections");
            let (analysis, problems) = corrected(&text, analysis, sidecar);
            if !problems.is_empty() {
                let list: js_sys::Array = problems.iter().map(|p| JsValue::from_str(p)).collect();
                let said = dom::object(&[
                    ("type", "sidelight:problems".into()),
                    ("problems", list.into()),
                ]);
                let _ = parent.post_message(&said, &origin);
            }
            let analysis: Analysis = match &embed.types {
                Some(types) => only_types(&analysis, types),
                None => analysis,
            };
            dispatcher.dispatch(Action::LoadAnalysed(Rc::from(text), Rc::new(analysis)));
        })
    };
    let observer = observe_height(parent.clone(), host_origin);
    let ready = dom::object(&[("type", "sidelight:ready".into())]);
    // Nothing is in "ready" but its type; the host checks that it comes from its own frame.
    let _ = parent.post_message(&ready, "*");
    Some(Host { _listener: listener, observer })
}

/// The article of a `sidelight:load` message, if the message has exactly that shape: an
/// object whose `type` is "sidelight:load" and whose `text` is a string of at most
/// [`MAX_TEXT_BYTES`].
fn load_message_text(data: &JsValue) -> Option<String> {
    if !data.is_object() {
        return None;
    }
    let field = |key: &str| js_sys::Reflect::get(data, &key.into()).ok();
    if field("type")?.as_string().as_deref() != Some("sidelight:load") {
        return None;
    }
    let text = field("text")?.as_string()?;
    (text.len() <= MAX_TEXT_BYTES).then_some(text)
}

/// `analysis` with the corrections of the host's sidecar applied (none when it sent none),
/// and a line for each correction that could not be read or found nothing to apply to.
fn corrected(text: &str, analysis: Analysis, sidecar: JsValue) -> (Analysis, Vec<String>) {
    if sidecar.is_undefined() || sidecar.is_null() {
        return (analysis, Vec::new());
    }
    let read = serde_wasm_bindgen::from_value::<sidecar::Value>(sidecar)
        .map_err(|_| "not a JSON document".to_string())
        .and_then(|v| sidecar::read(&v));
    let read = match read {
        Ok(read) => read,
        Err(e) => return (analysis, vec![e]),
    };
    let applied = apply(text, &analysis, &read.corrections);
    let mut problems = read.problems;
    problems.extend(applied.detached.iter().map(|&i| {
        format!("corrections: “{}” found nothing to apply to", read.corrections[i].describe())
    }));
    (applied.analysis, problems)
}

/// The analysis a host page sent with its article (markup made by `sidelight render`), if it
/// reads as one and holds every invariant of an analysis of this text (`engine::check`):
/// then the reader shows it without analysing the text again.
fn given_analysis(text: &str, given: Option<JsValue>) -> Option<Analysis> {
    let given = given.filter(|g| g.is_object())?;
    let analysis: Analysis = serde_wasm_bindgen::from_value(given).ok()?;
    engine::check(text, &analysis).ok()?;
    mark_analysis("given");
    Some(analysis)
}

/// Records on the page which analysis the reader shows: "given" (the host's markup) or
/// "engine" (made here), for tests and the curious.
fn mark_analysis(which: &str) {
    if let Some(root) = dom::document().document_element() {
        let _ = root.set_attribute("data-analysis", which);
    }
}

/// The host's look, as custom properties of the reader's root: each field of `look` that
/// the browser parses as a value of its kind, and nothing else.
fn apply_look(look: &JsValue) {
    if !look.is_object() {
        return;
    }
    let Some(root) = dom::document().document_element() else { return };
    let Some(style) = root.dyn_ref::<web_sys::HtmlElement>().map(|r| r.style()) else { return };
    // (field of `look`, the CSS property its value must parse as, the custom properties set)
    const FIELDS: &[(&str, &str, &[&str])] = &[
        ("font", "font-family", &["--font-body"]),
        ("size", "font-size", &["--host-font-size"]),
        ("lineHeight", "line-height", &["--host-line-height"]),
        ("text", "color", &["--fg"]),
        ("background", "background-color", &["--bg"]),
        ("accent", "color", &["--accent", "--focus"]),
        ("titleFont", "font-family", &["--host-title-font"]),
        ("titleSize", "font-size", &["--host-title-size"]),
        ("titleWeight", "font-weight", &["--host-title-weight"]),
        ("titleLineHeight", "line-height", &["--host-title-line-height"]),
        ("titleGap", "margin-bottom", &["--host-title-gap"]),
        ("titleWrap", "text-wrap", &["--host-title-wrap"]),
        ("paragraphGap", "margin-bottom", &["--host-paragraph-gap"]),
    ];
    let mut any = false;
    for &(field, property, targets) in FIELDS {
        let Some(value) =
            js_sys::Reflect::get(look, &field.into()).ok().and_then(|v| v.as_string())
        else {
            continue;
        };
        if css_value_ok(property, &value) {
            for target in targets {
                let _ = style.set_property(target, value.trim());
            }
            any = true;
        }
    }
    if any {
        let _ = root.set_attribute("data-host-look", "");
    }
    let theme = js_sys::Reflect::get(look, &"theme".into()).ok().and_then(|v| v.as_string());
    if let Some(theme @ ("light" | "dark")) = theme.as_deref() {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// Is `value` a plain value of `property`: short, one declaration's worth, no external
/// resource, and parsed by the browser?
fn css_value_ok(property: &str, value: &str) -> bool {
    let value = value.trim();
    !value.is_empty()
        && value.len() <= 300
        && !value.contains([';', '{', '}', '\\', '<'])
        && !value.to_ascii_lowercase().contains("url(")
        && web_sys::css::supports_with_value(property, value).unwrap_or(false)
}

/// Reports the reader's height to the host page whenever it changes, once the host has sent
/// its article (before that the host shows its own copy of the article).
fn observe_height(
    parent: web_sys::Window,
    host_origin: Rc<RefCell<Option<String>>>,
) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let root = dom::document().get_element_by_id("app")?;
    let measured = root.clone();
    let last = std::cell::Cell::new(0u32);
    let report = Closure::<dyn FnMut()>::new(move || {
        let Some(origin) = host_origin.borrow().clone() else { return };
        // The reader's own height, not the frame's: a frame taller than its content must be
        // able to shrink.
        let height = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = dom::object(&[
            ("type", "sidelight:height".into()),
            ("height", f64::from(height).into()),
        ]);
        let _ = parent.post_message(&message, &origin);
    });
    let observer = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some((observer, report))
}
