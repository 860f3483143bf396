package contract

import (
	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/disclosure"
)

// Brand is the party that pays for the content (the advertiser). Its
// [disclosure.BrandIdentity] is every name it goes by: the name the
// agreement uses, its legal entity, trading names and handles, the type
// [disclosure.Post] carries, so the disclosure wording check accepts a
// partner tag of any of the brand's names. Its [Contact] is where it is
// reached and taxed.
//
// Its JSON is one object with the members of both: {"name": "Glow Co",
// "legal_entity": "Glow SAS", "address": "12 rue de la Paix, 75002 Paris",
// "email": "legal@glow.example", "tax_residence": "FR"}.
type Brand struct {
	disclosure.BrandIdentity
	Contact
}

// IsZero reports whether the brand states nothing: no name and no contact
// data.
func (b Brand) IsZero() bool { return b.BrandIdentity.IsZero() && b.Contact == Contact{} }

// Contact is a party's postal and e-mail address and country of tax
// residence, which a French agreement must state for each party
// (fr-loi-2023-451 art. 8; fr-decret-2025-1137). Each is empty when not
// stated.
type Contact struct {
	// Address is the postal address, in one line or several.
	Address string `json:"address,omitempty"`
	// Email is the e-mail address for notices ("legal@glow.example").
	Email string `json:"email,omitempty"`
	// TaxResidence is the country of tax residence as an ISO 3166-1
	// alpha-2 code ("FR", "US"), upper case.
	TaxResidence string `json:"tax_residence,omitempty"`
}

// Creator is the influencer who makes and posts the content, with the
// contact data a French agreement states ([Contact]), and what the law
// asks of a creator who is a minor or established outside Europe.
//
// A minor: BirthDate says how old the creator is on the signing day;
// Guardian names the parent or legal guardian who signs for a creator
// under 18; EarningsSetAsidePercent is the share of the creator's pay
// kept for them until they come of age (a blocked account or trust),
// which France (fr-loi-2020-1266, under 16), Illinois (il-sb-1782, under
// 16) and California (ca-sb-764, under 18) require. Region, the creator's
// state or province as an ISO 3166-2 code ("US-CA", "US-IL", "US-MN"),
// says which state's law applies. Example: {"name": "Mia", "birth_date":
// "2011-04-02", "region": "US-CA", "guardian": "Ana Ruiz",
// "earnings_set_aside_percent": "15"}.
//
// Outside Europe: a creator established outside the EU, the EEA and
// Switzerland who works for a French audience names a legal
// representative in the EU (EURepresentative) and holds civil liability
// insurance in the EU (Insurance: the insurer and policy), per
// fr-loi-2023-451 art. 9.
type Creator struct {
	Name string `json:"name,omitempty"`
	// LegalEntity is the company the creator contracts through, if any.
	LegalEntity string `json:"legal_entity,omitempty"`
	Handle      string `json:"handle,omitempty"`    // as written, usually with a leading "@"
	Followers   int64  `json:"followers,omitempty"` // follower count when the contract was drawn up; 0 if not stated
	Contact
	// Region is the creator's state or province, ISO 3166-2 ("US-CA");
	// empty when not stated.
	Region                  string           `json:"region,omitempty"`
	BirthDate               Date             `json:"birth_date,omitzero"`
	Guardian                string           `json:"guardian,omitempty"`
	EarningsSetAsidePercent *decimal.Decimal `json:"earnings_set_aside_percent,omitempty"`
	EURepresentative        string           `json:"eu_representative,omitempty"`
	Insurance               string           `json:"insurance,omitempty"`
}

// Agency is a third party in the agreement: a talent agency signing for
// the creator, or a marketing agency signing for the brand.
type Agency struct {
	Name       string `json:"name,omitempty"`
	Represents Side   `json:"represents,omitempty"`
	// PaidThrough says the brand pays the creator's fee to the agency.
	PaidThrough bool `json:"paid_through,omitempty"`
}
