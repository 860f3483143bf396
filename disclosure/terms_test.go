package disclosure

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

func TestTablesCompile(t *testing.T) {
	for _, tab := range builtinTables() {
		m, err := compileTable(tab)
		require.NoError(t, err, "%s", tab.jurisdiction)
		assert.NotZero(t, m.lex.Starts())
		assert.NotEmpty(t, tab.defaultLabel)
		assert.NotEmpty(t, tab.editingLabel)
	}
	_, err := compileTable(&termTable{terms: []termRow{{pattern: "{brand} partner"}}})
	assert.ErrorIs(t, err, errBadPattern, "a pattern must start with a literal")
	_, err = compileTable(&termTable{terms: []termRow{{pattern: "#ad|"}}})
	assert.ErrorIs(t, err, errBadPattern, "an empty alternative")
	_, err = compileTable(&termTable{terms: []termRow{{pattern: "🎉"}}})
	assert.ErrorIs(t, err, errBadPattern, "an emoji is not a literal token")
}

// TestEveryTermIsFound writes each expansion of each row as a caption and
// checks that Check finds it as that row's kind and clarity: every clear,
// ambiguous and vague term, non-label, editing label and claim.
func TestEveryTermIsFound(t *testing.T) {
	c, err := NewChecker(Options{})
	require.NoError(t, err)
	for _, tab := range builtinTables() {
		m := c.tables[tab.jurisdiction]
		for i, row := range tab.terms {
			pats, err := lex.ExpandPattern(row.pattern)
			require.NoError(t, err)
			for _, elems := range pats {
				words := make([]string, len(elems))
				for k, e := range elems {
					switch e.Kind {
					case lex.ElemBrand:
						words[k] = "@glowco"
					case lex.ElemAny:
						words[k] = "serum"
					case lex.ElemName:
						words[k] = "Tess"
					case lex.ElemMoney:
						words[k] = "£50"
					default:
						words[k] = e.Text
					}
				}
				caption := strings.Join(words, " ")
				brand := lex.NewBrand("Glow Co")
				if row.position == afterPurchase {
					// Found after a purchase cue in the sentence, not alone
					// nor after a cue in an earlier sentence.
					sc := c.scanCaption(m, "shop here to "+caption, &brand, nil)
					if assert.NotEmpty(t, sc.found, "%q after a cue (row %d)", caption, i) {
						assert.Equal(t, int32(i), sc.found[0].row, "%q after a cue", caption)
						assert.Equal(t, len("shop here to "+caption), sc.found[0].end, "%q is matched whole", caption)
					}
					sc = c.scanCaption(m, caption, &brand, nil)
					assert.Empty(t, sc.found, "%q alone (row %d)", caption, i)
					sc = c.scanCaption(m, "shop here. Please "+caption, &brand, nil)
					assert.Empty(t, sc.found, "%q after the cue's sentence (row %d)", caption, i)
					continue
				}
				if row.position == creatorVoice {
					// Said by the creator mid-sentence it counts; in a
					// sentence addressed to the follower it does not.
					sc := c.scanCaption(m, "which helps me "+caption, &brand, nil)
					if assert.NotEmpty(t, sc.found, "%q in the creator's voice (row %d)", caption, i) {
						assert.Equal(t, int32(i), sc.found[0].row, "%q in the creator's voice", caption)
						assert.Equal(t, len("which helps me "+caption), sc.found[0].end, "%q is matched whole", caption)
					}
					sc = c.scanCaption(m, "You can "+caption, &brand, nil)
					assert.Empty(t, sc.found, "%q addressed to the follower (row %d)", caption, i)
					continue
				}
				sc := c.scanCaption(m, caption, &brand, nil)
				if row.kind == termNotLabel || row.kind == termCue {
					assert.Empty(t, sc.found, "%q (row %d) is no label", caption, i)
					continue
				}
				if assert.NotEmpty(t, sc.found, "%q (row %d)", caption, i) {
					f := sc.found[0]
					assert.Equal(t, row.kind, f.kind, "%q", caption)
					assert.Equal(t, row.clarity, f.clarity, "%q", caption)
					assert.Equal(t, 0, f.start, "%q starts at 0", caption)
					assert.Equal(t, len(caption), f.end, "%q is matched whole", caption)
				}
				if row.position == lineStart {
					// A word that is a label only first on a line is none
					// inside a sentence, and one again on a line of its own.
					sc := c.scanCaption(m, "my serum "+caption+" today", &brand, nil)
					assert.Empty(t, sc.found, "%q inside a sentence (row %d)", caption, i)
					for _, after := range []string{"\ntoday", " Today", " my serum", " 😀 today"} {
						sc = c.scanCaption(m, "my serum\n"+caption+after, &brand, nil)
						if assert.NotEmpty(t, sc.found, "%q first on a line, then %q (row %d)", caption, after, i) {
							assert.Equal(t, int32(i), sc.found[0].row, "%q first on a line, then %q", caption, after)
						}
					}
					// Opening an ordinary sentence, it is its subject.
					sc = c.scanCaption(m, "my serum\n"+caption+" blockers are everywhere", &brand, nil)
					assert.False(t, slices.ContainsFunc(sc.found, func(f foundLabel) bool { return f.row == int32(i) }),
						"%q opening an ordinary sentence (row %d)", caption, i)
				}
			}
		}
	}
}

// TestFoldingAgreesWithXText checks the rune-at-a-time normalization
// against golang.org/x/text's whole-string NFKC and case folding, on every
// term and on stylized text.
func TestFoldingAgreesWithXText(t *testing.T) {
	inputs := []string{"＃ＡＤ", "𝐒𝐩𝐨𝐧𝐬𝐨𝐫𝐞𝐝", "𝓟𝓪𝓲𝓭", "Ⓐⓓ", "Straße", "ΣΟΦΟΣ", "Publicité", "ＷＥＲＢＵＮＧ", "isn’t"}
	for _, tab := range builtinTables() {
		for _, row := range tab.terms {
			inputs = append(inputs, strings.ReplaceAll(row.pattern, "|", " "))
		}
	}
	fold := cases.Fold()
	for _, in := range inputs {
		want := fold.String(norm.NFKC.String(in))
		want = strings.ReplaceAll(want, "’", "'") // the tokenizer also unifies apostrophes
		var b strings.Builder
		var scratch [lex.RuneScratch]byte
		for i := 0; i < len(in); {
			fr := lex.ReadRune(in, i, &scratch)
			b.Write(scratch[:fr.Len()])
			i += fr.Size()
		}
		assert.Equal(t, want, b.String(), "%q", in)
	}
}

func TestTokenizer(t *testing.T) {
	rows := []struct {
		why, in string
		want    []string // kind:normalized or kind:original for URLs
	}{
		{why: "glued hashtags split at each #", in: "#ad#sponsored#skin", want: []string{"#:#ad", "#:#sponsored", "#:#skin"}},
		{why: "hyphens and apostrophes stay inside words", in: "ad-free don't", want: []string{"w:ad-free", "w:don't"}},
		{why: "a trailing hyphen is punctuation", in: "ad- x", want: []string{"w:ad", "p:-", "w:x"}},
		{why: "a lone # is punctuation", in: "# 1", want: []string{"p:#", "w:1"}},
		{why: "mentions keep inner dots but not a final one", in: "@glow.co.", want: []string{"@:@glow.co", "p:."}},
		{why: "URLs run to the next space", in: "see https://Glow.co/x?a=1 now", want: []string{"w:see", "u:https://Glow.co/x?a=1", "w:now"}},
		{why: "emoji are tokens of their own, ZWJ sequences skip their joiners", in: "hi💇‍♀️!", want: []string{"w:hi", "s:💇", "s:♀", "p:!"}},
		{why: "fullwidth and bold letters fold to ASCII", in: "＃ＡＤ 𝐚𝐝", want: []string{"#:#ad", "w:ad"}},
		{why: "a zero-width space inside a tag is skipped", in: "#a\u200bd", want: []string{"#:#ad"}},
		{why: "invalid bytes are symbols", in: "a\xffb", want: []string{"w:a", "s:", "w:b"}},
	}
	kinds := map[lex.Kind]string{lex.Word: "w", lex.Hashtag: "#", lex.Mention: "@", lex.URL: "u", lex.Punct: "p", lex.Symbol: "s"}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			tz := lex.NewTokenizer(row.in)
			var nb lex.Key
			var got []string
			for {
				tok, ok := tz.Next(&nb)
				if !ok {
					break
				}
				text := string(nb.Bytes())
				if tok.Kind == lex.URL {
					text = row.in[tok.Start:tok.End]
				}
				got = append(got, kinds[tok.Kind]+":"+text)
			}
			assert.Equal(t, row.want, got)
		})
	}
}

// TestInvisibleRunsStayLinear guards the tokenizer against rescanning a
// run of invisible characters once per character: with that bug this
// caption takes minutes; read once, milliseconds.
func TestInvisibleRunsStayLinear(t *testing.T) {
	zw := strings.Repeat("\u200b", 200_000)
	p := Post{Caption: "#a" + zw + "d" + zw + " #" + zw + "x " + zw}
	r := Check(p)
	require.Len(t, r.Disclosures, 1)
	assert.Equal(t, "#a"+zw+"d", r.Disclosures[0].Text, "the invisible run is seen through")
	assert.Equal(t, []Rule{RuleObfuscatedDisclosure}, []Rule{r.Findings[0].Rule})
}
