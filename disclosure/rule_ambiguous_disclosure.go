package disclosure

import "github.com/influencekit/influencekit"

// RuleAmbiguousDisclosure (warning): no clear label, and a label the
// jurisdiction calls risky (US: #gifted, a bare "affiliate link"; UK:
// "Sponsored"; DE: "Advertisement").
const RuleAmbiguousDisclosure Rule = "ambiguous-disclosure"

// ruleAmbiguousDisclosure declares ambiguous-disclosure. A finding cites
// the source of the ambiguous label's row.
var ruleAmbiguousDisclosure = ruleSpec{
	rule:       RuleAmbiguousDisclosure,
	severity:   influencekit.SeverityWarning,
	sources:    []string{"mathur-2018"},
	rowClarity: Ambiguous,
	when:       factAmbiguous,
	messages: []string{
		ambiguousReplace: "{label} may not be understood as a disclosure under {authority} guidance: replace it with {fix}",
		ambiguousAdd:     "{label} may not be understood as a disclosure under {authority} guidance: add a clear label such as {default} at the start",
		ambiguousOnScreen: "{label} on screen may not be understood as a disclosure under {authority} guidance: " +
			"show a clear label such as {default} on screen or add it at the start of the caption",
	},
}

// ambiguous-disclosure's messages.
const (
	ambiguousReplace  = iota // the label's row names a clear label
	ambiguousAdd             // it names none
	ambiguousOnScreen        // the label is shown on screen ([Post.Overlays])
)

// checkAmbiguousDisclosure applies [RuleAmbiguousDisclosure]: when no
// label of the caption or of an overlay is clear, every ambiguous label gets a finding, fixed by the
// clear label its row names (if any) or by inserting the table's default
// label at the start. A finding rests on the label's own row's source.
// When the caption has no ambiguous or clear label, the first ambiguous
// label on screen gets the one finding, with an Overlay span and no fix.
func checkAmbiguousDisclosure(in *ruleContext, out []record) []record {
	if in.clear || in.screen.clear {
		return out
	}
	if !in.ambiguous {
		if r, ok := in.onScreenRecord(idAmbiguousDisclosure, onScreenAmbiguous, ambiguousOnScreen); ok {
			out = append(out, r)
		}
		return out
	}
	for i, f := range in.found {
		if f.kind != termLabel || f.clarity != Ambiguous {
			continue
		}
		r := record{id: idAmbiguousDisclosure, label: int32(i), msg: ambiguousAdd, fixes: fixInsert}
		if f.fixable {
			r.msg, r.fixes = ambiguousReplace, fixReplace
		}
		out = append(out, r)
	}
	return out
}
