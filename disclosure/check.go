package disclosure

import (
	"cmp"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// Check lints p's caption against the default policy and its
// jurisdiction's rules. It is safe for concurrent use and never panics.
//
// Check assumes the post is sponsored unless [Post.Connection] says
// otherwise: a caption with no label at all gets missing-disclosure; a
// NoConnection post gets neither that nor placement or transcript
// findings, and a Paid, Gift or Affiliate post is checked against its
// labels (mismatched-disclosure). Each declared Jurisdiction has its own
// tables.
func Check(p Post) Report { return defaultChecker().Check(p) }

// Check lints p under c's policy. It is safe for concurrent use and never
// panics.
//
// Where a label must stand. Placement rules judge the post's best label: the earliest clear label,
// or where there is none, the earliest ambiguous one. A risky label
// buried among hashtags or past the fold ("#gifted" as the 2nd of four
// hashtags at the end) is still buried or late, and those findings keep
// their error severity (olg-celle-2017 (OLG Celle, 13 U 53/17) found
// "#ad" so placed inadequate). Once the best label is upfront, later labels need no
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
// Pinterest 50 in code points (caption-truncation (The visible caption
// before a platform's "more" cut, as commonly reported by social-media
// guides)). A label starting at character
// 125 (0-based) on Instagram is below the fold; at 124 it is not. X,
// Twitch, Snapchat, Threads, blogs and UnknownPlatform have no fold.
//
// Spoken labels. When [Post.Transcript] is not empty, each Segment's Text is read like a
// caption with the post's jurisdiction's table, and its clear labels are
// the spoken ones ("This video is sponsored by Glow Co", "Ad:", "this is
// an ad"; "Werbung" in Germany). A label counts from its segment's Start;
// a transcript gives no finer timing. missing-verbal-disclosure fires
// when none starts within the first 30 seconds, inclusive: a label at
// 0:30.0 passes, at 0:30.1 it does not (mighty-micro ("The mighty
// micro-influencer", a small-business guide)). For Format Live,
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
// Statements. Statements disclose as well as tags: no special wording is needed
// (ftc-faqs (FTC, "FTC's Endorsement Guides: What People Are Asking")). A
// plain statement that the creator was paid ("I was paid by
// Glow Co to...", "they paid me to review it"), was given the product
// ("Company X gave me free product to try", "<brand> sent me this for
// free", "cadeau gekregen van", "kostenlos zur Verfügung gestellt", "m'a
// offert", "me lo han regalado", "mi hanno regalato") or earns from the
// links is a clear label, with or without [Post.Brand], in every table's
// languages (a table that asks for its own language reports the others
// as language-mismatch). Beside the phrasings a pack's term rows write,
// statements are read as clauses, in any word order, from the pack's
// clause lexicon of each language: a statement that the creator was
// given, sent, paid, sponsored or employed, or earns a commission, active
// or passive, with the brand, its handle, "the company", a pronoun or no
// agent, and with objects and adjuncts ("Company X sent me this product
// to try", "I got this for free from @brand", "this was gifted to me by
// @brand", "Brand is paying me to share this", "@glowco hat mir das
// Serum geschenkt", "offert par @marque", "me lo ha enviado @marca para
// probarlo", "mi è stato regalato da @brand", "ik kreeg dit van @merk",
// "recebi da @marca") is a clear label of its connection (employment is
// Paid). The clause runs to the punctuation, emoji, URL or line break
// that ends it; the packs' README, "Clauses", tells how its roles decide
// (ExampleCheck_statementClauses).
// Only the creator speaking counts: copy addressed to the follower ("Earn
// a percentage back on every purchase with @card", "Get a cut of every
// sale you refer", "you get a free sample", "get paid to post") is no
// disclosure, nor is a statement about someone else ("my sister was paid
// by @brand", "she got this for free"), a hypothetical ("if a brand sent
// me this"), a question ("would you buy it if they paid me?") or a denial
// ("nobody sent me this", "they paid me nothing"), whether a term row or
// the clause reader finds it.
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
// descriptions of mathur-2018 (Arunesh Mathur, Arvind Narayanan, Marshini
// Chetty, "Endorsements on Social Media", 2018), when the project's
// evaluation corpora are beside the repository.
//
// On screen. The text of each of [Post.Overlays] is read for labels like
// the caption, with the post's table. An overlay's label counts where the
// rules ask whether the post is disclosed at all: missing-disclosure does
// not fire when an overlay shows any label; vague-disclosure not when one
// shows a clear or ambiguous label, ambiguous-disclosure not when one
// shows a clear label; a clear on-screen label in the jurisdiction's
// language answers language-mismatch, a paid one mismatched-disclosure,
// an editing label on the picture ("Images retouchées")
// undisclosed-editing, and an AI label undisclosed-ai-content. Placement
// is the caption's: a clear caption label is still judged where it
// stands, and a caption's ambiguous label is not judged when the screen
// shows a clear one. Overlay labels are not listed in
// [Report.Disclosures], whose spans are the caption's.
//
// On-screen text is part of the ad (ftc-101 (FTC, "Disclosures 101 for
// Social Media Influencers"): a disclosure in the video itself;
// de-leitfaden (die medienanstalten, "Leitfaden der Medienanstalten:
// Werbekennzeichnung bei Online-Medien"); asa-influencers-guide
// (ASA/CAP and CMA, "Influencers' guide to making clear that ads are
// ads")), so a label shown only on screen is judged as
// the caption's would be. When the caption has no label that settles a
// rule, the overlays' labels are judged by vague-disclosure (the caption
// has no label at all, the screen only vague ones), ambiguous-disclosure
// (no clear or ambiguous caption label, no clear one on screen),
// mismatched-disclosure (no caption label that says a connection) and
// language-mismatch (no clear caption label, and every clear one on
// screen foreign): "#gifted" shown on a Paid video whose caption says
// nothing is ambiguous and mismatched, "#spon" vague, "#ad" in France
// foreign. Each rule makes at most one such finding, not one per frame:
// on the first overlay that shows the label it is about. The finding has
// Start == End == 0, no Fixes (the picture needs a person), a message
// that says "on screen", and [Finding.Overlay]: the overlay's index and
// the label's bytes in its Text. Placement rules (not-upfront,
// below-fold, buried-disclosure) judge the caption only. A post without
// overlays pays nothing for this.
//
// What a post promotes. A post that declares no [Post.Category] is judged
// by the first product word of its caption; when the caption names none,
// by the first product word of the first overlay that shows one, else of
// the first transcript segment that says one, in the same per-language
// product rows of the post's pack ("Il mio spritz" on screen is alcohol in
// Italy, "I'm staking my coins" said aloud crypto in the UK). The scans
// that read the overlays' and the transcript's labels hand back their
// product words, so no text is read twice, and a post without overlays or
// transcript pays nothing for them. [Report.CategorySpan],
// [Report.CategoryOverlay] or [Report.CategoryTranscript] says where the
// word stands; the category findings then span the whole caption.
//
// A check runs in four stages, each producing a plain value the next
// reads: the caption's normalized tokens and the labels they match
// ([Checker.scanPost]); every fact a rule reads, derived once into one
// [ruleContext]; the records each rule of the registry appends to it
// (rule, label, message template, fix plan: no text); and the [Report],
// whose messages, fixes and UTF-16 spans are built from the records and
// the rules' templates.
func (c *Checker) Check(p Post) Report {
	var found [8]foundLabel
	var records [8]record
	in := c.facts(&p, found[:0])
	r := c.report(&in, in.runRules(records[:0]), fullReport)
	r.Category = in.category
	if in.categoryAt >= 0 {
		f := in.found[in.categoryAt]
		um := newUTF16Marks(p.Caption, f.end)
		r.CategorySpan = &Span{Start: f.start, End: f.end, StartUTF16: um.units(f.start), EndUTF16: um.units(f.end)}
	}
	switch in.categoryIn {
	case categoryOnScreen:
		r.CategoryOverlay = &TextSpan{Index: in.categoryWord.Index, Start: in.categoryWord.Start, End: in.categoryWord.End}
	case categorySpoken:
		r.CategoryTranscript = &TextSpan{Index: in.categoryWord.Index, Start: in.categoryWord.Start, End: in.categoryWord.End}
	}
	return r
}

// facts runs the first two stages for p: the scan of its caption (found
// is the scratch space the caller holds), then the facts the rules read.
// The context is returned, not written through a pointer, so that the
// post and found, which it points to, stay on Check's stack.
func (c *Checker) facts(p *Post, found []foundLabel) (in ruleContext) {
	m, fallback := c.tableFor(p.Jurisdiction)
	t := m.table
	alteration := p.EffectiveAlteration()
	in.connection, in.format, in.edited, in.alteration = p.Connection, p.Format, alteration == Retouched, alteration
	in.aiAsked = alteration == Generated || alteration == DeepFake || p.VirtualCreator && t.virtualCreator
	in.transcript, in.duration = p.Transcript, p.Duration
	in.best, in.denial, in.fallback, in.off, in.rulesOn, in.post, in.table = -1, -1, fallback, &c.off, &c.rulesOn, p, m
	in.verbalWithin = cmp.Or(c.verbalWithin, t.verbalWithin, DefaultVerbalWithin)
	in.liveGap = cmp.Or(c.liveGap, t.liveGap, DefaultLiveGap)
	in.buriedRun, in.maxTagsBefore = int32(cmp.Or(t.buriedRun, defaultBuriedRun)), int32(t.maxTagsBefore)
	in.claimCited, in.aiLabelled = t.claimCitation != "", t.aiLabel != ""
	var own brandInfo
	brand := c.brandOf(p, &own)
	win := lex.GetWindow()
	defer lex.PutWindow(win)
	sc := c.scanPost(m, p.Caption, brand, found, win)
	if len(p.Overlays) > 0 {
		in.screen = c.readOverlays(m, p, brand, win)
	}
	in.found, in.editing, in.ai = sc.found, sc.editing || in.screen.editing, sc.ai || in.screen.ai
	// What the post promotes, as its caption or an overlay shows it (the
	// transcript is read below).
	in.category, in.categoryAt = categoryOf(p, t, in.found)
	switch {
	case in.categoryAt >= 0:
		in.categoryIn = categoryInCaption
	case p.Category == UnknownCategory && in.screen.product.category != UnknownCategory:
		in.category, in.categoryIn, in.categoryWord = in.screen.product.category, categoryOnScreen, in.screen.product.at
	}
	labels, altered, claims, incentives := false, false, false, false
	for i := range in.found {
		f := &in.found[i]
		altered = altered || f.altered && (f.kind == termLabel || f.kind == termEditing || f.kind == termAI)
		claims = claims || f.kind == termClaim
		if f.kind == termDenial && in.denial < 0 {
			in.denial = int32(i)
		}
		incentives = incentives || f.kind == termIncentive
		if f.kind != termLabel {
			continue
		}
		labels = true
		if f.clarity == Ambiguous && p.Connection == Gift && f.connection == Gift && f.giftClear {
			// The declared gift is what "#gifted" says (termRow.giftClear):
			// the label the report lists is clear too.
			f.clarity = Clear
		}
		switch f.clarity {
		case Clear:
			if !in.clear {
				in.best, in.clear = i, true
			}
		case Ambiguous:
			in.ambiguous = true
			if in.best < 0 {
				in.best = i
			}
		case Vague:
			in.vague = true
		}
	}
	if !in.clear && in.screen.clear {
		// The screen shows a clear label: the caption's ambiguous one is
		// not the post's best label, and placement has nothing to judge.
		in.best = -1
	}
	in.placed = in.best >= 0 && p.Connection != NoConnection
	if t.onScreenLabel != onScreenNotAsked && len(p.Overlays) > 0 && p.Connection != NoConnection && !c.off[idLabelNotThroughout] {
		in.screenRule = t.onScreenLabel
		in.screenGaps = screenGaps(t.onScreenLabel, p, &in.screen)
	}
	if !p.PlatformLabel && hasPartnershipLabel(p.Platform) && (p.Connection == Paid || p.Connection == Gift || p.Connection == Affiliate) {
		in.platformLabel = t.platformLabel
	}
	shown := in.screen.any()
	// The transcript is read once: by spokenLabels when a rule needs its
	// labels, otherwise as far as an AI label or the category asks.
	askAI := in.aiAsked && !c.off[idUndisclosedAIContent]
	askProduct := p.Category == UnknownCategory && in.categoryIn == categoryNotRead
	var said productWord
	switch {
	case len(p.Transcript) == 0:
	case c.needs&(needSpoken|needSpokenDenial) != 0 && p.Connection != NoConnection:
		heard := c.spokenLabels(m, p, brand, win)
		in.spoken, in.spokenDenial, in.spokenDenied = heard.labels, heard.denial, heard.denied
		in.ai = in.ai || askAI && heard.ai
		said = heard.product
	case askAI && !in.ai || askProduct:
		var ai bool
		ai, said = c.spokenAIOrProduct(m, p, brand, win, askAI && !in.ai, askProduct)
		in.ai = in.ai || ai
	}
	if askProduct && said.category != UnknownCategory {
		in.category, in.categoryIn, in.categoryWord = said.category, categorySpoken, said.at
	}
	if in.category > OtherCategory && len(t.categories) > 0 {
		in.categoryHits, in.nCategoryHits = unmetCategoryLines(t, in.category, p, in.found)
		in.categories = t.categories
	}
	in.present = when(!in.clear && !in.ambiguous && !in.vague && !shown, factNoLabel) | when(in.clear || in.screen.clear, factClear) |
		when(in.ambiguous || in.screen.ambiguous, factAmbiguous) | when(in.vague || in.screen.vague, factVague) | when(in.placed, factPlaced) |
		when(len(p.Transcript) > 0 && p.Connection != NoConnection, factTranscript) |
		when(in.edited && !in.editing, factEdited) | when(claims, factClaim) | when(altered, factAltered) |
		when(fallback, factFallback) | when((labels || shown) && (p.Connection == Paid || p.Connection == Affiliate), factDeclared) |
		when(in.aiAsked && !in.ai, factAI) | when(len(in.screenGaps) > 0, factScreenGap) |
		when(in.platformLabel != platformLabelNotAsked, factPlatformLabel) | when(in.nCategoryHits > 0, factCategory) |
		when(incentives, factIncentive) |
		when((in.denial >= 0 || in.spokenDenied || len(p.Overlays) > 0 && in.screen.denial >= 0) && p.Connection != NoConnection, factDenial)
	if c.needs&needFold != 0 && in.placed {
		in.fold = c.foldOf(m, p, in.found[in.best].start)
	}
	// Whether a label's sentence takes it back, for the labels a fix may
	// move (the best) or replace (a vague, ambiguous or foreign one whose
	// row names a clear label).
	for i := range in.found {
		if f := &in.found[i]; f.kind == termLabel && (i == in.best || f.fixable && (f.clarity != Clear || f.foreign)) {
			f.denied = m.denied(p.Caption, *f, brand, win)
		}
	}
	return in
}

// firstFixReport is Check's report as Autofix reads it: each finding
// with its first fix, no messages, other fixes, labels or UTF-16 spans.
func (c *Checker) firstFixReport(p Post) Report {
	var found [8]foundLabel
	var records [8]record
	in := c.facts(&p, found[:0])
	return c.report(&in, in.runRules(records[:0]), firstFixReport)
}

// tableFor returns the compiled table of j, or the US one with fallback
// set for a value outside the declared constants.
func (c *Checker) tableFor(j Jurisdiction) (m *matcher, fallback bool) {
	if int(j) < len(c.tables) && c.tables[j] != nil {
		return c.tables[j], false
	}
	return c.tables[US], true
}
