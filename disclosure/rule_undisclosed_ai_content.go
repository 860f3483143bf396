package disclosure

import "github.com/influencekit/influencekit"

// RuleUndisclosedAIContent (error): the post is Generated or DeepFake
// ([Post.Alteration]), or its creator is virtual ([Post.VirtualCreator])
// where the jurisdiction asks a virtual creator to say so (IT, IN, CA),
// and no AI label in the jurisdiction's words ("Images virtuelles" in
// France, "KI-generiert" in Germany, "generato con IA" in Italy, "Made
// with AI" or "#AIgenerated" in English) is in the caption, an overlay or
// the transcript. A retouching label ("Images retouchées") does not
// disclose generated content. Reported for the whole caption.
const RuleUndisclosedAIContent Rule = "undisclosed-ai-content"

// ruleUndisclosedAIContent declares undisclosed-ai-content. A finding
// cites the pack's ai-source: the rule that asks for the AI label (the
// EU AI Act art. 50(4) for a deep fake in the EU, loi 2023-451 art. 5 II
// in France, AGCOM's code in Italy).
var ruleUndisclosedAIContent = ruleSpec{
	rule:     RuleUndisclosedAIContent,
	severity: influencekit.SeverityError,
	cites:    citeAIRule,
}

// asksAILabel reports whether the post must carry an AI label: it is
// Generated or DeepFake, or its creator is virtual where the table asks
// a virtual creator to say so.
func (in *captionFacts) asksAILabel() bool {
	alt := in.post.EffectiveAlteration()
	return alt == Generated || alt == DeepFake || in.post.VirtualCreator && in.table.virtualCreator
}

// checkUndisclosedAIContent applies [RuleUndisclosedAIContent]: a post
// that must carry an AI label (asksAILabel) and carries none. One finding
// for the whole caption, fixed by appending the pack's ai-label when it
// names one.
func checkUndisclosedAIContent(in *captionFacts, out *findingSet) {
	if in.ai || !in.asksAILabel() {
		return
	}
	t := in.table
	var what string
	switch in.post.EffectiveAlteration() {
	case DeepFake:
		what = "shows an AI likeness of a real person, object, place or event (a deep fake)"
	case Generated:
		what = "shows content made or changed by AI"
	default:
		what = "comes from a computer-generated creator"
	}
	label := t.aiLabel
	var msg textRef
	switch {
	case label == "":
		msg = out.message("the post %s but does not say so: add an AI label in the words %s guidance reads", what, t.authority)
	case in.editing:
		msg = out.message("the post %s but only says it was retouched, which does not disclose generated content: add %q", what, label)
	default:
		msg = out.message("the post %s but does not say so: add %q", what, label)
	}
	if label == "" {
		out.add(idUndisclosedAIContent, 0, 0, msg)
		return
	}
	caption := in.post.Caption
	text := static(label)
	if len(caption) > 0 && !isSpaceByte(caption[len(caption)-1]) {
		text = out.join(" ", label)
	}
	out.add(idUndisclosedAIContent, 0, 0, msg,
		out.fix(out.message("Append %q", label), pendingEdit{start: len(caption), end: len(caption), text: text}))
}
