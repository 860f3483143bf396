package disclosure

import (
	"strconv"

	"github.com/influencekit/influencekit"
)

// RuleDeniedConnection (error): the caption or the transcript says the
// post is not sponsored, not an ad, or bought with the creator's own
// money ("not sponsored", "Sponsored? Nope!", "keine Werbung", "I bought
// this myself"), while the post is sponsored: [Post.Connection] is [Paid],
// [Gift] or [Affiliate], or [UnknownConnection], which [Check] takes as
// sponsored. A post declaring [NoConnection] gets no finding. A false
// denial of a connection misleads more than a missing label: ftc-guides
// (FTC, Guides Concerning the Use of Endorsements and Testimonials in
// Advertising, 16 CFR 255.5) require the connection to be disclosed, and
// ucpd-annex-i (European Parliament and Council, Unfair Commercial
// Practices Directive 2005/29/EC, Annex I no. 22) bans falsely claiming
// not to act for purposes of trade.
const RuleDeniedConnection Rule = "denied-connection"

// ruleDeniedConnection declares denied-connection. It needs the
// transcript's denials, read with its spoken labels.
var ruleDeniedConnection = ruleSpec{
	rule:     RuleDeniedConnection,
	severity: influencekit.SeverityError,
	sources:  []string{"ftc-guides", "ucpd-annex-i"},
	needs:    needSpokenDenial,
}

// checkDeniedConnection applies [RuleDeniedConnection]: one finding on the
// caption's first denial, or where the caption has none, on the
// transcript's first (a transcript finding, with no fix). The finding
// offers no fix: whether the denial or the declared connection is wrong
// needs a person.
func checkDeniedConnection(in *captionFacts, out *findingSet) {
	p := in.post
	if p.Connection == NoConnection {
		return
	}
	if d := in.denial; d.found() {
		out.add(idDeniedConnection, d.start, d.end,
			out.message("the caption says %q, but the post is %s: a sponsored post may not say it is none; remove the denial and add %q at the start",
				p.Caption[d.start:d.end], sponsoredPhrase(p.Connection), in.table.defaultLabel))
		return
	}
	if d := in.spokenDenial; d.span.found() {
		seg := p.Transcript[d.segment]
		out.addTranscript(idDeniedConnection,
			out.message("the transcript says %q (segment %s), but the post is %s: a sponsored post may not say it is none; say %q instead",
				seg.Text[d.span.start:d.span.end], strconv.Itoa(d.segment), sponsoredPhrase(p.Connection), in.table.defaultLabel),
			&TranscriptSpan{Segment: d.segment, Start: d.span.start, End: d.span.end, From: max(seg.Start, 0), To: max(seg.Start, 0)})
	}
}

// sponsoredPhrase says in a message why a post counts as sponsored.
func sponsoredPhrase(c Connection) string {
	switch c {
	case Paid:
		return "declared as paid"
	case Gift:
		return "declared as a gift"
	case Affiliate:
		return "declared as affiliate"
	}
	return "taken as sponsored (its connection is not declared)"
}
