package contract

import "strings"

// regulatedClaim is a claim in a brief's key messages that the law lets
// an advertiser make only with evidence in hand.
type regulatedClaim struct {
	phrase string // lower case, as it is matched
	law    string // the rule, for messages
	source string // SOURCES.md key
}

// regulatedClaims are matched in key messages ignoring case, at word
// boundaries; the longest first where one contains another.
var regulatedClaims = [...]regulatedClaim{
	{"non-toxic", "the FTC Green Guides, 16 CFR 260", "ftc-green-guides"},
	{"nontoxic", "the FTC Green Guides, 16 CFR 260", "ftc-green-guides"},
	{"non toxic", "the FTC Green Guides, 16 CFR 260", "ftc-green-guides"},
	{"eco-friendly", "the FTC Green Guides, 16 CFR 260.4", "ftc-green-guides"},
	{"environmentally friendly", "the FTC Green Guides, 16 CFR 260.4", "ftc-green-guides"},
	{"biodegradable", "the FTC Green Guides, 16 CFR 260.8", "ftc-green-guides"},
	{"compostable", "the FTC Green Guides, 16 CFR 260.7", "ftc-green-guides"},
	{"recyclable", "the FTC Green Guides, 16 CFR 260.12", "ftc-green-guides"},
	{"made in the usa", "the FTC Made in USA Labeling Rule, 16 CFR 323", "ftc-made-in-usa"},
	{"made in usa", "the FTC Made in USA Labeling Rule, 16 CFR 323", "ftc-made-in-usa"},
	{"made in america", "the FTC Made in USA Labeling Rule, 16 CFR 323", "ftc-made-in-usa"},
	{"clinically proven", "the FTC Endorsement Guides, 16 CFR 255.1", "ftc-guides"},
}

// findRegulatedClaim returns the first regulated claim in s.
func findRegulatedClaim(s string) (regulatedClaim, bool) {
	l := strings.ToLower(s)
	for _, c := range regulatedClaims {
		for from := 0; ; {
			i := strings.Index(l[from:], c.phrase)
			if i < 0 {
				break
			}
			i += from
			end := i + len(c.phrase)
			if (i == 0 || !isWordByte(l[i-1])) && (end == len(l) || !isWordByte(l[end])) {
				return c, true
			}
			from = i + 1
		}
	}
	return regulatedClaim{}, false
}

func isWordByte(c byte) bool { return 'a' <= c && c <= 'z' || isDigit(c) || c >= 0x80 }
