package disclosure

// The post's brand read inside a clause: unknown words that spell its
// name become one named agent.

// brandProgress follows the unknown words of a clause that spell the
// post's brand ("Glow Co" for the brand "Glow Co" or "GlowCo"). It holds
// the name by its place among the brand's names, not a pointer, so that
// the brand, on the caller's stack, stays there.
type brandProgress struct {
	first int // the part its first word is
	name  int // the brand's name: 1 for the first, 2 for its next; 0 for none
	done  int // bytes of that name's squashed form matched
}

// nameAt returns the brand's i-th name, counted from 1.
func nameAt(brand *brandInfo, i int) *brandInfo {
	for ; i > 1 && brand != nil; i-- {
		brand = brand.Next()
	}
	return brand
}

// word reads the unknown word key, parts[i]: when it completes the
// brand's name, the parts from the first of its words become one named
// agent.
func (bp *brandProgress) word(parts []clausePart, i int, key []byte, brand *brandInfo) {
	if bp.name > 0 && i > 0 && parts[i-1].role == roleUnknown && bp.first < i {
		at := nameAt(brand, bp.name)
		name := at.Squashed()
		if n, ok := squashedPrefix(name[bp.done:], key); ok && n > 0 {
			bp.done += n
			bp.finish(parts, i, len(name))
			return
		}
	}
	*bp = brandProgress{}
	k := 1
	for name := brand; name != nil; name = name.Next() {
		if n, ok := squashedPrefix(name.Squashed(), key); ok && n > 0 {
			*bp = brandProgress{first: i, name: k, done: n}
			bp.finish(parts, i, len(name.Squashed()))
			return
		}
		k++
	}
}

// finish makes parts[first..i] one named agent once the whole name, of
// size bytes, is read: the first part spans them all, the others are
// covered by it.
func (bp *brandProgress) finish(parts []clausePart, i, size int) {
	if bp.done < size {
		return
	}
	parts[bp.first].role, parts[bp.first].named, parts[bp.first].end = roleAgent, true, parts[i].end
	for j := bp.first + 1; j <= i; j++ {
		parts[j].role = roleCovered
	}
	*bp = brandProgress{}
}

// roleCovered marks a word of a brand's name after its first: the first
// part stands for the whole name.
const roleCovered clauseRole = 255

// squashedPrefix reports whether the letters and digits of key start
// name, and how many bytes of name they are.
func squashedPrefix(name, key []byte) (int, bool) {
	n := 0
	for _, c := range key {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80) {
			continue
		}
		if n == len(name) || name[n] != c {
			return 0, false
		}
		n++
	}
	return n, true
}
