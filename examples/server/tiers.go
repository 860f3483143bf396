package main

import (
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit/tier"
)

// tierResult is what /v1/tiers returns: the tier of a follower count on a
// scale, and the tier's follower range [min, max).
type tierResult struct {
	Followers int64      `json:"followers"`
	Tier      tier.Tier  `json:"tier"`
	Scale     tier.Scale `json:"scale"`
	Min       int64      `json:"min"` // the tier's first follower count
	Max       int64      `json:"max"` // the next tier's first count (exclusive), or 9223372036854775807 for mega
}

// tiers answers GET /v1/tiers?followers=N&scale=name, N a whole number of
// at least 0 (a negative count is a 400). scale is one of
// tier.Scales by name, "standard" when absent. As with JSON members, an
// unknown or repeated parameter is an error rather than ignored.
func (s *server) tiers(w http.ResponseWriter, r *http.Request) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.problem(w, r, problemInvalidValue("", "the query string is malformed: "+err.Error()))
		return
	}
	for _, name := range slices.Sorted(maps.Keys(q)) {
		switch {
		case name != "followers" && name != "scale":
			s.problem(w, r, problemInvalidValue(name, "unknown query parameter "+strconv.Quote(name)+"; this route reads followers and scale"))
			return
		case len(q[name]) > 1:
			s.problem(w, r, problemInvalidValue(name, name+" is given more than once"))
			return
		}
	}
	raw := q.Get("followers")
	if raw == "" {
		s.problem(w, r, problemInvalidValue("followers", "followers is required: a follower count, such as followers=42000"))
		return
	}
	followers, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || followers < 0 {
		s.problem(w, r, problemInvalidValue("followers", "followers "+strconv.Quote(raw)+" is not a follower count: a whole number, at least 0"))
		return
	}
	scale := tier.Standard
	if name := q.Get("scale"); name != "" {
		sc, ok := tier.LookupScale(name)
		if !ok {
			var names []string
			for _, sc := range tier.Scales() {
				names = append(names, sc.Name())
			}
			s.problem(w, r, problemInvalidValue("scale", "unknown scale "+strconv.Quote(name)+"; one of "+strings.Join(names, ", ")))
			return
		}
		scale = sc
	}
	t := scale.Of(followers)
	lo, hi, _ := scale.Range(t) // never empty: followers is in it
	s.writeJSON(w, r, tierResult{Followers: followers, Tier: t, Scale: scale, Min: lo, Max: hi})
}
