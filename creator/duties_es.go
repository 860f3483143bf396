package creator

import (
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// Spain: users of special relevance of video-sharing platforms (es-rd-444-2024:
// Real Decreto 444/2024, art. 3 and 4, under Ley 13/2022 art. 94). A user
// established in Spain is of special relevance when all three hold, for
// the calendar year before: gross income from the activity of at least
// SpainIncomeEUR euros; at least SpainFollowersOnePlatform followers on
// one platform or SpainFollowersTotal on all platforms together; at least
// SpainVideosPerYear videos published. Such a user registers in the
// Registro Estatal de Prestadores de Servicios de Comunicación Audiovisual.
//
// The income line is in euros and the package converts no currency: an
// income in another currency makes the duty [Unknown], saying so. The
// other conditions of Ley 13/2022 art. 94 (editorial responsibility, an
// economic activity) are taken as met by a creator who earns from content.
const (
	// SpainIncomeEUR is the least gross income, in euros, from the
	// activity in the calendar year before (inclusive). Source:
	// es-rd-444-2024.
	SpainIncomeEUR = 300_000
	// SpainFollowersOnePlatform is the least follower count on one
	// platform (inclusive). Source: es-rd-444-2024.
	SpainFollowersOnePlatform = 1_000_000
	// SpainFollowersTotal is the least follower count on all platforms
	// together (inclusive). Source: es-rd-444-2024.
	SpainFollowersTotal = 2_000_000
	// SpainVideosPerYear is the least number of videos published in the
	// calendar year before (inclusive). Source: es-rd-444-2024.
	SpainVideosPerYear = 24
	// AuthoritySpain is the [Registration.Authority] of the Registro
	// Estatal de Prestadores de Servicios de Comunicación Audiovisual.
	AuthoritySpain = "Registro Estatal"
)

// esPlatforms are the video-sharing platforms whose followers count: every
// platform but a blog.
var esPlatforms = allPlatformsBut(influencekit.Blog)

var esRegister = newRegister(AuthoritySpain,
	"Registro Estatal de Prestadores de Servicios de Comunicación Audiovisual",
	"Registro Estatal de Prestadores de Comunicación Audiovisual")

var spainIncomeLine = decimal.NewFromInt(SpainIncomeEUR)

var esRules = [...]rule{
	{code: "es-register", source: "es-rd-444-2024", market: only(disclosure.ES), judge: func(f *facts) (outcome, bool) {
		c := all(f.establishedIn("ES"),
			f.incomeAtLeastEUR(),
			anyOf(f.audienceOn(esPlatforms, "followers", followers, SpainFollowersOnePlatform),
				f.audienceTotal(esPlatforms, "followers", followers, SpainFollowersTotal)),
			f.videosAtLeast(SpainVideosPerYear))
		return trigger(c, "Spain's register of users of special relevance", func() outcome {
			return f.registered(esRegister, "a user of special relevance registers in the Registro Estatal")
		})
	}},
}

// incomeAtLeastEUR is whether AnnualIncome reaches SpainIncomeEUR.
func (f *facts) incomeAtLeastEUR() cond {
	m := f.p.AnnualIncome
	switch {
	case m == nil:
		return missing("annual_income")
	case m.Currency() != currency.EUR:
		return missing("annual_income in EUR (it is in " + m.Currency().String() + ", and the package converts no currency)")
	}
	return known(m.Amount().Cmp(spainIncomeLine) >= 0)
}
