//! The library's storage: kept articles in the browser's IndexedDB (database `sidelight`,
//! store `articles`, keyed by id). Each call opens the database, does one request and
//! reports a plain-words error ("private browsing", "storage full") instead of failing
//! silently. Nothing here runs in a blog's frame: an embedded reader shows only what its page
//! gives it.

use crate::state::corrections::Correction;
use crate::state::library::{newest_first, Kept, Listed};
use crate::state::sidecar::deserialize_list;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbRequest, IdbTransactionMode};

const DB: &str = "sidelight";
const STORE: &str = "articles";

/// Waits for an IndexedDB request: its result, or the error's message.
async fn done(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let bad = request.clone();
        let on_err = Closure::once_into_js(move |e: web_sys::Event| {
            e.prevent_default();
            let message = bad
                .error()
                .ok()
                .flatten()
                .map(|e| e.message())
                .unwrap_or_else(|| "unknown error".into());
            let _ = reject.call1(&JsValue::NULL, &message.into());
        });
        request.set_onsuccess(Some(on_ok.unchecked_ref()));
        request.set_onerror(Some(on_err.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "unknown error".into()))
}

/// Opens (and on first use creates) the database.
async fn open() -> Result<IdbDatabase, String> {
    let unavailable = || "this browser keeps no data for this page (private browsing?)".to_string();
    let factory =
        web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or_else(unavailable)?;
    let request = factory.open_with_u32(DB, 1).map_err(|_| unavailable())?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            let params = IdbObjectStoreParameters::new();
            params.set_key_path(&JsValue::from_str("id"));
            let _ = db.create_object_store_with_optional_parameters(STORE, &params);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = done(&request).await?;
    db.dyn_into::<IdbDatabase>().map_err(|_| unavailable())
}

/// One request on the articles store, in a transaction of its own.
async fn with_store(
    mode: IdbTransactionMode,
    request: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, String> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, mode).map_err(|e| message(&e))?;
    let store = tx.object_store(STORE).map_err(|e| message(&e))?;
    let request = request(&store).map_err(|e| message(&e))?;
    let out = done(&request).await;
    db.close();
    out
}

fn message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.dyn_ref::<web_sys::DomException>().map(|e| e.message()))
        .unwrap_or_else(|| "unknown error".into())
}

/// The stored entry with `id`, as it is stored: its text stays in JavaScript until a caller
/// reads it.
async fn entry(id: &str) -> Result<Option<JsValue>, String> {
    let key = JsValue::from_str(id);
    let value = with_store(IdbTransactionMode::Readonly, |s| s.get(&key)).await?;
    Ok(Some(value).filter(JsValue::is_object))
}

/// Every stored entry, as stored.
async fn entries() -> Result<js_sys::Array, String> {
    let value = with_store(IdbTransactionMode::Readonly, |s| s.get_all()).await?;
    value.dyn_into().map_err(|_| "unexpected library data".to_string())
}

/// Stores `entry`, replacing the one with its id.
async fn put_entry(entry: &JsValue) -> Result<(), String> {
    with_store(IdbTransactionMode::Readwrite, |s| s.put(entry)).await.map(|_| ())
}

/// Keeps `article` (replacing one with its id): a [`Kept`], or a new one borrowing its text
/// ([`crate::state::library::NewKept`]).
pub async fn put(article: &impl serde::Serialize) -> Result<(), String> {
    put_entry(&serde_wasm_bindgen::to_value(article).map_err(|e| e.to_string())?).await
}

/// The id of a kept article whose text is `text`, if there is one. Texts are compared where
/// they are stored, in JavaScript, those of another length skipped: reading each kept text
/// into the WebAssembly memory to compare it would grow that memory, for good, by every
/// kept article's size.
pub async fn find_text(text: &str) -> Result<Option<String>, String> {
    let units = text.encode_utf16().count();
    let mut mine: Option<JsValue> = None;
    for entry in entries().await?.iter() {
        let stored = js_sys::Reflect::get(&entry, &"text".into()).unwrap_or(JsValue::UNDEFINED);
        let same_length =
            stored.dyn_ref::<js_sys::JsString>().is_some_and(|s| s.length() as usize == units);
        if same_length && js_sys::Object::is(&stored, mine.get_or_insert_with(|| text.into())) {
            let id = js_sys::Reflect::get(&entry, &"id".into()).ok().and_then(|v| v.as_string());
            return Ok(id);
        }
    }
    Ok(None)
}

/// Keeps `corrections` with the kept article `id` (nothing when they are already its own, or
/// when it is gone). Only the corrections are read and written here: the article's text stays
/// where it is stored, not copied into the WebAssembly memory and back.
pub async fn keep_corrections(id: &str, corrections: &[Correction]) -> Result<(), String> {
    let Some(entry) = entry(id).await? else { return Ok(()) };
    let field = JsValue::from_str("corrections");
    let stored = js_sys::Reflect::get(&entry, &field).unwrap_or(JsValue::UNDEFINED);
    let stored = if stored.is_undefined() {
        Vec::new()
    } else {
        deserialize_list(serde_wasm_bindgen::Deserializer::from(stored))
            .map_err(|e| e.to_string())?
    };
    if stored == corrections {
        return Ok(());
    }
    let list = serde_wasm_bindgen::to_value(corrections).map_err(|e| e.to_string())?;
    js_sys::Reflect::set(&entry, &field, &list).map_err(|e| message(&e))?;
    put_entry(&entry).await
}

/// The kept article with `id`, if there is one.
pub async fn get(id: &str) -> Result<Option<Kept>, String> {
    let Some(entry) = entry(id).await? else { return Ok(None) };
    serde_wasm_bindgen::from_value(entry).map(Some).map_err(|e| e.to_string())
}

/// Every kept article as the Library dialog lists it (id, title, date: not its text), newest
/// first.
pub async fn list() -> Result<Vec<Listed>, String> {
    // A damaged entry is left out rather than hiding the others.
    let listed =
        entries().await?.iter().filter_map(|v| serde_wasm_bindgen::from_value(v).ok()).collect();
    Ok(newest_first(listed))
}

/// Gives the kept article `id` the title `title` (its text stays where it is stored).
pub async fn rename(id: &str, title: &str) -> Result<(), String> {
    let Some(entry) = entry(id).await? else {
        return Err("it is no longer in the library".into());
    };
    js_sys::Reflect::set(&entry, &"title".into(), &title.into()).map_err(|e| message(&e))?;
    put_entry(&entry).await
}

/// Forgets the article with `id`.
pub async fn delete(id: &str) -> Result<(), String> {
    let key = JsValue::from_str(id);
    with_store(IdbTransactionMode::Readwrite, |s| s.delete(&key)).await.map(|_| ())
}

/// Forgets every kept article.
pub async fn clear() -> Result<(), String> {
    with_store(IdbTransactionMode::Readwrite, |s| s.clear()).await.map(|_| ())
}
