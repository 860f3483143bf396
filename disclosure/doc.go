// Package disclosure lints influencer post captions for advertising
// disclosure: is there a label, is it clear, and is it where followers see
// it first.
//
//	r := disclosure.Check(disclosure.Post{Caption: "Loving this serum #ad", Platform: influencekit.Instagram})
//	r.Compliant()       // false
//	r.Findings[0].Rule  // "not-upfront"
//
// Sources are cited by the keys of the repository's SOURCES.md, each with
// its author or title where a doc first uses it. Contents:
//
//   - Checking: Check, Post, Report, Finding and where a check's reading is told.
//   - What a post shows and promotes: AI pictures, overlays, categories.
//   - Placement: the label the placement rules judge.
//   - Rules: every rule, its default severity and when it fires.
//   - Policy: Options, NewChecker and Checker, for a team's own policy.
//   - Team vocabularies: a team's own terms (Options.Terms, Term).
//   - Fixing: Fix, Edit and Autofix.
//   - Jurisdictions: the built-in markets, their labels and their sources.
//   - Packs: the text file that holds what the package knows of a market.
//   - Sponsored-content mix: SponsoredMix and ReadAd, whether a post is an ad.
//   - Sources: the source behind every rule, term row and threshold.
//   - JSON and offsets: the JSON forms, and spans in bytes and UTF-16.
//   - Annotated cases: cases a reviewer adds without writing Go.
//
// # Checking
//
// [Check] reads a [Post] and returns a [Report]: every disclosure label it found
// (Disclosures, each with its byte span, [Clarity] and [Connection]) and every
// [Finding], each with a byte span into the caption, a stable [Rule] name, a
// message that says what to do, and alternative Fixes, in the manner of
// golang.org/x/tools/go/analysis diagnostics. [Report.Compliant] is true
// when no finding has [influencekit.SeverityError].
//
// [Check] assumes the post is sponsored unless [Post.Connection] says
// otherwise: a caption without any label gets missing-disclosure. A post
// declared NoConnection (organic) gets no missing-disclosure, no
// placement findings and no transcript findings; one declared Paid, Gift
// or Affiliate is checked against its labels (mismatched-disclosure).
// ExampleCheck shows a report, ExampleCheck_connection a declared
// connection, ExampleCheck_brand labels that name the brand.
//
// How a check reads a caption (where a label must stand, spoken labels,
// statements of payment and affiliate earnings) is told in
// [Checker.Check] (ExampleCheck_transcript, ExampleCheck_affiliate), how
// captions are matched in [Label] (ExampleCheck_stylized), the fixes in
// [Fix], the ad reading's signals in [Checker.ReadAd], the JSON forms in
// [Report.MarshalJSON].
//
// # What a post shows and promotes
//
// A [Post] says more than its caption. [Post.Alteration] says how its
// pictures were changed (Retouched, as [Post.Edited] says; Generated or
// DeepFake by AI), [Post.VirtualCreator] that its creator is a
// computer-generated character, [Post.Category] what it promotes (alcohol,
// gambling, crypto...: the [Category] constants), [Post.AgeGated] that only
// adults see it, [Post.Approval] the reference of the approval a financial
// promotion rests on, [Post.Followers] how many follow the account that
// publishes it, [Post.PlatformLabel] that the platform's paid-partnership
// label is on, and [Post.Overlays] the text shown on screen, each [Overlay]
// with the stretch of the video it shows for. The [Report] says which
// category the rules judged ([Report.Category]): the declared one, or the
// one a product word of the post's text shows ("vape", "casinò", "botox",
// "criptomonedas", in the words of the jurisdiction's languages): the
// caption's first, with its span ([Report.CategorySpan]); when the
// caption names no product, the first overlay that shows one
// ([Report.CategoryOverlay]: the overlay's index and the word's bytes in
// its text, a [TextSpan]); else the first transcript segment that says one
// ([Report.CategoryTranscript]). A declared category always wins, the
// caption over the screen, the screen over what is said
// (ExampleCheck_categoryOnScreen). Each pack's category lines say what its
// jurisdiction bars (prohibited-promotion) or allows only age-gated, with
// a warning the law words, with an approval, with a registration number
// shown in the post (India's SEBI number: the regulator asks for it shown,
// so the caption and overlays are read, not [Post.Approval];
// ExampleCheck_finfluencer), or without a reward for investing, and which
// campaigns are notified to a regulator ahead (restricted-promotion;
// ExampleCheck_financialPromotion); their messages start with the
// authority whose rule the line states ("UK FCA rules require this
// warning…", "European Union (MiCA) rules…"), which may not be the pack's.
// Overlay text is read for labels like the caption: a label on screen
// discloses the post
// ([Checker.Check] tells which rules it answers). [Post.Validate] names the
// first value out of bounds (an overlay ending before it starts, a
// negative time) as a [PostError] with its JSON path, as the JSON reader
// does (ExamplePost_Validate).
//
// # Placement
//
// Placement rules (not-upfront, below-fold, buried-disclosure) judge the
// post's best label: the earliest clear label, or where there is none the
// earliest ambiguous one; a disclosure sentence that opens the caption is
// upfront. [Checker.Check] tells where a label must stand in full
// (ExampleCheck_placement).
//
// # Rules
//
// The rules, their default severities and when they fire rest on
// ftc-guides (FTC, Guides Concerning the Use of Endorsements and
// Testimonials in Advertising, 16 CFR Part 255), ftc-101 (FTC,
// "Disclosures 101 for Social Media Influencers"), ftc-faqs (FTC, "FTC's
// Endorsement Guides: What People Are Asking") and the disclosure
// checklist of mighty-micro ("The mighty micro-influencer", a
// small-business guide); #gifted on a declared gift rests on
// asa-influencers-guide (ASA/CAP and CMA, "Influencers' guide to making
// clear that ads are ads"). [Rules] lists them (ExampleRules):
//
//	missing-disclosure     error    no disclosure label at all (span 0, 0)
//	vague-disclosure       error    only vague labels: #sp, #spon, #collab, #thanks, "thanks @brand", #ambassador, #partner
//	ambiguous-disclosure   warning  no clear label, but a risky one: #gifted, a bare "affiliate link"
//	                                (#gifted is clear on a post that declares Gift: asa-influencers-guide)
//	not-upfront            error    a letter or digit of other text comes before the best label
//	below-fold             error    the best label starts past the platform's visible prefix
//	buried-disclosure      error    that label is a hashtag in a run of 3 or more hashtags, and not upfront
//	mismatched-disclosure  error    a Paid or Affiliate post whose only labels are gift labels, or a Paid
//	                                post whose only labels are affiliate labels
//	missing-verbal-disclosure error a transcript with no clear spoken label starting in its first 30 s
//	live-disclosure-gap    error    a Live transcript with more than 15 min between spoken labels, or from start or end
//	undisclosed-editing    error    Post.Edited and no "#filtered", "edited" or "retouched" (span 0, 0)
//	undisclosed-ai-content error    a Generated or DeepFake post, or a virtual creator where the pack asks it,
//	                                and no AI label in the caption, an overlay or the transcript (span 0, 0)
//	label-not-throughout   error    overlays leave a stretch (FR) or a story frame (DE) without the on-screen label
//	missing-platform-label warning  a declared sponsored post with the platform's paid-partnership label off where
//	                                the pack asks for it (error where it requires it: IE, BR)
//	prohibited-promotion   error    the pack bars the post's category (declared, or read from a product word);
//	                                a warning where an exemption the data cannot decide applies; none where
//	                                Post.Approval shows it (FR: the crypto provider's PSAN registration)
//	restricted-promotion   error    the category needs a condition the post lacks: AgeGated, the warning the
//	                                law words (MiCA, CNMV, FCA), quoted in the message, an approval reference
//	                                (Post.Approval: the UK's s21 approver), no reward for investing ("refer a
//	                                friend", UK crypto), a registration number shown in the caption or an overlay
//	                                (IN: the SEBI number, "INA000012345", of a creator advising on investments);
//	                                an info where Post.Followers makes the campaign one to notify (ES: CNMV,
//	                                from 100,000)
//	incentivized-review    error    a reward offered for a review or a rating, or for what it says
//	unsubstantiated-claim  warning  "cure", "guaranteed results", "clinically proven", "100% effective", "guaranteed
//	                                returns", "100x"... in every pack's languages
//	obfuscated-disclosure  warning  a label only found after normalizing stylized or invisible characters
//	language-mismatch      warning  every clear label is in another language than the jurisdiction's
//	jurisdiction-fallback  info     the jurisdiction value is not a declared one (see Jurisdictions)
//	denied-connection      error    the caption, an overlay or the transcript says the post is not sponsored, not an ad
//	                                or bought with the creator's own money, and it is not declared
//	                                NoConnection (ftc-guides 255.5; ucpd-annex-i (European Parliament and
//	                                Council, Unfair Commercial Practices Directive, Annex I) no. 22)
//
// A label counts only where it stands as one: a hashtag that is not the
// start of a compound ("#ad-free" is not "#ad"), a word set off by
// punctuation, a line, brackets, a separator or capitals, or a disclosure
// sentence; never inside an e-mail address, a link or a handle. A label
// word that opens an ordinary sentence ("Ad blockers are the best",
// "Werbung nervt mich total") is no label. A label the text takes back,
// negated ("not #ad", "ce n'est pas une collaboration commerciale") or
// asked and answered no ("Sponsored? Nope!"), is no label either, in the
// caption and in the transcript alike; on a sponsored post it is a
// denial (ExampleCheck_denial).
//
// A check runs in stages, each producing a plain value the next reads:
// the caption's normalized tokens and the labels they match, in one pass
// over the bytes; the facts the rules read about those labels; the
// findings of each rule; and the [Report] with its fixes. A test fails
// when a rule lacks its doc or test.
//
// # Policy
//
// [Check] applies the default policy. [NewChecker] builds a [Checker] for
// another one, once: [Options.Severity] overrides a rule's severity (a team
// whose policy only needs the label above the fold sets not-upfront to
// SeverityInfo), [Options.Off] silences rules, [Options.Fold] changes a
// platform's visible prefix, and [Options.VerbalWithin] and [Options.LiveGap]
// change the transcript rules' thresholds. A [Checker] is immutable and safe for
// concurrent use (ExampleNewChecker). The default visible prefixes rest on
// caption-truncation (The visible caption before a platform's "more" cut,
// as commonly reported by social-media guides).
//
// # Team vocabularies
//
// [Options.Terms] adds a team's own terms to a jurisdiction's table: a
// brand's house hashtag ("#glowcopartner") as a clear paid label, a
// stricter reading of a built-in term ("#gifted" as vague), or text that
// looks like a label and is none ("ad hoc"). A [Term] is plain text,
// matched like the built-in terms (normalized, token by token); one whose
// text is a built-in term's overrides that term's clarity and connection.
// [NewChecker] rejects, with a *[TermError] wrapping [ErrInvalidTerm], an
// empty term, one over 256 bytes or 24 tokens, one that cannot stand as a
// label (a lone "#" or "@", punctuation, an emoji, a link), one written in
// the tables' pattern syntax, one that never matches as written and two
// that say different things of one text (ExampleOptions_houseHashtag).
// Validating and compiling terms takes time linear in their length, and
// a Checker whose options add no terms or packs shares the built-in
// packs' compiled tables.
//
// # Fixing
//
// Fixes are alternatives, each a verb-phrase message and edits that never
// overlap; [Autofix] applies the first fix of every finding until nothing
// is left to fix (ExampleAutofix, Example_lintToFix). [Fix] lists what
// each rule offers. A fix owns only a label's own word: a statement
// ("Sponsored by Glow Co") keeps its words, the brand's name among them,
// with the clear label inserted before it; a denied label ("not #ad",
// "Sponsored? No!") is never moved to the front; and no edit touches an
// e-mail address or a link.
//
// # Jurisdictions
//
// [Jurisdictions] lists the built-in jurisdictions, US (the zero value)
// first. Each has its own [Pack] (see Packs), every row citing its source;
// the same caption can be compliant in one and not in another
// (ExampleJurisdiction, ExampleJurisdictions_localLabels). Beside the US
// sources of Rules, the tables rest on de-leitfaden (die medienanstalten,
// "Leitfaden der Medienanstalten: Werbekennzeichnung bei Online-Medien")
// and the German rulings lg-heilbronn-2018 (LG Heilbronn, 21 O 14/18 KfH),
// kg-berlin-2017 (KG Berlin, 5 W 221/17) and olg-celle-2017 (OLG Celle,
// 13 U 53/17); fr-loi-2023-451 (Loi n° 2023-451 du 9 juin 2023 visant à
// encadrer l'influence commerciale) and arpp-digital (ARPP, Recommandation
// "Communication publicitaire digitale"); es-autocontrol-code (AEA and
// Autocontrol, "Código de conducta sobre el uso de influencers en la
// publicidad"); it-iap-digital-chart (IAP, "Digital Chart");
// nl-reclamecode-sm (Stichting Reclame Code, "Reclamecode Social Media &
// Influencer Marketing"); asai-ccpc-guidance (ASAI and CCPC, "Influencer
// Marketing Guidance"); adstandards-ca-disclosure (Ad Standards, "Influencer
// Marketing Disclosure Guidelines"); aana-code-ethics (AANA, Code of
// Ethics); asci-influencer-2021 (ASCI, "Guidelines for Influencer
// Advertising in Digital Media"); conar-guia-influenciadores (CONAR, "Guia
// de Publicidade por Influenciadores Digitais"); be-fod-influencers (FOD
// Economie / SPF Economie, best practices for online influencers) and
// be-jep-influencers (Raad voor de Reclame / Conseil de la Publicité,
// "Aanbevelingen inzake online influencers"):
//
//	US  ftc-guides, ftc-faqs, ftc-101  #ad, #sponsored, Sponsored, plain statements clear; #spon, #collab vague
//	UK  asa-influencers-guide          #ad, Ad, Advert, Advertisement clear; Sponsored, #gifted ambiguous
//	                                   (#gifted clear on a declared gift);
//	                                   #sp, #spon, "in collaboration with", "in association with",
//	                                   "thanks to", "affiliate" vague; #gifted on a paid post mismatched
//	DE  de-leitfaden, court rulings    Werbung, Anzeige clear; #ad, Ad, #sponsored, #sponsoredby vague,
//	                                   fixed to "Werbung" (lg-heilbronn-2018, kg-berlin-2017); a label in
//	                                   a run of 2 or more hashtags after the text is buried (olg-celle-2017)
//	FR  fr-loi-2023-451, arpp-digital  Publicité, Collaboration commerciale; an English label alone gets
//	                                   language-mismatch; editing needs "Images retouchées" or
//	                                   "Images virtuelles"
//	ES  es-autocontrol-code            publicidad, publi, patrocinado por, en colaboración con, gracias a <marca>
//	IT  it-iap-digital-chart           Pubblicità, Advertising, Sponsorizzato da, #prodottofornitoda;
//	                                   a hashtag label must be among the first 3 hashtags
//	NL  nl-reclamecode-sm              #ad, #adv, #spon, #collab, "cadeau gekregen van", persreis clear
//	IE  asai-ccpc-guidance             #ad, #gifted, the platform label primary; #sponsored, #collab and
//	                                   "in association with" only beside a primary one (vague alone)
//	CA  adstandards-ca-disclosure      #ad, #sponsored, #<brand>partner; French #pub, #commandité,
//	                                   #<brand>partenaire clear; #gifted, #invitedguest clear gifts;
//	                                   #spon, #collab, #ambassador vague; English and French read
//	AU  aana-code-ethics               #ad, Advert, Advertising, Branded Content, Paid Partnership,
//	                                   Paid Promotion clear; #sp, Spon, gifted, Collab, "thanks to" ambiguous
//	IN  asci-influencer-2021           only Advertisement, Ad, Sponsored, Collaboration, Partnership,
//	                                   Employee, Free gift clear; #collab, #promo ambiguous; #spon vague
//	BR  conar-guia-influenciadores     #publicidade, #publi, #publipost, #anúncio, #patrocinado,
//	                                   Parceria paga clear; an English label alone gets language-mismatch
//	BE  be-fod-influencers,            #reclame, #advertentie, #publiciteit, #réclame, #annonce, #publicité
//	    be-jep-influencers             clear; #gesponsord, #sponsorisé a gift label (clear on a declared
//	                                   gift, mismatched on a paid post); an English #ad alone ambiguous;
//	                                   Dutch and French read
//
// language-mismatch (warning) is reported when every clear label is in
// another language than the jurisdiction's (DE, FR, ES, IT, BR); NL, US,
// UK, IE, AU and IN ask for no particular language beyond English labels.
// CA (English and French) and BE (Dutch and French) read both of their
// languages and report no mismatch: a pack names one language, so a
// label in the other one, or in English, is not told apart. A
// [Jurisdiction] value outside the declared constants is checked against
// the US tables with a jurisdiction-fallback info finding.
//
// # Packs
//
// Everything the package knows about a jurisdiction is one pack: a text
// file a reviewer reads without Go, embedded in the package, one per
// built-in jurisdiction ([LookupPack] returns it, with the label it
// suggests and its gift policy). A pack is read line by line; "#" starts
// a comment line. Directives state its facts, rows its terms:
//
//	jurisdiction XR
//	authority "Ruritanian Advertising Board"
//	source ftc-faqs
//	read-against ftc-faqs ftc-101
//	language eo
//	suggest "Reklamo"
//	editing-label "#retusita"
//	buried-run 4 source=mighty-micro
//	verbal-within 20s
//	live-gap 10m source=ftc-faqs
//	fold instagram 60 source=caption-truncation
//	gift-without-control not-enough
//	ai-label "#AIfarita"
//	virtual-creator disclose source=ftc-faqs
//	on-screen-label whole source=ftc-faqs
//	platform-label recommended
//	category nicotine banned-paid source=ftc-faqs
//
//	label "#reklamo" clear paid lang=eo
//	label "reklamo" clear paid lang=eo line-start
//	trailing "reklamo" clear paid lang=eo
//	label "#dankon" vague fix="#reklamo"
//	not-label "#nereklamo"
//	denial "ne reklamo"
//	opener "mia|nia|la|nova"
//	negation "ne|neniam|sen"
//	answer "ne|neniam|tute+ne"
//	editing "#retusita"
//	ai "#aifarita"
//	product "vejpilo|#vejpilo" nicotine
//	incentive "recenzo por donaco"
//	brand-tag "reklamo" clear paid
//	include en/claims
//	clause subject "mi|ni" lang=eo
//	clause recipient "al+mi|al+ni|min" lang=eo
//	clause gives "sendis|sendita" gift participle lang=eo
//	clause receives "ricevis" gift lang=eo
//
// The directives: jurisdiction (the code), authority, source (the SOURCES.md
// key of the main guidance), suggest (a clear label of the pack) and
// editing-label (one of its editing rows) are required; read-against (the
// SOURCES.md keys of the documents the rows were checked against, which
// every built-in pack gives and cites), language,
// claim-citation, claim-source, mismatch-sources, buried-run,
// max-tags-before, verbal-within, live-gap, gift-without-control,
// ai-label (one of its ai rows), ai-source, virtual-creator, review-source,
// on-screen-label and platform-label are optional, as are category lines
// (what the jurisdiction bars or conditions for a restricted category), and fold (a platform's visible prefix) may be given per
// platform; a threshold may cite its source ("buried-run 2
// source=olg-celle-2017"). A row is a kind (label, not-label, denial,
// negation, answer, opener, editing, ai, claim, cue, product, incentive,
// trailing, brand-tag, clause), a
// quoted pattern, and for a label its clarity (clear, ambiguous, vague),
// connection (paid, gift, affiliate), position (line-start,
// after-purchase, creator-voice, same-line) and lang=, fix= and source=
// attributes. A denial row is a not-label that says the post is not
// sponsored ("keine Werbung"); negation and answer rows are the words
// that take back a label written after them ("not #ad", "ce n'est pas
// une collaboration commerciale") or answering it asked as a question
// ("Sponsored? Nope!"); opener rows the words after which a line-start
// label word stands apart as a label ("Publicité mon teint", where
// "Werbung nervt mich total" is an ordinary sentence). Patterns are
// matched as [Label]
// describes: "a|b" is one of the alternatives, a trailing "?" makes a
// piece optional, "{brand}" is the post's brand, "{any}" any word, "{money}" an
// amount with its currency sign ("£50", "50 €", "R$1,000"). Rows
// that several packs share are in named sections of shared rows, taken in
// place by "include en/claims" and regraded by "include
// en/affiliate-mentions vague". Clause rows are a lexicon per language
// (who the creator is as subject and as recipient, who gives, the verbs
// of each connection, active and passive, objects, adjuncts, and the
// negations, conditions, private persons and follower words that make a
// clause no statement), with which statements are read in any word
// order: "Company X sent me this product to try", "@glowco hat mir das
// Serum geschenkt" ([Checker.Check], "Statements").
// disclosure/packs/README.md documents every directive, attribute and
// clause role with a complete example.
//
// [ParsePack] reads a team's own pack; one whose code is a built-in one
// replaces that jurisdiction's pack, any other is a market of its own,
// which [Checker.Jurisdiction] names, in the [Checker] whose
// [Options].Packs holds it (ExampleParsePack, ExampleLookupPack). A pack
// that does not read is a [PackError] naming file:line:col and what was
// expected there, wrapping [ErrInvalidPack]. The built-in packs are
// compiled once and shared by every Checker; [NewChecker] compiles again
// only what a team's options add.
//
// # Sponsored-content mix
//
// [SponsoredMix] answers a vetting question, how often a creator posts
// sponsored content, one post at a time: Labelled (a disclosure label of
// any clarity), LooksSponsored (no label, but the text reads as an ad) or
// Organic. A post that declares its [Connection] is taken as declared:
// NoConnection is Organic, Paid, Gift and Affiliate are Labelled when
// they carry a label and LooksSponsored when not. Without a [Post.Brand] a
// vague "thanks @someone" is no label in the mix: thanking a photographer
// or a friend discloses nothing.
//
// [ReadAd] reads whether a post is an ad from its text and says why: a
// score, and every signal with its weight and byte span. [Checker.ReadAd]
// lists the signals and their weights, and what the reading was measured
// to find on real captions (ExampleSponsoredMix, ExampleReadAd).
//
// # Sources
//
// Every rule, term row and threshold rests on a source filed under a key
// in the repository's SOURCES.md: [Finding].Source and [Label].Source name
// the key their verdict rests on for the post's jurisdiction (ftc-101 for
// a US label, cap-code (CAP, UK Code of Non-broadcast Advertising and
// Direct & Promotional Marketing) for a UK claim), [LookupSource] returns
// the authority, document, URL and year filed under a key
// (ExampleLookupSource), and
// [RuleInfo.Sources] lists a rule's sources in every jurisdiction. A
// message cites the post's jurisdiction, never another's:
// unsubstantiated-claim names 16 CFR 255.1 and 255.2 for a US post, CAP
// Code rule 3.7 for a UK one and the authority elsewhere. The fold
// lengths rest on caption-truncation, the 30 seconds of
// missing-verbal-disclosure on mighty-micro, the 15 minutes of
// live-disclosure-gap on ftc-faqs ("periodically", as this package reads
// it), Germany's run of 2 hashtags on olg-celle-2017 and Italy's first 3
// on it-iap-digital-chart.
//
// # JSON and offsets
//
// Every result type has a JSON form other languages read, with snake_case
// members, [] for empty lists, enums as names and times as seconds; what
// [Check] returns marshals and reads back as an equal value
// ([Report.MarshalJSON]). Spans are byte offsets into the caption; the JSON
// of a [Finding], a [Label] and an [Edit] carries the same span in UTF-16
// code units too, and Go code converts any offset with [ConvertOffset]
// (ExampleReport_MarshalJSON, ExamplePost_MarshalJSON, ExampleConvertOffset).
//
// # Annotated cases
//
// A compliance reviewer adds a case without writing Go: a text file under
// disclosure/testdata/cases (captions) or disclosure/testdata/adcases (ad
// readings) holds cases, and TestCases and TestAdCases run each and report
// every failing one as "file:line: what was expected, what Check gave".
// Copy a block and edit it; testdata/cases/README.md gives every line a
// case may hold. The first case below is ExampleCheck_notUpfront written
// as a case:
//
//	# A case file: lines starting with # are comments.
//	=== #ad after the text is not upfront
//	source: ftc-101
//	platform: Instagram
//	caption: Loving this serum #ad
//	want: not-upfront at #ad (error)
//	want: label #ad clear paid
//	fix: #ad Loving this serum
//
//	=== OLG Celle 13 U 53/17: "#werbung" second of six trailing hashtags
//	source: olg-celle-2017
//	jurisdiction: DE
//	caption:
//	Mein neues Lieblingsserum für den Winter #beauty #werbung #skincare #serum #winter #glow
//	---
//	want: buried-disclosure at #werbung (error)
//	want: not-upfront at #werbung (error)
//	not: vague-disclosure
//
//	=== a discount code in a caption with no label reads as an ad
//	caption: Use code GLOW20 for 20% off
//	want: ad
//	want: signal discount-code at GLOW20 (+3)
//	not: signal label
//	score: >= 3
//	mix: looks-sponsored
package disclosure

//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen
