package disclosure

import "github.com/influencekit/influencekit"

// RuleObfuscatedDisclosure (warning): a label is only found after
// normalizing stylized letters or invisible characters.
const RuleObfuscatedDisclosure Rule = "obfuscated-disclosure"

// ruleObfuscatedDisclosure declares obfuscated-disclosure.
var ruleObfuscatedDisclosure = ruleSpec{
	rule:     RuleObfuscatedDisclosure,
	severity: influencekit.SeverityWarning,
	when:     factAltered,
	messages: []string{"{label} is only a label after normalizing stylized or invisible characters, which screen readers and searches miss: write it as {plain}"},
}

// checkObfuscatedDisclosure applies [RuleObfuscatedDisclosure]: a label
// (a disclosure, editing or AI label) found only after normalizing stylized letters or
// invisible characters, fixed by writing it plainly.
func checkObfuscatedDisclosure(in *ruleContext, out []record) []record {
	for i, f := range in.found {
		if f.altered && (f.kind == termLabel || f.kind == termEditing || f.kind == termAI) {
			out = append(out, record{id: idObfuscatedDisclosure, label: int32(i), fixes: fixPlain})
		}
	}
	return out
}
