package disclosure

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// Source is a document a rule, a term or a threshold rests on, under its
// key in the repository's SOURCES.md ("ftc-guides" (FTC, Guides
// Concerning the Use of Endorsements and Testimonials in Advertising)).
type Source struct {
	// Key is the source's key in SOURCES.md.
	Key string `json:"key"`
	// Authority is who issued it: a regulator, a court, a self-regulatory
	// body, a study's authors, or the guides the project reads.
	Authority string `json:"authority"`
	// Document names it: a title, or a court, date and docket.
	Document string `json:"document"`
	// URL is where it can be read, or "" where no stable address exists.
	URL string `json:"url"`
	// Year is the year of the version the package follows, or 0 where
	// SOURCES.md gives none (an undated copy, a code in force as amended).
	Year int `json:"year"`
}

// ErrUnknownSource is wrapped by the JSON readers' errors for a source
// key that [LookupSource] does not know.
var ErrUnknownSource = errors.New("disclosure: unknown source")

// sourceTable lists the sources the package cites, by key, as SOURCES.md
// does; TestSourcesAreInSourcesMD holds it to that file. Read-only.
var sourceTable = []Source{
	{"ftc-guides", "US Federal Trade Commission", "Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR Part 255", "https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255", 2023},
	{"ftc-faqs", "US Federal Trade Commission", "FTC's Endorsement Guides: What People Are Asking", "https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides-what-people-are-asking", 2023},
	{"ftc-101", "US Federal Trade Commission", "Disclosures 101 for Social Media Influencers", "https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers", 2023},
	{"ny-gbl-396b", "State of New York", "General Business Law § 396-b, synthetic performers in advertisements", "https://www.netinfluencer.com/new-york-mandates-ai-disclosure-in-ads-as-white-house-moves-to-block-state-ai-laws/", 2026},
	{"mighty-micro", "A small-business guide (author and publisher not named in the copy the project holds)", "The mighty micro-influencer: the disclosure checklist", "", 0},
	{"mathur-2018", "Mathur, Narayanan and Chetty (CSCW 2018)", "Endorsements on Social Media: An Empirical Study of Affiliate Marketing Disclosures on YouTube and Pinterest", "https://arxiv.org/abs/1809.00620", 2018},
	{"caption-truncation", "Social-media guides (the platforms publish no figure)", "The visible caption before a platform's \"more\" cut", "", 2024},
	{"asa-influencers-guide", "UK ASA/CAP and CMA", "Influencers' guide to making clear that ads are ads", "https://www.asa.org.uk/resource/influencers-guide.html", 2023},
	{"cap-code", "UK Committee of Advertising Practice", "UK Code of Non-broadcast Advertising and Direct & Promotional Marketing (CAP Code), rules 2.1, 2.4 and 3.7", "", 0},
	{"asai-code", "Advertising Standards Authority of Ireland", "ASAI Code, 7th edition", "", 2016},
	{"asai-ccpc-guidance", "ASAI and Irish CCPC", "Influencer Marketing Guidance", "", 2023},
	{"ucpd-annex-i", "European Parliament and Council", "Directive 2005/29/EC (Unfair Commercial Practices Directive), Annex I", "https://eur-lex.europa.eu/eli/dir/2005/29/oj", 2024},
	{"de-leitfaden", "die medienanstalten (German media authorities)", "Leitfaden der Medienanstalten: Werbekennzeichnung bei Online-Medien", "", 2024},
	{"olg-celle-2017", "OLG Celle", "Judgment of 8 June 2017, 13 U 53/17", "", 2017},
	{"kg-berlin-2017", "KG Berlin", "Decision of 11 October 2017, 5 W 221/17", "", 2017},
	{"lg-heilbronn-2018", "LG Heilbronn", "Judgment of 8 May 2018, 21 O 14/18 KfH", "", 2018},
	{"bgh-2021", "Bundesgerichtshof", "Judgments of 9 September 2021, I ZR 90/20, I ZR 125/20, I ZR 126/20", "", 2021},
	{"fr-loi-2023-451", "French Republic", "Loi n° 2023-451 du 9 juin 2023 visant à encadrer l'influence commerciale", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047663185", 2023},
	{"arpp-digital", "ARPP", "Recommandation Communication publicitaire digitale", "", 2023},
	{"es-autocontrol-code", "AEA and Autocontrol", "Código de conducta sobre el uso de influencers en la publicidad", "", 2020},
	{"it-iap-digital-chart", "Istituto dell'Autodisciplina Pubblicitaria", "Digital Chart", "", 2022},
	{"it-agcom-2024", "AGCOM", "Delibera 7/24/CONS, Linee guida sugli influencer", "", 2024},
	{"it-agcom-2025", "AGCOM", "Delibera 197/25/CONS, Linee guida e codice di condotta per gli influencer", "https://www.cocuzza.it/2025/09/24/influencer-marketing-le-novita-del-codice-di-condotta-agcom-2025", 2025},
	{"imh-platform-checklists", "Influencer Marketing Hub", "Platform compliance checklists: paid-partnership and AI labels", "https://influencermarketinghub.com/?p=223931", 2025},
	{"uk-lhf-2026", "Knights plc", "HFSS advertising restrictions came into force in January", "https://www.knightsplc.com/insights/commercial/hfss-advertising-restrictions-came-into-force-in-january-is-your-marketing-strategy-compliant", 2026},
	{"fca-fg24-1", "UK Financial Conduct Authority", "FG24/1: Finalised guidance on financial promotions on social media", "https://www.fca.org.uk/publications/finalised-guidance/fg24-1-finalised-guidance-financial-promotions-social-media", 2024},
	{"fca-crypto-routes", "ONTIER", "The FCA launches new rules on the financial promotion of cryptoassets", "https://www.ontier.law/insight/the-fca-launches-new-rules-on-the-financial-promotion-of-cryptoassets", 2023},
	{"fca-crypto-promotions", "Burges Salmon", "Crackdown on cryptoasset promotions: FCA's new guidance for the industry", "https://www.burges-salmon.com/news-and-insight/legal-updates/fintech/crackdown-on-cryptoasset-promotions-fcas-new-guidance-for-the-industry", 2024},
	{"eu-mica", "European Union", "Regulation (EU) 2023/1114 on markets in crypto-assets (MiCA), art. 7", "https://eur-lex.europa.eu/eli/reg/2023/1114/oj", 2023},
	{"eu-avmsd", "European Union", "Directive 2010/13/EU (Audiovisual Media Services Directive), art. 9, as amended by Directive (EU) 2018/1808", "https://eur-lex.europa.eu/eli/dir/2010/13/oj", 2018},
	{"es-cnmv-circular-1-2022", "CNMV", "Circular 1/2022 sobre la publicidad de criptoactivos presentados como objeto de inversión", "https://www.boe.es/buscar/act.php?lang=es&id=BOE-A-2022-666", 2022},
	{"ftc-16-cfr-465", "US Federal Trade Commission", "Trade Regulation Rule on the Use of Consumer Reviews and Testimonials, 16 CFR Part 465", "https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-465", 2024},
	{"uk-dmcc-reviews", "CMS", "No more faux five stars: the DMCC Act bans fake reviews", "https://cms-lawnow.com/en/ealerts/2025/04/no-more-faux-five-stars-the-dmcc-act-bans-fake-reviews", 2025},
	{"eu-ucpd", "European Union", "Directive 2005/29/EC (Unfair Commercial Practices Directive), Annex I", "https://eur-lex.europa.eu/eli/dir/2005/29/oj", 2022},
	{"eu-ai-act", "European Union", "Regulation (EU) 2024/1689 (Artificial Intelligence Act), art. 50", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", 2024},
	{"nl-reclamecode-sm", "Stichting Reclame Code", "Reclamecode Social Media & Influencer Marketing (RSM)", "", 2022},
	{"adstandards-ca-disclosure", "Ad Standards (Canada)", "Influencer Marketing Disclosure Guidelines", "https://adstandards.ca/resources/library/influencer-marketing-disclosure-guidelines/", 2025},
	{"aana-code-ethics", "Australian Association of National Advertisers", "AANA Code of Ethics, section 2.7, and its Practice Note", "https://aana.com.au/self-regulation/codes-guidelines/code-of-ethics/", 2021},
	{"asci-influencer-2021", "Advertising Standards Council of India", "Guidelines for Influencer Advertising in Digital Media", "https://www.ascionline.in/social/tools", 2021},
	{"asci-finfluencers-2023", "Advertising Standards Council of India", "Addendum to the Guidelines for Influencer Advertising in Digital Media: influencers in banking, financial services and insurance, and in health and nutrition", "https://www.moneycontrol.com/news/business/markets/referral-link-is-advertising-finfluencers-need-sebi-registration-to-host-them-ascis-ceo-11248981.html", 2023},
	{"sebi-finfluencers-2024", "Securities and Exchange Board of India", "Restriction on association with persons giving unregistered advice or claiming returns: amended Intermediaries Regulations reg. 16A and circular of 22 October 2024", "https://www.business-standard.com/amp/finance/news/sebi-gives-3-month-window-to-end-associations-with-unregistered-entities-124102201169_1.html", 2024},
	{"asci-vda-2022", "Advertising Standards Council of India", "Guidelines for Advertising and Promotion of Virtual Digital Assets and Linked Services", "https://jurist.org/news/2022/02/india-advertising-council-issues-guidelines-on-crypto-assets-advertisements", 2022},
	{"conar-guia-influenciadores", "CONAR", "Guia de Publicidade por Influenciadores Digitais", "https://lealvarasquim.com.br/conar-lanca-guia-de-publicidade-para-influenciadores-digitais/", 2020},
	{"be-jep-influencers", "Raad voor de Reclame / Conseil de la Publicité (JEP)", "Aanbevelingen inzake online influencers / Recommandations en matière d'influenceurs en ligne", "https://better-internet-for-kids.europa.eu/en/rules-guidelines/recommendations-online-influencer-marketing", 2022},
	{"asa-monitoring-2021", "UK Advertising Standards Authority", "Influencer ad disclosure on social media: monitoring report", "https://www.cms-lawnow.com/ealerts/2021/03/losing-friends-while-influencing-people-asa-warns-insta-influencers-over-compliance", 2021},
	{"asa-connolly-2021", "UK Advertising Standards Authority", "Ruling on Emma Louise Connolly", "https://www.burges-salmon.com/news-and-insight/legal-updates/commercial/advertising-standards-authority-asa-bans-instagram-influencers-ads-for-disregarding-ad-rules", 2021},
	{"asai-label-guide", "Advertising Standards Authority of Ireland", "Social Media Influencer Guidance: If in doubt, label it!", "https://adstandards.ie/social-media-influencers/", 2023},
	{"ccpc-influencer-2023", "Irish CCPC and ASAI", "Guidance on influencer advertising and marketing", "https://www.ccpc.ie/business/help-for-business/guidelines-for-business/influencer-advertising-and-marketing/", 2023},
	{"dlm-holsten-2018", "ZDF, quoting the German media authorities' conference (DLM)", "Werbung in sozialen Netzwerken (volle kanne)", "https://www.zdf.de/verbraucher/volle-kanne/werbung-in-sozialen-netzwerken-100.html", 2018},
	{"dlm-transparenz-2023", "heise online, on the German media authorities' Transparenz-Check", "Influencer-Werbung: Medienwächter wollen stärker gegen Schleichwerbung vorgehen", "https://www.heise.de/news/Influencer-Werbung-Medienwaechter-wollen-staerker-gegen-Schleichwerbung-vorgehen-7530877.html", 2023},
	{"fragzebra-kennzeichnung", "FragZebra, the German media authorities' advice service", "Wie müssen Influencer Werbung kennzeichnen?", "https://www.fragzebra.de/antwort/wie-m%C3%BCssen-influencer-werbung-kennzeichnen", 0},
	{"loeb-2018", "Loeb & Loeb LLP with the FTC's Division of Advertising Practices", "Is It Still Social Media if It's Fake? (conference slides)", "https://docslib.org/doc/8210506/is-it-still-social-media-if-its-fake-marketing-authentic-content-in-a", 2018},
	{"lfm-nrw-kennzeichnung", "Landesanstalt für Medien NRW", "Werbekennzeichnung im Austausch mit Influencern", "https://www.medienanstalt-nrw.de/imagebroschuere/xwerbekennzeichnxnung-im-austausch-mit-influencern-1.html", 0},
	{"arpp-observatoire-2021", "ARPP", "Observatoire de l'influence responsable, 2nd edition", "https://pressclub.fr/?p=18030", 2021},
	{"fr-ord-2024-978", "French Republic", "Ordonnance n° 2024-978 du 6 novembre 2024 modifiant la loi n° 2023-451, art. 5", "https://www.lettredesreseaux.com/?p=23832", 2024},
	{"es-autocontrol-code-2025", "AEA, AUTOCONTROL and IAB Spain", "Código de Conducta de Publicidad a través de Influencers", "https://www.audiovisual451.com/se-publica-el-nuevo-codigo-de-conducta-de-publicidad-a-traves-de-influencers", 2025},
	{"it-agcom-iap-2025", "AGCOM", "Delibera 269/25/CONS, accordo quadro con l'Istituto dell'Autodisciplina Pubblicitaria", "https://www.anica.it/news/accordo-quadro-tra-autorita-per-le-garanzie-nelle-comunicazioni-e-istituto-dellautodisciplina-pubblicitaria", 2025},
	{"adiconsum-agcom-2025", "Adiconsum, reading AGCOM's Delibera 197/25/CONS", "Quando vedi un post di un ristorante o di un influencer sui social fai attenzione: ora c'è più trasparenza", "https://adiconsum.it/quando-vedi-un-post-di-un-ristorante-o-di-un-influencer-sui-social-fai-attenzione-ora-ce-piu-trasparenza-scopri-le-regole-agcom", 2025},
	{"nl-src-2019", "Stichting Reclame Code", "De reclamecode voor Social Media & Influencer Marketing vernieuwd (update of 15 May 2019)", "https://de2.slideshare.net/mijkdemijk/reclamecode-social-media-influencer-marketing-code-update-15-mei-2019", 2019},
	{"nl-influencerregels", "DDMA with the Stichting Reclame Code", "influencerregels.com", "https://influencerregels.com/facebook/", 0},
	{"be-fod-influencers", "FOD Economie / SPF Economie", "Best practices for online influencers", "https://www.brusselstimes.com/belgium/219312/influencers-in-belgium-given-four-hashtags-to-clarify-online-advertising/", 2022},
}

// LookupSource returns the source filed under key in SOURCES.md, and
// false for a key the package does not cite.
func LookupSource(key string) (Source, bool) {
	i, ok := slices.BinarySearchFunc(sortedSources, key, func(s Source, k string) int { return strings.Compare(s.Key, k) })
	if !ok {
		return Source{}, false
	}
	return sortedSources[i], true
}

// Sources returns every source the package cites, sorted by key.
func Sources() []Source { return slices.Clone(sortedSources) }

// sortedSources is sourceTable sorted by key. Read-only.
var sortedSources = func() []Source {
	s := slices.Clone(sourceTable)
	slices.SortFunc(s, func(a, b Source) int { return strings.Compare(a.Key, b.Key) })
	return s
}()

// threshold is a number a rule applies, with the source it rests on.
type threshold struct {
	name   string // what it bounds: "fold/Instagram", "verbal-within"
	value  string // as the package applies it: "125 UTF-16 units", "30 s"
	source string // SOURCES.md key
}

// thresholds lists every threshold a rule applies and its source;
// TestEverySourceExists walks them. The fold lengths come from foldTable.
func thresholds() []threshold {
	ts := []threshold{
		{"verbal-within", "30 s (DefaultVerbalWithin)", "mighty-micro"},
		{"live-gap", "15 min (DefaultLiveGap), this package's reading of \"periodically\"", "ftc-faqs"},
		{"buried-run", "3 hashtags (a pack without buried-run)", "mighty-micro"},
		{"lead-words", "6 words before a statement label (maxLeadWords)", "ftc-faqs"},
		{"lead-words-about-links", "12 words (maxLeadWordsAboutLinks)", "mathur-2018"},
	}
	for _, f := range foldTable {
		ts = append(ts, threshold{"fold/" + f.platform.String(), "", "caption-truncation"})
	}
	// Each pack's own thresholds, citing what the pack names for them.
	for _, t := range builtinTables() {
		code := "/" + t.jurisdiction.String()
		cite := func(directive string) string {
			if k, ok := t.thresholdSources[directive]; ok {
				return k
			}
			return t.source
		}
		if t.buriedRun > 0 {
			ts = append(ts, threshold{"buried-run" + code, strconv.Itoa(t.buriedRun) + " hashtags", cite("buried-run")})
		}
		if t.maxTagsBefore > 0 {
			ts = append(ts, threshold{"max-tags-before" + code, strconv.Itoa(t.maxTagsBefore) + " hashtags", cite("max-tags-before")})
		}
		if t.verbalWithin > 0 {
			ts = append(ts, threshold{"verbal-within" + code, t.verbalWithin.String(), cite("verbal-within")})
		}
		if t.liveGap > 0 {
			ts = append(ts, threshold{"live-gap" + code, t.liveGap.String(), cite("live-gap")})
		}
		for _, f := range t.folds {
			ts = append(ts, threshold{"fold/" + f.platform.String() + code, strconv.Itoa(f.chars), f.source})
		}
	}
	return ts
}
