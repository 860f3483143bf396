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
		mismatchPaidGift:       "the post is declared as paid but its labels, such as {label}, only disclose a gift; " + mismatchAdvice,
		mismatchPaidAffiliate:  "the post is declared as paid but its labels, such as {label}, only disclose affiliate links; " + mismatchAdvice,
		mismatchAffiliateGift:  "the post is declared as affiliate but its labels, such as {label}, only disclose a gift; " + mismatchAdvice,
		mismatchAffiliateLinks: "the post is declared as affiliate but its labels, such as {label}, only disclose affiliate links; " + mismatchAdvice,
	},
}

// mismatched-disclosure's messages.
const (
	mismatchPaidGift       = iota // a Paid post with gift labels only
	mismatchPaidAffiliate         // a Paid post with affiliate (and no gift) labels only
	mismatchAffiliateGift         // an Affiliate post with gift labels only
	mismatchAffiliateLinks        // an Affiliate post whose labels say neither (only the no-connection kind)
)

// mismatchAdvice ends every mismatched-disclosure message.
const mismatchAdvice = "a gift label fits only where nothing was paid and the brand had no control ({mismatch-sources}): add {default} at the start"

// checkMismatchedDisclosure applies [RuleMismatchedDisclosure]: the labels
// do not disclose the connection [Post].Connection declares: a [Paid] or
// [Affiliate] post whose only labels are gift labels, or a Paid post whose
// only labels are affiliate labels. Labels that say no connection
// ("#collab") are judged by vague-disclosure instead. One finding, on the
// earliest label of the caption; an overlay's label that discloses the
// connection satisfies the rule, and overlays alone are not judged.
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
	if first < 0 || said[Paid] || in.connection == Affiliate && said[Affiliate] {
		return out
	}
	r := record{id: idMismatchedDisclosure, label: int32(first), msg: mismatchPaidGift, fixes: fixInsert}
	switch {
	case in.connection == Affiliate && said[Gift]:
		r.msg = mismatchAffiliateGift
	case in.connection == Affiliate:
		r.msg = mismatchAffiliateLinks
	case !said[Gift]:
		r.msg = mismatchPaidAffiliate
	}
	return append(out, r)
}
