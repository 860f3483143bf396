package disclosure

import "slices"

// deTerms is the German table: de-leitfaden ("Werbung" or "Anzeige" at the
// start, resting on § 5a Abs. 4 UWG and § 22 MStV), bgh-2021 (BGH I ZR
// 90/20), olg-celle-2017 (OLG Celle 13 U 53/17: "#ad" among hashtags),
// kg-berlin-2017 (KG Berlin 5 W 221/17: "#sponsoredby", "#ad") and
// lg-heilbronn-2018 (LG Heilbronn 21 O 14/18: "#ad" not understood).
var deTerms = termTable{
	jurisdiction: DE,
	authority:    "German media authorities'",
	source:       "de-leitfaden",
	defaultLabel: "Werbung",
	editingLabel: "#bearbeitet",
	language:     "de",
	// olg-celle-2017 (OLG Celle 13 U 53/17): "#ad" as the second of six
	// hashtags at the end of the post was not a recognisable label; any
	// run of two or more hashtags after the text buries a label here.
	buriedRun: 2,
	terms: slices.Concat([]termRow{
		// Clear: "Werbung" and "Anzeige", at the start (de-leitfaden), and
		// the platform label "Bezahlte Werbepartnerschaft".
		// The bare nouns are ordinary words too ("Ich mag keine Werbung",
		// "eine Anzeige aufgeben"): labels at the start of a line, after
		// which the Leitfaden puts them, followed by a separator, in
		// brackets, as hashtags, or in "enthält Werbung".
		{pattern: "#werbung|#anzeige", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "werbung|anzeige", kind: termLabel, clarity: Clear, connection: Paid, lang: "de", position: lineStart},
		{pattern: "enthält|enthaelt|beinhaltet werbung", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "werbung|anzeige " + separators, kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "werbung|anzeige |", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
	}, trailingLabelRows("werbung|anzeige", Clear, Paid, "de", ""), []termRow{
		{pattern: "[|( werbung|anzeige ]|)", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "bezahlte werbepartnerschaft|partnerschaft", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "bezahlte werbepartnerschaft|partnerschaft mit {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "werbung für|fuer {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},

		// Vague: English labels. LG Heilbronn (lg-heilbronn-2018) found
		// "#ad" not understood by German consumers, KG Berlin
		// (kg-berlin-2017) "#sponsoredby" and "#ad" inadequate, OLG Celle
		// (olg-celle-2017) "#ad" among hashtags unrecognisable; the
		// Leitfaden (de-leitfaden) asks for "Werbung" or "Anzeige" and
		// calls English labels and abbreviations inadequate. The fix is
		// "Werbung" at the start.
		{pattern: "#ad|#ads|#sponsored|#sponsoredby|#sponsoredpost|#paidad|#sponsoring", kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", source: "lg-heilbronn-2018"},
		{pattern: "ad " + separators, kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", source: "lg-heilbronn-2018"},
		{pattern: "ad |", kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", source: "lg-heilbronn-2018"},
		{pattern: "[|( ad ]|)", kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", source: "lg-heilbronn-2018"},
		{pattern: "ad", kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", position: lineStart, source: "lg-heilbronn-2018"},
		{pattern: "sponsored", kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", position: lineStart, source: "lg-heilbronn-2018"},
		{pattern: "sponsored " + separators, kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", source: "lg-heilbronn-2018"},
		{pattern: "sponsored |", kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", source: "lg-heilbronn-2018"},
		{pattern: "sponsored by {brand}", kind: termLabel, clarity: Vague, connection: Paid, fix: "Werbung", lang: "en", source: "lg-heilbronn-2018"},
		// Ambiguous: "Advertisement" says what it is in a word many
		// followers know, but it is not the German label the Leitfaden
		// names (de-leitfaden).
		{pattern: "#advertisement|#advertising", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Werbung", lang: "en"},
		{pattern: "advertisement", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Werbung", lang: "en", position: lineStart},
		{pattern: "advertisement " + separators, kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Werbung", lang: "en"},
		{pattern: "#gesponsert", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Werbung", lang: "de"},
		{pattern: "gesponsert", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Werbung", lang: "de", position: lineStart},
		{pattern: "gesponsert von|durch", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "de"},
		{pattern: "gesponsert von|durch {brand}", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "de"},
		{pattern: "#gifted|#giftedby|#prsample|#prgift", kind: termLabel, clarity: Ambiguous, connection: Gift, lang: "en"},

		// Affiliate links are advertising too (de-leitfaden, "Affiliate-
		// Links"): saying that the creator earns a commission is clear; a
		// bare "Provisions-Link" or asterisk is not.
		{pattern: "ich|wir erhalte|erhalten|bekomme|bekommen eine|einen kleine|kleinen? provision|provisionen|vergütung", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "de"},
		{pattern: "provisionslink|provisionslinks|provisions-link|provisions-links|#provisionslink|werbelink|werbelinks", kind: termLabel, clarity: Ambiguous, connection: Affiliate, lang: "de"},

		// Vague: "in Kooperation mit", "powered by" and abbreviations are
		// insufficient (de-leitfaden).
		{pattern: "#sp|#spon|#sponsor|#kooperation|#koop|#collab|#partner|#ambassador|#danke", kind: termLabel, clarity: Vague, fix: "Werbung"},
		{pattern: "in kooperation|zusammenarbeit mit {brand}", kind: termLabel, clarity: Vague},
		{pattern: "powered|supported by {brand}", kind: termLabel, clarity: Vague},
		{pattern: "danke|dank an {brand}", kind: termLabel, clarity: Vague},
		// "Unbezahlte Werbung" and "Werbung ohne Auftrag" say the post is
		// not paid (de-leitfaden): on a sponsored post they mislead.
		{pattern: "unbezahlte werbung", kind: termLabel, clarity: Vague, lang: "de"},
		{pattern: "werbung ohne auftrag", kind: termLabel, clarity: Vague, lang: "de"},
		{pattern: "#unbezahltewerbung|#werbungohneauftrag", kind: termLabel, clarity: Vague, fix: "Werbung", lang: "de"},

		// Not labels.
		{pattern: "keine|kein werbung|anzeige|sponsoring", kind: termNotLabel},
		{pattern: "nicht gesponsert|bezahlt", kind: termNotLabel},
		{pattern: "#keinewerbung|#nichtgesponsert", kind: termNotLabel},

		// Editing disclosed in German.
		{pattern: "#bearbeitet|#retuschiert|#gefiltert|#filter", kind: termEditing},
		{pattern: "bearbeitet|retuschiert|gefiltert", kind: termEditing},
	}, statementRows("de"), englishSponsoredRows(Vague), englishAffiliateRows, englishAffiliateMentionRows, englishDenialRows, englishEditingRows, englishClaimRows),
}

// deTerms is compared with its pack by TestPacksReproduceTheTables.
