package disclosure

import "errors"

// Jurisdiction is the legal regime whose disclosure rules a post is checked
// against. The zero value is US (the FTC's Endorsement Guides, 16 CFR 255).
//
// Its text form is the upper-case code ("US", "UK"); parsing ignores case
// and accepts "GB" for UK.
//
// Every declared jurisdiction has its own [Pack], embedded in the package
// ([LookupPack]); adding one is a pack, its constant here and a case file.
// A value outside the declared constants is checked against the US pack
// and Check says so with a RuleJurisdictionFallback finding of
// SeverityInfo, unless a [Checker] has a team's pack for it
// ([Checker.Jurisdiction]).
//
//enumgen:names US, UK, DE, FR, ES, IT, NL, IE
//enumgen:aliases GB = UK
type Jurisdiction uint8

// The jurisdictions. Their order is stable: new ones are only ever appended.
const (
	US Jurisdiction = iota // United States: FTC Endorsement Guides (zero value)
	UK                     // United Kingdom: ASA / CMA
	DE                     // Germany
	FR                     // France: Loi 2023-451
	ES                     // Spain
	IT                     // Italy
	NL                     // Netherlands
	IE                     // Ireland
)

// ErrUnknownJurisdiction is wrapped by errors for text that names no
// jurisdiction.
var ErrUnknownJurisdiction = errors.New("disclosure: unknown jurisdiction")

// Jurisdictions returns every built-in jurisdiction in declaration order,
// US first: each has its pack ([LookupPack]). Lists of jurisdictions
// (help texts, selects, schemas) are made from it.
func Jurisdictions() []Jurisdiction {
	js := make([]Jurisdiction, jurisdictionNames.Len())
	for i := range js {
		js[i] = Jurisdiction(i)
	}
	return js
}
