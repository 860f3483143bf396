package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
		{why: "-jurisdiction applies another jurisdiction's tables to plain captions (issue 12: #ad is vague in Germany)",
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
		{why: "a negative segment start is bad input", stdin: "{\"caption\": \"#ad\", \"transcript\": [{\"start\": -1, \"text\": \"hi\"}]}\n", wantStatus: exitUsage, wantErr: "transcript[0].start of -1 seconds"},
		{why: "an absurd duration is bad input", stdin: "{\"caption\": \"#ad\", \"duration\": 1e300}\n", wantStatus: exitUsage, wantErr: "duration of 1e+300 seconds"},
		{why: "an unknown flag is bad usage", args: []string{"-colour"}, wantStatus: exitUsage, wantErr: "flag provided but not defined"},
		{why: "an unknown platform is bad usage", args: []string{"-platform", "myspace"}, wantStatus: exitUsage, wantErr: "unknown platform"},
		{why: "an unknown jurisdiction is bad usage", args: []string{"-jurisdiction", "XX"}, wantStatus: exitUsage, wantErr: "unknown jurisdiction"},
		{why: "-json and -fix together are bad usage", args: []string{"-json", "-fix"}, wantStatus: exitUsage, wantErr: "cannot be combined"},
		{why: "a missing file is bad input", args: []string{"testdata/nope.txt"}, wantStatus: exitUsage, wantErr: "no such file"},
		{why: "malformed JSON is bad input", stdin: "{\"caption\": \n", wantStatus: exitUsage, wantErr: "<stdin>:1: bad input"},
		{why: "an unknown JSON field is bad input", stdin: "{\"caption\": \"#ad\", \"colour\": \"red\"}\n", wantStatus: exitUsage, wantErr: "unknown field"},
		{why: "a JSON line without a caption is bad input", stdin: "{\"brand\": \"Glow Co\"}\n", wantStatus: exitUsage, wantErr: "no \"caption\""},
		{why: "an unknown platform in JSON is bad input", stdin: "{\"caption\": \"#ad\", \"platform\": \"myspace\"}\n", wantStatus: exitUsage, wantErr: "unknown platform"},
		{why: "a last line without a newline is read", stdin: "#ad ok\nno label", wantOut: "<stdin>:2:1: error missing-disclosure: no disclosure label: add a clear label such as \"#ad\" at the start of the caption\n", wantStatus: exitFindings},
		{why: "CRLF line ends are not part of the caption", stdin: "Loving it #ad\r\n", wantOut: "<stdin>:1:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n", wantStatus: exitFindings},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(row.args, strings.NewReader(row.stdin), &out, &errOut)
			assert.Equal(t, row.wantStatus, status, "stderr: %s", errOut.String())
			assert.Equal(t, row.wantOut, out.String())
			if row.wantErr != "" {
				assert.Contains(t, errOut.String(), row.wantErr)
			} else {
				assert.Empty(t, errOut.String())
			}
		})
	}
}

func TestRunJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	status := run([]string{"-json", "-platform", "instagram"}, strings.NewReader("Loving this serum #ad\n#ad fine\n"), &out, &errOut)
	require.Empty(t, errOut.String())
	assert.Equal(t, exitFindings, status)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 2, "one object per caption")
	var first, second jsonReport
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &second))
	assert.Equal(t, "<stdin>", first.File)
	assert.Equal(t, 1, first.Line)
	assert.False(t, first.Compliant)
	require.Len(t, first.Findings, 1)
	f := first.Findings[0]
	assert.Equal(t, "not-upfront", string(f.Rule))
	assert.Equal(t, "error", f.Severity.String())
	assert.Equal(t, "#ad", first.Caption[f.Start:f.End])
	require.NotEmpty(t, f.Fixes)
	assert.Equal(t, "Move \"#ad\" to the start", f.Fixes[0].Message)
	assert.Equal(t, []jsonLabel{{Start: 18, End: 21, Text: "#ad", Clarity: 1, Connection: 1}}, first.Disclosures)
	assert.True(t, second.Compliant)
	assert.Empty(t, second.Findings)
	assert.Contains(t, lines[0], `"severity":"error"`, "severities marshal as text")
	assert.Contains(t, lines[0], `"clarity":"clear"`, "clarities marshal as text")
}

func TestRunJSONTranscript(t *testing.T) {
	var out, errOut bytes.Buffer
	in := `{"caption": "#ad", "transcript": [{"start": 0, "text": "hi"}, {"start": 40.5, "text": "this video is sponsored"}]}` + "\n"
	status := run([]string{"-json"}, strings.NewReader(in), &out, &errOut)
	require.Empty(t, errOut.String())
	assert.Equal(t, exitFindings, status)
	var r jsonReport
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	require.Len(t, r.Findings, 1)
	f := r.Findings[0]
	assert.Equal(t, "missing-verbal-disclosure", string(f.Rule))
	require.NotNil(t, f.Transcript)
	assert.Equal(t, jsonTranscriptSpan{Segment: 1, Start: 0, End: 23, From: 0, To: 30}, *f.Transcript)
	assert.NotContains(t, out.String(), `"transcript":null`, "caption findings leave it out")
}
