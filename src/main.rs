//! Entry point: in the browser it mounts the reader app; natively it runs the `sidelight` CLI.

#[cfg(target_arch = "wasm32")]
fn main() {
    sidelight::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(sidelight::cli::main());
}
