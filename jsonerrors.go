package influencekit

import "errors"

// The errors of influencekit's strict JSON readers. Each package's reader
// wraps one of these with its own sentinel and message (contract's
// ErrUnknownField reads "contract: unknown field" and wraps
// [ErrUnknownMember]), so a caller that reads several packages' JSON tests
// one set: errors.Is(err, influencekit.ErrUnknownMember).
var (
	// ErrJSONSyntax: the text is not well-formed JSON, or something other
	// than white space follows the value.
	ErrJSONSyntax = errors.New("influencekit: invalid JSON")
	// ErrUnknownMember: an object has a member its reader does not know,
	// including a known name spelled in another case.
	ErrUnknownMember = errors.New("influencekit: unknown JSON member")
	// ErrRepeatedMember: an object names the same member twice.
	ErrRepeatedMember = errors.New("influencekit: repeated JSON member")
	// ErrJSONType: a value has the wrong JSON type (a number where a string
	// belongs, an array where an object belongs), or is not the JSON
	// object a reader wants.
	ErrJSONType = errors.New("influencekit: wrong JSON type")
)

// WrapSentinel returns a sentinel error whose message is text and which
// wraps base, for a package's own sentinel that belongs to one of the
// errors above: errors.Is finds both the package's sentinel and base, and
// the message stays the package's. It is meant for package-level var
// declarations.
func WrapSentinel(text string, base error) error { return &sentinel{text, base} }

// sentinel is an error with its own text that unwraps to a shared one.
type sentinel struct {
	text string
	base error
}

func (s *sentinel) Error() string { return s.text }
func (s *sentinel) Unwrap() error { return s.base }
