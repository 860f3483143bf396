package audit

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

func read(t *testing.T, name, text string) ([]Record, []DeadLetter) {
	t.Helper()
	var recs []Record
	var dead []DeadLetter
	require.NoError(t, readPosts(name, strings.NewReader(text),
		func(r Record) { recs = append(recs, r) }, func(d DeadLetter) { dead = append(dead, d) }))
	return recs, dead
}

func TestReadJSONLines(t *testing.T) {
	recs, dead := read(t, "p.jsonl",
		`{"id":"1","caption":"#ad hi","platform":"TikTok","jurisdiction":"uk","connection":"paid","followers":1200,"extra":[1]}`+"\r\n"+
			`{"caption":"x","likes":null}`)
	require.Empty(t, dead)
	require.Len(t, recs, 2)
	assert.Equal(t, Record{File: "p.jsonl", Line: 1, ID: "1", Caption: "#ad hi", Platform: influencekit.TikTok,
		Jurisdiction: disclosure.UK, Connection: disclosure.Paid,
		Followers: 1200, Reach: -1, Likes: -1, Comments: -1, Saves: -1, Shares: -1}, recs[0],
		"names parse as the library parses them; unknown members are ignored; CRLF is one line end")
	assert.EqualValues(t, -1, recs[1].Likes, "null is an unknown count")
}

func TestReadCSV(t *testing.T) {
	recs, dead := read(t, "export.CSV",
		"\ufeffID,Caption,Brand,Followers,Notes\n"+
			"1,\"#ad two\nlines\",Glow Co,,hello\n"+
			"2,plain,Glow Co,15,\n")
	require.Empty(t, dead)
	require.Len(t, recs, 2)
	assert.Equal(t, "#ad two\nlines", recs[0].Caption, "a quoted field may hold a line break")
	assert.EqualValues(t, -1, recs[0].Followers, "an empty count is unknown")
	assert.EqualValues(t, 4, recs[1].Line, "the second record starts on line 4, after the two-line caption")
	assert.EqualValues(t, 15, recs[1].Followers)
}

func TestReadSniffsFormat(t *testing.T) {
	recs, dead := read(t, "posts.txt", "  \n{\"caption\":\"#ad\"}\n")
	assert.Empty(t, dead)
	assert.Len(t, recs, 1, "a name without a known extension is JSON lines when it starts with {")
	recs, dead = read(t, "posts.txt", "caption\n#ad hello\n")
	assert.Empty(t, dead)
	assert.Len(t, recs, 1, "and CSV otherwise")
}

func TestReadCSVWithoutCaptionColumn(t *testing.T) {
	recs, dead := read(t, "x.csv", "id,brand\n1,a\n")
	assert.Empty(t, recs)
	require.Len(t, dead, 1)
	assert.EqualValues(t, 1, dead[0].Line)
	assert.Contains(t, dead[0].Error, "caption")
}

func TestReadLongLine(t *testing.T) {
	long := `{"caption":"` + strings.Repeat("a", MaxLineBytes) + `"}`
	recs, dead := read(t, "x.jsonl", long+"\n"+`{"caption":"#ad after"}`+"\n")
	require.Len(t, dead, 1, "a line past MaxLineBytes is dead")
	assert.LessOrEqual(t, len(dead[0].Text), maxDeadText+len("…"))
	require.Len(t, recs, 1, "and reading goes on")
	assert.EqualValues(t, 2, recs[0].Line)
}

// TestTallyAddIsAssociativeAndCommutative: the CombineFn may add tallies in
// any grouping and order.
func TestTallyAddIsAssociativeAndCommutative(t *testing.T) {
	a := Tally{Posts: 1, Compliant: 1, FindingsPerRule: map[string]int64{}, PostsPerCategory: map[string]int64{"unknown": 1}}
	b := Tally{Posts: 2, Errors: 3, FindingsPerRule: map[string]int64{"not-upfront": 2, "missing-disclosure": 1}, PostsPerCategory: map[string]int64{"alcohol": 2}}
	c := Tally{Posts: 1, Errors: 1, FindingsPerRule: map[string]int64{"not-upfront": 1}, PostsPerCategory: map[string]int64{"alcohol": 1}}
	assert.Equal(t, a.Add(b).Add(c), a.Add(b.Add(c)))
	assert.Equal(t, a.Add(b), b.Add(a))
	assert.Equal(t, map[string]int64{"not-upfront": 2, "missing-disclosure": 1}, b.FindingsPerRule, "Add changes neither operand")
	assert.Equal(t, map[string]int64{"alcohol": 2}, b.PostsPerCategory, "Add changes neither operand's categories")
	assert.Equal(t, map[string]int64{"unknown": 1, "alcohol": 3}, a.Add(b).Add(c).PostsPerCategory)
	var zero Tally
	assert.Equal(t, b, zero.Add(b), "the zero Tally is the identity")
}

func TestCheckCountsAndEngagement(t *testing.T) {
	r := Check(Record{Caption: "Loving this serum #skincare #glow #ad", Creator: "@tess", Followers: 42_000,
		Reach: 1000, Likes: 40, Comments: 5, Saves: -1, Shares: -1})
	assert.False(t, r.Compliant)
	assert.Positive(t, r.Errors)
	assert.Contains(t, r.Rules, "buried-disclosure")
	assert.True(t, sortedStrings(r.Rules))
	assert.Contains(t, r.JSON, `"tier":"micro"`)
	assert.Contains(t, r.JSON, `"err":0.045`, "an unknown saves count adds nothing")
}

func sortedStrings(s []string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			return false
		}
	}
	return true
}

func readFile(tb testing.TB, name string, emit func(Record)) {
	tb.Helper()
	f, err := os.Open(name)
	require.NoError(tb, err)
	defer f.Close()
	require.NoError(tb, readPosts(name, f, emit, func(DeadLetter) {}))
}

// TestMergeAgreesWithAdd: the in-place merge the CombineFn uses gives
// what the pure Add gives.
func TestMergeAgreesWithAdd(t *testing.T) {
	b := Tally{Posts: 2, Errors: 3, FindingsPerRule: map[string]int64{"not-upfront": 2}, PostsPerCategory: map[string]int64{"crypto": 2}}
	c := Tally{Posts: 1, Compliant: 1, FindingsPerRule: map[string]int64{"not-upfront": 1, "below-fold": 1}, PostsPerCategory: map[string]int64{"unknown": 1}}
	want := b.Add(c)
	var zero Tally
	assert.Equal(t, want, zero.merge(b).merge(c))
}
