package disclosure

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// Label is one disclosure label found in a caption, clear or not.
type Label struct {
	Start, End int        // byte offsets into Post.Caption, [Start, End)
	Text       string     // the label as written: Caption[Start:End]
	Clarity    Clarity    // how clearly it discloses, for the post's jurisdiction
	Connection Connection // what it discloses

	utf16 spanShift // the span in UTF-16 code units, for the JSON form: see offsets.go
}

// Clarity grades a disclosure label for a jurisdiction. The zero value is
// UnknownClarity, which Check never reports.
//
// Its text form is the lower-case name ("clear"); parsing ignores case.
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

var clarityNames = enumtext.New("clarity", ErrUnknownClarity, []string{"unknown", "clear", "ambiguous", "vague"})

// ParseClarity returns the clarity named s ("unknown", "clear",
// "ambiguous", "vague"), ignoring case. Any other text, the empty string
// included, is an error wrapping ErrUnknownClarity.
func ParseClarity(s string) (Clarity, error) {
	i, err := clarityNames.Parse(s)
	return Clarity(i), err
}

// String returns the lower-case name of c, or "clarity(N)" for a value
// outside the declared constants.
func (c Clarity) String() string { return clarityNames.String(uint8(c)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping ErrUnknownClarity.
func (c Clarity) MarshalText() ([]byte, error) { return clarityNames.Marshal(uint8(c)) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseClarity's
// rules. On error c is left unchanged.
func (c *Clarity) UnmarshalText(text []byte) error {
	v, err := ParseClarity(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Connection is the material connection a label discloses. The zero value
// is UnknownConnection: a label such as "#collab" that does not say which.
//
// Its text form is the lower-case name ("paid"); parsing ignores case.
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

var connectionNames = enumtext.New("connection", ErrUnknownConnection, []string{"unknown", "paid", "gift", "affiliate", "none"})

// ParseConnection returns the connection named s ("unknown", "paid",
// "gift", "affiliate", "none"), ignoring case. Any other text, the empty string
// included, is an error wrapping ErrUnknownConnection.
func ParseConnection(s string) (Connection, error) {
	i, err := connectionNames.Parse(s)
	return Connection(i), err
}

// String returns the lower-case name of c, or "connection(N)" for a value
// outside the declared constants.
func (c Connection) String() string { return connectionNames.String(uint8(c)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping ErrUnknownConnection.
func (c Connection) MarshalText() ([]byte, error) { return connectionNames.Marshal(uint8(c)) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseConnection's
// rules. On error c is left unchanged.
func (c *Connection) UnmarshalText(text []byte) error {
	v, err := ParseConnection(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
