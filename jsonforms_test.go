package influencekit_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/tier"
)

// resultTypes lists every exported type that a function of the library
// returns as a result (API.md, "Results travel as JSON"). Extend it with
// each package's result types; TestResultTypesHaveJSONForms then holds
// them to the rules below. Golden files of populated values live beside
// each package's tests (testdata/json).
var resultTypes = []reflect.Type{
	// tier
	reflect.TypeFor[tier.Scale](),
	// engagement
	reflect.TypeFor[engagement.Story](),
	reflect.TypeFor[engagement.Range](),
	reflect.TypeFor[engagement.Interactions](),
	reflect.TypeFor[engagement.TierBenchmark](),
	reflect.TypeFor[engagement.BenchmarkTable](),
	reflect.TypeFor[engagement.TierComparison](),
	reflect.TypeFor[engagement.FollowerSample](),
	reflect.TypeFor[engagement.FollowerSpike](),
	reflect.TypeFor[engagement.Growth](),
	reflect.TypeFor[engagement.Signal](),
	reflect.TypeFor[engagement.CommentStats](),
	reflect.TypeFor[engagement.Goal](),
	reflect.TypeFor[engagement.Measurement](),
	reflect.TypeFor[engagement.GoalReport](),
	reflect.TypeFor[engagement.SpikeRule](),
	reflect.TypeFor[engagement.RevenueGoal](),
	reflect.TypeFor[engagement.Revenue](),
	reflect.TypeFor[engagement.RevenueReport](),
}

// TestResultTypesHaveJSONForms fails when a listed type has an exported
// field without a JSON name, marshals its zero value to {} or null, or,
// when it writes its own JSON, writes keys other than its fields' JSON
// names (so the tags document the form even where a MarshalJSON method
// builds it).
func TestResultTypesHaveJSONForms(t *testing.T) {
	for _, typ := range resultTypes {
		t.Run(typ.String(), func(t *testing.T) {
			b, err := json.Marshal(reflect.Zero(typ).Interface())
			require.NoError(t, err, "the zero value marshals")
			assert.NotEqual(t, "{}", string(b), "the zero value is not {}")
			assert.NotEqual(t, "null", string(b))
			if typ.Kind() != reflect.Struct {
				return
			}
			var tags []string
			omittable := map[string]bool{}
			for f := range typ.Fields() {
				if !f.IsExported() {
					continue
				}
				tag := f.Tag.Get("json")
				name, opts, _ := strings.Cut(tag, ",")
				if f.Anonymous && tag == "" {
					continue // an embedded struct's fields are promoted and checked with it
				}
				if assert.NotEmpty(t, name, "%s.%s has no JSON name", typ, f.Name) && name != "-" {
					tags = append(tags, name)
					omittable[name] = strings.Contains(opts, "omit")
				}
			}
			var obj map[string]json.RawMessage
			if err := json.Unmarshal(b, &obj); err != nil || len(tags) == 0 {
				return // a type written as a non-object, or with no exported fields (tier.Scale)
			}
			for k := range obj {
				assert.Contains(t, tags, k, "%s writes key %q that no field names", typ, k)
			}
			for _, k := range tags {
				if !omittable[k] {
					assert.Contains(t, obj, k, "%s names field %q but does not write it", typ, k)
				}
			}
		})
	}
}
