package contract

import (
	"errors"
	"strings"

	"github.com/influencekit/influencekit"
)

// Errors that [Parse] wraps in a *ParseError. Errors from the enum and money
// parsers (influencekit.ErrUnknownPlatform, influencekit.ErrUnknownFormat,
// [ErrUnknownCadence], disclosure's jurisdiction error, pricing's amount and
// currency errors, [ErrMalformedDate]) are wrapped the same way, so
// errors.Is finds every one of them.
//
// The four JSON sentinels wrap the ones every package's reader shares, so
// errors.Is(err, influencekit.ErrUnknownMember) holds for a contract's
// unknown field as for any other package's unknown member.
var (
	// ErrSyntax: the input is not well-formed JSON. It wraps
	// [influencekit.ErrJSONSyntax].
	ErrSyntax = influencekit.WrapSentinel("contract: invalid JSON", influencekit.ErrJSONSyntax)
	// ErrUnknownField: an object has a member the shape does not define.
	// Names are matched exactly, case included. It wraps
	// [influencekit.ErrUnknownMember].
	ErrUnknownField = influencekit.WrapSentinel("contract: unknown field", influencekit.ErrUnknownMember)
	// ErrDuplicateField: an object names the same member twice. It wraps
	// [influencekit.ErrRepeatedMember].
	ErrDuplicateField = influencekit.WrapSentinel("contract: duplicate field", influencekit.ErrRepeatedMember)
	// ErrWrongType: a value has the wrong JSON type (a number where a
	// string belongs, an array where an object belongs). It wraps
	// [influencekit.ErrJSONType].
	ErrWrongType = influencekit.WrapSentinel("contract: wrong JSON type", influencekit.ErrJSONType)
	// ErrMalformedNumber: a count is not a whole number that fits in an
	// int64.
	ErrMalformedNumber = errors.New("contract: malformed number")
	// ErrMalformedAmount: a money amount or a percentage is not a decimal
	// number, or a money object lacks its amount or currency.
	ErrMalformedAmount = errors.New("contract: malformed amount")
	// ErrTrailingData: something other than white space follows the
	// contract object. It wraps [influencekit.ErrJSONSyntax].
	ErrTrailingData = influencekit.WrapSentinel("contract: trailing data", influencekit.ErrJSONSyntax)
)

// ParseError is the error [Parse] returns. Path is the JSON path of the
// offending value ("payment.schedule[1].due"), empty for the document
// itself. Offset is the byte offset in the input where reading stopped:
// at the offending byte for ErrSyntax and ErrTrailingData, just after the
// offending value or member name otherwise. Err wraps one of the
// sentinels above.
type ParseError struct {
	Path   string
	Offset int64
	Err    error
}

// Error returns "contract: <path>: <what is wrong>".
func (e *ParseError) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), "contract: ")
	if e.Path == "" {
		return "contract: " + msg
	}
	return "contract: " + e.Path + ": " + msg
}

// Unwrap returns the underlying error, which wraps a sentinel.
func (e *ParseError) Unwrap() error { return e.Err }
