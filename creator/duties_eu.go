package creator

import (
	"fmt"
	"slices"
	"strings"

	"github.com/influencekit/influencekit/disclosure"
)

// The European Union: trader identification (eu-cpc-sweep-2024). A
// creator who earns from content is a trader under EU consumer law and
// shows who they are: the Commission's and national authorities' 2024
// sweep found 30% of influencers giving no company details on their
// profile. The duty binds in every market that is an EU member state
// (today DE, FR, ES, IT, NL, IE), whatever the creator's country.
//
// The package checks the one detail it can read: the bio shows the number
// of a business registration the profile holds (a trade register or a VAT
// number: businessRegisters lists the authorities). It cannot check the
// postal or e-mail address a full identification also gives.

// euMembers are the EU member states' ISO 3166-1 codes.
var euMembers = [...]string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}

// euMarket reports whether j is an EU member state's market, by its code:
// a jurisdiction added later with an EU member's code is one too.
func euMarket(j disclosure.Jurisdiction) bool { return slices.Contains(euMembers[:], j.String()) }

// businessRegisters are the authorities whose numbers identify a trader:
// trade registers and VAT numbers in the EU member states the library
// knows, compared after fold.
var businessRegisters = newRegister("trade register",
	"KvK", "Kamer van Koophandel", "Handelsregister", "RCS", "SIREN", "SIRET",
	"Registro Mercantil", "Registro delle imprese", "REA", "CRO", "Companies Registration Office",
	"VAT", "USt-IdNr", "TVA", "partita IVA", "P.IVA", "NIF", "CIF", "BTW")

var euRules = [...]rule{
	{code: "trader-identification", source: "eu-cpc-sweep-2024", market: euMarket, judge: func(f *facts) (outcome, bool) {
		return trigger(f.earns(), "trader identification", func() outcome { return traderIdentified(f) })
	}},
}

// traderIdentified judges whether the bio shows the number of a business
// registration held on the day.
func traderIdentified(f *facts) outcome {
	const what = "a creator who earns from content identifies the business in the profile"
	if f.p.Bio == "" {
		return outcome{Unknown, what + ": bio not given"}
	}
	var numbers []string
	undated := false
	for i, r := range f.p.Registrations {
		if !businessRegisters.names(f.authorities[i]) {
			continue
		}
		held, known := r.heldOn(f.day)
		undated = undated || !known
		if !held {
			continue
		}
		if showsNumber(f.bio, r.Number) {
			return outcome{Met, fmt.Sprintf("%s: the bio shows registrations[%d] (%s %s)", what, i, r.Authority, r.Number)}
		}
		numbers = append(numbers, r.Authority+" "+r.Number)
	}
	switch {
	case undated:
		return outcome{Unknown, what + ": a trade-register or VAT registration expires, and no day was given to judge it on (call DutiesOn)"}
	case numbers == nil:
		return outcome{Unknown, what + ": no trade-register or VAT registration in the profile to look for in the bio"}
	}
	return outcome{Unmet, what + ": the bio shows none of " + strings.Join(numbers, ", ") + ": add the business's name, address and number to the bio"}
}

// showsNumber reports whether the folded bio holds number as a whole
// token, ignoring the separators people write inside numbers (spaces,
// dots, hyphens, slashes) on either side: "KvK 1234 5678" shows
// "12345678", "IT-0123.4567" shows "IT01234567". Only the number's letters
// and digits are compared; a number with none is never shown.
func showsNumber(bio, number string) bool {
	var want []rune
	for _, r := range fold(number) {
		if isWordRune(r) {
			want = append(want, r)
		}
	}
	if len(want) == 0 {
		return false
	}
	runes := []rune(bio)
	for start := range runes {
		if runes[start] != want[0] || start > 0 && isWordRune(runes[start-1]) {
			continue
		}
		i, k := start, 0
		for i < len(runes) && k < len(want) {
			switch {
			case runes[i] == want[k]:
				k++
			case k == 0 || !isNumberSeparator(runes[i]):
				i = len(runes) // no match from start
				continue
			}
			i++
		}
		if k == len(want) && (i == len(runes) || !isWordRune(runes[i])) {
			return true
		}
	}
	return false
}

func isNumberSeparator(r rune) bool { return r == ' ' || r == '.' || r == '-' || r == '/' }
