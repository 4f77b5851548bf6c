//! Articles that arrive from elsewhere (the rules are `state::incoming`'s): a page fetched
//! for `?src=URL`, and the article page that opened the reader through the bookmarklet and
//! posts its HTML. Both become an article like a pasted web page: the page's DOM is parsed,
//! never inserted; only its text and outline are kept (`html.rs`).

use super::dom;
use super::open::{article_from_bytes, Article};
use crate::app::store::Store;
use crate::state::files::{is_markdown, is_web_page, mb};
use crate::state::incoming::{Incoming, ARTICLE_MESSAGE, MAX_PAGE_BYTES, READY_MESSAGE};
use crate::state::Action;
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::UseReducerDispatcher;

/// How long the reader waits for the bookmarklet's page to post its article, in ms.
const WAIT_MS: u32 = 10_000;

/// Shows `article` with a note of where it came from.
fn show(dispatcher: &UseReducerDispatcher<Store>, (text, outline): Article, note: String) {
    dispatcher.dispatch(Action::Load(Rc::from(text), outline));
    dispatcher.dispatch(Action::Notice(Some(note)));
}

/// Shows the sample article and says why the one asked for is not shown.
fn fail(dispatcher: &UseReducerDispatcher<Store>, why: String) {
    super::sample_instead(dispatcher, &why);
}

/// Removes `key` from the page's query string (without a new history entry), so that a
/// reload restores the kept article instead of waiting for a page that posts nothing.
fn forget_query(key: &str) {
    let search = dom::window().location().search().unwrap_or_default();
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
        .collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    dom::replace_address(&query, &dom::fragment());
}

/// Starts reading what the address asks for. The returned listener (the bookmarklet's)
/// lives as long as the caller keeps it.
pub fn start(incoming: Incoming, dispatcher: UseReducerDispatcher<Store>) -> Option<EventListener> {
    match incoming {
        Incoming::Src(url) => {
            spawn_local(fetch(url, dispatcher));
            None
        }
        Incoming::BadSrc(why) => {
            fail(&dispatcher, why);
            None
        }
        Incoming::Bookmarklet => receive(dispatcher),
    }
}

/// The words for a fetch the browser refused or could not make.
fn unreachable(url: &str) -> String {
    format!(
        "Couldn't fetch {url}: the site doesn't let other pages read it, or the network is down. \
         Open the article in your browser and use the “Read in Sidelight” bookmark (see the \
         Library), or copy its text and use Paste."
    )
}

/// Fetches `url` (up to [`MAX_PAGE_BYTES`]) and shows its article.
async fn fetch(url: String, dispatcher: UseReducerDispatcher<Store>) {
    let response = match JsFuture::from(dom::window().fetch_with_str(&url)).await {
        Ok(r) => r.unchecked_into::<web_sys::Response>(),
        Err(_) => return fail(&dispatcher, unreachable(&url)),
    };
    if !response.ok() {
        return fail(
            &dispatcher,
            format!(
                "Couldn't fetch {url}: the site answered {} {}.",
                response.status(),
                response.status_text()
            ),
        );
    }
    let headers = response.headers();
    let header = |name: &str| headers.get(name).ok().flatten().unwrap_or_default();
    let too_big = |bytes: usize| {
        format!(
            "Couldn't read {url}: the page is {:.1} MB; Sidelight reads pages of up to {:.0} MB. Open it in your browser and copy the article's text instead.",
            mb(bytes),
            mb(MAX_PAGE_BYTES)
        )
    };
    if let Ok(length) = header("content-length").parse::<usize>() {
        if length > MAX_PAGE_BYTES {
            return fail(&dispatcher, too_big(length));
        }
    }
    let body = match response.array_buffer() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(e) => Err(e),
    };
    let Ok(body) = body else { return fail(&dispatcher, unreachable(&url)) };
    let bytes = js_sys::Uint8Array::new(&body).to_vec();
    if bytes.len() > MAX_PAGE_BYTES {
        return fail(&dispatcher, too_big(bytes.len()));
    }
    let mime = header("content-type");
    let path = url.split(['?', '#']).next().unwrap_or("");
    let markdown = is_markdown(path, &mime);
    // A page unless the site says it is text or Markdown.
    let page = !markdown
        && (is_web_page(path, &mime) || !mime.to_ascii_lowercase().starts_with("text/plain"));
    match article_from_bytes(&bytes, &url, markdown, page) {
        Ok((article, decoded)) => {
            let mut note = format!("Read from {url}.");
            if let Some(d) = decoded {
                note = format!("{note} {d}");
            }
            show(&dispatcher, article, note);
        }
        Err(problem) => fail(&dispatcher, problem),
    }
}

/// The bookmarklet's side of the reader: listens for the article from the page that opened
/// this window, and only from it (its `source` is the opener), in the expected shape (a
/// `type` of [`ARTICLE_MESSAGE`] and string `html`, `url` and `title`, the page at most
/// [`MAX_PAGE_BYTES`]); then says it is ready (a word, no data, so any opener may hear it).
/// Without an opener, or when nothing comes in time, the sample and a note.
fn receive(dispatcher: UseReducerDispatcher<Store>) -> Option<EventListener> {
    let window = dom::window();
    let opener = window.opener().ok().filter(|o| !o.is_null() && !o.is_undefined());
    let Some(opener) = opener else {
        fail(&dispatcher, "This page was opened to receive an article from the “Read in Sidelight” bookmark, but no page sent one.".into());
        return None;
    };
    let received = Rc::new(std::cell::Cell::new(false));
    let listener = {
        let opener = opener.clone();
        let dispatcher = dispatcher.clone();
        let received = received.clone();
        EventListener::new(&window, "message", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
            let from_opener = e.source().is_some_and(|s| js_sys::Object::is(&s, &opener));
            if !from_opener || received.get() {
                return;
            }
            let data = e.data();
            let field = |name: &str| {
                js_sys::Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string())
            };
            if field("type").as_deref() != Some(ARTICLE_MESSAGE) {
                return;
            }
            let (Some(html), Some(url), title) = (field("html"), field("url"), field("title"))
            else {
                return;
            };
            received.set(true);
            let shown = url.chars().take(200).collect::<String>();
            if html.len() > MAX_PAGE_BYTES {
                return fail(
                    &dispatcher,
                    format!("The page {shown} is too large to read ({:.1} MB).", mb(html.len())),
                );
            }
            let what = format!("the page {shown}");
            match article_from_bytes(html.as_bytes(), &what, false, true) {
                Ok((article, _)) => {
                    let name = title.filter(|t| !t.trim().is_empty()).unwrap_or(shown.clone());
                    let name: String = name.chars().take(120).collect();
                    show(
                        &dispatcher,
                        article,
                        format!("Read from “{name}” ({shown}), sent by the bookmark."),
                    );
                    forget_query("from");
                }
                Err(problem) => fail(&dispatcher, problem),
            }
        })
    };
    let _ = opener.unchecked_ref::<web_sys::Window>().post_message(&READY_MESSAGE.into(), "*");
    gloo_timers::callback::Timeout::new(WAIT_MS, move || {
        if !received.get() {
            received.set(true);
            fail(&dispatcher, "No article arrived from the page that opened Sidelight.".into());
        }
    })
    .forget();
    Some(listener)
}
