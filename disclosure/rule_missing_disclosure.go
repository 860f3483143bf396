package disclosure

// checkMissingDisclosure applies [RuleMissingDisclosure]: a caption with
// no disclosure label at all (clear, ambiguous or vague) on a post that
// does not declare [NoConnection]. One finding for the whole caption,
// fixed by inserting the table's default label at the start.
func checkMissingDisclosure(in *captionFacts, out *findingSet) {
	if in.clear || in.ambiguous || in.vague || in.post.Connection == NoConnection {
		return
	}
	// The message is made once per table (compileTable): "no disclosure
	// label: add a clear label such as %q at the start of the caption".
	out.add(idMissing, 0, 0, static(out.table.missingMessage), out.insertLabelFix())
}
