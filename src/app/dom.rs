//! Small wrappers over the browser APIs the views need: the URL fragment, scrolling with
//! respect for `prefers-reduced-motion`, focus, and the Tab trap of dialogs. Event listeners
//! that remove themselves are `gloo_events::EventListener`s.
//!
//! Every call tolerates a missing window or element: the reader must keep working (just
//! without the side effect) rather than panic, since a panic aborts the whole app.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// The URL fragment, with its leading `#` (or empty).
pub fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Replaces the URL fragment without adding a history entry or firing `hashchange`.
pub fn replace_fragment(fragment: &str) {
    if let Ok(search) = window().location().search() {
        replace_address(&search, fragment);
    }
}

/// Replaces the page's query string (`?…`, or empty) and fragment without adding a history
/// entry or firing `hashchange`.
pub fn replace_address(search: &str, fragment: &str) {
    let Ok(path) = window().location().pathname() else { return };
    if let Ok(history) = window().history() {
        let url = format!("{path}{search}{fragment}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Does the reader ask for less motion?
pub fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
}

thread_local! {
    /// Whether the reader runs in a blog's frame (set once at start).
    static EMBEDDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Records whether the reader runs in a blog's frame, where it never uses the phone layout.
pub fn set_embedded(embedded: bool) {
    EMBEDDED.with(|e| e.set(embedded));
}

/// Is the layout the phone one (sidebar as a bottom sheet)? Mirrors the stylesheet's breakpoint.
/// Never in a blog's frame: there the sidebar stacks under the article at narrow widths and
/// cards stay by their mentions.
pub fn is_phone() -> bool {
    if EMBEDDED.with(|e| e.get()) {
        return false;
    }
    window().match_media("(max-width: 699px)").ok().flatten().is_some_and(|q| q.matches())
}

/// Does the reader have a pointer that can hover (a mouse, not a finger)?
pub fn can_hover() -> bool {
    window()
        .match_media("(hover: hover) and (pointer: fine)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
}

/// Scrolls `el` into view (`center` for mentions, `start` for headings), smoothly unless the
/// reader prefers reduced motion, then focuses it without a second jump.
pub fn reveal(el: &Element, block: ScrollLogicalPosition) {
    scroll_to(el, block);
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
}

/// Scrolls `el` into view like [`reveal`], but leaves keyboard focus where it is (for
/// requests from the sidebar's panels, where the reader goes on working).
pub fn scroll_to(el: &Element, block: ScrollLogicalPosition) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Runs `f` once the app has rendered the state changes dispatched so far: Yew renders in a
/// microtask, and a zero-delay timer runs after the microtasks (to focus an element that the
/// next render creates).
pub fn after_render(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    let _ =
        window().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
}

/// Resolves in a later task (a zero-delay timer): a long job that awaits it between its
/// slices lets the page answer input and paint in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Gives focus back to the element that had it when `open` became true, once `open` turns
/// false again or the component goes away: the opener of a dialog (the button, or the mention
/// a shortcut was pressed on). When that element has left the page (a render replaced it) or
/// was the page itself, `fallback` (the dialog's usual opener) takes focus instead. Only when
/// focus has nowhere else to be (it fell to the body with the closed dialog's elements): a
/// click that closed the dialog by focusing something else keeps that focus. Call it before
/// the component's own effects that move focus into the dialog, so that it records the opener
/// and not the dialog's first control.
#[yew::hook]
pub fn use_return_focus(open: bool, fallback: yew::NodeRef) {
    yew::use_effect_with(open, move |&open| {
        let opener = if open { document().active_element() } else { None };
        move || {
            if !open {
                return;
            }
            // The cleanup runs before the dialog's elements leave the page: look once they
            // have gone.
            gloo_timers::callback::Timeout::new(0, move || {
                let doc = document();
                let body: Option<Element> = doc.body().map(Into::into);
                let is_body = |el: &Element| body.as_ref() == Some(el);
                if doc.active_element().is_some_and(|a| !is_body(&a)) {
                    return;
                }
                let target = opener
                    .filter(|o| o.is_connected() && !is_body(o))
                    .or_else(|| fallback.cast::<Element>())
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok());
                if let Some(el) = target {
                    let _ = el.focus();
                }
            })
            .forget();
        }
    });
}

/// Keeps Tab and Shift+Tab inside `container` (a modal dialog or the open phone sheet): from
/// the last focusable element Tab wraps to the first, and Shift+Tab the other way.
pub fn trap_tab(container: &Element, ev: &web_sys::KeyboardEvent) {
    if ev.key() != "Tab" {
        return;
    }
    const FOCUSABLE: &str =
        "a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]";
    let Ok(list) = container.query_selector_all(FOCUSABLE) else { return };
    // Only elements in the Tab order that are drawn (not a roving tab list's other tabs, not
    // a closed panel's controls).
    let focusable: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|el| el.tab_index() >= 0 && (el.offset_width() > 0 || el.offset_height() > 0))
        .collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else { return };
    let active = document().active_element();
    let is = |el: &HtmlElement| active.as_ref().is_some_and(|a| a == el.unchecked_ref::<Element>());
    let inside = active.as_ref().is_some_and(|a| container.contains(Some(a.unchecked_ref())));
    let target = match (ev.shift_key(), inside) {
        (true, true) if is(first) => last,
        (false, true) if is(last) => first,
        (true, false) => last,
        (false, false) => first,
        _ => return,
    };
    ev.prevent_default();
    let _ = target.focus();
}

/// Offers `content` to the reader as a file named `name` (a download made in the page: nothing
/// leaves the browser).
pub fn download(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download reads the URL after this returns: free it a little later.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// A plain JavaScript object with these fields (a `postMessage` message).
pub fn object(fields: &[(&str, wasm_bindgen::JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&o, &(*key).into(), value);
    }
    o
}

/// A field of a JavaScript value (a message's), `undefined` when it has none.
pub fn field(data: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(data, &key.into()).unwrap_or_default()
}

/// The page's own script (wasm-bindgen's module) and WebAssembly, as the `<link>`s of the
/// built page name them.
pub const OWN_JS: &str = "link[rel=\"modulepreload\"]";
pub const OWN_WASM: &str = "link[rel=\"preload\"][as=\"fetch\"]";
pub const OWN_CSS: &str = "link[rel=\"stylesheet\"]";

/// The absolute address of one of the page's own files (`OWN_JS`, ...), if the page links it.
pub fn own_file(link: &str) -> Option<String> {
    let href = document().query_selector(link).ok()??.get_attribute("href")?;
    let base = window().location().href().ok()?;
    Some(web_sys::Url::new_with_base(&href, &base).ok()?.href())
}

/// Watches the elements of `root` that match a selector and tells which come near the screen
/// (an `IntersectionObserver` with the viewport as its root); stops watching when dropped.
pub struct Observer {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Observer {
    /// Watches the elements under `root` matching `selector`; `on_near` hears the numbers in
    /// their `attr` attribute when they come within `margin` (CSS margins around the
    /// viewport, "100% 0px") of the screen. `None` where the browser has no observer.
    pub fn parts(
        root: &Element,
        selector: &str,
        attr: &str,
        margin: &str,
        on_near: impl Fn(Vec<usize>) + 'static,
    ) -> Option<Observer> {
        let attr = attr.to_string();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let near: Vec<usize> = entries
                .iter()
                .filter_map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                .filter(|e| e.is_intersecting())
                .filter_map(|e| e.target().get_attribute(&attr)?.parse().ok())
                .collect();
            if !near.is_empty() {
                on_near(near);
            }
        });
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin(margin);
        let observer = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &init,
        )
        .ok()?;
        let found = root.query_selector_all(selector).ok()?;
        for i in 0..found.length() {
            if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                observer.observe(&el);
            }
        }
        Some(Observer { observer, _callback: callback })
    }
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `TextEncoder`, taking any JavaScript string (web-sys's binding takes a
    /// Rust `&str`, which would already have crossed over).
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;
    #[wasm_bindgen(method, js_class = "TextEncoder")]
    fn encode(this: &Utf8Encoder, text: &wasm_bindgen::JsValue) -> js_sys::Uint8Array;
}

/// A JavaScript string as a Rust `String` of exactly its UTF-8 length, for texts that may be
/// megabytes long (what the paste box holds); `None` if `value` is not a string. wasm-bindgen's
/// own conversion reserves three bytes per character once it meets a non-ASCII one, and the
/// WebAssembly memory it grows to is never given back: a 10 MB paste would leave 30 MB
/// reserved. A lone surrogate becomes U+FFFD, as it does there.
pub fn long_string(value: &wasm_bindgen::JsValue) -> Option<String> {
    if !value.is_string() {
        return None;
    }
    Some(encoded(Utf8Encoder::new().encode(value).to_vec()))
}

/// What the encoder wrote, as a string: it writes UTF-8 only, so the fallback is never taken,
/// and never panics.
fn encoded(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`long_string`] for a text of megabytes, a slice of about a million characters at a time,
/// each in a task of its own (see [`next_task`]): converting 10 MB at once holds the page
/// for a tenth of a second. Slices never split a surrogate pair. Each slice is encoded in
/// JavaScript first, so that the text's exact UTF-8 length is known before any of it enters
/// the WebAssembly memory: reserving a byte a character and growing past it (any text with
/// curly quotes) doubled the reservation, 30 MB of memory never given back for a 10 MB paste.
pub async fn long_string_in_slices(value: &js_sys::JsString) -> String {
    const SLICE: u32 = 1 << 20;
    let len = value.length();
    let encoder = Utf8Encoder::new();
    let mut slices = Vec::new();
    let mut start = 0;
    while start < len {
        let mut end = (start + SLICE).min(len);
        // A high surrogate at the end belongs with the low one after it.
        if end < len && (55296.0..56320.0).contains(&value.char_code_at(end - 1)) {
            end -= 1;
        }
        if start > 0 {
            next_task().await;
        }
        slices.push(encoder.encode(&value.slice(start, end)));
        start = end;
    }
    let mut bytes = Vec::with_capacity(slices.iter().map(|s| s.length() as usize).sum());
    for slice in slices {
        let at = bytes.len();
        bytes.resize(at + slice.length() as usize, 0);
        slice.copy_to(&mut bytes[at..]);
    }
    encoded(bytes)
}
