//! Sidelight: a news reader that lights up the people, companies, places, amounts and dates
//! in an article and shows how they relate.
//!
//! The crate has three layers, and the compiler keeps them apart:
//! - [`engine`]: plain Rust text analysis (`analyze(text) -> Analysis`), no I/O, no web types.
//! - [`state`]: the reader's UI state as a pure reducer, tested natively.
//! - [`layout`]: the deterministic node-link layout of the relations map.
//! - `app` (WebAssembly only): the Yew views, the only code that touches the DOM.
//!
//! The native CLI (`src/main.rs`, `src/cli/`, `src/train/`, `src/bench.rs`) shares the engine;
//! [`render`] writes its static HTML reader view (`sidelight render`).

pub mod engine;
pub mod layout;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;

#[cfg(not(target_arch = "wasm32"))]
pub mod bench;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

pub mod render;

#[cfg(not(target_arch = "wasm32"))]
pub mod train;

/// The article the app opens by default, embedded at build time.
pub const SEED_ARTICLE: &str = include_str!("../seeds/mistral-ai-funding.txt");
