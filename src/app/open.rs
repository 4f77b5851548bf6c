//! Reading another article: open a text file, paste text, or drop a file on the page (and the
//! button that opens the Library of those already read). The
//! text never leaves the browser; the engine analyses it like the sample article.
//!
//! Plain text (`.txt`, or any file the browser calls `text/plain`) is read as it is; Markdown
//! (`.md`, `.markdown`) for its structure, its syntax reduced to text (`state::markdown`);
//! a web page (an `.html` file, or a paste from a browser, which carries the page's HTML) is
//! read for its article (`html.rs`), keeping its title, headings and paragraphs. Other files
//! get a message saying what to do instead, never a garbled article.

use super::{dom, html};
use crate::engine::MAX_TEXT_BYTES;
use crate::state::files::{
    clean_text, decode, file_problem, first_part, is_markdown, is_web_page, mb,
};
use crate::state::markdown;
use crate::state::outline::{fits, Outline, Outlined};
use crate::state::Action;
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{File, HtmlElement, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

/// `text` in Unicode's composed form (NFC), by the browser's own tables: an accent written as
/// a separate character ("e" + U+0301) becomes one letter ("é"), as the engine's model saw
/// names in training. The reader sees no difference; offsets are those of the kept text.
fn nfc(text: String) -> String {
    // Most articles are composed already (`is_composed`: checked in milliseconds) and skip
    // two copies of the text across to JavaScript and back (~0.2 s at 10 MB, and the
    // WebAssembly memory wasm-bindgen reserves for the way back).
    if crate::state::files::is_composed(&text) {
        return text;
    }
    js_sys::JsString::from(text.as_str()).normalize("NFC").into()
}

/// A text coming in (a file's, a paste's) as the reader keeps it: composed ([`nfc`]) and
/// cleaned ([`clean_text`]), or the reader's words on why it cannot be read.
fn incoming(text: String, what: &str) -> Result<String, String> {
    clean_text(nfc(text), what)
}

/// What the paste box holds.
fn box_text(textarea: &NodeRef) -> String {
    textarea
        .cast::<HtmlTextAreaElement>()
        .and_then(|t| dom::long_string(&dom::field(&t, "value")))
        .unwrap_or_default()
}

/// A paste of at least this many characters (UTF-16 units; for a web page's article, bytes)
/// is kept out of the text box: a box holding megabytes takes the page hundreds of
/// milliseconds to lay out, paint and take down, each time the dialog changes.
const HOLD_CHARS: u32 = 1 << 19;

/// A paste kept out of the box (see [`HOLD_CHARS`]): the clipboard's text as the browser gave
/// it (converted when read, in slices), or a web page's article already read from its HTML.
#[derive(Clone)]
enum Held {
    Clipboard(js_sys::JsString),
    Text(String),
}

/// What the dialog shows of a held paste: its length in characters and its beginning.
#[derive(Clone, PartialEq)]
struct HeldView {
    chars: u64,
    begins: String,
}

impl HeldView {
    fn of(held: &Held) -> HeldView {
        let (chars, head) = match held {
            Held::Clipboard(js) => (u64::from(js.length()), String::from(js.slice(0, 400))),
            Held::Text(t) => (t.chars().count() as u64, t.chars().take(400).collect()),
        };
        // Its lines run on, a slash between them ("Title / First paragraph …").
        let lines = head.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "));
        let mut begins = lines.filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" / ");
        if let Some((cut, _)) = begins.char_indices().nth(160) {
            begins.truncate(cut);
            begins.push('…');
        }
        HeldView { chars, begins }
    }
}

/// The clipboard's plain text as the browser's own string: `get_data` would copy it into
/// WebAssembly memory at once, megabytes in one task.
fn clipboard_text(data: &web_sys::DataTransfer) -> Option<js_sys::JsString> {
    let get = js_sys::Reflect::get(data, &"getData".into()).ok()?;
    let get = get.dyn_into::<js_sys::Function>().ok()?;
    get.call1(data, &"text/plain".into()).ok()?.dyn_into::<js_sys::JsString>().ok()
}

/// `n` with thousands separators ("10,374,669").
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// An article to load: its text and, when its source gave it, its outline.
pub type Article = (String, Outline);

/// The article in a file's (or a fetched page's) bytes, named `what` in messages
/// ("“story.md”"): decoded (see [`decode`]), put in NFC, cleaned, then read as Markdown, a
/// web page (see [`html`]) or plain text. With it, how the bytes were decoded when that is
/// worth saying; `Err` with the reader's words.
pub fn article_from_bytes(
    bytes: &[u8],
    what: &str,
    markdown: bool,
    page: bool,
) -> Result<(Article, Option<String>), String> {
    let decoded = decode(bytes, what)?;
    let text = incoming(decoded.text, what)?;
    let article = if markdown {
        let Outlined { text, outline } = markdown::article(&text)
            .ok_or_else(|| format!("Couldn't open {what}: it has no text."))?;
        (text, Some(outline.into()))
    } else if page {
        let Outlined { text, outline } = html::article(&text).ok_or_else(|| {
            format!("Couldn't find an article in {what}: the page has no text to read.")
        })?;
        (text, Some(outline.into()))
    } else {
        (text, None)
    };
    Ok((article, decoded.note))
}

/// Reads `file` and hands its article to `done` (then how it was decoded, when worth saying,
/// to `noted`), or a message to `failed`. The read finishes later, in a task of its own; its
/// promise callbacks are freed once it settles.
pub fn read_file(
    file: File,
    done: Callback<Article>,
    failed: Callback<String>,
    noted: Callback<String>,
) {
    if let Some(problem) = file_problem(&file.name(), &file.type_(), file.size()) {
        failed.emit(problem);
        return;
    }
    let name = file.name();
    let page = is_web_page(&name, &file.type_());
    let md = is_markdown(&name, &file.type_());
    let bytes = JsFuture::from(file.array_buffer());
    spawn_local(async move {
        let Ok(bytes) = bytes.await.map(|b| js_sys::Uint8Array::new(&b).to_vec()) else {
            return failed.emit(format!("Couldn't read “{name}”. Try opening it again."));
        };
        match article_from_bytes(&bytes, &format!("“{name}”"), md, page) {
            Ok((article, note)) => {
                // The article first (loading one clears the page's notice), then the note.
                done.emit(article);
                if let Some(note) = note {
                    noted.emit(note);
                }
            }
            Err(problem) => failed.emit(problem),
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct OpenProps {
    pub onaction: Callback<Action>,
    /// Whether the sample article is the one shown (the dialog then offers no way back to it).
    pub is_sample: bool,
    /// Opens the Library.
    pub onlibrary: Callback<()>,
}

/// The top bar's Open and Paste buttons, the paste dialog, and the message line for files
/// that could not be read.
#[function_component]
pub fn OpenControls(props: &OpenProps) -> Html {
    let pasting = use_state(|| false);
    // Whether the box holds a web page's article (said under it).
    let page_note = use_state(|| false);
    // Whether the box holds more than the reader reads (then the dialog offers its beginning).
    let too_long = use_state(|| false);
    // The text of a paste found too long, for "Read the first …" (reading megabytes again
    // takes a few hundred milliseconds); cleaned once cut; dropped when the box changes.
    let over: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    // A paste too long to show in the box, and what the dialog shows of it instead.
    let held: Rc<RefCell<Option<Held>>> = use_mut_ref(|| None);
    let held_view = use_state(|| None::<HeldView>);
    let read_button = use_node_ref();
    let problem = use_state(|| None::<String>);
    // The outline of a web page pasted into the box, while the box still holds its text.
    let pasted_outline = use_mut_ref(|| None::<Outline>);
    let textarea = use_node_ref();
    let file_input = use_node_ref();
    let dialog = use_node_ref();

    let load = {
        let onaction = props.onaction.clone();
        let problem = problem.clone();
        let pasting = pasting.clone();
        let (held, held_view) = (held.clone(), held_view.clone());
        Callback::from(move |(text, outline): Article| {
            problem.set(None);
            pasting.set(false);
            held.borrow_mut().take();
            held_view.set(None);
            onaction.emit(Action::Load(Rc::from(text), outline));
        })
    };
    let fail = {
        let problem = problem.clone();
        Callback::from(move |message: String| problem.set(Some(message)))
    };
    // How a file was read when it was not UTF-8, said on the page.
    let noted = props.onaction.reform(|note: String| Action::Notice(Some(note)));

    // Open: the hidden file input does the choosing.
    let on_open_click = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let load = load.clone();
        let fail = fail.clone();
        let noted = noted.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(file, load.clone(), fail.clone(), noted.clone());
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };

    // Files dropped anywhere on the page open too. The listeners are not passive: preventing
    // the default is what stops the browser from opening the file itself.
    {
        let load = load.clone();
        let fail = fail.clone();
        let noted = noted.clone();
        use_effect_with((), move |_| {
            let document = dom::document();
            let options = EventListenerOptions::enable_prevent_default();
            let over = EventListener::new_with_options(&document, "dragover", options, |e| {
                let carries_files = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|d| d.data_transfer())
                    .is_some_and(|t| t.types().includes(&"Files".into(), 0));
                if carries_files {
                    e.prevent_default();
                }
            });
            let drop = EventListener::new_with_options(&document, "drop", options, move |e| {
                let Some(file) = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|d| d.data_transfer())
                    .and_then(|t| t.files())
                    .and_then(|f| f.get(0))
                else {
                    return;
                };
                e.prevent_default();
                read_file(file, load.clone(), fail.clone(), noted.clone());
            });
            move || {
                std::mem::drop(over);
                std::mem::drop(drop);
            }
        });
    }

    // Paste: the dialog takes focus in its text box, and gives it back when it closes.
    let paste_button = use_node_ref();
    dom::use_return_focus(*pasting, paste_button.clone());
    {
        let textarea = textarea.clone();
        use_effect_with(*pasting, move |&open| {
            if open {
                if let Some(el) = textarea.cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let show_paste = {
        let pasting = pasting.clone();
        let problem = problem.clone();
        let page_note = page_note.clone();
        let pasted_outline = pasted_outline.clone();
        let too_long = too_long.clone();
        let over = over.clone();
        let (held, held_view) = (held.clone(), held_view.clone());
        Callback::from(move |_: MouseEvent| {
            problem.set(None);
            page_note.set(false);
            too_long.set(false);
            over.borrow_mut().take();
            held.borrow_mut().take();
            held_view.set(None);
            *pasted_outline.borrow_mut() = None;
            pasting.set(true);
        })
    };
    let close = {
        let pasting = pasting.clone();
        Callback::from(move |_: MouseEvent| pasting.set(false))
    };
    let read_pasted = {
        let textarea = textarea.clone();
        let load = load.clone();
        let problem = problem.clone();
        let too_long = too_long.clone();
        let pasted_outline = pasted_outline.clone();
        let over = over.clone();
        let held = held.clone();
        let (dialog, dialog_ref) = (dialog.clone(), dialog.clone());
        // The text read from the box or the held paste: checked, then loaded.
        let accept = move |text: String| {
            if text.trim().is_empty() {
                return problem.set(Some("Paste the article's text into the box first.".into()));
            }
            // Never a silent cut: a text over the limit is read only if the reader asks (and
            // cleaned then, once cut: cleaning megabytes that are not read holds the page).
            if text.len() > MAX_TEXT_BYTES {
                too_long.set(true);
                let len = text.len();
                *over.borrow_mut() = Some(text);
                return problem.set(Some(format!(
                    "The pasted text is {:.1} MB; Sidelight reads articles of up to {:.0} MB. Read its first {:.0} MB, or paste a shorter text.",
                    mb(len),
                    mb(MAX_TEXT_BYTES),
                    mb(MAX_TEXT_BYTES)
                )));
            }
            let text = match incoming(text, "the pasted text") {
                Ok(text) => text,
                Err(message) => return problem.set(Some(message)),
            };
            // A page's outline holds while its lines do (not after lines were added or
            // removed by hand).
            let outline = pasted_outline.borrow_mut().take().flatten().filter(|o| fits(&text, o));
            // Loaded in a task of its own (cleaning and loading megabytes in one would hold
            // the page past a tenth of a second), unless the dialog was closed meanwhile.
            let (load, dialog) = (load.clone(), dialog.clone());
            spawn_local(async move {
                dom::next_task().await;
                if dialog.get().is_some() {
                    load.emit((text, outline));
                }
            });
        };
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let kept = held.borrow().clone();
            match kept {
                None => accept(box_text(&textarea)),
                Some(Held::Text(text)) => accept(text),
                Some(Held::Clipboard(js)) => {
                    let (accept, dialog) = (accept.clone(), dialog_ref.clone());
                    spawn_local(async move {
                        let text = dom::long_string_in_slices(&js).await;
                        if dialog.get().is_some() {
                            accept(text);
                        }
                    });
                }
            }
        })
    };
    // A paste from a web page carries the page's HTML too: its article goes into the box, one
    // block per line, and its outline is kept for when the reader presses Read.
    let on_paste = {
        let textarea = textarea.clone();
        let over = over.clone();
        let pasted_outline = pasted_outline.clone();
        let page_note = page_note.clone();
        let (held, held_view, read_button) = (held.clone(), held_view.clone(), read_button.clone());
        Callback::from(move |e: Event| {
            let Some(data) =
                e.dyn_ref::<web_sys::ClipboardEvent>().and_then(|c| c.clipboard_data())
            else {
                return;
            };
            let Some(area) = textarea.cast::<HtmlTextAreaElement>() else { return };
            // Megabytes stay out of the box: the dialog says what was pasted, and Read reads it.
            let hold = |kept: Held| {
                held_view.set(Some(HeldView::of(&kept)));
                *held.borrow_mut() = Some(kept);
                let read_button = read_button.clone();
                dom::after_render(move || {
                    if let Some(button) = read_button.cast::<HtmlElement>() {
                        let _ = button.focus();
                    }
                });
            };
            let page = data
                .get_data("text/html")
                .ok()
                .filter(|h| !h.trim().is_empty())
                .and_then(|h| html::article(&h));
            if let Some(Outlined { text, outline }) = page {
                e.prevent_default();
                over.borrow_mut().take();
                if text.len() >= HOLD_CHARS as usize {
                    hold(Held::Text(text));
                } else {
                    area.set_value(&text);
                }
                *pasted_outline.borrow_mut() = Some(Some(outline.into()));
                page_note.set(true);
            } else if let Some(plain) = clipboard_text(&data).filter(|t| t.length() >= HOLD_CHARS) {
                e.prevent_default();
                over.borrow_mut().take();
                *pasted_outline.borrow_mut() = None;
                page_note.set(false);
                hold(Held::Clipboard(plain));
            }
        })
    };
    let on_dialog_key = {
        let pasting = pasting.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                pasting.set(false);
            } else if let Some(dialog) = dialog.cast::<web_sys::Element>() {
                dom::trap_tab(&dialog, &e);
            }
        })
    };
    // The beginning of a text over the limit, read when the reader asks; the page says so.
    let read_first_part = {
        let (textarea, load, onaction) = (textarea.clone(), load.clone(), props.onaction.clone());
        let (over, problem, dialog) = (over.clone(), problem.clone(), dialog.clone());
        Callback::from(move |_: MouseEvent| {
            let kept = over.borrow_mut().take();
            let all = kept.unwrap_or_else(|| box_text(&textarea));
            // Cut in place: the first part is not copied out of the whole (megabytes).
            let (whole, mut part) = (all.len(), all);
            part.truncate(first_part(&part, MAX_TEXT_BYTES).len());
            let part = match incoming(part, "the pasted text") {
                Ok(part) => part,
                Err(message) => return problem.set(Some(message)),
            };
            let note = format!(
                "Only the beginning of the pasted text was read: its first {:.1} MB of {:.1} MB (Sidelight reads articles of up to {:.0} MB).",
                mb(part.len()),
                mb(whole),
                mb(MAX_TEXT_BYTES)
            );
            let (load, onaction, dialog) = (load.clone(), onaction.clone(), dialog.clone());
            spawn_local(async move {
                dom::next_task().await;
                if dialog.get().is_some() {
                    load.emit((part, None));
                    onaction.emit(Action::Notice(Some(note)));
                }
            });
        })
    };
    let sample = {
        let load = load.clone();
        Callback::from(move |_: MouseEvent| load.emit((crate::SEED_ARTICLE.to_string(), None)))
    };

    // Back to an empty box, in place of a held paste.
    let clear_held = {
        let (held, held_view, over) = (held.clone(), held_view.clone(), over.clone());
        let (problem, too_long, page_note) = (problem.clone(), too_long.clone(), page_note.clone());
        let (pasted_outline, textarea) = (pasted_outline.clone(), textarea.clone());
        Callback::from(move |_: MouseEvent| {
            held.borrow_mut().take();
            over.borrow_mut().take();
            *pasted_outline.borrow_mut() = None;
            held_view.set(None);
            problem.set(None);
            too_long.set(false);
            page_note.set(false);
            let textarea = textarea.clone();
            dom::after_render(move || {
                if let Some(el) = textarea.cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            });
        })
    };
    // The box changed: a text kept as too long is not what it holds any more.
    let on_edit = {
        let over = over.clone();
        Callback::from(move |_: InputEvent| drop(over.borrow_mut().take()))
    };
    // The dialog lives at the end of the body, outside the sticky top bar's stacking context,
    // so its backdrop covers the whole page, bottom bar included.
    let dialog = (*pasting).then(|| {
        let body: web_sys::Element = dom::document().body().map(Into::into).unwrap_or_else(|| dom::document().document_element().expect("a document element"));
        create_portal(html! {
                <div class="help-backdrop" onclick={close.clone()}>
                    // The dialog is a box around the form (a form may not have a dialog's role).
                    <div ref={dialog.clone()} class="help paste" role="dialog" aria-modal="true" aria-labelledby="paste-title"
                        onclick={Callback::from(|e: MouseEvent| e.stop_propagation())} onkeydown={on_dialog_key}>
                    <form class="paste-form" onsubmit={read_pasted}>
                        <div class="help-head">
                            <h2 id="paste-title">{ "Read another article" }</h2>
                            <button type="button" class="help-close" onclick={close.clone()} aria-label="Close">{ "×" }</button>
                        </div>
                        if let Some(view) = (*held_view).clone() {
                            // A paste of megabytes: its size and beginning, not a box of it.
                            <div class="paste-held" role="status">
                                <p class="paste-held-size">{ format!("Pasted: {} characters, too many to show here; Read takes all of them (up to {:.0} MB).", thousands(view.chars), mb(MAX_TEXT_BYTES)) }</p>
                                <p class="paste-held-begins">{ "It begins: " }<q>{ view.begins }</q></p>
                                <button type="button" class="link-button" onclick={clear_held}>{ "Clear, and paste something else" }</button>
                            </div>
                        } else {
                            <label class="paste-label" for="paste-text">{ "Paste an article copied from a web page, or its text: its title on the first line, then its paragraphs. It stays in your browser." }</label>
                            <textarea ref={textarea} id="paste-text" class="paste-text" rows="10" spellcheck="false" onpaste={on_paste} oninput={on_edit} />
                        }
                        if *page_note {
                            <p class="paste-note" role="status">{ "Read as a web page: its title, headings and paragraphs are kept; menus, ads and comments are left out." }</p>
                        }
                        if let Some(message) = (*problem).clone() {
                            <p class="paste-problem" role="alert">{ message }</p>
                        }
                        if *too_long {
                            <div class="paste-actions">
                                <button type="button" class="bar-button" onclick={read_first_part}>{ format!("Read the first {:.0} MB", mb(MAX_TEXT_BYTES)) }</button>
                            </div>
                        }
                        <div class="paste-actions">
                            if !props.is_sample {
                                <button type="button" class="link-button" onclick={sample}>{ "Back to the sample article" }</button>
                            }
                            <button type="button" class="bar-button" onclick={close}>{ "Cancel" }</button>
                            <button ref={read_button} type="submit" class="bar-button primary">{ "Read" }</button>
                        </div>
                    </form>
                    </div>
                </div>
        }, body)
    });

    html! {
        <>
            <div class="open-controls">
                <button type="button" class="bar-button" onclick={on_open_click} title="Open a text file, Markdown or a saved web page (or drop one on the page)">{ "Open" }</button>
                <button ref={paste_button} type="button" class="bar-button" onclick={show_paste}>{ "Paste" }</button>
                <button type="button" class="bar-button" onclick={props.onlibrary.reform(|_: MouseEvent| ())}
                    title="The articles you have read, kept in this browser">{ "Library" }</button>
                <input ref={file_input} type="file" class="visually-hidden" tabindex="-1" aria-hidden="true" accept=".txt,.md,.markdown,.text,.html,.htm,text/plain,text/markdown,text/html" onchange={on_file} />
            </div>
            if let Some(message) = (*problem).clone().filter(|_| !*pasting) {
                <div class="open-problem" role="alert">
                    <span>{ message }</span>
                    <button type="button" class="help-close" aria-label="Dismiss" onclick={{
                        let problem = problem.clone();
                        Callback::from(move |_: MouseEvent| problem.set(None))
                    }}>{ "×" }</button>
                </div>
            }
            { dialog }
        </>
    }
}
