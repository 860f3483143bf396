package disclosure

import "slices"

// This file holds plain-language statements that the creator was paid,
// was given the product, or earns from the links, in each language a
// table reads. No special wording is needed (per ftc-faqs): a statement
// a follower reads as the creator's connection discloses it. Every table
// lists every language's statements, its own first: a German description
// checked under the US table still discloses in German, and a table that
// asks for its own language reports the others as language-mismatch.
// The creator is the subject ("ich habe ... erhalten") or the object
// ("m'a offert", "me han regalado"): copy addressed to the follower is
// not a disclosure.

// deStatementRows are German statements (per de-leitfaden: a product
// given free, a commission on affiliate links, payment are advertising
// that must be recognisable; "kostenlos zur Verfügung gestellt" says so).
var deStatementRows = []termRow{
	{pattern: "kostenlos|kostenfrei|gratis|unentgeltlich|unverbindlich zur verfügung|verfuegung gestellt", kind: termLabel, clarity: Clear, connection: Gift, lang: "de"},
	{pattern: "kostenlos|kostenfrei|gratis|unentgeltlich|geschenkt bekommen|erhalten|zugeschickt|gestellt", kind: termLabel, clarity: Clear, connection: Gift, lang: "de"},
	{pattern: "als|zum geschenk bekommen|erhalten|zugeschickt", kind: termLabel, clarity: Clear, connection: Gift, lang: "de"},
	{pattern: "hat|haben mir|uns {any}? {any}? geschenkt|zugeschickt|geschickt|geschenkt", kind: termLabel, clarity: Clear, connection: Gift, lang: "de"},
	{pattern: "ich|wir wurde|wurden|werde|werden dafür|dafuer|von? {brand}? bezahlt", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
	{pattern: "bezahlt von|durch {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "de"},
	{pattern: "ich|wir erhalte|erhalten|bekomme|bekommen eine|einen kleine|kleinen? provision|provisionen|vergütung|verguetung", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "de"},
	{pattern: "erhalte|erhalten|bekomme|bekommen ich|wir eine|einen kleine|kleinen? provision|provisionen|vergütung|verguetung", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "de"},
	{pattern: "eine|einen kleine|kleinen? provision|provisionen ausgeschüttet|ausgeschuettet|ausgezahlt|gezahlt|gutgeschrieben", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "de"},
	{pattern: "nicht|nie bezahlt|gesponsert|geschenkt", kind: termNotLabel},
	{pattern: "selbst|selber gekauft|bezahlt", kind: termNotLabel},
}

// frStatementRows are French statements (per fr-loi-2023-451 and
// arpp-digital: the commercial link identifiable at first glance).
var frStatementRows = []termRow{
	{pattern: "m'a|m'ont|nous+a|nous+ont offert|offerts|offerte|offertes|envoyé|envoye|envoyés|envoyes|donné|donne", kind: termLabel, clarity: Clear, connection: Gift, lang: "fr"},
	{pattern: "reçu|recu|reçus|recus|reçue|recue gratuitement|gracieusement|en+cadeau", kind: termLabel, clarity: Clear, connection: Gift, lang: "fr"},
	{pattern: "offert|offerts|offerte|offertes par {brand}", kind: termLabel, clarity: Clear, connection: Gift, lang: "fr"},
	{pattern: "je|nous suis|sommes payé|paye|payée|payee|payés|payes|rémunéré|remunere|rémunérée|remuneree|rémunérés|remuneres par|pour", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
	{pattern: "j'ai|nous+avons été|ete payé|paye|payée|payee|payés|payes|rémunéré|remunere|rémunérée|remuneree|rémunérés|remuneres par|pour", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
	{pattern: "m'a|m'ont|nous+a|nous+ont payé|paye|rémunéré|remunere", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
	{pattern: "je|nous touche|touchons|perçois|percevons|reçois|recevons une petite? commission|rémunération", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "fr"},
	{pattern: "pas|jamais payé|payée|rémunéré|rémunérée|offert|offerte", kind: termNotLabel},
	{pattern: "ne|n' m'a|m'ont|nous+a|nous+ont pas|jamais? offert|envoyé|envoye|payé|paye|rémunéré|remunere", kind: termNotLabel},
	{pattern: "acheté|achete moi-même|moi+même|avec+mon+argent", kind: termNotLabel},
}

// esStatementRows are Spanish statements (per es-autocontrol-code: the
// commercial nature must be clear; a gift or payment said plainly is).
var esStatementRows = []termRow{
	{pattern: "me|nos lo|la|los|las? han|ha regalado|enviado|mandado|cedido", kind: termLabel, clarity: Clear, connection: Gift, lang: "es"},
	{pattern: "me|nos regaló|regalo|regalaron|envió|envio|enviaron|mandó|mando|mandaron|cedió|cedieron", kind: termLabel, clarity: Clear, connection: Gift, lang: "es"},
	{pattern: "producto|productos cedido|cedidos|regalado|regalados|enviado|enviados por {brand}", kind: termLabel, clarity: Clear, connection: Gift, lang: "es"},
	{pattern: "recibido|recibidos|recibí|recibi gratis|gratuitamente|de+regalo|como+regalo", kind: termLabel, clarity: Clear, connection: Gift, lang: "es"},
	{pattern: "me|nos pagan|pagaron|han+pagado|ha+pagado|paga|pagó|pago por|para", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
	{pattern: "recibo|recibimos|gano|ganamos|cobro|cobramos una pequeña? comisión|comision", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "es"},
	{pattern: "no me|nos lo|la|los|las? han|ha regalado|pagado|enviado", kind: termNotLabel},
	{pattern: "no me|nos regalaron|pagaron|pagan|enviaron", kind: termNotLabel},
	{pattern: "nadie me|nos paga|pagan|pagó|pago|pagaron|regaló|regalo|regalaron|envió|envio", kind: termNotLabel},
}

// itStatementRows are Italian statements (per it-iap-digital-chart:
// "prodotto inviato da", a supplied product said plainly; it-agcom-2024).
var itStatementRows = []termRow{
	{pattern: "mi|ci ha|hanno regalato|inviato|mandato|fornito|omaggiato", kind: termLabel, clarity: Clear, connection: Gift, lang: "it"},
	{pattern: "ricevuto|ricevuti|ricevuta|ricevute in regalo|omaggio|gratuitamente|gratis", kind: termLabel, clarity: Clear, connection: Gift, lang: "it"},
	{pattern: "prodotto|prodotti inviato|inviati|regalato|regalati da {brand}", kind: termLabel, clarity: Clear, connection: Gift, lang: "it"},
	{pattern: "sono|siamo stato|stata|stati|state pagato|pagata|pagati|pagate|retribuito|retribuita da|per", kind: termLabel, clarity: Clear, connection: Paid, lang: "it"},
	{pattern: "mi|ci ha|hanno pagato|pagata|retribuito per", kind: termLabel, clarity: Clear, connection: Paid, lang: "it"},
	{pattern: "ricevo|riceviamo|guadagno|guadagniamo|percepisco una piccola? commissione|provvigione", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "it"},
	{pattern: "non mi|ci ha|hanno regalato|pagato|inviato", kind: termNotLabel},
	{pattern: "nessuno mi|ci ha regalato|pagato|inviato", kind: termNotLabel},
}

// nlStatementRows are Dutch statements (per nl-reclamecode-sm: "cadeau
// gekregen van", "persreis" and a stated payment disclose).
var nlStatementRows = []termRow{
	{pattern: "cadeau|kado|gratis|kosteloos gekregen|ontvangen|gehad|gestuurd|opgestuurd", kind: termLabel, clarity: Clear, connection: Gift, lang: "nl"},
	{pattern: "gekregen|ontvangen van {brand}", kind: termLabel, clarity: Clear, connection: Gift, lang: "nl"},
	{pattern: "persreis|#persreis|#kadogekregen|#cadeaugekregen", kind: termLabel, clarity: Clear, connection: Gift, lang: "nl"},
	{pattern: "ik|wij word|worden|werd|werden|ben|zijn hiervoor|ervoor|voor+deze+post? betaald", kind: termLabel, clarity: Clear, connection: Paid, lang: "nl"},
	{pattern: "betaald door|van {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "nl"},
	{pattern: "in opdracht van {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "nl"},
	{pattern: "ik|wij ontvang|ontvangen|krijg|krijgen een kleine? commissie|vergoeding|provisie", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "nl"},
	{pattern: "niet|nooit gekregen|betaald|gesponsord", kind: termNotLabel},
	{pattern: "zelf gekocht|betaald", kind: termNotLabel},
}

// statementRows returns every language's statements, lang's first, then
// English's (the shared rows in terms_english.go), then the others.
func statementRows(lang string) []termRow {
	langs := []struct {
		lang string
		rows []termRow
	}{
		{"de", deStatementRows}, {"fr", frStatementRows}, {"es", esStatementRows},
		{"it", itStatementRows}, {"nl", nlStatementRows},
	}
	var own, other [][]termRow
	for _, l := range langs {
		if l.lang == lang {
			own = append(own, l.rows)
		} else {
			other = append(other, l.rows)
		}
	}
	english := [][]termRow{englishPaidStatementRows, englishGiftRows}
	return slices.Concat(slices.Concat(own...), slices.Concat(english...), slices.Concat(other...))
}
