package disclosure_test

import (
	"encoding/csv"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

var corpusDetails = flag.Bool("corpus.details", false, "TestMathurCorpus: log every disagreement with the labels, with its sentences")

// mathurCorpus is where ../shared/corpora/README.md puts the Mathur et al.
// YouTube sentences, relative to this package's directory.
var mathurCorpus = filepath.Join("..", "..", "shared", "corpora", "mathur-youtube", "clusters.csv")

// mathurTypes are the hand-labelled clusters of Mathur, Narayanan and
// Chetty (CSCW 2018), as ../shared/corpora/README.md lists them.
var mathurTypes = []struct {
	name     string
	clusters []int
}{
	{"affiliate link", []int{372, 382, 383, 384, 385, 388, 389, 390}},
	{"explanation", []int{370, 377, 378, 379, 380, 381, 386, 387}},
	{"channel support", []int{363, 364, 366, 367, 368, 369}},
}

type corpusSentence struct {
	text    string
	typ     int // index into mathurTypes, -1 for an unlabelled sentence
	cluster int
}

type corpusVideo struct {
	id        string
	sentences []corpusSentence
}

// loadMathur reads the corpus into videos in file order, each with its
// sentences in file order. ok is false when the file is absent.
func loadMathur(t *testing.T) (videos []corpusVideo, ok bool) {
	t.Helper()
	f, err := os.Open(mathurCorpus)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false
	}
	require.NoError(t, err)
	defer f.Close()
	typeOf := map[int]int{}
	for i, mt := range mathurTypes {
		for _, c := range mt.clusters {
			typeOf[c] = i
		}
	}
	r := csv.NewReader(f)
	header, err := r.Read()
	require.NoError(t, err)
	require.Equal(t, []string{"id", "sentence", "ward_euclidean_cluster"}, header)
	index := map[string]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		cluster, err := strconv.Atoi(rec[2])
		require.NoError(t, err, "cluster of %q", rec[1])
		typ, labelled := typeOf[cluster]
		if !labelled {
			typ = -1
		}
		i, seen := index[rec[0]]
		if !seen {
			i = len(videos)
			index[rec[0]] = i
			videos = append(videos, corpusVideo{id: rec[0]})
		}
		videos[i].sentences = append(videos[i].sentences, corpusSentence{text: rec[1], typ: typ, cluster: cluster})
	}
	return videos, true
}

// TestMathurCorpus runs ../shared/corpora/README.md's evaluation: each
// video's sentences joined with newlines into one description, checked as
// a YouTube post; a video is detected when the report holds at least one
// label. It prints precision and recall against the video labels and the
// clarity Check gives each labelled type. It does not hold issue 6's
// targets (recall >= 0.95, precision >= 0.90), which these labels do not
// allow general rules to reach (see the comment at the floors): it holds
// regression floors just below the measured figures. Run with -v to see
// the figures and with -corpus.details to read every disagreement.
func TestMathurCorpus(t *testing.T) {
	videos, ok := loadMathur(t)
	if !ok {
		t.Skipf("corpus not found at %s: the evaluation needs ../shared/corpora beside the project (see its README.md)", mathurCorpus)
	}
	require.Len(t, videos, 2250, "README: 2,250 videos")

	var tp, fp, fn, tn int
	// clarity[type][clarity name] counts labelled sentences by the
	// clearest label Check found inside them ("none" for no label).
	clarity := make([]map[string]int, len(mathurTypes))
	for i := range clarity {
		clarity[i] = map[string]int{}
	}
	var missed, extra, graded []string
	for _, v := range videos {
		lines := make([]string, len(v.sentences))
		labelled := false
		for i, s := range v.sentences {
			lines[i] = s.text
			labelled = labelled || s.typ >= 0
		}
		desc := strings.Join(lines, "\n")
		r := disclosure.Check(disclosure.Post{Caption: desc, Platform: influencekit.YouTube})
		detected := len(r.Disclosures) > 0
		switch {
		case detected && labelled:
			tp++
		case detected:
			fp++
			var found []string
			for _, l := range r.Disclosures {
				found = append(found, l.Clarity.String()+" "+strconv.Quote(l.Text)+" in "+strconv.Quote(sentenceAt(desc, l.Start)))
			}
			extra = append(extra, v.id+": "+strings.Join(found, "; "))
		case labelled:
			fn++
			var said []string
			for _, s := range v.sentences {
				if s.typ >= 0 {
					said = append(said, mathurTypes[s.typ].name+" "+strconv.Quote(s.text))
				}
			}
			missed = append(missed, v.id+": "+strings.Join(said, "; "))
		default:
			tn++
		}
		// The clarity of each labelled sentence: the clearest label that
		// starts inside it.
		at := 0
		for _, s := range v.sentences {
			start, end := at, at+len(s.text)
			at = end + 1
			if s.typ < 0 {
				continue
			}
			best := "none"
			for _, l := range r.Disclosures {
				if l.Start >= start && l.Start < end && (best == "none" || clarityRank(l.Clarity) < clarityRank(mustParseClarity(best))) {
					best = l.Clarity.String()
				}
			}
			clarity[s.typ][best]++
			if *corpusDetails && best != "none" && (best == "clear") != (mathurTypes[s.typ].name == "explanation") {
				graded = append(graded, mathurTypes[s.typ].name+" graded "+best+": "+strconv.Quote(s.text))
			}
		}
	}
	precision := float64(tp) / float64(tp+fp)
	recall := float64(tp) / float64(tp+fn)
	t.Logf("mathur-youtube: %d videos, %d labelled disclosed; detected %d (tp %d, fp %d, fn %d, tn %d)", len(videos), tp+fn, tp+fp, tp, fp, fn, tn)
	t.Logf("precision %.3f, recall %.3f", precision, recall)
	for i, mt := range mathurTypes {
		t.Logf("clarity of %-15s sentences: %s", mt.name, countsString(clarity[i]))
	}
	if *corpusDetails {
		sort.Strings(missed)
		sort.Strings(extra)
		for _, m := range missed {
			t.Logf("labelled, not detected: %s", m)
		}
		for _, e := range extra {
			t.Logf("detected, not labelled: %s", e)
		}
		for _, g := range graded {
			t.Logf("%s", g)
		}
	}
	assert.Equal(t, 236, tp+fn, "README: 236 disclosed videos")
	// Issue 6 asks for recall >= 0.95 and precision >= 0.90 against the
	// video labels. Against these labels that cannot be reached by
	// general rules: of the 48 labelled videos missed, about 43 hold no
	// disclosure at all (cluster 372 is mostly "Click this link", cluster
	// 388 "Amazon Links:", cluster 366 "Shop at Amazon:", two are
	// denials); of the 42 unlabelled videos detected, 40 hold real ones
	// ("This video is sponsored by...", "I get a small commission if you
	// order books using my link", "Buy here & support me!"). Label words
	// used as ordinary words ("answering an advertisement for a wife") no
	// longer count, which removed 5 false detections; channel support tied
	// to a purchase ("Shop ... on Amazon to support my channel") added 6
	// true ones. These floors sit just below the measured figures
	// (precision 0.817, recall 0.797) to guard against regressions.
	assert.GreaterOrEqual(t, recall, 0.79, "regression floor; see the comment")
	assert.GreaterOrEqual(t, precision, 0.81, "regression floor; see the comment")
	// The grading the issue asks for: explanations clear, bare mentions
	// and channel support ambiguous, for most labelled sentences.
	assert.Greater(t, clarity[1]["clear"], 4*clarity[1]["ambiguous"], "explanations are clear")
	assert.Greater(t, clarity[0]["ambiguous"], 50*clarity[0]["clear"], "bare affiliate mentions are ambiguous")
	assert.Greater(t, clarity[2]["ambiguous"], 5*clarity[2]["clear"], "channel support is ambiguous")
}

// sentenceAt returns the line of desc holding byte offset i.
func sentenceAt(desc string, i int) string {
	start := strings.LastIndexByte(desc[:i], '\n') + 1
	end := strings.IndexByte(desc[i:], '\n')
	if end < 0 {
		return desc[start:]
	}
	return desc[start : i+end]
}

func clarityRank(c disclosure.Clarity) int {
	switch c {
	case disclosure.Clear:
		return 0
	case disclosure.Ambiguous:
		return 1
	case disclosure.Vague:
		return 2
	}
	return 3
}

func mustParseClarity(s string) disclosure.Clarity {
	c, err := disclosure.ParseClarity(s)
	if err != nil {
		return disclosure.UnknownClarity
	}
	return c
}

func countsString(m map[string]int) string {
	var parts []string
	for _, k := range []string{"clear", "ambiguous", "vague", "none"} {
		if m[k] > 0 {
			parts = append(parts, k+" "+strconv.Itoa(m[k]))
		}
	}
	return strings.Join(parts, ", ")
}
