//! Saved copies (`state::saved`) from the reader's side: making one from the page (the
//! article as shown, with its corrections, and the reader's own files, fetched from where the
//! page loaded them, or from the copy itself when it is one), and, when the page *is* a saved
//! copy, taking its article in place of the pre-rendered markup.

use super::dom;
use crate::engine::{self, Analysis};
use crate::state::export::file_name;
use crate::state::saved::{assemble, Parts, STYLE_ID};
use serde::Deserialize;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The article of a saved copy.
#[derive(Clone, Debug)]
pub struct Saved {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
}

impl PartialEq for Saved {
    fn eq(&self, other: &Saved) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

/// When this page is a saved copy: its article, after `engine::check` (a file from disk is
/// not to be trusted more than any page). The pre-rendered markup goes, and the reader takes
/// its place. `None` on any other page, and for a copy whose data does not hold.
pub fn take() -> Option<Saved> {
    #[derive(Deserialize)]
    struct Data {
        version: u32,
        text: String,
        analysis: Analysis,
    }
    let document = dom::document();
    let rendered = document.query_selector("body > .sidelight-render").ok()??;
    let data =
        rendered.query_selector("script.sidelight-data[type=\"application/json\"]").ok()??;
    let parsed = js_sys::JSON::parse(&data.text_content()?).ok()?;
    let Data { version, text, analysis } = serde_wasm_bindgen::from_value(parsed).ok()?;
    if version > crate::render::VERSION {
        return None;
    }
    engine::check(&text, &analysis).ok()?;
    rendered.remove();
    if let Some(body) = document.body() {
        let _ = body.remove_attribute("class");
    }
    Some(Saved { text: text.into(), analysis: Rc::new(analysis) })
}

/// Offers the article shown (`text` and its corrected `analysis`) as a saved copy, a file named
/// after `title`; its size in bytes, or why it could not be made.
pub async fn save(text: &str, analysis: &Analysis, title: &str) -> Result<usize, String> {
    let page = crate::render::document(text, analysis)?;
    let css = match dom::own_file(dom::OWN_CSS) {
        Some(href) => String::from_utf8_lossy(&fetched(&href).await?).into_owned(),
        None => element_text(&format!("#{STYLE_ID}")).unwrap_or_default(),
    };
    let js = fetched(&own(dom::OWN_JS, "#sidelight-js")?).await?;
    let wasm = fetched(&own(dom::OWN_WASM, "#sidelight-wasm")?).await?;
    let html = assemble(&Parts { page: &page, css: &css, js: &js, wasm: &wasm });
    dom::download(&file_name(title, "html"), "text/html", &html);
    Ok(html.len())
}

/// Where one of the reader's files is: the address the page loaded it from, or in a saved
/// copy the `data:` address it keeps.
fn own(linked: &str, kept: &str) -> Result<String, String> {
    dom::own_file(linked)
        .or_else(|| element_text(kept))
        .ok_or_else(|| "this page does not say where the reader's files are".to_string())
}

fn element_text(selector: &str) -> Option<String> {
    Some(dom::document().query_selector(selector).ok()??.text_content()?.trim().to_string())
}

/// The bytes at `address` (the service worker's copy when offline).
async fn fetched(address: &str) -> Result<Vec<u8>, String> {
    let failed = || format!("couldn't read the reader's file {address}");
    let response =
        JsFuture::from(dom::window().fetch_with_str(address)).await.map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed())?;
    if !response.ok() {
        return Err(failed());
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| failed())?)
        .await
        .map_err(|_| failed())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
