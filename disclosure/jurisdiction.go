package disclosure

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// Jurisdiction is the legal regime whose disclosure rules a post is checked
// against. The zero value is US (the FTC's Endorsement Guides, 16 CFR 255).
//
// Its text form is the upper-case code ("US", "UK"); parsing ignores case
// and accepts "GB" for UK.
//
// Every declared jurisdiction has its own term tables and placement rules
// (see the package documentation). A value outside the declared constants
// is checked against the US tables and Check says so with a
// RuleJurisdictionFallback finding of SeverityInfo.
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

var jurisdictionNames = enumtext.New("jurisdiction", ErrUnknownJurisdiction,
	[]string{"US", "UK", "DE", "FR", "ES", "IT", "NL", "IE"},
	enumtext.Alias{Name: "GB", Index: uint8(UK)},
)

// Jurisdictions returns every jurisdiction in declaration order, US first.
func Jurisdictions() []Jurisdiction {
	js := make([]Jurisdiction, jurisdictionNames.Len())
	for i := range js {
		js[i] = Jurisdiction(i)
	}
	return js
}

// ParseJurisdiction returns the jurisdiction named s ("US", "UK", "DE",
// "FR", "ES", "IT", "NL", "IE"), ignoring case; "GB" is UK. Any other text,
// the empty string included, is an error wrapping ErrUnknownJurisdiction.
func ParseJurisdiction(s string) (Jurisdiction, error) {
	i, err := jurisdictionNames.Parse(s)
	return Jurisdiction(i), err
}

// String returns the upper-case code of j ("US"), or "jurisdiction(N)" for
// a value outside the declared constants.
func (j Jurisdiction) String() string { return jurisdictionNames.String(uint8(j)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping ErrUnknownJurisdiction.
func (j Jurisdiction) MarshalText() ([]byte, error) { return jurisdictionNames.Marshal(uint8(j)) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseJurisdiction's
// rules. On error j is left unchanged.
func (j *Jurisdiction) UnmarshalText(text []byte) error {
	v, err := ParseJurisdiction(string(text))
	if err != nil {
		return err
	}
	*j = v
	return nil
}
