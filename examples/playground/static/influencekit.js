// influencekit.js: the disclosure linter of github.com/influencekit/influencekit
// (package disclosure) as an ES module, for pages and editors that lint a
// caption where it is typed, with no round trip to a server.
//
//   import { check, autofix, applyFix } from "./influencekit.js";
//
//   const post = { caption: "Loving this serum #ad", platform: "instagram" };
//   const report = check(post);       // the library's Report, in its JSON form
//   for (const f of report.findings) {
//     caption.slice(f.start_utf16, f.end_utf16);   // the text f is about
//   }
//   const fixed = applyFix(post.caption, report.findings[0].fixes[0]);
//   const all = autofix(post);        // every fixable finding fixed
//
// Serve four files from one directory: this module, wasm_exec.js from the Go
// installation that built the module ($(go env GOROOT)/lib/wasm/wasm_exec.js),
// influencekit.wasm (GOOS=js GOARCH=wasm go build ./examples/playground/wasm)
// with Content-Type application/wasm, and your page. Importing the module
// loads and starts the WebAssembly module (top-level await), so every export
// is ready once the import resolves; a failed load rejects the import.
//
// A post is the library's Post in its JSON form: caption (required),
// platform ("instagram", "tiktok", ...), jurisdiction (a code of
// names.jurisdictions: "US", "UK", ..., one per disclosure pack), brand, connection ("unknown", "paid", "gift",
// "affiliate", "none"), and format, edited, transcript and duration for
// video; names ignore case, and every key but caption may be left out. A
// missing caption, an unknown key or an unknown name throws an Error.
//
// The Report is { findings, disclosures, compliant }; each finding has rule,
// severity ("info", "warning", "error"), start/end, start_utf16/end_utf16,
// message and fixes ([{ message, edits: [{ start, end, start_utf16,
// end_utf16, text }] }], at most one to apply); each label (disclosures) has
// start/end, start_utf16/end_utf16, text, clarity ("clear", "ambiguous",
// "vague") and connection.
//
// Offsets: a finding's, a label's and an edit's start/end count UTF-8 bytes
// (Go's strings); start_utf16/end_utf16 count UTF-16 code units, which is
// what JavaScript strings index. applyFix applies a fix's edits by
// start_utf16/end_utf16.

import "./wasm_exec.js";

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

function call(name, arg) {
  const r = wasm[name](arg);
  if (r.error !== undefined) {
    throw new Error(r.error);
  }
  return r.value;
}

// checkJSON returns the Report of post as JSON text: exactly what Go's
// json.Marshal writes for the library's disclosure.Report.
export function checkJSON(post) {
  return call("check", JSON.stringify(post));
}

// check returns the Report of post: { findings: [...], disclosures: [...] }
// as parsed from checkJSON.
export function check(post) {
  return JSON.parse(checkJSON(post));
}

// autofix returns post's caption with the first fix of every fixable
// finding applied, repeated until nothing fixable is left.
export function autofix(post) {
  return call("autofix", JSON.stringify(post));
}

// names holds the text form of every platform, jurisdiction and connection,
// zero value first: { platforms: [...], jurisdictions: [...], connections: [...] }.
export const names = Object.freeze(JSON.parse(call("names", "")));

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
