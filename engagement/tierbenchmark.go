package engagement

import (
	"fmt"
	"math"
	"strings"

	"github.com/influencekit/influencekit"

	"github.com/influencekit/influencekit/tier"
)

// TierBenchmark is one row of a [BenchmarkTable]: the engagement rate, as a
// fraction, expected of creators in one tier.
type TierBenchmark struct {
	Tier     tier.Tier `json:"tier"`
	Expected Range     `json:"expected"` // Low == High for a single published figure
}

// BenchmarkTable is a published table of expected engagement by follower
// tier, keyed on the [tier.Scale] its source uses. A BenchmarkTable is
// immutable and safe for concurrent use. The zero BenchmarkTable has no rows.
type BenchmarkTable struct {
	name, source string
	scale        tier.Scale
	rows         []TierBenchmark // at most one per tier, in tier order
}

// NewBenchmarkTable returns a table named name whose figures come from
// source, with follower counts sorted into tiers by scale. Each row's
// Expected must be a valid [Range] (finite, 0 <= Low <= High, High > 0), each
// tier may appear once and must be a declared tier that is not empty on
// scale; otherwise the error wraps [ErrInvalidThreshold].
func NewBenchmarkTable(name, source string, scale tier.Scale, rows ...TierBenchmark) (BenchmarkTable, error) {
	sorted := make([]TierBenchmark, 0, len(rows))
	for i, row := range rows {
		if row.Expected.Valid() != nil {
			return BenchmarkTable{}, fmt.Errorf("%w: benchmark table %q row %d (%s): range [%v, %v] must have finite bounds with 0 <= Low <= High",
				ErrInvalidThreshold, name, i, row.Tier, float64(row.Expected.Low), float64(row.Expected.High))
		}
		if row.Expected.High <= 0 {
			return BenchmarkTable{}, fmt.Errorf("%w: benchmark table %q row %d (%s): expected rate must be above zero", ErrInvalidThreshold, name, i, row.Tier)
		}
		if _, _, ok := scale.Range(row.Tier); !ok {
			return BenchmarkTable{}, fmt.Errorf("%w: benchmark table %q row %d: tier %s is empty or undeclared on scale %s", ErrInvalidThreshold, name, i, row.Tier, scale)
		}
		at := len(sorted)
		for j, s := range sorted {
			if s.Tier == row.Tier {
				return BenchmarkTable{}, fmt.Errorf("%w: benchmark table %q: tier %s appears twice", ErrInvalidThreshold, name, row.Tier)
			}
			if s.Tier > row.Tier && at == len(sorted) {
				at = j
			}
		}
		sorted = append(sorted, TierBenchmark{})
		copy(sorted[at+1:], sorted[at:])
		sorted[at] = row
	}
	return BenchmarkTable{name: name, source: source, scale: scale, rows: sorted}, nil
}

func mustBenchmarkTable(name, source string, scale tier.Scale, rows ...TierBenchmark) BenchmarkTable {
	t, err := NewBenchmarkTable(name, source, scale, rows...)
	if err != nil {
		panic(err)
	}
	return t
}

// Name returns the table's short name, the SOURCES.md key of its source:
// "hypeauditor-2018" (HypeAuditor, "Instagram engagement rate by follower
// count", 2018) for [HypeAuditor2018Benchmarks].
func (t BenchmarkTable) Name() string { return t.name }

// Source returns the citation of the table's figures.
func (t BenchmarkTable) Source() string { return t.source }

// Scale returns the tier scale the table is keyed on.
func (t BenchmarkTable) Scale() tier.Scale { return t.scale }

// Rows returns a copy of the table's rows in tier order.
func (t BenchmarkTable) Rows() []TierBenchmark {
	return append([]TierBenchmark(nil), t.rows...)
}

// Expected returns the benchmark for tier tr; ok is false when the table
// has no figure for it.
func (t BenchmarkTable) Expected(tr tier.Tier) (expected Range, ok bool) {
	for _, row := range t.rows {
		if row.Tier == tr {
			return row.Expected, true
		}
	}
	return Range{}, false
}

// TierComparison is how a creator's engagement rate stands against the
// benchmark of their tier.
type TierComparison struct {
	Table     string                `json:"table"`     // the BenchmarkTable's name
	Followers int64                 `json:"followers"` // the creator's follower count
	Tier      tier.Tier             `json:"tier"`      // the creator's tier on the table's scale
	Rate      Rate                  `json:"rate"`      // the creator's rate, a fraction
	Expected  Range                 `json:"expected"`  // the tier's benchmark
	Standing  influencekit.Standing `json:"standing"`  // Below, Within or Above Expected (bounds inclusive)
	Ratio     float64               `json:"ratio"`     // Rate / Expected.Mid(): 0.5 is half the benchmark
}

// Compare sorts followers into a tier on the table's scale and compares r
// with that tier's benchmark. The shipped tables measure likes plus
// comments over followers, so compute r the same way, e.g.
// ByFollowers(Interactions{Likes: l, Comments: c}, followers), or a mean of
// such rates over recent posts. ok is false when the tier has no figure in
// the table, when followers is negative or r is negative, NaN or infinite,
// or when Ratio would not be finite (a rate too large for float64 to divide
// by the benchmark, or a benchmark whose midpoint underflows to zero), so a
// comparison never carries NaN or Inf.
func (t BenchmarkTable) Compare(r Rate, followers int64) (c TierComparison, ok bool) {
	f := float64(r)
	if followers < 0 || f < 0 || math.IsNaN(f) || math.IsInf(f, 0) {
		return TierComparison{}, false
	}
	tr := t.scale.Of(followers)
	expected, ok := t.Expected(tr)
	if !ok {
		return TierComparison{}, false
	}
	ratio := f / float64(expected.Mid())
	if math.IsInf(ratio, 0) || math.IsNaN(ratio) {
		return TierComparison{}, false
	}
	return TierComparison{
		Table:     t.name,
		Followers: followers,
		Tier:      tr,
		Rate:      r,
		Expected:  expected,
		Standing:  expected.Stand(r),
		Ratio:     ratio,
	}, true
}

// String describes the comparison with the name of its table, the key of
// the table's source; against hypeauditor-2018 (HypeAuditor, "Instagram
// engagement rate by follower count", 2018): "2.90% vs 2.28% expected of
// micro (hypeauditor-2018): above, 1.27x".
func (c TierComparison) String() string {
	return fmt.Sprintf("%s vs %s expected of %s (%s): %s, %.2fx", c.Rate, c.Expected, c.Tier, c.Table, c.Standing, c.Ratio)
}

// String describes t for logs: its name, scale and rows. For the table of
// micro-how-to ("What is Micro-Influencer Marketing? How to Work With
// Them"): "micro-how-to on micro-up-to-10k: unranked 8.00%, micro 4.00%,
// mid 2.40%, mega 1.70%". The zero table is "empty benchmark table".
func (t BenchmarkTable) String() string {
	if len(t.rows) == 0 && t.name == "" {
		return "empty benchmark table"
	}
	var b strings.Builder
	b.WriteString(t.name + " on " + t.scale.Name() + ":")
	for i, row := range t.rows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(" " + row.Tier.String() + " " + row.Expected.String())
	}
	return b.String()
}
