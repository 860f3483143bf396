package creator

import "github.com/influencekit/influencekit/disclosure"

// France: child creators (fr-loi-2020-1266: loi n° 2020-1266 du 19 octobre
// 2020). A child under FranceChildAge whose image is the subject of videos
// distributed on a video platform, for pay, needs the administrative
// authority's prior individual authorisation (when employed) or a
// declaration to it (otherwise, above the decree's thresholds), and the
// earnings above a threshold are consigned to the Caisse des dépôts
// until majority. The package reads the creator's own age and income: a
// creator established in France, under 16 on the day and earning from
// content, owes the authorisation or declaration, shown by a
// registration with AuthorityFranceChild (or "préfet").
const (
	// FranceChildAge is the age from which the law no longer applies:
	// it protects children under 16. Source: fr-loi-2020-1266.
	FranceChildAge = 16
	// AuthorityFranceChild is the [Registration.Authority] of the
	// authorisation or declaration (the departmental labour
	// administration instructs it for the prefect).
	AuthorityFranceChild = "DDETS"
)

var frChildRegister = newRegister(AuthorityFranceChild, "préfet", "préfecture")

var frRules = [...]rule{
	{code: "fr-child-authorisation", source: "fr-loi-2020-1266", market: only(disclosure.FR), judge: func(f *facts) (outcome, bool) {
		c := all(f.establishedIn("FR"), f.under(FranceChildAge), f.earns())
		return trigger(c, "France's law on child creators", func() outcome {
			return f.registered(frChildRegister, "a child under 16 earning from videos needs the administrative authority's authorisation or a declaration to it")
		})
	}},
}
