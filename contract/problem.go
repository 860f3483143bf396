package contract

import (
	"cmp"
	"slices"

	"github.com/influencekit/influencekit"
)

// Problem is something a reviewer would send back about a contract.
//
// Its JSON form is {"field": "payment.schedule", "rule":
// "schedule-mismatch", "severity": "error", "message": "..."}, the
// severity as its name ([influencekit.Severity.MarshalText]); it
// round-trips through encoding/json.
type Problem struct {
	// Field is the JSON path of the offending part: a section name
	// ("payment"), a member ("disclosure.wording") or an element
	// ("deliverables[0].due").
	Field string `json:"field"`
	// Rule is the stable rule name, one of the Rule* constants.
	Rule Rule `json:"rule"`
	// Severity is the rule's severity, as [Rules] lists it.
	Severity influencekit.Severity `json:"severity"`
	// Message says what is wrong with which value and what to change, in
	// plain words without JSON paths.
	Message string `json:"message"`
}

// String returns "field: severity: message [rule]".
func (p Problem) String() string {
	return p.Field + ": " + p.Severity.String() + ": " + p.Message + " [" + string(p.Rule) + "]"
}

// sortProblems orders problems by Field, then Rule, then Message. Fields
// compare with array indexes by number, so "deliverables[2]" comes before
// "deliverables[10]".
func sortProblems(ps []Problem) {
	slices.SortFunc(ps, func(a, b Problem) int {
		if c := comparePaths(a.Field, b.Field); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		return cmp.Compare(a.Message, b.Message)
	})
}

// comparePaths compares JSON paths byte by byte, except that runs of
// digits compare by numeric value.
func comparePaths(a, b string) int {
	for a != "" && b != "" {
		if isDigit(a[0]) && isDigit(b[0]) {
			na, ra := leadingDigits(a)
			nb, rb := leadingDigits(b)
			// Compare by length after dropping leading zeros, then lexically.
			ta, tb := trimZeros(na), trimZeros(nb)
			if c := cmp.Compare(len(ta), len(tb)); c != 0 {
				return c
			}
			if c := cmp.Compare(ta, tb); c != 0 {
				return c
			}
			a, b = ra, rb
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func leadingDigits(s string) (digits, rest string) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}
