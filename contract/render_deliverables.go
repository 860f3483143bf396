package contract

import (
	"slices"
	"strconv"

	"github.com/influencekit/influencekit"
)

// deliverables writes the table of what the Creator posts.
func (r *renderer) deliverables() {
	r.heading("Deliverables")
	if len(r.c.Deliverables) == 0 {
		r.notAgreed("what the Creator posts, where and when")
		return
	}
	r.line("| # | Platform | Content | Quantity | First due | Cadence | Last due |")
	r.line("|---|---|---|---|---|---|---|")
	for i, d := range r.c.Deliverables {
		first, last := d.Dates()
		content := formatName(d.Format, d.Quantity)
		if !isBlank(d.Description) {
			content += ": " + escape(d.Description)
		}
		firstDue, lastDue := r.date(first), r.date(last)
		switch {
		case d.Due.IsZero() && d.DueToBeAgreed:
			firstDue, lastDue = "to be agreed", "to be agreed"
		case d.Due.IsZero() && d.DueAfter != UnstatedTrigger:
			firstDue = r.days(max(d.DueDays, 0)) + " after " + d.DueAfter.event()
			lastDue = "as the cadence runs from it"
			if d.Quantity <= 1 || d.Cadence == AllAtOnce {
				lastDue = firstDue
			}
		}
		quantity := "(not set)"
		if d.Quantity > 0 {
			quantity = r.count(d.Quantity)
		}
		r.line("| ", strconv.Itoa(i+1), " | ", platformName(d.Platform), " | ", content, " | ",
			quantity, " | ", firstDue, " | ", cadenceName(d), " | ", lastDue, " |")
	}
}

// maxListedPieces is how many pieces of one series the deadlines list
// day by day; a longer series lists them and then its last piece.
const maxListedPieces = 60

// deadlines lists every dated obligation in date order: each piece's
// go-live day and each dated payment. It lists no day the agreement does
// not state or compute from its dates (no draft deadline derived from the
// review time).
func (r *renderer) deadlines() {
	r.heading("Deadlines")
	type deadline struct {
		day  Date
		what string
	}
	var ds []deadline
	for i, d := range r.c.Deliverables {
		if !d.Due.Valid() {
			continue
		}
		n := "deliverable " + strconv.Itoa(i+1)
		first, last := d.Dates()
		if first == last {
			ds = append(ds, deadline{first, n + " goes live"})
			continue
		}
		// Every piece of a series, each on its own day.
		pieces := min(d.Quantity, maxListedPieces)
		for k := range pieces {
			ds = append(ds, deadline{d.Cadence.nth(first, k), n + ": piece " + strconv.FormatInt(k+1, 10) + " of " + r.count(d.Quantity) + " goes live"})
		}
		if d.Quantity > pieces {
			ds = append(ds, deadline{last, n + ": the last of " + r.count(d.Quantity) + " pieces goes live"})
		}
	}
	if p := r.c.Payment; p != nil {
		for i, in := range p.Schedule {
			if in.Due.Valid() {
				ds = append(ds, deadline{in.Due, "Brand pays installment " + strconv.Itoa(i+1)})
			}
		}
	}
	if len(ds) == 0 {
		r.notAgreed("no deliverable or payment has a date")
		return
	}
	// A stable sort keeps same-day items in the order above.
	slices.SortStableFunc(ds, func(a, b deadline) int { return a.day.Compare(b.day) })
	for _, d := range ds {
		r.line("- ", r.date(d.day), ": ", d.what)
	}
}

var platformNames = [...]string{
	influencekit.UnknownPlatform: "(platform not set)",
	influencekit.Instagram:       "Instagram",
	influencekit.TikTok:          "TikTok",
	influencekit.YouTube:         "YouTube",
	influencekit.Facebook:        "Facebook",
	influencekit.X:               "X",
	influencekit.LinkedIn:        "LinkedIn",
	influencekit.Pinterest:       "Pinterest",
	influencekit.Twitch:          "Twitch",
	influencekit.Snapchat:        "Snapchat",
	influencekit.Threads:         "Threads",
	influencekit.Blog:            "Blog",
}

func platformName(p influencekit.Platform) string {
	if int(p) < len(platformNames) {
		return platformNames[p]
	}
	return p.String()
}

// formatName is the format as a noun, plural when n is not 1.
func formatName(f influencekit.Format, n int64) string {
	if f == influencekit.UnknownFormat {
		return "(format not set)"
	}
	s := f.String()
	if n == 1 {
		return s
	}
	if f == influencekit.Story {
		return "stories"
	}
	return s + "s"
}

func cadenceName(d Deliverable) string {
	if d.Quantity <= 1 {
		return "once"
	}
	switch d.Cadence {
	case AllAtOnce:
		return "all at once"
	case Fortnightly:
		return "every 2 weeks"
	}
	return d.Cadence.String()
}
