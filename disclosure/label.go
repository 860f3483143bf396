package disclosure

import "errors"

// Label is one disclosure label found in a caption, clear or not.
type Label struct {
	Start, End int        // byte offsets into Post.Caption, [Start, End)
	Text       string     // the label as written: Caption[Start:End]
	Clarity    Clarity    // how clearly it discloses, for the post's jurisdiction
	Connection Connection // what it discloses
	// Source is the SOURCES.md key of the guidance that grades the label
	// for the post's jurisdiction ("ftc-101"); see [LookupSource]. Empty
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
