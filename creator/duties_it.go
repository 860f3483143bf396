package creator

import (
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// Italy: AGCOM's list of relevant influencers (it-agcom-2025: delib.
// 197/25/CONS, Allegato A guidelines and Allegato B code of conduct). An
// influencer established in Italy is relevant with at least
// AGCOMFollowers followers, or at least AGCOMAvgMonthlyViews average
// monthly views over the last six months, on at least one social-media or
// video-sharing platform (counts are not summed across platforms); a
// relevant influencer registers in AGCOM's list and says so in the bio.
const (
	// AGCOMFollowers is the least follower count on one platform that
	// makes an influencer relevant (inclusive). Source: it-agcom-2025.
	AGCOMFollowers = 500_000
	// AGCOMAvgMonthlyViews is the least average monthly views on one
	// platform that makes an influencer relevant (inclusive). Source:
	// it-agcom-2025.
	AGCOMAvgMonthlyViews = 1_000_000
	// AGCOMBioLine is what a relevant influencer's bio says. Source:
	// it-agcom-2025.
	AGCOMBioLine = "influencer in elenco AGCOM"
	// AGCOMVirtualBioLine is what a relevant virtual influencer's bio
	// says instead ([Profile.Virtual]). Source: it-agcom-2025.
	AGCOMVirtualBioLine = "influencer virtuale in elenco AGCOM"
	// AuthorityAGCOM is the [Registration.Authority] of an entry in
	// AGCOM's list.
	AuthorityAGCOM = "AGCOM"
)

// agcomPlatforms are the social-media and video-sharing platforms: every
// platform but a blog.
var agcomPlatforms = allPlatformsBut(influencekit.Blog)

// bioLine is a line of words the law asks for, as written and folded.
type bioLine struct{ text, folded string }

var (
	agcomLine        = bioLine{AGCOMBioLine, fold(AGCOMBioLine)}
	agcomVirtualLine = bioLine{AGCOMVirtualBioLine, fold(AGCOMVirtualBioLine)}
)

var agcomList = newRegister(AuthorityAGCOM, "Autorità per le garanzie nelle comunicazioni")

var itRules = [...]rule{
	{code: "agcom-register", source: "it-agcom-2025", market: only(disclosure.IT), judge: func(f *facts) (outcome, bool) {
		return trigger(agcomRelevant(f), "AGCOM's list of relevant influencers", func() outcome {
			return f.registered(agcomList, "a relevant influencer registers in AGCOM's list")
		})
	}},
	{code: "agcom-bio-line", source: "it-agcom-2025", market: only(disclosure.IT), judge: func(f *facts) (outcome, bool) {
		return trigger(agcomRelevant(f), "AGCOM's bio line", func() outcome { return agcomBio(f.p, f.bio) })
	}},
}

// agcomRelevant is whether the creator is a relevant influencer.
func agcomRelevant(f *facts) cond {
	return all(f.establishedIn("IT"), anyOf(
		f.audienceOn(agcomPlatforms, "followers", followers, AGCOMFollowers),
		f.audienceOn(agcomPlatforms, "avg_monthly_views", views, AGCOMAvgMonthlyViews)))
}

// agcomBio judges the bio of a relevant influencer: the words of
// AGCOMBioLine, or of AGCOMVirtualBioLine for a virtual one, as whole
// words, ignoring case, accents and spacing. bio is p.Bio folded.
func agcomBio(p Profile, bio string) outcome {
	if p.Bio == "" {
		return outcome{Unknown, "a relevant influencer's bio says " + quote(AGCOMBioLine) + ": bio not given"}
	}
	want, other := agcomLine, agcomVirtualLine
	if p.Virtual {
		want, other = other, want
	}
	switch {
	case containsWords(bio, want.folded):
		return outcome{Met, "the bio says " + quote(want.text)}
	case containsWords(bio, other.folded) && p.Virtual:
		return outcome{Unmet, "a virtual influencer's bio says " + quote(want.text) + ", not " + quote(other.text) + ": change the bio"}
	case containsWords(bio, other.folded):
		return outcome{Unmet, "the bio says " + quote(other.text) + " but the profile is not virtual: write " + quote(want.text)}
	}
	return outcome{Unmet, "a relevant influencer's bio says " + quote(want.text) + ": add it to the bio"}
}

func quote(s string) string { return fmt.Sprintf("%q", s) }
