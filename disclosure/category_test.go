package disclosure

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHasNumber: a registration number is one of the prefixes, in any
// case, and exactly the number of digits, standing as a word of its own.
func TestHasNumber(t *testing.T) {
	rows := []struct {
		why, text string
		want      bool
	}{
		{"an investment adviser's number", "SEBI Reg. No. INA000012345", true},
		{"a research analyst's number at the start", "INH000001234 | Priya", true},
		{"in lower case", "ina000012345", true},
		{"in brackets", "(INA000012345)", true},
		{"before a full stop", "Reg INA000012345.", true},
		{"after a colon without a space", "SEBI:INA000012345", true},
		{"eight digits", "INA00001234", false},
		{"ten digits", "INA0000123456", false},
		{"letters after the digits", "INA000012345x", false},
		{"a longer word before the prefix", "XINA000012345", false},
		{"a digit before the prefix", "1INA000012345", false},
		{"a space inside", "INA 000012345", false},
		{"another prefix", "INZ000012345", false},
		{"the prefix at the end of the text", "SEBI INA", false},
		{"no text", "", false},
		{"a second, good number after a bad one", "INA0001 then INH000001234", true},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, hasNumber(row.text, "INA|INH", 9))
		})
	}
	assert.True(t, hasNumber("AB12", "A|AB", 2), "a later prefix is tried when an earlier one is its start")
}

// numberPattern is hasNumber's reading written as a regular expression,
// for the fuzz target to compare against.
var numberPattern = regexp.MustCompile(`(?i)(?:^|[^a-z0-9])(?:INA|INH)[0-9]{9}(?:$|[^a-z0-9])`)

// FuzzHasNumber: hasNumber agrees with the regular expression on any text.
func FuzzHasNumber(f *testing.F) {
	for _, s := range []string{"INA000012345", "xINA000012345", "INA0000123456", "(inh000001234)", "INA", "ÉINA000012345", "INA00001234\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, numberPattern.MatchString(s), hasNumber(s, "INA|INH", 9), "%q", s)
	})
}
