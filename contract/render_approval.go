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
		r.postingApprovals()
		return
	}
	if a.ReviewDays > 0 {
		r.line("The Brand reviews each draft and gives feedback within ", r.days(a.ReviewDays), ".")
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
	if w := a.WindowDays(); w > 0 && a.windowKnown() {
		// Derived from the review days and rounds, not a term of its own:
		// the draft says so rather than invent a deadline.
		r.line("To leave time for the review and the revision rounds, drafts should reach the Brand ", r.days(w), " before they go live.")
	}
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
