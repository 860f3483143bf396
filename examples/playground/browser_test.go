//go:build unix

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/examples/playground/internal/jsonapi"
	"github.com/influencekit/influencekit/internal/cdp"
)

// screenshotDir is where the browser test leaves its screenshots for a
// person to look at; .gitignore lists it.
const screenshotDir = "screenshots"

// startPlayground runs the command as main would, with -addr
// 127.0.0.1:0, and returns the page's URL and a function that stops the
// server and waits for run to return.
func startPlayground(ctx context.Context, t *testing.T) (pageURL string, stop func()) {
	t.Helper()
	runCtx, cancel := context.WithCancel(ctx)
	out, outW := io.Pipe()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(runCtx, []string{"-addr", "127.0.0.1:0"}, outW, &stderr)
		outW.Close()
	}()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Errorf("the playground did not stop within 10s")
		}
	}
	t.Cleanup(stop)

	line := make(chan string, 1)
	go func() {
		buf := make([]byte, 512)
		n, _ := io.ReadAtLeast(out, buf, 1)
		line <- string(buf[:n])
		io.Copy(io.Discard, out) //nolint:errcheck // drain until run returns
	}()
	select {
	case l := <-line:
		const prefix = "playground: serving on "
		require.True(t, strings.HasPrefix(l, prefix), "first line of output %q; stderr:\n%s", l, stderr.String())
		return strings.TrimSpace(strings.TrimPrefix(l, prefix)), stop
	case <-ctx.Done():
		t.Fatalf("the playground did not start: %v", ctx.Err())
		return "", stop
	}
}

// domState is what the page shows after a check, read from the DOM.
type domState struct {
	Caption  string `json:"caption"`
	Summary  string `json:"summary"`
	Mirror   string `json:"mirror"` // the highlight layer's text
	Findings []struct {
		Severity string   `json:"severity"`
		Rule     string   `json:"rule"`
		Span     *string  `json:"span"` // the quoted text, nil for a finding about the whole caption
		Message  string   `json:"message"`
		Fixes    []string `json:"fixes"`
		Same     string   `json:"same"` // the note naming a button above that fixes this finding too
	} `json:"findings"`
	Labels   []string `json:"labels"`   // the text of each listed label
	Category string   `json:"category"` // the line naming the judged category, "" while hidden
	Marks    []struct {
		Text     string `json:"text"`
		Labels   string `json:"labels"`   // indexes into Labels, space-separated
		Findings string `json:"findings"` // indexes into Findings
	} `json:"marks"`
}

const readDOM = `JSON.stringify({
	caption: document.getElementById("caption").value,
	summary: document.getElementById("summary").textContent,
	mirror: document.getElementById("highlights").textContent,
	findings: [...document.querySelectorAll("#findings > li")].map((li) => ({
		severity: li.querySelector(".severity").textContent,
		rule: li.querySelector(".rule").textContent,
		span: li.querySelector(".span-text")?.textContent ?? null,
		message: li.querySelector(".message").textContent,
		fixes: [...li.querySelectorAll("button.fix")].map((b) => b.textContent),
		same: li.querySelector(".same-fix")?.textContent ?? "",
	})),
	labels: [...document.querySelectorAll("#labels .label-text")].map((s) => s.textContent),
	category: document.getElementById("category-judged").hidden ? "" : document.getElementById("category-judged").textContent,
	marks: [...document.querySelectorAll("#highlights mark")].map((m) => ({
		text: m.textContent, labels: m.dataset.labels ?? "", findings: m.dataset.findings ?? "",
	})),
})`

// state waits until the page has checked caption and returns what it shows.
func state(ctx context.Context, t *testing.T, p *cdp.Page, caption string) domState {
	t.Helper()
	waitCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	cond := fmt.Sprintf(`document.getElementById("results").getAttribute("aria-busy") === "false" && document.getElementById("caption").value === %s`, jsString(caption))
	require.NoError(t, p.WaitFor(waitCtx, cond))
	var raw string
	require.NoError(t, p.Eval(ctx, readDOM, &raw))
	var s domState
	require.NoError(t, json.Unmarshal([]byte(raw), &s))
	return s
}

// typeCaption empties the caption box and types caption into it as
// keyboard input (Input.insertText), which fires the page's input events.
func typeCaption(ctx context.Context, t *testing.T, p *cdp.Page, caption string) {
	t.Helper()
	require.NoError(t, p.Eval(ctx, `(() => { const c = document.getElementById("caption"); c.focus(); c.select(); })()`, nil))
	require.NoError(t, p.Call(ctx, "Input.insertText", map[string]any{"text": caption}, nil))
}

// The warnings the UK and Spanish packs ask of crypto-asset posts (the
// FCA's risk warning, the CNMV's and MiCA's statements), for the rows on
// financial promotions.
const (
	fcaWarning    = "Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong."
	cnmvWarning   = "La inversión en criptoactivos no está regulada, puede no ser adecuada para inversores minoristas y perderse la totalidad del importe invertido."
	micaStatement = "This crypto-asset marketing communication has not been reviewed or approved by any competent authority in any Member State of the European Union. The offeror of the crypto-asset is solely responsible for the content of this crypto-asset marketing communication."
)

// setChecked ticks or clears a checkbox of the form and fires its change
// event.
func setChecked(ctx context.Context, t *testing.T, p *cdp.Page, id string, on bool) {
	t.Helper()
	expr := fmt.Sprintf(`(() => { const e = document.getElementById(%q); e.checked = %t;
		e.dispatchEvent(new Event("change", {bubbles: true})); })()`, id, on)
	require.NoError(t, p.Eval(ctx, expr, nil))
}

// overlayLines is the on-screen text box's form of overlays: a line
// "start-end text" each, in seconds.
func overlayLines(overlays []disclosure.Overlay) string {
	var b strings.Builder
	for _, o := range overlays {
		fmt.Fprintf(&b, "%g-%g %s\n", o.Start.Seconds(), o.End.Seconds(), o.Text)
	}
	return b.String()
}

// setPostFields fills the form's fields beyond the caption from post; the
// caption is typed last, by the caller, so that the check waited for is the
// whole post's.
func setPostFields(ctx context.Context, t *testing.T, p *cdp.Page, post disclosure.Post) {
	t.Helper()
	setField(ctx, t, p, "platform", post.Platform.String())
	setField(ctx, t, p, "jurisdiction", post.Jurisdiction.String())
	setField(ctx, t, p, "brand", post.Brand)
	setField(ctx, t, p, "connection", post.Connection.String())
	setField(ctx, t, p, "alteration", post.Alteration.String())
	setField(ctx, t, p, "category", post.Category.String())
	setChecked(ctx, t, p, "virtual-creator", post.VirtualCreator)
	setChecked(ctx, t, p, "age-gated", post.AgeGated)
	setChecked(ctx, t, p, "platform-label", post.PlatformLabel)
	setField(ctx, t, p, "approval", post.Approval)
	followers := ""
	if post.Followers != 0 {
		followers = strconv.FormatInt(post.Followers, 10)
	}
	setField(ctx, t, p, "followers", followers)
	setField(ctx, t, p, "overlays", overlayLines(post.Overlays))
}

// wantCategoryLine is the page's line naming the category r judged, as
// its text content reads (the quote marks of <q> are drawn by CSS).
func wantCategoryLine(post disclosure.Post, r disclosure.Report) string {
	switch at := r.CategoryOverlay; {
	case r.Category == disclosure.UnknownCategory:
		return "Category judged: none (no product word read, none declared)."
	case r.CategorySpan != nil:
		return "Category judged: " + r.Category.String() + ", read from " + post.Caption[r.CategorySpan.Start:r.CategorySpan.End] + "."
	case at != nil:
		return "Category judged: " + r.Category.String() + ", read on screen from " + post.Overlays[at.Index].Text[at.Start:at.End] + "."
	}
	return "Category judged: " + r.Category.String() + " (declared)."
}

// setField sets an input or select of the form and fires its event.
func setField(ctx context.Context, t *testing.T, p *cdp.Page, id, value string) {
	t.Helper()
	expr := fmt.Sprintf(`(() => { const e = document.getElementById(%q); e.value = %s;
		e.dispatchEvent(new Event(e.tagName === "SELECT" ? "change" : "input", {bubbles: true})); })()`, id, jsString(value))
	require.NoError(t, p.Eval(ctx, expr, nil))
}

func jsString(s string) string {
	data, _ := json.Marshal(s) // a string always marshals
	return string(data)
}

// assertShowsReport checks the DOM against the library's own report on post:
// every finding's severity, rule, quoted span, message and fix buttons,
// every label, and that the marks under each label and each finding with a
// span spell exactly its text.
func assertShowsReport(t *testing.T, s domState, post disclosure.Post) {
	t.Helper()
	r := disclosure.Check(post)
	buttons := wantFixButtons(post.Caption, r)
	assert.Equal(t, post.Caption, strings.TrimSuffix(s.Mirror, "\u200b"), "the highlight layer mirrors the caption")
	require.Len(t, s.Findings, len(r.Findings), "findings shown: %+v", s.Findings)
	for i, f := range r.Findings {
		got := s.Findings[i]
		assert.Equal(t, f.Severity.String(), got.Severity, "finding %d severity", i)
		assert.Equal(t, string(f.Rule), got.Rule, "finding %d rule", i)
		assert.Equal(t, f.Message, got.Message, "finding %d message", i)
		if f.End > f.Start {
			if assert.NotNil(t, got.Span, "finding %d quotes its span", i) {
				assert.Equal(t, post.Caption[f.Start:f.End], *got.Span, "finding %d span", i)
			}
			assert.Equal(t, post.Caption[f.Start:f.End], marked(s, "findings", i), "marks of finding %d", i)
		} else {
			assert.Nil(t, got.Span, "finding %d is about the whole caption", i)
		}
		assert.Equal(t, buttons[i].fixes, nilIfEmpty(got.Fixes), "finding %d fix buttons", i)
		assert.Equal(t, buttons[i].same, got.Same, "finding %d names the button above that fixes it too", i)
	}
	require.Len(t, s.Labels, len(r.Disclosures), "labels shown: %q", s.Labels)
	for i, l := range r.Disclosures {
		assert.Equal(t, l.Text, s.Labels[i], "label %d", i)
		assert.Equal(t, l.Text, marked(s, "labels", i), "marks of label %d", i)
	}
	for _, m := range s.Marks {
		assert.True(t, m.Labels != "" || m.Findings != "", "mark %q belongs to a label or a finding", m.Text)
	}
	wantSummary := "not compliant."
	if r.Compliant() {
		wantSummary = "compliant."
	}
	assert.True(t, strings.HasSuffix(s.Summary, ": "+wantSummary), "summary %q", s.Summary)
	assert.Equal(t, wantCategoryLine(post, r), s.Category, "the category the rules judged")
}

// findingButtons is what the page should draw under one finding: the
// messages of its fix buttons and the note naming buttons above that
// apply its other fixes ("" for none).
type findingButtons struct {
	fixes []string
	same  string
}

// wantFixButtons is the page's rule for fix buttons, written again in Go
// from its description: one button per distinct fix (the same edits
// offered by a later finding are named in its note instead), and no fix
// that only inserts a label the caption already has, as a label the
// report found or as a word of its own in any case.
func wantFixButtons(caption string, r disclosure.Report) []findingButtons {
	type edit struct {
		start, end int
		text       string
	}
	shown := map[string]string{} // a fix's edits, printed, -> its button's message
	out := make([]findingButtons, len(r.Findings))
	for i, f := range r.Findings {
		var same []string
		for _, x := range f.Fixes {
			if insertsLabelPresent(caption, r, x) {
				continue
			}
			var edits []edit
			for _, e := range x.Edits {
				edits = append(edits, edit{e.Start, e.End, e.Text})
			}
			key := fmt.Sprint(edits)
			if m, ok := shown[key]; ok {
				if !slices.Contains(same, m) {
					same = append(same, m)
				}
				continue
			}
			shown[key] = x.Message
			out[i].fixes = append(out[i].fixes, x.Message)
		}
		if len(same) > 0 {
			quoted := make([]string, len(same))
			for k, m := range same {
				quoted[k] = "\u201c" + m + "\u201d"
			}
			out[i].same = "Fixed by " + strings.Join(quoted, " or ") + " above."
		}
	}
	return out
}

// insertsLabelPresent: fix replaces nothing, and each text it inserts,
// trimmed, is a label of r or a word of caption, ignoring case.
func insertsLabelPresent(caption string, r disclosure.Report, fix disclosure.Fix) bool {
	if len(fix.Edits) == 0 {
		return false
	}
	for _, e := range fix.Edits {
		label := strings.TrimSpace(e.Text)
		if e.End != e.Start || label == "" {
			return false
		}
		if !slices.ContainsFunc(r.Disclosures, func(l disclosure.Label) bool { return strings.EqualFold(l.Text, label) }) &&
			!containsWord(strings.ToLower(caption), strings.ToLower(label)) {
			return false
		}
	}
	return true
}

// containsWord reports whether word occurs in text with no letter, number
// or "_" beside it, and no "#" or "@" before it.
func containsWord(text, word string) bool {
	isWordRune := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' } // \p{L}, \p{N} and _ as the page has them
	for from := 0; ; {
		i := strings.Index(text[from:], word)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		if (i == 0 || !isWordRune(before) && before != '#' && before != '@') && (i+len(word) == len(text) || !isWordRune(after)) {
			return true
		}
		from = i + 1
	}
}

// assertShowsPrompt checks that the page asks for a caption and shows no
// report: no finding, no label, no mark, and Autofix disabled.
func assertShowsPrompt(ctx context.Context, t *testing.T, p *cdp.Page, caption string) {
	t.Helper()
	s := state(ctx, t, p, caption)
	assert.Equal(t, "Type or paste a caption above: the linter checks it as you type.", s.Summary)
	assert.Empty(t, s.Findings, "no finding for a caption not yet written")
	assert.Empty(t, s.Labels)
	assert.Empty(t, s.Marks)
	assert.Equal(t, caption, strings.TrimSuffix(s.Mirror, "\u200b"), "the highlight layer mirrors the caption")
	var page struct {
		Class                  string
		Disabled, LabelsHidden bool
	}
	require.NoError(t, p.Eval(ctx, `({Class: document.getElementById("summary").className, Disabled: document.getElementById("autofix").disabled,
		LabelsHidden: document.getElementById("labels-title").hidden})`, &page))
	assert.Equal(t, "prompt", page.Class, "the prompt is not styled as a verdict")
	assert.True(t, page.Disabled, "nothing to autofix")
	assert.True(t, page.LabelsHidden, "no \"Labels found\" heading over nothing")
}

// marked is the text of the marks that belong to item i of kind ("labels"
// or "findings"), in order.
func marked(s domState, kind string, i int) string {
	var b strings.Builder
	id := fmt.Sprint(i)
	for _, m := range s.Marks {
		ids := m.Labels
		if kind == "findings" {
			ids = m.Findings
		}
		for _, x := range strings.Fields(ids) {
			if x == id {
				b.WriteString(m.Text)
			}
		}
	}
	return b.String()
}

func nilIfEmptyEdits(s [][]int) [][]int {
	if len(s) == 0 {
		return nil
	}
	return s
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func markTexts(s domState) []string {
	var out []string
	for _, m := range s.Marks {
		out = append(out, m.Text)
	}
	return out
}

func rules(s domState) []string {
	var out []string
	for _, f := range s.Findings {
		out = append(out, f.Rule)
	}
	return out
}

// TestPlaygroundInBrowser starts the playground and drives headless
// Chromium through the page: captions typed as keyboard input, fixes
// clicked and pressed, the layout at phone width, the JavaScript API's
// exact JSON and its speed, and the page reloaded with the server gone.
func TestPlaygroundInBrowser(t *testing.T) {
	chromium := cdp.Find()
	if chromium == "" {
		t.Skip("no Chromium or Chrome on PATH (Debian: apt-get install -y chromium); skipping the browser test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the browser test (it builds the WebAssembly module and starts Chromium)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	if deadline, ok := t.Deadline(); ok {
		ctx, cancel = context.WithDeadline(context.Background(), deadline.Add(-10*time.Second))
	}
	t.Cleanup(cancel)

	pageURL, stopServer := startPlayground(ctx, t)
	b := startBrowser(ctx, t, chromium)
	p, err := b.NewPage(ctx)
	require.NoError(t, err)
	require.NoError(t, p.Call(ctx, "Emulation.setDeviceMetricsOverride",
		map[string]any{"width": 1000, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil))
	require.NoError(t, p.Call(ctx, "Page.navigate", map[string]any{"url": pageURL}, nil))
	assertShowsPrompt(ctx, t, p, "")

	t.Run("captions", func(t *testing.T) {
		rows := []struct {
			why       string
			post      disclosure.Post
			wantRule  string   // a rule the caption must get; "" for none at all
			wantMarks []string // the text of each highlight element, in order
		}{
			{why: "a clear label upfront: highlighted, no finding",
				post:      disclosure.Post{Caption: "#ad Loving this serum from @glowco ✨", Platform: influencekit.Instagram, Brand: "Glow Co"},
				wantMarks: []string{"#ad"}},
			{why: "a label buried in a run of hashtags at the end: an error on the label",
				post:      disclosure.Post{Caption: "Loving this serum 🌸 #skincare #glow #ad #sponsored", Platform: influencekit.Instagram},
				wantRule:  "buried-disclosure",
				wantMarks: []string{"#ad", "#sponsored"}},
			{why: "a vague label: the whole label is marked and the finding says why",
				post:      disclosure.Post{Caption: "thanks @glowco for the serum 💛", Brand: "Glow Co"},
				wantRule:  "vague-disclosure",
				wantMarks: []string{"thanks @glowco"}},
			{why: "a stylized label: mathematical bold letters, two UTF-16 units each, after an emoji",
				post:      disclosure.Post{Caption: "#𝐚𝐝 new drop 🔥"},
				wantRule:  "obfuscated-disclosure",
				wantMarks: []string{"#𝐚𝐝"}},
			{why: "a caption ending in a newline: the highlight layer keeps the empty last line",
				post:      disclosure.Post{Caption: "#ad new serum\n\n"},
				wantMarks: []string{"#ad"}},
		}
		for _, row := range rows {
			t.Run(row.why, func(t *testing.T) {
				setField(ctx, t, p, "platform", row.post.Platform.String())
				setField(ctx, t, p, "brand", row.post.Brand)
				typeCaption(ctx, t, p, row.post.Caption)
				s := state(ctx, t, p, row.post.Caption)
				if row.wantRule == "" {
					assert.Empty(t, s.Findings)
				} else {
					assert.Contains(t, rules(s), row.wantRule)
				}
				assert.Equal(t, row.wantMarks, markTexts(s), "highlight elements")
				assertShowsReport(t, s, row.post)
			})
		}
	})

	t.Run("an empty caption: a prompt, not an error", func(t *testing.T) {
		rows := []struct{ why, caption string }{
			{"a caption typed and then deleted", ""},
			{"only spaces and line breaks are no caption yet", "  \n "},
		}
		for _, row := range rows {
			t.Run(row.why, func(t *testing.T) {
				typeCaption(ctx, t, p, "#ad hi")
				state(ctx, t, p, "#ad hi")
				if row.caption == "" {
					require.NoError(t, p.Eval(ctx, `(() => { const c = document.getElementById("caption"); c.focus(); c.select(); })()`, nil))
					require.NoError(t, p.Press(ctx, "Backspace"))
				} else {
					typeCaption(ctx, t, p, row.caption)
				}
				assertShowsPrompt(ctx, t, p, row.caption)
			})
		}
		png, err := p.Screenshot(ctx)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(screenshotDir, 0o755))
		path := filepath.Join(screenshotDir, "playground-empty.png")
		require.NoError(t, os.WriteFile(path, png, 0o644))
		t.Logf("screenshot: %s", path)
	})

	t.Run("fix buttons", func(t *testing.T) {
		rows := []struct {
			why  string
			post disclosure.Post
			want []findingButtons // per finding, written out: the rule's own statement
		}{
			{why: "two findings both offer to insert #ad: one button, on the first; the second names it",
				post: disclosure.Post{Caption: "#spon #collab new kicks"},
				want: []findingButtons{
					{fixes: []string{`Replace "#spon" with "#sponsored"`, `Insert "#ad" at the start`}},
					{fixes: []string{`Replace "#collab" with "#ad"`}, same: "Fixed by \u201cInsert \"#ad\" at the start\u201d above."},
				}},
			{why: "buried and not upfront both move the same label: one Move button; a stylized label is not #ad, so Insert stays",
				post: disclosure.Post{Caption: "Loving this serum 🌸 #skincare #glow #spon #𝐚𝐝", Platform: influencekit.Instagram},
				want: []findingButtons{
					{fixes: []string{`Move "#𝐚𝐝" to the start`}},
					{fixes: []string{`Insert "#ad" at the start`}, same: "Fixed by \u201cMove \"#𝐚𝐝\" to the start\u201d above."},
					{fixes: []string{`Replace "#𝐚𝐝" with "#ad"`}},
				}},
			{why: "Werbung is already in the caption (as a word the linter does not read as a label): no Insert Werbung",
				post: disclosure.Post{Caption: "Neues Serum #ad Werbung", Jurisdiction: disclosure.DE},
				want: []findingButtons{{fixes: []string{`Replace "#ad" with "Werbung" at the start`}}}},
			{why: "#ad is a label of the caption, late: Move it, not Insert another",
				post: disclosure.Post{Caption: "new kicks #spon #ad"},
				want: []findingButtons{{fixes: []string{`Move "#ad" to the start`}}}},
			{why: "ad inside a word or a hashtag is not the label: Insert stays",
				post: disclosure.Post{Caption: "my adidas #adidas"},
				want: []findingButtons{{fixes: []string{`Insert "#ad" at the start`}}}},
		}
		for _, row := range rows {
			t.Run(row.why, func(t *testing.T) {
				setField(ctx, t, p, "platform", row.post.Platform.String())
				setField(ctx, t, p, "jurisdiction", row.post.Jurisdiction.String())
				setField(ctx, t, p, "brand", "")
				typeCaption(ctx, t, p, row.post.Caption)
				s := state(ctx, t, p, row.post.Caption)
				require.Len(t, s.Findings, len(row.want), "findings: %+v", s.Findings)
				for i, w := range row.want {
					assert.Equal(t, w.fixes, s.Findings[i].Fixes, "finding %d (%s) buttons", i, s.Findings[i].Rule)
					assert.Equal(t, w.same, s.Findings[i].Same, "finding %d (%s) note", i, s.Findings[i].Rule)
				}
				assert.Equal(t, row.want, wantFixButtons(row.post.Caption, disclosure.Check(row.post)), "the Go statement of the rule agrees")
				assertShowsReport(t, s, row.post)
			})
		}
		setField(ctx, t, p, "jurisdiction", "US")
	})

	t.Run("the post beyond its caption", func(t *testing.T) {
		rows := []struct {
			why      string
			post     disclosure.Post
			wantRule string // a rule the post must get; "" for none at all
		}{
			{why: "a declared category barred in France: prohibited-promotion even with a clear label",
				post: disclosure.Post{Caption: "Publicité : ma nouvelle recharge préférée", Jurisdiction: disclosure.FR,
					Connection: disclosure.Paid, Category: disclosure.Nicotine},
				wantRule: "prohibited-promotion"},
			{why: "a category read from a product word: the page quotes the word",
				post: disclosure.Post{Caption: "Publicité : ma nouvelle vapoteuse préférée", Jurisdiction: disclosure.FR,
					Connection: disclosure.Paid},
				wantRule: "prohibited-promotion"},
			{why: "a category shown only on screen: the page quotes the overlay's word",
				post: disclosure.Post{Caption: "Pubblicità: il mio venerdì sera", Platform: influencekit.Instagram, Jurisdiction: disclosure.IT,
					Connection: disclosure.Paid, Overlays: []disclosure.Overlay{{Start: 0, End: 8 * time.Second, Text: "Il mio spritz 🍹 più buono"}}},
				wantRule: "restricted-promotion"},
			{why: "a generated picture and no AI label: undisclosed-ai-content though #ad is there",
				post:     disclosure.Post{Caption: "#ad my new look", Alteration: disclosure.Generated},
				wantRule: "undisclosed-ai-content"},
			{why: "the AI label on screen, in the overlays box, discloses it: no finding",
				post: disclosure.Post{Caption: "#ad my new look", Alteration: disclosure.Generated,
					Overlays: []disclosure.Overlay{{Start: 0, End: 4500 * time.Millisecond, Text: "Made with AI"}}}},
			{why: "a virtual creator in Italy, where it must be said, and no AI label: the checkbox travels",
				post: disclosure.Post{Caption: "#ad nuovo drop", Jurisdiction: disclosure.IT, Connection: disclosure.Paid,
					VirtualCreator: true},
				wantRule: "undisclosed-ai-content"},
			{why: "alcohol in Italy shown to adults only: the condition met, no finding (without the box: restricted-promotion)",
				post: disclosure.Post{Caption: "Pubblicità: nuovo vino", Platform: influencekit.Instagram, Jurisdiction: disclosure.IT,
					Connection: disclosure.Paid, Category: disclosure.Alcohol, AgeGated: true}},
			{why: "a UK crypto post with the FCA's warning and no approval reference: restricted-promotion",
				post: disclosure.Post{Caption: "#ad Staking made simple. " + fcaWarning, Platform: influencekit.Instagram,
					Jurisdiction: disclosure.UK, Connection: disclosure.Paid, PlatformLabel: true},
				wantRule: "restricted-promotion"},
			{why: "the same post with its approval reference typed in: no finding",
				post: disclosure.Post{Caption: "#ad Staking made simple. " + fcaWarning, Platform: influencekit.Instagram,
					Jurisdiction: disclosure.UK, Connection: disclosure.Paid, PlatformLabel: true, Approval: "FRN 123456"}},
			{why: "a Spanish crypto campaign from 100,000 followers: the CNMV notice, an info",
				post: disclosure.Post{Caption: "Publicidad Compra bitcoin. " + cnmvWarning, Jurisdiction: disclosure.ES,
					Connection: disclosure.Paid, Followers: 100000,
					Overlays: []disclosure.Overlay{{Start: 0, End: 5 * time.Second, Text: micaStatement}}},
				wantRule: "restricted-promotion"},
			{why: "a sponsored UK post without the platform's label: missing-platform-label",
				post: disclosure.Post{Caption: "#ad new drop", Platform: influencekit.Instagram, Jurisdiction: disclosure.UK,
					Connection: disclosure.Paid},
				wantRule: "missing-platform-label"},
			{why: "the same post with the platform's label on: no finding",
				post: disclosure.Post{Caption: "#ad new drop", Platform: influencekit.Instagram, Jurisdiction: disclosure.UK,
					Connection: disclosure.Paid, PlatformLabel: true}},
		}
		for _, row := range rows {
			t.Run(row.why, func(t *testing.T) {
				setPostFields(ctx, t, p, row.post)
				typeCaption(ctx, t, p, row.post.Caption)
				s := state(ctx, t, p, row.post.Caption)
				if row.wantRule == "" {
					assert.Empty(t, s.Findings, "findings: %+v", s.Findings)
				} else {
					assert.Contains(t, rules(s), row.wantRule)
				}
				assertShowsReport(t, s, row.post)
			})
		}

		t.Run("an overlay line that is not start-end text: an error naming the line", func(t *testing.T) {
			setPostFields(ctx, t, p, disclosure.Post{})
			setField(ctx, t, p, "overlays", "0-3 #ad\nMade with AI")
			typeCaption(ctx, t, p, "#ad my new look")
			s := state(ctx, t, p, "#ad my new look")
			assert.Contains(t, s.Summary, "On-screen text, line 2")
			assert.Empty(t, s.Findings, "no findings of an older post beside the error")
			assert.Empty(t, s.Category)
		})
		t.Run("a follower count that is no whole number: an error saying what to write", func(t *testing.T) {
			setPostFields(ctx, t, p, disclosure.Post{})
			setField(ctx, t, p, "followers", "1.5")
			typeCaption(ctx, t, p, "#ad my new look")
			s := state(ctx, t, p, "#ad my new look")
			assert.Contains(t, s.Summary, "Followers: write a whole number")
			assert.Empty(t, s.Findings, "no findings of an older post beside the error")
			setField(ctx, t, p, "followers", "")
		})
		t.Run("an overlay ending before it starts: the library's error", func(t *testing.T) {
			setField(ctx, t, p, "overlays", "5-2 #ad")
			s := state(ctx, t, p, "#ad my new look")
			_, err := jsonapi.Check(`{"caption": "#ad my new look", "overlays": [{"start": 5, "end": 2, "text": "#ad"}]}`)
			require.Error(t, err)
			assert.Equal(t, err.Error(), s.Summary)
		})
		setPostFields(ctx, t, p, disclosure.Post{})
	})

	t.Run("a fix button, clicked, applies its edits", func(t *testing.T) {
		post := disclosure.Post{Caption: "Loving this serum 🌸 #skincare #glow #ad", Platform: influencekit.Instagram}
		setField(ctx, t, p, "platform", "instagram")
		setField(ctx, t, p, "brand", "")
		typeCaption(ctx, t, p, post.Caption)
		s := state(ctx, t, p, post.Caption)
		require.Equal(t, "buried-disclosure", s.Findings[0].Rule)
		require.NotEmpty(t, s.Findings[0].Fixes)

		require.NoError(t, p.Click(ctx, "#findings button.fix"))
		const want = "#ad Loving this serum 🌸 #skincare #glow"
		assert.Equal(t, want, firstFixApplied(t, post), "the library's own edits give the same caption")
		fixed := state(ctx, t, p, want)
		assert.Empty(t, fixed.Findings, "the fixed caption has no finding: %+v", fixed.Findings)
		assert.Equal(t, []string{"#ad"}, markTexts(fixed))
		assertShowsReport(t, fixed, disclosure.Post{Caption: want, Platform: influencekit.Instagram})
		var focused string
		require.NoError(t, p.Eval(ctx, `document.activeElement.id`, &focused))
		assert.Equal(t, "caption", focused, "focus returns to the caption")
	})

	t.Run("keyboard: tab order and a fix pressed with Enter", func(t *testing.T) {
		post := disclosure.Post{Caption: "thanks @glowco 💛 new serum", Brand: "Glow Co"}
		setField(ctx, t, p, "platform", "unknown")
		setField(ctx, t, p, "brand", post.Brand)
		typeCaption(ctx, t, p, post.Caption)
		s := state(ctx, t, p, post.Caption)
		require.Equal(t, "vague-disclosure", s.Findings[0].Rule)

		var order []string
		for range 7 {
			require.NoError(t, p.Press(ctx, "Tab"))
			var id string
			require.NoError(t, p.Eval(ctx, `document.activeElement.id || document.activeElement.className`, &id))
			order = append(order, id)
		}
		assert.Equal(t, []string{"platform", "jurisdiction", "brand", "connection", "more-summary", "autofix", "fix"}, order,
			"Tab from the caption walks the inputs, the folded fields' summary (closed: none of its fields), Autofix, then the first fix")
		require.NoError(t, p.Press(ctx, "Enter"))
		want := firstFixApplied(t, post)
		assert.Equal(t, "#ad thanks @glowco 💛 new serum", want)
		fixed := state(ctx, t, p, want)
		assertShowsReport(t, fixed, disclosure.Post{Caption: want, Brand: post.Brand})
	})

	t.Run("Autofix fixes everything fixable", func(t *testing.T) {
		post := disclosure.Post{Caption: "new kicks 👟 #spon", Platform: influencekit.Instagram}
		setField(ctx, t, p, "platform", "instagram")
		setField(ctx, t, p, "brand", "")
		typeCaption(ctx, t, p, post.Caption)
		state(ctx, t, p, post.Caption)
		require.NoError(t, p.Click(ctx, "#autofix"))
		want := disclosure.Autofix(post)
		require.NotEqual(t, post.Caption, want)
		fixed := state(ctx, t, p, want)
		assertShowsReport(t, fixed, disclosure.Post{Caption: want, Platform: influencekit.Instagram})
	})

	t.Run("screenshots", func(t *testing.T) {
		post := disclosure.Post{Caption: "Loving this serum 🌸 from @glowco, it is clinically proven! My skin has never been this calm. Code GLOW10 for 10% off.\n#skincare #glow #spon #𝐚𝐝", Platform: influencekit.Instagram, Brand: "Glow Co"}
		setField(ctx, t, p, "platform", "instagram")
		setField(ctx, t, p, "brand", post.Brand)
		typeCaption(ctx, t, p, post.Caption)
		s := state(ctx, t, p, post.Caption)
		assertShowsReport(t, s, post)
		require.NotEmpty(t, s.Marks)
		require.NoError(t, os.MkdirAll(screenshotDir, 0o755))
		shots := []struct {
			name  string
			width int
		}{{"playground.png", 1000}, {"playground-phone.png", 390}}
		for _, shot := range shots {
			require.NoError(t, p.Call(ctx, "Emulation.setDeviceMetricsOverride",
				map[string]any{"width": shot.width, "height": 900, "deviceScaleFactor": 1, "mobile": shot.width < 500}, nil))
			// The page fits the caption box to the new width on resize; two
			// animation frames later the layout is done.
			require.NoError(t, p.WaitFor(ctx, fmt.Sprintf("window.innerWidth === %d", shot.width)))
			require.NoError(t, p.Eval(ctx, `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))`, nil))
			assert.Len(t, state(ctx, t, p, post.Caption).Marks, len(s.Marks), "the highlights stay after a resize")
			var overflow bool
			require.NoError(t, p.Eval(ctx, `document.documentElement.scrollWidth > window.innerWidth`, &overflow))
			assert.False(t, overflow, "nothing scrolls sideways at %dpx", shot.width)
			var layers struct {
				SameFont, Fits         bool
				Mirror, Caption, Lines int
			}
			require.NoError(t, p.Eval(ctx, `(() => { const h = document.getElementById("highlights"), c = document.getElementById("caption");
				const hs = getComputedStyle(h), cs = getComputedStyle(c);
				return {Fits: c.clientHeight >= c.scrollHeight, SameFont: hs.font === cs.font && hs.paddingLeft === cs.paddingLeft && hs.borderLeftWidth === cs.borderLeftWidth,
					Mirror: h.scrollHeight, Caption: c.scrollHeight, Lines: Math.round((c.scrollHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)) / parseFloat(cs.lineHeight))}; })()`, &layers))
			assert.True(t, layers.SameFont, "the highlight layer has the caption's font, padding and border")
			assert.True(t, layers.Fits, "the caption box shows all of its text at %dpx", shot.width)
			assert.Equal(t, layers.Caption, layers.Mirror, "the highlight layer wraps the caption into as many lines (%d at %dpx)", layers.Lines, shot.width)
			png, err := p.Screenshot(ctx)
			require.NoError(t, err)
			path := filepath.Join(screenshotDir, shot.name)
			require.NoError(t, os.WriteFile(path, png, 0o644))
			t.Logf("screenshot: %s", path)
		}
		require.NoError(t, p.Call(ctx, "Emulation.setDeviceMetricsOverride",
			map[string]any{"width": 1000, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil))
	})

	t.Run("check returns exactly the library's Report JSON", func(t *testing.T) {
		rows := []struct {
			why       string
			post      disclosure.Post
			jsCaption string // the caption as a JavaScript literal, when it is not post.Caption's
		}{
			{why: "ASCII, a clear label", post: disclosure.Post{Caption: "#ad Loving this serum", Platform: influencekit.Instagram}},
			{why: "an emoji before a buried label: UTF-16 offsets differ from byte offsets",
				post: disclosure.Post{Caption: "Loving this 🌸 #skincare #glow #ad", Platform: influencekit.TikTok}},
			{why: "brand and a declared gift", post: disclosure.Post{Caption: "thanks @glowco 💛", Brand: "Glow Co", Connection: disclosure.Gift}},
			{why: "stylized letters, a flag and a combining accent under French rules",
				post: disclosure.Post{Caption: "#𝐚𝐝 new drop 🔥 🇫🇷 e\u0301 #ad", Jurisdiction: disclosure.FR}},
			{why: "a lone surrogate reaches Go as U+FFFD: 3 bytes, 1 UTF-16 unit",
				post: disclosure.Post{Caption: "\uFFFD new serum #ad"}, jsCaption: `"\ud83d new serum #ad"`},
			{why: "an empty caption", post: disclosure.Post{Caption: ""}},
		}
		for _, row := range rows {
			t.Run(row.why, func(t *testing.T) {
				post := row.post
				report := disclosure.Check(post)
				want, err := json.Marshal(report)
				require.NoError(t, err)
				caption := row.jsCaption
				if caption == "" {
					caption = jsString(post.Caption)
				}
				arg := fmt.Sprintf(`{caption: %s, platform: %s, jurisdiction: %s, brand: %s, connection: %s}`, caption,
					jsString(post.Platform.String()), jsString(post.Jurisdiction.String()), jsString(post.Brand), jsString(post.Connection.String()))

				var got struct {
					JSON    string  `json:"json"`
					Autofix string  `json:"autofix"`
					Spans   [][]int `json:"spans"` // per finding and label: start and end converted by the module, then start_utf16, end_utf16
					Edits   [][]int `json:"edits"` // per edit of every fix: start and end in UTF-16, as the module reads them
					Bytes   [][]int `json:"bytes"` // the same edits with byte offsets only, converted by the module
				}
				expr := `import("./influencekit.js").then(async (m) => {
					const post = ` + arg + `, r = await m.check(post), at = m.utf16Offsets(post.caption);
					return {json: await m.checkJSON(post), autofix: await m.autofix(post),
						spans: [...r.findings, ...r.disclosures].map((s) => [at(s.start), at(s.end), s.start_utf16, s.end_utf16]),
						edits: r.findings.flatMap((f) => f.fixes.flatMap((x) => m.editsUTF16(post.caption, x.edits).map((e) => [e.start, e.end]))),
						bytes: r.findings.flatMap((f) => f.fixes.flatMap((x) => m.editsUTF16(post.caption,
							x.edits.map((e) => ({start: e.start, end: e.end, text: e.text}))).map((e) => [e.start, e.end])))};
				})`
				require.NoError(t, p.Eval(ctx, expr, &got))
				assert.Equal(t, string(want), got.JSON)
				assert.Equal(t, disclosure.Autofix(post), got.Autofix)
				for _, s := range got.Spans {
					assert.Equal(t, s[2:], s[:2], "the module's byte-to-UTF-16 conversion agrees with start_utf16/end_utf16")
				}
				var wantEdits [][]int
				for _, f := range report.Findings {
					for _, x := range f.Fixes {
						for _, e := range x.Edits {
							start, err := disclosure.ConvertOffset(post.Caption, e.Start, disclosure.UTF16)
							require.NoError(t, err)
							end, err := disclosure.ConvertOffset(post.Caption, e.End, disclosure.UTF16)
							require.NoError(t, err)
							wantEdits = append(wantEdits, []int{start, end})
						}
					}
				}
				assert.Equal(t, wantEdits, nilIfEmptyEdits(got.Edits), "edits' start_utf16/end_utf16, as disclosure.ConvertOffset counts them")
				assert.Equal(t, wantEdits, nilIfEmptyEdits(got.Bytes), "edits with byte offsets only, converted by the module")
			})
		}
		var thrown string
		require.NoError(t, p.Eval(ctx, `import("./influencekit.js").then((m) => m.check({caption: "x", platform: "myspace"}).then(() => "", (e) => e.message))`, &thrown))
		assert.Contains(t, thrown, "myspace", "an unknown platform rejects with an Error that names it")
	})

	t.Run("one check from JavaScript", func(t *testing.T) {
		// The page's typical call, timed with performance.now() over n calls
		// after a warm-up, each awaited before the next: the round trip to the
		// worker and back is part of what the page waits for.
		// BenchmarkCheck in internal/jsonapi is the same call natively. check
		// parses the Report; checkJSON returns its text.
		const n = 2000
		var perCall struct{ Check, CheckJSON, Autofix float64 }
		expr := fmt.Sprintf(`import("./influencekit.js").then(async (m) => {
			const post = {caption: "Loving this serum 🌸 from @glowco, my skin has never been better! #skincare #glow #ad", platform: "instagram", brand: "Glow Co"};
			const time = async (f) => { for (let i = 0; i < 200; i++) await f(post); const t0 = performance.now();
				for (let i = 0; i < %d; i++) await f(post); return (performance.now() - t0) / %d; };
			return {Check: await time(m.check), CheckJSON: await time(m.checkJSON), Autofix: await time(m.autofix)};
		})`, n, n)
		require.NoError(t, p.Eval(ctx, expr, &perCall))
		assert.Positive(t, perCall.Check)
		t.Logf("from JavaScript, mean of %d calls on an 87-byte caption: check %.1f µs, checkJSON %.1f µs, autofix %.1f µs",
			n, perCall.Check*1000, perCall.CheckJSON*1000, perCall.Autofix*1000)
	})

	t.Run("the module runs in a worker, not in the page", func(t *testing.T) {
		// wasm_exec.js defines globalThis.Go where it runs, and the module
		// registers influencekitDisclosure there: neither is in the page.
		var inPage struct{ Go, Functions bool }
		require.NoError(t, p.Eval(ctx, `({Go: "Go" in globalThis, Functions: "influencekitDisclosure" in globalThis})`, &inPage))
		assert.False(t, inPage.Go, "wasm_exec.js is not loaded in the page")
		assert.False(t, inPage.Functions, "the WebAssembly module does not run in the page")
		// Calls made together are answered in the order they were made.
		var order []string
		require.NoError(t, p.Eval(ctx, `import("./influencekit.js").then((m) => Promise.all(
			["#ad one", "two", "#spon three"].map((caption) => m.autofix({caption}))))`, &order))
		assert.Equal(t, []string{disclosure.Autofix(disclosure.Post{Caption: "#ad one"}), disclosure.Autofix(disclosure.Post{Caption: "two"}),
			disclosure.Autofix(disclosure.Post{Caption: "#spon three"})}, order)
	})

	t.Run("everything comes from the page's own origin", func(t *testing.T) {
		var foreign []string
		require.NoError(t, p.Eval(ctx, `[location.href, ...performance.getEntriesByType("resource").map((e) => e.name)]
			.filter((u) => new URL(u).origin !== location.origin)`, &foreign))
		assert.Empty(t, foreign)
	})

	t.Run("offline once loaded", func(t *testing.T) {
		waitCtx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		require.NoError(t, p.Eval(waitCtx, `navigator.serviceWorker.ready.then(() => caches.open("influencekit-playground"))
			.then((c) => c.match("influencekit.wasm")).then((r) => r !== undefined)`, nil))
		require.NoError(t, p.WaitFor(waitCtx, `navigator.serviceWorker.controller !== null`))
		stopServer()
		require.NoError(t, p.Call(ctx, "Page.reload", map[string]any{"ignoreCache": false}, nil))
		assertShowsPrompt(ctx, t, p, "") // loaded from the service worker's copy
		post := disclosure.Post{Caption: "new serum #ad"}
		typeCaption(ctx, t, p, post.Caption)
		s := state(ctx, t, p, post.Caption)
		assert.Equal(t, []string{"not-upfront"}, rules(s))
		assertShowsReport(t, s, post)
	})

	for _, problem := range b.Problems() {
		if strings.Contains(problem, "ERR_CONNECTION_REFUSED") {
			continue // the offline reload: the service worker's network attempt fails first
		}
		t.Errorf("the browser reported: %s", problem)
	}
}

// firstFixApplied applies the first fix of the first finding of post with
// the library's byte offsets.
func firstFixApplied(t *testing.T, post disclosure.Post) string {
	t.Helper()
	r := disclosure.Check(post)
	require.NotEmpty(t, r.Findings)
	require.NotEmpty(t, r.Findings[0].Fixes)
	s := post.Caption
	edits := r.Findings[0].Fixes[0].Edits
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		s = s[:e.Start] + e.Text + s[e.End:]
	}
	return s
}

// syncBuffer lets run's stderr be read while run writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
