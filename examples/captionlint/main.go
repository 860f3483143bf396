// Command captionlint lints influencer captions for advertising disclosure
// with package disclosure, and prints its findings like go vet.
//
// Usage:
//
//	captionlint [-json] [-fix] [-platform name] [-brand name] [-jurisdiction code] [-connection kind] [file ...]
//
// It reads the files named, or standard input when there are none or a
// file is "-". Each non-empty line is one caption, or, when it starts with
// "{", a JSON object:
//
//	{"caption": "Loving this #ad", "platform": "instagram", "brand": "Glow Co", "jurisdiction": "US", "format": "reel", "edited": false}
//
// A JSON line may carry the video's spoken words as segments, each with
// its start in seconds from the beginning, and the video's duration in
// seconds; disclosure.Check then also looks for a spoken disclosure in the
// first 30 seconds and, for "format": "live", for gaps of more than 15
// minutes between spoken disclosures:
//
//	{"caption": "#ad live now", "format": "live", "duration": 3600, "transcript": [{"start": 0, "text": "hi chat"}, {"start": 12.5, "text": "this stream is sponsored by Glow Co"}]}
//
// Fields left out of a JSON line take the flags' values; -jurisdiction
// chooses the jurisdiction's rules (US, UK, DE, FR, ES, IT, NL, IE) for
// lines that do not name one, and -connection (or a line's "connection":
// "paid", "gift", "affiliate", "none") the relationship the creator
// declares: "none" marks an organic post that needs no label, and a paid
// post labelled only "#gifted" gets mismatched-disclosure. Findings are printed as
//
//	file:line:col: severity rule: message
//
// where col is the 1-based byte column of the finding in the line for a
// plain caption, and the 1-based byte offset into the caption for a JSON
// line; a finding about the whole caption has column 1, and so has a
// finding about the transcript, whose message ends with the segment and
// the stretch of the video it means: "[transcript segment 1, 0:00-0:30]"
// (segment -1 when no segment holds a spoken label).
//
// With -json each caption gives one JSON object on a line of its own (file,
// line, caption, compliant, findings, disclosures). With -fix the captions
// are printed with disclosure.Autofix applied, one per line, and no
// findings are printed. JSON lines stay JSON with the caption replaced:
// the other fields keep their values, but the line is re-encoded compactly
// with its keys in sorted order.
//
// The exit status is 0 when no caption has a finding of error severity
// (after fixing, with -fix), 1 when one has, and 2 for bad usage or input:
// an unknown flag, platform, jurisdiction or connection, an unreadable file or a
// malformed JSON line.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// Exit statuses.
const (
	exitClean    = 0 // no finding of error severity
	exitFindings = 1 // some caption has a finding of error severity
	exitUsage    = 2 // bad usage or input
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is what the flags say.
type config struct {
	json, fix bool
	defaults  disclosure.Post
}

// errBadInput marks an input error (exit status 2).
var errBadInput = errors.New("bad input")

// run is the whole program: it parses args, lints every input and returns
// the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("captionlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg config
	var platform, jurisdiction string
	fs.BoolVar(&cfg.json, "json", false, "print one JSON object per caption")
	fs.BoolVar(&cfg.fix, "fix", false, "print the captions with fixes applied instead of findings")
	fs.StringVar(&platform, "platform", "", "platform of plain-text captions (instagram, tiktok, youtube, ...)")
	fs.StringVar(&cfg.defaults.Brand, "brand", "", "brand of plain-text captions, for brand-aware labels")
	fs.StringVar(&jurisdiction, "jurisdiction", "US", "jurisdiction of plain-text captions (US, UK, DE, FR, ES, IT, NL, IE)")
	var connection string
	fs.StringVar(&connection, "connection", "unknown", "the creator's declared relationship with the brand (unknown: assumed sponsored, paid, gift, affiliate, none: organic)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: captionlint [-json] [-fix] [-platform name] [-brand name] [-jurisdiction code] [-connection kind] [file ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if cfg.json && cfg.fix {
		fmt.Fprintln(stderr, "captionlint: -json and -fix cannot be combined")
		return exitUsage
	}
	if platform != "" {
		p, err := influencekit.ParsePlatform(platform)
		if err != nil {
			fmt.Fprintln(stderr, "captionlint: -platform:", err)
			return exitUsage
		}
		cfg.defaults.Platform = p
	}
	j, err := disclosure.ParseJurisdiction(jurisdiction)
	if err != nil {
		fmt.Fprintln(stderr, "captionlint: -jurisdiction:", err)
		return exitUsage
	}
	cfg.defaults.Jurisdiction = j
	if cfg.defaults.Connection, err = disclosure.ParseConnection(connection); err != nil {
		fmt.Fprintln(stderr, "captionlint: -connection:", err)
		return exitUsage
	}

	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := exitClean
	for _, name := range files {
		s, err := lintFile(name, stdin, out, cfg)
		if err != nil {
			out.Flush()
			fmt.Fprintln(stderr, "captionlint:", err)
			return exitUsage
		}
		status = max(status, s)
	}
	return status
}

// lintFile lints every line of one file ("-" is stdin).
func lintFile(name string, stdin io.Reader, out *bufio.Writer, cfg config) (int, error) {
	r := stdin
	display := "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		r, display = f, name
	}
	br := bufio.NewReader(r)
	status := exitClean
	for line := 1; ; line++ {
		text, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return 0, fmt.Errorf("%s: %w", display, err)
		}
		text = strings.TrimRight(text, "\r\n")
		if strings.TrimSpace(text) != "" {
			s, lerr := lintLine(display, line, text, out, cfg)
			if lerr != nil {
				return 0, lerr
			}
			status = max(status, s)
		}
		if err == io.EOF {
			return status, nil
		}
	}
}

// input is a JSON line. Pointers tell a missing field from an empty one.
type input struct {
	Caption      *string                  `json:"caption"`
	Platform     *influencekit.Platform   `json:"platform,omitempty"`
	Format       *influencekit.Format     `json:"format,omitempty"`
	Brand        *string                  `json:"brand,omitempty"`
	Jurisdiction *disclosure.Jurisdiction `json:"jurisdiction,omitempty"`
	Connection   *disclosure.Connection   `json:"connection,omitempty"`
	Edited       *bool                    `json:"edited,omitempty"`
	Duration     *float64                 `json:"duration,omitempty"`
	Transcript   []inputSegment           `json:"transcript,omitempty"`
}

// inputSegment is one transcript segment of a JSON line.
type inputSegment struct {
	Start float64 `json:"start"` // seconds from the beginning of the video
	Text  string  `json:"text"`
}

// maxSeconds bounds the times a JSON line may give: a year, far past any
// video, and far inside time.Duration's range.
const maxSeconds = 366 * 24 * 3600

// seconds converts a JSON time in seconds, rejecting negative, infinite
// and absurd values.
func seconds(s float64, what string) (time.Duration, error) {
	if !(s >= 0 && s <= maxSeconds) {
		return 0, fmt.Errorf("%w: %s of %v seconds is not between 0 and %d", errBadInput, what, s, maxSeconds)
	}
	return time.Duration(math.Round(s * float64(time.Second))), nil
}

// parseLine turns one line into a post; isJSON reports a JSON line.
func parseLine(text string, defaults disclosure.Post) (p disclosure.Post, isJSON bool, err error) {
	p = defaults
	if !strings.HasPrefix(strings.TrimSpace(text), "{") {
		p.Caption = text
		return p, false, nil
	}
	dec := json.NewDecoder(strings.NewReader(text))
	dec.DisallowUnknownFields()
	var in input
	if err := dec.Decode(&in); err != nil {
		return p, true, fmt.Errorf("%w: %w", errBadInput, err)
	}
	if dec.More() {
		return p, true, fmt.Errorf("%w: text after the JSON object", errBadInput)
	}
	if in.Caption == nil {
		return p, true, fmt.Errorf("%w: no \"caption\" field", errBadInput)
	}
	p.Caption = *in.Caption
	if in.Platform != nil {
		p.Platform = *in.Platform
	}
	if in.Format != nil {
		p.Format = *in.Format
	}
	if in.Brand != nil {
		p.Brand = *in.Brand
	}
	if in.Jurisdiction != nil {
		p.Jurisdiction = *in.Jurisdiction
	}
	if in.Connection != nil {
		p.Connection = *in.Connection
	}
	if in.Edited != nil {
		p.Edited = *in.Edited
	}
	if in.Duration != nil {
		if p.Duration, err = seconds(*in.Duration, "duration"); err != nil {
			return p, true, err
		}
	}
	for i, seg := range in.Transcript {
		start, err := seconds(seg.Start, fmt.Sprintf("transcript[%d].start", i))
		if err != nil {
			return p, true, err
		}
		p.Transcript = append(p.Transcript, disclosure.Segment{Start: start, Text: seg.Text})
	}
	return p, true, nil
}

// lintLine lints one caption and writes the result in the chosen form.
func lintLine(file string, line int, text string, out *bufio.Writer, cfg config) (int, error) {
	p, isJSON, err := parseLine(text, cfg.defaults)
	if err != nil {
		return 0, fmt.Errorf("%s:%d: %w", file, line, err)
	}
	if cfg.fix {
		fixed := disclosure.Autofix(p)
		if isJSON {
			if err := writeFixedJSON(out, text, fixed); err != nil {
				return 0, fmt.Errorf("%s:%d: %w", file, line, err)
			}
		} else {
			fmt.Fprintln(out, fixed)
		}
		p.Caption = fixed
		return status(disclosure.Check(p)), nil
	}
	r := disclosure.Check(p)
	if cfg.json {
		return status(r), writeJSON(out, file, line, p.Caption, r)
	}
	for _, f := range r.Findings {
		// A plain line is the caption, so the column is the offset + 1.
		fmt.Fprintf(out, "%s:%d:%d: %s %s: %s", file, line, f.Start+1, f.Severity, f.Rule, f.Message)
		if ts := f.Transcript; ts != nil {
			fmt.Fprintf(out, " [transcript segment %d, %s-%s]", ts.Segment, clock(ts.From), clock(ts.To))
		}
		fmt.Fprintln(out)
	}
	return status(r), nil
}

// clock writes d as m:ss or h:mm:ss, rounded down to the second.
func clock(d time.Duration) string {
	s := int64(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

func status(r disclosure.Report) int {
	if r.Compliant() {
		return exitClean
	}
	return exitFindings
}

// writeFixedJSON writes the JSON line with its caption replaced. The other
// fields keep their values; the object is re-encoded compactly, with its
// keys sorted, as encoding/json writes a map.
func writeFixedJSON(out *bufio.Writer, text, fixed string) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(text), &obj); err != nil {
		return fmt.Errorf("%w: %w", errBadInput, err)
	}
	caption, err := json.Marshal(fixed)
	if err != nil {
		return err
	}
	obj["caption"] = caption
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(obj); err != nil {
		return err
	}
	_, err = out.Write(buf.Bytes())
	return err
}

// Output shapes for -json.
type (
	jsonReport struct {
		File        string        `json:"file"`
		Line        int           `json:"line"`
		Caption     string        `json:"caption"`
		Compliant   bool          `json:"compliant"`
		Findings    []jsonFinding `json:"findings"`
		Disclosures []jsonLabel   `json:"disclosures"`
	}
	jsonFinding struct {
		Rule     disclosure.Rule       `json:"rule"`
		Severity influencekit.Severity `json:"severity"`
		Start    int                   `json:"start"`
		End      int                   `json:"end"`
		Message  string                `json:"message"`
		Fixes    []jsonFix             `json:"fixes"`
		// Transcript is set for a finding about the transcript.
		Transcript *jsonTranscriptSpan `json:"transcript,omitempty"`
	}
	// jsonTranscriptSpan is disclosure.TranscriptSpan with times in
	// seconds.
	jsonTranscriptSpan struct {
		Segment int     `json:"segment"`
		Start   int     `json:"start"`
		End     int     `json:"end"`
		From    float64 `json:"from"`
		To      float64 `json:"to"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	}
	jsonLabel struct {
		Start      int                   `json:"start"`
		End        int                   `json:"end"`
		Text       string                `json:"text"`
		Clarity    disclosure.Clarity    `json:"clarity"`
		Connection disclosure.Connection `json:"connection"`
	}
)

func writeJSON(out *bufio.Writer, file string, line int, caption string, r disclosure.Report) error {
	jr := jsonReport{File: file, Line: line, Caption: caption, Compliant: r.Compliant(),
		Findings: []jsonFinding{}, Disclosures: []jsonLabel{}}
	for _, f := range r.Findings {
		jf := jsonFinding{Rule: f.Rule, Severity: f.Severity, Start: f.Start, End: f.End, Message: f.Message, Fixes: []jsonFix{}}
		if ts := f.Transcript; ts != nil {
			jf.Transcript = &jsonTranscriptSpan{Segment: ts.Segment, Start: ts.Start, End: ts.End, From: ts.From.Seconds(), To: ts.To.Seconds()}
		}
		for _, fix := range f.Fixes {
			jx := jsonFix{Message: fix.Message}
			for _, e := range fix.Edits {
				jx.Edits = append(jx.Edits, jsonEdit(e))
			}
			jf.Fixes = append(jf.Fixes, jx)
		}
		jr.Findings = append(jr.Findings, jf)
	}
	for _, l := range r.Disclosures {
		jr.Disclosures = append(jr.Disclosures, jsonLabel(l))
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	return enc.Encode(jr)
}
