package creator

import (
	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// The Netherlands: the Commissariaat voor de Media's registration of video
// uploaders under the Mediawet (nl-cvdm-uploaders). A video uploader
// established in the Netherlands registers when all five hold: active on
// YouTube, Instagram or TikTok; at least CvdMFollowers followers or
// subscribers there; at least CvdMVideosPerYear videos in the last twelve
// months; earning from the videos (money, or products and services free);
// registered as an entrepreneur with the Kamer van Koophandel. Since 16
// June 2025 the regulator also supervises uploaders below these lines
// (nl-cvdm-2025); registration is still owed above them.
const (
	// CvdMFollowers is the least follower count on YouTube, Instagram or
	// TikTok that obliges registration (inclusive). Source:
	// nl-cvdm-uploaders.
	CvdMFollowers = 500_000
	// CvdMVideosPerYear is the least number of videos in the last twelve
	// months that obliges registration (inclusive). Source:
	// nl-cvdm-uploaders.
	CvdMVideosPerYear = 24
	// AuthorityCvdM is the [Registration.Authority] of the CvdM's register
	// of video uploaders.
	AuthorityCvdM = "CvdM"
	// AuthorityKvK is the [Registration.Authority] of the Dutch chamber of
	// commerce's trade register.
	AuthorityKvK = "KvK"
)

// cvdmPlatforms are the platforms the CvdM counts followers on.
var cvdmPlatforms = platforms(influencekit.YouTube, influencekit.Instagram, influencekit.TikTok)

var (
	cvdmRegister = newRegister(AuthorityCvdM, "Commissariaat voor de Media")
	kvkRegister  = newRegister(AuthorityKvK, "Kamer van Koophandel")
)

var nlRules = [...]rule{
	{code: "cvdm-register", source: "nl-cvdm-uploaders", market: only(disclosure.NL), judge: func(f *facts) (outcome, bool) {
		c := all(f.establishedIn("NL"),
			f.audienceOn(cvdmPlatforms, "followers", followers, CvdMFollowers),
			f.videosAtLeast(CvdMVideosPerYear),
			f.earns(),
			f.holds(kvkRegister))
		return trigger(c, "the CvdM's registration of video uploaders", func() outcome {
			return f.registered(cvdmRegister, "a video uploader above the CvdM's lines registers with the Commissariaat voor de Media")
		})
	}},
}

// holds is whether the profile holds a registration with reg on the day:
// unsure when it lists none (a profile need not list every register) or
// when one expires and no day is given.
func (f *facts) holds(reg register) cond {
	listed := false
	for i, r := range f.p.Registrations {
		if !reg.names(f.authorities[i]) {
			continue
		}
		listed = true
		switch held, known := r.heldOn(f.day); {
		case held:
			return cond{is: yes}
		case !known:
			return missing("the day to judge the " + reg.name + " registration's expiry on (call DutiesOn)")
		}
	}
	if listed {
		return cond{is: no}
	}
	return missing("a " + reg.name + " registration (registrations[].authority " + quote(reg.name) + ")")
}
