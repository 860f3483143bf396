package disclosure

import "github.com/influencekit/influencekit"

// RuleDeniedConnection (error): the caption, an overlay or the transcript says the
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
	when:     factDenial,
	messages: []string{
		deniedPaid:                "the caption says {label}, but the post is declared as paid: " + deniedCaptionAdvice,
		deniedGift:                "the caption says {label}, but the post is declared as a gift: " + deniedCaptionAdvice,
		deniedAffiliate:           "the caption says {label}, but the post is declared as affiliate: " + deniedCaptionAdvice,
		deniedUndeclared:          "the caption says {label}, but the post is taken as sponsored (it declares no connection): " + deniedCaptionAdvice,
		deniedSpoken + deniedPaid: "the transcript says {spoken} (segment {segment}), but the post is declared as paid: " + deniedSpokenAdvice,
		deniedSpoken + deniedGift: "the transcript says {spoken} (segment {segment}), but the post is declared as a gift: " + deniedSpokenAdvice,
		deniedSpoken + deniedAffiliate: "the transcript says {spoken} (segment {segment}), but the post is declared as affiliate: " +
			deniedSpokenAdvice,
		deniedSpoken + deniedUndeclared: "the transcript says {spoken} (segment {segment}), but the post is taken as sponsored (it declares no connection): " +
			deniedSpokenAdvice,
		deniedShown + deniedPaid:      "the text on screen from {from} to {to} says the post is not sponsored, but it is declared as paid: " + deniedShownAdvice,
		deniedShown + deniedGift:      "the text on screen from {from} to {to} says the post is not sponsored, but it is declared as a gift: " + deniedShownAdvice,
		deniedShown + deniedAffiliate: "the text on screen from {from} to {to} says the post is not sponsored, but it is declared as affiliate: " + deniedShownAdvice,
		deniedShown + deniedUndeclared: "the text on screen from {from} to {to} says the post is not sponsored, but it is taken as sponsored (it declares no connection): " +
			deniedShownAdvice,
	},
}

// denied-connection's messages: one per connection, for the caption, and
// deniedSpoken more for the transcript.
const (
	deniedPaid       = iota             // a Paid post
	deniedGift                          // a Gift post
	deniedAffiliate                     // an Affiliate post
	deniedUndeclared                    // an UnknownConnection post, taken as sponsored
	deniedSpoken                        // added to one of the above: the denial is said in the transcript
	deniedShown      = 2 * deniedSpoken // added to one of the above: the denial is shown in an overlay
)

// The advice that ends denied-connection's messages.
const (
	deniedCaptionAdvice = "a sponsored post may not say it is none; remove the denial and add {default} at the start"
	deniedSpokenAdvice  = "a sponsored post may not say it is none; say {default} instead"
	deniedShownAdvice   = "a sponsored post may not say it is none; show {default} instead"
)

// checkDeniedConnection applies [RuleDeniedConnection]: one finding on the
// caption's first denial, or where the caption has none, on the
// transcript's earliest (a transcript finding), or else on the first
// overlay that shows one (for the whole caption, naming its stretch). The finding offers no
// fix: whether the denial or the declared connection is wrong needs a
// person.
func checkDeniedConnection(in *ruleContext, out []record) []record {
	var msg uint8
	switch in.connection {
	case NoConnection:
		return out
	case Paid:
		msg = deniedPaid
	case Gift:
		msg = deniedGift
	case Affiliate:
		msg = deniedAffiliate
	default:
		msg = deniedUndeclared
	}
	if in.denial >= 0 {
		return append(out, record{id: idDeniedConnection, msg: msg, label: in.denial, spoken: -1})
	}
	if in.spokenDenied {
		at := in.spokenDenial.at
		return append(out, record{id: idDeniedConnection, msg: deniedSpoken + msg, transcript: true, label: -1, spoken: spokenDenialRef, from: at, to: at})
	}
	if i := in.screen.denial; i >= 0 && i < len(in.post.Overlays) {
		ov := in.post.Overlays[i]
		return append(out, record{id: idDeniedConnection, msg: deniedShown + msg, label: -1, spoken: -1, from: ov.Start, to: ov.End})
	}
	return out
}
