package lex

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTagKey checks the keys hashtags are read with: every spelling a
// hurried writer gives a tag reads as the tag, and words keep their
// hyphens and accents.
func TestTagKey(t *testing.T) {
	for _, tc := range []struct {
		why, in string
		want    []string
	}{
		{why: "accents come off a tag's letters", in: "#partenariatRémunéré", want: []string{"#partenariatremunere"}},
		{why: "a combining accent too, once composed", in: "#publicite\u0301", want: []string{"#publicite"}},
		{why: "umlauts read as their base letter", in: "#enthältWerbung", want: []string{"#enthaltwerbung"}},
		{why: "'_' between a tag's words is dropped", in: "#bezahlte_partnerschaft #paid_partnership", want: []string{"#bezahltepartnerschaft", "#paidpartnership"}},
		{why: "'-' between a tag's words is dropped and no longer ends it", in: "#paid-partnership #ad-free", want: []string{"#paidpartnership", "#adfree"}},
		{why: "a hyphen that no word character follows ends the tag", in: "#ad- x", want: []string{"#ad", "-", "x"}},
		{why: "an apostrophe still ends a tag", in: "#ad's", want: []string{"#ad", "'", "s"}},
		{why: "a Unicode hyphen is a separator like '-'", in: "#paid\u2010partnership", want: []string{"#paidpartnership"}},
		{why: "words keep their hyphens and accents", in: "ad-free publicité", want: []string{"ad-free", "publicité"}},
		{why: "mentions keep their underscores: handles are exact", in: "@glow_co", want: []string{"@glow_co"}},
		{why: "marks of other scripts are letters there and stay", in: "#विज्ञापन", want: []string{"#विज्ञापन"}},
		{why: "letters without a decomposition stay", in: "#ørsted #łódź", want: []string{"#ørsted", "#łodz"}},
	} {
		t.Run(tc.why, func(t *testing.T) {
			_, keys := readAll(tc.in, false)
			assert.Equal(t, tc.want, keys)
			_, general := readAll(tc.in, true)
			assert.Equal(t, tc.want, general, "the general path")
		})
	}
}

// TestTagKeyOfSuffix checks TagKey, which folds a brand-tag suffix as the
// Tokenizer folds a caption's hashtag.
func TestTagKeyOfSuffix(t *testing.T) {
	assert.Equal(t, "partenaire", TagKey("Partenaire"))
	assert.Equal(t, "partner", TagKey("_partner"), "a leading separator is dropped")
	assert.Equal(t, "ambassadeur", TagKey("ambassadéur"))
	assert.Equal(t, "", TagKey(""), "no body, no tag")
}

// TestTagRoleFolds checks that a brand tag matches however its separators
// and accents are typed, and that the brand's own name folds the same way.
func TestTagRoleFolds(t *testing.T) {
	roles := []string{TagKey("partner"), TagKey("partenaire")}
	for _, tc := range []struct {
		why, brand, tag string
		want            int
	}{
		{why: "brand and role glued", brand: "Glow Co", tag: "#glowcopartner", want: 0},
		{why: "'_' between brand and role", brand: "Glow Co", tag: "#glowco_partner", want: 0},
		{why: "'-' between brand and role", brand: "Glow Co", tag: "#Glow-Co-Partner", want: 0},
		{why: "an accented brand typed without its accent", brand: "Glöw Co", tag: "#glowcopartenaire", want: 1},
		{why: "an accented brand typed with it", brand: "Glöw Co", tag: "#glöwcopartenaire", want: 1},
		{why: "another brand's tag", brand: "Glow Co", tag: "#shinecopartner", want: -1},
		{why: "the brand alone names no role", brand: "Glow Co", tag: "#glowco", want: -1},
	} {
		t.Run(tc.why, func(t *testing.T) {
			b := NewBrand(tc.brand)
			_, keys := readAll(tc.tag, false)
			assert.Equal(t, tc.want, b.TagRole([]byte(keys[0]), roles))
		})
	}
}
