// influencekit.js: the disclosure linter of github.com/influencekit/influencekit
// (package disclosure) as an ES module, for pages and editors that lint a
// caption where it is typed, with no round trip to a server.
//
//   import { check, autofix, applyFix } from "./influencekit.js";
//
//   const post = { caption: "Loving this serum #ad", platform: "instagram" };
//   const report = await check(post); // the library's Report, in its JSON form
//   for (const f of report.findings) {
//     caption.slice(f.start_utf16, f.end_utf16);   // the text f is about
//   }
//   const fixed = applyFix(post.caption, report.findings[0].fixes[0]);
//   const all = await autofix(post);  // every fixable finding fixed
//
// The WebAssembly module runs in a Web Worker (influencekit-worker.js), so
// neither its start nor a check blocks the page's main thread: check,
// checkJSON and autofix return Promises, which settle in the order the
// calls were made. (They returned their results directly before the module
// moved to a worker: add await.) applyFix, editsUTF16 and utf16Offsets are
// plain JavaScript and return their results directly; names is an object.
//
// Serve five files from one directory: this module, influencekit-worker.js,
// wasm_exec.js from the Go installation that built the module
// ($(go env GOROOT)/lib/wasm/wasm_exec.js), influencekit.wasm
// (GOOS=js GOARCH=wasm go build ./examples/playground/wasm) with
// Content-Type application/wasm (gzipped it is about 28% of its size),
// and your page; a Content-Security-Policy must allow worker-src 'self' and
// script-src 'wasm-unsafe-eval'. Importing the module starts the worker
// and waits (top-level await, which leaves the main thread free) until the
// WebAssembly module has started, so every export is ready once the import resolves; a
// failed load rejects the import.
//
// A post is the library's Post in its JSON form: caption (required),
// platform ("instagram", "tiktok", ...), jurisdiction (a code of
// names.jurisdictions: "US", "UK", ..., one per disclosure pack), brand, connection ("unknown", "paid", "gift",
// "affiliate", "none"), and format, edited, transcript and duration for
// video; alteration (names.alterations: "none", "retouched", "generated",
// "deep-fake"), virtual_creator, category (names.categories, kebab-case:
// "unknown" reads it from the caption, "nicotine", "less-healthy-food",
// ...), age_gated, platform_label (booleans), approval (the reference of
// the approval a financial promotion rests on), followers (of the account
// that posts, a whole number; 0 is unknown) and overlays ([{ start, end,
// text }], seconds); names ignore case, and every key but caption may be
// left out. A missing caption, an unknown key, an unknown name, a negative
// follower count or an overlay ending before it starts rejects with an
// Error.
//
// The Report is { findings, disclosures, category, category_span,
// category_overlay, category_transcript, compliant }: category is the
// category the rules judged ("unknown" for none), category_span ({ start,
// end, start_utf16, end_utf16 }) the caption words that showed it, present
// only when it was read from the caption; category_overlay and
// category_transcript ({ index, start, end }: which overlay or transcript
// segment, and byte offsets into its text, UTF-8 as everywhere in Go) are
// present only when an overlay, or else the transcript, showed it;
// each finding has rule,
// severity ("info", "warning", "error"), start/end, start_utf16/end_utf16,
// message and fixes ([{ message, edits: [{ start, end, start_utf16,
// end_utf16, text }] }], at most one to apply), and a finding about a
// label shown on screen an overlay ({ index, start, end }, as above; its
// start and end are 0 and its fixes empty); each label (disclosures) has
// start/end, start_utf16/end_utf16, text, clarity ("clear", "ambiguous",
// "vague") and connection.
//
// Offsets: a finding's, a label's and an edit's start/end count UTF-8 bytes
// (Go's strings); start_utf16/end_utf16 count UTF-16 code units, which is
// what JavaScript strings index. applyFix applies a fix's edits by
// start_utf16/end_utf16.

const worker = new Worker(new URL("influencekit-worker.js", import.meta.url), { type: "module" });
const pending = new Map(); // id -> { resolve, reject } of each call not yet answered
let nextID = 0;
let broken = null; // the Error of a worker that could not run, once it failed

worker.addEventListener("message", (event) => {
  const { id, value, error } = event.data;
  const call = pending.get(id);
  if (call === undefined) {
    return; // rejected already, when the worker failed
  }
  pending.delete(id);
  if (error !== undefined) {
    call.reject(new Error(error));
  } else {
    call.resolve(value);
  }
});
// The worker's script (or wasm_exec.js) failed to load or to run: no call
// will be answered.
worker.addEventListener("error", (event) => {
  event.preventDefault();
  broken = new Error(`influencekit-worker.js failed: ${event.message || "it could not be loaded"}`);
  for (const call of pending.values()) {
    call.reject(broken);
  }
  pending.clear();
});

// call sends one call to the WebAssembly module and returns a Promise of
// its string result.
function call(name, arg) {
  if (broken) {
    return Promise.reject(broken);
  }
  return new Promise((resolve, reject) => {
    const id = nextID++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, name, arg });
  });
}

// checkJSON returns a Promise of the Report of post as JSON text: exactly
// what Go's json.Marshal writes for the library's disclosure.Report.
export async function checkJSON(post) {
  return call("check", JSON.stringify(post));
}

// check returns a Promise of the Report of post: { findings: [...],
// disclosures: [...], compliant } as parsed from checkJSON.
export async function check(post) {
  return JSON.parse(await checkJSON(post));
}

// autofix returns a Promise of post's caption with the first fix of every
// fixable finding applied, repeated until nothing fixable is left.
export async function autofix(post) {
  return call("autofix", JSON.stringify(post));
}

// names holds the text form of every platform, jurisdiction, connection,
// alteration and category, zero value first: { platforms: [...],
// jurisdictions: [...], connections: [...], alterations: [...],
// categories: [...] }.
// Waiting for it is what makes the import wait until the module has started.
export const names = Object.freeze(JSON.parse(await call("names", "")));

// utf16Offsets returns a function that turns a UTF-8 byte offset into text
// (as Go sees it) into the UTF-16 index of the same place, and throws a
// RangeError for an offset inside a character or past the end. A lone
// surrogate, which reaches Go as U+FFFD, counts 3 bytes and 1 unit.
export function utf16Offsets(text) {
  const at = new Map([[0, 0]]);
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c > 0xffff ? 2 : 1;
    at.set(bytes, i);
  }
  return (offset) => {
    const unit = at.get(offset);
    if (unit === undefined) {
      throw new RangeError(`byte offset ${offset} is not a character boundary of the caption`);
    }
    return unit;
  };
}

// editsUTF16 returns a fix's edits (sorted, not overlapping) as
// {start, end, text} with start and end in UTF-16 units of caption: an
// edit's own start_utf16 and end_utf16, which check fills. An edit without
// them (built by other code, byte offsets only) has its start and end
// converted with utf16Offsets(caption).
export function editsUTF16(caption, edits) {
  let unit;
  return edits.map((e) => {
    if (e.start_utf16 !== undefined && e.end_utf16 !== undefined) {
      return { start: e.start_utf16, end: e.end_utf16, text: e.text };
    }
    unit ??= utf16Offsets(caption);
    return { start: unit(e.start), end: unit(e.end), text: e.text };
  });
}

// applyFix returns caption with fix's edits applied.
export function applyFix(caption, fix) {
  let out = caption;
  for (const e of editsUTF16(caption, fix.edits).reverse()) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}
