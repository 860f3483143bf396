// Package disclosure lints influencer post captions for advertising
// disclosure: is there a label, is it clear, and is it where followers see
// it first.
//
// # Sections
//
// Each section has an Example beside it in the package's examples:
//
//   - Checking: Check, Post, Report, Finding, Label (ExampleCheck)
//   - Rules: Rule, Rules and the default severities; how the engine runs
//     them (ExampleRules)
//   - Placement: the best label, disclosure sentences (ExampleCheck_placement)
//   - Spoken disclosures: Segment, TranscriptSpan (ExampleCheck_transcript)
//   - Affiliate disclosures: explanations and bare mentions (ExampleCheck_affiliate)
//   - Policy: Options, NewChecker, Checker (ExampleNewChecker)
//   - Team vocabularies: Options.Terms, Term (ExampleOptions_houseHashtag)
//   - Fixing: Fix, Edit, Autofix (ExampleAutofix)
//   - Jurisdictions: Jurisdiction (ExampleJurisdiction)
//   - Sponsored-content mix: SponsoredMix, ReadAd, AdReading, AdSignal (ExampleSponsoredMix, ExampleReadAd)
//   - Matching: how captions are read (ExampleCheck_stylized)
//   - Sources: Source, LookupSource, RuleInfo.Sources (ExampleLookupSource)
//   - JSON and offsets (ExampleReport_MarshalJSON, ExampleConvertOffset)
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
//
//	r := disclosure.Check(disclosure.Post{Caption: "Loving this serum #ad", Platform: influencekit.Instagram})
//	r.Compliant()       // false
//	r.Findings[0].Rule  // "not-upfront"
//
// # Rules
//
// The rules, their default severities and when they fire (ftc-guides,
// 16 CFR 255; ftc-101; ftc-faqs; mighty-micro's checklist):
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
//	unsubstantiated-claim  warning  "cure", "guaranteed results", "clinically proven", "100% effective"...
//	obfuscated-disclosure  warning  a label only found after normalizing stylized or invisible characters
//	language-mismatch      warning  every clear label is in another language than the jurisdiction's
//	jurisdiction-fallback  info     the jurisdiction value is not a declared one (see Jurisdictions)
//
// A check runs in stages, each producing a plain value the next reads:
// the caption's normalized tokens and the labels they match, in one pass
// over the bytes; the facts the rules read about those labels; the
// findings of each rule; and the [Report] with its fixes. A test fails
// when a rule lacks its doc or test.
//
// # Placement
//
// Placement rules judge the post's best label: the earliest clear label,
// or where there is none, the earliest ambiguous one. A risky label
// buried among hashtags or past the fold ("#gifted" as the 2nd of four
// hashtags at the end) is still buried or late, and those findings keep
// their error severity (olg-celle-2017 found "#ad" so placed
// inadequate). Once the best label is upfront, later labels need no
// placement. When it is both late and past the fold, only below-fold is
// reported. Other labels, emoji and punctuation before a label do not
// make it late. A hashtag run is the hashtags between two words or URLs;
// @mentions, emoji and punctuation do not break it.
//
// A disclosure sentence that opens the caption is upfront, even when its
// clearest words come later in it: "Links below are affiliate links: I
// earn a small commission if you buy through them" and "Company X gave
// me free product to try" disclose from their first word. The opening
// sentence runs to the first ".", "!" or "?" or line break after some
// text; it is a disclosure sentence when its first label is a statement
// (several tokens, starting and ending with a word: "affiliate links",
// "gave me free product", "sponsored by Glow Co") and only words run into
// that label: at most 6 of them, or 12 when they speak of buying or links
// ("If you buy something through the links below, I may earn a
// commission"), with no punctuation, hashtag or URL between. Every label
// of a disclosure sentence is upfront. A tag after other content is still
// late: in "Loving this serum, #ad" and "Loving it, sponsored by Glow Co"
// the label comes after content the follower reads first.
//
// The visible prefix is counted in characters as the platform counts them:
// Instagram 125, TikTok 150, Facebook 110 and LinkedIn 140 in UTF-16 units
// (an emoji outside the Basic Multilingual Plane is two), YouTube 100 and
// Pinterest 50 in code points (caption-truncation). A label starting at character
// 125 (0-based) on Instagram is below the fold; at 124 it is not. X,
// Twitch, Snapchat, Threads, blogs and UnknownPlatform have no fold.
//
// # Spoken disclosures
//
// When [Post.Transcript] is not empty, each Segment's Text is read like a
// caption with the post's jurisdiction's table, and its clear labels are
// the spoken ones ("This video is sponsored by Glow Co", "Ad:", "this is
// an ad"; "Werbung" in Germany). A label counts from its segment's Start;
// a transcript gives no finer timing. missing-verbal-disclosure fires
// when none starts within the first 30 seconds, inclusive: a label at
// 0:30.0 passes, at 0:30.1 it does not (mighty-micro). For Format Live,
// live-disclosure-gap fires for each stretch of more than 15 minutes
// (inclusive bound again) without one: from the start to the first label,
// between labels, and from the last label to the end ([Post.Duration], or
// the last segment's Start when later). [Options.VerbalWithin] and
// [Options.LiveGap] change both thresholds.
//
// A finding about the transcript has Start == End == 0, since those are
// caption offsets, no Fixes (what is said needs a person), and a
// Transcript span: the segment index and byte offsets of the spoken label
// it is about (the late first label, the label ending a gap; Segment -1
// when there is none) and the stretch of the video [From, To].
//
// # Affiliate disclosures
//
// Statements disclose as well as tags: no special wording is needed
// (ftc-faqs). A plain statement that the creator was paid ("I was paid by
// Glow Co to...", "they paid me to review it"), was given the product
// ("Company X gave me free product to try", "<brand> sent me this for
// free", "cadeau gekregen van", "kostenlos zur Verfügung gestellt", "m'a
// offert", "me lo han regalado", "mi hanno regalato") or earns from the
// links is a clear label, with or without [Post.Brand], in every table's
// languages (a table that asks for its own language reports the others
// as language-mismatch). Only the creator speaking counts: copy addressed
// to the follower ("Earn a percentage back on every purchase with
// @card", "Get a cut of every sale you refer", "Make a few bucks on the
// side", "No extra cost to you: free shipping") is no disclosure, and
// denials ("nobody sent me this") are none either.
//
// Long descriptions (YouTube, Pinterest, blogs) disclose affiliate links
// in sentences. An explanation that the creator earns ("I receive a small
// commission if you buy through these links", "I may earn a commission",
// "at no extra cost to you", "earn advertising fees") is a Clear label
// with [Connection] Affiliate. A bare mention that links are affiliate
// links ("Affiliate links below", "(affiliate)", "some links may be
// affiliate", "(aff link)", "#afflink", "{affiliate}", "image-affiliate
// link") and a plea to support the creator by buying through them
// ("Support the channel by shopping through my link", "Shop on Amazon to
// support my channel": support tied to buying or a link in the same
// sentence) are Ambiguous under
// the FTC (Mathur, Narayanan and Chetty, CSCW 2018, found them poorly
// understood) and Vague in the UK, where "affiliate" alone is inadequate.
// Denials ("not affiliated with", "I don't get a commission") and topics
// ("how affiliate marketing works", "support the channel by subscribing")
// are no label. TestMathurCorpus measures this on the 2,250 YouTube
// descriptions of mathur-2018, when the project's evaluation corpora are
// beside the repository.
//
// # Policy
//
// [Check] applies the default policy. [NewChecker] builds a [Checker] for
// another one, once: [Options.Severity] overrides a rule's severity (a team
// whose policy only needs the label above the fold sets not-upfront to
// SeverityInfo), [Options.Off] silences rules, [Options.Fold] changes a
// platform's visible prefix, and [Options.VerbalWithin] and [Options.LiveGap]
// change the transcript rules' thresholds. A [Checker] is immutable and safe for
// concurrent use.
//
// # Team vocabularies
//
// [Options.Terms] adds a team's own terms to a jurisdiction's table: a
// brand's house hashtag ("#glowcopartner") as a clear paid label, a
// stricter reading of a built-in term ("#gifted" as vague), or text that
// looks like a label and is none ("ad hoc"). A [Term] is plain text,
// matched like the built-in terms (normalized, token by token); one whose
// text is a built-in term's overrides that term's clarity and connection.
// [NewChecker] rejects, with an error wrapping [ErrInvalidTerm], an empty
// term, one written in the tables' pattern syntax, one that never matches
// as written (a lone emoji, a link) and two that say different things of
// one text.
//
// # Fixing
//
// Fixes are alternatives; each is a verb-phrase message and edits that
// never overlap: insert "#ad " at the start (missing, ambiguous, "thanks
// @brand"), replace "#spon" with "#sponsored" (vague), move the label to
// the start (not-upfront, below-fold, buried; for a phrase inside a
// sentence, such as "This video is sponsored by Glow Co.", inserting "#ad "
// comes first and moving second), write the label in plain letters
// (obfuscated), append "#filtered" (undisclosed-editing). A word label
// that counts only first on a line ("Werbung") replaces a label elsewhere
// by going to the start. Removing a label never joins the words or
// hashtags on either side: "Great#ad serum" becomes "#ad Great serum",
// "42#thanks#ad publi" "#ad 42#thanks publi". A moved label takes the
// punctuation that only served it: "New drop. Sponsored." becomes
// "Sponsored New drop.", "Loving this serum, #ad" "#ad Loving this
// serum". A blank caption becomes the label alone ("#ad"). Claims need a person and
// have no fix. [Autofix] applies the first fix of every finding
// and repeats until nothing is left to fix; it is idempotent, and a
// caption whose only errors are placement ones comes out compliant. It
// runs in time linear in the caption.
//
// # Jurisdictions
//
// [Jurisdiction] names US (the zero value), UK, DE, FR, ES, IT, NL and IE.
// Each has its own term table, every row citing its source; the same caption can be compliant in one
// and not in another:
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
//
// language-mismatch (warning) is reported when every clear label is in
// another language than the jurisdiction's (DE, FR, ES, IT); NL, US, UK
// and IE ask for no particular language beyond English labels. A
// [Jurisdiction] value outside the declared constants is checked against
// the US tables with a jurisdiction-fallback info finding.
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
// score, and every signal with its weight and byte span. The signals are
// data, each row with the reason a marketer reads it so, and no row names
// a brand, an account or a product:
//
//	label               +6 clear, +4 ambiguous, +3 vague   Check's labels
//	discount-code       +3   "code MAX20"
//	affiliate-link      +3   amzn.to, LTK, ShopMy... (see SponsoredMix)
//	partnership         +3   "partnered with", "campaign for @x", "#<brand>partner"; +2 "working with @x"
//	thanks-for-product  +3   "@x thank you for my new wig", with an @mention in the sentence
//	own-product         +3   "my new collection", "our annual sale", "use my code"
//	product-credit      +2   "DRESS: @x", "wearing @x", "@x leggings", "from @x"
//	tracking-link       +2   a link with utm_ campaign parameters
//	offer               +2   "sale", "20% off", "free shipping", "limited edition"
//	giveaway            +2   "giveaway", "chance to win", "to enter"
//	shop-cue            +1   "link in bio", "swipe up", "shop"; +2 "shop now", "available at @x"
//	launch              +1   "launching", "just dropped", "new" beside an @mention
//	brand-in-context    +1   an @mention in a post with another signal for an ad
//	people-credit       -1   "photo by @x", "hair by @x"
//	personal            -2   "happy birthday", "my best friend", "our wedding"
//	charity             -2   "fundraiser", "donate", "charity"
//	appearance          -2   "tune in", "tonight on", "episode", "concert", "tickets"
//
// Each signal counts once, with its largest weight (the smallest, for one
// against an ad), and the score is their sum. AdThreshold is 3: one
// strong signal is an ad, or two weaker ones (a product credit beside a
// brand's account; an offer and a call to buy); a caption that says
// little, or whose signals for an ad are outweighed, reads as organic.
// Phrases match whole tokens after Check's normalization; at one place
// the longest phrase wins, and phrases that are no evidence ("thanks for
// the support", "coffee shop", "drop a comment") hide shorter readings.
//
// Measured on 503 real Instagram captions of 2017-2020 that people
// labelled as ads or not (per huber-2023; ties left out), one post at a
// time: precision 0.905, recall 0.576, F1 0.704; on instasynth's 40
// synthetic captions precision 0.909, recall 0.500. Ten of the ads found
// are one account's "<dish> from @restaurant" posts: without the "from @x"
// credit F1 there is 0.66, a fairer guess for other accounts. The reading
// cannot see what the text does not say: the image (a product worn without
// a tag), the platform's own "Paid partnership" tag, whether the creator's
// account is a brand's own account (a shop posting its own sale reads as
// an ad only when it says "our sale"), or a deal behind a bare @mention;
// nor can it tell a brand's account from a person's, so "thank you @x for
// this amazing animation" reads as thanks for a product. Most ads in that
// corpus carry no label and no code.
//
// # Matching
//
// A caption is read once, left to right, into tokens: words (with inner
// apostrophes and hyphens: "ad-free" is one word), hashtags (also glued:
// "#ad#sponsored#skin" is three), @mentions, URLs, punctuation and emoji,
// each with byte offsets into the original caption. Each rune is
// normalized with NFKC (golang.org/x/text/unicode/norm) and case folded,
// and invisible characters (zero-width spaces and joiners, soft hyphens,
// bidi marks, variation selectors) are skipped, so "#𝐚𝐝", "＃ａｄ" and
// "#a\u200bd" are "#ad" while the label's span still covers the original
// bytes. A token holding combining marks is composed (NFC), so
// canonically equivalent text gets the same verdict and labels:
// "Publicite\u0301" (e and a combining acute, as pasted from macOS) is
// "Publicité", its span the original bytes. A short label word glued to
// another by "/" or a dash is part of that word: "AD/HD" and "Ad/Vert"
// hold no label, "Ad / news" does. Labels match whole tokens and multi-word phrases ("paid
// partnership with @glowco", "Ad:", "sponsored by"), longest first: "made",
// "read", "bad", "ad-free", "#adventure" and "#adidas" are never "#ad", and
// "not sponsored" is not "sponsored". Label words that are also ordinary
// words ("Advertisement", "Sponsored", "Werbung", "Anzeige", "publicité")
// count where the regulators put them: first on a line (after nothing but
// punctuation or emoji), as a sentence of their own ("New drop.
// Sponsored."), closing the text after a comma ("Meine neue Creme,
// Werbung": a late label, not a missing one, per de-leitfaden), followed
// by ":", "-" or "|", in brackets, as a hashtag, or
// in a phrase ("sponsored by", "This video is sponsored"); "I saw an
// advertisement for this serum" holds no label. A hashtag is always in a
// label's position: "#SP Widget" is the vague "#sp", since no rule can
// tell an abbreviation from the label. The term tables are data, one per
// jurisdiction, compiled once into the [Checker]; no regular expression runs
// per term.
//
// # Sources
//
// Every rule, term row and threshold rests on a source filed under a key
// in the repository's SOURCES.md: [Finding].Source and [Label].Source name
// the key their verdict rests on for the post's jurisdiction ("ftc-101"
// for a US label, "cap-code" for a UK claim), [LookupSource] returns the
// authority, document, URL and year filed under a key, and
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
// Every result type has a JSON form other languages read ([Report],
// [Finding], [Fix], [Edit], [Label], [TranscriptSpan], [RuleInfo], [Mix] and its parts):
// snake_case members, [] for empty lists, enums as names, times as seconds.
// [Post] and [Segment] read strictly, as other services send them. What [Check]
// returns marshals and reads back as an equal value. A finding and a label
// carry "source", the SOURCES.md key they rest on (null for none; an
// unknown key is an error wrapping [ErrUnknownSource]); a [RuleInfo]
// carries "sources", each with key, authority, document, url and year.
//
// Spans are byte offsets into the caption. The JSON of a [Finding], a
// [Label] and an [Edit] carries the same span in UTF-16 code units too
// (start_utf16, end_utf16), the indexes of a JavaScript string, so that a
// JavaScript, Java or C# program applies a fix's edits to its own string of
// the caption: [Check] fills them, in one pass over the caption after the
// rules, without allocating. Go code
// converts any offset with [ConvertOffset] (to UTF16 or Runes); invalid
// UTF-8 counts one unit a byte, as encoding/json writes each bad byte as
// one U+FFFD. [Report.String] and [Finding.String] read as one log line.
//
// # Annotated cases
//
// A compliance reviewer adds a case without writing Go: a text file under
// disclosure/testdata/cases (captions) or disclosure/testdata/adcases (ad
// readings) holds cases, and TestCases and TestAdCases run each and report
// every failing one as "file:line: what was expected, what Check gave". A
// case starts with a line "=== " and what it shows, then the post's facts,
// its caption and what the reviewer expects. Copy a block and edit it:
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
//
// The caption is written as it is, never escaped: "caption: text" on one
// line (keeping trailing spaces), or a line "caption:", the caption's
// lines (several lines, leading "#", emoji, trailing spaces, anything)
// and a line "---" that ends it. Only invisible characters need an
// escape, and only in a caption marked "caption (escaped):": \u and four
// hex digits (\u200b, a zero-width space; \u0301, a combining accent),
// \\ for a backslash. "at" and "label" text takes the same escapes.
//
// The post's facts, each optional: platform (Instagram, TikTok,
// YouTube...), format (post, story, reel, video, short, live, article),
// jurisdiction (US, UK, DE, FR, ES, IT, NL, IE; US when absent), brand,
// connection (paid, gift, affiliate, none), edited (yes or no),
// transcript (one line per segment: "transcript: 0:05 what is said"),
// duration ("40:00"), and source: the SOURCES.md keys of the decision or
// guidance behind the case, checked against SOURCES.md.
//
// What the reviewer expects:
//
//   - want: rule at text (severity): Check must give this finding. "at
//     text" names the span by its text as written in the caption (the
//     finding's span covers it); "(2nd)" picks a later occurrence of the
//     text. "at" and "(severity)" may be left out to match any.
//   - want: compliant: Check gives no error (Report.Compliant).
//   - want: label text clarity connection: a disclosure label covering
//     that text ("want: label #ad clear paid"); clarity and connection may
//     be left out.
//   - not: ...: a finding or label that must not appear.
//   - fix: the caption Autofix must give, written like a caption; "fix
//     (known-miss):" the caption it should give but does not yet.
//   - want: ad, want: organic: how ReadAd reads the post; want: signal
//     name at text (+weight): a signal it must find; score: >= 3 (or <=,
//     >, <, =): a bound on its score; mix: labelled, looks-sponsored or
//     organic: what SponsoredMix says of the post alone.
//   - known-miss: and known-alarm: what Check (or ReadAd) still misses,
//     or still gives though the reviewer, citing its source, says it
//     should not. They are counted and logged, not failures, until the
//     code is fixed: then the case fails so that the line becomes a want
//     or a not.
//
// Every error and warning Check gives must be wanted (or be a known
// alarm) in a case that asks about Check at all; infos and labels are
// checked only when a line names them, and a line "others: allowed" lets
// a case name only the findings it is about. A case that asks only about
// ReadAd does not check Check's findings. TestCases logs the precision and
// recall of Check over the cases and every known miss and alarm.
// testdata/cases/README.md says the same for reviewers.
package disclosure

//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen
