package influencekit_test

import (
	"bufio"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
)

// workload is one call of each hot function the library promises is safe
// for concurrent use, with inputs fixed up front.
type workload struct {
	posts     []disclosure.Post
	counts    []engagement.Interactions
	reaches   []int64
	budgets   []pricing.Money
	weights   [][]int64
	contracts []contract.Contract
}

// results is everything a workload returns, so that a concurrent run can be
// compared with a serial one value by value.
type results struct {
	reports   []disclosure.Report
	rates     []engagement.Rate
	rateErrs  []error
	parts     [][]pricing.Money
	partErrs  []error
	problems  [][]contract.Problem
	autofixes []string
}

func loadWorkload(t *testing.T) workload {
	t.Helper()
	f, err := os.Open(filepath.Join("disclosure", "testdata", "captions.txt"))
	require.NoError(t, err)
	defer f.Close()
	var w workload
	platforms := []influencekit.Platform{influencekit.Instagram, influencekit.TikTok, influencekit.YouTube, influencekit.X}
	sc := bufio.NewScanner(f)
	for i := 0; sc.Scan(); i++ {
		w.posts = append(w.posts, disclosure.Post{
			Caption:  sc.Text(),
			Platform: platforms[i%len(platforms)],
			Brand:    "Glow Co",
			Edited:   i%5 == 0,
		})
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, w.posts)

	for i := range int64(64) {
		w.counts = append(w.counts, engagement.Interactions{Likes: 500 + 37*i, Comments: 3 * i, Saves: i, Shares: i / 2})
		reach := 1_000 + 971*i
		switch {
		case i%9 == 0:
			reach = 0 // errors must compare equal too
		case i%13 == 0:
			reach = -reach
		}
		w.reaches = append(w.reaches, reach)
	}

	for i, amount := range []string{"100.00", "1000", "0.01", "-250.75", "12000.00", "99999.99"} {
		code := []string{"USD", "JPY", "USD", "EUR", "USD", "CHF"}[i]
		w.budgets = append(w.budgets, pricing.MustNew(amount, code))
		w.weights = append(w.weights, []int64{1, int64(i), 3, 0, 7})
	}
	w.weights[2] = []int64{0, 0} // all-zero weights: an error, compared like any result

	for _, name := range []string{"complete", "euro", "havefun"} {
		data, err := os.ReadFile(filepath.Join("contract", "testdata", name+".json"))
		require.NoError(t, err)
		c, err := contract.Parse(data)
		require.NoError(t, err, name)
		w.contracts = append(w.contracts, c)
	}
	return w
}

func (w workload) run() results {
	var r results
	for _, p := range w.posts {
		r.reports = append(r.reports, disclosure.Check(p))
		r.autofixes = append(r.autofixes, disclosure.Autofix(p))
	}
	for i, in := range w.counts {
		rate, err := engagement.ERR(in, w.reaches[i])
		r.rates = append(r.rates, rate)
		r.rateErrs = append(r.rateErrs, err)
	}
	for i, b := range w.budgets {
		parts, err := b.Allocate(w.weights[i]...)
		r.parts = append(r.parts, parts)
		r.partErrs = append(r.partErrs, err)
	}
	for _, c := range w.contracts {
		r.problems = append(r.problems, c.Validate())
	}
	return r
}

// TestConcurrentUseMatchesSerial runs Check, Autofix, ERR, Allocate and
// Validate from 16 goroutines at once over the same inputs and requires
// each goroutine's results to equal a serial run's. Under -race (as CI runs
// it) this also proves the shared tables are only read.
func TestConcurrentUseMatchesSerial(t *testing.T) {
	w := loadWorkload(t)
	want := w.run()

	const goroutines = 16
	got := make([]results, goroutines)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[g] = w.run()
		}()
	}
	close(start)
	wg.Wait()

	for g := range goroutines {
		assert.Equal(t, want.reports, got[g].reports, "goroutine %d: Check", g)
		assert.Equal(t, want.autofixes, got[g].autofixes, "goroutine %d: Autofix", g)
		assert.Equal(t, want.rates, got[g].rates, "goroutine %d: ERR", g)
		assert.Equal(t, want.rateErrs, got[g].rateErrs, "goroutine %d: ERR errors", g)
		assert.Equal(t, want.partErrs, got[g].partErrs, "goroutine %d: Allocate errors", g)
		assert.Equal(t, want.problems, got[g].problems, "goroutine %d: Validate", g)
		for i := range want.parts {
			require.Len(t, got[g].parts[i], len(want.parts[i]))
			for j := range want.parts[i] {
				assert.True(t, want.parts[i][j].Equal(got[g].parts[i][j]), "goroutine %d: Allocate %d part %d", g, i, j)
			}
		}
	}
	// The workload must exercise both outcomes, or the comparison proves less.
	assert.Contains(t, want.rateErrs, error(nil))
	nonNil := 0
	for _, err := range want.rateErrs {
		if err != nil {
			nonNil++
		}
	}
	assert.Positive(t, nonNil, "some reaches are zero or negative")
	assert.Error(t, want.partErrs[2], "all-zero weights")
}
