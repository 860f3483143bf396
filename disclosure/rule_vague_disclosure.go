package disclosure

import "github.com/influencekit/influencekit"

// RuleVagueDisclosure (error): only vague labels (US: #sp, #spon,
// #collab, #thanks, "thanks @brand", #ambassador, #partner).
const RuleVagueDisclosure Rule = "vague-disclosure"

// ruleVagueDisclosure declares vague-disclosure. A finding cites the
// source of the vague label's row.
var ruleVagueDisclosure = ruleSpec{
	rule:       RuleVagueDisclosure,
	severity:   influencekit.SeverityError,
	sources:    []string{"ftc-faqs", "lg-heilbronn-2018"},
	rowClarity: Vague,
	when:       factVague,
	messages: []string{
		vagueReplace: "{label} is a vague label under {authority} guidance: replace it with {fix}",
		vagueAdd:     "{label} does not tell followers the post is an ad under {authority} guidance: add {default} at the start",
		vagueOnScreen: "{label} on screen is a vague label under {authority} guidance: show a clear label such as {default} " +
			"on screen or add it at the start of the caption",
	},
}

// vague-disclosure's messages.
const (
	vagueReplace  = iota // the label's row names a clear label
	vagueAdd             // it names none
	vagueOnScreen        // the label is shown on screen ([Post.Overlays])
)

// checkVagueDisclosure applies [RuleVagueDisclosure]: when no label of
// the caption or of an overlay is clear or ambiguous, every vague label gets a finding, fixed by the
// clear label its row names (if any) or by inserting the table's default
// label at the start. A finding rests on the label's own row's source.
// When the caption has no label at all, the first vague label on screen
// gets the one finding, with an Overlay span and no fix.
func checkVagueDisclosure(in *ruleContext, out []record) []record {
	if in.clear || in.ambiguous || in.screen.clear || in.screen.ambiguous {
		return out
	}
	if !in.vague {
		if r, ok := in.onScreenRecord(idVagueDisclosure, onScreenVague, vagueOnScreen); ok {
			out = append(out, r)
		}
		return out
	}
	for i, f := range in.found {
		if f.kind != termLabel || f.clarity != Vague {
			continue
		}
		r := record{id: idVagueDisclosure, label: int32(i), msg: vagueAdd, fixes: fixInsert}
		if f.fixable {
			r.msg, r.fixes = vagueReplace, fixReplace
		}
		out = append(out, r)
	}
	return out
}
