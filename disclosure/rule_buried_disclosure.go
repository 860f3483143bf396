package disclosure

import "github.com/influencekit/influencekit"

// RuleBuriedDisclosure (error): the best label is a hashtag in a run of
// 3 or more hashtags (Germany: 2), and not upfront.
const RuleBuriedDisclosure Rule = "buried-disclosure"

// ruleBuriedDisclosure declares buried-disclosure.
var ruleBuriedDisclosure = ruleSpec{
	rule:     RuleBuriedDisclosure,
	severity: influencekit.SeverityError,
	sources:  []string{"mighty-micro", "olg-celle-2017", "kg-berlin-2017", "it-iap-digital-chart"},
	when:     factPlaced,
	messages: []string{
		buriedInRun:     "the label {label} is one of {run} hashtags in a row, where followers skip it: move it to the start of the caption",
		buriedAfterTags: "the label {label} comes after {tags-before} other hashtags; {authority} rules want it among the first {max-tags}: move it to the start of the caption",
	},
}

// buried-disclosure's messages.
const (
	buriedInRun     = iota // in a run of buriedRun hashtags
	buriedAfterTags        // after maxTagsBefore hashtags
)

// checkBuriedDisclosure applies [RuleBuriedDisclosure]: the best label is
// a hashtag that is not upfront in a run of the table's buriedRun
// hashtags (3 unless the table says otherwise), or, in a table with
// maxTagsBefore (Italy), one with that many hashtags before it.
func checkBuriedDisclosure(in *ruleContext, out []record) []record {
	if !in.placed {
		return out
	}
	f := in.found[in.best]
	switch {
	case f.hashtag && !f.upfront && in.maxTagsBefore == 0 && f.runLen >= in.buriedRun:
		out = append(out, record{id: idBuriedDisclosure, label: int32(in.best), msg: buriedInRun, fixes: fixMove})
	case f.hashtag && in.maxTagsBefore > 0 && f.tagsBefore >= in.maxTagsBefore:
		out = append(out, record{id: idBuriedDisclosure, label: int32(in.best), msg: buriedAfterTags, fixes: fixMove})
	}
	return out
}
