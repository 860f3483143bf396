package contract

// approval checks the review process: review days and revision rounds.
func (v *validator) approval() {
	a := v.c.Approval
	if a == nil {
		v.add("approval", RuleOpenPoint, "the agreement does not say whether the brand reviews drafts; agree how many days the brand takes to review a draft and how many revision rounds the creator owes, or state there is none")
		return
	}
	switch a.Extent {
	case NoneAtAll:
		if a.ReviewDays != 0 || a.RevisionRounds != 0 || a.Revisions != Unstated {
			v.add("approval.extent", RuleInvalidValue, "the approval clause says the brand does not review drafts and also states a review; keep one")
		}
		return
	case Limited, Unlimited:
		v.add("approval.extent", RuleInvalidValue, "the approval clause is %s; state none for no review, or leave it out and state the review days and revision rounds", a.Extent)
		return
	}
	switch {
	case a.ReviewDays == 0:
		v.add("approval.review_days", RuleMissingField, "the approval process has no review time; state how many days the brand takes to answer a draft (at least 1)")
	case a.ReviewDays < 0:
		v.add("approval.review_days", RuleInvalidValue, "the review time is %d days; state at least 1", a.ReviewDays)
	}
	switch {
	case a.RevisionRounds < 0:
		v.add("approval.revision_rounds", RuleInvalidValue, "there are %d revision rounds; state 0 or more", a.RevisionRounds)
	case a.RevisionRounds > 0 && (a.Revisions == NoneAtAll || a.Revisions == Unlimited):
		v.add("approval.revisions", RuleInvalidValue, "the approval process states %d revision rounds and also %s; keep one", a.RevisionRounds, a.Revisions)
	case a.revisions() == Unstated:
		v.add("approval.revisions", RuleOpenPoint, "the number of revision rounds is not stated; say how many rounds the fee includes, or that there are none")
	case a.revisions() == Unlimited:
		v.add("approval.revisions", RuleUnlimitedRevisions, "revisions are unlimited; cap the rounds the fee includes and price further ones")
	}
	switch {
	case a.Reshoots < 0:
		v.add("approval.reshoots", RuleInvalidValue, "there are %d reshoots; state 0 or more", a.Reshoots)
	case a.Reshoots > 0 && (a.ReshootsExtent == NoneAtAll || a.ReshootsExtent == Unlimited):
		v.add("approval.reshoots_extent", RuleInvalidValue, "the approval process states %d reshoots and also %s; keep one", a.Reshoots, a.ReshootsExtent)
	case a.ReshootsExtent == Unlimited:
		v.add("approval.reshoots_extent", RuleUnlimitedRevisions, "reshoots are unlimited on top of the edit rounds; cap the reshoots the fee includes and price further ones")
	}
}
