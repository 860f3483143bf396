package disclosure

import (
	"errors"

	"github.com/influencekit/influencekit/disclosure/internal/adread"
)

// ErrNoPosts is wrapped when a sponsored-content mix is asked of no posts.
var ErrNoPosts = errors.New("disclosure: no posts to measure")

// Sponsorship is how one post reads in a sponsored-content mix. The zero
// value is UnknownSponsorship, which SponsoredMix never reports.
//
// Its text form is "unknown", "labelled", "looks-sponsored" or "organic";
// parsing ignores case.
//
//enumgen:names unknown, labelled, looks-sponsored, organic
//enumgen:aliases labeled = labelled
type Sponsorship uint8

// The sponsorships.
const (
	UnknownSponsorship Sponsorship = iota
	// Labelled: the caption carries at least one disclosure label, clear or
	// not ([Report.Disclosures] is not empty). Vague labels count: "#spon"
	// is a disclosure attempt, and so is a thank-you to the post's Brand
	// ("thanks @brand"); without a [Post.Brand] a thank-you names no sponsor
	// and is not a label in the mix. [Mix.ClearlyLabelled] separates the
	// clear ones.
	Labelled
	// LooksSponsored: no disclosure label, but the text reads as an ad
	// ([ReadAd]: a score of [AdThreshold] or more from signs such as a
	// brand @mention with a discount code or an affiliate link, a
	// partnership, a product credited to a brand beside a call to buy, the
	// creator's own collection), or the post declares a Paid, Gift or
	// Affiliate Connection: a sponsored post that does not say so.
	LooksSponsored
	// Organic: no label and not enough signs of an ad, or a declared
	// NoConnection. The post may still be sponsored in ways a caption does
	// not show.
	Organic
)

// ErrUnknownSponsorship is wrapped by errors for text or values that name
// no sponsorship.
var ErrUnknownSponsorship = errors.New("disclosure: unknown sponsorship")

// Evidence is a piece of a caption that a classification rests on.
type Evidence struct {
	Start, End int    // byte offsets into Post.Caption, [Start, End)
	Text       string // Caption[Start:End]
}

// MixPost is one post's place in a sponsored-content mix, with the
// evidence. Every list is filled whatever the Sponsorship, in caption order.
type MixPost struct {
	Sponsorship Sponsorship
	Labels      []Label    // the disclosure labels Check found; without a Brand, not a vague "thanks @someone"
	Mentions    []Evidence // @mentions of the post's Brand; of anyone when Brand is empty
	Codes       []Evidence // discount codes: the code after "code", "coupon" or "promo code" ("MAX20")
	Links       []Evidence // affiliate links (see SponsoredMix)
	// Score is the post's ad score, as [ReadAd] reads its text;
	// Score >= [AdThreshold] reads as an ad.
	Score int
	// Signals are the signals that fired, with their weights and spans,
	// in caption order; empty, never nil.
	Signals []AdEvidence
}

// Mix answers the vetting question "How often do they post sponsored
// content?" of melissa-2017 (Melissa, "Micro-Influencers: What They Are,
// Why You Should Use One and The Do's and Don'ts of Partnership") for one
// creator's recent posts. Shares are fractions of all posts: 0.25 is
// 25%.
type Mix struct {
	Posts           []MixPost // one per post given, in the same order
	Labelled        int       // posts with a disclosure label
	ClearlyLabelled int       // of the Labelled posts, those with a Clear label
	LooksSponsored  int       // posts without a label that look sponsored
	Organic         int       // the rest
}

// LabelledShare returns Labelled / len(Posts), a fraction; 0 for no posts.
func (m Mix) LabelledShare() float64 { return share(m.Labelled, len(m.Posts)) }

// LooksSponsoredShare returns LooksSponsored / len(Posts), a fraction; 0
// for no posts.
func (m Mix) LooksSponsoredShare() float64 { return share(m.LooksSponsored, len(m.Posts)) }

// SponsoredShare returns (Labelled + LooksSponsored) / len(Posts): the
// share of posts that say or show they are sponsored, a fraction; 0 for no
// posts.
func (m Mix) SponsoredShare() float64 { return share(m.Labelled+m.LooksSponsored, len(m.Posts)) }

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// SponsoredMix measures posts with the default policy. See
// [Checker.SponsoredMix].
func SponsoredMix(posts []Post) (Mix, error) { return defaultChecker().SponsoredMix(posts) }

// SponsoredMix classifies each of a creator's posts as Labelled,
// LooksSponsored or Organic and counts them, keeping the evidence: the
// labels c's Check finds, brand @mentions (read as Check reads them: a
// post's Brand matches its handle, "@glowco" or "@glowco_us"; without a
// Brand any @mention counts), discount codes, and affiliate links.
//
// A discount code is the word after "code", "coupon", "promo code" or
// "discount code" (punctuation and "is" may come between) that has a digit
// or is four or more capital letters: "Use code MAX20", "CODE: GLOW". An
// affiliate link is a URL on a link host of Amazon Associates (amzn.to, or
// an amazon host with a tag parameter), LTK / rewardStyle (liketk.it,
// shopltk.com, rstyle.me, shopstyle.it), ShopMy (shopmy.us), Rakuten
// (click.linksynergy.com), Awin (awin1.com), ShareASale (shareasale.com),
// CJ (anrdoezrs.net, jdoqocy.com, tkqlhce.com, dpbolvw.net, kqzyfj.com)
// or Skimlinks (go.skimresources.com), or any URL with an aff, affid,
// aff_id, affiliate or affiliate_id parameter or utm_medium=affiliate.
// The lists are influencekit's: no source publishes a canonical one.
//
// No posts is an error wrapping ErrNoPosts. SponsoredMix is safe for
// concurrent use and never panics.
func (c *Checker) SponsoredMix(posts []Post) (Mix, error) {
	if len(posts) == 0 {
		return Mix{}, ErrNoPosts
	}
	m := Mix{Posts: make([]MixPost, len(posts))}
	for i, p := range posts {
		mp := &m.Posts[i]
		brand := newBrandInfos(&p)
		mp.Labels = c.adLabels(&p, &brand)
		var backing [16]adread.Evidence
		ev := backing[:0]
		for _, l := range mp.Labels {
			ev = append(ev, labelEvidence(l))
		}
		sc, r := readAd(&p, &brand, ev)
		mp.Mentions, mp.Codes, mp.Links = sc.Mentions, sc.Codes, sc.Links
		mp.Score, mp.Signals = r.Score, r.Signals
		switch {
		case p.Connection == NoConnection:
			mp.Sponsorship = Organic
			m.Organic++
		case len(mp.Labels) > 0:
			mp.Sponsorship = Labelled
			m.Labelled++
			for _, l := range mp.Labels {
				if l.Clarity == Clear {
					m.ClearlyLabelled++
					break
				}
			}
		case r.Ad || p.Connection == Paid || p.Connection == Gift || p.Connection == Affiliate:
			mp.Sponsorship = LooksSponsored
			m.LooksSponsored++
		default:
			mp.Sponsorship = Organic
			m.Organic++
		}
	}
	return m, nil
}
