// Command captionlint lints influencer captions for advertising disclosure
// with package disclosure: a batch tool an agency runs over an export of
// posts, printing findings like go vet or the library's own JSON.
//
// Usage:
//
//	captionlint [-json | -fix] [-v] [-platform name] [-brand name] [-jurisdiction code] [-connection kind]
//	            [-category name] [-alteration kind] [-age-gated] [-platform-label] [-virtual-creator]
//	            [-approval ref] [-followers n] [file ...]
//
// It reads the files named, or standard input when there are none or a
// file is "-". Three kinds of input are read:
//
//   - plain lines: each non-empty line is one caption;
//   - JSON lines: a line that starts with "{" is a post in the JSON form of
//     disclosure.Post: {"caption": "Loving this #ad", "platform": "instagram",
//     "brand": "Glow Co", "jurisdiction": "US", "connection": "paid",
//     "format": "live", "duration": 3600, "transcript": [{"start": 12.5,
//     "text": "this stream is sponsored by Glow Co"}], "overlays":
//     [{"start": 0, "end": 5, "text": "#ad"}], "edited": false}
//     (times in seconds; every member but caption optional);
//   - CSV: a file whose name ends in ".csv", or whose first line is a header
//     naming a "caption" column and at least one of "platform", "brand",
//     "jurisdiction", "connection", "format", "category" (what the post
//     promotes: alcohol, crypto, ...), "alteration" (none, retouched,
//     generated, deep-fake), "approval" (the reference of the approval a
//     financial promotion rests on: in the UK the FCA firm reference number
//     of its approver) and "followers" (of the account that publishes the
//     post, digits only; 0 is unknown). Columns may come in any order,
//     header names ignore case, other columns are ignored.
//
// A byte-order mark at the start of a file, as spreadsheets write one, is
// skipped, whatever the kind of input. The CSV delimiter is sniffed from
// the header: the header is split with ',', with ';' (spreadsheets in many
// European locales) and with tab, and the delimiter kept is the one whose
// split names a caption column and the most of the other columns (','
// first, then ';', on a tie); when none names a caption column, the error
// says so and shows the header as ',' split it. Fields follow RFC 4180: a
// field that opens with a quote ends at its closing quote, a quote within
// it is doubled (""), and it may span lines, whose line ends it keeps as
// written (CRLF stays CRLF); a quote inside a field that does not open
// with one is an ordinary character (5" tripod).
//
// A CSV row is never merged into the next one or passed over silently: a
// row whose field count differs from the header's, or whose quoted field
// is never closed or is closed by a quote followed by text, is reported at
// the line it starts on, and after a quote left open the lines that follow
// the row's first line are read again as rows of their own.
//
// What a line or row leaves out takes the flags' values: -platform,
// -brand, -jurisdiction (a code of disclosure.Jurisdictions, each a pack:
// "captionlint -help" lists them) and -connection
// (unknown, paid, gift, affiliate, none; "none" declares organic posts, which
// need no label), -category, -alteration, -approval and -followers;
// -age-gated, -platform-label and -virtual-creator set those facts for
// every post that does not say. Findings are printed as
//
//	file:line:col: severity rule: message
//
// where line is the line the post starts on and col the 1-based byte
// offset of the finding in the caption (for a plain line, its column); a
// finding about the whole caption has column 1, and so has a finding about
// the transcript, whose message ends with the segment and the stretch of
// the video it means: "[transcript segment 1, 0:00-0:30]" (segment -1 when
// no segment holds a spoken label), and so has a finding about a label
// shown on screen, whose message ends with the overlay and the label:
// "[on screen, overlay 1: "#gifted"]". A prohibited- or restricted-promotion
// finding whose category an overlay or the transcript showed, rather than
// the caption, ends with where: "[category on screen, overlay 0:
// "spritz"]", "[category said, transcript segment 1: "staking"]".
//
// With -v each finding is followed by a line naming the source its rule
// rests on for the post's jurisdiction: "\tsource cap-code: UK Committee
// of Advertising Practice, UK Code of ...".
//
// With -json each post gives one JSON object on a line of its own:
// {"file": ..., "line": ..., "post": <disclosure.Post>, "report":
// <disclosure.Report>}, in the library's JSON forms (spans in bytes and in
// UTF-16 code units). With -fix the captions are printed with
// disclosure.Autofix applied and no findings: plain lines as lines, JSON
// lines as JSON with the caption replaced (re-encoded compactly with sorted
// keys, "<", ">" and "&" left as they are), CSV as CSV with the caption
// column replaced, in the input's delimiter and line ends, after its
// byte-order mark if it had one.
//
// A line that cannot be read (malformed JSON, an unknown platform, a CSV
// row with too few or too many fields or a quote left open, a line over
// 1 MiB) is reported on standard error with its line number, and the run
// goes on; with -fix it is written out as it was (a line over 1 MiB is
// left out). At the end a summary
// line goes to standard error: posts read, compliant posts, bad lines,
// and findings per rule (after fixing, with -fix). When standard error is
// a terminal and the input is large, a progress line is kept up to date
// there too. Memory stays constant whatever the size of the input: the
// garbage collector runs at GOGC=400 (about 55 MB at most) unless the
// GOGC environment variable says otherwise.
//
// The exit status is 0 when every post is compliant (after fixing, with
// -fix), 1 when some post has a finding of error severity, and 2 for bad
// usage or when any line or file could not be read. -h prints this usage
// and exits 0.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// Exit statuses.
const (
	exitClean    = 0 // every post is compliant
	exitFindings = 1 // some post has a finding of error severity
	exitUsage    = 2 // bad usage, or some input could not be read
)

// maxLine bounds a line of plain or JSON input, and a CSV row: longer ones
// are reported as bad and skipped, so that memory stays bounded.
const maxLine = 1 << 20

// batchGCPercent is the garbage collector's target (GOGC) captionlint runs
// with unless GOGC is set. Its live heap is the checker's tables, about
// 11 MB, and one post; at the default of 100 the collector marks those
// tables again after every few thousand posts, which cost about 0.6x
// Check's own CPU time in -json runs (BENCHMARKS.md). At 400 the heap
// peaks near 55 MB, whatever the size of the input.
const batchGCPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(batchGCPercent)
	}
	stderrTerminal := false
	if fi, err := os.Stderr.Stat(); err == nil {
		stderrTerminal = fi.Mode()&os.ModeCharDevice != 0
	}
	os.Exit(run(os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, terminal: stderrTerminal}))
}

// env is the program's world: its streams, and whether stderr is a
// terminal (for the progress line).
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	terminal       bool
	// progressAfter is how much input, in bytes, makes a run large enough
	// for a progress line; 0 means 16 MiB.
	progressAfter int64
}

// config is what the flags say.
type config struct {
	json, fix bool
	// verbose prints, under each finding, the source its rule rests on.
	verbose  bool
	defaults disclosure.Post
}

// run is the whole program: it parses args, lints every input and returns
// the exit status.
func run(args []string, e env) int {
	fs := flag.NewFlagSet("captionlint", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var cfg config
	var platform, jurisdiction, connection, category, alteration, followers string
	fs.BoolVar(&cfg.json, "json", false, "print one JSON object per post: file, line, post and report")
	fs.BoolVar(&cfg.fix, "fix", false, "print the captions with fixes applied instead of findings")
	fs.BoolVar(&cfg.verbose, "v", false, "print under each finding the source its rule rests on (SOURCES.md key, authority, document, year, URL)")
	fs.StringVar(&platform, "platform", "", "platform of posts that name none (instagram, tiktok, youtube, ...)")
	fs.StringVar(&cfg.defaults.Brand, "brand", "", "brand of posts that name none, for brand-aware labels")
	fs.StringVar(&jurisdiction, "jurisdiction", "US", "jurisdiction of posts that name none ("+jurisdictionCodes()+")")
	fs.StringVar(&connection, "connection", "unknown", "declared connection of posts that name none (unknown, paid, gift, affiliate, none)")
	fs.StringVar(&category, "category", "unknown", "what posts that name none promote ("+categoryNames()+"); unknown reads it from the caption")
	fs.StringVar(&alteration, "alteration", "none", "how the pictures of posts that name none were changed (none, retouched, generated, deep-fake)")
	fs.BoolVar(&cfg.defaults.AgeGated, "age-gated", false, "posts are shown only to adults")
	fs.BoolVar(&cfg.defaults.PlatformLabel, "platform-label", false, "posts have the platform's paid-partnership label switched on")
	fs.BoolVar(&cfg.defaults.VirtualCreator, "virtual-creator", false, "posts come from a computer-generated creator")
	fs.StringVar(&cfg.defaults.Approval, "approval", "", "reference of the approval financial promotions that name none rest on (in the UK the approver's FCA firm reference number)")
	fs.StringVar(&followers, "followers", "0", "followers of the account that publishes posts that name none (0: unknown)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: captionlint [-json | -fix] [-v] [-platform name] [-brand name] [-jurisdiction code] [-connection kind] [-category name] [-alteration kind] [-age-gated] [-platform-label] [-virtual-creator] [-approval ref] [-followers n] [file ...]")
		fmt.Fprintln(e.stderr, "Reads plain lines, JSON lines or CSV (a header naming caption, platform, brand, jurisdiction, connection, format, category, alteration, approval, followers; ',', ';' or tab between fields).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	if cfg.json && cfg.fix {
		fmt.Fprintln(e.stderr, "captionlint: -json and -fix cannot be combined")
		return exitUsage
	}
	if platform != "" {
		p, err := influencekit.ParsePlatform(platform)
		if err != nil {
			fmt.Fprintln(e.stderr, "captionlint: -platform:", err)
			return exitUsage
		}
		cfg.defaults.Platform = p
	}
	j, err := disclosure.ParseJurisdiction(jurisdiction)
	if err != nil {
		fmt.Fprintln(e.stderr, "captionlint: -jurisdiction:", err)
		return exitUsage
	}
	cfg.defaults.Jurisdiction = j
	c, err := disclosure.ParseConnection(connection)
	if err != nil {
		fmt.Fprintln(e.stderr, "captionlint: -connection:", err)
		return exitUsage
	}
	cfg.defaults.Connection = c
	if cfg.defaults.Category, err = disclosure.ParseCategory(category); err != nil {
		fmt.Fprintln(e.stderr, "captionlint: -category:", err)
		return exitUsage
	}
	if cfg.defaults.Alteration, err = disclosure.ParseAlteration(alteration); err != nil {
		fmt.Fprintln(e.stderr, "captionlint: -alteration:", err)
		return exitUsage
	}
	if cfg.defaults.Followers, err = parseFollowers(followers); err != nil {
		fmt.Fprintln(e.stderr, "captionlint: -followers:", err)
		return exitUsage
	}

	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	l := &linter{cfg: cfg, out: out, stderr: e.stderr}
	if e.terminal {
		l.progress = newProgress(e.stderr, totalSize(files), cmp.Or(e.progressAfter, 16<<20))
	}
	for _, name := range files {
		l.lintFile(name, e.stdin)
	}
	l.progress.done()
	if err := out.Flush(); err != nil {
		fmt.Fprintln(e.stderr, "captionlint:", err)
		l.bad++
	}
	fmt.Fprintln(e.stderr, l.summary())
	switch {
	case l.bad > 0:
		return exitUsage
	case l.failing > 0:
		return exitFindings
	}
	return exitClean
}

// totalSize adds up the sizes of the named regular files; -1 when any
// size is unknown (standard input, a pipe).
func totalSize(files []string) int64 {
	var n int64
	for _, name := range files {
		fi, err := os.Stat(name)
		if name == "-" || err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		n += fi.Size()
	}
	return n
}

// linter lints posts one at a time and keeps the counts for the summary.
type linter struct {
	cfg      config
	out      *bufio.Writer
	stderr   io.Writer
	progress *progress

	posts, compliant, failing, bad int
	byRule                         map[disclosure.Rule]int
	line                           []byte // scratch for an output line
	file                           string // the file fileJSON names
	fileJSON                       []byte // file as a JSON string, for -json
}

// badLine reports input that cannot be read and counts it.
func (l *linter) badLine(file string, line int, err error) {
	l.progress.clear()
	l.bad++
	if line > 0 {
		fmt.Fprintf(l.stderr, "captionlint: %s:%d: %v\n", file, line, err)
		return
	}
	fmt.Fprintf(l.stderr, "captionlint: %s: %v\n", file, err)
}

// lintFile lints every post of one file ("-" is stdin).
func (l *linter) lintFile(name string, stdin io.Reader) {
	r := stdin
	display := "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			l.badLine(name, 0, errors.Unwrap(err))
			return
		}
		defer f.Close()
		r, display = f, name
	}
	br := bufio.NewReaderSize(&countingReader{r: r, p: l.progress}, 64<<10)
	// A byte-order mark, as spreadsheets write one before UTF-8, is no
	// part of the first line. Line numbers and columns do not count it.
	bom := false
	if b, err := br.Peek(len(byteOrderMark)); err == nil && string(b) == byteOrderMark {
		br.Discard(len(byteOrderMark))
		bom = true
	}
	if strings.HasSuffix(strings.ToLower(name), ".csv") || looksLikeCSVHeader(br) {
		l.lintCSV(display, br, bom)
		return
	}
	l.lintLines(display, br)
}

// lintLines lints plain and JSON lines.
func (l *linter) lintLines(file string, br *bufio.Reader) {
	for line := 1; ; line++ {
		text, err := readLine(br)
		switch {
		case errors.Is(err, errLineTooLong):
			l.badLine(file, line, err)
		case err != nil && err != io.EOF:
			l.badLine(file, line, err)
			return
		case len(bytes.TrimSpace(text)) > 0:
			l.lintLine(file, line, text)
		}
		if err == io.EOF {
			return
		}
	}
}

var errLineTooLong = fmt.Errorf("line longer than %d bytes: skipped", maxLine)

// byteOrderMark is U+FEFF in UTF-8.
const byteOrderMark = "\uFEFF"

// readLine returns the next line without its line end. A line longer than
// maxLine is read to its end and dropped, with errLineTooLong. The slice
// is valid until the next read.
func readLine(br *bufio.Reader) ([]byte, error) {
	text, err := readRawLine(br)
	if err == io.EOF && len(text) > 0 {
		err = nil // the last line has no newline; EOF comes with the next read
	}
	return bytes.TrimRight(text, "\r\n"), err
}

// lintLine lints one plain or JSON line.
func (l *linter) lintLine(file string, line int, text []byte) {
	p := l.cfg.defaults
	isJSON := bytes.HasPrefix(bytes.TrimSpace(text), []byte("{"))
	if isJSON {
		// The method itself, not json.Unmarshal, which would scan the line
		// once more before calling it.
		if err := p.UnmarshalJSON(text); err != nil {
			l.badLine(file, line, err)
			if l.cfg.fix {
				l.out.Write(text) // -fix keeps the line it cannot read, unchanged
				l.out.WriteByte('\n')
			}
			return
		}
	} else {
		p.Caption = string(text)
	}
	if l.cfg.fix {
		fixed := disclosure.Autofix(p)
		if isJSON {
			if err := writeFixedJSON(l.out, text, fixed); err != nil {
				l.badLine(file, line, err)
				return
			}
		} else {
			l.out.WriteString(fixed)
			l.out.WriteByte('\n')
		}
		p.Caption = fixed
	}
	l.report(file, line, p)
}

// report checks p, counts the result and, unless fixing, prints it.
func (l *linter) report(file string, line int, p disclosure.Post) {
	r := disclosure.Check(p)
	l.posts++
	l.progress.post()
	if r.Compliant() {
		l.compliant++
	} else {
		l.failing++
	}
	for _, f := range r.Findings {
		if l.byRule == nil {
			l.byRule = make(map[disclosure.Rule]int)
		}
		l.byRule[f.Rule]++
	}
	switch {
	case l.cfg.fix:
	case l.cfg.json:
		if err := l.writeResult(file, line, p, r); err != nil {
			l.badLine(file, line, err)
		}
	default:
		for _, f := range r.Findings {
			l.line = l.line[:0]
			l.line = append(l.line, file...)
			l.line = append(l.line, ':')
			l.line = strconv.AppendInt(l.line, int64(line), 10)
			l.line = append(l.line, ':')
			l.line = strconv.AppendInt(l.line, int64(f.Start+1), 10)
			l.line = append(l.line, ": "...)
			l.line = append(l.line, f.Severity.String()...)
			l.line = append(l.line, ' ')
			l.line = append(l.line, f.Rule...)
			l.line = append(l.line, ": "...)
			l.line = append(l.line, f.Message...)
			if ts := f.Transcript; ts != nil {
				l.line = fmt.Appendf(l.line, " [transcript segment %d, %s-%s]", ts.Segment, clock(ts.From), clock(ts.To))
			}
			if o := f.Overlay; o != nil && o.Index < len(p.Overlays) && o.End <= len(p.Overlays[o.Index].Text) {
				l.line = fmt.Appendf(l.line, " [on screen, overlay %d: %q]", o.Index, p.Overlays[o.Index].Text[o.Start:o.End])
			}
			if f.Rule == disclosure.RuleProhibitedPromotion || f.Rule == disclosure.RuleRestrictedPromotion {
				l.line = appendCategoryWhere(l.line, p, r)
			}
			l.line = append(l.line, '\n')
			if s, ok := disclosure.LookupSource(f.Source); ok && l.cfg.verbose {
				l.line = fmt.Appendf(l.line, "\tsource %s: %s, %s", s.Key, s.Authority, s.Document)
				if s.Year > 0 {
					l.line = fmt.Appendf(l.line, " (%d)", s.Year)
				}
				if s.URL != "" {
					l.line = append(l.line, ' ')
					l.line = append(l.line, s.URL...)
				}
				l.line = append(l.line, '\n')
			}
			l.out.Write(l.line)
		}
	}
}

// appendCategoryWhere appends, for a category that an overlay or the
// transcript showed rather than the caption, where: " [category on screen,
// overlay 0: \"spritz\"]" or " [category said, transcript segment 1:
// \"staking\"]". A category read from the caption needs nothing: the
// finding's column points at its word.
func appendCategoryWhere(b []byte, p disclosure.Post, r disclosure.Report) []byte {
	switch at := r.CategoryOverlay; {
	case at != nil && at.Index < len(p.Overlays) && at.End <= len(p.Overlays[at.Index].Text):
		return fmt.Appendf(b, " [category on screen, overlay %d: %q]", at.Index, p.Overlays[at.Index].Text[at.Start:at.End])
	}
	switch at := r.CategoryTranscript; {
	case at != nil && at.Index < len(p.Transcript) && at.End <= len(p.Transcript[at.Index].Text):
		return fmt.Appendf(b, " [category said, transcript segment %d: %q]", at.Index, p.Transcript[at.Index].Text[at.Start:at.End])
	}
	return b
}

// result is one post's line of -json output, as a Go value: the library's
// JSON forms of the post and its report, with where the post came from.
// writeResult writes it without encoding/json, and its tests hold the two
// to the same bytes.
type result struct {
	File   string            `json:"file"`
	Line   int               `json:"line"`
	Post   disclosure.Post   `json:"post"`
	Report disclosure.Report `json:"report"`
}

// writeResult writes one post's line of -json output (see result): {"file": ...,
// "line": ..., "post": ..., "report": ...}, the library's JSON forms of the
// post and its report with where the post came from. Each part is written
// once, as its MarshalJSON writes it (compact, "<", ">" and "&" as they
// are): an Encoder would validate and compact them all again.
func (l *linter) writeResult(file string, line int, p disclosure.Post, r disclosure.Report) error {
	post, err := p.MarshalJSON()
	if err != nil {
		return err
	}
	report, err := r.MarshalJSON()
	if err != nil {
		return err
	}
	if file != l.file {
		var name bytes.Buffer
		enc := json.NewEncoder(&name)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(file); err != nil {
			return err
		}
		l.file, l.fileJSON = file, bytes.TrimSuffix(name.Bytes(), []byte("\n"))
	}
	l.line = append(l.line[:0], `{"file":`...)
	l.line = append(l.line, l.fileJSON...)
	l.line = append(l.line, `,"line":`...)
	l.line = strconv.AppendInt(l.line, int64(line), 10)
	l.line = append(l.line, `,"post":`...)
	l.out.Write(l.line)
	l.out.Write(post)
	l.out.WriteString(`,"report":`)
	l.out.Write(report)
	_, err = l.out.WriteString("}\n")
	return err // a bufio.Writer's error stays: the last write reports any
}

// clock writes d as m:ss or h:mm:ss, rounded down to the second.
func clock(d time.Duration) string {
	s := int64(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// summary is the last line on stderr: posts, compliant posts, bad lines
// and findings per rule, most frequent first.
func (l *linter) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "captionlint: %d %s, %d compliant", l.posts, plural(l.posts, "post", "posts"), l.compliant)
	if l.bad > 0 {
		fmt.Fprintf(&b, ", %d %s", l.bad, plural(l.bad, "bad line", "bad lines"))
	}
	rules := make([]disclosure.Rule, 0, len(l.byRule))
	for r := range l.byRule {
		rules = append(rules, r)
	}
	slices.SortFunc(rules, func(a, b disclosure.Rule) int {
		return cmp.Or(cmp.Compare(l.byRule[b], l.byRule[a]), strings.Compare(string(a), string(b)))
	})
	if len(rules) == 0 {
		b.WriteString("; no findings")
	} else {
		b.WriteString("; findings:")
		for i, r := range rules {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, " %s %d", r, l.byRule[r])
		}
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// writeFixedJSON writes the JSON line with its caption replaced. The other
// fields keep their values; the object is re-encoded compactly, with its
// keys sorted, as encoding/json writes a map, and without HTML escaping.
func writeFixedJSON(out *bufio.Writer, text []byte, fixed string) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(text, &obj); err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(fixed); err != nil {
		return err
	}
	obj["caption"] = bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	enc = json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	return enc.Encode(obj)
}

// jurisdictionCodes lists the codes of the library's jurisdictions, one
// pack each, for the help text: "US, UK, DE, ...".
func jurisdictionCodes() string {
	js := disclosure.Jurisdictions()
	codes := make([]string, len(js))
	for i, j := range js {
		codes[i] = j.String()
	}
	return strings.Join(codes, ", ")
}

// categoryNames lists the category names -category takes.
func categoryNames() string {
	var names []string
	for c := disclosure.UnknownCategory; ; c++ {
		b, err := c.MarshalText()
		if err != nil {
			break
		}
		names = append(names, string(b))
	}
	return strings.Join(names, ", ")
}
