package disclosure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure/internal/adread"
)

// TestAdSignalsAreTheReadersSignals holds AdSignal's values to the ad
// reading's: the reading reports adread.Signal values that ReadAd converts.
func TestAdSignalsAreTheReadersSignals(t *testing.T) {
	pairs := map[AdSignal]adread.Signal{
		UnknownAdSignal: adread.Unknown, AdLabel: adread.Label, AdDiscountCode: adread.DiscountCode,
		AdAffiliateLink: adread.AffiliateLink, AdTrackingLink: adread.TrackingLink, AdPartnership: adread.Partnership,
		AdThanksForProduct: adread.ThanksForProduct, AdOwnProduct: adread.OwnProduct, AdProductCredit: adread.ProductCredit,
		AdOffer: adread.Offer, AdGiveaway: adread.Giveaway, AdLaunch: adread.Launch, AdShopCue: adread.ShopCue,
		AdBrandInContext: adread.BrandInContext, AdPeopleCredit: adread.PeopleCredit, AdPersonal: adread.Personal,
		AdCharity: adread.Charity, AdAppearance: adread.Appearance,
	}
	require.Len(t, pairs, adSignalNames.Len(), "every AdSignal has its reader's signal")
	for s, r := range pairs {
		assert.Equal(t, uint8(s), uint8(r), "%s", s)
	}
	for s := AdLabel; s <= AdAppearance; s++ {
		assert.NotEqual(t, "", s.String())
	}
}

// TestAdLabelsAreChecks holds the mix's labels to Check's: adLabels runs
// Check's scan without its rules, and must find exactly Check's
// Disclosures, less a vague thank-you when the post has no Brand.
func TestAdLabelsAreChecks(t *testing.T) {
	c := defaultChecker()
	var posts []Post
	for _, caption := range loadCorpus(t) {
		posts = append(posts, Post{Caption: caption}, Post{Caption: caption, Brand: "Glow Co", Jurisdiction: UK})
	}
	for _, row := range []string{"Thank you @janedoe for the photos", "Thanks @glowco! #spon", "#ad Paid partnership with @glowco", "Werbung: Danke @glowco",
		"Thanks to my patrons for sponsoring this video", "Thanks to Glow Co for sponsoring this video!", "Meine neue Creme, Werbung"} {
		for j := range IE + 2 {
			posts = append(posts, Post{Caption: row, Jurisdiction: j}, Post{Caption: row, Brand: "Glow Co", Jurisdiction: j})
		}
	}
	for _, p := range posts {
		var want []Label
		for _, l := range c.Check(p).Disclosures {
			if p.Brand == "" && l.Clarity == Vague && isThanks(l.Text) {
				continue
			}
			want = append(want, l)
		}
		brand := newBrandInfos(&p)
		assert.Equal(t, want, c.adLabels(&p, &brand), "%q in %s", p.Caption, p.Jurisdiction)
	}
}
