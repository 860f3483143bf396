package contract

import (
	"errors"
	"strings"
)

// BriefPart is one thing a brief must state. The section "Create a Killer
// Brief" of mighty-micro ("The mighty micro-influencer", a small-business
// guide): "Outline the campaign goals, target audience, key messages,
// deliverables (e.g., Instagram posts, stories, reels, blog articles),
// timelines, and payment terms." Its text form is the lower-case name
// ("target audience"); parsing ignores case.
//
//enumgen:names goals, target audience, key messages, deliverables, timelines, payment terms
type BriefPart uint8

// The parts of a brief, in the order of mighty-micro ("The mighty
// micro-influencer", a small-business guide).
const (
	BriefGoals        BriefPart = iota // brief.goals: what the campaign wants to achieve
	BriefAudience                      // brief.audience: who the content is for
	BriefKeyMessages                   // brief.key_messages: what the content must say
	BriefDeliverables                  // deliverables: what to post, where
	BriefTimelines                     // term and each deliverable's due date
	BriefPaymentTerms                  // payment.total and a dated payment.schedule
)

// ErrUnknownBriefPart is wrapped by errors for text that names no brief
// part.
var ErrUnknownBriefPart = errors.New("contract: unknown brief part")

var briefPartFields = [...]string{"brief.goals", "brief.audience", "brief.key_messages", "deliverables", "term", "payment"}

// Field returns the JSON path where the part belongs ("brief.key_messages",
// "term" for timelines), or "" for a value outside the declared constants.
func (b BriefPart) Field() string {
	if int(b) < len(briefPartFields) {
		return briefPartFields[b]
	}
	return ""
}

// MissingBriefParts is the brief check on its own (mighty-micro ("The mighty
// micro-influencer", a small-business guide), mistake 7: "Giving them a
// vague, non-descript brief"). It returns, in mighty-micro's order, every
// part the contract does not state:
//
//   - goals, target audience, key messages: the brief has no non-blank
//     goal, audience or key message;
//   - deliverables: there are no deliverables;
//   - timelines: the term lacks a start or end, or a deliverable lacks its
//     due date;
//   - payment terms: there is no payment total, no schedule, or an
//     installment lacks both its date and a trigger; a product-only deal
//     states its payment terms with its incentives.
//
// A brief by reference ([Brief.Reference]) states the first three parts in
// the referenced document.
//
// A brief that only says "have fun!" misses all six. A nil result means
// the brief is complete. [Contract.Validate] reports the first three as one
// RuleVagueBrief problem; the others are reported there under the
// sections they belong to.
func (c Contract) MissingBriefParts() []BriefPart {
	var missing []BriefPart
	var b Brief
	if c.Brief != nil {
		b = *c.Brief
	}
	if !isBlank(b.Reference) { // the separate brief states them
		b.Goals, b.Audience, b.KeyMessages = []string{b.Reference}, b.Reference, []string{b.Reference}
	}
	if !anyText(b.Goals) {
		missing = append(missing, BriefGoals)
	}
	if isBlank(b.Audience) {
		missing = append(missing, BriefAudience)
	}
	if !anyText(b.KeyMessages) {
		missing = append(missing, BriefKeyMessages)
	}
	if len(c.Deliverables) == 0 {
		missing = append(missing, BriefDeliverables)
	}
	if !c.statesTimelines() {
		missing = append(missing, BriefTimelines)
	}
	if !c.statesPaymentTerms() {
		missing = append(missing, BriefPaymentTerms)
	}
	return missing
}

func (c Contract) statesTimelines() bool {
	if c.Term == nil || !c.Term.Start.Valid() || !c.Term.End.Valid() {
		return false
	}
	for _, d := range c.Deliverables {
		if !d.Due.Valid() {
			return false
		}
	}
	return true
}

func (c Contract) statesPaymentTerms() bool {
	p := c.Payment
	if p != nil && p.ProductOnly {
		return len(p.Incentives) > 0
	}
	if p == nil || p.Total == nil || len(p.Schedule) == 0 {
		return false
	}
	for _, in := range p.Schedule {
		if !in.Due.Valid() && p.triggerOf(in) == UnstatedTrigger {
			return false
		}
	}
	return true
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func anyText(list []string) bool {
	for _, s := range list {
		if !isBlank(s) {
			return true
		}
	}
	return false
}

// joinParts lists names as "a", "a and b" or "a, b and c".
func joinParts(names []string) string { return joinWith(names, "and") }

// joinWith lists names with the conjunction before the last: with "or",
// "a", "a or b" or "a, b or c".
func joinWith(names []string, conjunction string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + conjunction + " " + names[len(names)-1]
}
