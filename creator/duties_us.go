package creator

import "github.com/influencekit/influencekit/disclosure"

// The United States: state laws on minors who earn from online content,
// read from [Profile.Region] (ISO 3166-2) and the creator's own age.
//
//   - Illinois (il-sb-1782, Public Act 103-0556, in force 1 July 2024): a
//     minor under IllinoisMinorAge in compensated video content is owed a
//     share of the earnings in a trust account (registration authority
//     AuthorityTrust). The law's 30% test (the share of compensated videos
//     the minor appears in) is taken as met on a minor's own account.
//   - Minnesota (mn-hf-3488, Laws 2024 ch. 103, in force 1 July 2025): a
//     minor under MinnesotaMinAge may not engage in content creation for
//     compensation; no registration meets this duty.
//   - California (ca-ab-1880, Family Code § 6750 as amended, in force 1
//     January 2025): a minor under CaliforniaMinorAge working as a content
//     creator under contract has 15% of gross earnings set aside in a
//     Coogan trust account (authority AuthorityCoogan).
const (
	// IllinoisMinorAge is the age below which Illinois protects a minor
	// in compensated video content. Source: il-sb-1782.
	IllinoisMinorAge = 16
	// MinnesotaMinAge is the age below which Minnesota bars a minor from
	// content creation for compensation. Source: mn-hf-3488.
	MinnesotaMinAge = 14
	// CaliforniaMinorAge is the age below which a content creator's
	// earnings fall under California's Coogan law. Source: ca-ab-1880.
	CaliforniaMinorAge = 18
	// AuthorityTrust is the [Registration.Authority] of a trust account
	// holding a minor's earnings (the number is the account's).
	AuthorityTrust = "trust"
	// AuthorityCoogan is the [Registration.Authority] of a California
	// Coogan trust account.
	AuthorityCoogan = "Coogan"
)

var (
	trustAccount  = newRegister(AuthorityTrust, "trust account").account()
	cooganAccount = newRegister(AuthorityCoogan, "Coogan trust account", "Coogan account").account()
)

var usRules = [...]rule{
	{code: "il-minor-trust", source: "il-sb-1782", market: only(disclosure.US), judge: func(f *facts) (outcome, bool) {
		c := all(f.livesIn("US-IL"), f.under(IllinoisMinorAge), f.earns())
		return trigger(c, "Illinois's law on minors in compensated video content", func() outcome {
			return f.registered(trustAccount, "a minor under 16 in compensated video content in Illinois is owed a share of the earnings in a trust account")
		})
	}},
	{code: "mn-minor-content-ban", source: "mn-hf-3488", market: only(disclosure.US), judge: func(f *facts) (outcome, bool) {
		c := all(f.livesIn("US-MN"), f.under(MinnesotaMinAge), f.earns())
		return trigger(c, "Minnesota's bar on content creation under 14", func() outcome {
			return outcome{Unmet, "Minnesota bars a minor under 14 from content creation for compensation: stop the paid content"}
		})
	}},
	{code: "ca-coogan-account", source: "ca-ab-1880", market: only(disclosure.US), judge: func(f *facts) (outcome, bool) {
		c := all(f.livesIn("US-CA"), f.under(CaliforniaMinorAge), f.earns())
		return trigger(c, "California's Coogan law for content creators", func() outcome {
			return f.registered(cooganAccount, "a minor content creator in California has 15% of gross earnings set aside in a Coogan trust account")
		})
	}},
}
