package disclosure

import "slices"

// esTerms is the Spanish table: the "Código de conducta sobre el uso de
// influencers en la publicidad" (AEA and Autocontrol, 2020), Anexo, which
// lists the indications that are valid ("publicidad", "publi", "patrocinado
// por <marca>", "en colaboración con <marca>", "gracias a <marca>",
// "embajador de <marca>") and those that are not on their own
// (es-autocontrol-code). Checked against it for issue 12: plain
// statements of a gift or payment in Spanish are clear.
var esTerms = termTable{
	jurisdiction: ES,
	authority:    "Spanish Autocontrol",
	source:       "es-autocontrol-code",
	defaultLabel: "Publicidad",
	editingLabel: "#imagenretocada",
	language:     "es",
	terms: slices.Concat([]termRow{
		// Clear (es-autocontrol-code, Anexo).
		// "publicidad" and "publi" are ordinary nouns too ("odio la
		// publicidad"): labels at the start of a line, followed by a
		// separator, in brackets or as hashtags.
		{pattern: "#publicidad|#publi", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
		{pattern: "publicidad|publi", kind: termLabel, clarity: Clear, connection: Paid, lang: "es", position: lineStart},
		// The same word closing the text after a comma is a late label.
	}, trailingLabelRows("publicidad|publi", Clear, Paid, "es", ""), []termRow{
		{pattern: "publicidad|publi " + separators, kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
		{pattern: "publicidad|publi |", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
		{pattern: "[|( publicidad|publi ]|)", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
		{pattern: "patrocinado|patrocinada por {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
		{pattern: "en colaboración|colaboracion con {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
		{pattern: "gracias a {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
		{pattern: "embajador|embajadora de {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},
		{pattern: "colaboración|colaboracion pagada|remunerada", kind: termLabel, clarity: Clear, connection: Paid, lang: "es"},

		// English labels: clear, but not in the followers' language.
		{pattern: "#ad|#ads|#advertisement|#sponsored", kind: termLabel, clarity: Clear, connection: Paid, fix: "#publi", lang: "en"},
		{pattern: "ad " + separators, kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
		{pattern: "advertisement|sponsored", kind: termLabel, clarity: Clear, connection: Paid, fix: "Publicidad", lang: "en", position: lineStart},
		{pattern: "advertisement " + separators, kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
		{pattern: "paid partnership", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
		{pattern: "paid partnership|sponsored with|by {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},

		// Ambiguous.
		{pattern: "#patrocinado|#patrocinada", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#publi"},
		{pattern: "#regalo|#gifted", kind: termLabel, clarity: Ambiguous, connection: Gift},
		{pattern: "enlace|enlaces de afiliado|afiliados", kind: termLabel, clarity: Ambiguous, connection: Affiliate, lang: "es"},

		// Affiliate links: the creator says they earn a commission
		// (es-autocontrol-code, Anexo: the commercial relationship must be clear).
		{pattern: "recibo|recibimos|gano|ganamos|cobro|cobramos una pequeña? comisión|comision", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "es"},

		// Vague: not valid on their own (es-autocontrol-code, Anexo: "#sponso",
		// "#sp", "#colab", a bare "gracias" or mention).
		{pattern: "#sp|#spon|#sponso|#colab|#collab|#colaboración|#colaboracion|#gracias|#embajador|#embajadora", kind: termLabel, clarity: Vague, fix: "#publi"},

		// Not labels.
		{pattern: "no patrocinado|patrocinada", kind: termNotLabel},
		{pattern: "sin publicidad|publi|patrocinio", kind: termNotLabel},
		{pattern: "#nopatrocinado|#nopubli|#sinfiltro|#sinfiltros", kind: termNotLabel},
		{pattern: "sin filtro|filtros|retoques", kind: termNotLabel},

		// Editing disclosed in Spanish.
		{pattern: "imagen|imágenes|imagenes|foto|fotos retocada|retocadas|editada|editadas", kind: termEditing},
		{pattern: "#imagenretocada|#fotoretocada|#retocada|#retocado|#filtro|#confiltro", kind: termEditing},
		{pattern: "retocada|retocadas|retocado|retocados", kind: termEditing},
	}, statementRows("es"), englishSponsoredRows(Clear), englishAffiliateRows, englishAffiliateMentionRows, englishDenialRows, englishEditingRows, englishClaimRows),
}

// esTerms is compared with its pack by TestPacksReproduceTheTables.
