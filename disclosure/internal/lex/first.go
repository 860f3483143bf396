package lex

// firstIndex is an open-addressing hash table from a term's first token
// to its trie state: the root's literal edges. Its hash reads four
// numbers of the key (firstHash), so rejecting a token costs the same
// whatever its length; only a token landing on an occupied slot is
// compared byte for byte. Immutable after newFirstIndex.
type firstIndex struct {
	slots []uint32 // index+1 into kids; 0 is an empty slot
	kids  []litKid // the root's literal edges
	keys  string   // the trie's keys
	shift uint     // 64 - log2(len(slots))
}

// newFirstIndex indexes the root's literal edges of t, keeping at most
// one slot in eight occupied so that probe runs stay short.
func newFirstIndex(t *trie) firstIndex {
	root := &t.nodes[rootNode]
	x := firstIndex{kids: t.kids[root.kid0 : root.kid0+root.nkid], keys: t.keys}
	bits := uint(10)
	for 1<<bits < 8*len(x.kids) {
		bits++
	}
	x.slots, x.shift = make([]uint32, 1<<bits), 64-bits
	for i := range x.kids {
		h := firstHash(t.key(&x.kids[i]), x.shift)
		for x.slots[h] != 0 {
			h = (h + 1) & uint(len(x.slots)-1)
		}
		x.slots[h] = uint32(i + 1)
	}
	return x
}

// firstHash mixes a key's first, middle and last bytes and its length
// (Fibonacci hashing) into a slot index.
func firstHash[K ~string | ~[]byte](key K, shift uint) uint {
	n := uint(len(key))
	if n == 0 {
		return 0
	}
	v := uint64(key[0]) | uint64(key[n>>1])<<8 | uint64(key[n-1])<<16 | uint64(n)<<24
	return uint((v * 0x9E3779B97F4A7C15) >> shift)
}

// lookup returns the trie state after the first token key, or noNode when
// no term starts with key.
func (x *firstIndex) lookup(key []byte) nodeID {
	if len(key) == 0 || len(x.slots) == 0 {
		return noNode
	}
	mask := uint(len(x.slots) - 1)
	for h := firstHash(key, x.shift); ; h = (h + 1) & mask {
		e := x.slots[h]
		if e == 0 {
			return noNode
		}
		if k := &x.kids[e-1]; x.keys[k.key0:k.key0+k.keyLen] == string(key) {
			return k.node
		}
	}
}

// miss reports, from one slot, that no term starts with key: true for
// most tokens, where it spares the scan a call to lookup (it is small
// enough to be inlined). False says nothing: ask lookup.
func (x *firstIndex) miss(key []byte) bool {
	h := firstHash(key, x.shift)
	return h >= uint(len(x.slots)) || x.slots[h] == 0
}

// StartFilter answers, for several matchers at once, that no pattern of
// any of them starts with a token: a scan that asks two matchers at every
// token (a pack's terms and its clause verbs) hashes the token once and
// reads one bit of a table that stays in the first-level cache, and asks
// the matchers only when the bit is set. The zero StartFilter has no
// matchers and rejects every token. Immutable, safe for concurrent use.
type StartFilter struct {
	bits [startBits / 64]uint64
}

// startBits is a StartFilter's size in bits, 2 KB, where a pack's few
// thousand first tokens leave most bits clear, and startShift the
// firstHash shift that maps a token to one of them.
const (
	startShift = 64 - 14
	startBits  = 1 << (64 - startShift)
)

// NewStartFilter returns the filter of the first tokens of ms; a nil
// matcher has none.
func NewStartFilter(ms ...*Matcher) *StartFilter {
	f := new(StartFilter)
	for _, m := range ms {
		if m == nil {
			continue
		}
		for i := range m.first.kids {
			h := firstHash(m.trie.key(&m.first.kids[i]), startShift)
			f.bits[h/64] |= 1 << (h % 64)
		}
	}
	return f
}

// Miss reports that no pattern of the filter's matchers starts with key.
// False says nothing: ask each matcher. It is small enough to be inlined.
func (f *StartFilter) Miss(key []byte) bool {
	h := firstHash(key, startShift)
	return f.bits[h/64%(startBits/64)]&(1<<(h%64)) == 0
}
