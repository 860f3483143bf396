package disclosure

import (
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBrandCache: a Checker reads each brand once into its cache, and a
// check with a cached brand, one that evicted another, or many at once
// reports what a fresh Checker reports.
func TestBrandCache(t *testing.T) {
	post := func(brand string) Post {
		return Post{Caption: "Paid partnership with " + brand + " #" + brand + "partner", Brand: brand}
	}
	fresh := func(p Post) Report {
		c, err := NewChecker(Options{})
		if err != nil {
			t.Fatal(err)
		}
		return c.Check(p)
	}
	c, err := NewChecker(Options{})
	if err != nil {
		t.Fatal(err)
	}
	// More brands than slots: later ones take earlier ones' slots.
	brands := make([]string, 3*brandCacheSlots)
	for i := range brands {
		brands[i] = "Brand" + strconv.Itoa(i)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range brands {
				c.Check(post(brands[(i+g)%len(brands)]))
			}
		}()
	}
	wg.Wait()
	for _, b := range []string{brands[0], brands[len(brands)-1], "Glow Co", "Glow Co"} {
		assert.Equal(t, fresh(post(b)), c.Check(post(b)), "brand %q", b)
	}
	var p Post
	p.Brand = "Glow Co"
	var own brandInfo
	assert.Same(t, c.brandOf(&p, &own), c.brandOf(&p, &own), "a brand read once is read from the cache")
}
