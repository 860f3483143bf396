package disclosure_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure"
)

// fixCase is a post Autofix is tried on, with the checker that fixes it
// and where it comes from.
type fixCase struct {
	where   string
	post    disclosure.Post
	checker *disclosure.Checker
}

// fixCases returns every caption of the annotated case files and of
// captionRows: the captions whose fixes the properties below must hold
// for.
func fixCases(t *testing.T) []fixCase {
	paths, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	def, err := disclosure.NewChecker(disclosure.Options{})
	require.NoError(t, err)
	var cases []fixCase
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		blocks, failures := readCaseFile(path, data)
		require.Empty(t, failures)
		for _, b := range blocks {
			c := b.checker
			if c == nil {
				c = def
			}
			cases = append(cases, fixCase{where: path + ": " + b.title, post: b.post, checker: c})
		}
	}
	for _, row := range captionRows() {
		cases = append(cases, fixCase{where: "captionRows: " + row.why, post: row.post, checker: def})
	}
	for _, p := range adversarialFixPosts() {
		cases = append(cases, fixCase{where: "adversarial", post: p, checker: def})
	}
	return cases
}

// adversarialFixPosts are captions whose fixes once deleted a brand's
// name, rewrote an address or moved a denied label to the front, in
// every built-in jurisdiction.
func adversarialFixPosts() []disclosure.Post {
	captions := []string{
		"Sponsored by Glow Co. Loving this serum",
		"Loving this serum. Sponsored by Glow Co",
		"Paid partnership with Glow Co: new serum",
		"New serum, sponsored by @glowco #spon",
		"Love it #ad? nope, bought it",
		"Love it\nSponsored? Never.",
		"Love it, not #ad",
		"Love it. never #sponsored",
		"Love it, this is not #sponsored",
		"Questions: sponsored@glow.co #spon",
		"ad@glow.co #sponsored",
		"Shop: https://glow.co/ad #ad",
		"Ad:www.glow.co/serum",
	}
	var posts []disclosure.Post
	for _, j := range disclosure.Jurisdictions() {
		for _, c := range captions {
			posts = append(posts, disclosure.Post{Caption: c, Jurisdiction: j, Brand: "Glow Co"})
		}
	}
	return posts
}

// textWord is a word of a caption: a run of letters, digits, marks,
// underscores and invisible format characters (a zero-width space or a
// soft hyphen inside a word leaves it one word), with its byte offsets.
type textWord struct {
	text       string
	start, end int
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' || unicode.Is(unicode.Cf, r)
}

// textWords splits s into its words.
func textWords(s string) []textWord {
	var words []textWord
	start := -1
	for i, r := range s {
		switch {
		case isWordRune(r) && start < 0:
			start = i
		case !isWordRune(r) && start >= 0:
			words = append(words, textWord{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, textWord{s[start:], start, len(s)})
	}
	return words
}

// ownedSpans are the labels of r that a fix may remove or replace: tags
// of one word ("#spon", "Ad:", "[ad]", "Sponsored"). A label of several
// words ("Sponsored by Glow Co", "paid partnership with @glowco") is a
// statement whose words, a brand's name among them, a fix keeps.
func ownedSpans(r disclosure.Report) [][2]int {
	var spans [][2]int
	for _, l := range r.Disclosures {
		if len(textWords(l.Text)) == 1 {
			spans = append(spans, [2]int{l.Start, l.End})
		}
	}
	return spans
}

// keptWords returns the words of caption outside the owned spans (a word
// overlapping one, "#Ad\u200b" around the label "#Ad", is the label's).
func keptWords(caption string, owned [][2]int) []string {
	var kept []string
	for _, w := range textWords(caption) {
		inLabel := false
		for _, s := range owned {
			if w.start < s[1] && s[0] < w.end {
				inLabel = true
			}
		}
		if !inLabel {
			kept = append(kept, visible(w.text))
		}
	}
	return kept
}

// isSubsequence reports whether every string of want appears in got, in
// order, and returns the first one that does not.
func isSubsequence(want, got []string) (missing string, ok bool) {
	i := 0
	for _, w := range want {
		for i < len(got) && got[i] != w {
			i++
		}
		if i == len(got) {
			return w, false
		}
		i++
	}
	return "", true
}

// emailPattern and linkPattern match e-mail addresses and links as a
// caption writes them (a link starts a word: "#adwww.x.co" is a hashtag;
// it ends at a space or a control character);
// trailing punctuation is trimmed from a match, as a sentence may end
// right after one. They are written apart from Autofix's own reading, so
// that each checks the other.
var (
	emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+`)
	linkPattern  = regexp.MustCompile(`(?i)(?:^|[^A-Za-z0-9._%+-])((?:https?://|www\.)[^\s\x00-\x1f\x7f]+)`)
)

func addresses(s string) []string {
	var out []string
	add := func(m string) {
		if m = strings.TrimRight(m, ".,;:!?)]'\""); m != "" {
			out = append(out, m)
		}
	}
	for _, m := range emailPattern.FindAllString(s, -1) {
		add(m)
	}
	for _, m := range linkPattern.FindAllStringSubmatch(s, -1) {
		add(m[1])
	}
	return out
}

// TestAutofixNeverTouchesAddresses tries labels next to e-mail addresses
// and links in every arrangement, in jurisdictions whose labels are
// English words, hashtags and local words: Autofix leaves every address
// and link byte for byte, and glues nothing to it.
func TestAutofixNeverTouchesAddresses(t *testing.T) {
	labels := []string{"#ad", "#spon", "Sponsored", "Ad:", "Werbung", "#sponsored", "(ad)", "Anzeige", "#gifted", "ad", "Publicité"}
	addrs := []string{"ad@glow.co", "https://glow.co/ad", "www.glow.co/#ad", "info@werbung.de", "sponsored@glow.co", "http://ad.ly", "mail@ad.de", "x.ad@glow.co"}
	forms := []string{"%A %L", "%L%A", "%A%L", "love it %L %A", "%A, %L", "love it. %A %L", "love %A\n%L", "love it %L. %A", "love (%A) %L", "love %L %A!", "love %A.%L", "%L %A", "x %L:%A", "x %A #ad", "%L: %A"}
	for _, j := range []disclosure.Jurisdiction{disclosure.US, disclosure.UK, disclosure.DE, disclosure.FR, disclosure.IT} {
		for _, l := range labels {
			for _, a := range addrs {
				for _, f := range forms {
					p := disclosure.Post{Caption: strings.NewReplacer("%L", l, "%A", a).Replace(f), Jurisdiction: j}
					got := disclosure.Autofix(p)
					for _, addr := range addresses(p.Caption) {
						if strings.Count(got, addr) != strings.Count(p.Caption, addr) {
							t.Errorf("%s: %q became %q: the address %q changed", j, p.Caption, got, addr)
						}
						if glued(got, addr) > glued(p.Caption, addr) {
							t.Errorf("%s: %q became %q: text glued to %q", j, p.Caption, got, addr)
						}
					}
					again := p
					again.Caption = got
					assert.Equal(t, got, disclosure.Autofix(again), "%s: %q: idempotent", j, p.Caption)
				}
			}
		}
	}
}

// glued counts the occurrences of addr in s that text touches: a byte
// before it or after it that is no space or punctuation.
func glued(s, addr string) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(s[i:], addr)
		if k < 0 {
			return n
		}
		at, end := i+k, i+k+len(addr)
		if at > 0 && !strings.ContainsAny(s[at-1:at], " \n(,.:") || end < len(s) && !strings.ContainsAny(s[end:end+1], " \n),.:!;") {
			n++
		}
		i = at + 1
	}
}

// TestAutofixKeepsWhatItDoesNotOwn: for every case-file caption (and the
// adversarial ones), Autofix keeps every word that is not a one-word
// label it replaces or moves, in order (a brand's name in "Sponsored by
// Glow Co" is never deleted with the label); leaves every e-mail address
// and link byte for byte; keeps a label asked about in its question; is
// idempotent; and leaves none of the findings it fixes.
func TestAutofixKeepsWhatItDoesNotOwn(t *testing.T) {
	cases := fixCases(t)
	require.Greater(t, len(cases), 300, "the case files and captionRows hold hundreds of captions")
	for _, c := range cases {
		r := c.checker.Check(c.post)
		fixed := c.post
		fixed.Caption = c.checker.Autofix(c.post)
		words := keptWords(c.post.Caption, ownedSpans(r))
		if missing, ok := isSubsequence(words, textWords2(fixed.Caption)); !ok {
			t.Errorf("%s: %q became %q, losing %q", c.where, c.post.Caption, fixed.Caption, missing)
		}
		for _, a := range addresses(c.post.Caption) {
			assert.Equal(t, strings.Count(c.post.Caption, a), strings.Count(fixed.Caption, a), "%s: %q became %q: the address %q changed", c.where, c.post.Caption, fixed.Caption, a)
		}
		for _, l := range r.Disclosures {
			// A label asked about ("Sponsored? Never.") stays in its
			// question.
			if after := strings.TrimLeft(c.post.Caption[l.End:], " \t"); strings.HasPrefix(after, "?") {
				question := c.post.Caption[l.Start : len(c.post.Caption)-len(after)+1]
				assert.Contains(t, fixed.Caption, question, "%s: %q became %q, moving a denied label", c.where, c.post.Caption, fixed.Caption)
			}
		}
		again := fixed
		again.Caption = c.checker.Autofix(fixed)
		assert.Equal(t, fixed.Caption, again.Caption, "%s: not idempotent", c.where)
		after := c.checker.Check(fixed)
		for _, f := range r.Findings {
			if len(f.Fixes) == 0 {
				continue
			}
			for _, g := range after.Findings {
				assert.False(t, g.Rule == f.Rule, "%s: %q became %q, which still has %s: %s", c.where, c.post.Caption, fixed.Caption, g.Rule, g.Message)
			}
		}
	}
}

// textWords2 returns the texts of s's words, without their invisible
// characters.
func textWords2(s string) []string {
	var out []string
	for _, w := range textWords(s) {
		out = append(out, visible(w.text))
	}
	return out
}

// visible drops s's invisible format characters: removing a label may
// leave one that stood beside it glued to a kept word ("0#Ad\u200b").
func visible(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

// FuzzAutofix feeds Autofix any caption and brand in every jurisdiction
// and asserts: no panic; a valid UTF-8 caption stays valid UTF-8; a second
// Autofix changes nothing; and in valid UTF-8, every word outside a
// one-word label it owns is kept in order and every e-mail address and
// link is kept byte for byte.
func FuzzAutofix(f *testing.F) {
	for _, p := range adversarialFixPosts() {
		f.Add(p.Caption, p.Brand, uint8(p.Jurisdiction))
	}
	for _, row := range captionRows() {
		f.Add(row.post.Caption, row.post.Brand, uint8(row.post.Jurisdiction))
	}
	f.Fuzz(func(t *testing.T, caption, brand string, jurisdiction uint8) {
		js := disclosure.Jurisdictions()
		p := disclosure.Post{Caption: caption, Brand: brand, Jurisdiction: js[int(jurisdiction)%len(js)]}
		fixed := disclosure.Autofix(p)
		if utf8.ValidString(caption) && !utf8.ValidString(fixed) {
			t.Fatalf("%q became %q, not valid UTF-8", caption, fixed)
		}
		again := p
		again.Caption = fixed
		if twice := disclosure.Autofix(again); twice != fixed {
			t.Fatalf("%q became %q, then %q: not idempotent", caption, fixed, twice)
		}
		if strings.TrimSpace(caption) == "" || !utf8.ValidString(caption) {
			// Invalid bytes on either side of a removed label may join
			// into a rune ("\xd7#Ad\x94"): words are read in valid text.
			return
		}
		words := keptWords(caption, ownedSpans(disclosure.Check(p)))
		if missing, ok := isSubsequence(words, textWords2(fixed)); !ok {
			t.Fatalf("%q became %q, losing %q", caption, fixed, missing)
		}
		for _, a := range addresses(caption) {
			if strings.Count(fixed, a) < strings.Count(caption, a) {
				t.Fatalf("%q became %q: the address %q changed", caption, fixed, a)
			}
		}
	})
}
