package influencekit_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/creator"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

// resultTypes lists every exported type that a function of the library
// returns as a result (API.md, "Results travel as JSON"). Extend it with
// each package's result types; TestResultTypesHaveJSONForms then holds
// them to the rules below. Golden files of populated values live beside
// each package's tests (testdata/json). disclosure's results write their
// JSON by hand (appenders, no tags), so disclosure's TestJSONForms holds
// them instead: every exported field has its member, no list is null and
// nothing is {}.
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
	// contract: Validate's problems, Parse's contract, MissingBriefParts'
	// parts. SplitEqual's Installment is a member of the contract shape,
	// where every member is optional: its zero value states nothing and is
	// written {} on purpose.
	reflect.TypeFor[contract.Problem](),
	reflect.TypeFor[contract.Contract](),
	reflect.TypeFor[contract.BriefPart](),
	// pricing (Money's zero value is JSON null by design: it is checked
	// inside each result that holds one)
	reflect.TypeFor[pricing.Quote](),
	reflect.TypeFor[pricing.Item](),
	reflect.TypeFor[pricing.AffiliateTerms](),
	reflect.TypeFor[pricing.MarketRange](),
	reflect.TypeFor[pricing.Affordable](),
	reflect.TypeFor[pricing.Attribution](),
	reflect.TypeFor[pricing.CreatorResult](),
	reflect.TypeFor[pricing.Conflict](),
	reflect.TypeFor[pricing.AttributionTotals](),
	reflect.TypeFor[pricing.Order](),
	reflect.TypeFor[pricing.UnitPrice](),
	reflect.TypeFor[pricing.RateCard](),
	// creator: Duties' duties, and the profile they judge (read and
	// written by the server)
	reflect.TypeFor[creator.Duty](),
	reflect.TypeFor[creator.Profile](),
}

// zeroIsNull are the listed types whose zero value is documented to
// marshal to JSON null, each with its reason; a populated value of each is
// checked by its package's golden file.
var zeroIsNull = map[reflect.Type]string{
	reflect.TypeFor[pricing.RateCard](): "the zero RateCard is no card, as the zero Money is no amount: NewRateCard needs a price, so [] could not be read back",
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
			if zeroIsNull[typ] == "" {
				assert.NotEqual(t, "null", string(b))
			}
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

// jsonTaggedPackages are the packages whose every exported struct type
// must name each exported field in a json tag, results and inputs alike,
// so that a new type cannot be left out of resultTypes with PascalCase
// keys. Extend it as packages adopt the rule.
var jsonTaggedPackages = []string{"tier", "engagement", "contract", "pricing", "creator"}

// notJSONTyped are exported struct types exempt from the rule, each with
// its reason.
var notJSONTyped = map[string]string{
	"engagement.InputError": "an error: its text form is Error(), and its Err field is an interface",
	"contract.ParseError":   "an error: its text form is Error(), and its Err field is an interface",
	"creator.FieldError":    "an error: its text form is Error(), and its Err field is an interface",
}

func TestEveryStructFieldHasAJSONName(t *testing.T) {
	for _, dir := range jsonTaggedPackages {
		fset := token.NewFileSet()
		paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		for _, path := range paths {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			require.NoError(t, err)
			ast.Inspect(f, func(n ast.Node) bool {
				ts, ok := n.(*ast.TypeSpec)
				if !ok || !ts.Name.IsExported() {
					return true
				}
				st, ok := ts.Type.(*ast.StructType)
				name := f.Name.Name + "." + ts.Name.Name
				if !ok || notJSONTyped[name] != "" {
					return false
				}
				for _, field := range st.Fields.List {
					tag := ""
					if field.Tag != nil {
						tag = reflect.StructTag(strings.Trim(field.Tag.Value, "`")).Get("json")
					}
					if len(field.Names) == 0 {
						continue // embedded: its own type is checked
					}
					for _, id := range field.Names {
						if id.IsExported() {
							assert.NotEmpty(t, tag, "%s.%s (%s) has no json tag", name, id.Name, fset.Position(id.Pos()))
						}
					}
				}
				return false
			})
		}
	}
}
