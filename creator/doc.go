// Package creator says what an account's size and circumstances oblige a
// creator to do in each market: register with a media regulator, say so in
// the bio, identify the business behind the account, or protect a minor's
// earnings.
//
// # Duties
//
// A [Profile] is what an agency knows about a creator: the country (and,
// for US state laws, the ISO 3166-2 [Profile.Region]) where they live,
// one [Audience] per platform, videos a year, income from content, the
// bio, the registrations they hold ([Registration]), a birth date, and
// whether the account is a virtual character. [DutiesOn] returns each [Duty] the
// profile triggers in the markets asked (values of
// [disclosure.Jurisdiction]) on a given day, with its stable Code, its
// [DutyStatus] and the SOURCES.md key of the law (see ExampleDutiesOn):
//
//	duties, err := creator.DutiesOn(day, profile, disclosure.IT, disclosure.NL)
//
// Every duty the package knows, in the order DutiesOn lists a market's
// duties:
//
//	code                    market  triggered when                                  met when                                  source
//	agcom-register          IT      established in IT; >= 500,000 followers or      a registration with "AGCOM" is held       it-agcom-2025
//	                                >= 1,000,000 avg monthly views on one platform
//	agcom-bio-line          IT      as agcom-register                               the bio says "influencer in elenco        it-agcom-2025
//	                                                                                AGCOM" ("influencer virtuale in elenco
//	                                                                                AGCOM" when Virtual)
//	cvdm-register           NL      established in NL; >= 500,000 followers on      a registration with "CvdM" is held        nl-cvdm-uploaders
//	                                YouTube, Instagram or TikTok; >= 24 videos a
//	                                year; income > 0; a "KvK" registration held
//	es-register             ES      established in ES; income >= EUR 300,000;       a registration with "Registro Estatal"    es-rd-444-2024
//	                                >= 1,000,000 followers on one platform or       is held
//	                                >= 2,000,000 in all; >= 24 videos a year
//	fr-child-authorisation  FR      established in FR; under 16; income > 0         a registration with "DDETS" (or           fr-loi-2020-1266
//	                                                                                "préfet") is held
//	trader-identification   EU      income > 0                                      the bio shows the number of a held        eu-cpc-sweep-2024
//	                        members                                                 trade-register or VAT registration
//	il-minor-trust          US      region US-IL; under 16; income > 0              a registration with "trust" is held       il-sb-1782
//	mn-minor-content-ban    US      region US-MN; under 14; income > 0              never: the law bars the activity          mn-hf-3488
//	ca-coogan-account       US      region US-CA; under 18; income > 0              a registration with "Coogan" is held      ca-ab-1880
//
// Thresholds are inclusive and are exported constants that cite their
// source ([AGCOMFollowers], [AGCOMAvgMonthlyViews], [CvdMFollowers],
// [CvdMVideosPerYear], [SpainIncomeEUR], [SpainFollowersOnePlatform],
// [SpainFollowersTotal], [SpainVideosPerYear], [FranceChildAge],
// [IllinoisMinorAge], [MinnesotaMinAge], [CaliforniaMinorAge]); so are the
// words of the bio ([AGCOMBioLine], [AGCOMVirtualBioLine]) and the
// registration authorities ([AuthorityAGCOM], [AuthorityCvdM],
// [AuthorityKvK], [AuthoritySpain], [AuthorityFranceChild],
// [AuthorityTrust], [AuthorityCoogan]). A market the package has no duties
// for contributes none: the UK has none, Germany and Ireland only
// trader-identification, and a jurisdiction added later the duties its
// code gives it (trader-identification for an EU member state's code).
//
// # Status
//
// [Met] when the profile shows the duty done: a registration held on the
// day (it has a number, and the day is not after its Expires), or the bio's
// words. [Unmet] when the duty applies and the profile does not show it
// done; an expired registration is Unmet. [Unknown] when data needed to
// decide is missing, whether the duty applies or whether it is met: the
// message names what (see ExampleDuties_unknown). A zero count, an empty
// string and a nil income are "not given", never zero: a real account with
// no videos is judged Unknown rather than cleared. An income in a currency
// other than the euro makes Spain's income line Unknown, as the package
// converts no currency.
//
// # The day
//
// Ages and expiries are judged on a day the caller gives ([DutiesOn]); the
// package never reads the clock. [Duties], whose signature the library's
// fixed API sets, judges without a day: a duty that depends on one is
// Unknown, its message saying so. Ages are whole years completed on the
// civil date ([Profile.AgeOn]): a creator turns 16 on the 16th birthday,
// and one born on 29 February turns a year older on 1 March in common
// years (see ExampleDutiesOn_france).
//
// # Bio words
//
// The bio is compared with the law's words ignoring case, accents and
// spacing (a line break or two spaces between the words count as one
// space), as whole words, never with other words: "Influencer in Elenco
// AGCOM" is the line, "influencer iscritto all'elenco AGCOM" is not (see
// ExampleDutiesOn_italy).
//
// # Bad input
//
// [Profile.Validate] reports negative counts, a country that is not an
// assigned ISO 3166-1 alpha-2 code, a malformed region, two audiences on
// one platform, a negative income and a registration without authority,
// as a *[FieldError] naming the JSON path ("audiences[1].followers") and
// wrapping [ErrInvalidProfile]. DutiesOn returns that error; Duties,
// which cannot, lists every duty the markets can impose as Unknown, each
// message quoting the error (see ExampleProfile_Validate).
//
// # JSON
//
// A Profile travels as {"country": "IT", "region": "", "audiences":
// [{"platform": "instagram", "followers": 520000, "avg_monthly_views": 0}],
// "videos_per_year": 40, "annual_income": {"amount": "80000.00", "currency":
// "EUR"}, "bio": "...", "registrations": [{"authority": "AGCOM", "number":
// "IT-123", "expires": "2027-06-30"}], "birth_date": "1998-04-02",
// "virtual": false} ([Profile.MarshalJSON]), and a Duty as {"code":
// "agcom-register", "jurisdiction": "IT", "status": "met", "message":
// "...", "source": "it-agcom-2025"}. Both round-trip. The readers are
// strict (unknown, case-folded or repeated members are errors) and every
// error is a *FieldError naming the JSON path (see ExampleProfile_UnmarshalJSON).
//
// # Limits
//
// The package reads a profile, not the content: California's SB 764
// (ca-sb-764) and the parts of the Illinois and Minnesota laws about
// minors who appear in an adult's videos need the share of content a
// minor appears in, which a Profile does not carry. Spain's CNMV
// notification of crypto campaigns reaching 100,000 people is a duty of a
// campaign, not of an account, and the United Arab Emirates' advertiser
// permit has no market in the library yet.
package creator
