package disclosure

import (
	"time"

	"github.com/influencekit/influencekit"
)

// Post is what Check reads: a caption and what is known about where and how
// it is published.
type Post struct {
	// Caption is the post's text as published, in UTF-8. Invalid UTF-8 is
	// tolerated: bad bytes are never part of a label.
	Caption string
	// Platform chooses the visible prefix for below-fold; UnknownPlatform
	// (and platforms without a "more" cut) skip that rule.
	Platform influencekit.Platform
	// Format is the kind of post (reel, story, live...).
	Format influencekit.Format
	// Brand is optional. When set, "#<brand>partner", "#<brand>ambassador"
	// and "Paid partnership with <brand>" are clear labels, and "thanks
	// @brand" is recognised as a vague one. The brand is written as its
	// words ("Glow Co"), its name squashed into one word ("GlowCo"), or its
	// handle: case and ASCII punctuation are ignored, and a handle may add
	// a separator or an official suffix ("@glowco", "@glow.co",
	// "@glowco_us", "@glowcoofficial"; not "@glowcosmetics"). Without a
	// Brand, any @mention stands for it.
	Brand string
	// Jurisdiction chooses the term tables; the zero value is US.
	Jurisdiction Jurisdiction
	// Transcript holds the spoken words of a video or live stream, in
	// segments. When it is not empty Check looks for a clear spoken label
	// (missing-verbal-disclosure) and, for a Live format, for long stretches
	// without one (live-disclosure-gap). A label counts from its segment's
	// Start.
	Transcript []Segment
	// Duration is the length of a video or live stream, when known; a live
	// stream's last stretch runs to it (or to the last segment's Start,
	// whichever is later).
	Duration time.Duration
	// Edited says the pictured results were filtered or retouched; the
	// caption must then say so (rule undisclosed-editing). Edited true
	// means Alteration Retouched, unless Alteration says more
	// ([Post.EffectiveAlteration]).
	Edited bool
	// Connection is the relationship the creator declares with the brand.
	// The zero value, UnknownConnection, makes Check assume a sponsored
	// post. NoConnection declares an organic post: missing-disclosure and
	// the placement rules do not fire. Paid, Gift and Affiliate are checked
	// against the labels found (rule mismatched-disclosure).
	Connection Connection
	// BrandIdentity is optional: every name it holds (legal entity,
	// trading names, handles) counts as the brand the way Brand does, so
	// "#chase_partner" is a partner tag of "JPMorgan Chase" trading as
	// "Chase". Brand, when set, stays the name messages use.
	BrandIdentity BrandIdentity `json:"brand_identity,omitzero"`
	// Alteration says how the pictures, video or sound were changed:
	// NoAlteration (the zero value), Retouched (the caption must say so,
	// rule undisclosed-editing), Generated or DeepFake (an AI label must
	// say so, rule undisclosed-ai-content).
	Alteration Alteration
	// VirtualCreator says the creator is a computer-generated character;
	// where the jurisdiction asks it, the post must say so.
	VirtualCreator bool
	// Category is what the post promotes. UnknownCategory, the zero
	// value, makes Check read it from the post's product words: the
	// caption's, else the first overlay's that shows one, else the first
	// transcript segment's that says one ([Report.Category] says what it
	// read, and where); any other value is what the rules judge, whatever
	// the text says.
	Category Category
	// AgeGated says the platform shows the post only to adults.
	AgeGated bool
	// Approval is the reference of the approval or registration under
	// which the post promotes a financial product, where the
	// jurisdiction's pack asks one for its category (an "approval"
	// category line): in the UK the firm reference number of the
	// FCA-authorised person that approved the financial promotion (FSMA
	// s21) or, for crypto-assets, the FCA registration of the cryptoasset
	// business it is made for. Where a ban has an exemption a registration
	// shows ("approval-exempts"), it is that registration: in France the
	// AMF registration (PSAN) of the crypto-asset provider promoted. Check
	// does not verify it; empty, or only spaces, means none is recorded,
	// and restricted-promotion (or prohibited-promotion's warning) reports
	// a sponsored post for such a category. A registration the rules ask
	// the post to show its followers (a "registration-number" line:
	// India's SEBI registration number for investment advice, such as
	// "INA000012345") is read from the caption and overlays instead;
	// recording it here does not meet it.
	Approval string
	// Followers is the number of followers of the account that publishes
	// the post, 0 when unknown; it is at least 0 ([Post.Validate]). Where
	// the pack makes a campaign that reaches that many people one to
	// notify to a regulator (a "notify-from" category line: Spain's CNMV
	// from 100,000 for crypto-assets), restricted-promotion gives an info
	// saying so. An unknown count (0) never does.
	Followers int64
	// PlatformLabel says the platform's own paid-partnership label
	// ("Paid partnership with Glow Co") is switched on for the post.
	PlatformLabel bool
	// Overlays is the text shown on screen, each piece with the stretch
	// of the video it shows for; a story's frames are consecutive
	// overlays. Overlay text is read for labels like the caption.
	Overlays []Overlay
}

// Overlay is text shown on screen from Start to End, measured from the
// beginning of the video or story: [Start, End). Start is at least 0 and
// End at least Start ([Post.Validate]); End == Start is text shown for no
// time.
type Overlay struct {
	Start, End time.Duration
	Text       string
}

// EffectiveAlteration returns the alteration the rules judge: p.Alteration,
// or Retouched when that is NoAlteration and p.Edited is set.
func (p *Post) EffectiveAlteration() Alteration {
	if p.Alteration == NoAlteration && p.Edited {
		return Retouched
	}
	return p.Alteration
}

// Segment is one piece of a transcript: Text spoken from Start, measured
// from the beginning of the video or stream.
type Segment struct {
	Start time.Duration
	Text  string
}
