package contract

import (
	"errors"
	"strings"
)

// Errors that [Parse] wraps in a *ParseError. Errors from the enum and money
// parsers (influencekit.ErrUnknownPlatform, influencekit.ErrUnknownFormat,
// [ErrUnknownCadence], disclosure's jurisdiction error, pricing's amount and
// currency errors, [ErrMalformedDate]) are wrapped the same way, so
// errors.Is finds every one of them.
var (
	// ErrSyntax: the input is not well-formed JSON.
	ErrSyntax = errors.New("contract: invalid JSON")
	// ErrUnknownField: an object has a member the shape does not define.
	// Names are matched exactly, case included.
	ErrUnknownField = errors.New("contract: unknown field")
	// ErrDuplicateField: an object names the same member twice.
	ErrDuplicateField = errors.New("contract: duplicate field")
	// ErrWrongType: a value has the wrong JSON type (a number where a
	// string belongs, an array where an object belongs).
	ErrWrongType = errors.New("contract: wrong JSON type")
	// ErrMalformedNumber: a count is not a whole number that fits in an
	// int64.
	ErrMalformedNumber = errors.New("contract: malformed number")
	// ErrMalformedAmount: a money amount or a percentage is not a decimal
	// number, or a money object lacks its amount or currency.
	ErrMalformedAmount = errors.New("contract: malformed amount")
	// ErrTrailingData: something other than white space follows the
	// contract object.
	ErrTrailingData = errors.New("contract: trailing data")
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
