package creator

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

var (
	testDay = time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC)
	absent  = DutyStatus(255) // want: the duty is not listed
)

func eur(amount string) *pricing.Money {
	m := pricing.MustNew(amount, "EUR")
	return &m
}

func usd(amount string) *pricing.Money {
	m := pricing.MustNew(amount, "USD")
	return &m
}

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func reg(authority, number string) Registration {
	return Registration{Authority: authority, Number: number}
}

// find returns the duty with code in duties, or a Duty with Status absent.
func find(duties []Duty, code string) Duty {
	for _, d := range duties {
		if d.Code == code {
			return d
		}
	}
	return Duty{Status: absent}
}

type edge struct {
	why    string
	edit   func(p *Profile)
	want   DutyStatus
	inText string // a part of the message, when it matters
}

// checkEdges judges base, edited by each row, in market on testDay and
// checks the duty code.
func checkEdges(t *testing.T, base func() Profile, market disclosure.Jurisdiction, code string, rows []edge) {
	t.Helper()
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			p := base()
			row.edit(&p)
			duties, err := DutiesOn(testDay, p, market)
			require.NoError(t, err)
			got := find(duties, code)
			if row.want == absent {
				assert.Equal(t, absent, got.Status, "%s should not be triggered: %s", code, got.Message)
				return
			}
			assert.Equal(t, row.want, got.Status, got.Message)
			assert.Contains(t, got.Message, row.inText)
			assert.Equal(t, market, got.Jurisdiction)
		})
	}
}

func TestAGCOMEdges(t *testing.T) {
	base := func() Profile {
		return Profile{Country: "IT", Bio: "influencer in elenco AGCOM",
			Audiences:     []Audience{{Platform: influencekit.Instagram, Followers: 499_999, AvgMonthlyViews: 999_999}},
			Registrations: []Registration{reg("AGCOM", "IT-1")}}
	}
	rows := []edge{
		{"one follower and one view short of both lines: not relevant", func(p *Profile) {}, absent, ""},
		{"500,000 followers is the inclusive line", func(p *Profile) { p.Audiences[0].Followers = 500_000 }, Met, "IT-1"},
		{"1,000,000 average monthly views alone is the other line", func(p *Profile) { p.Audiences[0].AvgMonthlyViews = 1_000_000 }, Met, ""},
		{"views not given below the follower line: cannot tell", func(p *Profile) { p.Audiences[0].AvgMonthlyViews = 0 }, Unknown, "audiences[0].avg_monthly_views (instagram)"},
		{"followers not given below the views line: cannot tell", func(p *Profile) { p.Audiences[0].Followers = 0 }, Unknown, "audiences[0].followers (instagram)"},
		{"counts on two platforms are not summed (AGCOM counts one platform)", func(p *Profile) {
			p.Audiences = append(p.Audiences, Audience{Platform: influencekit.TikTok, Followers: 499_999, AvgMonthlyViews: 999_999})
		}, absent, ""},
		{"any one platform over the line makes the creator relevant", func(p *Profile) {
			p.Audiences = append(p.Audiences, Audience{Platform: influencekit.YouTube, Followers: 2_000_000})
		}, Met, ""},
		{"a blog is not a social or video platform", func(p *Profile) {
			p.Audiences = []Audience{{Platform: influencekit.Blog, Followers: 5_000_000, AvgMonthlyViews: 9_000_000}}
		}, absent, ""},
		{"established elsewhere: AGCOM's list is for creators established in Italy", func(p *Profile) {
			p.Country = "DE"
			p.Audiences[0].Followers = 3_000_000
		}, absent, ""},
		{"country not given: cannot tell", func(p *Profile) { p.Country = ""; p.Audiences[0].Followers = 600_000 }, Unknown, "country"},
		{"no audiences given: cannot tell", func(p *Profile) { p.Audiences = nil }, Unknown, "audiences"},
		{"relevant and not registered", func(p *Profile) { p.Audiences[0].Followers = 600_000; p.Registrations = nil }, Unmet, `registrations[].authority "AGCOM"`},
		{"an expired registration is not held", func(p *Profile) {
			p.Audiences[0].Followers = 600_000
			p.Registrations[0].Expires = testDay.AddDate(0, 0, -1)
		}, Unmet, "expired on 2026-12-06"},
		{"a registration is held through its Expires day", func(p *Profile) {
			p.Audiences[0].Followers = 600_000
			p.Registrations[0].Expires = testDay.Add(23 * time.Hour)
		}, Met, "valid until 2026-12-07"},
		{"a registration without a number is not held", func(p *Profile) {
			p.Audiences[0].Followers = 600_000
			p.Registrations[0].Number = " "
		}, Unmet, "registrations[0] has no number"},
		{"authority names ignore case and accents", func(p *Profile) {
			p.Audiences[0].Followers = 600_000
			p.Registrations = []Registration{reg("Autorita per le Garanzie nelle Comunicazioni", "IT-9")}
		}, Met, "IT-9"},
		{"a registration with another authority does not count", func(p *Profile) {
			p.Audiences[0].Followers = 600_000
			p.Registrations = []Registration{reg("CvdM", "NL-1")}
		}, Unmet, "no AGCOM registration"},
	}
	checkEdges(t, base, disclosure.IT, "agcom-register", rows)
}

func TestAGCOMBioLine(t *testing.T) {
	tests := []struct {
		why     string
		bio     string
		virtual bool
		want    DutyStatus
	}{
		{"the law's words", "Chef 🍝 | influencer in elenco AGCOM", false, Met},
		{"case and spacing do not matter", "INFLUENCER   in\n\tElenco agcom", false, Met},
		{"accents do not matter", "ínfluencer in élenco AGCOM", false, Met},
		{"a zero-width space is not a word", "influencer in\u200b elenco AGCOM", false, Met},
		{"other words are not the law's words", "influencer iscritto all'elenco AGCOM", false, Unmet},
		{"a missing word is not the line", "influencer elenco AGCOM", false, Unmet},
		{"the words inside a longer word do not count", "microinfluencer in elenco AGCOMx", false, Unmet},
		{"no line at all", "Ricette ogni giorno", false, Unmet},
		{"a human account may not claim to be virtual", "influencer virtuale in elenco AGCOM", false, Unmet},
		{"a virtual account writes the virtual line", "Influencer Virtuale in elenco AGCOM", true, Met},
		{"a virtual account's human line is not enough", "influencer in elenco AGCOM", true, Unmet},
		{"an empty bio is not given", "", false, Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			p := Profile{Country: "IT", Bio: tt.bio, Virtual: tt.virtual,
				Audiences: []Audience{{Platform: influencekit.TikTok, Followers: 700_000}}}
			duties, err := DutiesOn(testDay, p, disclosure.IT)
			require.NoError(t, err)
			got := find(duties, "agcom-bio-line")
			assert.Equal(t, tt.want, got.Status, got.Message)
		})
	}
}

func TestCvdMEdges(t *testing.T) {
	base := func() Profile {
		return Profile{Country: "NL", VideosPerYear: 24, AnnualIncome: eur("0.01"),
			Audiences:     []Audience{{Platform: influencekit.YouTube, Followers: 500_000}},
			Registrations: []Registration{reg("KvK", "12345678"), reg("CvdM", "VU-1")}}
	}
	rows := []edge{
		{"all five conditions at their lines: registered", func(p *Profile) {}, Met, "VU-1"},
		{"499,999 followers is below the line", func(p *Profile) { p.Audiences[0].Followers = 499_999 }, absent, ""},
		{"23 videos is below the line", func(p *Profile) { p.VideosPerYear = 23 }, absent, ""},
		{"videos not given: cannot tell", func(p *Profile) { p.VideosPerYear = 0 }, Unknown, "videos_per_year"},
		{"no income from the videos: not monetised", func(p *Profile) { p.AnnualIncome = eur("0") }, absent, ""},
		{"income not given: cannot tell", func(p *Profile) { p.AnnualIncome = nil }, Unknown, "annual_income"},
		{"income in any currency counts as monetised", func(p *Profile) { p.AnnualIncome = usd("100") }, Met, ""},
		{"no KvK registration listed: cannot tell", func(p *Profile) { p.Registrations = p.Registrations[1:] }, Unknown, "KvK registration"},
		{"a KvK registration that ended: not an entrepreneur", func(p *Profile) { p.Registrations[0].Expires = ymd(2025, 1, 1) }, absent, ""},
		{"followers on Twitch do not count for the CvdM", func(p *Profile) { p.Audiences[0].Platform = influencekit.Twitch }, absent, ""},
		{"TikTok counts", func(p *Profile) { p.Audiences[0].Platform = influencekit.TikTok }, Met, ""},
		{"followers are not summed across platforms", func(p *Profile) {
			p.Audiences = []Audience{{Platform: influencekit.YouTube, Followers: 300_000}, {Platform: influencekit.Instagram, Followers: 300_000}}
		}, absent, ""},
		{"over every line and not registered", func(p *Profile) { p.Registrations = p.Registrations[:1] }, Unmet, `"CvdM"`},
		{"established in Belgium: not the Dutch regulator's", func(p *Profile) { p.Country = "BE" }, absent, ""},
	}
	checkEdges(t, base, disclosure.NL, "cvdm-register", rows)
}

func TestSpainEdges(t *testing.T) {
	base := func() Profile {
		return Profile{Country: "ES", VideosPerYear: 24, AnnualIncome: eur("300000.00"),
			Audiences:     []Audience{{Platform: influencekit.Instagram, Followers: 1_000_000}},
			Registrations: []Registration{reg("Registro Estatal", "UER-1")}}
	}
	rows := []edge{
		{"every line reached exactly: registered", func(p *Profile) {}, Met, "UER-1"},
		{"one cent under EUR 300,000", func(p *Profile) { p.AnnualIncome = eur("299999.99") }, absent, ""},
		{"income in dollars cannot be held against the euro line", func(p *Profile) { p.AnnualIncome = usd("500000") }, Unknown, "converts no currency"},
		{"income not given", func(p *Profile) { p.AnnualIncome = nil }, Unknown, "annual_income"},
		{"999,999 on the one platform", func(p *Profile) { p.Audiences[0].Followers = 999_999 }, absent, ""},
		{"1,999,999 in all, 999,999 on the largest", func(p *Profile) {
			p.Audiences = []Audience{{Platform: influencekit.Instagram, Followers: 999_999}, {Platform: influencekit.YouTube, Followers: 999_999}, {Platform: influencekit.TikTok, Followers: 1}}
		}, absent, ""},
		{"2,000,000 in all with no platform at 1,000,000", func(p *Profile) {
			p.Audiences = []Audience{{Platform: influencekit.Instagram, Followers: 999_999}, {Platform: influencekit.YouTube, Followers: 999_999}, {Platform: influencekit.TikTok, Followers: 2}}
		}, Met, ""},
		{"a blog's readers are not video-platform followers", func(p *Profile) {
			p.Audiences = []Audience{{Platform: influencekit.Instagram, Followers: 999_999}, {Platform: influencekit.Blog, Followers: 5_000_000}}
		}, absent, ""},
		{"another platform's count not given below both lines: cannot tell", func(p *Profile) {
			p.Audiences = []Audience{{Platform: influencekit.Instagram, Followers: 999_999}, {Platform: influencekit.YouTube}}
		}, Unknown, "audiences[1].followers (youtube)"},
		{"23 videos", func(p *Profile) { p.VideosPerYear = 23 }, absent, ""},
		{"followers and videos without the income: the law asks for all three", func(p *Profile) {
			p.AnnualIncome = eur("1000")
			p.Audiences[0].Followers = 9_000_000
		}, absent, ""},
		{"income and videos without the audience", func(p *Profile) { p.Audiences[0].Followers = 10 }, absent, ""},
		{"over every line, not registered", func(p *Profile) { p.Registrations = nil }, Unmet, "Registro Estatal"},
		{"established in Portugal", func(p *Profile) { p.Country = "PT" }, absent, ""},
	}
	checkEdges(t, base, disclosure.ES, "es-register", rows)
}

func TestFranceChildEdges(t *testing.T) {
	base := func() Profile {
		// 16 on 2026-12-08, the day after testDay.
		return Profile{Country: "FR", BirthDate: ymd(2010, 12, 8), AnnualIncome: eur("100")}
	}
	rows := []edge{
		{"15 the day before the 16th birthday", func(p *Profile) {}, Unmet, "DDETS"},
		{"16 on the birthday itself", func(p *Profile) { p.BirthDate = ymd(2010, 12, 7) }, absent, ""},
		{"the authorisation held", func(p *Profile) { p.Registrations = []Registration{reg("Préfet", "A-75-1")} }, Met, "A-75-1"},
		{"no income: the package reads paid activity", func(p *Profile) { p.AnnualIncome = eur("0") }, absent, ""},
		{"birth date not given", func(p *Profile) { p.BirthDate = time.Time{} }, Unknown, "birth_date"},
		{"a child in Belgium is not under the French law", func(p *Profile) { p.Country = "BE" }, absent, ""},
	}
	checkEdges(t, base, disclosure.FR, "fr-child-authorisation", rows)
}

func TestTraderIdentificationEdges(t *testing.T) {
	base := func() Profile {
		return Profile{Country: "IT", AnnualIncome: eur("1"), Bio: "Studio Rossi srl, Via Roma 1, Milano — P.IVA IT 0123 4567 890",
			Registrations: []Registration{reg("partita IVA", "IT01234567890")}}
	}
	rows := []edge{
		{"the bio shows the VAT number, spaced", func(p *Profile) {}, Met, "IT01234567890"},
		{"no income: not a trader", func(p *Profile) { p.AnnualIncome = eur("0") }, absent, ""},
		{"income not given", func(p *Profile) { p.AnnualIncome = nil }, Unknown, "annual_income"},
		{"a longer number is not the number", func(p *Profile) { p.Bio = "P.IVA IT012345678901" }, Unmet, "IT01234567890"},
		{"the number missing from the bio", func(p *Profile) { p.Bio = "Studio Rossi srl" }, Unmet, "add the business"},
		{"no business registration to look for", func(p *Profile) { p.Registrations = []Registration{reg("AGCOM", "1")} }, Unknown, "no trade-register or VAT registration"},
		{"an expired registration does not identify the trader", func(p *Profile) { p.Registrations[0].Expires = ymd(2020, 1, 1) }, Unknown, "no trade-register"},
		{"the bio not given", func(p *Profile) { p.Bio = "" }, Unknown, "bio not given"},
	}
	checkEdges(t, base, disclosure.DE, "trader-identification", rows)
	for _, j := range []disclosure.Jurisdiction{disclosure.US, disclosure.UK} {
		duties, err := DutiesOn(testDay, base(), j)
		require.NoError(t, err)
		assert.Equal(t, absent, find(duties, "trader-identification").Status, "%s is not an EU market", j)
	}
}

func TestUSStateEdges(t *testing.T) {
	base := func() Profile {
		return Profile{Country: "US", Region: "US-IL", BirthDate: ymd(2010, 12, 8), AnnualIncome: usd("10")}
	}
	t.Run("il", func(t *testing.T) {
		checkEdges(t, base, disclosure.US, "il-minor-trust", []edge{
			{"15: the trust account is owed", func(p *Profile) {}, Unmet, `"trust"`},
			{"16 on the birthday", func(p *Profile) { p.BirthDate = ymd(2010, 12, 7) }, absent, ""},
			{"the trust account held", func(p *Profile) { p.Registrations = []Registration{reg("Trust Account", "TA-1")} }, Met, "TA-1"},
			{"another state", func(p *Profile) { p.Region = "US-TX" }, absent, ""},
			{"region not given", func(p *Profile) { p.Region = "" }, Unknown, "region"},
			{"country and region not given", func(p *Profile) { p.Region = ""; p.Country = "" }, Unknown, "country and region"},
			{"not in the United States", func(p *Profile) { p.Region = ""; p.Country = "CA" }, absent, ""},
		})
	})
	t.Run("mn", func(t *testing.T) {
		checkEdges(t, base, disclosure.US, "mn-minor-content-ban", []edge{
			{"13 the day before the 14th birthday: barred", func(p *Profile) { p.Region = "US-MN"; p.BirthDate = ymd(2012, 12, 8) }, Unmet, "bars"},
			{"14 on the birthday", func(p *Profile) { p.Region = "US-MN"; p.BirthDate = ymd(2012, 12, 7) }, absent, ""},
			{"a registration cannot lift the bar", func(p *Profile) {
				p.Region = "US-MN"
				p.BirthDate = ymd(2015, 1, 1)
				p.Registrations = []Registration{reg("trust", "1")}
			}, Unmet, ""},
			{"unpaid content is not content creation", func(p *Profile) { p.Region = "US-MN"; p.BirthDate = ymd(2015, 1, 1); p.AnnualIncome = usd("0") }, absent, ""},
		})
	})
	t.Run("ca", func(t *testing.T) {
		checkEdges(t, base, disclosure.US, "ca-coogan-account", []edge{
			{"17 the day before the 18th birthday", func(p *Profile) { p.Region = "US-CA"; p.BirthDate = ymd(2008, 12, 8) }, Unmet, `"Coogan"`},
			{"18 on the birthday", func(p *Profile) { p.Region = "US-CA"; p.BirthDate = ymd(2008, 12, 7) }, absent, ""},
		})
	})
}

func TestAgeOn(t *testing.T) {
	tests := []struct {
		why   string
		birth time.Time
		day   time.Time
		want  int
		ok    bool
	}{
		{"the day before the birthday", ymd(2010, 6, 15), ymd(2026, 6, 14), 15, true},
		{"on the birthday", ymd(2010, 6, 15), ymd(2026, 6, 15), 16, true},
		{"a leap-day birth is 15 on 28 February of a common year", ymd(2004, 2, 29), ymd(2020, 2, 28), 15, true},
		{"a leap-day birth turns 16 on 29 February of a leap year", ymd(2004, 2, 29), ymd(2020, 2, 29), 16, true},
		{"a leap-day birth is still 16 on 28 February of a common year", ymd(2004, 2, 29), ymd(2021, 2, 28), 16, true},
		{"a leap-day birth turns 17 on 1 March of a common year", ymd(2004, 2, 29), ymd(2021, 3, 1), 17, true},
		{"the day of birth is age 0", ymd(2026, 1, 1), ymd(2026, 1, 1), 0, true},
		{"times of day and locations do not move the date", time.Date(2010, 6, 15, 23, 30, 0, 0, time.FixedZone("X", -10*3600)), time.Date(2026, 6, 15, 0, 1, 0, 0, time.FixedZone("Y", 14*3600)), 16, true},
		{"born after the day", ymd(2027, 1, 1), ymd(2026, 1, 1), 0, false},
		{"no birth date", time.Time{}, ymd(2026, 1, 1), 0, false},
		{"no day", ymd(2000, 1, 1), time.Time{}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, ok := Profile{BirthDate: tt.birth}.AgeOn(tt.day)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDutiesWithoutADay(t *testing.T) {
	p := Profile{Country: "IT", Audiences: []Audience{{Platform: influencekit.Instagram, Followers: 600_000}},
		Registrations: []Registration{{Authority: "AGCOM", Number: "IT-1", Expires: ymd(2027, 1, 1)}}}
	got := find(Duties(p, disclosure.IT), "agcom-register")
	assert.Equal(t, Unknown, got.Status, "an expiring registration needs a day")
	assert.Contains(t, got.Message, "DutiesOn")

	p.Registrations[0].Expires = time.Time{}
	assert.Equal(t, Met, find(Duties(p, disclosure.IT), "agcom-register").Status, "a registration that does not expire needs no day")

	p.AnnualIncome = eur("10")
	p.Bio = "P.IVA 01234567890"
	p.Registrations = []Registration{{Authority: "partita IVA", Number: "01234567890", Expires: ymd(2030, 1, 1)}}
	got = find(Duties(p, disclosure.IT), "trader-identification")
	assert.Equal(t, Unknown, got.Status, "an expiring VAT registration needs a day")
	assert.Contains(t, got.Message, "no day was given")
	got = find(Duties(p, disclosure.IT), "agcom-register")
	assert.Equal(t, Unmet, got.Status, "a VAT number is not an AGCOM registration")
}

func TestInvalidProfiles(t *testing.T) {
	good := func() Profile {
		return Profile{Country: "US", Region: "US-IL", Audiences: []Audience{{Platform: influencekit.Instagram, Followers: 1}},
			Registrations: []Registration{reg("AGCOM", "1")}, AnnualIncome: eur("1")}
	}
	require.NoError(t, good().Validate())
	tests := []struct {
		why   string
		edit  func(p *Profile)
		field string
	}{
		{"a negative follower count", func(p *Profile) { p.Audiences[0].Followers = -1 }, "audiences[0].followers"},
		{"negative views", func(p *Profile) { p.Audiences[0].AvgMonthlyViews = -1 }, "audiences[0].avg_monthly_views"},
		{"negative videos", func(p *Profile) { p.VideosPerYear = -24 }, "videos_per_year"},
		{"UK is reserved, not assigned: GB", func(p *Profile) { p.Country = "UK"; p.Region = "" }, "country"},
		{"lower case is not ISO's form", func(p *Profile) { p.Country = "us" }, "country"},
		{"an alpha-3 code", func(p *Profile) { p.Country = "USA" }, "country"},
		{"a macro region", func(p *Profile) { p.Country = "EU"; p.Region = "" }, "country"},
		{"a private-use code", func(p *Profile) { p.Country = "XX"; p.Region = "" }, "country"},
		{"a withdrawn code", func(p *Profile) { p.Country = "YU"; p.Region = "" }, "country"},
		{"Kosovo's user-assigned code", func(p *Profile) { p.Country = "XK"; p.Region = "" }, "country"},
		{"an exceptional reservation", func(p *Profile) { p.Country = "DG"; p.Region = "" }, "country"},
		{"a region of another country", func(p *Profile) { p.Region = "IT-RM" }, "region"},
		{"not a US state", func(p *Profile) { p.Region = "US-ZZ" }, "region"},
		{"a region without a country", func(p *Profile) { p.Country = "" }, "region"},
		{"a region not in ISO 3166-2 form", func(p *Profile) { p.Region = "US-illinois" }, "region"},
		{"an unknown platform", func(p *Profile) { p.Audiences[0].Platform = influencekit.UnknownPlatform }, "audiences[0].platform"},
		{"an undeclared platform", func(p *Profile) { p.Audiences[0].Platform = 200 }, "audiences[0].platform"},
		{"two audiences on one platform", func(p *Profile) { p.Audiences = append(p.Audiences, Audience{Platform: influencekit.Instagram}) }, "audiences[1].platform"},
		{"a negative income", func(p *Profile) { p.AnnualIncome = eur("-1") }, "annual_income"},
		{"an income without a currency", func(p *Profile) { p.AnnualIncome = &pricing.Money{} }, "annual_income"},
		{"a registration without authority", func(p *Profile) { p.Registrations[0].Authority = " \t" }, "registrations[0].authority"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			p := good()
			tt.edit(&p)
			err := p.Validate()
			var fe *FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.field, fe.Field)
			assert.ErrorIs(t, err, ErrInvalidProfile)
			assert.Contains(t, err.Error(), tt.field)

			duties, err2 := DutiesOn(testDay, p)
			assert.Nil(t, duties)
			assert.Equal(t, err, err2, "DutiesOn returns Validate's error")

			all := Duties(p)
			require.NotEmpty(t, all, "Duties lists what the markets can impose")
			for _, d := range all {
				assert.Equal(t, Unknown, d.Status)
				assert.Contains(t, d.Message, tt.field)
			}
		})
	}
	t.Run("born after the day asked", func(t *testing.T) {
		p := good()
		p.BirthDate = testDay.AddDate(0, 0, 1)
		_, err := DutiesOn(testDay, p)
		var fe *FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "birth_date", fe.Field)
		assert.ErrorIs(t, err, ErrInvalidProfile)
	})
}

// TestCountryCodes checks isCountry against the size of ISO 3166-1: 249
// assigned alpha-2 codes among the 676 two-letter strings.
func TestCountryCodes(t *testing.T) {
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if isCountry(string([]rune{a, b})) {
				n++
			}
		}
	}
	assert.Equal(t, 249, n)
	for _, c := range []string{"IT", "GB", "US", "NL", "ES", "FR", "DE", "IE", "AQ", "SS", "CW", "BQ", "SX"} {
		assert.True(t, isCountry(c), c)
	}
}

func TestMarkets(t *testing.T) {
	p := Profile{Country: "IT", AnnualIncome: eur("10"), Bio: "x",
		Audiences: []Audience{{Platform: influencekit.Instagram, Followers: 600_000}}}
	t.Run("no markets means every built-in one", func(t *testing.T) {
		all, err := DutiesOn(testDay, p)
		require.NoError(t, err)
		listed, err := DutiesOn(testDay, p, disclosure.Jurisdictions()...)
		require.NoError(t, err)
		assert.Equal(t, listed, all)
	})
	t.Run("a market given twice counts once, in the order given", func(t *testing.T) {
		got, err := DutiesOn(testDay, p, disclosure.IE, disclosure.IT, disclosure.IE)
		require.NoError(t, err)
		var order []string
		for _, d := range got {
			order = append(order, d.Jurisdiction.String()+" "+d.Code)
		}
		assert.Equal(t, []string{"IE trader-identification", "IT agcom-register", "IT agcom-bio-line", "IT trader-identification"}, order)
	})
	t.Run("a market the package does not know has no duties, and no panic", func(t *testing.T) {
		got, err := DutiesOn(testDay, p, disclosure.Jurisdiction(200))
		require.NoError(t, err)
		assert.Equal(t, []Duty{}, got)
		assert.NotNil(t, Duties(Profile{}, disclosure.UK), "never nil")
	})
}

// TestRulesAreDocumented checks each rule against the package
// documentation's table and SOURCES.md: a code that is kebab-case and
// unique, listed in the table in the rules' order, with the source the
// table names, and a source key that SOURCES.md defines.
func TestRulesAreDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	sources, err := os.ReadFile("../SOURCES.md")
	require.NoError(t, err)
	row := regexp.MustCompile(`(?m)^//\t([a-z0-9-]+) +(?:[A-Z]{2}|EU) .* ([a-z0-9-]+)$`)
	var documented [][2]string
	for _, m := range row.FindAllStringSubmatch(string(doc), -1) {
		documented = append(documented, [2]string{m[1], m[2]})
	}
	var rules [][2]string
	kebab := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, r := range allRules {
		assert.Regexp(t, kebab, r.code)
		assert.True(t, strings.Contains(string(sources), "| `"+r.source+"` |"), "SOURCES.md defines %s", r.source)
		rules = append(rules, [2]string{r.code, r.source})
	}
	assert.Equal(t, rules, documented, "the doc table lists every rule, in order, with its source")
	for _, line := range strings.Split(string(doc), "\n") {
		if strings.Contains(line, "source") && strings.Contains(line, "met when") {
			return
		}
	}
	t.Error("the doc table has no header")
}

// TestConcurrentUseMatchesSerial judges profiles from many goroutines at
// once and checks each answer against the serial one: the rules share
// only immutable tables.
func TestConcurrentUseMatchesSerial(t *testing.T) {
	profiles := []Profile{fullProfile(), {Country: "IT", Bio: "influencer in elenco AGCOM",
		Audiences: []Audience{{Platform: influencekit.Instagram, Followers: 600_000}}}, {}}
	want := make([][]Duty, len(profiles))
	for i, p := range profiles {
		want[i] = Duties(p)
	}
	done := make(chan error, 64)
	for g := range 64 {
		go func() {
			i := g % len(profiles)
			got := Duties(profiles[i])
			if !assert.ObjectsAreEqual(want[i], got) {
				done <- assert.AnError
				return
			}
			done <- nil
		}()
	}
	for range 64 {
		assert.NoError(t, <-done)
	}
}
