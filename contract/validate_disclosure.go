package contract

import (
	"fmt"
	"slices"

	"github.com/influencekit/influencekit/disclosure"
)

// disclosure checks that disclosure is required with a label the
// jurisdiction calls clear.
func (v *validator) disclosure() {
	d := v.c.Disclosure
	if d == nil {
		v.add("disclosure", RuleMissingClause, "the contract has no endorsement disclosure clause; require the creator to disclose the partnership with a clear label such as \"#ad\"")
		return
	}
	if !d.Required {
		v.add("disclosure.required", RuleDisclosureNotRequired, "the contract does not require disclosure; require it: endorsements must disclose the brand connection, gifts included (FTC Endorsement Guides, 16 CFR 255.5; ASA/CAP influencers' guide)")
	}
	if isBlank(d.Wording) {
		if d.Required {
			v.add("disclosure.wording", RuleMissingField, "the disclosure clause has no wording; state the label the creator uses, such as \"#ad\"")
		}
		return
	}
	r := disclosure.Check(disclosure.Post{Caption: d.Wording, Brand: v.c.Brand.Name, BrandIdentity: v.c.Brand.BrandIdentity, Jurisdiction: v.c.Jurisdiction})
	clear, giftOnly := labelsFor(r, v.giftWithoutControl())
	switch {
	case !clear:
		note := ""
		if fellBack(r) {
			note = fmt.Sprintf(" (the disclosure package has no %s term table yet and applied the US rules)", v.c.Jurisdiction)
		}
		v.add("disclosure.wording", RuleVagueDisclosureWording, "%q is not a clear disclosure label in %s%s; %s", d.Wording, v.c.Jurisdiction, note, suggestLabel(v.c.Brand.Name, v.c.Jurisdiction))
	case giftOnly && v.paidInCash():
		v.add("disclosure.wording", RuleVagueDisclosureWording, "%q discloses a gift, but the creator is paid a fee; %s (FTC Endorsement Guides FAQs; ASA/CAP influencers' guide)", d.Wording, suggestLabel(v.c.Brand.Name, v.c.Jurisdiction))
	}
}

// paidInCash reports whether the creator is paid a fee, not only product.
func (v *validator) paidInCash() bool {
	p := v.c.Payment
	return p != nil && !p.ProductOnly && p.Total != nil && p.Total.IsPositive()
}

// giftWithoutControl reports whether a gift label is enough: the
// jurisdiction's pack says so ([disclosure.Pack.GiftWithoutControl]; the
// UK's, per asa-influencers-guide: "#gifted" only where nothing was paid
// and the brand had no control over the content), and the deal is
// product-only with a brand that does not review the content or approve
// the caption.
func (v *validator) giftWithoutControl() bool {
	c := v.c
	pack, ok := disclosure.LookupPack(c.Jurisdiction)
	return ok && pack.GiftWithoutControl() && c.Payment != nil && c.Payment.ProductOnly &&
		c.Approval != nil && c.Approval.Extent == NoneAtAll && (c.Posting == nil || !c.Posting.CaptionApproval)
}

// labelsFor reports whether r found a clear label (or, when giftOK, a gift
// label the jurisdiction calls risky), and whether every such label
// discloses only a gift.
func labelsFor(r disclosure.Report, giftOK bool) (clear, giftOnly bool) {
	giftOnly = true
	for _, l := range r.Disclosures {
		ok := l.Clarity == disclosure.Clear || giftOK && l.Clarity == disclosure.Ambiguous && l.Connection == disclosure.Gift
		if !ok {
			continue
		}
		clear = true
		if l.Connection != disclosure.Gift {
			giftOnly = false
		}
	}
	return clear, clear && giftOnly
}

// fellBack reports whether Check applied another jurisdiction's rules.
func fellBack(r disclosure.Report) bool {
	for _, f := range r.Findings {
		if f.Rule == disclosure.RuleJurisdictionFallback {
			return true
		}
	}
	return false
}

// hasClearLabel reports whether r found a label its jurisdiction calls clear.
func hasClearLabel(r disclosure.Report) bool {
	clear, _ := labelsFor(r, false)
	return clear
}

// labelCandidates returns the labels the disclosure packs suggest, one
// per jurisdiction in [disclosure.Jurisdictions] order, each once: "#ad",
// "Werbung", "Publicité"... The suggestion for a contract is the first
// that [disclosure.Check] finds clear for its jurisdiction with no finding
// at all (so France is offered "Publicité", not "#ad" with a language
// warning), and it is never a guess.
func labelCandidates() []string {
	var labels []string
	for _, j := range disclosure.Jurisdictions() {
		if p, ok := disclosure.LookupPack(j); ok && !slices.Contains(labels, p.SuggestedLabel()) {
			labels = append(labels, p.SuggestedLabel())
		}
	}
	return labels
}

func suggestLabel(brand string, j disclosure.Jurisdiction) string {
	for _, l := range labelCandidates() {
		if r := disclosure.Check(disclosure.Post{Caption: l, Brand: brand, Jurisdiction: j}); len(r.Findings) == 0 && hasClearLabel(r) {
			return fmt.Sprintf("use a clear label such as %q", l)
		}
	}
	return "use a label the jurisdiction's rules call clear"
}
