package disclosure

import "github.com/influencekit/influencekit"

// RuleMismatchedDisclosure (error): the labels do not disclose the
// connection [Post.Connection] declares: a Paid or Affiliate post whose
// only labels are gift labels ("#gifted", "thanks for the free
// product"), or a Paid post whose only labels are affiliate labels.
// Per asa-influencers-guide (ASA/CAP and CMA, "Influencers' guide to
// making clear that ads are ads"), "#gifted" fits only where nothing was
// paid and the brand had no control over the content.
const RuleMismatchedDisclosure Rule = "mismatched-disclosure"

// ruleMismatchedDisclosure declares mismatched-disclosure.
var ruleMismatchedDisclosure = ruleSpec{
	rule:     RuleMismatchedDisclosure,
	severity: influencekit.SeverityError,
	sources:  []string{"asa-influencers-guide", "ftc-faqs"},
	when:     factDeclared,
	messages: []string{
		mismatchPaidGift:                          "the post is declared as paid but its labels, such as {label}, only disclose a gift; " + mismatchAdvice,
		mismatchPaidAffiliate:                     "the post is declared as paid but its labels, such as {label}, only disclose affiliate links; " + mismatchAdvice,
		mismatchAffiliateGift:                     "the post is declared as affiliate but its labels, such as {label}, only disclose a gift; " + mismatchAdvice,
		mismatchAffiliateLinks:                    "the post is declared as affiliate but its labels, such as {label}, only disclose affiliate links; " + mismatchAdvice,
		mismatchOnScreen + mismatchPaidGift:       "the post is declared as paid but its labels on screen, such as {label}, only disclose a gift; " + mismatchScreenAdvice,
		mismatchOnScreen + mismatchPaidAffiliate:  "the post is declared as paid but its labels on screen, such as {label}, only disclose affiliate links; " + mismatchScreenAdvice,
		mismatchOnScreen + mismatchAffiliateGift:  "the post is declared as affiliate but its labels on screen, such as {label}, only disclose a gift; " + mismatchScreenAdvice,
		mismatchOnScreen + mismatchAffiliateLinks: "the post is declared as affiliate but its labels on screen, such as {label}, only disclose affiliate links; " + mismatchScreenAdvice,
	},
}

// mismatched-disclosure's messages.
const (
	mismatchPaidGift       = iota // a Paid post with gift labels only
	mismatchPaidAffiliate         // a Paid post with affiliate (and no gift) labels only
	mismatchAffiliateGift         // an Affiliate post with gift labels only
	mismatchAffiliateLinks        // an Affiliate post whose labels say neither (only the no-connection kind)
	mismatchOnScreen              // added to one of the above: the labels are shown on screen ([Post.Overlays])
)

// mismatchAdvice ends every mismatched-disclosure message about the
// caption, mismatchScreenAdvice every one about the screen.
const (
	mismatchAdvice       = "a gift label fits only where nothing was paid and the brand had no control ({mismatch-sources}): add {default} at the start"
	mismatchScreenAdvice = "a gift label fits only where nothing was paid and the brand had no control ({mismatch-sources}): " +
		"show {default} on screen or add it at the start of the caption"
)

// checkMismatchedDisclosure applies [RuleMismatchedDisclosure]: the labels
// do not disclose the connection [Post].Connection declares: a [Paid] or
// [Affiliate] post whose only labels are gift labels, or a Paid post whose
// only labels are affiliate labels. Labels that say no connection
// ("#collab") are judged by vague-disclosure instead. One finding, on the
// earliest label of the caption; an overlay's label that discloses the
// connection satisfies the rule. When the caption has no label that says
// a connection, the overlays' labels are judged alike: one finding on the
// first such label on screen, with an Overlay span and no fix.
func checkMismatchedDisclosure(in *ruleContext, out []record) []record {
	if in.connection != Paid && in.connection != Affiliate {
		return out
	}
	first := -1
	said := in.screen.said
	for i, f := range in.found {
		if f.kind != termLabel || f.connection == UnknownConnection || f.connection > NoConnection {
			continue
		}
		said[f.connection] = true
		if first < 0 {
			first = i
		}
	}
	r := record{id: idMismatchedDisclosure, label: int32(first), msg: mismatchPaidGift, fixes: fixInsert}
	if first < 0 {
		var ok bool
		if r, ok = in.onScreenRecord(idMismatchedDisclosure, onScreenSaid, mismatchPaidGift); !ok {
			return out
		}
	}
	if said[Paid] || in.connection == Affiliate && said[Affiliate] {
		return out
	}
	switch {
	case in.connection == Affiliate && said[Gift]:
		r.msg = mismatchAffiliateGift
	case in.connection == Affiliate:
		r.msg = mismatchAffiliateLinks
	case !said[Gift]:
		r.msg = mismatchPaidAffiliate
	}
	if r.onScreen != notOnScreen {
		r.msg += mismatchOnScreen
	}
	return append(out, r)
}
