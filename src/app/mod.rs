//! The reader app (WebAssembly only): Yew function components that render the [`Analysis`]
//! of the seed article with highlights and mention cards, and a sidebar with the entities,
//! the facts and a map of how they connect.
//!
//! Data flows one way: the engine runs once at start-up ([`doc::Doc::new`]); views send
//! [`Action`]s to the [`store::Store`] reducer, which wraps the pure [`crate::state::ReaderState`];
//! side effects (scrolling, the URL fragment, key and hash listeners) live in effect hooks.
//! The few elements one view focuses or scrolls to for another are shared as `NodeRef`s
//! ([`refs::AppRefs`], passed as a prop), never looked up by id.
//!
//! [`Analysis`]: crate::engine::Analysis

mod add_fact;
mod article;
mod card;
mod doc;
mod dom;
mod embed;
mod facts;
mod find;
mod help;
mod html;
mod incoming;
mod legend;
mod library;
mod library_dialog;
mod map;
mod mark_offer;
mod open;
mod refs;
mod saved;
mod sidebar;
mod store;
mod worker;

use crate::state::embed::{Embed, SidebarPlace};
use crate::state::fragment::{fragment_entity, fragment_for, fragment_view};
use crate::state::keys::{command_for, Command};
use crate::state::library::{fragment_doc, fragment_with_doc, NewKept};
use crate::state::{Action, View};
use article::Article;
use doc::Doc;
use gloo_events::{EventListener, EventListenerOptions};
use help::Help;
use refs::AppRefs;
use sidebar::Sidebar;
use store::Store;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlElement, KeyboardEvent, ScrollLogicalPosition};
use yew::prelude::*;

/// How the page was opened: on its own, or in the frame of a blog's `<sidelight-reader>`
/// (`web/embed.js` opens `index.html?embed=1&…`; see [`crate::state::embed`]).
#[derive(Properties, Clone, Debug, Default, PartialEq)]
pub struct AppProps {
    /// In a blog's frame: the article comes from the host page by `postMessage`, the URL is
    /// never changed, there is no app bar and no Open/Paste, and the frame grows with the
    /// reader.
    pub embed: Option<Embed>,
    /// In a saved copy opened from disk (`state::saved`): its article, shown as it was saved.
    pub saved: Option<saved::Saved>,
}

/// Mounts the reader into `#app` (or the body) and exposes `window.sidelight` for scripts.
pub fn start() {
    // The same WebAssembly analyses large articles in a worker (`worker.rs`), where there is no
    // page to mount.
    if js_sys::global().dyn_ref::<web_sys::Window>().is_none() {
        worker::serve();
        return;
    }
    install_js_api();
    let embed = Embed::from_query(&dom::window().location().search().unwrap_or_default());
    dom::set_embedded(embed.is_some());
    if let (Some(embed), Some(root)) = (&embed, dom::document().document_element()) {
        // The stylesheet lets the frame's page flow at its natural height (see main.css).
        let _ = root.set_attribute("data-embedded", "");
        if embed.fixed_height {
            let _ = root.set_attribute("data-fixed-height", "");
        }
    }
    let saved = if embed.is_none() { saved::take() } else { None };
    let props = AppProps { embed, saved };
    let root = dom::document().get_element_by_id("app");
    match root {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}

/// The bar over the page while a large article is analysed: what, how far, and Cancel.
fn analysing(pending: &Action, (done, stage): (f32, &str), cancel: Callback<MouseEvent>) -> Html {
    let (Action::Load(text, _) | Action::Restore(_, text, ..)) = pending else { return html! {} };
    let percent = (done * 100.0).round() as u32;
    let title = crate::state::library::title_of(text);
    html! {
        <div class="notice analysing" role="status">
            <span class="analysing-what">{ format!("Analysing “{title}” ({:.1} MB): {stage}…", text.len() as f64 / 1e6) }</span>
            <progress max="100" value={percent.to_string()} aria-label="Analysis progress">{ format!("{percent}%") }</progress>
            <button type="button" class="bar-button" onclick={cancel}>{ "Cancel" }</button>
        </div>
    }
}

/// `window.sidelight = { analyze(text), summary(text), seed }`: the engine and the article it
/// shows, callable from JavaScript (benchmarks, tests, the console). Offsets in `analyze`'s result are UTF-8 byte offsets.
fn install_js_api() {
    let api = js_sys::Object::new();
    let analyze = Closure::<dyn Fn(String) -> JsValue>::new(|text: String| {
        serde_wasm_bindgen::to_value(&crate::engine::analyze(&text)).unwrap_or(JsValue::NULL)
    });
    // `summary` skips converting the whole analysis to JavaScript objects, so timing it
    // measures the engine rather than the conversion.
    let summary = Closure::<dyn Fn(String) -> JsValue>::new(|text: String| {
        let a = crate::engine::analyze(&text);
        let out = js_sys::Object::new();
        for (key, n) in [
            ("blocks", a.blocks.len()),
            ("sentences", a.sentences.len()),
            ("mentions", a.mentions.len()),
            ("entities", a.entities.len()),
            ("relations", a.relations.len()),
        ] {
            let _ = js_sys::Reflect::set(&out, &key.into(), &(n as f64).into());
        }
        out.into()
    });
    let _ = js_sys::Reflect::set(&api, &"analyze".into(), &analyze.into_js_value());
    let _ = js_sys::Reflect::set(&api, &"summary".into(), &summary.into_js_value());
    let _ = js_sys::Reflect::set(&api, &"seed".into(), &crate::SEED_ARTICLE.into());
    let _ = js_sys::Reflect::set(&dom::window(), &"sidelight".into(), &api);
}

/// Keys that act anywhere on the page, except while typing in a text field: the shortcuts of
/// [`crate::state::keys::SHORTCUTS`], the table the help dialog lists.
fn on_key(event: &web_sys::Event, dispatch: &UseReducerDispatcher<Store>, refs: &AppRefs) {
    let Some(e) = event.dyn_ref::<KeyboardEvent>() else { return };
    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
        return;
    }
    let typing = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.is_content_editable()
    });
    if typing {
        return;
    }
    match command_for(&e.key()) {
        Some(Command::Dispatch(action)) => dispatch.dispatch(action),
        Some(Command::FocusSearch) => {
            e.prevent_default();
            if dom::is_phone() {
                // The search box is in the closed sheet; open it first (a phone with a keyboard).
                dispatch.dispatch(Action::ShowSheet(true));
            }
            if !refs.focus_search() {
                // The search box is in the Entities tab: switch to it, then focus the box.
                dispatch.dispatch(Action::SetView(View::Entities));
                let refs = refs.clone();
                dom::after_render(move || {
                    refs.focus_search();
                });
            }
        }
        None => {}
    }
}

#[function_component]
fn App(props: &AppProps) -> Html {
    let embed = props.embed.clone();
    let embedded = embed.is_some();
    // A blog's frame waits for the host's article; the app on its own opens the sample, with
    // the selection a deep link asks for.
    // A link to a kept article (`#doc=…`) waits for the library instead of flashing the sample.
    // An article from elsewhere (`?src=URL`, the bookmarklet), unless the fragment already
    // names the kept copy of one (a reload after it arrived).
    let arriving = use_memo((), move |_| {
        let search = dom::window().location().search().unwrap_or_default();
        let asks = (!embedded && fragment_doc(&dom::fragment()).is_none()).then_some(());
        asks.and_then(|_| crate::state::incoming::from_query(&search))
    });
    let waiting_for = arriving.is_some();
    let saved = props.saved.clone();
    let saved_text = saved.as_ref().map(|s| s.text.clone());
    let store = use_reducer(move || {
        if let Some(saved) = saved {
            let doc = Doc::with_analysis(saved.text, saved.analysis);
            Store::new(doc, &dom::fragment())
        } else if embedded || waiting_for || fragment_doc(&dom::fragment()).is_some() {
            Store::new(Doc::new("", None), "")
        } else {
            Store::new(Doc::new(crate::SEED_ARTICLE, None), &dom::fragment())
        }
    });
    let library_open = use_state(|| false);
    // Where a blog's frame is shown, for its credit line (read once).
    let host = use_memo((), move |_| embedded.then(embedder_host).flatten());
    // The id of the kept article shown, for the page-lifetime listeners.
    let shown_kept = use_mut_ref(|| None::<std::rc::Rc<str>>);
    *shown_kept.borrow_mut() = store.kept.clone();
    let onaction = {
        let dispatcher = store.dispatcher();
        Callback::from(move |a: Action| dispatcher.dispatch(a))
    };
    // The same refs for the page's lifetime, so the views' props never change because of them.
    let refs = (*use_memo((), |_| AppRefs::default())).clone();
    let state = &store.state;
    let doc = &store.doc;

    {
        // The URL fragment follows the selection and the sidebar's view
        // (`#entity=slug&view=facts`), without new history entries.
        // A kept article's id goes first (`#doc=…&entity=…`), so a link reopens it.
        let slug = state.selected_slug(&doc.analysis).map(str::to_string);
        let waiting = doc.text.is_empty();
        use_effect_with(
            (slug, state.view, store.kept.clone(), waiting),
            move |(slug, view, kept, waiting)| {
                // A blog's frame never changes an address; nor does a link still being opened.
                if embedded || *waiting {
                    return;
                }
                let current = dom::fragment();
                let next = fragment_with_doc(
                    &fragment_for(&current, slug.as_deref(), *view),
                    kept.as_deref(),
                );
                if next != current {
                    dom::replace_fragment(&next);
                }
            },
        );
    }
    {
        // Every article read on its own page is kept in the library (not the sample, and
        // never in a blog's frame), so a reload or an offline visit finds it again.
        let dispatcher = store.dispatcher();
        let corrected = !store.corrections.is_empty();
        use_effect_with((doc.clone(), store.kept.is_some()), move |(doc, kept)| {
            // The sample too, once the reader corrects it.
            let sample = &*doc.text == crate::SEED_ARTICLE && !corrected;
            // A saved copy is a file of its own: it is not copied into the library.
            let copy = saved_text.as_deref() == Some(&*doc.text);
            if embedded || *kept || doc.text.is_empty() || sample || copy {
                return;
            }
            // The article's own text, not a copy of it (megabytes, for a long one).
            let text = doc.text.clone();
            let outline = doc.outline.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match keep(&text, outline.as_deref()).await {
                    Ok(id) => dispatcher.dispatch(Action::Kept(id.into())),
                    Err(e) => dispatcher.dispatch(Action::Notice(Some(format!(
                        "Couldn't keep this article in your browser ({e}): it will be gone after a reload. Save its text somewhere to be safe."
                    )))),
                }
            });
        });
    }
    {
        // The reader's corrections are kept with the article (never in a blog's frame).
        let dispatcher = store.dispatcher();
        use_effect_with(
            (store.kept.clone(), store.corrections.clone()),
            move |(kept, corrections)| {
                let Some(id) = kept.clone().filter(|_| !embedded) else { return };
                let corrections = corrections.to_vec();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = library::keep_corrections(&id, &corrections).await {
                        dispatcher.dispatch(Action::Notice(Some(format!(
                        "Couldn't keep your corrections in this browser ({e}): they will be gone after a reload."
                    ))));
                    }
                });
            },
        );
    }
    {
        // The tab and history show the article, not just the app's name.
        let title = doc
            .analysis
            .blocks
            .iter()
            .find(|b| b.kind == crate::engine::BlockKind::Title)
            .map(|b| doc.slice(b.span).trim().to_string());
        use_effect_with(title, |title| {
            dom::document().set_title(&match title {
                Some(title) => format!("{title} · Sidelight"),
                None => "Sidelight".to_string(),
            });
        });
    }
    // A large article is analysed in a worker (`worker.rs`) while the page shows what it
    // showed, with the worker's progress; dropping the job (another article, Cancel, done)
    // stops the worker.
    let progress = use_state(|| (0.0f32, "Starting"));
    {
        let dispatcher = store.dispatcher();
        let progress = progress.clone();
        let job = use_mut_ref(|| None::<worker::Job>);
        // Keyed by the pending action's address: comparing actions would compare their texts
        // (megabytes) at every render.
        let pending = store.pending.clone();
        let key = pending.as_ref().map(|p| std::rc::Rc::as_ptr(p) as usize);
        use_effect_with(key, move |_| {
            *job.borrow_mut() = None;
            let opening = pending.as_deref().and_then(|p| match p {
                Action::Load(text, outline) | Action::Restore(_, text, outline, ..) => {
                    Some((text.clone(), outline.clone()))
                }
                _ => None,
            });
            if let Some((text, outline)) = opening {
                progress.set((0.0, "Starting"));
                let on_progress = {
                    let progress = progress.clone();
                    Callback::from(move |p| progress.set(p))
                };
                let on_done = {
                    let dispatcher = dispatcher.clone();
                    Callback::from(move |r: Result<crate::engine::Analysis, String>| {
                        // Where the last large article was analysed, for tests and the curious.
                        let root = dom::document().document_element();
                        let at = |place: &str| {
                            root.as_ref().map(|r| r.set_attribute("data-analysed-in", place))
                        };
                        match r {
                            Ok(a) => {
                                at("worker");
                                dispatcher.dispatch(Action::Analysed(std::rc::Rc::new(a)))
                            }
                            // No worker after all (a file missing offline): on the page, then.
                            Err(_) => {
                                at("page");
                                dispatcher.dispatch(Action::AnalyseHere)
                            }
                        }
                    })
                };
                match worker::start(&text, outline.as_deref(), on_progress, on_done.clone()) {
                    Some(started) => *job.borrow_mut() = Some(started),
                    None => on_done.emit(Err("no worker".into())),
                }
            }
        });
    }
    {
        // Listeners for the page's lifetime: edits of the fragment, and the keyboard.
        let dispatcher = store.dispatcher();
        let kept_dispatcher = store.dispatcher();
        let shown_kept = shown_kept.clone();
        let refs = refs.clone();
        let embed = props.embed.clone();
        let arriving = arriving.clone();
        use_effect_with((), move |_| {
            let on_hash = {
                let dispatcher = dispatcher.clone();
                let kept_dispatcher = kept_dispatcher.clone();
                EventListener::new(&dom::window(), "hashchange", move |_| {
                    let fragment = dom::fragment();
                    // A link to another kept article (edited by hand, or followed from
                    // another tab's copy): open it, with the selection it names.
                    if let Some(id) = fragment_doc(&fragment).filter(|_| !embedded) {
                        if shown_kept.borrow().as_deref() != Some(id) {
                            spawn_local(open_kept(id.to_string(), kept_dispatcher.clone()));
                            return;
                        }
                    }
                    if let Some(view) = fragment_view(&fragment) {
                        dispatcher.dispatch(Action::SetView(view));
                    }
                    match fragment_entity(&fragment) {
                        Some(slug) => dispatcher.dispatch(Action::SelectSlug(slug.to_string())),
                        // A bare heading anchor is a jump, which the browser handles; an empty
                        // fragment means the reader removed the selection.
                        None if fragment.is_empty() => dispatcher.dispatch(Action::Clear),
                        None => {}
                    }
                })
            };
            let on_host = embed.and_then(|e| embed::listen(dispatcher.clone(), e));
            let on_arrival =
                (*arriving).clone().and_then(|a| incoming::start(a, kept_dispatcher.clone()));
            // Not passive: "/" prevents its default, so it is not typed into the box it focuses.
            let on_key = EventListener::new_with_options(
                &dom::document(),
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |e| on_key(e, &dispatcher, &refs),
            );

            // A link to a kept article: open it from the library, or say why not.
            if !embedded {
                if let Some(id) = fragment_doc(&dom::fragment()).map(str::to_string) {
                    spawn_local(open_kept(id, kept_dispatcher));
                }
            }
            // A link to a section (`#the-path-forward`) could not scroll before the article existed.
            let fragment = dom::fragment();
            if !fragment.is_empty()
                && fragment_entity(&fragment).is_none()
                && fragment_view(&fragment).is_none()
            {
                if let Some(el) =
                    dom::document().get_element_by_id(fragment.trim_start_matches('#'))
                {
                    dom::reveal(&el, ScrollLogicalPosition::Start);
                }
            }
            // Tests and the benchmark wait for this mark of a rendered, highlighted article.
            if let Some(root) = dom::document().get_element_by_id("app") {
                let _ = root.set_attribute("data-ready", "true");
            }
            if let Some(perf) = dom::window().performance() {
                let _ = perf.mark("sidelight-ready");
            }
            move || {
                drop(on_hash);
                drop(on_key);
                drop(on_host);
                drop(on_arrival);
            }
        });
    }

    let act = |a: Action| {
        let onaction = onaction.clone();
        Callback::from(move |_: MouseEvent| onaction.emit(a.clone()))
    };
    let bottom_selection = state.selected.map(|id| {
        let e = doc.analysis.entity(id);
        html! {
            <div class="bb-selection">
                <button type="button" onclick={act(Action::Prev)} aria-label="Previous mention">{ "‹" }</button>
                <span class="bb-name">{ &e.name }</span>
                <span class="bb-pos">{ format!("{}/{}", state.cursor + 1, e.mentions.len()) }</span>
                <button type="button" onclick={act(Action::Next)} aria-label="Next mention">{ "›" }</button>
                <button type="button" onclick={act(Action::Clear)} aria-label="Clear selection">{ "×" }</button>
            </div>
        }
    });

    let skip_to_article = {
        let refs = refs.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            refs.reveal_article();
        })
    };

    // The second skip link: past the top bar and the article, to the entities (on a phone,
    // the sheet opens and takes focus itself).
    let skip_to_sidebar = {
        let refs = refs.clone();
        let onaction = onaction.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if dom::is_phone() {
                onaction.emit(Action::ShowSheet(true));
            } else {
                refs.focus_sidebar();
            }
        })
    };

    let place = props.embed.as_ref().map(|e| match e.sidebar {
        SidebarPlace::Right => "sidebar-right",
        SidebarPlace::Bottom => "sidebar-bottom",
        SidebarPlace::None => "sidebar-none",
    });
    let fixed = props.embed.as_ref().is_some_and(|e| e.fixed_height).then_some("fixed-height");
    let sidebar = props.embed.as_ref().is_none_or(|e| e.sidebar != SidebarPlace::None);
    let keys_button = html! {
        <button type="button" class="keys-button" onclick={act(Action::ToggleHelp)}
            aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">{ "?" }</button>
    };

    html! {
        <div class={classes!("app", state.sheet.then_some("sheet-open"), embedded.then_some("embedded"), place, fixed, state.labels.then_some("show-labels"))}>
            <a class="skip-link" href="#article" onclick={skip_to_article}>{ "Skip to article" }</a>
            if sidebar {
                <a class="skip-link" href="#sidebar" onclick={skip_to_sidebar}>{ "Skip to entities" }</a>
            }
            if !embedded {
                <header class="topbar">
                    <span class="brand"><span class="brand-mark" aria-hidden="true"></span><span class="brand-name">{ "Sidelight" }</span></span>
                    <open::OpenControls onaction={onaction.clone()} is_sample={&*doc.text == crate::SEED_ARTICLE}
                        onlibrary={{
                            let library_open = library_open.clone();
                            Callback::from(move |_: ()| library_open.set(true))
                        }} />
                    { keys_button.clone() }
                </header>
            }
            if let Some(pending) = &store.pending {
                { analysing(pending, *progress, act(Action::CancelAnalysis)) }
            }
            if let Some(notice) = store.notice.clone() {
                <div class="notice" role="status">
                    <span>{ notice }</span>
                    <button type="button" class="help-close" aria-label="Dismiss" onclick={act(Action::Notice(None))}>{ "×" }</button>
                </div>
            }
            if *library_open {
                <library_dialog::LibraryDialog onaction={onaction.clone()} doc={doc.clone()} current={store.kept.clone()} corrections={store.corrections.clone()}
                    onclose={{
                        let library_open = library_open.clone();
                        Callback::from(move |_: ()| library_open.set(false))
                    }} />
            }
            <div class="layout">
                <main class="reader">
                    if doc.text.is_empty() {
                        <p class="waiting" role="status">{ if embedded { "Loading the article…" } else { "Opening your article…" } }</p>
                    } else {
                        <Article
                            doc={doc.clone()}
                            selected={state.selected}
                            focused={state.focused_mention(&doc.analysis)}
                            enabled={state.enabled.clone()}
                            scroll_seq={state.scroll_seq}
                            move_focus={state.move_focus}
                            marked={state.marked_sentence(&doc.analysis)}
                            mark_seq={state.mark_seq}
                            hover={state.hover}
                            onaction={onaction.clone()}
                            refs={refs.clone()}
                            editable={!embedded}
                        />
                    }
                </main>
                if sidebar {
                    <Sidebar doc={doc.clone()} state={state.clone()} onaction={onaction.clone()} refs={refs.clone()}
                        corrections={store.corrections.clone()} corrected={store.corrected.clone()} detached={store.detached} editable={!embedded} />
                }
            </div>
            if embedded {
                // In a blog post: a credit that opens the reader on its own, and the keys.
                <footer class="embed-foot">
                    <a class="credit" href="./" target="_blank" rel="noopener">
                        <span class="brand-mark" aria-hidden="true"></span>{ "Sidelight" }
                        if let Some(host) = (*host).clone() {
                            <span class="credit-host">{ format!("· on {host}") }</span>
                        }
                    </a>
                    { keys_button }
                </footer>
            } else {
                if state.sheet {
                    <div class="sheet-backdrop" onclick={act(Action::ShowSheet(false))}></div>
                }
                <nav class="bottombar" aria-label="Reader tools">
                    <button ref={refs.sheet_toggle.clone()} type="button" class="sheet-toggle" aria-expanded={state.sheet.to_string()} aria-controls="sidebar"
                        onclick={act(Action::ShowSheet(!state.sheet))}>
                        <span class="sheet-toggle-label">{ "Entities " }</span><span class="badge">{ doc.analysis.entities.len() }</span>
                    </button>
                    { for bottom_selection }
                </nav>
            }
            if state.help { <Help onaction={onaction.clone()} /> }
            <p class="visually-hidden" aria-live="polite">{
                state.selected.map(|id| {
                    let e = doc.analysis.entity(id);
                    format!("{}, {}, mention {} of {}", e.name, e.ty.class().singular(), state.cursor + 1, e.mentions.len())
                }).unwrap_or_default()
            }</p>
        </div>
    }
}

/// The host of the page a blog's frame is embedded in, for its credit line ("Sidelight · on
/// blog.example"): the frame's first ancestor origin, else its referrer's host. The reader
/// says where it is shown; it never reads anything else of that page.
fn embedder_host() -> Option<String> {
    let location = dom::window().location();
    let ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|v| v.as_string());
    let url = first.or_else(|| Some(dom::document().referrer()).filter(|r| !r.is_empty()))?;
    web_sys::Url::new(&url).ok().map(|u| u.host()).filter(|h| !h.is_empty())
}

/// Opens the kept article `id` with the selection the URL fragment names, or says why it
/// cannot and shows the sample.
async fn open_kept(id: String, dispatcher: yew::UseReducerDispatcher<Store>) {
    match library::get(&id).await {
        Ok(Some(k)) => dispatcher.dispatch(Action::Restore(
            k.id.into(),
            k.text.into(),
            k.outline.as_deref().map(Into::into),
            k.corrections.into(),
            dom::fragment(),
        )),
        found => {
            dom::replace_fragment(&fragment_with_doc(&dom::fragment(), None));
            let why = match found {
                Err(e) => format!("Couldn't open the article this link keeps ({e})."),
                _ => "The article this link points to isn't in this browser's library: articles are kept only in the browser that opened them.".to_string(),
            };
            sample_instead(&dispatcher, &why);
        }
    }
}

/// Shows the sample article, saying why the one asked for is not shown (`why`).
fn sample_instead(dispatcher: &yew::UseReducerDispatcher<Store>, why: &str) {
    dispatcher.dispatch(Action::Load(crate::SEED_ARTICLE.into(), None));
    dispatcher.dispatch(Action::Notice(Some(format!("{why} Here is the sample article instead."))));
}

/// Keeps `text` in the library (under the id it already has there, if the same text was kept
/// before) and returns its id.
async fn keep(text: &str, outline: Option<&[crate::engine::LineKind]>) -> Result<String, String> {
    if let Some(same) = library::find_text(text).await? {
        return Ok(same);
    }
    let kept = NewKept::new(text, outline, js_sys::Date::now(), js_sys::Math::random());
    library::put(&kept).await?;
    Ok(kept.id)
}
