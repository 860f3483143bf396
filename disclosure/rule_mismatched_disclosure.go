package disclosure

import (
	"strings"

	"github.com/influencekit/influencekit"
)

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
}

// checkMismatchedDisclosure applies [RuleMismatchedDisclosure]: the labels
// do not disclose the connection [Post].Connection declares: a [Paid] or
// [Affiliate] post whose only labels are gift labels, or a Paid post whose
// only labels are affiliate labels. Labels that say no connection
// ("#collab") are judged by vague-disclosure instead. One finding, on the
// earliest label of the caption; an overlay's label that discloses the
// connection satisfies the rule, and overlays alone are not judged.
func checkMismatchedDisclosure(in *captionFacts, out *findingSet) {
	p := in.post
	if p.Connection != Paid && p.Connection != Affiliate {
		return
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
	if first < 0 || said[Paid] || p.Connection == Affiliate && said[Affiliate] {
		return
	}
	f := in.found[first]
	what := "a gift"
	if !said[Gift] {
		what = "affiliate links"
	}
	out.add(idMismatchedDisclosure, f.start, f.end,
		out.message("the post is %s but its labels, such as %q, only disclose %s; a gift label fits only where nothing was paid and the brand had no control (%s): add %q at the start",
			connectionPhrase(p.Connection), p.Caption[f.start:f.end], what, in.table.mismatchSources(), in.table.defaultLabel),
		out.insertLabelFix())
}

// mismatchSources returns the SOURCES.md keys mismatched-disclosure's
// message cites: the pack's "mismatch-sources" (the US pack cites the
// ASA's guide that the FTC's answers agree with), or its own guidance.
func (t *termTable) mismatchSources() string {
	if len(t.mismatchSourceKeys) == 0 {
		return t.source
	}
	return strings.Join(t.mismatchSourceKeys, ", ")
}

// connectionPhrase names a declared connection in a message.
func connectionPhrase(c Connection) string {
	if c == Affiliate {
		return "declared as affiliate"
	}
	return "declared as paid"
}
