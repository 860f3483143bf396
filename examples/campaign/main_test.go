package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunPrintsTheReport(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, runMain(nil, &out, &errOut), errOut.String())
	report := out.String()
	assert.Contains(t, report, "Campaign: Glow Co spring launch (brand Glow Co, 4 creators)")
	// Each row proves one creator was tiered on both scales.
	for _, row := range []string{
		"@tess.hoodedeyes  instagram  4000       nano      nano",
		"@parktruth        tiktok     42000      micro     micro",
		"@erin.shoots      youtube    180000     macro     mid",
		"@maxvibes.daily   instagram  250000     macro     mid",
	} {
		assert.Contains(t, report, row)
	}
}

func TestLoadCampaignRejectsBadInput(t *testing.T) {
	tests := []struct {
		why  string
		data string
		want string
	}{
		{"a typo in a field name must not be silently ignored", `{"name":"x","creatorz":[]}`, "unknown field"},
		{"an unknown platform is an error, not UnknownPlatform", `{"creators":[{"platform":"myspace"}]}`, "unknown platform"},
		{"two documents in one file are not one campaign", `{"creators":[{}]} {}`, "trailing data"},
		{"a campaign needs creators to report on", `{"name":"empty","creators":[]}`, "no creators"},
		{"dates are calendar dates", `{"creators":[{"follower_history":[{"date":"15/02/2026"}]}]}`, "YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			_, err := loadCampaign([]byte(tt.data), campaignSource{name: "test.json"})
			require.Error(t, err)
			assert.True(t, strings.Contains(err.Error(), tt.want), "error %q should mention %q", err, tt.want)
		})
	}
}

func TestRunReadsACampaignFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
		return path
	}
	// The sample's contracts are named relative to it: copy them beside
	// the copy.
	require.NoError(t, os.CopyFS(filepath.Join(dir, "sub"), sampleFiles))
	renamed := filepath.Join(dir, "sub", "renamed.json")
	require.NoError(t, os.WriteFile(renamed, []byte(strings.Replace(string(sampleBytes(t)), `"name": "Glow Co spring launch"`, `"name": "Glow Co autumn relaunch"`, 1)), 0o644))
	rows := []struct {
		why        string
		args       []string
		wantOut    string // substring of stdout
		wantErr    string // stderr, exactly
		wantStatus int
	}{
		{why: "-f reports on the file given instead of the sample",
			args: []string{"-f", renamed}, wantOut: "Campaign: Glow Co autumn relaunch (brand Glow Co, 4 creators)", wantStatus: 0},
		{why: "a missing file says which and why",
			args:    []string{"-f", filepath.Join(dir, "nope.json")},
			wantErr: "campaign: open " + filepath.Join(dir, "nope.json") + ": no such file or directory\n", wantStatus: 1},
		{why: "malformed JSON gives the file, line and column",
			args:    []string{"-f", write("broken.json", "{\n  \"name\": \"x\",\n  \"creators\": [}\n")},
			wantErr: "campaign: " + filepath.Join(dir, "broken.json") + ":3:16: invalid character '}' looking for beginning of value\n", wantStatus: 1},
		{why: "a value of the wrong type names the member in JSON terms, not Go's",
			args:    []string{"-f", write("typed.json", "{\"name\": \"x\",\n \"creators\": [{\"followers\": \"many\"}]}")},
			wantErr: "campaign: " + filepath.Join(dir, "typed.json") + ":2:34: creators.followers is a JSON string, want a number\n", wantStatus: 1},
		{why: "a misspelt member is named",
			args:    []string{"-f", write("typo.json", `{"name": "x", "creatorz": []}`)},
			wantErr: "campaign: " + filepath.Join(dir, "typo.json") + ":1:15: unknown member \"creatorz\"\n", wantStatus: 1},
		{why: "a file cut short gives its end's line and column, not a bare \"unexpected EOF\"",
			args:    []string{"-f", write("short.json", "{\"name\": \"x\",\n \"creators\": [")},
			wantErr: "campaign: " + filepath.Join(dir, "short.json") + ":2:15: the JSON ends early; the campaign object is not closed\n", wantStatus: 1},
		{why: "a day that does not exist is pointed at in the file",
			args:    []string{"-f", write("day.json", "{\"name\": \"x\",\n \"report_date\": \"2026-02-30\", \"creators\": [{}]}")},
			wantErr: "campaign: " + filepath.Join(dir, "day.json") + ":2:17: campaign: contract: malformed date \"2026-02-30\": no such day\n", wantStatus: 1},
		{why: "a negative count is named before any section is written, not by the library half-way through",
			args:    []string{"-f", write("negative.json", `{"name": "x", "creators": [{"platform": "instagram", "followers": 10, "posts": [{"likes": -3}]}]}`)},
			wantErr: "campaign: " + filepath.Join(dir, "negative.json") + ":1:91: campaign: creators[0].posts[0].likes: a count cannot be negative, and this one is -3\n", wantStatus: 1},
		{why: "-h exits 0", args: []string{"-h"}, wantStatus: 0},
		{why: "an unknown -format is a usage error naming the formats",
			args: []string{"-format", "pdf"}, wantErr: "campaign: unknown -format \"pdf\"; want text, markdown, json or html\n", wantStatus: 2},
		{why: "-html into a directory that does not exist fails after the report is written",
			args:    []string{"-html", filepath.Join(dir, "no", "such", "dir", "r.html")},
			wantOut: "== Tiers", wantErr: "campaign: open " + filepath.Join(dir, "no", "such", "dir", "r.html") + ": no such file or directory\n", wantStatus: 1},
		{why: "a file given without -f is a usage error, not silently the sample",
			args: []string{renamed}, wantErr: "campaign: unexpected arguments; give a campaign file with -f\n", wantStatus: 2},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := runMain(row.args, &out, &errOut)
			assert.Equal(t, row.wantStatus, status, errOut.String())
			assert.Contains(t, out.String(), row.wantOut)
			if row.args[0] != "-h" {
				assert.Equal(t, row.wantErr, errOut.String())
			}
		})
	}
}

// sectionText runs one section on c and renders its blocks as the text
// report does.
func sectionText(write func(sectionWriter, Campaign) error, c Campaign) (string, error) {
	var s Section
	err := write(sectionWriter{&s}, c)
	var b strings.Builder
	b.WriteString("== " + s.Heading + "\n")
	for _, bl := range s.Blocks {
		writeTextBlock(&b, bl)
	}
	return b.String(), err
}

// sampleBytes returns the embedded sample campaign file.
func sampleBytes(t *testing.T) []byte {
	t.Helper()
	data, err := fs.ReadFile(sampleFiles, sampleName)
	require.NoError(t, err)
	return data
}
