// The playground page: reads the form, checks the post with the linter in
// influencekit.js (WebAssembly, in a Web Worker of this page) as the caption
// is typed, and shows the findings and labels, highlighted in place in the
// caption. Checks are asynchronous: a result is shown only when the post
// has not changed since its check began.

const $ = (id) => document.getElementById(id);
const form = $("post");
const caption = $("caption");
const highlights = $("highlights");
const platform = $("platform");
const jurisdiction = $("jurisdiction");
const brand = $("brand");
const connection = $("connection");
const alteration = $("alteration");
const category = $("category");
const virtualCreator = $("virtual-creator");
const ageGated = $("age-gated");
const platformLabel = $("platform-label");
const approval = $("approval");
const followers = $("followers");
const overlays = $("overlays");
const categoryJudged = $("category-judged");
const autofixButton = $("autofix");
const results = $("results");
const summary = $("summary");
const findingsList = $("findings");
const labelsList = $("labels");
const labelsTitle = $("labels-title");

const debounceMs = 150;
const connectionText = { unknown: "not declared", none: "none (organic)" };
const categoryText = { unknown: "read it from the caption", other: "none of the restricted ones" };
// An overlay line: start-end in seconds (a hyphen or an en dash between),
// then the text shown.
const overlayLine = /^\s*(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)\s+(\S.*)$/u;

let lib; // the influencekit.js module, once loaded
let checked; // { post, report } of the last check, null while it is stale
let timer = 0;
let generation = 0; // counts changes to the post; a result older than the last change is dropped

if ("serviceWorker" in navigator) {
  // sw.js keeps a copy of every file of the page, so that it loads offline.
  navigator.serviceWorker.register("sw.js").catch(() => {});
}

form.addEventListener("submit", (e) => e.preventDefault());
caption.addEventListener("input", onCaptionInput);
for (const input of [platform, jurisdiction, brand, connection, alteration, category, approval, followers, overlays]) {
  input.addEventListener(input.tagName === "SELECT" ? "change" : "input", schedule);
}
for (const box of [virtualCreator, ageGated, platformLabel]) {
  box.addEventListener("change", schedule);
}
autofixButton.addEventListener("click", onAutofix);
// A new width wraps the caption anew: grow or shrink its box to fit.
window.addEventListener("resize", () => mirror(caption.value, checked ? checked.report : null));
mirror(caption.value, null);

try {
  lib = await import("./influencekit.js");
} catch (err) {
  summary.textContent = `The linter could not be loaded: ${err.message}`;
  throw err;
}
fillSelect(platform, lib.names.platforms, {});
fillSelect(jurisdiction, lib.names.jurisdictions, {});
fillSelect(connection, lib.names.connections, connectionText);
fillSelect(alteration, lib.names.alterations, {});
fillSelect(category, lib.names.categories, categoryText);
autofixButton.disabled = false;
runCheck();

function fillSelect(select, values, text) {
  for (const v of values) {
    const option = document.createElement("option");
    option.value = v;
    option.textContent = text[v] ?? v;
    select.append(option);
  }
}

// currentPost returns the post the form describes, in the library's JSON
// form. It throws an Error naming the line of the on-screen text that is
// not "start-end text".
function currentPost() {
  const post = {
    caption: caption.value,
    platform: platform.value,
    jurisdiction: jurisdiction.value,
    connection: connection.value,
    alteration: alteration.value,
    category: category.value,
    virtual_creator: virtualCreator.checked,
    age_gated: ageGated.checked,
    platform_label: platformLabel.checked,
    approval: approval.value.trim(),
    followers: readFollowers(followers.value),
    overlays: readOverlays(overlays.value),
  };
  if (brand.value.trim() !== "") {
    post.brand = brand.value.trim();
  }
  return post;
}

// readFollowers reads the followers box: empty is 0 (unknown); anything
// but a whole number of 0 or more throws an Error saying what to write.
function readFollowers(text) {
  const t = text.trim();
  if (t === "") {
    return 0;
  }
  if (!/^\d+$/.test(t) || !Number.isSafeInteger(Number(t))) {
    throw new Error("Followers: write a whole number of 0 or more, digits only, such as “100000”.");
  }
  return Number(t);
}

// readOverlays reads the on-screen text box: one overlay a line, blank
// lines skipped. The library checks the times themselves (an end before
// its start is its error, naming the overlay).
function readOverlays(text) {
  const out = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") {
      return;
    }
    const m = overlayLine.exec(line);
    if (m === null) {
      throw new Error(`On-screen text, line ${i + 1}: write the start and end in seconds, then the text, such as “0-30 Publicité”.`);
    }
    out.push({ start: Number(m[1]), end: Number(m[2]), text: m[3].trim() });
  });
  return out;
}

function onCaptionInput() {
  // The highlight layer follows every keystroke at once (without marks, which
  // would no longer sit under their text); the check itself is debounced.
  mirror(caption.value, null);
  schedule();
}

function schedule() {
  generation++;
  checked = null;
  results.setAttribute("aria-busy", "true");
  clearTimeout(timer);
  timer = setTimeout(runCheck, debounceMs);
}

async function runCheck() {
  clearTimeout(timer);
  if (!lib) {
    return;
  }
  const at = ++generation;
  let post;
  try {
    post = currentPost();
  } catch (err) {
    showError(err);
    return;
  }
  if (post.caption.trim() === "") {
    showPrompt();
    return;
  }
  // The results on screen are for an older post until this check answers
  // (the module runs in a worker): say so at once, not only when the
  // debounce timer fires, so nothing reads them as this post's.
  checked = null;
  results.setAttribute("aria-busy", "true");
  let report;
  try {
    report = await lib.check(post);
  } catch (err) {
    if (at === generation) {
      showError(err);
    }
    return;
  }
  if (at !== generation) {
    return; // the post changed while it was checked: a newer check is coming
  }
  checked = { post, report };
  autofixButton.disabled = false;
  labelsTitle.hidden = false;
  mirror(post.caption, report);
  renderSummary(report);
  renderCategory(post, report);
  renderFindings(post.caption, report);
  renderLabels(post.caption, report);
  // aria-busy tells assistive technology (and the browser test) that the
  // results region is complete again.
  results.setAttribute("aria-busy", "false");
}

// showPrompt stands in for a report while the caption is empty: an empty
// caption is not yet a post, so the page asks for one rather than report
// that it has no label.
function showPrompt() {
  checked = null;
  autofixButton.disabled = true;
  mirror(caption.value, null);
  summary.className = "prompt";
  summary.textContent = "Type or paste a caption above: the linter checks it as you type.";
  findingsList.replaceChildren();
  labelsList.replaceChildren();
  labelsTitle.hidden = true;
  categoryJudged.hidden = true;
  results.setAttribute("aria-busy", "false");
}

// showError shows why the post could not be checked (or fixed) in place of
// a report.
function showError(err) {
  checked = null;
  mirror(caption.value, null);
  summary.className = "noncompliant";
  summary.textContent = err.message;
  findingsList.replaceChildren();
  labelsList.replaceChildren();
  labelsTitle.hidden = true;
  categoryJudged.hidden = true;
  results.setAttribute("aria-busy", "false");
}

async function onAutofix() {
  if (!lib) {
    return;
  }
  let post;
  try {
    post = currentPost();
  } catch (err) {
    showError(err);
    return;
  }
  const unchanged = () => {
    try {
      return JSON.stringify(currentPost()) === JSON.stringify(post);
    } catch {
      return false;
    }
  };
  let text;
  try {
    text = await lib.autofix(post);
  } catch (err) {
    if (unchanged()) {
      showError(err);
    }
    return;
  }
  if (unchanged()) {
    setCaption(text, null); // an edit made while autofix ran wins over it
  }
}

function onFix(findingIndex, fixIndex) {
  if (!checked) {
    runCheck(); // the caption changed since these buttons were drawn
    return;
  }
  const fix = checked.report.findings[findingIndex].fixes[fixIndex];
  const text = checked.post.caption;
  const first = lib.editsUTF16(text, fix.edits)[0];
  setCaption(lib.applyFix(text, fix), first ? first.start + first.text.length : null);
}

// setCaption replaces the caption, checks it at once and puts the focus
// back in the caption (the button that was clicked is gone), with the caret
// at caret when it is a number.
function setCaption(text, caret) {
  caption.value = text;
  mirror(text, null);
  runCheck();
  caption.focus();
  if (caret !== null) {
    caption.setSelectionRange(caret, caret);
  }
}

// mirror draws text into the highlight layer under the textarea, with a
// <mark> for every stretch covered by the report's labels and findings,
// and grows the textarea to fit its text.
function mirror(text, report) {
  caption.style.height = "auto";
  const border = caption.offsetHeight - caption.clientHeight;
  caption.style.height = `${caption.scrollHeight + border}px`;

  const spans = [];
  if (report) {
    report.disclosures.forEach((l, i) => {
      spans.push({ start: l.start_utf16, end: l.end_utf16, kind: "labels", index: i, cls: `clarity-${l.clarity}` });
    });
    report.findings.forEach((f, i) => {
      if (f.end_utf16 > f.start_utf16) {
        spans.push({ start: f.start_utf16, end: f.end_utf16, kind: "findings", index: i, cls: `severity-${f.severity}` });
      }
    });
  }
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((p) => p <= text.length).sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = text.slice(a, b);
    const cover = spans.filter((s) => s.start <= a && b <= s.end);
    if (cover.length === 0) {
      out.append(piece);
      continue;
    }
    const mark = document.createElement("mark");
    mark.textContent = piece;
    for (const kind of ["labels", "findings"]) {
      const ids = cover.filter((s) => s.kind === kind).map((s) => s.index);
      if (ids.length > 0) {
        mark.dataset[kind] = ids.join(" ");
      }
    }
    mark.className = cover.map((s) => s.cls).join(" ");
    out.append(mark);
  }
  // A final newline needs something after it to take up its line: a zero
  // width space, which adds nothing to the width of a line.
  out.append(text.endsWith("\n") || text === "" ? "\u200b" : "");
  highlights.replaceChildren(out);
}

function renderSummary(report) {
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) {
    count[f.severity] = (count[f.severity] ?? 0) + 1;
  }
  const compliant = report.compliant;
  summary.className = compliant ? "compliant" : "noncompliant";
  const n = report.findings.length;
  const parts = Object.entries(count)
    .filter(([, c]) => c > 0)
    .map(([sev, c]) => `${c} ${sev}${c === 1 ? "" : "s"}`);
  const labels = report.disclosures.length;
  summary.textContent =
    (n === 0 ? "No findings" : `${n} finding${n === 1 ? "" : "s"} (${parts.join(", ")})`) +
    `, ${labels} label${labels === 1 ? "" : "s"}: ` +
    (compliant ? "compliant." : "not compliant.");
}

// renderCategory says which category the rules judged the post to
// promote: the declared one, or the one a word of the caption or of the
// on-screen text showed (quoted), or none.
function renderCategory(post, report) {
  categoryJudged.hidden = false;
  const name = document.createElement("strong");
  name.className = "category-name";
  name.textContent = report.category;
  if (report.category === "unknown") {
    categoryJudged.replaceChildren("Category judged: none (no product word read, none declared).");
    return;
  }
  const span = report.category_span;
  if (span) {
    const q = document.createElement("q");
    q.className = "category-text";
    q.textContent = post.caption.slice(span.start_utf16, span.end_utf16);
    categoryJudged.replaceChildren("Category judged: ", name, ", read from ", q, ".");
    return;
  }
  const shown = report.category_overlay;
  if (shown && shown.index < post.overlays.length) {
    const q = document.createElement("q");
    q.className = "category-text";
    q.textContent = utf8Slice(post.overlays[shown.index].text, shown.start, shown.end);
    categoryJudged.replaceChildren("Category judged: ", name, ", read on screen from ", q, ".");
    return;
  }
  categoryJudged.replaceChildren("Category judged: ", name, " (declared).");
}

// utf8Slice returns the text of s between two byte offsets of its UTF-8
// form, as the library's offsets into an overlay's text count them.
function utf8Slice(s, start, end) {
  return new TextDecoder().decode(new TextEncoder().encode(s).subarray(start, end));
}

// fixButtons decides which fixes the page offers as buttons, for each
// finding of report on text: one button per distinct fix, and none that
// only inserts a label the caption already has. Fixes with the same edits
// (two findings about one label both offer to move it) are one button, on
// the first finding that offers it; a later finding lists it in same. It
// returns, per finding, { show: indexes of the fixes to draw, same:
// messages of the buttons above that apply those of its fixes }.
function fixButtons(text, report) {
  const shown = new Map(); // the edits of each button drawn, as a key -> its message
  return report.findings.map((f) => {
    const show = [];
    const same = [];
    f.fixes.forEach((fix, j) => {
      if (insertsLabelPresent(text, report, fix)) {
        return;
      }
      const key = JSON.stringify(fix.edits.map((e) => [e.start, e.end, e.text]));
      if (shown.has(key)) {
        if (!same.includes(shown.get(key))) {
          same.push(shown.get(key));
        }
        return;
      }
      shown.set(key, fix.message);
      show.push(j);
    });
    return { show, same };
  });
}

// insertsLabelPresent reports whether fix only inserts text (every edit
// replaces nothing) and each text it inserts, without its spaces, is
// already in the caption: as a label the report found, or as a word of its
// own, in any case ("Werbung" is in "Neues Serum #ad Werbung"; "ad" is not
// in "#ad" or "adidas").
function insertsLabelPresent(text, report, fix) {
  if (fix.edits.length === 0 || fix.edits.some((e) => e.end !== e.start)) {
    return false;
  }
  return fix.edits.every((e) => {
    const label = e.text.trim();
    if (label === "") {
      return false;
    }
    const lower = label.toLowerCase();
    if (report.disclosures.some((l) => l.text.toLowerCase() === lower)) {
      return true;
    }
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}\\p{N}_#@])${escaped}(?![\\p{L}\\p{N}_])`, "iu").test(text);
  });
}

function renderFindings(text, report) {
  const buttons = fixButtons(text, report);
  const items = report.findings.map((f, i) => {
    const li = document.createElement("li");
    li.className = `finding severity-${f.severity}`;
    li.dataset.rule = f.rule;

    const head = document.createElement("p");
    const severity = document.createElement("span");
    severity.className = "severity";
    severity.textContent = f.severity;
    const rule = document.createElement("code");
    rule.className = "rule";
    rule.textContent = f.rule;
    head.append(severity, " ", rule, " ");
    if (f.end_utf16 > f.start_utf16) {
      const q = document.createElement("q");
      q.className = "span-text";
      q.textContent = text.slice(f.start_utf16, f.end_utf16);
      head.append(q);
    } else {
      head.append(f.transcript ? "(the transcript)" : f.overlay ? `(on screen, overlay ${f.overlay.index})` : "(the whole caption)");
    }

    const message = document.createElement("p");
    message.className = "message";
    message.textContent = f.message;
    li.append(head, message);
    // Pointing at or tabbing into a finding outlines its text in the caption.
    for (const [on, off] of [["mouseenter", "mouseleave"], ["focusin", "focusout"]]) {
      li.addEventListener(on, () => outline(i, true));
      li.addEventListener(off, () => outline(i, false));
    }

    const { show, same } = buttons[i];
    if (show.length > 0) {
      const fixes = document.createElement("div");
      fixes.className = "fixes";
      for (const j of show) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "fix";
        button.textContent = f.fixes[j].message;
        button.addEventListener("click", () => onFix(i, j));
        fixes.append(button);
      }
      li.append(fixes);
    }
    if (same.length > 0) {
      const note = document.createElement("p");
      note.className = "same-fix";
      note.textContent = `Fixed by ${same.map((m) => `“${m}”`).join(" or ")} above.`;
      li.append(note);
    }
    return li;
  });
  findingsList.replaceChildren(...items);
}

// outline marks (or unmarks) the highlights of finding i.
function outline(i, on) {
  for (const mark of highlights.querySelectorAll("mark[data-findings]")) {
    if (mark.dataset.findings.split(" ").includes(String(i))) {
      mark.classList.toggle("active", on);
    }
  }
}

function renderLabels(text, report) {
  if (report.disclosures.length === 0) {
    const li = document.createElement("li");
    li.className = "none";
    li.textContent = "None.";
    labelsList.replaceChildren(li);
    return;
  }
  labelsList.replaceChildren(
    ...report.disclosures.map((l) => {
      const li = document.createElement("li");
      const span = document.createElement("span");
      span.className = `label-text clarity-${l.clarity}`;
      span.textContent = text.slice(l.start_utf16, l.end_utf16);
      const facts = document.createElement("span");
      facts.className = "label-facts";
      facts.textContent = ` ${l.clarity} · ${l.connection === "unknown" ? "connection not said" : l.connection}`;
      li.append(span, facts);
      return li;
    }),
  );
}
