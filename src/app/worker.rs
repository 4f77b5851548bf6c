//! Large articles are analysed off the page's main thread, in a Web Worker running this same
//! WebAssembly (`web/worker.js` loads it; `main` sees it is in a worker and calls [`serve`]),
//! so the page keeps answering while the engine works, shows its progress, and can cancel.
//!
//! The conversation, by `postMessage`:
//! - page → worker: `{type: "start", js, wasm}` (the page's own files), then
//!   `{type: "job", text, outline}`;
//! - worker → page: `{type: "ready"}` once the engine is loaded, `{type: "progress", done,
//!   stage}` as each stage starts, `{type: "done", analysis}` at the end, the analysis as bytes
//!   (`Analysis::to_bytes`) in a buffer transferred, not copied.
//!
//! One worker per analysis: a finished or cancelled one is terminated, which also gives its
//! memory back at once.

use super::dom;
use crate::engine::{self, Analysis, LineKind, Stage};
use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// Articles at least this long (bytes) are analysed in a worker; shorter ones take less time
/// than starting one (a quarter of a megabyte takes about 0.1 s).
pub const WORKER_MIN_BYTES: usize = 256 << 10;

/// In a worker: answers the page's jobs (see the module's doc) for the worker's lifetime.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if dom::field(&data, "type").as_string().as_deref() != Some("job") {
                return;
            }
            // The text comes as UTF-8 bytes in a buffer moved here, not as a string the page
            // had to build and this side to take apart (tens of milliseconds each at 8 MB).
            let Some(text) = dom::field(&data, "text")
                .dyn_into::<js_sys::Uint8Array>()
                .ok()
                .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
            else {
                return;
            };
            let outline: Option<Vec<LineKind>> =
                serde_wasm_bindgen::from_value(dom::field(&data, "outline")).ok().flatten();
            let mut on_stage = |s: Stage| {
                let m = dom::object(&[
                    ("type", "progress".into()),
                    ("done", f64::from(s.done()).into()),
                    ("stage", s.words().into()),
                ]);
                let _ = post.post_message(&m);
            };
            let analysis = engine::analyze_reporting(&text, outline.as_deref(), &mut on_stage);
            // As bytes in a buffer that moves to the page rather than being copied.
            let bytes = js_sys::Uint8Array::from(analysis.to_bytes().as_slice());
            let done = dom::object(&[("type", "done".into()), ("analysis", bytes.clone().into())]);
            let _ = post.post_message_with_transfer(&done, &js_sys::Array::of1(&bytes.buffer()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&dom::object(&[("type", "ready".into())]));
}

/// An analysis running in a worker; dropping it cancels it.
pub struct Job {
    worker: web_sys::Worker,
    // False once dropped: an analysis read before, and shown a task later, is then not shown.
    alive: std::rc::Rc<std::cell::Cell<bool>>,
    _listeners: [EventListener; 2],
}

impl Drop for Job {
    fn drop(&mut self) {
        self.alive.set(false);
        self.worker.terminate();
    }
}

/// Starts analysing `text` (with its `outline`) in a worker: `progress` hears each stage (how
/// much is done, in words), `done` the analysis, or `Err` when no worker could do it (then
/// the caller analyses on the page). `None` when the page cannot start a worker at all.
pub fn start(
    text: &str,
    outline: Option<&[LineKind]>,
    progress: Callback<(f32, &'static str)>,
    done: Callback<Result<Analysis, String>>,
) -> Option<Job> {
    // Addresses made absolute: the worker resolves against its own.
    let js = dom::own_file(dom::OWN_JS)?;
    let wasm = dom::own_file(dom::OWN_WASM)?;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("./worker.js", &options).ok()?;
    let outline = serde_wasm_bindgen::to_value(&outline).unwrap_or(JsValue::NULL);
    let bytes = js_sys::Uint8Array::from(text.as_bytes());
    let moved = js_sys::Array::of1(&bytes.buffer());
    let job = dom::object(&[("type", "job".into()), ("text", bytes.into()), ("outline", outline)]);
    let alive = std::rc::Rc::new(std::cell::Cell::new(true));
    let on_message = {
        let worker = worker.clone();
        let done = done.clone();
        let alive = alive.clone();
        EventListener::new(&worker.clone(), "message", move |e| {
            let Some(data) = e.dyn_ref::<web_sys::MessageEvent>().map(|m| m.data()) else { return };
            match dom::field(&data, "type").as_string().as_deref() {
                Some("ready") => {
                    let _ = worker.post_message_with_transfer(&job, &moved);
                }
                Some("progress") => {
                    let share = dom::field(&data, "done").as_f64().unwrap_or(0.0) as f32;
                    let stage = dom::field(&data, "stage").as_string().unwrap_or_default();
                    // The stage's words, as the engine has them (never the message's own).
                    let words = Stage::ALL
                        .into_iter()
                        .map(Stage::words)
                        .find(|w| *w == stage)
                        .unwrap_or("Analysing");
                    progress.emit((share, words));
                }
                Some("done") => {
                    let analysis = dom::field(&data, "analysis")
                        .dyn_into::<js_sys::Uint8Array>()
                        .map_err(|_| "the worker sent no analysis".to_string())
                        .and_then(|bytes| Analysis::from_bytes(&bytes.to_vec()))
                        .map_err(|e| format!("the worker's analysis could not be read ({e})"));
                    // Shown in a task of its own: reading a large article's analysis and
                    // building its page in one would hold the page past a tenth of a second.
                    let (done, alive) = (done.clone(), alive.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        dom::next_task().await;
                        if alive.get() {
                            done.emit(analysis);
                        }
                    });
                }
                _ => {}
            }
        })
    };
    let on_error = EventListener::new(&worker, "error", move |_| {
        done.emit(Err("the worker stopped".into()));
    });
    let start = dom::object(&[("type", "start".into()), ("js", js.into()), ("wasm", wasm.into())]);
    worker.post_message(&start).ok()?;
    Some(Job { worker, alive, _listeners: [on_message, on_error] })
}
