//! The Library dialog: the articles this browser keeps, newest first, with the sample always
//! at the top. Open one, delete one, or delete them all (asked twice); and export the article
//! on the page (its analysis as JSON in the evaluation format, its entities and facts as CSV),
//! or its corrections as a sidecar file (`state::sidecar`), and import such a file.

use super::doc::Doc;
use super::{dom, library};
use crate::engine::export::{document, Unit};
use crate::state::corrections::Correction;
use crate::state::export::{entities_csv, facts_csv, file_name, web_annotations};
use crate::state::library::{rename_title, Listed};
use crate::state::sidecar::{self, Sidecar};
use crate::state::Action;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub onaction: Callback<Action>,
    /// The article on the page, for its exports.
    pub doc: Doc,
    /// The reader's corrections to it, for their export.
    pub corrections: Rc<[Correction]>,
    /// The library id of the article shown, if it is a kept one.
    pub current: Option<Rc<str>>,
    pub onclose: Callback<()>,
}

/// What the dialog knows of the library.
#[derive(Clone, PartialEq)]
enum Shelf {
    Loading,
    Ready(Vec<Listed>),
    Failed(String),
}

/// "5 Dec 2026", in the reader's own locale.
fn date(ms: f64) -> String {
    let d = js_sys::Date::new(&ms.into());
    String::from(d.to_locale_date_string("default", &js_sys::Object::new()))
}

#[function_component]
pub fn LibraryDialog(props: &LibraryProps) -> Html {
    let shelf = use_state(|| Shelf::Loading);
    let confirm_all = use_state(|| false);
    let dialog = use_node_ref();
    dom::use_return_focus(true, NodeRef::default());
    let reload = {
        let shelf = shelf.clone();
        Callback::from(move |_: ()| {
            let shelf = shelf.clone();
            spawn_local(async move {
                shelf.set(match library::list().await {
                    Ok(kept) => Shelf::Ready(kept),
                    Err(e) => Shelf::Failed(format!("Couldn't read the library: {e}.")),
                });
            });
        })
    };
    {
        let reload = reload.clone();
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            reload.emit(());
            if let Some(el) = dialog.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let close = {
        let onclose = props.onclose.clone();
        Callback::from(move |_: MouseEvent| onclose.emit(()))
    };
    let on_key = {
        let onclose = props.onclose.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                onclose.emit(());
            } else if let Some(dialog) = dialog.cast::<web_sys::Element>() {
                dom::trap_tab(&dialog, &e);
            }
        })
    };
    // The article's text is read from the library only when it is opened.
    let open = |k: &Listed| {
        let (onaction, onclose, shelf) =
            (props.onaction.clone(), props.onclose.clone(), shelf.clone());
        let id = k.id.clone();
        Callback::from(move |_: MouseEvent| {
            let (onaction, onclose, shelf, id) =
                (onaction.clone(), onclose.clone(), shelf.clone(), id.clone());
            spawn_local(async move {
                match library::get(&id).await {
                    Ok(Some(k)) => {
                        onaction.emit(Action::Restore(
                            k.id.into(),
                            k.text.into(),
                            k.outline.as_deref().map(Rc::from),
                            k.corrections.into(),
                            String::new(),
                        ));
                        onclose.emit(());
                    }
                    Ok(None) => shelf.set(Shelf::Failed(
                        "Couldn't open it: it is no longer in the library.".into(),
                    )),
                    Err(e) => shelf.set(Shelf::Failed(format!("Couldn't open it: {e}."))),
                }
            });
        })
    };
    let open_sample = {
        let (onaction, onclose) = (props.onaction.clone(), props.onclose.clone());
        Callback::from(move |_: MouseEvent| {
            onaction.emit(Action::Load(crate::SEED_ARTICLE.into(), None));
            onclose.emit(());
        })
    };
    // Deleting the article on the page shows the sample instead, so it is not kept again.
    let delete = |k: &Listed| {
        let (id, reload, shelf) = (k.id.clone(), reload.clone(), shelf.clone());
        let onaction = props.onaction.clone();
        let current = props.current.as_deref() == Some(k.id.as_str());
        Callback::from(move |_: MouseEvent| {
            let (id, reload, shelf, onaction) =
                (id.clone(), reload.clone(), shelf.clone(), onaction.clone());
            spawn_local(async move {
                match library::delete(&id).await {
                    Ok(()) => {
                        if current {
                            onaction.emit(Action::Load(crate::SEED_ARTICLE.into(), None));
                        }
                        reload.emit(());
                    }
                    Err(e) => shelf.set(Shelf::Failed(format!("Couldn't delete it: {e}."))),
                }
            });
        })
    };
    // Rename: the row's title becomes a text box; Enter (or Save) keeps the new name.
    let renaming = use_state(|| None::<String>);
    let start_rename = |k: &Listed| {
        let (renaming, id) = (renaming.clone(), k.id.clone());
        Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
    };
    // When the box goes, focus stays in the dialog (not on the page under it).
    let refocus = {
        let dialog = dialog.clone();
        move || {
            if let Some(el) = dialog.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    let save_rename = |k: &Listed| {
        let (renaming, reload, shelf, id) =
            (renaming.clone(), reload.clone(), shelf.clone(), k.id.clone());
        let refocus = refocus.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            refocus();
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
                .and_then(|f| f.query_selector("input").ok().flatten())
                .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(name) = input.map(|i| rename_title(&i.value())) else { return };
            renaming.set(None);
            let Some(title) = name else { return };
            let (reload, shelf, id) = (reload.clone(), shelf.clone(), id.clone());
            spawn_local(async move {
                match library::rename(&id, &title).await {
                    Ok(()) => reload.emit(()),
                    Err(e) => shelf.set(Shelf::Failed(format!("Couldn't rename it: {e}."))),
                }
            });
        })
    };
    let cancel_rename = {
        let renaming = renaming.clone();
        let refocus = refocus.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                refocus();
                renaming.set(None);
            }
        })
    };
    let delete_all = {
        let (confirm_all, reload, shelf) = (confirm_all.clone(), reload.clone(), shelf.clone());
        let onaction = props.onaction.clone();
        let has_current = props.current.is_some();
        Callback::from(move |_: MouseEvent| {
            if !*confirm_all {
                confirm_all.set(true);
                return;
            }
            confirm_all.set(false);
            let (reload, shelf, onaction) = (reload.clone(), shelf.clone(), onaction.clone());
            spawn_local(async move {
                match library::clear().await {
                    Ok(()) => {
                        if has_current {
                            onaction.emit(Action::Load(crate::SEED_ARTICLE.into(), None));
                        }
                        reload.emit(());
                    }
                    Err(e) => shelf.set(Shelf::Failed(format!("Couldn't delete them: {e}."))),
                }
            });
        })
    };

    // Exports of the article on the page, made when asked for.
    let title = crate::state::library::title_of(&props.doc.text);
    // The article's IRI in the annotations: its library id, or the sample's.
    let source = format!("urn:sidelight:{}", props.current.as_deref().unwrap_or("sample"));
    let export = |kind: &'static str| {
        let (doc, title, source) = (props.doc.clone(), title.clone(), source.clone());
        let corrections = props.corrections.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, analysis) = (&*doc.text, &*doc.analysis);
            let (name, mime, content) = match kind {
                "corrections" => (
                    file_name(&title, "corrections.json"),
                    "application/json",
                    json(&Sidecar::new(&title, &corrections)),
                ),
                "json" => {
                    let id = file_name(&title, "json").trim_end_matches(".json").to_string();
                    let d = document(&id, text, analysis, Unit::CodePoints);
                    (file_name(&title, "sidelight.json"), "application/json", json(&d))
                }
                "annotations" => {
                    let c = web_annotations(&source, &title, text, analysis);
                    (file_name(&title, "annotations.jsonld"), "application/ld+json", json(&c))
                }
                "entities" => {
                    (file_name(&title, "entities.csv"), "text/csv", entities_csv(analysis))
                }
                _ => (file_name(&title, "facts.csv"), "text/csv", facts_csv(text, analysis)),
            };
            dom::download(&name, mime, &content);
        })
    };
    // A saved copy: made from the page's own files, which takes a moment; said when done.
    let saving = use_state(|| None::<(bool, String)>);
    let save_copy = {
        let (doc, title, saving) = (props.doc.clone(), title.clone(), saving.clone());
        Callback::from(move |_: MouseEvent| {
            let (doc, title, saving) = (doc.clone(), title.clone(), saving.clone());
            saving.set(Some((true, "Making the copy…".into())));
            spawn_local(async move {
                saving.set(Some(match super::saved::save(&doc.text, &doc.analysis, &title).await {
                    Ok(bytes) => (
                        true,
                        format!(
                            "Saved a copy ({:.1} MB): it opens from disk in any browser, offline, highlighted even with JavaScript off.",
                            bytes as f64 / 1e6
                        ),
                    ),
                    Err(e) => (false, format!("Couldn't make the copy: {e}.")),
                }));
            });
        })
    };
    // A corrections file read into this article's corrections; what came of it is said.
    let imported = use_state(|| None::<(bool, String)>);
    let sidecar_input = use_node_ref();
    let pick_sidecar = {
        let input = sidecar_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlElement>() {
                input.click();
            }
        })
    };
    let on_import = {
        let (onaction, imported) = (props.onaction.clone(), imported.clone());
        Callback::from(move |e: Event| {
            let Some(input) =
                e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (onaction, imported) = (onaction.clone(), imported.clone());
            spawn_local(async move {
                let said = import(&file).await.map(|read| {
                    let n = read.corrections.len();
                    if n > 0 {
                        onaction.emit(Action::CorrectAll(read.corrections.into()));
                    }
                    let mut said = format!(
                        "Imported {n} correction{} from “{}”.",
                        if n == 1 { "" } else { "s" },
                        file.name()
                    );
                    if !read.problems.is_empty() {
                        said += &format!(
                            " {} could not be read: {}.",
                            read.problems.len(),
                            read.problems.join("; ")
                        );
                    }
                    (read.problems.is_empty(), said)
                });
                imported.set(Some(said.unwrap_or_else(|e| (false, e))));
            });
        })
    };
    let sample_title = crate::state::library::title_of(crate::SEED_ARTICLE);
    let list = match &*shelf {
        Shelf::Loading => {
            html! { <p class="library-status" role="status">{ "Reading the library…" }</p> }
        }
        Shelf::Failed(message) => html! { <p class="library-status" role="alert">{ message }</p> },
        Shelf::Ready(kept) => html! {
            <>
                <ul class="library-list">
                    <li class={classes!(props.current.is_none().then_some("is-current"))}>
                        <button type="button" class="library-open" onclick={open_sample}>{ &sample_title }</button>
                        <span class="library-meta">{ "Sample article" }</span>
                    </li>
                    { for kept.iter().map(|k| html! {
                        <li class={classes!(
                            (props.current.as_deref() == Some(k.id.as_str())).then_some("is-current")
                        )} data-id={k.id.clone()}>
                            if renaming.as_deref() == Some(k.id.as_str()) {
                                <form class="library-rename" onsubmit={save_rename(k)} onkeydown={cancel_rename.clone()}>
                                    <input type="text" class="library-rename-input" value={k.title.clone()} maxlength="200"
                                        aria-label={format!("New name for “{}”", k.title)} autofocus=true />
                                    <button type="submit" class="link-button">{ "Save" }</button>
                                    <button type="button" class="link-button" onclick={{
                                        let (renaming, refocus) = (renaming.clone(), refocus.clone());
                                        Callback::from(move |_: MouseEvent| { refocus(); renaming.set(None); })
                                    }}>{ "Cancel" }</button>
                                </form>
                                <span class="library-meta">{ format!("Added {}", date(k.added)) }</span>
                            } else {
                                <button type="button" class="library-open" title={k.title.clone()} onclick={open(k)}>{ &k.title }</button>
                                <span class="library-meta">{ format!("Added {}", date(k.added)) }</span>
                                <button type="button" class="link-button library-rename-button" aria-label={format!("Rename “{}”", k.title)}
                                    onclick={start_rename(k)}>{ "Rename" }</button>
                                <button type="button" class="link-button library-delete" aria-label={format!("Delete “{}”", k.title)}
                                    onclick={delete(k)}>{ "Delete" }</button>
                            }
                        </li>
                    }) }
                </ul>
                if kept.is_empty() {
                    <p class="library-status">{ "Articles you open or paste are kept here, in this browser only." }</p>
                } else {
                    <div class="paste-actions">
                        <button type="button" class="link-button library-delete-all" onclick={delete_all}>{
                            if *confirm_all { format!("Really delete all {}?", kept.len()) } else { "Delete all".to_string() }
                        }</button>
                    </div>
                }
            </>
        },
    };
    // The bookmarklet for this copy of the reader (its own address).
    let location = dom::window().location();
    let here = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let bookmarklet = crate::state::incoming::bookmarklet(&here);
    let body: web_sys::Element = dom::document()
        .body()
        .map(Into::into)
        .unwrap_or_else(|| dom::document().document_element().expect("a document element"));
    create_portal(
        html! {
            <div class="help-backdrop" onclick={close.clone()}>
                <div ref={dialog} class="help library" role="dialog" aria-modal="true" aria-labelledby="library-title" tabindex="-1"
                    onclick={Callback::from(|e: MouseEvent| e.stop_propagation())} onkeydown={on_key}>
                    <div class="help-head">
                        <h2 id="library-title">{ "Library" }</h2>
                        <button type="button" class="help-close" onclick={close} aria-label="Close">{ "×" }</button>
                    </div>
                    <p class="paste-label">{ "Kept in this browser only; nothing is sent anywhere." }</p>
                    { list }
                    if !props.doc.text.is_empty() {
                        <h3 class="library-sub">{ "Export this article" }</h3>
                        <div class="library-export">
                            <button type="button" class="bar-button" onclick={export("json")}
                                title="Text, entities, mentions and facts, as JSON">{ "Analysis (JSON)" }</button>
                            <button type="button" class="bar-button" onclick={export("annotations")}
                                title="One W3C Web Annotation per mention and per fact, as Hypothesis and Recogito read them">{ "Web Annotations (JSON-LD)" }</button>
                            <button type="button" class="bar-button" onclick={export("entities")}>{ "Entities (CSV)" }</button>
                            <button type="button" class="bar-button" onclick={export("facts")}>{ "Facts (CSV)" }</button>
                            <button type="button" class="bar-button" onclick={save_copy}
                                title="One HTML file with the article, its highlights, facts and corrections, and the reader: it opens from disk with no network">{ "Save a copy (HTML)" }</button>
                        </div>
                        if let Some((fine, said)) = &*saving {
                            <p class="library-status save-status" role={if *fine { "status" } else { "alert" }}>{ said }</p>
                        }
                        <h3 class="library-sub">{ "Corrections" }</h3>
                        <p class="paste-label">
                            { "Your corrections to this article as a file of their own: import it in another browser, or publish it beside a blog post for the widget to apply." }
                        </p>
                        <div class="library-export">
                            <button type="button" class="bar-button" onclick={export("corrections")} disabled={props.corrections.is_empty()}>
                                { format!("Export {} correction{} (JSON)", props.corrections.len(), if props.corrections.len() == 1 { "" } else { "s" }) }
                            </button>
                            <button type="button" class="bar-button" onclick={pick_sidecar}>{ "Import corrections…" }</button>
                            <input ref={sidecar_input} type="file" class="visually-hidden" tabindex="-1" aria-hidden="true"
                                accept=".json,application/json" onchange={on_import} />
                        </div>
                        if let Some((clean, said)) = &*imported {
                            <p class="library-status import-status" role={if *clean { "status" } else { "alert" }}>{ said }</p>
                        }
                    }
                    <h3 class="library-sub">{ "Read any web page" }</h3>
                    <p class="paste-label">
                        { "Drag this button to your bookmarks bar; on an article's page, click the bookmark: the article opens here (the page is sent to this tab only)." }
                    </p>
                    <p><a class="bar-button bookmarklet" href={bookmarklet} onclick={Callback::from(|e: MouseEvent| e.prevent_default())}
                        title="Drag to your bookmarks bar">{ "Read in Sidelight" }</a></p>
                </div>
            </div>
        },
        body,
    )
}

/// The largest corrections file read, in bytes (a thousand corrections are ~200 KB).
const MAX_SIDECAR_BYTES: f64 = 2e6;

/// The corrections in a sidecar `file`, or why none could be read, in the reader's words.
async fn import(file: &web_sys::File) -> Result<sidecar::Read, String> {
    let name = file.name();
    if file.size() > MAX_SIDECAR_BYTES {
        return Err(format!("“{name}” is too large for a corrections file."));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("Couldn't read “{name}”."))?;
    let parsed = js_sys::JSON::parse(&text)
        .map_err(|_| format!("Couldn't import “{name}”: it is not JSON."))?;
    let value: sidecar::Value = serde_wasm_bindgen::from_value(parsed)
        .map_err(|_| format!("Couldn't import “{name}”: it is not JSON."))?;
    sidecar::read(&value).map_err(|e| format!("Couldn't import “{name}”: {e}."))
}

/// `value` as indented JSON, through the browser's own JSON writer.
fn json(value: &impl serde::Serialize) -> String {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&ser)
        .ok()
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &2.into()).ok()
        })
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}
