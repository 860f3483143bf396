package engagement

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResultReadersAreStrict checks the package's readers against the
// library's rule for JSON objects, which encoding/json alone does not
// follow: it would read "Completion" as "completion", keep the last of
// two members, and describe a wrong type with Go's type names.
func TestResultReadersAreStrict(t *testing.T) {
	tests := []struct {
		why string
		in  string
		v   any
	}{
		{"a member name in another case", `{"Completion":1}`, new(Story)},
		{"a repeated member", `{"completion":1,"completion":0.5}`, new(Story)},
		{"a wrong type inside a list", `{"retention":["x"]}`, new(Story)},
		{"a fraction where a whole number goes", `{"worst_frame":1.5}`, new(Story)},
		{"a range's bound in capitals", `{"LOW":0.01,"high":0.02}`, new(Range)},
		{"a rate as a string", `{"low":"0.01","high":0.02}`, new(Range)},
		{"a comparison's nested range", `{"expected":{"low":0.01,"Low":0.02}}`, new(TierComparison)},
		{"a goal report's unknown member", `{"kpi":"reach"}`, new(GoalReport)},
		{"a growth's repeated gain", `{"gain":1,"gain":2}`, new(Growth)},
		{"a spike's member in another case", `{"Jump":1}`, new(FollowerSpike)},
		{"comment stats' unknown member", `{"totl":3}`, new(CommentStats)},
		{"a revenue report's member in another case", `{"Status":"met"}`, new(RevenueReport)},
		{"interactions with a misspelt count", `{"likes":1,"coments":2}`, new(Interactions)},
		{"a follower sample's date in capitals", `{"DATE":"2026-01-04","followers":3}`, new(FollowerSample)},
		{"a goal's repeated target", `{"kpi":"reach","target":1,"target":2}`, new(Goal)},
		{"a signal's kind as a number", `{"kind":1}`, new(Signal)},
		{"a bare rate as a string", `"0.02"`, new(Rate)},
		{"a bare rate as an object", `{}`, new(Rate)},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.in), tt.v)
			require.Error(t, err)
			assert.NotRegexp(t, `Go (value|struct)|float64|int64|engagement\.[A-Z]|json:`, err.Error(),
				"the message speaks JSON, not Go")
		})
	}
}

func TestStrictReadersKeepWhatTheyRead(t *testing.T) {
	var s Story
	require.NoError(t, json.Unmarshal([]byte(`{"completion":0.5,"strong":false,"retention":[1,0.5],"worst_frame":1}`), &s))
	assert.Equal(t, Story{Completion: 0.5, Retention: []Rate{1, 0.5}, WorstFrame: 1}, s)

	before := s
	require.Error(t, json.Unmarshal([]byte(`{"completion":0.9,"Strong":true}`), &s))
	assert.Equal(t, before, s, "on error the value is left unchanged")

	require.NoError(t, json.Unmarshal([]byte(`null`), &s))
	assert.Equal(t, before, s, "null leaves the value unchanged, as encoding/json does")

	var r Rate
	require.NoError(t, json.Unmarshal([]byte(`0.024`), &r))
	assert.Equal(t, Rate(0.024), r)
	assert.ErrorIs(t, r.UnmarshalJSON(nil), ErrInvalidJSON, "empty text is an error, not a panic")
	assert.ErrorIs(t, json.Unmarshal([]byte(`1e400`), &r), ErrInvalidJSON)
}
