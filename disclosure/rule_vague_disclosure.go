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
}

// checkVagueDisclosure applies [RuleVagueDisclosure]: when no label of
// the caption or of an overlay is clear or ambiguous, every vague label gets a finding, fixed by the
// clear label its row names (if any) or by inserting the table's default
// label at the start. A finding rests on the label's own row's source.
func checkVagueDisclosure(in *captionFacts, out *findingSet) {
	if in.clear || in.ambiguous || in.screen.clear || in.screen.ambiguous {
		return
	}
	caption, t := in.post.Caption, in.table
	for _, f := range in.found {
		if f.kind != termLabel || f.clarity != Vague {
			continue
		}
		text := caption[f.start:f.end]
		if fix := t.fixFor(f); fix != "" {
			out.add(idVagueDisclosure, f.start, f.end,
				out.message("%q is a vague label under %s guidance: replace it with %q", text, t.authority, fix),
				out.replaceFix(caption, f, fix), out.insertLabelFix())
			out.cite(t.rowSource(f.row))
			continue
		}
		out.add(idVagueDisclosure, f.start, f.end,
			out.message("%q does not tell followers the post is an ad under %s guidance: add %q at the start", text, t.authority, t.defaultLabel),
			out.insertLabelFix())
		out.cite(t.rowSource(f.row))
	}
}
