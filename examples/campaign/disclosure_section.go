package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// disclosureSection lists each post's disclosure verdict under its
// jurisdiction's caption rules, the rules it breaks, and the caption that
// disclosure.Autofix suggests, then counts the rules broken by creator. A
// post whose restricted category Check judged, or whose images are altered
// or made by AI, is listed with what was judged. A
// post outside the US is also checked under US rules, to show where the
// two differ. A post that cannot be checked is an error; the others go on.
func disclosureSection(w sectionWriter, c Campaign) error {
	w.heading("Disclosure")
	t := w.table(0, "post", "platform", "format", "jurisdiction", "verdict", "findings")
	type suggestion struct{ id, caption string }
	var suggestions []suggestion
	var differences, judged []string
	var errs []error
	var handles []string
	var counts []map[string]int
	for i, cr := range c.Creators {
		broken := map[string]int{}
		for j, p := range cr.Posts {
			post, err := disclosurePost(c, cr, p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", c.where(jsonPath{"creators", i, "posts", j, "jurisdiction"}), err))
				continue
			}
			r := disclosure.Check(post)
			w.row(t, p.ID, cr.Platform.String(), p.Format.String(), post.Jurisdiction.String(), verdict(r), findingSummary(r))
			if s := contentJudged(post, r); s != "" {
				judged = append(judged, p.ID+": "+s)
			}
			for _, rule := range brokenRules(r) {
				broken[rule]++
			}
			if post.Jurisdiction != disclosure.US {
				us := post
				us.Jurisdiction = disclosure.US
				if ur := disclosure.Check(us); findingSummary(ur) != findingSummary(r) {
					differences = append(differences, fmt.Sprintf("%s: under %s rules %s (%s); under US rules %s (%s)",
						p.ID, post.Jurisdiction, verdict(r), findingSummary(r), verdict(ur), findingSummary(ur)))
				}
			}
			if fixed := disclosure.Autofix(post); fixed != post.Caption {
				suggestions = append(suggestions, suggestion{p.ID, fixed})
			}
		}
		handles = append(handles, cr.Handle)
		counts = append(counts, broken)
	}
	if len(judged) > 0 {
		w.subheading("Content judged:")
		for _, s := range judged {
			w.line(1, "%s", s)
		}
	}
	if len(differences) > 0 {
		w.subheading("Outside the US:")
		for _, d := range differences {
			w.line(1, "%s", d)
		}
	}
	if len(suggestions) > 0 {
		w.subheading("Suggested captions:")
		for _, s := range suggestions {
			w.line(1, "%s: %q", s.id, s.caption)
		}
	}
	w.subheading("Findings by creator and rule (posts breaking each rule):")
	grid := newGrid(handles, counts)
	if len(grid.Columns) == 0 {
		w.line(1, "none")
	} else {
		ft := w.table(1, "creator", "rule", "posts")
		for i, handle := range grid.Rows {
			for j, rule := range grid.Columns {
				if n := grid.Counts[i][j]; n > 0 {
					w.row(ft, handle, rule, strconv.Itoa(n))
				}
			}
		}
	}
	if len(grid.Columns) > 0 {
		w.chart(Chart{
			ID:    "findings-by-creator-and-rule",
			Title: "Disclosure findings by creator and rule",
			Desc:  "A cell per creator and rule: how many of the creator's posts break the rule; empty cells are none.",
			Grid:  grid,
		})
	}
	return errors.Join(errs...)
}

// contentJudged says what Check judged a post to promote, when that is a
// restricted category, with the caption's words that showed it, and how
// its images were made, when they were altered ("category alcohol, from
// \"gin\" (age-gated); alteration generated; virtual creator"), or ""
// when neither.
func contentJudged(p disclosure.Post, r disclosure.Report) string {
	var parts []string
	if r.Category != disclosure.UnknownCategory && r.Category != disclosure.OtherCategory {
		s := "category " + r.Category.String()
		if at := r.CategorySpan; at != nil {
			s += fmt.Sprintf(", from %q", p.Caption[at.Start:at.End])
		}
		if p.AgeGated {
			s += " (age-gated)"
		}
		parts = append(parts, s)
	}
	if a := p.EffectiveAlteration(); a != disclosure.NoAlteration {
		parts = append(parts, "alteration "+a.String())
	}
	if p.VirtualCreator {
		parts = append(parts, "virtual creator")
	}
	return strings.Join(parts, "; ")
}

// brokenRules returns the rules a report breaks, each once, in the order
// findingSummary names them.
func brokenRules(r disclosure.Report) []string {
	var rules []string
	for _, f := range r.Findings {
		if !slices.Contains(rules, string(f.Rule)) {
			rules = append(rules, string(f.Rule))
		}
	}
	return rules
}

func verdict(r disclosure.Report) string {
	if r.Compliant() {
		return "compliant"
	}
	return "NOT compliant"
}

// disclosurePost builds the disclosure package's view of a post. A post
// without a jurisdiction is checked under US rules, the zero value.
func disclosurePost(c Campaign, cr Creator, p Post) (disclosure.Post, error) {
	var j disclosure.Jurisdiction
	if p.Jurisdiction != "" {
		var err error
		if j, err = disclosure.ParseJurisdiction(p.Jurisdiction); err != nil {
			return disclosure.Post{}, fmt.Errorf("post %s: %w", p.ID, err)
		}
	}
	return disclosure.Post{
		Caption:      p.Caption,
		Platform:     cr.Platform,
		Format:       p.Format,
		Brand:        c.Brand,
		Jurisdiction: j,
		Edited:       p.Edited,
		Connection:   p.Connection,

		Alteration:     p.Alteration,
		VirtualCreator: p.VirtualCreator,
		Category:       p.Category,
		AgeGated:       p.AgeGated,
		Approval:       p.Approval,
		Followers:      max(cr.Followers, 0),
		PlatformLabel:  p.PlatformLabel,
	}, nil
}

// findingSummary lists the rules a report breaks, each once, errors
// first: "vague-disclosure, unsubstantiated-claim (warning)".
func findingSummary(r disclosure.Report) string {
	var errs, others []string
	for _, f := range r.Findings {
		name := string(f.Rule)
		if f.Severity < influencekit.SeverityError {
			name += " (" + f.Severity.String() + ")"
			if !slices.Contains(others, name) {
				others = append(others, name)
			}
			continue
		}
		if !slices.Contains(errs, name) {
			errs = append(errs, name)
		}
	}
	if len(errs)+len(others) == 0 {
		return "-"
	}
	return strings.Join(append(errs, others...), ", ")
}
