package disclosure

// What a post promotes, read from its texts: the first product word
// ("vodka", "bitcoin", "botox") of a scan of its caption, an overlay or a
// transcript segment, whose row names the category (Post.Category).

// firstProduct returns the index in found of its first product word
// under t, or -1 for none.
func firstProduct(t *termTable, found []foundLabel) int {
	for i, f := range found {
		if f.kind == termProduct && f.row >= 0 && int(f.row) < len(t.terms) {
			return i
		}
	}
	return -1
}

// categoryText says which text of a post showed the category the rules
// judge.
type categoryText uint8

const (
	categoryNotRead   categoryText = iota // declared, or no text showed one
	categoryInCaption                     // a product word of the caption
	categoryOnScreen                      // a product word of an overlay
	categorySpoken                        // a product word of a transcript segment
)

// productWord is the first product word of a post's overlays or of its
// transcript: its category (UnknownCategory for none) and where it
// stands (the overlay's or segment's index, its bytes in that Text).
type productWord struct {
	category Category
	at       TextSpan
}

// productIn returns the first product word of found, a scan of the text
// of the overlay or segment index, under t; the zero productWord for
// none.
func productIn(t *termTable, found []foundLabel, index int) productWord {
	i := firstProduct(t, found)
	if i < 0 {
		return productWord{}
	}
	f := found[i]
	return productWord{category: t.terms[f.row].category, at: TextSpan{Index: index, Start: f.start, End: f.end}}
}

// categoryOf returns the category the rules judge for p under table t:
// its declared category, or the category of the first product word of
// found, with that word's index (-1 for a declared category or none).
// A value outside the declared constants counts as UnknownCategory.
func categoryOf(p *Post, t *termTable, found []foundLabel) (Category, int32) {
	switch {
	case int(p.Category) >= categoryNames.Len():
		return UnknownCategory, -1
	case p.Category != UnknownCategory:
		return p.Category, -1
	}
	if i := firstProduct(t, found); i >= 0 {
		return t.terms[found[i].row].category, int32(i)
	}
	return UnknownCategory, -1
}
