package contract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
)

// TestEveryRuleHasARow reads rule.go and checks that every Rule constant
// has exactly one row in the table, with a name, and that the table names
// no rule twice: a rule without a row would have no severity.
func TestEveryRuleHasARow(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "rule.go", nil, 0)
	require.NoError(t, err)
	var consts []Rule
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != gotoken.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Rule" {
				continue
			}
			lit := vs.Values[0].(*ast.BasicLit)
			name, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			consts = append(consts, Rule(name))
		}
	}
	require.NotEmpty(t, consts)
	rows := map[Rule]int{}
	for _, info := range Rules() {
		assert.NotEmpty(t, info.Rule, "a row without a name")
		rows[info.Rule]++
	}
	for _, r := range consts {
		assert.Equal(t, 1, rows[r], "rule %s: rows in the table", r)
	}
	assert.Len(t, Rules(), len(consts), "every row is a Rule constant")
}

// TestRuleSeverities pins the severities API.md fixes ("contract",
// "Contract severities"), so a change to the table is a change to the
// documented surface.
func TestRuleSeverities(t *testing.T) {
	want := map[Rule]influencekit.Severity{
		RuleMissingClause:          influencekit.SeverityError,
		RuleVagueBrief:             influencekit.SeverityError,
		RuleScheduleMismatch:       influencekit.SeverityError,
		RuleCurrencyMismatch:       influencekit.SeverityError,
		RuleDueOutsideTerm:         influencekit.SeverityError,
		RuleDisclosureNotRequired:  influencekit.SeverityError,
		RuleVagueDisclosureWording: influencekit.SeverityError,
		RulePerpetualUsage:         influencekit.SeverityWarning,
		RuleOpenPoint:              influencekit.SeverityWarning,
		RuleOneSidedTermination:    influencekit.SeverityWarning,
		RuleUnstatedTerm:           influencekit.SeverityInfo,
	}
	for r, sev := range want {
		got, ok := r.Severity()
		require.True(t, ok, "rule %s has a row", r)
		assert.Equal(t, sev, got, "rule %s", r)
	}
	_, ok := Rule("overdue-payment").Severity()
	assert.False(t, ok, "a name that is no rule has no severity")
}

// TestRuleSourcesAreKeys checks that each rule's source is a key of
// SOURCES.md.
func TestRuleSourcesAreKeys(t *testing.T) {
	data, err := os.ReadFile("../SOURCES.md")
	require.NoError(t, err)
	for _, info := range Rules() {
		if info.Source == "" {
			continue
		}
		assert.True(t, strings.Contains(string(data), "| `"+info.Source+"` |"), "rule %s cites %q, which is not a SOURCES.md key", info.Rule, info.Source)
	}
	for _, law := range minorLaws {
		assert.True(t, strings.Contains(string(data), "| `"+law.source+"` |"), "%s cites %q, which is not a SOURCES.md key", law.place, law.source)
	}
}

// TestRulesIsACopy checks that a caller cannot change the table.
func TestRulesIsACopy(t *testing.T) {
	rs := Rules()
	rs[0].Severity = influencekit.SeverityInfo
	assert.Equal(t, influencekit.SeverityError, Rules()[0].Severity)
}
