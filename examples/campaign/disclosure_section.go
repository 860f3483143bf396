package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// disclosureSection prints each post's disclosure verdict under its
// jurisdiction's caption rules, the rules it breaks, and the caption that
// disclosure.Autofix suggests. A post outside the US is also checked
// under US rules, to show where the two differ.
func disclosureSection(w io.Writer, c Campaign) error {
	fmt.Fprintln(w, "== Disclosure")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "post\tplatform\tformat\tjurisdiction\tverdict\tfindings")
	type suggestion struct{ id, caption string }
	var suggestions []suggestion
	var differences []string
	for _, cr := range c.Creators {
		for _, p := range cr.Posts {
			post, err := disclosurePost(c, cr, p)
			if err != nil {
				return err
			}
			r := disclosure.Check(post)
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, cr.Platform, p.Format, post.Jurisdiction, verdict(r), findingSummary(r))
			if post.Jurisdiction != disclosure.US {
				us := post
				us.Jurisdiction = disclosure.US
				if ur := disclosure.Check(us); findingSummary(ur) != findingSummary(r) {
					differences = append(differences, fmt.Sprintf("  %s: under %s rules %s (%s); under US rules %s (%s)",
						p.ID, post.Jurisdiction, verdict(r), findingSummary(r), verdict(ur), findingSummary(ur)))
				}
			}
			if fixed := disclosure.Autofix(post); fixed != post.Caption {
				suggestions = append(suggestions, suggestion{p.ID, fixed})
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(differences) > 0 {
		fmt.Fprintln(w, "Outside the US:")
		for _, d := range differences {
			fmt.Fprintln(w, d)
		}
	}
	if len(suggestions) > 0 {
		fmt.Fprintln(w, "Suggested captions:")
		for _, s := range suggestions {
			fmt.Fprintf(w, "  %s: %q\n", s.id, s.caption)
		}
	}
	return nil
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
