package contract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit"
)

func TestSortProblems(t *testing.T) {
	ps := []Problem{
		{Field: "payment.schedule", Rule: RuleScheduleMismatch},
		{Field: "deliverables[10].due", Rule: RuleMissingField},
		{Field: "deliverables[2].due", Rule: RuleShortReviewWindow},
		{Field: "deliverables[2].due", Rule: RuleDueOutsideTerm},
		{Field: "brief", Rule: RuleVagueBrief},
		{Field: "deliverables", Rule: RuleMissingClause},
		{Field: "brief", Rule: RuleMissingClause, Message: "b"},
		{Field: "brief", Rule: RuleMissingClause, Message: "a"},
	}
	sortProblems(ps)
	var got []string
	for _, p := range ps {
		got = append(got, p.Field+" "+string(p.Rule)+" "+p.Message)
	}
	assert.Equal(t, []string{
		"brief missing-clause a",
		"brief missing-clause b",
		"brief vague-brief ",
		"deliverables missing-clause ",
		"deliverables[2].due due-outside-term ",
		"deliverables[2].due short-review-window ",
		"deliverables[10].due missing-field ",
		"payment.schedule schedule-mismatch ",
	}, got, "indexes compare by number: [2] before [10]")
}

func TestComparePaths(t *testing.T) {
	tests := []struct {
		why  string
		a, b string
		want int
	}{
		{"equal", "a[1].b", "a[1].b", 0},
		{"numeric index", "a[9]", "a[10]", -1},
		{"leading zeros do not change the number", "a[007]", "a[7]", 0},
		{"prefix first", "payment", "payment.total", -1},
		{"plain bytes", "term", "brief", 1},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, comparePaths(tt.a, tt.b))
			assert.Equal(t, -tt.want, comparePaths(tt.b, tt.a))
		})
	}
}

func TestProblemString(t *testing.T) {
	p := Problem{Field: "term", Rule: RuleMissingClause, Severity: influencekit.SeverityError, Message: "add a term"}
	assert.Equal(t, "term: error: add a term [missing-clause]", p.String())
}
