package disclosure

import "errors"

// Label is one disclosure label found in a caption, clear or not.
//
// How labels are found. A caption is read once, left to right, into tokens: words (with inner
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
// "Publicité", its span the original bytes. A hashtag is read further
// folded, since tags cannot hold spaces and are typed in a hurry: its
// accents come off and '_' or '-' between its words is dropped, so
// "#partenariat_remunere" and "#Paid-Partnership" are the labels
// "#partenariatrémunéré" and "#paidpartnership", "#glow_co_partner" is a
// partner tag of Glow Co, and "#ad-free" is one tag, not "#ad". A short label word glued to
// another by "/" or a dash is part of that word: "AD/HD" and "Ad/Vert"
// hold no label, "Ad / news" does. Labels match whole tokens and multi-word phrases ("paid
// partnership with @glowco", "Ad:", "sponsored by"), longest first: "made",
// "read", "bad", "ad-free", "#adventure" and "#adidas" are never "#ad", and
// "not sponsored" is not "sponsored". Label words that are also ordinary
// words ("Advertisement", "Sponsored", "Werbung", "Anzeige", "publicité")
// count where the regulators put them: first on a line (after nothing but
// punctuation or emoji), as a sentence of their own ("New drop.
// Sponsored."), closing the text after a comma ("Meine neue Creme,
// Werbung": a late label, not a missing one, per de-leitfaden (die
// medienanstalten, "Leitfaden der Medienanstalten: Werbekennzeichnung bei
// Online-Medien")), followed
// by ":", "-" or "|", in brackets, as a hashtag, or
// in a phrase ("sponsored by", "This video is sponsored"); "I saw an
// advertisement for this serum" holds no label. A hashtag is always in a
// label's position: "#SP Widget" is the vague "#sp", since no rule can
// tell an abbreviation from the label. The terms are data, one pack per
// jurisdiction, compiled once and shared by every [Checker]; no regular
// expression runs per term.
type Label struct {
	Start, End int        // byte offsets into Post.Caption, [Start, End)
	Text       string     // the label as written: Caption[Start:End]
	Clarity    Clarity    // how clearly it discloses, for the post's jurisdiction
	Connection Connection // what it discloses
	// Source is the SOURCES.md key of the guidance that grades the label
	// for the post's jurisdiction ("ftc-101" (FTC, "Disclosures 101 for
	// Social Media Influencers") for a US label); see [LookupSource]. Empty
	// for a term a team added ([Options].Terms).
	Source string
	// StartUTF16 and EndUTF16 are the span in UTF-16 code units, as in
	// [Finding]: both 0 means not counted.
	StartUTF16, EndUTF16 int
}

// Clarity grades a disclosure label for a jurisdiction. The zero value is
// UnknownClarity, which Check never reports.
//
// Its text form is the lower-case name ("clear"); parsing ignores case.
//
//enumgen:names unknown, clear, ambiguous, vague
type Clarity uint8

// The clarities, from unset to least clear.
const (
	UnknownClarity Clarity = iota // not set
	Clear                         // followers understand it as a disclosure
	Ambiguous                     // a disclosure attempt the jurisdiction calls risky
	Vague                         // inadequate on its own (US: #spon, #collab, #thanks)
)

// ErrUnknownClarity is wrapped by errors for text that names no clarity.
var ErrUnknownClarity = errors.New("disclosure: unknown clarity")

// Connection is the material connection a label discloses. The zero value
// is UnknownConnection: a label such as "#collab" that does not say which.
//
// Its text form is the lower-case name ("paid"); parsing ignores case.
//
//enumgen:names unknown, paid, gift, affiliate, none
type Connection uint8

// The connections.
const (
	UnknownConnection Connection = iota // the label does not say
	Paid                                // the creator is paid: #ad, #sponsored, "Paid partnership with <brand>"
	Gift                                // the creator got the product free: "Thanks to <brand> for the free product"
	Affiliate                           // the creator earns a commission on sales through their links
	NoConnection                        // declared on a Post only: no material connection (an organic post); text "none"
)

// ErrUnknownConnection is wrapped by errors for text that names no
// connection.
var ErrUnknownConnection = errors.New("disclosure: unknown connection")
