package contract_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit/contract"
)

// numberInDraft is a number as the American English draft writes it:
// "1,500.00", "42,000", "2026", "50".
var numberInDraft = regexp.MustCompile(`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`)

// structural are the draft's own numbering, which no field states: section
// headings, table row numbers, "Grant 2.", "deliverable 3", "installment
// 1", "piece 2 of 5" (the count is a field, the position is not).
var structural = regexp.MustCompile(`(?m)^## \d+\.|^\| \d+ \||\*\*Grant \d+\.\*\*|deliverable \d+|installment \d+|[Ii]nstallment \d+|piece \d+ of`)

// TestRenderStatesOnlyTheData is the property test for Render: for random
// contracts, every number and date in the draft (outside the open points,
// which are the problems' words) is a value of the contract's JSON or one
// computed from its fields: the term's length, a series' piece days, the
// end of a lock-up, the kill fee's amount. A draft that invented a
// deadline or a count would fail here.
func TestRenderStatesOnlyTheData(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 4))
	for i := range 300 {
		c := randomContract(r)
		var buf bytes.Buffer
		require.NoError(t, contract.RenderDraft(&buf, c, nil, language.AmericanEnglish))
		allowed := allowedNumbers(t, c)
		draft := structural.ReplaceAllString(buf.String(), "")
		for _, n := range numberInDraft.FindAllString(draft, -1) {
			n = strings.ReplaceAll(n, ",", "")
			if !allowed[n] && !allowed[trimInt(n)] {
				t.Fatalf("contract %d: the draft states %s, which no field holds:\n%s", i, n, buf.String())
			}
		}
	}
}

// allowedNumbers lists the numbers a draft of c may state: every run of
// digits and every decimal in its JSON, and the values computed from its
// dates and amounts.
func allowedNumbers(t *testing.T, c contract.Contract) map[string]bool {
	data, err := json.Marshal(c)
	require.NoError(t, err)
	ok := map[string]bool{}
	for _, n := range regexp.MustCompile(`\d+(?:\.\d+)?`).FindAllString(string(data), -1) {
		ok[n] = true
		for _, part := range strings.Split(n, ".") {
			ok[trimInt(part)] = true
		}
	}
	addDate := func(d contract.Date) {
		if d.Valid() {
			ok[strconv.Itoa(d.Year())], ok[strconv.Itoa(d.Day())] = true, true
		}
	}
	if tm := c.Term; tm != nil {
		ok[strconv.FormatInt(tm.Days(), 10)] = true
		if e := c.Exclusivity; e != nil && e.Days > 0 {
			addDate(tm.Start.AddDays(e.Days - 1))
		}
	}
	for _, d := range c.Deliverables {
		for k := range min(d.Quantity, 61) {
			piece := d
			piece.Quantity = k + 1
			_, day := piece.Dates()
			addDate(day)
		}
		_, last := d.Dates()
		addDate(last)
	}
	if p, k := c.Payment, c.Cancellation; p != nil && p.Total != nil && k != nil && k.KillFeePercent != nil {
		fee := p.Total.Mul(k.KillFeePercent.Shift(-2)).Round()
		ok[strings.ReplaceAll(fee.Amount().StringFixed(int32(fee.MinorUnitDigits())), ",", "")] = true
	}
	return ok
}

func trimInt(s string) string {
	if v, err := strconv.ParseInt(s, 10, 64); err == nil {
		return strconv.FormatInt(v, 10)
	}
	return s
}

func TestAllowedNumbersCatchAnInventedNumber(t *testing.T) {
	c := complete(t)
	allowed := allowedNumbers(t, c)
	assert.True(t, allowed["1500.00"], "the total")
	assert.True(t, allowed["90"], "the term's days")
	assert.False(t, allowed["9"], "a draft deadline of 9 days derived from the review is not data")
}
