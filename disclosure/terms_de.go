package disclosure

import "slices"

// deTerms is the German table: "Leitfaden der Medienanstalten:
// Werbekennzeichnung bei Online-Medien" (die medienanstalten, 2024),
// § 5a Abs. 4 UWG and § 22 MStV, BGH I ZR 90/20 (2021), and OLG Celle
// 13 U 53/17 (2017) on "#ad" among hashtags; DOMAIN.md's DE rows.
var deTerms = termTable{
	jurisdiction: DE,
	authority:    "German media authorities'",
	defaultLabel: "Werbung",
	editingLabel: "#bearbeitet",
	language:     "de",
	// OLG Celle 13 U 53/17 (2017): "#ad" as the second of six hashtags at
	// the end of the post was not a recognisable label; any run of two
	// or more hashtags after the text buries a label here.
	buriedRun: 2,
	terms: slices.Concat([]termRow{
		// Clear: "Werbung" and "Anzeige", at the start (Leitfaden 2024;
		// DOMAIN.md), and the platform label "Bezahlte Werbepartnerschaft".
		// The bare nouns are ordinary words too ("Ich mag keine Werbung",
		// "eine Anzeige aufgeben"): labels at the start of a line, after
		// which the Leitfaden puts them, followed by a separator, in
		// brackets, as hashtags, or in "enthält Werbung".
		{pattern: "#werbung|#anzeige", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "werbung|anzeige", kind: termLabel, clarity: Clear, connection: Paid, lang: "de", position: lineStart},
		{pattern: "enthält|enthaelt|beinhaltet werbung", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "werbung|anzeige :|-|–|—|/|•", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "werbung|anzeige |", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "[|( werbung|anzeige ]|)", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "bezahlte werbepartnerschaft|partnerschaft", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "bezahlte werbepartnerschaft|partnerschaft mit {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "werbung für|fuer {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},

		// Ambiguous: English labels. The Leitfaden (2024) advises against
		// "#ad", "sponsored" and "advertisement": not every follower
		// understands them (DOMAIN.md: "DE: #ad not recommended").
		{pattern: "#ad|#ads|#advertisement|#advertising|#sponsored|#sponsoredpost", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#werbung", lang: "en"},
		{pattern: "ad :|-|–|—|/|•", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "en"},
		{pattern: "ad |", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "en"},
		{pattern: "advertisement|sponsored", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Werbung", lang: "en", position: lineStart},
		{pattern: "advertisement :|-|–|—|/|•", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "en"},
		{pattern: "sponsored by {brand}", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "en"},
		{pattern: "#gesponsert", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Werbung", lang: "de"},
		{pattern: "gesponsert", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Werbung", lang: "de", position: lineStart},
		{pattern: "gesponsert von|durch", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "de"},
		{pattern: "gesponsert von|durch {brand}", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "de"},
		{pattern: "#gifted|#giftedby|#prsample|#prgift", kind: termLabel, clarity: Ambiguous, connection: Gift, lang: "en"},

		// Affiliate links are advertising too (Leitfaden 2024, "Affiliate-
		// Links"): saying that the creator earns a commission is clear; a
		// bare "Provisions-Link" or asterisk is not.
		{pattern: "ich|wir erhalte|erhalten|bekomme|bekommen eine|einen kleine|kleinen? provision|provisionen|vergütung", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "de"},
		{pattern: "provisionslink|provisionslinks|provisions-link|provisions-links|#provisionslink|werbelink|werbelinks", kind: termLabel, clarity: Ambiguous, connection: Affiliate, lang: "de"},

		// Vague: "in Kooperation mit", "powered by", "#sponsoredby" and
		// abbreviations are insufficient (Leitfaden 2024).
		{pattern: "#sp|#spon|#sponsor|#kooperation|#koop|#collab|#partner|#ambassador|#danke", kind: termLabel, clarity: Vague, fix: "#werbung"},
		{pattern: "in kooperation|zusammenarbeit mit {brand}", kind: termLabel, clarity: Vague},
		{pattern: "powered|supported by {brand}", kind: termLabel, clarity: Vague},
		{pattern: "danke|dank an {brand}", kind: termLabel, clarity: Vague},
		// "Unbezahlte Werbung" and "Werbung ohne Auftrag" say the post is
		// not paid (Leitfaden 2024): on a sponsored post they mislead.
		{pattern: "unbezahlte werbung", kind: termLabel, clarity: Vague, lang: "de"},
		{pattern: "werbung ohne auftrag", kind: termLabel, clarity: Vague, lang: "de"},
		{pattern: "#unbezahltewerbung|#werbungohneauftrag", kind: termLabel, clarity: Vague, fix: "#werbung", lang: "de"},

		// Not labels.
		{pattern: "keine|kein werbung|anzeige|sponsoring", kind: termNotLabel},
		{pattern: "nicht gesponsert|bezahlt", kind: termNotLabel},
		{pattern: "#keinewerbung|#nichtgesponsert", kind: termNotLabel},

		// Editing disclosed in German.
		{pattern: "#bearbeitet|#retuschiert|#gefiltert|#filter", kind: termEditing},
		{pattern: "bearbeitet|retuschiert|gefiltert", kind: termEditing},
	}, englishSponsoredRows(Ambiguous), englishGiftRows, englishAffiliateRows, englishAffiliateMentionRows, englishDenialRows, englishEditingRows, englishClaimRows),
}
