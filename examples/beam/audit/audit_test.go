package audit

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// runAudit runs the whole pipeline on the direct runner over glob and
// returns the output folder and the malformed-lines counter.
func runAudit(t testing.TB, glob string) (dir string, malformed int64) {
	return runAuditSharded(t, glob, 1)
}

func runAuditSharded(t testing.TB, glob string, shards int) (dir string, malformed int64) {
	t.Helper()
	dir = t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	Write(s, dir, Audit(s, glob, 10), shards)
	res, err := direct.Execute(context.Background(), p)
	require.NoError(t, err)
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "influencekit.audit" && c.Name() == "malformed_lines" {
			malformed += c.Result()
		}
	}
	return dir, malformed
}

// readLines returns the lines of one output file; the file must exist.
func readLines(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err, "every output is written, even when empty")
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.NoError(t, sc.Err())
	return lines
}

func readAggregates(t testing.TB, path string) map[string]Aggregate {
	t.Helper()
	out := map[string]Aggregate{}
	for _, line := range readLines(t, path) {
		var a Aggregate
		require.NoError(t, json.Unmarshal([]byte(line), &a), line)
		_, dup := out[a.Key]
		require.False(t, dup, "key %q aggregated twice", a.Key)
		out[a.Key] = a
	}
	return out
}

// loopAggregates is the reference: a plain Go loop over the sample that
// checks each post with disclosure.Check and counts by hand, sharing no
// code with the pipeline but the library.
func loopAggregates(t testing.TB, posts []SamplePost) (byCreator, byBrand, byJurisdiction map[string]Aggregate) {
	t.Helper()
	byCreator, byBrand, byJurisdiction = map[string]Aggregate{}, map[string]Aggregate{}, map[string]Aggregate{}
	add := func(m map[string]Aggregate, dim, key string, r disclosure.Report) {
		a, ok := m[key]
		if !ok {
			a = Aggregate{Dimension: dim, Key: key, FindingsPerRule: map[string]int64{}, PostsPerCategory: map[string]int64{}}
		}
		a.Posts++
		a.PostsPerCategory[r.Category.String()]++
		if r.Compliant() {
			a.Compliant++
		}
		for _, f := range r.Findings {
			a.FindingsPerRule[string(f.Rule)]++
			if f.Severity == influencekit.SeverityError {
				a.Errors++
			}
		}
		a.ShareCompliant = float64(a.Compliant) / float64(a.Posts)
		m[key] = a
	}
	for _, sp := range posts {
		p := samplePostOf(t, sp)
		r := disclosure.Check(p)
		add(byCreator, ByCreator, sp.Creator, r)
		add(byBrand, ByBrand, sp.Brand, r)
		add(byJurisdiction, ByJurisdiction, p.Jurisdiction.String(), r)
	}
	return byCreator, byBrand, byJurisdiction
}

// samplePostOf is the reference's reading of a generated post, field by
// field, sharing no code with Record.
func samplePostOf(t testing.TB, sp SamplePost) disclosure.Post {
	t.Helper()
	platform, err := influencekit.ParsePlatform(sp.Platform)
	require.NoError(t, err)
	format, err := influencekit.ParseFormat(sp.Format)
	require.NoError(t, err)
	j, err := disclosure.ParseJurisdiction(sp.Jurisdiction)
	require.NoError(t, err)
	c, err := disclosure.ParseConnection(sp.Connection)
	require.NoError(t, err)
	alteration, err := disclosure.ParseAlteration(sp.Alteration)
	require.NoError(t, err)
	var category disclosure.Category
	if sp.Category != "" {
		category, err = disclosure.ParseCategory(sp.Category)
		require.NoError(t, err)
	}
	return disclosure.Post{Caption: sp.Caption, Platform: platform, Format: format, Brand: sp.Brand, Jurisdiction: j, Connection: c,
		Alteration: alteration, VirtualCreator: sp.VirtualCreator, Category: category, AgeGated: sp.AgeGated,
		Approval: sp.Approval, Followers: sp.Followers, PlatformLabel: sp.PlatformLabel, Duration: time.Duration(sp.Duration * float64(time.Second)), Overlays: sp.Overlays}
}

func writeSampleFiles(t testing.TB, dir string, posts []SamplePost) {
	t.Helper()
	half := len(posts) / 2
	f, err := os.Create(filepath.Join(dir, "posts-a.jsonl"))
	require.NoError(t, err)
	require.NoError(t, WriteJSONLines(f, posts[:half]))
	require.NoError(t, f.Close())
	f, err = os.Create(filepath.Join(dir, "posts-b.csv"))
	require.NoError(t, err)
	require.NoError(t, WriteCSV(f, posts[half:]))
	require.NoError(t, f.Close())
}

// TestPipelineAgreesWithPlainLoop is the audit's promise: on 10,000 posts,
// half in JSON lines and half in CSV, the pipeline's per-creator, per-brand
// and per-jurisdiction aggregates, its ranking and its per-post results are
// what a plain loop over the same posts computes.
func TestPipelineAgreesWithPlainLoop(t *testing.T) {
	posts := Sample(10_000, 7)
	in := t.TempDir()
	writeSampleFiles(t, in, posts)

	out, malformed := runAudit(t, filepath.Join(in, "posts-*"))
	assert.Zero(t, malformed)
	assert.Empty(t, readLines(t, filepath.Join(out, DeadLettersFile)))

	wantCreator, wantBrand, wantJurisdiction := loopAggregates(t, posts)
	assert.Equal(t, wantCreator, readAggregates(t, filepath.Join(out, ByCreatorFile)))
	assert.Equal(t, wantBrand, readAggregates(t, filepath.Join(out, ByBrandFile)))
	assert.Equal(t, wantJurisdiction, readAggregates(t, filepath.Join(out, ByJurisdictionFile)))
	assert.Greater(t, len(wantJurisdiction), 3, "the sample spans several jurisdictions")

	ranked := slices.Collect(func(yield func(Aggregate) bool) {
		for _, a := range wantCreator {
			if !yield(a) {
				return
			}
		}
	})
	slices.SortFunc(ranked, MoreErrors)
	var gotTop []Aggregate
	for _, line := range readLines(t, filepath.Join(out, TopCreatorsFile)) {
		var a Aggregate
		require.NoError(t, json.Unmarshal([]byte(line), &a))
		gotTop = append(gotTop, a)
	}
	assert.Equal(t, ranked[:10], gotTop, "the ten creators with the most errors, in order")

	results := readLines(t, filepath.Join(out, ResultsFile))
	require.Len(t, results, len(posts))
	var ids []string
	for _, line := range results {
		var r struct {
			ID        string          `json:"id"`
			File      string          `json:"file"`
			Line      int64           `json:"line"`
			Compliant bool            `json:"compliant"`
			Tier      string          `json:"tier"`
			ERR       *float64        `json:"err"`
			Report    json.RawMessage `json:"report"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		assert.NotEmpty(t, r.Tier, "every sample post gives its followers")
		assert.NotNil(t, r.ERR, "every sample post gives its reach")
		assert.Positive(t, r.Line)
		assert.NotEmpty(t, r.Report)
		ids = append(ids, r.ID)
	}
	sort.Strings(ids)
	assert.Len(t, slices.Compact(ids), len(posts), "every post once")
}

// TestMalformedLinesReachDeadLetters: each kind of bad line is counted and
// written with its file and line, and the good lines around it are checked.
func TestMalformedLinesReachDeadLetters(t *testing.T) {
	in := t.TempDir()
	jsonl := strings.Join([]string{
		`{"id":"ok1","caption":"#ad new serum","creator":"@a"}`,
		`this is not JSON`, // line 2
		`{"id":"bad-platform","caption":"x","platform":"myspace"}`, // line 3
		``,                                   // blank lines are skipped, not dead
		`{"id":"no-caption","creator":"@a"}`, // line 5
		`{"id":"bad-count","caption":"x","followers":"many"}`, // line 6
		`{"id":"negative","caption":"x","reach":-3}`,          // line 7
		`[1,2,3]`, // line 8
		`{"id":"ok2","caption":"Werbung: neues Serum","jurisdiction":"DE"}`,
	}, "\n")
	require.NoError(t, os.WriteFile(filepath.Join(in, "a.jsonl"), []byte(jsonl), 0o644))
	csvText := "caption,creator,platform\n" +
		"\"#ad hello\",@b,instagram\n" +
		"only two,fields\n" + // line 3: field count
		"\"#ad fine\",@b,tiktok\n" +
		"\"#ad\",@b,friendster\n" // line 5: bad platform
	require.NoError(t, os.WriteFile(filepath.Join(in, "b.csv"), []byte(csvText), 0o644))

	out, malformed := runAudit(t, filepath.Join(in, "*"))

	type where struct {
		File string
		Line int64
	}
	var got []where
	for _, line := range readLines(t, filepath.Join(out, DeadLettersFile)) {
		var d DeadLetter
		require.NoError(t, json.Unmarshal([]byte(line), &d))
		assert.NotEmpty(t, d.Error, line)
		got = append(got, where{filepath.Base(d.File), d.Line})
	}
	sort.Slice(got, func(i, j int) bool {
		return got[i].File < got[j].File || got[i].File == got[j].File && got[i].Line < got[j].Line
	})
	assert.Equal(t, []where{
		{"a.jsonl", 2}, {"a.jsonl", 3}, {"a.jsonl", 5}, {"a.jsonl", 6}, {"a.jsonl", 7}, {"a.jsonl", 8},
		{"b.csv", 3}, {"b.csv", 5},
	}, got)
	assert.EqualValues(t, 8, malformed, "the counter counts every dead letter")
	assert.Len(t, readLines(t, filepath.Join(out, ResultsFile)), 4, "the good lines are still checked")
}

// TestEmptyInput: no file, or only empty files, gives every output file,
// each empty.
func TestEmptyInput(t *testing.T) {
	for _, tt := range []struct {
		why   string
		files map[string]string
	}{
		{"a glob that matches nothing", nil},
		{"an empty file and a CSV file with only its header", map[string]string{"x.jsonl": "", "y.csv": "caption,brand\n"}},
	} {
		t.Run(tt.why, func(t *testing.T) {
			in := t.TempDir()
			for name, text := range tt.files {
				require.NoError(t, os.WriteFile(filepath.Join(in, name), []byte(text), 0o644))
			}
			out, malformed := runAudit(t, filepath.Join(in, "*"))
			assert.Zero(t, malformed)
			for _, name := range []string{ResultsFile, ByCreatorFile, ByBrandFile, ByJurisdictionFile, TopCreatorsFile, DeadLettersFile} {
				assert.Empty(t, readLines(t, filepath.Join(out, name)), name)
			}
		})
	}
}

// TestShardedResults: with shards, the per-post results are spread over
// shard files that together hold every post once.
func TestShardedResults(t *testing.T) {
	posts := Sample(2_000, 3)
	in := t.TempDir()
	writeSampleFiles(t, in, posts)
	out, _ := runAuditSharded(t, filepath.Join(in, "posts-*"), 4)

	var lines []string
	for i := range 4 {
		shard := readLines(t, ShardPath(filepath.Join(out, ResultsFile), i, 4))
		assert.NotEmpty(t, shard, "2,000 posts reach every one of 4 shards")
		lines = append(lines, shard...)
	}
	assert.Len(t, lines, len(posts))
	_, err := os.Stat(filepath.Join(out, ResultsFile))
	assert.True(t, os.IsNotExist(err), "no unsharded results file beside the shards")
	assert.Len(t, readAggregates(t, filepath.Join(out, ByJurisdictionFile)), 6, "the other outputs are single files (US, UK, DE, FR, IT, ES)")
}

func TestShardPath(t *testing.T) {
	assert.Equal(t, "out/results-00003-of-00016.jsonl", ShardPath("out/results.jsonl", 3, 16))
	assert.Equal(t, "gs://b.x/out/results-00000-of-00002", ShardPath("gs://b.x/out/results", 0, 2), "a dot in a folder name is no extension")
}
