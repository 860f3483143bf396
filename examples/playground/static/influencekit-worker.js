// influencekit-worker.js: the Web Worker that runs influencekit.wasm for
// influencekit.js, so that neither the module's start (its tables are built
// when it starts) nor a check ever runs on the page's main thread.
//
// It answers each message {id, name, arg} (name "check", "autofix" or
// "names", arg a string) with {id, value} or {id, error}, in the order the
// messages came; a module that failed to start answers every message with
// the error.

import "./wasm_exec.js";

// start loads and starts the WebAssembly module and returns the functions
// it registers.
async function start() {
  const go = new globalThis.Go();
  const wasmURL = new URL("influencekit.wasm", import.meta.url);
  const { instance } = await WebAssembly.instantiateStreaming(fetch(wasmURL), go.importObject);
  // run returns a promise that settles when the Go program exits, which it
  // does not: main registers its functions and then waits for calls.
  go.run(instance);
  const wasm = globalThis.influencekitDisclosure;
  delete globalThis.influencekitDisclosure;
  if (!wasm) {
    throw new Error("influencekit.wasm did not register its functions");
  }
  return wasm;
}

const ready = start();
// A rejection is answered to every message; this keeps it from also being
// reported as unhandled.
ready.catch(() => {});

// The listener is registered at once, before the module has started: a
// message that comes early waits for ready, and messages are answered in
// order because each waits on the same promise.
self.addEventListener("message", async (event) => {
  const { id, name, arg } = event.data;
  let reply;
  try {
    const wasm = await ready;
    const fn = wasm[name];
    if (typeof fn !== "function") {
      throw new Error(`influencekit.wasm has no function ${name}`);
    }
    const r = fn(arg);
    reply = r.error !== undefined ? { id, error: r.error } : { id, value: r.value };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
});
