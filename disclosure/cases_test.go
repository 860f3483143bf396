package disclosure_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/casefile"
)

// The annotated cases: captions a compliance reviewer writes down with what
// Check (and ReadAd) must and must not say about them. The format is
// documented in the package doc ("Annotated cases") and in
// testdata/cases/README.md; this file reads it. It uses only the package's
// public API.

// caseExpect is one want, not, known-miss or known-alarm line.
type caseExpect struct {
	line int
	kind string // "want", "not", "known-miss", "known-alarm"
	what string // "rule", "compliant", "label", "category", "ad", "organic", "signal"

	rule       disclosure.Rule
	category   disclosure.Category // for "category"
	signal     disclosure.AdSignal
	at         string // "" matches any span
	nth        int    // the occurrence of at, from 1
	severity   string // "" matches any severity
	clarity    string // "" matches any clarity
	connection string // "" matches any connection
	weight     *int   // nil matches any weight
	text       string // the line as written after the key, for messages
}

func (e caseExpect) String() string {
	if e.what == "compliant" || e.what == "ad" || e.what == "organic" {
		return e.what
	}
	return e.text
}

// caseScore is one "score: >= 3" line.
type caseScore struct {
	line int
	op   string
	n    int
}

func (s caseScore) holds(score int) bool {
	switch s.op {
	case ">=":
		return score >= s.n
	case "<=":
		return score <= s.n
	case ">":
		return score > s.n
	case "<":
		return score < s.n
	}
	return score == s.n
}

// caseBlock is one caption with its post's facts and its expectations.
type caseBlock struct {
	line      int // the "===" line
	title     string
	post      disclosure.Post
	checker   *disclosure.Checker // "pack: file": a Checker with that pack; nil for the default policy
	hasCapt   bool
	fix       *string
	fixLine   int
	fixKnown  bool // "fix (known-miss):": Autofix does not give it yet
	others    bool // "others: allowed": unnamed errors and warnings are no failure
	expect    []caseExpect
	scores    []caseScore
	mix       disclosure.Sponsorship // "mix: labelled", checked with SponsoredMix; 0 when absent
	mixLine   int
	transLine []int
}

// caseTally counts, over the blocks of a run, the reviewer's expectations
// met, the findings and readings the reviewer calls false alarms (unmet
// nots, unexpected errors and warnings, known alarms) and the ones missed
// (unmet wants, known misses). Known lists every known-miss and
// known-alarm line that still holds, as "file:line: text".
type caseTally = casefile.Tally

// caseSummary is the line TestCases logs for the whole run.
func caseSummary(t caseTally) string {
	return fmt.Sprintf("%d cases: %d expectations met, %d false alarms, %d missed (%d known): precision %.2f, recall %.2f",
		t.Blocks, t.Met, t.FalseAlarms, t.Missed, len(t.Known), t.Precision(), t.Recall())
}

// runCaseFile reads the case file at path and runs each of its blocks. It
// returns one failure message per failing line, each starting
// "path:line: ", and the tally; err is for a file that cannot be read.
func runCaseFile(path string) (failures []string, tally caseTally, err error) {
	return casefile.RunFile(path, readCaseFile)
}

var caseKinds = []string{"want", "not", "known-miss", "known-alarm"}

// readCaseFile splits a case file into blocks; lines it cannot read are
// failures naming their line.
func readCaseFile(path string, data []byte) ([]*caseBlock, []string) {
	var blocks []*caseBlock
	var failures []string
	fail := func(line int, format string, args ...any) {
		failures = append(failures, casefile.Failf(path, line, format, args...))
	}
	var (
		cur       *caseBlock
		text      *string // the caption or fix being collected, nil outside one
		textLine  int
		textLines []string
		escaped   bool
	)
	finish := func(n int) {
		s := strings.Join(textLines, "\n")
		if escaped {
			var err error
			if s, err = unescapeCase(s); err != nil {
				fail(textLine, "%v", err)
			}
		}
		*text = s
		text, textLines = nil, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		raw := strings.TrimSuffix(sc.Text(), "\r")
		if text != nil { // inside a caption: every line as written, to a line "---"
			if raw == "---" {
				finish(n)
			} else {
				textLines = append(textLines, raw)
			}
			continue
		}
		line := strings.TrimSpace(raw)
		if title, ok := strings.CutPrefix(line, "==="); ok {
			cur = &caseBlock{line: n, title: strings.TrimSpace(title)}
			blocks = append(blocks, cur)
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if cur == nil {
			fail(n, "%q comes before the first case; start a case with a line \"=== what the case shows\"", line)
			continue
		}
		key, value, ok := strings.Cut(raw, ":")
		key = strings.TrimSpace(key)
		verbatim := strings.TrimPrefix(value, " ") // a caption keeps its trailing spaces
		value = strings.TrimSpace(value)
		if !ok {
			fail(n, "%q is not a case line; write \"key: value\" (caption, platform, pack, jurisdiction, brand, connection, format, edited, alteration, virtual-creator, category, age-gated, approval, followers, platform-label, overlay, transcript, duration, source, want, not, fix, score, mix)", line)
			continue
		}
		switch key {
		case "caption", "caption (escaped)", "fix", "fix (escaped)", "fix (known-miss)":
			target := &cur.post.Caption
			if strings.HasPrefix(key, "fix") {
				cur.fix, cur.fixLine, cur.fixKnown = new(string), n, key == "fix (known-miss)"
				target = cur.fix
			} else {
				if cur.hasCapt {
					fail(n, "the case already has a caption; start a new case with \"===\"")
				}
				cur.hasCapt = true
			}
			escaped = strings.HasSuffix(key, "(escaped)")
			if value != "" {
				text, textLine, textLines = target, n, []string{verbatim}
				finish(n)
				continue
			}
			text, textLine, textLines = target, n, []string{}
		case "platform":
			p, err := influencekit.ParsePlatform(value)
			if err != nil {
				fail(n, "%q is not a platform (Instagram, TikTok, YouTube, Facebook, X, LinkedIn, Pinterest, Twitch, Snapchat, Threads, Blog)", value)
			}
			cur.post.Platform = p
		case "format":
			f, err := influencekit.ParseFormat(value)
			if err != nil {
				fail(n, "%q is not a format (post, story, reel, video, short, live, article)", value)
			}
			cur.post.Format = f
		case "pack":
			c, err := casePackChecker(filepath.Join(filepath.Dir(path), value))
			if err != nil {
				fail(n, "pack: %v", err)
			}
			cur.checker = c
		case "jurisdiction":
			j, err := disclosure.ParseJurisdiction(value)
			if cur.checker != nil {
				j, err = cur.checker.Jurisdiction(value)
			}
			if err != nil {
				fail(n, "%q is not a jurisdiction (%s, or a market whose pack a \"pack:\" line before it loads)", value, jurisdictionCodes())
			}
			cur.post.Jurisdiction = j
		case "brand":
			cur.post.Brand = value
		case "connection":
			c, err := disclosure.ParseConnection(value)
			if err != nil {
				fail(n, "%q is not a connection (paid, gift, affiliate, none, unknown)", value)
			}
			cur.post.Connection = c
		case "edited":
			switch strings.ToLower(value) {
			case "yes", "true":
				cur.post.Edited = true
			case "no", "false":
			default:
				fail(n, "edited is yes or no, not %q", value)
			}
		case "alteration":
			a, err := disclosure.ParseAlteration(value)
			if err != nil {
				fail(n, "%q is not an alteration (none, retouched, generated, deep-fake)", value)
			}
			cur.post.Alteration = a
		case "category":
			c, err := disclosure.ParseCategory(value)
			if err != nil {
				fail(n, "%q is not a category (%s)", value, categoryNames())
			}
			cur.post.Category = c
		case "approval":
			cur.post.Approval = value
		case "followers":
			f, err := strconv.ParseInt(value, 10, 64)
			if err != nil || f < 0 {
				fail(n, "followers is a whole number of 0 or more, digits only (100000), not %q", value)
			}
			cur.post.Followers = f
		case "virtual-creator", "age-gated", "platform-label":
			var yes bool
			switch strings.ToLower(value) {
			case "yes", "true":
				yes = true
			case "no", "false":
			default:
				fail(n, "%s is yes or no, not %q", key, value)
			}
			switch key {
			case "virtual-creator":
				cur.post.VirtualCreator = yes
			case "age-gated":
				cur.post.AgeGated = yes
			default:
				cur.post.PlatformLabel = yes
			}
		case "overlay":
			span, text, _ := strings.Cut(value, " ")
			from, to, ok := strings.Cut(span, "-")
			start, err1 := parseCaseTime(from)
			end, err2 := parseCaseTime(to)
			if !ok || err1 != nil || err2 != nil {
				fail(n, "overlay: write \"overlay: 0:00-0:05 text shown\" (start-end, then the text), not %q", value)
			}
			cur.post.Overlays = append(cur.post.Overlays, disclosure.Overlay{Start: start, End: end, Text: strings.TrimSpace(text)})
		case "transcript":
			at, said, _ := strings.Cut(value, " ")
			d, err := parseCaseTime(at)
			if err != nil {
				fail(n, "transcript: %v; write \"transcript: 0:05 what is said\"", err)
			}
			cur.post.Transcript = append(cur.post.Transcript, disclosure.Segment{Start: d, Text: strings.TrimSpace(said)})
			cur.transLine = append(cur.transLine, n)
		case "duration":
			d, err := parseCaseTime(value)
			if err != nil {
				fail(n, "duration: %v", err)
			}
			cur.post.Duration = d
		case "source":
			for k := range strings.SplitSeq(value, ",") {
				if k = strings.TrimSpace(k); !knownSource(k) {
					fail(n, "source %q is not a key of SOURCES.md", k)
				}
			}
		case "others":
			if value != "allowed" {
				fail(n, "others: allowed is the only value (unnamed errors and warnings are then no failure)")
			}
			cur.others = true
		case "mix":
			m, err := disclosure.ParseSponsorship(value)
			if err != nil {
				fail(n, "mix: %q is not a sponsorship (labelled, looks-sponsored, organic)", value)
				continue
			}
			cur.mix, cur.mixLine = m, n
		case "score":
			s, err := parseCaseScore(n, value)
			if err != nil {
				fail(n, "%v", err)
				continue
			}
			cur.scores = append(cur.scores, s)
		default:
			if !slices.Contains(caseKinds, key) {
				fail(n, "unknown case line %q; the keys are caption, platform, format, pack, jurisdiction, brand, connection, edited, alteration, virtual-creator, category, age-gated, approval, followers, platform-label, overlay, transcript, duration, source, others, want, not, known-miss, known-alarm, fix, score and mix", key+":")
				continue
			}
			e, err := parseCaseExpect(n, key, value)
			if err != nil {
				fail(n, "%v", err)
				continue
			}
			cur.expect = append(cur.expect, e)
		}
	}
	if text != nil {
		fail(textLine, "the caption starting here has no closing line \"---\"")
		finish(n)
	}
	if err := sc.Err(); err != nil {
		failures = append(failures, fmt.Sprintf("%s: %v", path, err))
	}
	return blocks, failures
}

// unescapeCase decodes \uXXXX (four hex digits) and \\ in a caption marked
// "(escaped)"; any other backslash is an error.
func unescapeCase(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		switch {
		case strings.HasPrefix(s[i:], `\\`):
			b.WriteByte('\\')
			i++
		case strings.HasPrefix(s[i:], `\u`) && len(s) >= i+6:
			r, err := strconv.ParseUint(s[i+2:i+6], 16, 32)
			if err != nil {
				return s, fmt.Errorf("%s is not an escape; write \\u and four hex digits (\\u200b)", s[i:i+6])
			}
			b.WriteRune(rune(r))
			i += 5
		default:
			return s, fmt.Errorf("%s is not an escape; write \\u and four hex digits (\\u200b) for an invisible character, \\\\ for a backslash", s[i:min(i+2, len(s))])
		}
	}
	return b.String(), nil
}

// parseCaseTime reads "0:05", "1:02:03" or "0:30.1" as a duration.
func parseCaseTime(s string) (time.Duration, error) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, fmt.Errorf("%q is not a time; write minutes:seconds (0:05) or hours:minutes:seconds (1:02:03)", s)
	}
	var d time.Duration
	for i, p := range parts {
		unit := []time.Duration{time.Minute, time.Second}
		if len(parts) == 3 {
			unit = []time.Duration{time.Hour, time.Minute, time.Second}
		}
		f, err := strconv.ParseFloat(p, 64)
		if err != nil || f < 0 || (i < len(parts)-1 && strings.Contains(p, ".")) {
			return 0, fmt.Errorf("%q is not a time; write minutes:seconds (0:05) or hours:minutes:seconds (1:02:03)", s)
		}
		d += time.Duration(f * float64(unit[i]))
	}
	return d, nil
}

var scoreLine = regexp.MustCompile(`^(>=|<=|>|<|=)?\s*(-?\d+)$`)

func parseCaseScore(line int, s string) (caseScore, error) {
	m := scoreLine.FindStringSubmatch(s)
	if m == nil {
		return caseScore{}, fmt.Errorf("score: %q is not a bound; write \"score: >= 3\", \"score: < 3\" or \"score: 5\"", s)
	}
	n, _ := strconv.Atoi(m[2])
	return caseScore{line: line, op: m[1], n: n}, nil
}

var (
	ordinal    = regexp.MustCompile(`^(\d+)(st|nd|rd|th)$`)
	weightText = regexp.MustCompile(`^[+-]?\d+$`)
)

// parseCaseExpect reads what follows want:, not:, known-miss: or
// known-alarm:: "compliant", "ad", "organic", "rule [at text] [(nth)]
// [(severity)]", "label text [clarity] [connection]" or "signal name [at
// text] [(nth)] [(weight)]".
func parseCaseExpect(line int, kind, s string) (caseExpect, error) {
	e := caseExpect{line: line, kind: kind, text: s, nth: 1}
	switch s {
	case "compliant", "ad", "organic":
		e.what = s
		return e, nil
	case "":
		return e, fmt.Errorf("%s: names nothing; write \"%s: rule-name at text\"", kind, kind)
	}
	// Trailing parentheses: (error), (2nd), (+3); others are text, as in
	// "at (sponsored)".
trailing:
	for strings.HasSuffix(s, ")") {
		open := strings.LastIndex(s, "(")
		if open < 0 {
			break
		}
		in := strings.TrimSpace(s[open+1 : len(s)-1])
		switch {
		case ordinal.MatchString(in):
			e.nth, _ = strconv.Atoi(ordinal.FindStringSubmatch(in)[1])
			if e.nth < 1 {
				return e, fmt.Errorf("%q: occurrences count from 1st", in)
			}
		case weightText.MatchString(in):
			w, _ := strconv.Atoi(in)
			e.weight = &w
		default:
			if _, err := influencekit.ParseSeverity(in); err != nil {
				break trailing // "(sponsored)", "(aff link)": part of the text as written
			}
			e.severity = strings.ToLower(in)
		}
		s = strings.TrimSpace(s[:open])
	}
	e, err := parseCaseTarget(e, s)
	if err == nil && strings.Contains(e.at, `\u`) {
		e.at, err = unescapeCase(e.at)
	}
	return e, err
}

// parseCaseTarget reads what a want line names once its trailing
// parentheses are read: a label, a signal or a rule, each with its "at".
func parseCaseTarget(e caseExpect, s string) (caseExpect, error) {
	kind := e.kind
	head, rest, _ := strings.Cut(s, " ")
	switch head {
	case "label":
		e.what = "label"
		// The text is as written, inner spaces kept; a last word naming a
		// connection, then one naming a clarity, are read off its end.
		e.at = strings.TrimSpace(rest)
		lastWord := func() string { return e.at[strings.LastIndexAny(e.at, " \t")+1:] }
		cut := func(w string) { e.at = strings.TrimSpace(strings.TrimSuffix(e.at, w)) }
		if w := lastWord(); w != e.at {
			if _, err := disclosure.ParseConnection(w); err == nil {
				e.connection = strings.ToLower(w)
				cut(w)
			}
		}
		if w := lastWord(); w != e.at {
			if _, err := disclosure.ParseClarity(w); err == nil {
				e.clarity = strings.ToLower(w)
				cut(w)
			}
		}
		if e.at == "" {
			return e, fmt.Errorf("%s: label names no text; write \"%s: label #ad clear paid\"", kind, kind)
		}
		if e.severity != "" || e.weight != nil {
			return e, fmt.Errorf("%s: a label has a clarity and a connection, not (%s)", kind, e.severity)
		}
		return e, nil
	case "category":
		e.what = "category"
		name, at, _ := strings.Cut(rest, " at ")
		c, err := disclosure.ParseCategory(strings.TrimSpace(name))
		if err != nil {
			return e, fmt.Errorf("%s: %q is not a category (%s)", kind, strings.TrimSpace(name), categoryNames())
		}
		e.category, e.at = c, strings.TrimSpace(at)
		if e.severity != "" || e.weight != nil {
			return e, fmt.Errorf("%s: a category has neither a severity nor a weight", kind)
		}
		return e, nil
	case "signal":
		e.what = "signal"
		name, at, _ := strings.Cut(rest, " at ")
		sig, err := disclosure.ParseAdSignal(strings.TrimSpace(name))
		if err != nil {
			return e, fmt.Errorf("%s: %q is not a signal of ReadAd (label, discount-code, partnership...)", kind, strings.TrimSpace(name))
		}
		e.signal, e.at = sig, strings.TrimSpace(at)
		if e.severity != "" {
			return e, fmt.Errorf("%s: a signal has a weight, not a severity", kind)
		}
		return e, nil
	}
	e.what = "rule"
	rule, at, _ := strings.Cut(s, " at ")
	e.rule, e.at = disclosure.Rule(strings.TrimSpace(rule)), strings.TrimSpace(at)
	if !slices.ContainsFunc(disclosure.Rules(), func(ri disclosure.RuleInfo) bool { return ri.Rule == e.rule }) {
		return e, fmt.Errorf("%s: %q is not a rule of disclosure.Check, nor compliant, label, category, ad, organic or signal", kind, e.rule)
	}
	if e.weight != nil {
		return e, fmt.Errorf("%s: a rule has a severity, not a weight", kind)
	}
	return e, nil
}

// sourceKeys are the keys of SOURCES.md at the repository root.
var sourceKeys = sync.OnceValue(func() map[string]bool {
	keys := map[string]bool{}
	data, err := os.ReadFile(filepath.Join("..", "SOURCES.md"))
	if err != nil {
		return keys
	}
	for _, m := range regexp.MustCompile("(?m)^\\| `([^`]+)` \\|").FindAllStringSubmatch(string(data), -1) {
		keys[m[1]] = true
	}
	return keys
})

func knownSource(k string) bool { return sourceKeys()[k] }

// occurrence returns the byte offset of the nth occurrence of text in s,
// or -1.
func occurrence(s, text string, nth int) int {
	off := 0
	for i := 1; ; i++ {
		j := strings.Index(s[off:], text)
		if j < 0 {
			return -1
		}
		if i == nth {
			return off + j
		}
		off += j + len(text)
	}
}

// covers reports whether [start, end) covers the occurrence of e.at in s;
// an expectation without "at" is covered by any span.
func (e caseExpect) covers(s string, start, end int) bool {
	if e.at == "" {
		return true
	}
	o := occurrence(s, e.at, e.nth)
	return o >= 0 && start <= o && o+len(e.at) <= end
}

// findingSpan returns the text a finding's span is in: the caption, or
// for a finding about the transcript, its segment's text, and for one
// about a label on screen, its overlay's text.
func findingSpan(p disclosure.Post, f disclosure.Finding) (text string, start, end int) {
	if o := f.Overlay; o != nil {
		if o.Index < len(p.Overlays) {
			return p.Overlays[o.Index].Text, o.Start, o.End
		}
		return "", 0, 0
	}
	if t := f.Transcript; t != nil {
		if t.Segment >= 0 && t.Segment < len(p.Transcript) {
			return p.Transcript[t.Segment].Text, t.Start, t.End
		}
		return "", 0, 0
	}
	return p.Caption, f.Start, f.End
}

func (e caseExpect) matchesFinding(p disclosure.Post, f disclosure.Finding) bool {
	text, start, end := findingSpan(p, f)
	return f.Rule == e.rule && (e.severity == "" || f.Severity.String() == e.severity) && e.covers(text, start, end)
}

// matchesCategory reports whether r judged e's category and, when e
// names text, read it from that text: in the caption, an overlay or a
// transcript segment, as r says.
func (e caseExpect) matchesCategory(p disclosure.Post, r disclosure.Report) bool {
	if r.Category != e.category {
		return false
	}
	switch {
	case e.at == "":
		return true
	case r.CategorySpan != nil:
		return e.covers(p.Caption, r.CategorySpan.Start, r.CategorySpan.End)
	case r.CategoryOverlay != nil && r.CategoryOverlay.Index < len(p.Overlays):
		return e.covers(p.Overlays[r.CategoryOverlay.Index].Text, r.CategoryOverlay.Start, r.CategoryOverlay.End)
	case r.CategoryTranscript != nil && r.CategoryTranscript.Index < len(p.Transcript):
		return e.covers(p.Transcript[r.CategoryTranscript.Index].Text, r.CategoryTranscript.Start, r.CategoryTranscript.End)
	}
	return false
}

func (e caseExpect) matchesLabel(caption string, l disclosure.Label) bool {
	return (e.clarity == "" || l.Clarity.String() == e.clarity) &&
		(e.connection == "" || l.Connection.String() == e.connection) && e.covers(caption, l.Start, l.End)
}

func (e caseExpect) matchesSignal(caption string, ev disclosure.AdEvidence) bool {
	return ev.Signal == e.signal && (e.weight == nil || ev.Weight == *e.weight) && e.covers(caption, ev.Start, ev.End)
}

// checks says whether the block asks about Check (rules, compliance,
// labels, a fix) and whether it asks about ReadAd (ad, organic, signals,
// score).
func (b *caseBlock) checks() (check, read bool) {
	for _, e := range b.expect {
		switch e.what {
		case "ad", "organic", "signal":
			read = true
		default:
			check = true
		}
	}
	return check || b.fix != nil, read || len(b.scores) > 0 || b.mix != disclosure.UnknownSponsorship
}

// run checks the block's caption and its expectations.
func (b *caseBlock) Run(path string) (failures []string, t caseTally) {
	at := func(line int, format string, args ...any) {
		failures = append(failures, casefile.Failf(path, line, format, args...))
	}
	check, read := b.checks()
	switch {
	case !b.hasCapt:
		at(b.line, "case %q has no caption; add \"caption: the text\" or a line \"caption:\", the text, and a line \"---\"", b.title)
		return failures, t
	case !check && !read:
		at(b.line, "case %q states no expectation; add \"want: rule at text\", \"want: compliant\", \"want: ad\" or \"want: organic\"", b.title)
		return failures, t
	}
	for _, e := range b.expect {
		if e.at != "" && occurrence(b.post.Caption, e.at, e.nth) < 0 && !slices.ContainsFunc(b.post.Transcript, func(s disclosure.Segment) bool {
			return occurrence(s.Text, e.at, e.nth) >= 0
		}) && !slices.ContainsFunc(b.post.Overlays, func(o disclosure.Overlay) bool {
			return occurrence(o.Text, e.at, e.nth) >= 0
		}) {
			at(e.line, "%q does not occur %d time(s) in the caption, an overlay or the transcript; \"at\" names text as written there, and a severity is written (error), (warning) or (info)", e.at, e.nth)
			return failures, t
		}
	}
	known := func(e caseExpect, got string) {
		t.Known = append(t.Known, fmt.Sprintf("%s:%d: %s %s (%s)", path, e.line, e.kind, e, got))
	}
	if check {
		check, autofix := disclosure.Check, disclosure.Autofix
		if b.checker != nil {
			check, autofix = b.checker.Check, b.checker.Autofix
		}
		r := check(b.post)
		claimed := make([]bool, len(r.Findings))
		for _, e := range b.expect {
			found := false
			switch e.what {
			case "compliant":
				found = r.Compliant()
			case "label":
				found = slices.ContainsFunc(r.Disclosures, func(l disclosure.Label) bool { return e.matchesLabel(b.post.Caption, l) })
			case "category":
				found = e.matchesCategory(b.post, r)
			case "rule":
				for i, f := range r.Findings {
					if e.matchesFinding(b.post, f) {
						found = true
						claimed[i] = claimed[i] || e.kind != "not"
					}
				}
			default:
				continue
			}
			b.tallyOne(e, found, &t, at, known, "Check")
		}
		if !b.others {
			var unexpected []string
			for i, f := range r.Findings {
				if !claimed[i] && f.Severity >= influencekit.SeverityWarning {
					text, start, end := findingSpan(b.post, f)
					unexpected = append(unexpected, fmt.Sprintf("%s at %q (%s): %s", f.Rule, text[start:end], f.Severity, f.Message))
				}
			}
			if len(unexpected) > 0 {
				t.FalseAlarms += len(unexpected)
				at(b.line, "case %q: Check gives findings the case does not want (add a want line if the reviewer raises them):\n\t%s", b.title, strings.Join(unexpected, "\n\t"))
			}
		}
		if b.fix != nil {
			got := autofix(b.post)
			switch {
			case b.fixKnown && got == *b.fix:
				at(b.fixLine, "fix (known-miss) %q is now given by Autofix: change the line to fix:", got)
			case b.fixKnown:
				t.Missed++
				t.Known = append(t.Known, fmt.Sprintf("%s:%d: fix (known-miss) %q (Autofix gives %q)", path, b.fixLine, *b.fix, got))
			case got != *b.fix:
				t.Missed++
				at(b.fixLine, "fix: want %q, but Autofix gives %q", *b.fix, got)
			default:
				t.Met++
			}
		}
	}
	if read {
		a := disclosure.ReadAd(b.post)
		for _, e := range b.expect {
			found := false
			switch e.what {
			case "ad":
				found = a.Ad
			case "organic":
				found = !a.Ad
			case "signal":
				found = slices.ContainsFunc(a.Signals, func(ev disclosure.AdEvidence) bool { return e.matchesSignal(b.post.Caption, ev) })
			default:
				continue
			}
			b.tallyOne(e, found, &t, at, known, fmt.Sprintf("ReadAd (score %d: %s)", a.Score, signalList(a)))
		}
		if b.mix != disclosure.UnknownSponsorship {
			m, err := disclosure.SponsoredMix([]disclosure.Post{b.post})
			switch {
			case err != nil:
				at(b.mixLine, "mix: SponsoredMix fails: %v", err)
			case m.Posts[0].Sponsorship != b.mix:
				t.Missed++
				at(b.mixLine, "mix: want %s, but SponsoredMix says %s (score %d: %s)", b.mix, m.Posts[0].Sponsorship, m.Posts[0].Score, signalList(a))
			default:
				t.Met++
			}
		}
		for _, s := range b.scores {
			if s.holds(a.Score) {
				t.Met++
			} else {
				t.Missed++
				at(s.line, "score: want %s%d, but ReadAd scores %d: %s", s.op, s.n, a.Score, signalList(a))
			}
		}
	}
	return failures, t
}

// tallyOne counts one expectation and reports it when it fails.
func (b *caseBlock) tallyOne(e caseExpect, found bool, t *caseTally, at func(int, string, ...any), known func(caseExpect, string), who string) {
	switch {
	case e.kind == "want" && found:
		t.Met++
	case e.kind == "want":
		t.Missed++
		at(e.line, "missing: want %s, but %s does not give it", e, who)
	case e.kind == "not" && found:
		t.FalseAlarms++
		at(e.line, "false alarm: not %s, but %s gives it", e, who)
	case e.kind == "not":
		t.Met++
	case e.kind == "known-miss" && found:
		at(e.line, "known-miss %s is now given by %s: change the line to want", e, who)
	case e.kind == "known-miss":
		t.Missed++
		known(e, who+" misses it")
	case e.kind == "known-alarm" && !found:
		at(e.line, "known-alarm %s is no longer given by %s: change the line to not", e, who)
	case e.kind == "known-alarm":
		t.FalseAlarms++
		known(e, who+" still gives it")
	}
}

func signalList(a disclosure.AdReading) string {
	if len(a.Signals) == 0 {
		return "no signals"
	}
	var parts []string
	for _, ev := range a.Signals {
		parts = append(parts, fmt.Sprintf("%s %+d at %q", ev.Signal, ev.Weight, ev.Text))
	}
	return strings.Join(parts, ", ")
}

// casePackCheckers holds the Checker of each pack a case file names, by
// path, made once.
var casePackCheckers sync.Map

// casePackChecker returns a Checker whose Options.Packs holds the pack at
// path: the cases of a market the library lacks ("pack: ../packs/xr.pack"
// before "jurisdiction: XR").
func casePackChecker(path string) (*disclosure.Checker, error) {
	if c, ok := casePackCheckers.Load(path); ok {
		return c.(*disclosure.Checker), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	p, err := disclosure.ParsePack(filepath.Base(path), data)
	if err != nil {
		return nil, err
	}
	c, err := disclosure.NewChecker(disclosure.Options{Packs: []*disclosure.Pack{p}})
	if err != nil {
		return nil, err
	}
	casePackCheckers.Store(path, c)
	return c, nil
}

// runCaseDir runs every *.txt file of dir and reports each failure as a
// test error; it logs the tally and every known miss and alarm.
func runCaseDir(t *testing.T, dir string) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths, "the annotated cases are in %s/*.txt", dir)
	var total caseTally
	for _, path := range paths {
		failures, tally, err := runCaseFile(path)
		require.NoError(t, err)
		for _, f := range failures {
			t.Error(f)
		}
		total.Add(tally)
	}
	t.Log(caseSummary(total))
	for _, k := range total.Known {
		t.Log(k)
	}
}

// TestCases runs every annotated caption under testdata/cases and reports
// each failing case with its file and line. It logs the precision and
// recall of Check over the cases and every known miss and alarm.
func TestCases(t *testing.T) { runCaseDir(t, filepath.Join("testdata", "cases")) }

// TestAdCases runs the annotated ad readings under testdata/adcases the
// same way.
func TestAdCases(t *testing.T) { runCaseDir(t, filepath.Join("testdata", "adcases")) }

// jurisdictionCodes lists the built-in jurisdictions' codes: "US, UK, ...".
func jurisdictionCodes() string {
	var codes []string
	for _, j := range disclosure.Jurisdictions() {
		codes = append(codes, j.String())
	}
	return strings.Join(codes, ", ")
}

// categoryNames lists the category names a case may give.
func categoryNames() string {
	var names []string
	for c := disclosure.UnknownCategory; c <= disclosure.PrescriptionMedicine; c++ {
		names = append(names, c.String())
	}
	return strings.Join(names, ", ")
}
