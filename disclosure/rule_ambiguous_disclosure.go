package disclosure

// checkAmbiguousDisclosure applies [RuleAmbiguousDisclosure]: when no
// label is clear, every ambiguous label gets a finding, fixed by the
// clear label its row names (if any) or by inserting the table's default
// label at the start. A finding rests on the label's own row's source.
func checkAmbiguousDisclosure(in *captionFacts, out *findingSet) {
	if in.clear {
		return
	}
	caption, t := in.post.Caption, in.table
	for _, f := range in.found {
		if f.kind != termLabel || f.clarity != Ambiguous {
			continue
		}
		text := caption[f.start:f.end]
		if fix := t.fixFor(f); fix != "" {
			out.add(idAmbiguous, f.start, f.end,
				out.message("%q may not be understood as a disclosure under %s guidance: replace it with %q", text, t.authority, fix),
				out.replaceFix(caption, f, fix), out.insertLabelFix())
			out.cite(t.rowSource(f.row))
			continue
		}
		out.add(idAmbiguous, f.start, f.end,
			out.message("%q may not be understood as a disclosure under %s guidance: add a clear label such as %q at the start", text, t.authority, t.defaultLabel),
			out.insertLabelFix())
		out.cite(t.rowSource(f.row))
	}
}
