package contract

import (
	"slices"
	"strings"

	"github.com/influencekit/influencekit/internal/percent"
)

// cancellation writes the termination rights and the kill fee.
func (r *renderer) cancellation() {
	r.heading("Termination")
	c := r.c.Cancellation
	if c == nil {
		r.notAgreed("who may end the agreement, with what notice, and what ending it costs")
		return
	}
	switch c.Extent {
	case NoneAtAll:
		r.line("The agreement has no cancellation terms.")
		return
	case Unlimited:
		r.line("Either party may end this agreement at any time, without notice.")
	}
	if len(c.Rights) == 0 && c.Extent != Unlimited {
		if c.NoticeDays > 0 {
			r.line("Either party may end this agreement", r.notice(c.NoticeDays), ".")
		} else {
			r.line("Who may end this agreement, and with what notice, is not stated.")
		}
	}
	for _, right := range c.Rights {
		r.line(r.right(right, c.NoticeDays))
	}
	k := c.KillFeePercent
	switch {
	case k == nil:
		if len(c.Rights) == 0 && (r.c.Payment == nil || !r.c.Payment.ProductOnly) {
			r.line("No kill fee is stated.")
		}
	case k.IsZero():
		r.line("No kill fee is payable if the Brand cancels.")
	default:
		line := "If the Brand cancels, it pays a kill fee of " + percent.Points(*k) + " of the total"
		if slices.ContainsFunc(c.Rights, func(t TerminationRight) bool { return t.Settlement == KillFee }) {
			// The rights above say when the kill fee is paid: here it is
			// only defined, so that it does not also read as owed when the
			// Brand ends the agreement for the Creator's breach.
			line = "The kill fee is " + percent.Points(*k) + " of the total"
		}
		if p := r.c.Payment; p != nil && p.Total != nil {
			// Shift is exact; no division and no package-level precision.
			line += " (" + p.Total.Mul(k.Shift(-2)).Format(r.locale) + ")"
		}
		r.line(line, ".")
	}
}

// right describes one termination right.
func (r *renderer) right(t TerminationRight, defaultNotice int64) string {
	who := map[Side]string{UnstatedSide: "A party not stated", BrandSide: "The Brand", CreatorSide: "The Creator", BothSides: "Either party"}[t.Party]
	why := map[Basis]string{UnstatedBasis: "on a ground not stated", ForConvenience: "for convenience", ForCause: "if the other party breaches it,"}[t.Basis]
	s := who + " may end this agreement " + why
	notice := t.NoticeDays
	if notice == 0 {
		notice = defaultNotice
	}
	s += r.notice(notice)
	s = strings.TrimSuffix(s, ",")
	if t.Basis == ForCause && t.CureDays > 0 {
		s += ", after giving " + r.days(t.CureDays) + " to remedy the breach"
	}
	if t.CureByReshoot {
		s += ", after giving the Creator the chance to reshoot or fix the content"
	}
	if words, ok := settlementWords(t.Settlement); ok {
		s += "; " + words
		if t.Settlement == KillFee {
			s += " below"
		}
	}
	return s + "."
}

// notice writes a notice period after the verb, " with 30 days' written
// notice", or "" when n is not positive.
func (r *renderer) notice(n int64) string {
	switch {
	case n == 1:
		return " with 1 day's written notice"
	case n > 1:
		return " with " + r.days(n) + "' written notice"
	}
	return ""
}
