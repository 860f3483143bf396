package disclosure_test

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure"
)

// fired returns the signals of a reading, each once, in the order they
// first appear.
func fired(r disclosure.AdReading) []disclosure.AdSignal {
	var out []disclosure.AdSignal
	for _, e := range r.Signals {
		if !slices.Contains(out, e.Signal) {
			out = append(out, e.Signal)
		}
	}
	return out
}

func TestReadAd(t *testing.T) {
	tests := []struct {
		why     string
		post    disclosure.Post
		ad      bool
		fires   []disclosure.AdSignal // each must be among the signals
		silent  []disclosure.AdSignal // none of these may be
		atLeast int                   // the score is at least this (checked when ad)
	}{
		// The captions the mix missed, quoted when the reading was asked for.
		{why: "an outfit credit with a code: the credit and the code both fire",
			post: disclosure.Post{Caption: "DRESS: @fashionnova 'When the Bass Drops' dress. (code: XOBRITTANIE for 15% off.)\n-\n\nSHOES: @publicdesire 'Billie' heels."},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdProductCredit, disclosure.AdDiscountCode, disclosure.AdOffer, disclosure.AdBrandInContext}},
		{why: "shooting a brand's campaign is paid work",
			post: disclosure.Post{Caption: "First work, then play! Shooting the festival campaign for @thriveswimwear w/ @natamals 💗🦄🌟"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdPartnership}},
		{why: "a dish from a restaurant's account: provenance tags the seller",
			post: disclosure.Post{Caption: "This month’s Fried Chicken Sandwich from @blueribbonfc is the Love Bird! 🍗😍"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdProductCredit, disclosure.AdBrandInContext}},
		{why: "thanks to an account for a product: a gift",
			post: disclosure.Post{Caption: "Throwback vibes, but dis real time! \n@carlbembridgehair Thankyou for my gorgeous new wig I’m obsessed! 🤷🏽‍♀️"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdThanksForProduct}},
		{why: "the creator's own shop's sale",
			post: disclosure.Post{Caption: "We decided we wanted to sit Black Friday out this year so our team could all spent time with their families! Our annual sale is now on Monday at 7pm MST. Set those alarms!"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdOwnProduct}},
		{why: "thanking a photographer is no label without a Brand, and no ad",
			post: disclosure.Post{Caption: "Thank you @benhassett for the portrait 🖤"},
			ad:   false, silent: []disclosure.AdSignal{disclosure.AdLabel, disclosure.AdThanksForProduct}},

		// Each signal firing, and a near miss that does not.
		{why: "a clear label", post: disclosure.Post{Caption: "#ad My Glow Co liner routine"},
			ad: true, fires: []disclosure.AdSignal{disclosure.AdLabel}, atLeast: 6},
		{why: "with a Brand, 'thanks @brand' is Check's vague label and counts",
			post: disclosure.Post{Caption: "Thanks @glowco! Loving it", Brand: "Glow Co"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdLabel}},
		{why: "a discount code alone weighs the threshold",
			post: disclosure.Post{Caption: "Use code MAX20 at checkout"}, ad: true, fires: []disclosure.AdSignal{disclosure.AdDiscountCode}},
		{why: "'code' before an ordinary word is no code",
			post: disclosure.Post{Caption: "Read the code of conduct before class"}, silent: []disclosure.AdSignal{disclosure.AdDiscountCode}},
		{why: "an affiliate link",
			post: disclosure.Post{Caption: "Everything I packed: https://amzn.to/3xYz"}, ad: true, fires: []disclosure.AdSignal{disclosure.AdAffiliateLink}},
		{why: "a plain link is no affiliate link",
			post: disclosure.Post{Caption: "New post on the blog https://tess.blog/spring"}, silent: []disclosure.AdSignal{disclosure.AdAffiliateLink, disclosure.AdTrackingLink}},
		{why: "a campaign-tracked link with a brand tag",
			post: disclosure.Post{Caption: "My spring picks with @glowco https://glowco.com/spring?utm_source=ig&utm_campaign=tess"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdTrackingLink, disclosure.AdBrandInContext}},
		{why: "a link with an ordinary query is no tracking link",
			post: disclosure.Post{Caption: "Recipe here https://tess.blog/?p=12"}, silent: []disclosure.AdSignal{disclosure.AdTrackingLink}},
		{why: "partnered with",
			post: disclosure.Post{Caption: "So happy to have partnered with @glowco on this one"}, ad: true, fires: []disclosure.AdSignal{disclosure.AdPartnership}},
		{why: "a brand-role hashtag without a Brand",
			post: disclosure.Post{Caption: "Eyes are the window to the soul 👁 #Glowcopartner #makeup"}, ad: true, fires: []disclosure.AdSignal{disclosure.AdPartnership}},
		{why: "'partner' of a person is no partnership",
			post: disclosure.Post{Caption: "Date night with my partner 💕"}, silent: []disclosure.AdSignal{disclosure.AdPartnership}},
		{why: "thanks for support is owed to people",
			post: disclosure.Post{Caption: "Thank you @modelsdot for the feature and for the support"}, silent: []disclosure.AdSignal{disclosure.AdThanksForProduct}},
		{why: "thanks for a stay: a comped service",
			post: disclosure.Post{Caption: "Thank you so much for the trip, @oceanpointranch! We can't wait to visit again"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdThanksForProduct}},
		{why: "the creator's own collection",
			post: disclosure.Post{Caption: "My new collection is finally here 🖤"}, ad: true, fires: []disclosure.AdSignal{disclosure.AdOwnProduct}},
		{why: "someone else's book is not the creator's",
			post: disclosure.Post{Caption: "Curled up with a good book this weekend"}, silent: []disclosure.AdSignal{disclosure.AdOwnProduct}},
		{why: "'wearing @brand' and a call to buy",
			post: disclosure.Post{Caption: "Wearing @glowco head to toe, shop the look via link in bio"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdProductCredit, disclosure.AdShopCue}},
		{why: "an item after the brand's account",
			post: disclosure.Post{Caption: "@fitfashionista leggings have become an essential part of my workout wardrobe"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdProductCredit}},
		{why: "a stylist's credit is a person's, not a product's",
			post: disclosure.Post{Caption: "Hair by @janedoe ✨"}, fires: []disclosure.AdSignal{disclosure.AdPeopleCredit},
			silent: []disclosure.AdSignal{disclosure.AdProductCredit}},
		{why: "an offer and a launch together",
			post: disclosure.Post{Caption: "20% off everything this weekend, the spring drop is launching now"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdOffer, disclosure.AdLaunch}},
		{why: "'off' without a percentage is no offer",
			post: disclosure.Post{Caption: "Off to the beach!"}, silent: []disclosure.AdSignal{disclosure.AdOffer}},
		{why: "a giveaway with a brand's account",
			post: disclosure.Post{Caption: "GIVEAWAY! Follow @glowco and tag a friend to enter"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdGiveaway, disclosure.AdBrandInContext}},
		{why: "'for the win' is an idiom, not a contest",
			post: disclosure.Post{Caption: "Green for the win #lastnight"}, silent: []disclosure.AdSignal{disclosure.AdGiveaway}},
		{why: "'drop a comment' is no product drop",
			post: disclosure.Post{Caption: "Drop a comment with your favourite song"}, silent: []disclosure.AdSignal{disclosure.AdLaunch}},
		{why: "available at a retailer's account",
			post: disclosure.Post{Caption: "No one ever looked bad in a peplum top!\nAvailable at @byegreis"},
			ad:   true, fires: []disclosure.AdSignal{disclosure.AdShopCue, disclosure.AdBrandInContext}},
		{why: "a coffee shop is a place, not a call to buy",
			post: disclosure.Post{Caption: "Rainy mornings at my favourite coffee shop"}, silent: []disclosure.AdSignal{disclosure.AdShopCue}},
		{why: "a link in bio alone says little: organic by default",
			post: disclosure.Post{Caption: "New video is up, link in bio!"}, ad: false, fires: []disclosure.AdSignal{disclosure.AdShopCue}},
		{why: "a mention alone is no brand in context",
			post: disclosure.Post{Caption: "Golden hour with @janedoe"}, silent: []disclosure.AdSignal{disclosure.AdBrandInContext}},

		// Non-ads that mention brands or accounts.
		{why: "a concert ticket: the event is the news",
			post: disclosure.Post{Caption: "Got our tickets for the @coldplay concert tonight!! 🎶"},
			ad:   false, fires: []disclosure.AdSignal{disclosure.AdAppearance}},
		{why: "a TV appearance",
			post: disclosure.Post{Caption: "Tune in tonight on @nbc at 8/7c, I'm on the show!"},
			ad:   false, fires: []disclosure.AdSignal{disclosure.AdAppearance}},
		{why: "a friend's account",
			post: disclosure.Post{Caption: "Happy birthday to my best friend @natasupernova 🎂"},
			ad:   false, fires: []disclosure.AdSignal{disclosure.AdPersonal}},
		{why: "a charity event with a brand's account",
			post: disclosure.Post{Caption: "Great night at the @nordoffrobbins charity fundraiser"},
			ad:   false, fires: []disclosure.AdSignal{disclosure.AdCharity}},
		{why: "a photo credit",
			post: disclosure.Post{Caption: "On my way to Paris 🕊 photo by @romilux"},
			ad:   false, fires: []disclosure.AdSignal{disclosure.AdPeopleCredit}},
		{why: "a personal milestone outweighs a launch word",
			post: disclosure.Post{Caption: "Our wedding day, the launch of forever 💍"},
			ad:   false, fires: []disclosure.AdSignal{disclosure.AdPersonal, disclosure.AdLaunch}},
		{why: "an empty caption says nothing", post: disclosure.Post{}, ad: false},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := disclosure.ReadAd(tt.post)
			assert.Equal(t, tt.ad, r.Ad, "score %d, signals %v", r.Score, r.Signals)
			assert.Equal(t, r.Score >= disclosure.AdThreshold, r.Ad)
			got := fired(r)
			for _, s := range tt.fires {
				assert.Contains(t, got, s)
			}
			for _, s := range tt.silent {
				assert.NotContains(t, got, s)
			}
			if tt.atLeast > 0 {
				assert.GreaterOrEqual(t, r.Score, tt.atLeast)
			}
			require.NotNil(t, r.Signals, "an empty list, never nil")
			for i, e := range r.Signals {
				assert.Equal(t, tt.post.Caption[e.Start:e.End], e.Text, "evidence spans index the caption")
				assert.NotZero(t, e.Weight, "every signal weighs")
				if i > 0 {
					assert.LessOrEqual(t, r.Signals[i-1].Start, e.Start, "in caption order")
				}
			}
		})
	}
}

// TestReadAdScore holds the scorer to its documented rule: each signal's
// largest weight counts once, and a signal against an ad subtracts.
func TestReadAdScore(t *testing.T) {
	tests := []struct {
		why     string
		caption string
		want    int
	}{
		{"three calls to buy weigh one", "shop now, shop here, shop it", 2},
		{"a code (3) and an offer (2)", "code MAX20 for 20% off", 5},
		{"a code (3), a photo credit (-1)", "code MAX20, photo by @janedoe", 2},
		{"nothing to read", "Golden hour at the beach", 0},
		{"a birthday (-2) alone", "Happy birthday mom", -2},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, disclosure.ReadAd(disclosure.Post{Caption: tt.caption}).Score)
		})
	}
}

// TestSponsoredMixDeclaredConnection: a post that declares its connection
// is taken as declared, whatever its text says.
func TestSponsoredMixDeclaredConnection(t *testing.T) {
	tests := []struct {
		why  string
		post disclosure.Post
		want disclosure.Sponsorship
	}{
		{"NoConnection is organic even with a label", disclosure.Post{Caption: "#ad Loving @glowco code MAX20", Connection: disclosure.NoConnection}, disclosure.Organic},
		{"Paid without a label looks sponsored, whatever the text", disclosure.Post{Caption: "Golden hour at the beach", Connection: disclosure.Paid}, disclosure.LooksSponsored},
		{"Gift with a label is labelled", disclosure.Post{Caption: "#gifted new serum", Connection: disclosure.Gift}, disclosure.Labelled},
		{"Affiliate without a label looks sponsored", disclosure.Post{Caption: "My desk setup", Connection: disclosure.Affiliate}, disclosure.LooksSponsored},
		{"UnknownConnection leaves it to the text", disclosure.Post{Caption: "Golden hour at the beach"}, disclosure.Organic},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			m, err := disclosure.SponsoredMix([]disclosure.Post{tt.post})
			require.NoError(t, err)
			assert.Equal(t, tt.want, m.Posts[0].Sponsorship)
			assert.Equal(t, disclosure.ReadAd(tt.post).Score, m.Posts[0].Score, "the mix reports the reading's score")
		})
	}
}

// TestSponsoredMixThanksWithoutBrand: without a Brand a thank-you is no
// label in the mix, though Check still reports it; with one it is.
func TestSponsoredMixThanksWithoutBrand(t *testing.T) {
	p := disclosure.Post{Caption: "Thank you @janedoe for the photos 📸"}
	require.NotEmpty(t, disclosure.Check(p).Disclosures, "Check reads it as a vague label")
	m, err := disclosure.SponsoredMix([]disclosure.Post{p})
	require.NoError(t, err)
	assert.Equal(t, disclosure.Organic, m.Posts[0].Sponsorship)
	assert.Empty(t, m.Posts[0].Labels)

	p = disclosure.Post{Caption: "Thanks @glowco! Loving it", Brand: "Glow Co"}
	m, err = disclosure.SponsoredMix([]disclosure.Post{p})
	require.NoError(t, err)
	assert.Equal(t, disclosure.Labelled, m.Posts[0].Sponsorship, "thanks to the post's Brand is a vague label")
}

func TestAdSignalText(t *testing.T) {
	for s := disclosure.UnknownAdSignal; s <= disclosure.AdAppearance; s++ {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back disclosure.AdSignal
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	s, err := disclosure.ParseAdSignal("Discount-Code")
	require.NoError(t, err)
	assert.Equal(t, disclosure.AdDiscountCode, s, "parsing ignores case")
	_, err = disclosure.AdSignal(99).MarshalText()
	assert.ErrorIs(t, err, disclosure.ErrUnknownAdSignal)
	assert.Equal(t, "ad signal(99)", disclosure.AdSignal(99).String())
	bad := disclosure.AdOffer
	assert.ErrorIs(t, bad.UnmarshalText([]byte("coupon")), disclosure.ErrUnknownAdSignal)
	assert.Equal(t, disclosure.AdOffer, bad, "a failed parse leaves the value")
}

// FuzzReadAd feeds ReadAd any caption and brand: no panic, a score that
// agrees with Ad, and evidence spans inside the caption, on UTF-8
// boundaries (as utf8.DecodeRuneInString steps, so invalid bytes count
// one each), in caption order, with their text.
func FuzzReadAd(f *testing.F) {
	for _, s := range []string{
		"DRESS: @fashionnova dress. (code: XOBRITTANIE for 15% off.)",
		"@carlbembridgehair Thankyou for my gorgeous new wig",
		"Shooting the festival campaign for @thriveswimwear",
		"Our annual sale is now on Monday at 7pm",
		"Thank you @benhassett for the portrait",
		"#Glowcopartner https://x.com/?utm_source=ig shop now @a leggings",
		"\xff@\xfe code ＭＡＸ２０ thanks\u200b@x for my",
	} {
		f.Add(s, "")
		f.Add(s, "Glow Co")
	}
	f.Fuzz(func(t *testing.T, caption, brand string) {
		r := disclosure.ReadAd(disclosure.Post{Caption: caption, Brand: brand})
		if r.Ad != (r.Score >= disclosure.AdThreshold) || r.Signals == nil {
			t.Fatalf("reading %+v", r)
		}
		boundary := runeStarts(caption)
		for i, e := range r.Signals {
			if e.Start < 0 || e.End > len(caption) || e.Start >= e.End || caption[e.Start:e.End] != e.Text {
				t.Fatalf("bad evidence %+v in %q", e, caption)
			}
			if !boundary[e.Start] || !boundary[e.End] {
				t.Fatalf("evidence %+v splits a rune of %q", e, caption)
			}
			if i > 0 && r.Signals[i-1].Start > e.Start {
				t.Fatalf("evidence out of order: %+v", r.Signals)
			}
			if e.Signal == disclosure.UnknownAdSignal || e.Weight == 0 {
				t.Fatalf("evidence without a signal or weight: %+v", e)
			}
		}
	})
}

// runeStarts marks the offsets where utf8.DecodeRuneInString steps start,
// and len(s).
func runeStarts(s string) []bool {
	at := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		at[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	at[len(s)] = true
	return at
}
