package disclosure

import "github.com/influencekit/influencekit"

// RuleMissingPlatformLabel (warning; error where the jurisdiction's
// guidance makes the platform's label required): a post declared
// sponsored ([Post.Connection] Paid, Gift or Affiliate) on a platform
// that has a paid-partnership label (Instagram, Facebook, Threads,
// TikTok, YouTube, Snapchat, Pinterest), with [Post.PlatformLabel]
// false, in a jurisdiction whose guidance asks for that label (Ireland
// and Brazil require it; the UK recommends it). Reported for the whole
// caption, with no fix: the label is switched on in the platform's app.
const RuleMissingPlatformLabel Rule = "missing-platform-label"

// ruleMissingPlatformLabel declares missing-platform-label. A finding
// cites the source of the pack's platform-label directive; which
// platforms have a label rests on imh-platform-checklists.
var ruleMissingPlatformLabel = ruleSpec{
	rule:      RuleMissingPlatformLabel,
	severity:  influencekit.SeverityWarning,
	sources:   []string{"imh-platform-checklists"},
	cites:     citeDirective,
	directive: "platform-label",
	when:      factPlatformLabel,
	messages: []string{
		platformRecommended: "the platform's paid-partnership label is off: {authority} guidance asks sponsored posts to switch it on on {platform}, besides {default}",
		platformRequired:    "the platform's paid-partnership label is off: {authority} guidance requires sponsored posts to switch it on on {platform}",
	},
}

// missing-platform-label's messages.
const (
	platformRecommended = iota
	platformRequired
)

// checkMissingPlatformLabel applies [RuleMissingPlatformLabel]: one
// finding for a declared sponsored post that leaves off the platform's
// label the table asks for, an error where the table requires it.
func checkMissingPlatformLabel(in *ruleContext, out []record) []record {
	switch in.platformLabel {
	case platformLabelRecommended:
		out = append(out, record{id: idMissingPlatformLabel, label: -1, spoken: -1, msg: platformRecommended})
	case platformLabelRequired:
		out = append(out, record{id: idMissingPlatformLabel, label: -1, spoken: -1, msg: platformRequired, escalate: true})
	}
	return out
}
