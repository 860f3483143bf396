package disclosure

import (
	"sync/atomic"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// BrandIdentity is every name a brand goes by: the name a contract or a
// caption uses, the registered legal entity, its trading names and its
// social handles. A partner tag or "Paid partnership with ..." that uses
// any of them names the brand: "#chase_partner" is a partner tag of
// "JPMorgan Chase" trading as "Chase". Package contract uses this type as
// its Brand, so a contract and a post describe the brand the same way.
//
// Its JSON form is {"name": ..., "legal_entity": ..., "trading_names":
// [...], "handles": [...]}, every member optional.
type BrandIdentity struct {
	// Name is the brand as the agreement or the post names it ("Fenty
	// Beauty").
	Name string `json:"name,omitempty"`
	// LegalEntity is the registered company that signs ("Kendo Brands,
	// Inc.").
	LegalEntity string `json:"legal_entity,omitempty"`
	// TradingNames are other names the brand trades under ("Chase").
	TradingNames []string `json:"trading_names,omitempty"`
	// Handles are the brand's accounts, as written ("@fentybeauty").
	Handles []string `json:"handles,omitempty"`
}

// Names returns every non-empty name of b, in the order Name,
// LegalEntity, TradingNames, Handles. The result is a new slice.
func (b BrandIdentity) Names() []string {
	var out []string
	for _, s := range [2]string{b.Name, b.LegalEntity} {
		if s != "" {
			out = append(out, s)
		}
	}
	for _, list := range [2][]string{b.TradingNames, b.Handles} {
		for _, s := range list {
			if s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// IsZero reports whether b names the brand in no way.
func (b BrandIdentity) IsZero() bool {
	return b.Name == "" && b.LegalEntity == "" && len(b.TradingNames) == 0 && len(b.Handles) == 0
}

// maxBrandNames bounds the names of one post's brand that Check matches.
const maxBrandNames = 16

// newBrandInfos normalizes every name of p's brand: [Post.Brand] first, then
// each name of [Post.BrandIdentity]. The first set name is the head; the
// others hang off it through alt, so code that reads only the head sees a
// single brand as before. A post with only [Post.Brand] allocates nothing.
func newBrandInfos(p *Post) (head brandInfo) {
	only := p.BrandIdentity.IsZero()
	head.Read(p.Brand)
	if only {
		return head
	}
	id := p.BrandIdentity
	rest := make([]brandInfo, 0, min(2+len(id.TradingNames)+len(id.Handles), maxBrandNames))
	add := func(name string) {
		if name == "" || name == p.Brand || len(rest) == cap(rest) {
			return
		}
		if b := lex.NewBrand(name); b.Set() {
			rest = append(rest, b)
		}
	}
	add(id.Name)
	add(id.LegalEntity)
	for _, list := range [2][]string{id.TradingNames, id.Handles} {
		for _, n := range list {
			add(n)
		}
	}
	if !head.Set() {
		if len(rest) == 0 {
			return head
		}
		head, rest = rest[0], rest[1:]
	}
	for i := range rest {
		if i+1 < len(rest) {
			rest[i].Link(&rest[i+1])
		}
	}
	if len(rest) > 0 {
		head.Link(&rest[0])
	}
	return head
}

// brandOf returns p's brand as the lexer matches it. A post that names
// its brand by [Post.Brand] alone, the common case, gets the reading in
// c's cache of the brands it has read, which no one writes; one with a
// [Post.BrandIdentity] is read afresh into own (newBrandInfos).
func (c *Checker) brandOf(p *Post, own *brandInfo) *brandInfo {
	slot := &c.brands.slots[brandSlot(p.Brand)]
	if !p.BrandIdentity.IsZero() || p.Brand == "" {
		*own = newBrandInfos(p)
		return own
	}
	if e := slot.Load(); e != nil && e.name == p.Brand {
		return &e.brand
	}
	e := &cachedBrand{name: p.Brand, brand: lex.NewBrand(p.Brand)}
	slot.Store(e)
	return &e.brand
}

// brandSlot hashes a brand name to a slot of a brandCache (FNV-1a).
func brandSlot(name string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * 16777619
	}
	return h % brandCacheSlots
}

// brandCacheSlots bounds a Checker's cache of brands read.
const brandCacheSlots = 64

// brandCache holds the brands a Checker has read, each in the slot its
// name hashes to; a brand read later takes the slot of an earlier one.
// Its zero value is empty, and it is safe for concurrent use: a slot is
// read and replaced whole.
type brandCache struct {
	slots [brandCacheSlots]atomic.Pointer[cachedBrand]
}

// cachedBrand is a brand's name and its reading. Immutable.
type cachedBrand struct {
	name  string
	brand brandInfo
}
