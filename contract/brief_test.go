package contract_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
)

func TestMissingBriefPartsHaveFun(t *testing.T) {
	// mighty-micro, mistake 7: "a blank page with the words 'have fun!'".
	data, err := os.ReadFile("testdata/havefun.json")
	require.NoError(t, err)
	c, err := contract.Parse(data)
	require.NoError(t, err)
	missing := c.MissingBriefParts()
	assert.Equal(t, []contract.BriefPart{
		contract.BriefGoals, contract.BriefAudience, contract.BriefKeyMessages,
		contract.BriefDeliverables, contract.BriefTimelines, contract.BriefPaymentTerms,
	}, missing)
	var names []string
	for _, p := range missing {
		names = append(names, p.String())
	}
	assert.Equal(t, []string{"goals", "target audience", "key messages", "deliverables", "timelines", "payment terms"}, names)

	var vague []contract.Problem
	for _, p := range c.Validate() {
		if p.Rule == contract.RuleVagueBrief {
			vague = append(vague, p)
		}
	}
	require.Len(t, vague, 1)
	assert.Equal(t, "brief", vague[0].Field)
	for _, part := range []string{"goals", "target audience", "key messages"} {
		assert.Contains(t, vague[0].Message, part, "the message names each missing part")
	}
}

func TestMissingBriefPartsOneAtATime(t *testing.T) {
	tests := []struct {
		why    string
		mutate func(c *contract.Contract)
		want   contract.BriefPart
	}{
		{"no goals", func(c *contract.Contract) { c.Brief.Goals = nil }, contract.BriefGoals},
		{"blank audience", func(c *contract.Contract) { c.Brief.Audience = "\t" }, contract.BriefAudience},
		{"no key messages", func(c *contract.Contract) { c.Brief.KeyMessages = []string{""} }, contract.BriefKeyMessages},
		{"no deliverables", func(c *contract.Contract) { c.Deliverables = nil }, contract.BriefDeliverables},
		{"a deliverable without a date is a missing timeline", func(c *contract.Contract) { c.Deliverables[1].Due = contract.Date{} }, contract.BriefTimelines},
		{"no term is a missing timeline", func(c *contract.Contract) { c.Term = nil }, contract.BriefTimelines},
		{"no schedule is missing payment terms", func(c *contract.Contract) { c.Payment.Schedule = nil }, contract.BriefPaymentTerms},
		{"an undated installment is missing payment terms", func(c *contract.Contract) { c.Payment.Schedule[0].Due = contract.Date{} }, contract.BriefPaymentTerms},
		{"no total is missing payment terms", func(c *contract.Contract) { c.Payment.Total = nil }, contract.BriefPaymentTerms},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c := complete(t)
			tt.mutate(&c)
			assert.Equal(t, []contract.BriefPart{tt.want}, c.MissingBriefParts())
		})
	}
}

func TestBriefPartText(t *testing.T) {
	for _, p := range []contract.BriefPart{contract.BriefGoals, contract.BriefAudience, contract.BriefKeyMessages,
		contract.BriefDeliverables, contract.BriefTimelines, contract.BriefPaymentTerms} {
		b, err := p.MarshalText()
		require.NoError(t, err)
		var back contract.BriefPart
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, p, back)
		assert.NotEmpty(t, p.Field())
	}
	assert.Equal(t, "brief.key_messages", contract.BriefKeyMessages.Field())
	assert.Equal(t, "term", contract.BriefTimelines.Field())
	assert.Equal(t, "", contract.BriefPart(42).Field())
	_, err := contract.ParseBriefPart("vibes")
	assert.ErrorIs(t, err, contract.ErrUnknownBriefPart)
}
