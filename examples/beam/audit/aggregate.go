package audit

import (
	"cmp"
	"encoding/json"
	"maps"
	"slices"
)

// Dimensions the audit aggregates by.
const (
	ByCreator      = "creator"
	ByBrand        = "brand"
	ByJurisdiction = "jurisdiction"
)

// Tally counts the results of one key. Tallies add up in any order and
// grouping: Add is associative and commutative, which is what lets a runner
// combine them on many workers.
type Tally struct {
	Posts, Compliant, Errors int64
	FindingsPerRule          map[string]int64
	// PostsPerCategory counts the posts by the category the check judged
	// ("alcohol", "other", "unknown" for none); its counts add up to
	// Posts.
	PostsPerCategory map[string]int64
}

// TallyOf returns the tally of one result.
func TallyOf(r Result) Tally {
	t := Tally{Posts: 1, Errors: r.Errors, FindingsPerRule: map[string]int64{}, PostsPerCategory: map[string]int64{r.Category: 1}}
	if r.Compliant {
		t.Compliant = 1
	}
	for _, rule := range r.Rules {
		t.FindingsPerRule[rule]++
	}
	return t
}

// Add returns the sum of t and u; neither is changed.
func (t Tally) Add(u Tally) Tally {
	sum := Tally{
		Posts: t.Posts + u.Posts, Compliant: t.Compliant + u.Compliant, Errors: t.Errors + u.Errors,
		FindingsPerRule:  make(map[string]int64, len(t.FindingsPerRule)+len(u.FindingsPerRule)),
		PostsPerCategory: make(map[string]int64, len(t.PostsPerCategory)+len(u.PostsPerCategory)),
	}
	for _, x := range []Tally{t, u} {
		for rule, n := range x.FindingsPerRule {
			sum.FindingsPerRule[rule] += n
		}
		for c, n := range x.PostsPerCategory {
			sum.PostsPerCategory[c] += n
		}
	}
	return sum
}

// Aggregate is the tally of one key of one dimension, as written to the
// aggregate outputs: {"dimension":"creator","key":"@tess","posts":12,
// "compliant":9,"share_compliant":0.75,"errors":4,"findings_per_rule":{...},
// "posts_per_category":{"alcohol":2,"other":4,"unknown":6}}.
// A post without a creator (or brand) is tallied under the key "".
type Aggregate struct {
	Dimension        string           `json:"dimension"`
	Key              string           `json:"key"`
	Posts            int64            `json:"posts"`
	Compliant        int64            `json:"compliant"`
	ShareCompliant   float64          `json:"share_compliant"` // Compliant / Posts, a fraction
	Errors           int64            `json:"errors"`
	FindingsPerRule  map[string]int64 `json:"findings_per_rule"`
	PostsPerCategory map[string]int64 `json:"posts_per_category"` // by the category judged; adds up to Posts
}

// NewAggregate returns the aggregate of key in dimension from its tally.
func NewAggregate(dimension, key string, t Tally) Aggregate {
	a := Aggregate{Dimension: dimension, Key: key, Posts: t.Posts, Compliant: t.Compliant, Errors: t.Errors,
		FindingsPerRule: map[string]int64{}, PostsPerCategory: map[string]int64{}}
	maps.Copy(a.FindingsPerRule, t.FindingsPerRule)
	maps.Copy(a.PostsPerCategory, t.PostsPerCategory)
	if t.Posts > 0 {
		a.ShareCompliant = float64(t.Compliant) / float64(t.Posts)
	}
	return a
}

// JSON returns a as one JSON line (map keys sorted, as encoding/json writes them).
func (a Aggregate) JSON() string {
	b, _ := json.Marshal(a) // strings, integers, finite floats and a map[string]int64 always marshal
	return string(b)
}

// MoreErrors orders aggregates for the "most errors" ranking: more errors
// first, then more posts, then by key, so the ranking is the same on every
// runner.
func MoreErrors(a, b Aggregate) int {
	if c := cmp.Compare(b.Errors, a.Errors); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Posts, a.Posts); c != 0 {
		return c
	}
	return cmp.Compare(a.Key, b.Key)
}

// fewerErrors is the "less" of top.Largest: a ranks below b.
func fewerErrors(a, b Aggregate) bool { return MoreErrors(a, b) > 0 }

// keyFn keys a result's tally by one dimension.
type keyFn struct {
	Dimension string
}

func (fn *keyFn) ProcessElement(r Result) (string, Tally) {
	switch fn.Dimension {
	case ByBrand:
		return r.Brand, TallyOf(r)
	case ByJurisdiction:
		return r.Jurisdiction, TallyOf(r)
	}
	return r.Creator, TallyOf(r)
}

// merge adds u into t, reusing t's map, and returns t: what a CombineFn
// may do with the accumulator it is given, and what Add cannot do to its
// caller's values.
func (t Tally) merge(u Tally) Tally {
	t.Posts += u.Posts
	t.Compliant += u.Compliant
	t.Errors += u.Errors
	if t.FindingsPerRule == nil {
		t.FindingsPerRule = make(map[string]int64, len(u.FindingsPerRule))
	}
	for rule, n := range u.FindingsPerRule {
		t.FindingsPerRule[rule] += n
	}
	if t.PostsPerCategory == nil {
		t.PostsPerCategory = make(map[string]int64, len(u.PostsPerCategory))
	}
	for c, n := range u.PostsPerCategory {
		t.PostsPerCategory[c] += n
	}
	return t
}

// tallyFn combines tallies. Beam hands MergeAccumulators accumulators it
// owns, so the first may be added to in place.
type tallyFn struct{}

func (tallyFn) MergeAccumulators(a, b Tally) Tally { return a.merge(b) }

// aggregateFn turns a key's combined tally into its Aggregate.
type aggregateFn struct {
	Dimension string
}

func (fn *aggregateFn) ProcessElement(key string, t Tally) Aggregate {
	return NewAggregate(fn.Dimension, key, t)
}

// rankFn writes the ranking of the creators with the most errors, one line
// per creator in order.
func rankFn(top []Aggregate, emit func(string)) {
	slices.SortFunc(top, MoreErrors)
	for _, a := range top {
		emit(a.JSON())
	}
}

func aggregateJSON(a Aggregate) string { return a.JSON() }

func deadLetterJSON(d DeadLetter) string {
	b, _ := json.Marshal(d) // strings and an integer always marshal
	return string(b)
}

func resultJSON(r Result) string { return r.JSON }
