package disclosure_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/casefile"
)

// TestCaseRunnerNamesFileAndLine runs the runner on case files kept
// outside the live cases (testdata/caserunner), each wrong on purpose, and
// checks that every failure names the file and line a reviewer must fix
// and says what was expected and what Check gave.
func TestCaseRunnerNamesFileAndLine(t *testing.T) {
	dir := filepath.Join("testdata", "caserunner")
	at := func(file string, line int, msg string) string {
		return filepath.Join(dir, file) + ":" + itoa(line) + ": " + msg
	}
	tests := []struct {
		why  string
		file string
		want []string
	}{
		{"wants that Check does not give, findings nobody wants, a fix Autofix does not give", "wrong.txt", []string{
			at("wrong.txt", 6, "missing: want buried-disclosure at #ad (error), but Check does not give it"),
			at("wrong.txt", 4, `case "a late #ad that the reviewer wrongly calls buried": Check gives findings the case does not want`),
			`not-upfront at "#ad" (error)`,
			at("wrong.txt", 11, "missing: want compliant, but Check does not give it"),
			`vague-disclosure at "#spon" (error)`,
			at("wrong.txt", 16, `fix: want "Loving this serum", but Autofix gives "#ad Loving this serum"`),
		}},
		{"nots that Check gives, known lines that no longer hold, a reading that does not match", "alarm.txt", []string{
			at("alarm.txt", 6, "false alarm: not not-upfront at #ad, but Check gives it"),
			at("alarm.txt", 10, "known-miss not-upfront at #ad is now given by Check: change the line to want"),
			at("alarm.txt", 15, "known-alarm vague-disclosure at #ad is no longer given by Check: change the line to not"),
			at("alarm.txt", 19, `missing: want organic, but ReadAd (score 3: discount-code +3 at "MAX20") does not give it`),
			at("alarm.txt", 20, "false alarm: not signal discount-code, but ReadAd"),
			at("alarm.txt", 21, "score: want <3, but ReadAd scores 3"),
			at("alarm.txt", 22, "mix: want organic, but SponsoredMix says looks-sponsored"),
			at("alarm.txt", 27, `fix (known-miss) "#ad Loving this serum" is now given by Autofix: change the line to fix:`),
		}},
		{"lines the runner cannot read", "malformed.txt", []string{
			at("malformed.txt", 1, `"stray text" comes before the first case`),
			at("malformed.txt", 4, `unknown case line "expect:"`),
			at("malformed.txt", 5, `want: "overdue-disclosure" is not a rule of disclosure.Check`),
			at("malformed.txt", 6, `"Myspace" is not a platform`),
			at("malformed.txt", 7, `source "no-such-source" is not a key of SOURCES.md`),
			at("malformed.txt", 8, `score: "about three" is not a bound`),
			at("malformed.txt", 9, "want: label names no text"),
			at("malformed.txt", 11, `case "no expectation" states no expectation`),
			at("malformed.txt", 14, `case "no caption" has no caption`),
			at("malformed.txt", 19, `"#spon" does not occur 1 time(s) in the caption`),
			at("malformed.txt", 22, `\q is not an escape`),
			at("malformed.txt", 26, `the caption starting here has no closing line "---"`),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			failures, _, err := runCaseFile(filepath.Join(dir, tt.file))
			require.NoError(t, err)
			text := strings.Join(failures, "\n")
			for _, want := range tt.want {
				assert.Contains(t, text, want)
			}
			for _, f := range failures {
				assert.True(t, strings.HasPrefix(f, filepath.Join(dir, tt.file)+":"), "every failure names its file and line: %s", f)
			}
		})
	}
	_, _, err := runCaseFile(filepath.Join(dir, "absent.txt"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestCaseCaptionsAreVerbatim checks that a caption block keeps what a
// reviewer pastes: several lines, a leading "#", emoji, trailing spaces,
// a line that looks like a case line, and an escape only where asked for.
func TestCaseCaptionsAreVerbatim(t *testing.T) {
	file := "=== verbatim\ncaption:\n#ad ✨ Loving this serum  \nwant: compliant\n=== not a new case\n---\nwant: compliant\n\n" +
		"=== escaped\ncaption (escaped): #a\\u200bd new\\\\old\nwant: compliant\n\n" +
		"=== one line with trailing spaces\ncaption: #ad new  \nwant: compliant\n"
	blocks, failures := readCaseFile("inline.txt", []byte(file))
	require.Empty(t, failures)
	require.Len(t, blocks, 3)
	assert.Equal(t, "#ad ✨ Loving this serum  \nwant: compliant\n=== not a new case", blocks[0].post.Caption)
	assert.Equal(t, "#a\u200bd new\\old", blocks[1].post.Caption)
	assert.Equal(t, "#ad new  ", blocks[2].post.Caption)
}

// TestCaseTimes reads the transcript times a reviewer writes.
func TestCaseTimes(t *testing.T) {
	for in, want := range map[string]string{"0:05": "5s", "0:30.1": "30.1s", "1:02:03": "1h2m3s", "15:00": "15m0s"} {
		d, err := parseCaseTime(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, d.String(), in)
	}
	for _, bad := range []string{"5", "a:b", "1.5:00", "-1:00", "1:2:3:4"} {
		_, err := parseCaseTime(bad)
		assert.Error(t, err, bad)
	}
}

// TestPackageDocCaseExampleRuns runs the case example of the package doc,
// so that what a reviewer copies from it works.
func TestPackageDocCaseExampleRuns(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	lines := casefile.DocExample(string(doc), "# A case file: lines starting with # are comments.")
	require.NotEmpty(t, lines, "the package doc has a case example")
	path := filepath.Join(t.TempDir(), "example.txt")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644))
	failures, tally, err := runCaseFile(path)
	require.NoError(t, err)
	assert.Empty(t, failures)
	assert.Equal(t, 3, tally.Blocks)
}

// TestCaseExpectations reads the expectation lines a reviewer writes.
func TestCaseExpectations(t *testing.T) {
	tests := []struct {
		why, line                                    string
		what, at, severity, clarity, connection, sig string
		nth                                          int
	}{
		{"a rule, its text and severity", "not-upfront at #ad (error)", "rule", "#ad", "error", "", "", "", 1},
		{"a later occurrence, before the severity", "vague-disclosure at #spon (2nd) (error)", "rule", "#spon", "error", "", "", "", 2},
		{"brackets that are part of the text", "not-upfront at (sponsored)", "rule", "(sponsored)", "", "", "", "", 1},
		{"a label of several words", "label Sponsored by @glowco clear paid", "label", "Sponsored by @glowco", "", "clear", "paid", "", 1},
		{"a label whose text ends in a connection word", "label I was paid clear paid", "label", "I was paid", "", "clear", "paid", "", 1},
		{"a label with a clarity only", "label #gifted ambiguous", "label", "#gifted", "", "ambiguous", "", "", 1},
		{"a label with an escape", `label Publicite\u0301 clear`, "label", "Publicite\u0301", "", "clear", "", "", 1},
		{"a signal with its weight", "signal discount-code at GLOW20 (+3)", "signal", "GLOW20", "", "", "", "discount-code", 1},
		{"compliant", "compliant", "compliant", "", "", "", "", "", 1},
		{"a category and the word that showed it", "category alcohol at spritz", "category", "spritz", "", "", "", "", 1},
		{"a category wherever it was read", "category crypto", "category", "", "", "", "", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			e, err := parseCaseExpect(7, "want", tt.line)
			require.NoError(t, err)
			assert.Equal(t, tt.what, e.what)
			assert.Equal(t, tt.at, e.at)
			assert.Equal(t, tt.severity, e.severity)
			assert.Equal(t, tt.clarity, e.clarity)
			assert.Equal(t, tt.connection, e.connection)
			assert.Equal(t, tt.nth, e.nth)
			if tt.sig != "" {
				assert.Equal(t, tt.sig, e.signal.String())
			}
		})
	}
	for _, bad := range []string{"", "label", "signal coupon at X", "signal label (error)", "missing-disclosure (+3)", "no-such-rule at #ad",
		"category booze at gin", "category alcohol at gin (error)"} {
		_, err := parseCaseExpect(7, "want", bad)
		assert.Error(t, err, "%q", bad)
	}
}

// FuzzReadCaseFile: the case reader and runner never panic, whatever a
// reviewer types; every failure still names a line.
func FuzzReadCaseFile(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "caserunner", "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte("=== x\ncaption (escaped): \\u12\nwant: label (2nd)\nscore: >=\ntranscript: 0:0x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		blocks, failures := readCaseFile("fuzz.txt", data)
		for _, b := range blocks {
			f, _ := b.Run("fuzz.txt")
			failures = append(failures, f...)
		}
		for _, msg := range failures {
			assert.True(t, strings.HasPrefix(msg, "fuzz.txt:"), msg)
		}
	})
}

// TestCasesCoverEveryRuleAndJurisdiction: the live cases want every rule
// Check can give from a case file, and every jurisdiction has cases.
// jurisdiction-fallback needs a Jurisdiction value outside the declared
// ones, which a case file cannot name; TestCheckJurisdictions covers it.
func TestCasesCoverEveryRuleAndJurisdiction(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	require.NoError(t, err)
	wanted := map[disclosure.Rule]bool{}
	places := map[disclosure.Jurisdiction]bool{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		blocks, failures := readCaseFile(path, data)
		require.Empty(t, failures)
		for _, b := range blocks {
			places[b.post.Jurisdiction] = true
			for _, e := range b.expect {
				if e.kind == "want" && e.what == "rule" {
					wanted[e.rule] = true
				}
			}
		}
	}
	for _, ri := range disclosure.Rules() {
		if ri.Rule != disclosure.RuleJurisdictionFallback {
			assert.True(t, wanted[ri.Rule], "no case wants %s", ri.Rule)
		}
	}
	for _, j := range disclosure.Jurisdictions() {
		assert.True(t, places[j], "no case for %s", j)
	}
}
