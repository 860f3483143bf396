package engagement

import (
	"math"
	"strings"
	"testing"

	"github.com/influencekit/influencekit/tier"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShippedBenchmarkTables(t *testing.T) {
	tests := []struct {
		why       string
		table     BenchmarkTable
		followers int64
		tier      tier.Tier
		expected  string
	}{
		{"micro-how-to: under 1K followers, 8%", MicroHowToBenchmarks, 500, tier.Unranked, "8.00%"},
		{"micro-how-to: 1K-10K, 4%", MicroHowToBenchmarks, 4_000, tier.Micro, "4.00%"},
		{"micro-how-to: 10K-100K, 2.4%", MicroHowToBenchmarks, 42_000, tier.Mid, "2.40%"},
		{"micro-how-to: 1M-10M, 1.7%", MicroHowToBenchmarks, 2_000_000, tier.Mega, "1.70%"},
		{"HypeAuditor 2018: 0-1K, 10.58%", HypeAuditor2018Benchmarks, 999, tier.Unranked, "10.58%"},
		{"HypeAuditor 2018: 1-5K, 4.26% (4,000 is nano on its scale)", HypeAuditor2018Benchmarks, 4_000, tier.Nano, "4.26%"},
		{"HypeAuditor 2018: 5-20K, 2.28% (the floor is inclusive)", HypeAuditor2018Benchmarks, 5_000, tier.Micro, "2.28%"},
		{"HypeAuditor 2018: 20-100K, 1.62%", HypeAuditor2018Benchmarks, 42_000, tier.Mid, "1.62%"},
		{"HypeAuditor 2018: 100K-1M, 1.55%", HypeAuditor2018Benchmarks, 250_000, tier.Macro, "1.55%"},
		{"HypeAuditor 2018: 1M+, 1.54%", HypeAuditor2018Benchmarks, 1_000_000, tier.Mega, "1.54%"},
		{"mighty-micro: micro 7-20%", MightyMicroBenchmarks, 42_000, tier.Micro, "7.00%-20.00%"},
		{"mighty-micro: macro around 5%", MightyMicroBenchmarks, 250_000, tier.Macro, "5.00%"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c, ok := tt.table.Compare(0.03, tt.followers)
			require.True(t, ok)
			assert.Equal(t, tt.tier, c.Tier)
			assert.Equal(t, tt.expected, c.Expected.String())
			assert.Equal(t, tt.table.Name(), c.Table)
			assert.Equal(t, tt.followers, c.Followers)
		})
	}
}

func TestBenchmarkTableGaps(t *testing.T) {
	tests := []struct {
		why       string
		table     BenchmarkTable
		rate      Rate
		followers int64
	}{
		{"micro-how-to quotes nothing for 100K-1M", MicroHowToBenchmarks, 0.02, 250_000},
		{"mighty-micro quotes nothing for nano", MightyMicroBenchmarks, 0.02, 4_000},
		{"negative followers are not a creator", HypeAuditor2018Benchmarks, 0.02, -1},
		{"a negative rate is not a rate", HypeAuditor2018Benchmarks, -0.02, 4_000},
		{"NaN is not a rate", HypeAuditor2018Benchmarks, Rate(math.NaN()), 4_000},
		{"infinity is not a rate", HypeAuditor2018Benchmarks, Rate(math.Inf(1)), 4_000},
		{"the zero table has no rows", BenchmarkTable{}, 0.02, 4_000},
		{"a finite rate whose ratio to the benchmark overflows would report an infinite Ratio",
			HypeAuditor2018Benchmarks, Rate(math.MaxFloat64), 4_000},
		{"a benchmark whose midpoint underflows to 0 would report a NaN Ratio for a zero rate",
			mustBenchmarkTable("tiny", "test", tier.Standard, TierBenchmark{Tier: tier.Nano, Expected: Range{0, math.SmallestNonzeroFloat64}}), 0, 4_000},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c, ok := tt.table.Compare(tt.rate, tt.followers)
			assert.False(t, ok)
			assert.Zero(t, c)
		})
	}
}

func TestCompareStanding(t *testing.T) {
	tests := []struct {
		why      string
		table    BenchmarkTable
		rate     Rate
		want     Standing
		ratio    float64
		describe string
	}{
		{"stryde-greg: 14.85% against micro-how-to's 4% for 1K-10K", MicroHowToBenchmarks, 0.1485, Above, 3.7125,
			"14.85% vs 4.00% expected of micro (micro-how-to): above, 3.71x"},
		{"exactly the figure is within", MicroHowToBenchmarks, 0.04, Within, 1, "4.00% vs 4.00% expected of micro (micro-how-to): within, 1.00x"},
		{"half the figure", MicroHowToBenchmarks, 0.02, Below, 0.5, "2.00% vs 4.00% expected of micro (micro-how-to): below, 0.50x"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c, ok := tt.table.Compare(tt.rate, 4_000)
			require.True(t, ok)
			assert.Equal(t, tt.want, c.Standing)
			assert.InDelta(t, tt.ratio, c.Ratio, 1e-12)
			assert.Equal(t, tt.describe, c.String())
		})
	}
	c, ok := MightyMicroBenchmarks.Compare(0.10, 42_000)
	require.True(t, ok)
	assert.Equal(t, Within, c.Standing, "inside mighty-micro's 7-20% band")
	assert.InDelta(t, 0.10/0.135, c.Ratio, 1e-12, "the ratio is against the band's midpoint")
}

func TestNewBenchmarkTable(t *testing.T) {
	good := TierBenchmark{Tier: tier.Micro, Expected: Range{0.02, 0.03}}
	tests := []struct {
		why  string
		rows []TierBenchmark
		ok   bool
	}{
		{"a valid row", []TierBenchmark{good}, true},
		{"no rows is an empty but valid table", nil, true},
		{"a tier twice", []TierBenchmark{good, good}, false},
		{"inverted range", []TierBenchmark{{Tier: tier.Micro, Expected: Range{0.03, 0.02}}}, false},
		{"a zero figure cannot be compared against", []TierBenchmark{{Tier: tier.Micro, Expected: Range{0, 0}}}, false},
		{"NaN figure", []TierBenchmark{{Tier: tier.Micro, Expected: Range{Rate(math.NaN()), 0.02}}}, false},
		{"Standard has no mid tier", []TierBenchmark{{Tier: tier.Mid, Expected: Range{0.02, 0.02}}}, false},
		{"an undeclared tier", []TierBenchmark{{Tier: tier.Tier(9), Expected: Range{0.02, 0.02}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			table, err := NewBenchmarkTable("test", "a test", tier.Standard, tt.rows...)
			if tt.ok {
				require.NoError(t, err)
				assert.Equal(t, "test", table.Name())
				assert.Equal(t, "a test", table.Source())
				assert.Equal(t, tier.Standard, table.Scale())
				return
			}
			assert.ErrorIs(t, err, ErrInvalidThreshold)
			// Like every other error of the package, the message starts with
			// the sentinel's text and then names what was wrong.
			assert.True(t, strings.HasPrefix(err.Error(), `engagement: invalid threshold: benchmark table "test"`), err.Error())
		})
	}
}

func TestBenchmarkTableRowsAreSortedAndCopied(t *testing.T) {
	table, err := NewBenchmarkTable("t", "s", tier.Standard,
		TierBenchmark{Tier: tier.Mega, Expected: Range{0.01, 0.01}},
		TierBenchmark{Tier: tier.Nano, Expected: Range{0.05, 0.05}},
		TierBenchmark{Tier: tier.Macro, Expected: Range{0.02, 0.02}},
	)
	require.NoError(t, err)
	rows := table.Rows()
	require.Len(t, rows, 3)
	assert.Equal(t, []tier.Tier{tier.Nano, tier.Macro, tier.Mega}, []tier.Tier{rows[0].Tier, rows[1].Tier, rows[2].Tier})
	rows[0].Expected = Range{9, 9}
	got, ok := table.Expected(tier.Nano)
	require.True(t, ok)
	assert.Equal(t, Range{0.05, 0.05}, got, "Rows returns a copy; the table is immutable")
}

func TestBenchmarkTablesList(t *testing.T) {
	tables := BenchmarkTables()
	require.Len(t, tables, 3)
	for _, table := range tables {
		assert.NotEmpty(t, table.Name())
		assert.NotEmpty(t, table.Source(), "every table cites its source")
		assert.NotEmpty(t, table.Rows())
	}
	assert.Equal(t, "hypeauditor-2018", tables[0].Name())
}

// TestExportedTablesAreCopies: the shipped tables are variables, and a
// program assigning to one must not change the defaults other callers get.
func TestExportedTablesAreCopies(t *testing.T) {
	saved := HypeAuditor2018Benchmarks
	t.Cleanup(func() { HypeAuditor2018Benchmarks = saved })
	HypeAuditor2018Benchmarks = BenchmarkTable{}

	assert.Equal(t, "hypeauditor-2018", DefaultSignalThresholds().Benchmarks.Name(), "the default thresholds keep the built table")
	assert.Equal(t, "hypeauditor-2018", BenchmarkTables()[0].Name(), "BenchmarkTables keeps the built table")
	assert.NoError(t, DefaultSignalThresholds().Valid())
}
