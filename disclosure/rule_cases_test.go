package disclosure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// ruleCase is a row of a rule's table test: a post, and the text of each
// finding of the rule under test that Check reports for it, in order (""
// for a finding about the whole caption or the transcript).
type ruleCase struct {
	why  string
	post Post
	want []string
}

// runRuleCases checks each case's findings of rule r under the default
// policy.
func runRuleCases(t *testing.T, r Rule, cases []ruleCase) {
	t.Helper()
	for _, row := range cases {
		t.Run(row.why, func(t *testing.T) {
			var got []string
			for _, f := range Check(row.post).Findings {
				if f.Rule == r {
					got = append(got, row.post.Caption[f.Start:f.End])
				}
			}
			assert.Equal(t, row.want, got)
		})
	}
}
