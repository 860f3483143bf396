package disclosure

import "github.com/influencekit/influencekit"

// RuleLabelNotThroughout (error): the jurisdiction asks for an on-screen
// label for the whole video or story (France: the mention stays for the
// whole promotion) or on every frame of a story (Germany), and the
// overlays' clear labels ([Post.Overlays]) leave a stretch without one.
// One finding per stretch or frame, for the whole caption, with no fix
// (what is on screen needs a person). A post without overlays is not
// judged: the caller has not said what the screen shows.
const RuleLabelNotThroughout Rule = "label-not-throughout"

// ruleLabelNotThroughout declares label-not-throughout. A finding cites
// the source of the pack's on-screen-label directive (fr-loi-2023-451
// art. 5 as amended in 2024 in France; de-leitfaden in Germany).
var ruleLabelNotThroughout = ruleSpec{
	rule:      RuleLabelNotThroughout,
	severity:  influencekit.SeverityError,
	cites:     citeDirective,
	directive: "on-screen-label",
	when:      factScreenGap,
	messages: []string{
		screenWhole: "no on-screen label from {from} to {to}: {authority} rules ask for the label, such as {default}, for the whole promotion",
		screenFrame: "the story frame shown from {from} to {to} has no on-screen label: {authority} rules ask for one, such as {default}, on every frame",
	},
}

// label-not-throughout's messages.
const (
	screenWhole = iota
	screenFrame
)

// checkLabelNotThroughout applies [RuleLabelNotThroughout]: a finding for
// each stretch of the video, or each story frame, that shows no on-screen
// label where the table asks for one.
func checkLabelNotThroughout(in *ruleContext, out []record) []record {
	msg := uint8(screenWhole)
	if in.screenRule == onScreenFrames {
		msg = screenFrame
	}
	for _, g := range in.screenGaps {
		out = append(out, record{id: idLabelNotThroughout, label: -1, spoken: -1, msg: msg, from: g.from, to: g.to})
	}
	return out
}
