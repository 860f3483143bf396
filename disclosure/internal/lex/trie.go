package lex

import (
	"maps"
	"slices"
)

// trie holds every expansion of every row of a term table as states over
// normalized tokens. It is built once per table (trieBuilder) and then
// read only.
//
// Its nodes and edges are plain integers in two slices and its keys one
// string, so that the garbage collector has almost nothing to walk: a
// checker holds hundreds of thousands of nodes, and a trie of pointers
// and maps made every collection mark megabytes, which a service checking
// captions paid on every cycle (about a third of Check's time on one
// core).
type trie struct {
	nodes []trieNode
	kids  []litKid
	keys  string // the keys of all literal edges, back to back
	// openers are the words of the Opener patterns: after a LineStart
	// match, one of them shows that the match stands apart (setOff).
	openers map[string]struct{}
}

// nodeID is the index of a node in trie.nodes. The root is 0; no edge
// leads to it, so 0 also stands for "no node".
type nodeID int32

const (
	rootNode nodeID = 0
	noNode   nodeID = 0
)

// trieNode is a state of the trie: the elements matched so far lead here,
// and row says which term ends here (-1: none).
type trieNode struct {
	// kid0 and nkid locate its literal edges, kids[kid0:kid0+nkid],
	// sorted by key.
	kid0, nkid int32
	// brand, any, name and money are the states after a {brand}, {any},
	// {name} or {money} slot; noNode when the pattern has none here.
	brand, any, name, money nodeID
	row                     int32
	// position is where row counts.
	position Position
}

// litKid is a literal edge: the Token whose normalized text is
// trie.keys[key0:key0+keyLen] leads to node.
type litKid struct {
	key0, keyLen int32
	node         nodeID
}

// maxLinearKids is how many literal edges a node searches one by one;
// past it, a binary search. Nearly every node past the first Token has a
// handful, where comparing short keys in turn is cheapest.
const maxLinearKids = 8

// key returns the text of edge k.
func (t *trie) key(k *litKid) string { return t.keys[k.key0 : k.key0+k.keyLen] }

// litChild returns the state after a Token whose normalized text is key,
// or noNode.
func (t *trie) litChild(n nodeID, key []byte) nodeID {
	nd := &t.nodes[n]
	kids := t.kids[nd.kid0 : nd.kid0+nd.nkid]
	if len(kids) <= maxLinearKids {
		for i := range kids {
			if t.key(&kids[i]) == string(key) {
				return kids[i].node
			}
		}
		return noNode
	}
	lo, hi := 0, len(kids)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if t.key(&kids[mid]) < string(key) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(kids) && t.key(&kids[lo]) == string(key) {
		return kids[lo].node
	}
	return noNode
}

// leaf reports a state no Token leads on from.
func (t *trie) leaf(n nodeID) bool {
	nd := &t.nodes[n]
	return nd.nkid == 0 && nd.brand == noNode && nd.any == noNode && nd.name == noNode && nd.money == noNode
}

// trieBuilder is a trie while rows are added to it: nodes with maps,
// dropped once flatten has copied them.
type trieBuilder struct {
	lit                     map[string]*trieBuilder
	brand, any, name, money *trieBuilder
	row                     int
	position                Position
}

func newTrieBuilder() *trieBuilder { return &trieBuilder{row: -1} }

// child returns (making it if needed) the state after e.
func (n *trieBuilder) child(e Elem) *trieBuilder {
	slot := func(p **trieBuilder) *trieBuilder {
		if *p == nil {
			*p = newTrieBuilder()
		}
		return *p
	}
	switch e.Kind {
	case ElemBrand:
		return slot(&n.brand)
	case ElemAny:
		return slot(&n.any)
	case ElemName:
		return slot(&n.name)
	case ElemMoney:
		return slot(&n.money)
	}
	if n.lit == nil {
		n.lit = make(map[string]*trieBuilder)
	}
	c, ok := n.lit[e.Text]
	if !ok {
		c = newTrieBuilder()
		n.lit[e.Text] = c
	}
	return c
}

// flatten copies the trie under root into its read-only form, node by
// node in depth-first order (a state's children follow it closely, which
// is the order matching reads them in), the literal edges of each node
// sorted by key. Equal keys share their bytes in trie.keys.
func (root *trieBuilder) flatten() *trie {
	t := &trie{}
	var keys []byte
	keyAt := map[string]int32{}
	var visit func(b *trieBuilder) nodeID
	visit = func(b *trieBuilder) nodeID {
		id := nodeID(len(t.nodes))
		t.nodes = append(t.nodes, trieNode{row: int32(b.row), position: b.position})
		names := slices.Sorted(maps.Keys(b.lit))
		kid0 := len(t.kids)
		for _, k := range names {
			at, ok := keyAt[k]
			if !ok {
				at = int32(len(keys))
				keys = append(keys, k...)
				keyAt[k] = at
			}
			t.kids = append(t.kids, litKid{key0: at, keyLen: int32(len(k))})
		}
		t.nodes[id].kid0, t.nodes[id].nkid = int32(kid0), int32(len(names))
		for i, k := range names {
			n := visit(b.lit[k])
			t.kids[kid0+i].node = n
		}
		// t.nodes grows while the slots are visited: write by index.
		if b.brand != nil {
			n := visit(b.brand)
			t.nodes[id].brand = n
		}
		if b.any != nil {
			n := visit(b.any)
			t.nodes[id].any = n
		}
		if b.name != nil {
			n := visit(b.name)
			t.nodes[id].name = n
		}
		if b.money != nil {
			n := visit(b.money)
			t.nodes[id].money = n
		}
		return id
	}
	visit(root)
	t.keys = string(keys)
	return t
}
