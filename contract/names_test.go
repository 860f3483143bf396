package contract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONNamesAgree proves that every JSON name is spelled the same in the
// struct tags and in Parse's member switches (parse.go), in both
// directions: each reader accepts exactly its type's tag names. The
// property test in json_test.go then shows each name reaches its field.
func TestJSONNamesAgree(t *testing.T) {
	types := map[string]reflect.Type{
		"Contract": reflect.TypeFor[Contract](), "brandField": reflect.TypeFor[Brand](),
		"Creator": reflect.TypeFor[Creator](), "Agency": reflect.TypeFor[Agency](), "Term": reflect.TypeFor[Term](),
		"Deliverable": reflect.TypeFor[Deliverable](), "Payment": reflect.TypeFor[Payment](),
		"Installment": reflect.TypeFor[Installment](), "Incentive": reflect.TypeFor[Incentive](),
		"Brief": reflect.TypeFor[Brief](), "Approval": reflect.TypeFor[Approval](),
		"UsageRights": reflect.TypeFor[UsageRights](), "UsageGrant": reflect.TypeFor[UsageGrant](),
		"Exclusivity": reflect.TypeFor[Exclusivity](), "PostWindow": reflect.TypeFor[PostWindow](),
		"DisclosureTerms": reflect.TypeFor[DisclosureTerms](), "Cancellation": reflect.TypeFor[Cancellation](),
		"TerminationRight": reflect.TypeFor[TerminationRight](), "Ownership": reflect.TypeFor[Ownership](),
		"Morals": reflect.TypeFor[Morals](), "Indemnity": reflect.TypeFor[Indemnity](),
		"Confidentiality": reflect.TypeFor[Confidentiality](), "LiabilityCap": reflect.TypeFor[LiabilityCap](),
		"Posting": reflect.TypeFor[Posting](), "WhitelistingAccess": reflect.TypeFor[WhitelistingAccess](),
	}
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, "parse.go", nil, 0)
	require.NoError(t, err)
	readers := map[string][]string{}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		var owner string
		switch {
		case fn.Recv != nil && fn.Name.Name == "field":
			star, _ := fn.Recv.List[0].Type.(*ast.StarExpr)
			if star == nil {
				continue
			}
			owner = star.X.(*ast.Ident).Name
		case fn.Name.Name == "brandField":
			owner = "brandField"
		default:
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CaseClause:
				for _, e := range n.List {
					if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
						s, _ := strconv.Unquote(lit.Value)
						readers[owner] = append(readers[owner], s)
					}
				}
			case *ast.BinaryExpr:
				if lit, ok := n.Y.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING && n.Op == gotoken.EQL {
					s, _ := strconv.Unquote(lit.Value)
					readers[owner] = append(readers[owner], s)
				}
			}
			return true
		})
	}
	for name, typ := range types {
		tags := jsonTags(typ)
		got := readers[name]
		slices.Sort(tags)
		slices.Sort(got)
		assert.Equal(t, tags, got, "%s: the reader's member names and the struct tags differ", name)
	}
	assert.Len(t, readers, len(types), "every reader in parse.go has a type in this test")
}

// jsonTags lists the JSON member names of a struct type, an embedded
// struct contributing its own, as encoding/json reads them.
func jsonTags(typ reflect.Type) []string {
	var tags []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && tag == "" {
			tags = append(tags, jsonTags(f.Type)...)
			continue
		}
		tags = append(tags, tag)
	}
	return tags
}
