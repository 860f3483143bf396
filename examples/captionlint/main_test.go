package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// runWith runs captionlint on stdin with a non-terminal stderr.
func runWith(args []string, stdin string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	status = run(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut})
	return out.String(), errOut.String(), status
}

func TestRun(t *testing.T) {
	rows := []struct {
		why        string
		args       []string
		stdin      string
		wantOut    string
		wantStatus int
		wantErr    string // substring of stderr
	}{
		{why: "a compliant caption on stdin prints nothing and exits 0",
			stdin: "#ad Loving this serum\n", wantStatus: exitClean},
		{why: "findings are printed like go vet and exit 1",
			stdin:      "Loving this serum #ad\n",
			wantOut:    "<stdin>:1:19: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n",
			wantStatus: exitFindings},
		{why: "a file's line numbers count blank lines, and whole-caption findings are at column 1",
			args: []string{"testdata/captions.txt"},
			wantOut: "testdata/captions.txt:2:19: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n" +
				"testdata/captions.txt:4:1: error missing-disclosure: no disclosure label: add a clear label such as \"#ad\" at the start of the caption\n",
			wantStatus: exitFindings},
		{why: "JSON lines carry brand, platform and jurisdiction",
			args: []string{"testdata/posts.jsonl"},
			wantOut: "testdata/posts.jsonl:2:1: error vague-disclosure: \"thanks @glowco\" does not tell followers the post is an ad under US FTC guidance: add \"#ad\" at the start\n" +
				"testdata/posts.jsonl:3:1: warning ambiguous-disclosure: \"Sponsored\" may not be understood as a disclosure under UK ASA/CMA guidance: replace it with \"#ad\"\n",
			wantStatus: exitFindings},
		{why: "only warnings exit 0",
			stdin:      "#ad clinically proven\n",
			wantOut:    "<stdin>:1:5: warning unsubstantiated-claim: \"clinically proven\" is a claim the brand must be able to substantiate (16 CFR 255.1, 255.2): remove it or support it with evidence\n",
			wantStatus: exitClean},
		{why: "-v names the source a finding rests on, the jurisdiction's own",
			args:       []string{"-v", "-jurisdiction", "UK"},
			stdin:      "#ad clinically proven\n",
			wantOut:    "<stdin>:1:5: warning unsubstantiated-claim: \"clinically proven\" is a claim the brand must be able to substantiate (CAP Code rule 3.7): remove it or support it with evidence\n\tsource cap-code: UK Committee of Advertising Practice, UK Code of Non-broadcast Advertising and Direct & Promotional Marketing (CAP Code), rules 2.1, 2.4 and 3.7\n",
			wantStatus: exitClean},
		{why: "-brand applies to plain captions",
			args: []string{"-brand", "Glow Co"}, stdin: "#glowcopartner morning routine\n", wantStatus: exitClean},
		{why: "-platform chooses the fold",
			args: []string{"-platform", "pinterest"}, stdin: "🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸 #ad\n",
			wantOut:    "<stdin>:1:202: error below-fold: the label \"#ad\" starts at character 52, past the 50 characters pinterest shows before \"more\": move it to the start of the caption\n",
			wantStatus: exitFindings},
		{why: "-fix prints fixed captions; JSON lines stay JSON",
			args:       []string{"-fix", "testdata/captions.txt", "testdata/posts.jsonl"},
			wantOut:    "#ad Loving this serum from @glowco ✨\n#ad Loving this serum\n#ad Sunday brunch 🥂\n{\"brand\":\"Glow Co\",\"caption\":\"Paid partnership with Glow Co\",\"platform\":\"instagram\"}\n{\"brand\":\"Glow Co\",\"caption\":\"#ad thanks @glowco\"}\n{\"caption\":\"#ad new serum\",\"jurisdiction\":\"UK\"}\n",
			wantStatus: exitClean},
		{why: "-fix on an edited JSON post appends #filtered and keeps the other fields",
			args: []string{"-fix"}, stdin: "{\"caption\": \"#ad\", \"edited\": true, \"format\": \"reel\"}\n",
			wantOut: "{\"caption\":\"#ad #filtered\",\"edited\":true,\"format\":\"reel\"}\n", wantStatus: exitClean},
		{why: "-jurisdiction applies another jurisdiction's tables to plain captions (#ad is vague in Germany)",
			args: []string{"-jurisdiction", "DE"}, stdin: "#ad neues Serum\nWerbung | neues Serum\n",
			wantOut:    "<stdin>:1:1: error vague-disclosure: \"#ad\" is a vague label under German media authorities' guidance: replace it with \"Werbung\"\n",
			wantStatus: exitFindings},
		{why: "-connection none marks organic posts, which need no label",
			args: []string{"-connection", "none"}, stdin: "my morning coffee\n", wantStatus: exitClean},
		{why: "-connection paid makes a gift-only label a mismatch",
			args: []string{"-connection", "paid"}, stdin: "#gifted new palette\n",
			wantOut: "<stdin>:1:1: warning ambiguous-disclosure: \"#gifted\" may not be understood as a disclosure under US FTC guidance: add a clear label such as \"#ad\" at the start\n" +
				"<stdin>:1:1: error mismatched-disclosure: the post is declared as paid but its labels, such as \"#gifted\", only disclose a gift; a gift label fits only where nothing was paid and the brand had no control (asa-influencers-guide, ftc-faqs): add \"#ad\" at the start\n",
			wantStatus: exitFindings},
		{why: "a JSON line's connection overrides the flag",
			args: []string{"-connection", "paid"}, stdin: "{\"caption\": \"my morning coffee\", \"connection\": \"none\"}\n", wantStatus: exitClean},
		{why: "an unknown connection is bad usage", args: []string{"-connection", "friend"}, wantStatus: exitUsage, wantErr: "unknown connection"},
		{why: "an unknown connection in JSON is bad input", stdin: "{\"caption\": \"#ad\", \"connection\": \"friend\"}\n", wantStatus: exitUsage, wantErr: "unknown connection"},
		{why: "the same caption under US rules needs nothing",
			args: []string{"-jurisdiction", "US"}, stdin: "#ad neues Serum\n", wantStatus: exitClean},
		{why: "JSON lines carry a transcript: spoken findings say their segment and stretch",
			args: []string{"testdata/live.jsonl"},
			wantOut: "testdata/live.jsonl:1:1: error live-disclosure-gap: no spoken disclosure for 19:15, from 0:45 until \"this is an ad\" at 20:00: repeat it at least every 15:00 of a live stream [transcript segment 2, 0:45-20:00]\n" +
				"testdata/live.jsonl:1:1: error live-disclosure-gap: no spoken disclosure for the last 30:00 of the stream, from 20:00 to its end at 50:00: repeat it at least every 15:00 of a live stream [transcript segment -1, 20:00-50:00]\n" +
				"testdata/live.jsonl:1:1: error missing-verbal-disclosure: the first spoken disclosure, \"this stream is sponsored by Glow Co\", comes at 0:45 (segment 1): say it in the first 0:30 of the video [transcript segment 1, 0:00-0:30]\n" +
				"testdata/live.jsonl:3:1: warning language-mismatch: \"#ad\" is not in the jurisdiction's language: French (Loi 2023-451) rules ask for a label such as \"Publicité\"\n",
			wantStatus: exitFindings},
		{why: "a duration beyond any clock is bad input", stdin: "{\"caption\": \"#ad\", \"duration\": 1e300}\n", wantStatus: exitUsage, wantErr: "<stdin>:1: disclosure: invalid duration: \"1e300\" seconds: out of range"},
		{why: "-h prints the usage and exits 0", args: []string{"-h"}, wantStatus: exitClean, wantErr: "usage: captionlint"},
		{why: "an unknown connection is bad usage", args: []string{"-connection", "sponsored"}, wantStatus: exitUsage, wantErr: "unknown connection"},
		{why: "a bad line is reported with its number and the run goes on",
			stdin:      "#ad ok\n{\"caption\": 5}\nLoving it #ad\n",
			wantOut:    "<stdin>:3:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n",
			wantStatus: exitUsage, wantErr: "captionlint: <stdin>:2: disclosure: invalid JSON: post \"caption\" is a JSON number, want a string\n" +
				"captionlint: 2 posts, 1 compliant, 1 bad line; findings: not-upfront 1\n"},
		{why: "-fix passes a bad line through unchanged",
			args: []string{"-fix"}, stdin: "{\"caption\": \"hi\", \"platform\": \"myspace\"}\nhello\n",
			wantOut: "{\"caption\": \"hi\", \"platform\": \"myspace\"}\n#ad hello\n", wantStatus: exitUsage, wantErr: "<stdin>:1: influencekit: unknown platform \"myspace\""},
		{why: "-fix does not HTML-escape", args: []string{"-fix"}, stdin: "{\"caption\": \"H&M <3\", \"brand\": \"H&M\"}\n",
			wantOut: "{\"brand\":\"H&M\",\"caption\":\"#ad H&M <3\"}\n", wantStatus: exitClean},
		{why: "an unknown flag is bad usage", args: []string{"-colour"}, wantStatus: exitUsage, wantErr: "flag provided but not defined"},
		{why: "an unknown platform is bad usage", args: []string{"-platform", "myspace"}, wantStatus: exitUsage, wantErr: "unknown platform"},
		{why: "an unknown jurisdiction is bad usage", args: []string{"-jurisdiction", "XX"}, wantStatus: exitUsage, wantErr: "unknown jurisdiction"},
		{why: "-json and -fix together are bad usage", args: []string{"-json", "-fix"}, wantStatus: exitUsage, wantErr: "cannot be combined"},
		{why: "a missing file is bad input, and the next file is still read", args: []string{"testdata/nope.txt", "testdata/posts.jsonl"},
			wantOut: "testdata/posts.jsonl:2:1: error vague-disclosure: \"thanks @glowco\" does not tell followers the post is an ad under US FTC guidance: add \"#ad\" at the start\n" +
				"testdata/posts.jsonl:3:1: warning ambiguous-disclosure: \"Sponsored\" may not be understood as a disclosure under UK ASA/CMA guidance: replace it with \"#ad\"\n",
			wantStatus: exitUsage, wantErr: "captionlint: testdata/nope.txt: no such file or directory\n"},
		{why: "malformed JSON is bad input", stdin: "{\"caption\": \n", wantStatus: exitUsage, wantErr: "<stdin>:1: disclosure: invalid JSON: unexpected end of JSON input"},
		{why: "an unknown JSON field is bad input", stdin: "{\"caption\": \"#ad\", \"colour\": \"red\"}\n", wantStatus: exitUsage, wantErr: "post has no member \"colour\""},
		{why: "a JSON line without a caption is bad input", stdin: "{\"brand\": \"Glow Co\"}\n", wantStatus: exitUsage, wantErr: "post has no caption"},
		{why: "an unknown platform in JSON is bad input", stdin: "{\"caption\": \"#ad\", \"platform\": \"myspace\"}\n", wantStatus: exitUsage, wantErr: "unknown platform"},
		{why: "a last line without a newline is read", stdin: "#ad ok\nno label", wantOut: "<stdin>:2:1: error missing-disclosure: no disclosure label: add a clear label such as \"#ad\" at the start of the caption\n", wantStatus: exitFindings},
		{why: "CRLF line ends are not part of the caption", stdin: "Loving it #ad\r\n", wantOut: "<stdin>:1:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n", wantStatus: exitFindings},
		{why: "a byte-order mark before JSON lines is skipped: the first line is read as JSON, not linted as text",
			stdin: "\uFEFF{\"caption\": \"Loving it #ad\", \"connection\": \"paid\"}\n", wantOut: "<stdin>:1:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n", wantStatus: exitFindings},
		{why: "a byte-order mark before plain lines is no part of the first caption: its columns count from the caption",
			stdin: "\uFEFFLoving it #ad\n", wantOut: "<stdin>:1:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n", wantStatus: exitFindings},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			out, errOut, status := runWith(row.args, row.stdin)
			assert.Equal(t, row.wantStatus, status, "stderr: %s", errOut)
			assert.Equal(t, row.wantOut, out)
			if row.wantErr != "" {
				assert.Contains(t, errOut, row.wantErr)
			} else {
				lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
				assert.Len(t, lines, 1, "only the summary: %s", errOut)
				assert.True(t, strings.HasPrefix(errOut, "captionlint: "), errOut)
			}
		})
	}
}

func TestRunJSON(t *testing.T) {
	out, errOut, status := runWith([]string{"-json", "-platform", "instagram"}, "Loving this serum 😍 #ad\n#ad fine\n")
	assert.Equal(t, "captionlint: 2 posts, 1 compliant; findings: not-upfront 1\n", errOut)
	assert.Equal(t, exitFindings, status)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, "one object per caption")
	var first, second result
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &second))
	assert.Equal(t, "<stdin>", first.File)
	assert.Equal(t, 1, first.Line)
	assert.Equal(t, influencekit.Instagram, first.Post.Platform, "the post as checked, flags applied")
	want := disclosure.Check(disclosure.Post{Caption: "Loving this serum 😍 #ad", Platform: influencekit.Instagram})
	assert.Equal(t, want, first.Report, "the library's own report, read back equal")
	assert.True(t, second.Report.Compliant())
	assert.Contains(t, lines[0], `"start":23,"end":26,"start_utf16":21,"end_utf16":24`, "spans in bytes and UTF-16 units")
	assert.Contains(t, lines[0], `{"start":22,"end":26,"start_utf16":20,"end_utf16":24,"text":""}`, "an edit's span in bytes and UTF-16 units")
	assert.Contains(t, lines[1], `"findings":[]`, "lists are never null")
}

func TestRunJSONTranscript(t *testing.T) {
	in := `{"caption": "#ad", "transcript": [{"start": 0, "text": "hi"}, {"start": 40.5, "text": "this video is sponsored"}]}` + "\n"
	out, _, status := runWith([]string{"-json"}, in)
	assert.Equal(t, exitFindings, status)
	var r result
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Len(t, r.Report.Findings, 1)
	f := r.Report.Findings[0]
	assert.Equal(t, disclosure.RuleMissingVerbalDisclosure, f.Rule)
	require.NotNil(t, f.Transcript)
	assert.Equal(t, disclosure.TranscriptSpan{Segment: 1, Start: 0, End: 23, From: 0, To: 30 * time.Second}, *f.Transcript)
	assert.Contains(t, out, `"from":0,"to":30`, "times in seconds")
}

// TestRunOverlayLabel: a finding about a label shown only on screen
// says which overlay and which words, since its column is the caption's.
func TestRunOverlayLabel(t *testing.T) {
	in := `{"caption": "Loving this serum", "connection": "paid", "overlays": [{"start": 0, "end": 2, "text": "new drop"}, {"start": 2, "end": 5, "text": "thanks #gifted"}]}` + "\n"
	out, _, status := runWith(nil, in)
	assert.Equal(t, exitFindings, status)
	assert.Equal(t, "<stdin>:1:1: warning ambiguous-disclosure: \"#gifted\" on screen may not be understood as a disclosure under US FTC guidance: show a clear label such as \"#ad\" on screen or add it at the start of the caption [on screen, overlay 1: \"#gifted\"]\n"+
		"<stdin>:1:1: error mismatched-disclosure: the post is declared as paid but its labels on screen, such as \"#gifted\", only disclose a gift; a gift label fits only where nothing was paid and the brand had no control (asa-influencers-guide, ftc-faqs): show \"#ad\" on screen or add it at the start of the caption [on screen, overlay 1: \"#gifted\"]\n",
		out)
	out, _, _ = runWith([]string{"-json"}, in)
	var res result
	require.NoError(t, json.Unmarshal([]byte(strings.TrimSpace(out)), &res))
	require.Len(t, res.Report.Findings, 2)
	assert.Equal(t, &disclosure.TextSpan{Index: 1, Start: 7, End: 14}, res.Report.Findings[0].Overlay)
}

// TestRunCategoryOffCaption: a category that an overlay or the
// transcript showed travels in the -json report, and the text output
// says where, since the finding's column is the caption's.
func TestRunCategoryOffCaption(t *testing.T) {
	in := `{"caption": "Pubblicità Il mio venerdì", "jurisdiction": "IT", "overlays": [{"start": 0, "end": 5, "text": "Il mio spritz"}]}` + "\n" +
		`{"caption": "#ad New video", "jurisdiction": "UK", "approval": "FRN 123456", "transcript": [{"start": 0, "text": "this is an ad"}, {"start": 4, "text": "staking my coins"}]}` + "\n" +
		`{"caption": "Pubblicità Il mio spritz", "jurisdiction": "IT", "overlays": [{"start": 0, "end": 5, "text": "casinò"}]}` + "\n"
	out, _, status := runWith(nil, in)
	assert.Equal(t, exitFindings, status)
	assert.Equal(t, "<stdin>:1:1: error restricted-promotion: Italian AGCOM rules allow posts for alcohol only where minors cannot see them: switch on the platform's age-gating [category on screen, overlay 0: \"spritz\"]\n"+
		"<stdin>:2:1: error restricted-promotion: UK FCA rules require this warning on posts for crypto-assets: add \"Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong.\" [category said, transcript segment 1: \"staking\"]\n"+
		"<stdin>:3:20: error restricted-promotion: Italian AGCOM rules allow posts for alcohol only where minors cannot see them: switch on the platform's age-gating\n",
		out, "a caption's category is located by the column alone")

	out, _, _ = runWith([]string{"-json"}, in)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	var screen, said result
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &screen))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &said))
	assert.Equal(t, &disclosure.TextSpan{Index: 0, Start: 7, End: 13}, screen.Report.CategoryOverlay)
	assert.Equal(t, &disclosure.TextSpan{Index: 1, Start: 0, End: 7}, said.Report.CategoryTranscript)
	assert.Contains(t, lines[0], `"category_overlay":{"index":0,"start":7,"end":13}`)
}

func TestRunCSV(t *testing.T) {
	rows := []struct {
		why        string
		args       []string
		stdin      string
		wantOut    string
		wantErr    string
		wantStatus int
	}{
		{why: "a header names the columns in any order and case; extra columns are ignored; quoted fields hold commas",
			stdin:      "id,Caption,BRAND,Platform\n1,\"Loving it, truly #ad\",Glow Co,instagram\n2,#ad fine,,\n",
			wantOut:    "<stdin>:2:18: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n",
			wantErr:    "captionlint: 2 posts, 1 compliant; findings: not-upfront 1\n",
			wantStatus: exitFindings},
		{why: "a file named .csv is CSV even with only a caption column; line numbers count a quoted line break",
			args: []string{"testdata/posts.csv"},
			wantOut: "testdata/posts.csv:3:15: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n" +
				"testdata/posts.csv:5:1: error missing-disclosure: no disclosure label: add a clear label such as \"#ad\" at the start of the caption\n",
			wantErr:    "captionlint: 3 posts, 1 compliant; findings: missing-disclosure 1, not-upfront 1\n",
			wantStatus: exitFindings},
		{why: "a bad cell is reported with its line and the run goes on",
			stdin:      "caption,jurisdiction,connection\n#ad hi,XX,\nLoving it #ad,UK,paid\n",
			wantOut:    "<stdin>:3:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n",
			wantErr:    "captionlint: <stdin>:2: disclosure: unknown jurisdiction \"XX\"\ncaptionlint: 1 post, 0 compliant, 1 bad line; findings: not-upfront 1\n",
			wantStatus: exitUsage},
		{why: "a row with a field missing is bad, even when it holds the caption (it passed silently)",
			stdin:      "caption,brand,connection\n#ad hi,Glow Co\nLoving it #ad,Glow Co,paid\n",
			wantOut:    "<stdin>:3:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n",
			wantErr:    "captionlint: <stdin>:2: the row has 2 fields where the header has 3 (a missing ',', or a row cut short?): the row is skipped\ncaptionlint: 1 post, 0 compliant, 1 bad line; findings: not-upfront 1\n",
			wantStatus: exitUsage},
		{why: "a row with an extra field is bad: an unquoted comma would shift the columns (it passed silently)",
			stdin:      "caption,connection\nLoving it, truly #ad,paid\n",
			wantErr:    "captionlint: <stdin>:2: the row has 3 fields where the header has 2 (a ',' in a field that is not quoted?): the row is skipped\ncaptionlint: 0 posts, 0 compliant, 1 bad line; no findings\n",
			wantStatus: exitUsage},
		{why: "an unterminated quote is reported at its line and never takes the next row's connection (the merged row was judged compliant)",
			stdin:      "caption,connection\n\"Loving it #ad,none\n\"#ad fine\",paid\n",
			wantErr:    "captionlint: <stdin>:2: unterminated quote: field 1 opens with a quote at column 1 that is not closed on its line; the next quote, at line 3, column 1, is followed by \"#ad fine\\\",pa\"; the row is skipped and line 3 is read as the next row\ncaptionlint: 1 post, 1 compliant, 1 bad line; no findings\n",
			wantStatus: exitUsage},
		{why: "an unterminated quote on the last row is reported, not dropped",
			stdin:      "caption,connection\n#ad fine,paid\n\"Loving it #ad,paid\n",
			wantErr:    "captionlint: <stdin>:3: unterminated quote: field 1 opens with a quote at column 1 that is never closed; the row is skipped and the lines after it are read as rows\ncaptionlint: 1 post, 1 compliant, 1 bad line; no findings\n",
			wantStatus: exitUsage},
		{why: "a ';' header is sniffed on standard input, without a .csv name; a comma in a caption is text",
			stdin:      "caption;platform\nLoving it, truly #ad;instagram\n",
			wantOut:    "<stdin>:2:18: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n",
			wantErr:    "captionlint: 1 post, 0 compliant; findings: not-upfront 1\n",
			wantStatus: exitFindings},
		{why: "a tab-separated header is sniffed",
			stdin:      "id\tcaption\tbrand\n1\tLoving it #ad\tGlow Co\n",
			wantOut:    "<stdin>:2:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n",
			wantErr:    "captionlint: 1 post, 0 compliant; findings: not-upfront 1\n",
			wantStatus: exitFindings},
		{why: "a byte-order mark before the header is skipped: the first column is still \"caption\"",
			stdin:      "\uFEFFcaption,brand\n#ad hi,Glow Co\n",
			wantErr:    "captionlint: 1 post, 1 compliant; no findings\n",
			wantStatus: exitClean},
		{why: "blank lines before the header of a .csv file are skipped and counted, as encoding/csv did",
			args:       []string{"testdata/blankfirst.csv"},
			wantOut:    "testdata/blankfirst.csv:4:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n",
			wantErr:    "captionlint: 1 post, 0 compliant; findings: not-upfront 1\n",
			wantStatus: exitFindings},
		{why: "a header with a quote left open is reported, and the file skipped",
			args: []string{"testdata/badheader.csv"}, wantStatus: exitUsage,
			wantErr: "captionlint: testdata/badheader.csv:1: the header has an unterminated quote: the file is skipped\ncaptionlint: 0 posts, 0 compliant, 1 bad line; no findings\n"},
		{why: "a header without a caption column names the delimiter it was read with and the ones tried",
			args: []string{"testdata/nocaption.csv"},
			wantErr: "captionlint: testdata/nocaption.csv:1: no caption column; header read with delimiter ',' has 1 column (\"id|text|brand\"); read with ';' or tab it names no caption column either\n" +
				"captionlint: 0 posts, 0 compliant, 1 bad line; no findings\n",
			wantStatus: exitUsage},
		{why: "CRLF inside a quoted caption is kept: -fix writes it back as it was",
			args: []string{"-fix"}, stdin: "caption,brand\r\n\"New drop\r\nLink in bio\",Glow Co\r\n",
			wantOut: "caption,brand\r\n\"#ad New drop\r\nLink in bio\",Glow Co\r\n", wantErr: "captionlint: 1 post, 1 compliant; no findings\n", wantStatus: exitClean},
		{why: "-fix passes a broken row through as written, and the rows after it are fixed",
			args: []string{"-fix"}, stdin: "caption,connection\n\"Loving it,paid\nhello,paid\n",
			wantOut: "caption,connection\n\"Loving it,paid\n#ad hello,paid\n",
			wantErr: "captionlint: <stdin>:2: unterminated quote: field 1 opens with a quote at column 1 that is never closed; the row is skipped and the lines after it are read as rows\n" +
				"captionlint: 1 post, 1 compliant, 1 bad line; no findings\n",
			wantStatus: exitUsage},
		{why: "-fix writes CSV back with the caption column fixed and the other columns kept",
			args: []string{"-fix"}, stdin: "id,caption,brand\n7,\"Love it, H&M\",H&M\n",
			wantOut: "id,caption,brand\n7,\"#ad Love it, H&M\",H&M\n", wantErr: "captionlint: 1 post, 1 compliant; no findings\n", wantStatus: exitClean},
		{why: "a header naming a column twice is bad",
			args: []string{"testdata/twice.csv"}, wantStatus: exitUsage,
			wantErr: "captionlint: testdata/twice.csv:1: the header names the \"caption\" column twice\ncaptionlint: 0 posts, 0 compliant, 1 bad line; no findings\n"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			out, errOut, status := runWith(row.args, row.stdin)
			assert.Equal(t, row.wantStatus, status, "stderr: %s", errOut)
			assert.Equal(t, row.wantOut, out)
			assert.Equal(t, row.wantErr, errOut)
		})
	}
}

func TestLooksLikeCSVHeader(t *testing.T) {
	rows := []struct {
		why  string
		in   string
		want bool
	}{
		{"a header with caption and a known column", "caption,platform\nx,y\n", true},
		{"case and spaces in names do not matter", " Platform , CAPTION\n", true},
		{"a caption column alone could be a plain caption", "caption\n#ad\n", false},
		{"a plain caption with commas", "Loving it, truly, #ad\n", false},
		{"a JSON line", "{\"caption\": \"a,b\", \"brand\": \"c\"}\n", false},
		{"a ';' header", "caption;platform\n", true},
		{"a tab-separated header", "brand\tCaption\r\n", true},
		{"a caption that happens to hold a ';'", "Loving it; truly #ad\n", false},
		{"an empty input", "", false},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, looksLikeCSVHeader(bufio.NewReader(strings.NewReader(row.in))))
		})
	}
}

// TestRunConnection checks that the declared connection reaches the post
// from the flag, a JSON member and a CSV column; what Check makes of it is
// the disclosure package's business.
func TestRunConnection(t *testing.T) {
	rows := []struct {
		why   string
		args  []string
		stdin string
		want  []disclosure.Post
	}{
		{"-connection applies to plain lines", []string{"-connection", "none"}, "Sunday walk\n",
			[]disclosure.Post{{Caption: "Sunday walk", Connection: disclosure.NoConnection}}},
		{"a JSON member overrides the flag", []string{"-connection", "none"}, `{"caption": "#gifted", "connection": "gift"}` + "\n",
			[]disclosure.Post{{Caption: "#gifted", Connection: disclosure.Gift}}},
		{"a CSV column overrides the flag; an empty cell and the other flags apply",
			[]string{"-connection", "paid", "-jurisdiction", "DE"}, "caption,connection,jurisdiction\nSonntag,none,\nMontag,,UK\n",
			[]disclosure.Post{{Caption: "Sonntag", Connection: disclosure.NoConnection, Jurisdiction: disclosure.DE},
				{Caption: "Montag", Connection: disclosure.Paid, Jurisdiction: disclosure.UK}}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			out, errOut, _ := runWith(append([]string{"-json"}, row.args...), row.stdin)
			assert.NotContains(t, errOut, "bad line")
			lines := strings.Split(strings.TrimSpace(out), "\n")
			require.Len(t, lines, len(row.want))
			for i, line := range lines {
				var r result
				require.NoError(t, json.Unmarshal([]byte(line), &r))
				assert.Equal(t, row.want[i], r.Post)
			}
		})
	}
}

// TestRunBeyondTheLabel: the flags and CSV columns for what a post
// promotes and shows reach the post, and a post's own values win.
func TestRunBeyondTheLabel(t *testing.T) {
	rows := []struct {
		why   string
		args  []string
		stdin string
		want  []disclosure.Post
	}{
		{"the flags apply to plain lines", []string{"-category", "alcohol", "-alteration", "generated", "-age-gated", "-platform-label", "-virtual-creator"}, "Cheers\n",
			[]disclosure.Post{{Caption: "Cheers", Category: disclosure.Alcohol, Alteration: disclosure.Generated, AgeGated: true, PlatformLabel: true, VirtualCreator: true}}},
		{"a JSON member overrides the flag", []string{"-category", "alcohol"}, `{"caption": "Run", "category": "other"}` + "\n",
			[]disclosure.Post{{Caption: "Run", Category: disclosure.OtherCategory}}},
		{"CSV columns category and alteration override the flags; empty cells take them",
			[]string{"-category", "crypto"}, "caption,category,alteration\nA,gambling,deep-fake\nB,,\n",
			[]disclosure.Post{{Caption: "A", Category: disclosure.Gambling, Alteration: disclosure.DeepFake},
				{Caption: "B", Category: disclosure.Crypto}}},
		{"-approval and -followers apply to plain lines", []string{"-approval", "FRN 123456", "-followers", "250000"}, "Stake\n",
			[]disclosure.Post{{Caption: "Stake", Approval: "FRN 123456", Followers: 250000}}},
		{"CSV columns approval and followers override the flags; empty cells take them",
			[]string{"-approval", "FRN 1", "-followers", "10"}, "caption;approval;followers\nA;FRN 2; 99999\nB;;\n",
			[]disclosure.Post{{Caption: "A", Approval: "FRN 2", Followers: 99999}, {Caption: "B", Approval: "FRN 1", Followers: 10}}},
		{"JSON members approval and followers override the flags", []string{"-approval", "FRN 1", "-followers", "10"},
			`{"caption": "C", "approval": "FRN 3", "followers": 0}` + "\n",
			[]disclosure.Post{{Caption: "C", Approval: "FRN 3"}}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			out, errOut, _ := runWith(append([]string{"-json"}, row.args...), row.stdin)
			assert.NotContains(t, errOut, "bad line")
			lines := strings.Split(strings.TrimSpace(out), "\n")
			require.Len(t, lines, len(row.want))
			for i, line := range lines {
				var r result
				require.NoError(t, json.Unmarshal([]byte(line), &r))
				assert.Equal(t, row.want[i], r.Post)
			}
		})
	}
	t.Run("a negative -followers is a usage error naming the flag", func(t *testing.T) {
		_, errOut, status := runWith([]string{"-followers", "-5"}, "x\n")
		assert.Equal(t, exitUsage, status)
		assert.Contains(t, errOut, "-followers")
	})
	t.Run("a CSV row with a bad follower count is a bad line naming followers", func(t *testing.T) {
		_, errOut, status := runWith([]string{"-json"}, "caption,followers\nA,100k\n")
		assert.Equal(t, exitUsage, status)
		assert.Contains(t, errOut, `followers "100k"`)
	})
	t.Run("a Spanish crypto campaign from 100,000 followers is told to notify the CNMV", func(t *testing.T) {
		out, _, _ := runWith([]string{"-jurisdiction", "ES", "-connection", "paid", "-followers", "100000"}, "Publicidad Compra bitcoin\n")
		assert.Contains(t, out, "info restricted-promotion: Spanish CNMV rules require a campaign for crypto-assets from an account with 100,000 followers or more")
	})
	t.Run("an unknown category is a usage error naming the flag", func(t *testing.T) {
		_, errOut, status := runWith([]string{"-category", "vapes"}, "x\n")
		assert.Equal(t, exitUsage, status)
		assert.Contains(t, errOut, "-category")
	})
}

// TestMessagesNameNoGoTypes: an agency reads these messages, not a Go
// programmer.
func TestMessagesNameNoGoTypes(t *testing.T) {
	in := strings.Join([]string{
		`{"caption": 5}`,
		`{"caption": "x", "edited": "yes"}`,
		`{"caption": "x", "transcript": {}}`,
		`{"caption": "x", "transcript": [{"start": 1, "text": 2}]}`,
		`{"caption": "x", "duration": "1"}`,
		`{"caption": "x", "format": 3}`,
		`{"caption": "x"} trailing`,
		`{"caption": `,
	}, "\n") + "\n"
	_, errOut, status := runWith(nil, in)
	assert.Equal(t, exitUsage, status)
	assert.Equal(t, 9, strings.Count(errOut, "\n"), "eight bad lines and the summary: %s", errOut)
	for _, goWord := range []string{"Go ", "struct", "disclosure.", "influencekit.", "postJSON", "int64", "[]"} {
		assert.NotContains(t, errOut, goWord)
	}
}

// TestMessyExport lints testdata/export-semicolon.csv, an export as a
// spreadsheet in a European locale writes it: a byte-order mark, ';'
// between fields, CRLF line ends, a caption over two lines, an inch mark
// in a field that is not quoted, a doubled quote, a quote left open, a
// row with a field too many and one cut short. Every row that can be read
// is linted at the line it starts on; each of the others is reported at
// its line and taken nothing from the rows after it.
func TestMessyExport(t *testing.T) {
	const bad = "captionlint: testdata/export-semicolon.csv:6: unterminated quote: field 2 opens with a quote at column 5 that is not closed on its line; the next quote, at line 7, column 5, is followed by \"thanks @glow\"; the row is skipped and line 7 is read as the next row\n" +
		"captionlint: testdata/export-semicolon.csv:8: the row has 7 fields where the header has 6 (a ';' in a field that is not quoted?): the row is skipped\n" +
		"captionlint: testdata/export-semicolon.csv:9: the row has 4 fields where the header has 6 (a missing ';', or a row cut short?): the row is skipped\n"

	out, errOut, status := runWith([]string{"testdata/export-semicolon.csv"}, "")
	assert.Equal(t, exitUsage, status)
	assert.Equal(t, "testdata/export-semicolon.csv:3:28: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n"+
		"testdata/export-semicolon.csv:7:1: error vague-disclosure: \"thanks @glowco\" does not tell followers the post is an ad under US FTC guidance: add \"#ad\" at the start\n"+
		"testdata/export-semicolon.csv:10:21: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n", out)
	assert.Equal(t, bad+"captionlint: 5 posts, 2 compliant, 3 bad lines; findings: not-upfront 2, vague-disclosure 1\n", errOut)

	out, errOut, status = runWith([]string{"-fix", "testdata/export-semicolon.csv"}, "")
	assert.Equal(t, exitUsage, status)
	want, err := os.ReadFile("testdata/export-semicolon.fixed.csv")
	require.NoError(t, err)
	assert.Equal(t, string(want), out, "the byte-order mark, ';', CRLF and the unreadable rows are kept; captions are fixed")
	assert.Equal(t, bad+"captionlint: 5 posts, 5 compliant, 3 bad lines; no findings\n", errOut)
}

// TestHelpListsEveryJurisdiction: -help names the code of every
// jurisdiction the library has a pack for, read from the library.
func TestHelpListsEveryJurisdiction(t *testing.T) {
	_, errOut, status := runWith([]string{"-help"}, "")
	assert.Equal(t, exitClean, status)
	js := disclosure.Jurisdictions()
	codes := make([]string, len(js))
	for i, j := range js {
		codes[i] = j.String()
	}
	assert.Contains(t, errOut, "jurisdiction of posts that name none ("+strings.Join(codes, ", ")+")")
}

// TestWriteResultIsTheEncodersLine: the -json line written part by part is
// byte for byte what an Encoder without HTML escaping writes for result,
// over the corpus' posts, with a file name JSON must escape.
func TestWriteResultIsTheEncodersLine(t *testing.T) {
	for i, p := range corpusPosts(t) {
		file := []string{"<stdin>", "exports/posts \"Q4\" & more.jsonl", "naïve\u2028.csv"}[i%3]
		r := disclosure.Check(p)
		var got bytes.Buffer
		l := &linter{out: bufio.NewWriter(&got)}
		require.NoError(t, l.writeResult(file, i+1, p, r))
		require.NoError(t, l.out.Flush())
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(result{File: file, Line: i + 1, Post: p, Report: r}))
		assert.Equal(t, want.String(), got.String())
	}
}
