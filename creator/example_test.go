package creator_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/creator"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// day is the day the examples judge on.
var day = time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC)

func income(amount, code string) *pricing.Money {
	m := pricing.MustNew(amount, code)
	return &m
}

func print(duties []creator.Duty) {
	for _, d := range duties {
		fmt.Printf("%s %s %s: %s\n", d.Jurisdiction, d.Code, d.Status, d.Message)
	}
}

// An Italian creator with 520,000 Instagram followers is one of AGCOM's
// relevant influencers: registered, but the bio lacks the line; with no
// income given, whether the account is a trader's is Unknown.
func ExampleDutiesOn() {
	p := creator.Profile{
		Country:       "IT",
		Audiences:     []creator.Audience{{Platform: influencekit.Instagram, Followers: 520_000}},
		Bio:           "Ricette veloci ogni giorno",
		Registrations: []creator.Registration{{Authority: "AGCOM", Number: "IT-0042"}},
	}
	duties, err := creator.DutiesOn(day, p, disclosure.IT)
	if err != nil {
		fmt.Println(err)
		return
	}
	print(duties)
	// Output:
	// IT agcom-register met: a relevant influencer registers in AGCOM's list: registrations[0] with AGCOM, number "IT-0042", does not expire
	// IT agcom-bio-line unmet: a relevant influencer's bio says "influencer in elenco AGCOM": add it to the bio
	// IT trader-identification unknown: cannot tell whether trader identification applies: annual_income not given
}

// A virtual influencer with a million average monthly views on TikTok
// (and no follower count given) writes the virtual line; case, accents and
// spacing do not matter.
func ExampleDutiesOn_italy() {
	p := creator.Profile{
		Country:       "IT",
		Virtual:       true,
		Audiences:     []creator.Audience{{Platform: influencekit.TikTok, AvgMonthlyViews: 1_000_000}},
		Bio:           "Sono Lia ✨ Influencer  VIRTUALE\nin elenco AGCOM",
		Registrations: []creator.Registration{{Authority: "agcom", Number: "IT-0777", Expires: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)}},
	}
	duties, _ := creator.DutiesOn(day, p, disclosure.IT)
	print(duties[:2])
	// Output:
	// IT agcom-register unmet: a relevant influencer registers in AGCOM's list: the AGCOM registration is not held: registrations[0] (number "IT-0777") expired on 2026-12-06; renew it
	// IT agcom-bio-line met: the bio says "influencer virtuale in elenco AGCOM"
}

// A Dutch video uploader over all five of the CvdM's lines registers with
// the Commissariaat voor de Media.
func ExampleDutiesOn_netherlands() {
	p := creator.Profile{
		Country:       "NL",
		Audiences:     []creator.Audience{{Platform: influencekit.YouTube, Followers: 500_000}},
		VideosPerYear: 24,
		AnnualIncome:  income("48000", "EUR"),
		Registrations: []creator.Registration{{Authority: "KvK", Number: "12345678"}},
		Bio:           "Vlogs uit Utrecht",
	}
	duties, _ := creator.DutiesOn(day, p, disclosure.NL)
	print(duties)
	// Output:
	// NL cvdm-register unmet: a video uploader above the CvdM's lines registers with the Commissariaat voor de Media: no CvdM registration in the profile; register (registrations[].authority "CvdM")
	// NL trader-identification unmet: a creator who earns from content identifies the business in the profile: the bio shows none of KvK 12345678: add the business's name, address and number to the bio
}

// Spain counts 1,000,000 followers on one platform or 2,000,000 in all,
// with EUR 300,000 of income and 24 videos; an income in dollars cannot be
// held against the euro line.
func ExampleDutiesOn_spain() {
	p := creator.Profile{
		Country: "ES",
		Audiences: []creator.Audience{
			{Platform: influencekit.Instagram, Followers: 1_200_000},
			{Platform: influencekit.YouTube, Followers: 900_000},
		},
		VideosPerYear: 60,
		AnnualIncome:  income("300000", "EUR"),
		Registrations: []creator.Registration{{Authority: "Registro Estatal", Number: "USR-2024-118"}},
	}
	duties, _ := creator.DutiesOn(day, p, disclosure.ES)
	print(duties[:1])

	p.AnnualIncome = income("400000", "USD")
	duties, _ = creator.DutiesOn(day, p, disclosure.ES)
	print(duties[:1])
	// Output:
	// ES es-register met: a user of special relevance registers in the Registro Estatal: registrations[0] with Registro Estatal, number "USR-2024-118", does not expire
	// ES es-register unknown: cannot tell whether Spain's register of users of special relevance applies: annual_income in EUR (it is in USD, and the package converts no currency) not given
}

// A French creator of 15 who earns from videos needs an authorisation or
// a declaration; on the 16th birthday the law no longer applies.
func ExampleDutiesOn_france() {
	p := creator.Profile{
		Country:      "FR",
		BirthDate:    time.Date(2010, time.December, 8, 0, 0, 0, 0, time.UTC),
		AnnualIncome: income("12000", "EUR"),
	}
	duties, _ := creator.DutiesOn(day, p, disclosure.FR)
	print(duties[:1])
	duties, _ = creator.DutiesOn(day.AddDate(0, 0, 1), p, disclosure.FR)
	fmt.Println(len(duties) > 0 && duties[0].Code == "fr-child-authorisation")
	// Output:
	// FR fr-child-authorisation unmet: a child under 16 earning from videos needs the administrative authority's authorisation or a declaration to it: no DDETS registration in the profile; register (registrations[].authority "DDETS")
	// false
}

// A creator who earns from content identifies the business in every EU
// market, wherever they live: here the bio shows the KvK number, spaced
// differently.
func ExampleDutiesOn_traderIdentification() {
	p := creator.Profile{
		Country:       "US",
		AnnualIncome:  income("90000", "USD"),
		Bio:           "Glow Studio B.V. · Keizersgracht 1, Amsterdam · KvK 1234 5678",
		Registrations: []creator.Registration{{Authority: "KvK", Number: "12345678"}},
	}
	duties, _ := creator.DutiesOn(day, p, disclosure.DE, disclosure.UK)
	print(duties)
	// Output:
	// DE trader-identification met: a creator who earns from content identifies the business in the profile: the bio shows registrations[0] (KvK 12345678)
}

// US state laws read the region: a 13-year-old earning from content in
// Minnesota is barred from it; in California the Coogan account is held.
func ExampleDutiesOn_unitedStates() {
	p := creator.Profile{
		Country:      "US",
		Region:       "US-MN",
		BirthDate:    time.Date(2013, time.March, 1, 0, 0, 0, 0, time.UTC),
		AnnualIncome: income("5000", "USD"),
	}
	duties, _ := creator.DutiesOn(day, p, disclosure.US)
	print(duties)

	p.Region = "US-CA"
	p.Registrations = []creator.Registration{{Authority: "Coogan", Number: "CTA-99"}}
	duties, _ = creator.DutiesOn(day, p, disclosure.US)
	print(duties)
	// Output:
	// US mn-minor-content-ban unmet: Minnesota bars a minor under 14 from content creation for compensation: stop the paid content
	// US ca-coogan-account met: a minor content creator in California has 15% of gross earnings set aside in a Coogan trust account: registrations[0] with Coogan, number "CTA-99", does not expire
}

// Duties judges without a day: the age, and so the French duty, is
// Unknown, and the message says why.
func ExampleDuties_unknown() {
	p := creator.Profile{
		Country:      "FR",
		BirthDate:    time.Date(2011, time.May, 4, 0, 0, 0, 0, time.UTC),
		AnnualIncome: income("3000", "EUR"),
	}
	print(creator.Duties(p, disclosure.FR)[:1])
	// Output:
	// FR fr-child-authorisation unknown: cannot tell whether France's law on child creators applies: the day to compute the age on (Duties judges without one; call DutiesOn) not given
}

// Bad input is an error naming the field.
func ExampleProfile_Validate() {
	p := creator.Profile{Country: "UK"}
	fmt.Println(p.Validate())
	p = creator.Profile{Country: "GB", Audiences: []creator.Audience{
		{Platform: influencekit.Instagram, Followers: 10},
		{Platform: influencekit.TikTok, Followers: -5},
	}}
	err := p.Validate()
	var fe *creator.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field, errors.Is(err, creator.ErrInvalidProfile))
	// Output:
	// creator: country: invalid profile: "UK" is not an ISO 3166-1 alpha-2 country code in upper case: did you mean "GB"?
	// true audiences[1].followers true
}

// The JSON reader is strict and names the path of what it rejects.
func ExampleProfile_UnmarshalJSON() {
	var p creator.Profile
	err := json.Unmarshal([]byte(`{"country":"IT","audiences":[{"platform":"instagram","followers":1},{"platform":"tiktok","folowers":2}]}`), &p)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"country":"IT","audiences":[{"platform":"instagram","followers":520000}],"birth_date":"2001-02-03"}`), &p)
	fmt.Println(err, p.Audiences[0].Followers, p.BirthDate.Format(time.DateOnly))
	out, _ := json.Marshal(p)
	fmt.Println(string(out))
	// Output:
	// creator: audiences[1].folowers: invalid JSON: unknown member
	// <nil> 520000 2001-02-03
	// {"country":"IT","region":"","audiences":[{"platform":"instagram","followers":520000,"avg_monthly_views":0}],"videos_per_year":0,"bio":"","registrations":[],"birth_date":"2001-02-03","virtual":false}
}
