// Sidelight's analysis worker: runs the engine (the reader's own WebAssembly, nothing else)
// off the page's main thread, so a large article never freezes the page. The page starts it
// as a module worker and sends {type: 'start', js, wasm}: the addresses of its own script and
// WebAssembly. Once loaded, the WebAssembly sees it is in a worker and answers the page's jobs
// itself (src/app/worker.rs has the conversation). Nothing is fetched but those two files.
self.addEventListener(
  'message',
  async (event) => {
    const { type, js, wasm } = event.data ?? {};
    if (type !== 'start' || typeof js !== 'string' || typeof wasm !== 'string') return;
    const own = (url) => new URL(url, self.location.href).origin === self.location.origin;
    if (!own(js) || !own(wasm)) return;
    const { default: init } = await import(js);
    await init({ module_or_path: wasm });
  },
  { once: true },
);
