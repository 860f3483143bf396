package audit

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/tier"
)

// Result is one checked post: the keys it is aggregated under, its verdict
// in brief, and its whole result as a JSON line (see [Check]).
type Result struct {
	Creator, Brand, Jurisdiction string
	Category                     string // the category Check judged, by its name ("unknown" for none)
	Compliant                    bool
	Errors                       int64    // findings of error severity
	Rules                        []string // the rule of every finding, sorted, repeated as often as it fired
	JSON                         string   // the line written to the per-post output
}

// postResult is the per-post output line.
type postResult struct {
	File         string            `json:"file"`
	Line         int64             `json:"line"`
	ID           string            `json:"id,omitempty"`
	Creator      string            `json:"creator,omitempty"`
	Brand        string            `json:"brand,omitempty"`
	Platform     string            `json:"platform"`
	Jurisdiction string            `json:"jurisdiction"`
	Connection   string            `json:"connection"`
	Category     string            `json:"category"`
	Compliant    bool              `json:"compliant"`
	Tier         string            `json:"tier,omitempty"`
	ERR          *float64          `json:"err,omitempty"`
	ERRError     string            `json:"err_error,omitempty"`
	Report       disclosure.Report `json:"report"`
}

// Check runs [disclosure.Check] on the post r describes and, where r gives
// them, tier.Of on its followers and engagement.ERR on its likes, comments
// and saves over its reach (an unknown count among those counts as 0; an
// unknown or zero reach gives no ERR, and ERR's error is reported in
// err_error instead).
//
// The per-post JSON line holds file, line, id, creator, brand, platform,
// jurisdiction, connection, category (the one Check judged, as
// [disclosure.Report.Category] names it: "unknown" when none was), compliant,
// tier, err (a fraction) and report, the disclosure.Report in the library's
// JSON form, whose category_span, category_overlay or category_transcript
// says where the post's text showed a category it did not declare.
func Check(r Record) Result {
	rep := disclosure.Check(r.Post())
	out := postResult{
		File: r.File, Line: r.Line, ID: r.ID, Creator: r.Creator, Brand: r.Brand,
		Platform: r.Platform.String(), Jurisdiction: r.Jurisdiction.String(), Connection: r.Connection.String(),
		Category: rep.Category.String(), Compliant: rep.Compliant(), Report: rep,
	}
	if r.Followers >= 0 {
		out.Tier = tier.Of(r.Followers).String()
	}
	if r.Reach > 0 {
		in := engagement.Interactions{Likes: max(r.Likes, 0), Comments: max(r.Comments, 0), Saves: max(r.Saves, 0)}
		if rate, err := engagement.ERR(in, r.Reach); err != nil {
			out.ERRError = err.Error()
		} else {
			f := float64(rate)
			out.ERR = &f
		}
	}
	res := Result{
		Creator: r.Creator, Brand: r.Brand, Jurisdiction: r.Jurisdiction.String(), Category: out.Category,
		Compliant: out.Compliant, Rules: make([]string, 0, len(rep.Findings)),
	}
	for _, f := range rep.Findings {
		res.Rules = append(res.Rules, string(f.Rule))
		if f.Severity == influencekit.SeverityError {
			res.Errors++
		}
	}
	sort.Strings(res.Rules)
	line, err := json.Marshal(out)
	if err != nil {
		// A Report always marshals; should it ever not, the line says so
		// rather than losing the post.
		line = fmt.Appendf(nil, `{"file":%q,"line":%d,"error":%q}`, r.File, r.Line, err.Error())
	}
	res.JSON = string(line)
	return res
}

// checkFn is [Check] as a DoFn.
type checkFn struct{}

func (checkFn) ProcessElement(r Record) Result { return Check(r) }
