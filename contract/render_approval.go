package contract

// approval writes the review process.
func (r *renderer) approval() {
	r.heading("Approval process")
	a := r.c.Approval
	if a == nil {
		r.notAgreed("how the Brand reviews drafts and how long it takes")
		return
	}
	if a.Extent == NoneAtAll {
		r.line("The Brand does not review the content before it goes live.")
		switch {
		case a.Reshoots > 0:
			r.line("On top of the revisions, the Creator reshoots the content up to ", r.counted(a.Reshoots, "time"), ".")
		case a.ReshootsExtent == Unlimited:
			r.line("On top of the revisions, the Creator reshoots the content as often as the Brand asks.")
		case a.ReshootsExtent == NoneAtAll:
			r.line("No reshoots are included.")
		}
		switch a.ReshootCost {
		case CreatorSide:
			r.line("The Creator pays the cost of a reshoot.")
		case BrandSide:
			r.line("The Brand pays the cost of a reshoot.")
		case BothSides:
			r.line("The parties share the cost of a reshoot.")
		}
		r.postingApprovals()
		return
	}
	if a.ReviewDays > 0 {
		unit := r.days(a.ReviewDays)
		if a.BusinessDays {
			unit = r.counted(a.ReviewDays, "business day")
		}
		r.line("The Brand reviews each draft and gives feedback within ", unit, ".")
	} else {
		r.line("The review time is not stated.")
	}
	switch a.revisions() {
	case Limited:
		if a.RevisionRounds == 1 {
			r.line("The Creator makes up to 1 round of revisions.")
		} else if a.RevisionRounds > 1 {
			r.line("The Creator makes up to ", r.count(a.RevisionRounds), " rounds of revisions.")
		} else {
			r.line("Revisions are limited; the number of rounds is not stated.")
		}
	case NoneAtAll:
		r.line("No revision rounds are included.")
	case Unlimited:
		r.line("The Creator revises each draft until the Brand approves it, with no limit on the rounds.")
	default:
		r.line("The number of revision rounds is not stated.")
	}
	r.postingApprovals()
}

// postingApprovals writes what the Brand approves besides the content.
func (r *renderer) postingApprovals() {
	if p := r.c.Posting; p != nil {
		if p.CaptionApproval {
			r.line("The Brand approves each caption before it is posted.")
		}
		if p.PostingTimeApproval {
			r.line("The Brand approves the time each piece is posted.")
		}
	}
}
