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
// cites the pack's ai-source: the rule that asks for the AI label
// (eu-ai-act art. 50(4) for a deep fake in the EU, fr-loi-2023-451 art. 5
// II in France, it-agcom-2025 in Italy).
var ruleUndisclosedAIContent = ruleSpec{
	rule:     RuleUndisclosedAIContent,
	severity: influencekit.SeverityError,
	cites:    citeAIRule,
	when:     factAI,
	messages: []string{
		aiAdd:         "the post {ai-content} but does not say so: add {ai}",
		aiRetouchOnly: "the post {ai-content} but only says it was retouched, which does not disclose generated content: add {ai}",
		aiNoLabel:     "the post {ai-content} but does not say so: add an AI label in the words {authority} guidance reads",
	},
}

// undisclosed-ai-content's messages.
const (
	aiAdd = iota
	aiRetouchOnly
	aiNoLabel
)

// checkUndisclosedAIContent applies [RuleUndisclosedAIContent]: a post
// that must carry an AI label and carries none. One finding for the whole
// caption, fixed by appending the pack's ai-label where it names one.
func checkUndisclosedAIContent(in *ruleContext, out []record) []record {
	if !in.aiAsked || in.ai {
		return out
	}
	r := record{id: idUndisclosedAIContent, label: -1, msg: aiAdd, fixes: fixAppendAI}
	switch {
	case !in.aiLabelled:
		r.msg, r.fixes = aiNoLabel, fixNone
	case in.editing:
		r.msg = aiRetouchOnly
	}
	return append(out, r)
}
