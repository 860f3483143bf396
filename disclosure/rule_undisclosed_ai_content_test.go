package disclosure

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestRuleUndisclosedAIContent: a generated or deep-fake post, or a
// virtual creator where the jurisdiction asks it, needs an AI label in
// the jurisdiction's words, in the caption, on screen or spoken.
func TestRuleUndisclosedAIContent(t *testing.T) {
	runRuleCases(t, RuleUndisclosedAIContent, []ruleCase{
		{why: "a generated picture without an AI label", post: Post{Caption: "#ad My new look", Alteration: Generated}, want: []string{""}},
		{why: "a deep fake without an AI label", post: Post{Caption: "#ad Guess who loves Glow Co", Alteration: DeepFake}, want: []string{""}},
		{why: "a generated picture labelled in English", post: Post{Caption: "#ad My new look #AIgenerated", Alteration: Generated}},
		{why: "a phrase says it: made with AI", post: Post{Caption: "#ad My new look (made with AI)", Alteration: Generated}},
		{why: "a hyphenated statement says it: AI-generated image", post: Post{Caption: "#ad AI-generated image of my new look", Alteration: DeepFake}},
		{why: "a denial is no AI label", post: Post{Caption: "#ad My new look, not AI-generated", Alteration: Generated}, want: []string{""}},
		{why: "a retouching label does not disclose generated content", post: Post{Caption: "#ad My new look #filtered", Alteration: Generated}, want: []string{""}},
		{why: "an AI label on screen discloses it", post: Post{Caption: "#ad My new look", Alteration: Generated,
			Overlays: []Overlay{{End: 3 * time.Second, Text: "Made with AI"}}}},
		{why: "an AI label spoken in the video discloses it", post: Post{Caption: "#ad My new look", Alteration: DeepFake,
			Transcript: []Segment{{Text: "this video was created with AI"}}}},
		{why: "an organic deep fake says so aloud: its transcript is read for the AI label alone", post: Post{Caption: "My new look", Alteration: DeepFake, Connection: NoConnection,
			Transcript: []Segment{{Text: "hi all"}, {Start: time.Second, Text: "this video was created with AI"}}}},
		{why: "an organic generated post still says so", post: Post{Caption: "My new look", Alteration: Generated, Connection: NoConnection}, want: []string{""}},
		{why: "a retouched post needs no AI label", post: Post{Caption: "#ad My new look #filtered", Edited: true}},
		{why: "Germany reads KI-generiert", post: Post{Caption: "Werbung Mein neuer Look, KI-generiert", Alteration: Generated, Jurisdiction: DE}},
		{why: "Italy reads generato con IA", post: Post{Caption: "Pubblicità Il mio nuovo look, generato con IA", Alteration: Generated, Jurisdiction: IT}},
		{why: "Spain reads generado con IA", post: Post{Caption: "Publicidad Mi nuevo look, generado con IA", Alteration: Generated, Jurisdiction: ES}},
		{why: "the Netherlands reads gemaakt met AI", post: Post{Caption: "#reclame Mijn nieuwe look, gemaakt met AI", Alteration: Generated, Jurisdiction: NL}},
		{why: "Brazil reads gerado por IA", post: Post{Caption: "#publi Meu novo visual, gerado por IA", Alteration: Generated, Jurisdiction: BR}},
		{why: "a virtual creator in Italy says so", post: Post{Caption: "Pubblicità Il mio nuovo look", VirtualCreator: true, Jurisdiction: IT}, want: []string{""}},
		{why: "a virtual creator in Italy who says so", post: Post{Caption: "Pubblicità Il mio nuovo look. Influencer virtuale", VirtualCreator: true, Jurisdiction: IT}},
		{why: "a virtual creator in India says so", post: Post{Caption: "#ad My new look", VirtualCreator: true, Jurisdiction: IN}, want: []string{""}},
		{why: "a virtual creator in Canada says so", post: Post{Caption: "#ad My new look", VirtualCreator: true, Jurisdiction: CA}, want: []string{""}},
		{why: "the UK does not ask a virtual creator to say so", post: Post{Caption: "#ad My new look", VirtualCreator: true, Jurisdiction: UK}},
	})
}

// TestUndisclosedAIContentMessage: the message says what the post shows,
// and that a retouching label is not enough, and the fix appends the
// pack's AI label.
func TestUndisclosedAIContentMessage(t *testing.T) {
	r := Check(Post{Caption: "Publicité mon teint. Images retouchées", Alteration: Generated, Jurisdiction: FR})
	if assert.Len(t, r.Findings, 1) {
		f := r.Findings[0]
		assert.Equal(t, RuleUndisclosedAIContent, f.Rule)
		assert.Contains(t, f.Message, "only says it was retouched")
		assert.Contains(t, f.Message, `"Images virtuelles"`)
		assert.Equal(t, "fr-loi-2023-451", f.Source)
		assert.Equal(t, "Publicité mon teint. Images retouchées Images virtuelles", Autofix(Post{Caption: "Publicité mon teint. Images retouchées", Alteration: Generated, Jurisdiction: FR}))
		if assert.Len(t, f.Fixes, 1) {
			assert.Equal(t, `Append "Images virtuelles"`, f.Fixes[0].Message, "the fix names the AI label it appends, not the editing label")
		}
	}
	r = Check(Post{Caption: "Werbung Ein Tag am See", Alteration: DeepFake, Jurisdiction: DE})
	if assert.Len(t, r.Findings, 1) {
		assert.Contains(t, r.Findings[0].Message, "deep fake")
		assert.Equal(t, "eu-ai-act", r.Findings[0].Source)
	}
}
