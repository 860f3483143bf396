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
}

// checkAmbiguousDisclosure applies [RuleAmbiguousDisclosure]: when no
// label of the caption or of an overlay is clear, every ambiguous label gets a finding, fixed by the
// clear label its row names (if any) or by inserting the table's default
// label at the start. A finding rests on the label's own row's source.
func checkAmbiguousDisclosure(in *captionFacts, out *findingSet) {
	if in.clear || in.screen.clear {
		return
	}
	caption, t := in.post.Caption, in.table
	for _, f := range in.found {
		if f.kind != termLabel || f.clarity != Ambiguous {
			continue
		}
		text := caption[f.start:f.end]
		if fix := t.fixFor(f); fix != "" {
			out.add(idAmbiguousDisclosure, f.start, f.end,
				out.message("%q may not be understood as a disclosure under %s guidance: replace it with %q", text, t.authority, fix),
				out.replaceFix(caption, f, fix), out.insertLabelFix())
			out.cite(t.rowSource(f.row))
			continue
		}
		out.add(idAmbiguousDisclosure, f.start, f.end,
			out.message("%q may not be understood as a disclosure under %s guidance: add a clear label such as %q at the start", text, t.authority, t.defaultLabel),
			out.insertLabelFix())
		out.cite(t.rowSource(f.row))
	}
}
