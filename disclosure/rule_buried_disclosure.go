package disclosure

import (
	"strconv"

	"github.com/influencekit/influencekit"
)

// RuleBuriedDisclosure (error): the best label is a hashtag in a run of
// 3 or more hashtags (Germany: 2), and not upfront.
const RuleBuriedDisclosure Rule = "buried-disclosure"

// ruleBuriedDisclosure declares buried-disclosure.
var ruleBuriedDisclosure = ruleSpec{
	rule:     RuleBuriedDisclosure,
	severity: influencekit.SeverityError,
	sources:  []string{"mighty-micro", "olg-celle-2017", "kg-berlin-2017", "it-iap-digital-chart"},
}

// checkBuriedDisclosure applies [RuleBuriedDisclosure]: the best label is
// a hashtag that is not upfront in a run of the table's buriedRun
// hashtags (3 unless the table says otherwise), or, in a table with
// maxTagsBefore (Italy), one with that many hashtags before it.
func checkBuriedDisclosure(in *captionFacts, out *findingSet) {
	if !in.placed() {
		return
	}
	f, t := in.found[in.best], in.table
	switch {
	case f.hashtag && !f.upfront && t.maxTagsBefore == 0 && f.runLen >= t.minBuriedRun():
		out.add(idBuriedDisclosure, f.start, f.end,
			out.message("the label %q is one of %s hashtags in a row, where followers skip it: move it to the start of the caption", in.bestText(), strconv.Itoa(int(f.runLen))),
			out.moveFix(in.post.Caption, f))
	case f.hashtag && t.maxTagsBefore > 0 && f.tagsBefore >= int32(t.maxTagsBefore):
		out.add(idBuriedDisclosure, f.start, f.end,
			out.message("the label %q comes after %s other hashtags; %s rules want it among the first %s: move it to the start of the caption",
				in.bestText(), strconv.Itoa(int(f.tagsBefore)), t.authority, strconv.Itoa(t.maxTagsBefore)),
			out.moveFix(in.post.Caption, f))
	}
}
