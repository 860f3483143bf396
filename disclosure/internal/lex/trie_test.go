package lex

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTrieFlatten builds a trie with a node of few literal edges (searched
// one by one) and one of many (binary search), slots and rows, and checks
// that the flat form answers as the builder was told.
func TestTrieFlatten(t *testing.T) {
	root := newTrieBuilder()
	add := func(row int, elems ...Elem) {
		n := root
		for _, e := range elems {
			n = n.child(e)
		}
		n.row = row
	}
	lit := func(s string) Elem { return Elem{Kind: ElemLiteral, Text: s} }
	// "paid" has more than maxLinearKids literal children.
	var many []string
	for i := range 3 * maxLinearKids {
		many = append(many, fmt.Sprintf("w%02d", i))
	}
	for i, w := range many {
		add(i, lit("paid"), lit(w))
	}
	add(100, lit("#ad"))
	add(101, lit("thanks"), Elem{Kind: ElemBrand})
	add(102, lit("thanks"), lit("to"), Elem{Kind: ElemBrand})
	add(103, lit("code"), Elem{Kind: ElemAny}, lit("off"))
	add(104, lit("by"), Elem{Kind: ElemName})
	add(105, lit("get"), Elem{Kind: ElemMoney}, lit("now"))

	tr := root.flatten()
	first := newFirstIndex(tr)
	find := func(path ...string) nodeID {
		n := first.lookup([]byte(path[0]))
		for _, k := range path[1:] {
			if n == noNode {
				return noNode
			}
			n = tr.litChild(n, []byte(k))
		}
		return n
	}
	paid := find("paid")
	require.NotEqual(t, noNode, paid)
	require.Greater(t, int(tr.nodes[paid].nkid), maxLinearKids, "the binary search is exercised")
	for i, w := range many {
		n := find("paid", w)
		require.NotEqual(t, noNode, n, w)
		assert.Equal(t, int32(i), tr.nodes[n].row, w)
		assert.True(t, tr.leaf(n), w)
	}
	for _, miss := range []string{"w", "w0", "w99", "", "a", "zzz"} {
		assert.Equal(t, noNode, find("paid", miss), "paid %q", miss)
	}
	assert.Equal(t, int32(100), tr.nodes[find("#ad")].row)
	assert.Equal(t, int32(-1), tr.nodes[paid].row, "no term ends at paid")
	thanks := find("thanks")
	assert.Equal(t, int32(101), tr.nodes[tr.nodes[thanks].brand].row)
	assert.Equal(t, int32(102), tr.nodes[tr.nodes[find("thanks", "to")].brand].row)
	code := tr.nodes[find("code")].any
	require.NotEqual(t, noNode, code)
	assert.Equal(t, int32(103), tr.nodes[tr.litChild(code, []byte("off"))].row)
	assert.Equal(t, int32(104), tr.nodes[tr.nodes[find("by")].name].row)
	get := tr.nodes[find("get")].money
	require.NotEqual(t, noNode, get)
	assert.False(t, tr.leaf(find("get")), "a money slot leads on")
	assert.Equal(t, int32(105), tr.nodes[tr.litChild(get, []byte("now"))].row)
	assert.Equal(t, noNode, find("sponsored"), "no term starts so")
	assert.True(t, first.miss([]byte("sponsored")) || first.lookup([]byte("sponsored")) == noNode)
	for _, k := range []string{"paid", "#ad", "thanks", "code", "by", "get"} {
		assert.False(t, first.miss([]byte(k)), "miss must never reject a first Token: %q", k)
	}
}

// TestTrieHoldsNoPointers keeps the compiled trie out of the garbage
// collector's way: its nodes and edges are plain integers, so that a
// collection marks only the three slices and the key string.
func TestTrieHoldsNoPointers(t *testing.T) {
	for _, v := range []any{trieNode{}, litKid{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			f := typ.Field(i)
			assert.True(t, f.Type.Kind() >= reflect.Int && f.Type.Kind() <= reflect.Uint64, "%s.%s is a %s", typ.Name(), f.Name, f.Type)
		}
	}
}

// TestStartFilterKeepsEveryStart holds the filter to its promise: it
// never rejects a first token of any of its matchers, and it rejects
// most other tokens.
func TestStartFilterKeepsEveryStart(t *testing.T) {
	var a, b []Pattern
	for i := range 2000 {
		a = append(a, Pattern{Text: fmt.Sprintf("a%d x", i)})
		b = append(b, Pattern{Text: fmt.Sprintf("b%d", i)})
	}
	ma, err := Compile(a)
	require.NoError(t, err)
	mb, err := Compile(b)
	require.NoError(t, err)
	f := NewStartFilter(ma, nil, mb)
	for i := range 2000 {
		assert.False(t, f.Miss(fmt.Appendf(nil, "a%d", i)), "a%d starts a pattern", i)
		assert.False(t, f.Miss(fmt.Appendf(nil, "b%d", i)), "b%d starts a pattern", i)
	}
	rejected := 0
	for i := range 2000 {
		if f.Miss(fmt.Appendf(nil, "other%d", i)) {
			rejected++
		}
	}
	assert.Greater(t, rejected, 1000, "tokens no pattern starts with, rejected")
	var zero StartFilter
	assert.True(t, zero.Miss([]byte("a1")), "the zero filter has no matchers")
}
