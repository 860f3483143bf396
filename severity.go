package influencekit

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// Severity ranks a finding or problem. The zero value is SeverityInfo, and
// higher values are more severe, so severities compare with < and >.
// Its text form is "info", "warning" or "error"; parsing ignores case.
type Severity uint8

// The severities, least severe first.
const (
	SeverityInfo    Severity = iota // worth knowing; nothing to fix
	SeverityWarning                 // likely a problem; a person should look
	SeverityError                   // breaks a rule; must be fixed
)

// ErrUnknownSeverity is wrapped by errors for text that names no severity.
var ErrUnknownSeverity = errors.New("influencekit: unknown severity")

var severityNames = enumtext.New("severity", ErrUnknownSeverity, []string{"info", "warning", "error"})

// ParseSeverity returns the severity named s ("info", "warning", "error"),
// ignoring case. Any other text, the empty string included, is an error
// wrapping ErrUnknownSeverity.
func ParseSeverity(s string) (Severity, error) {
	i, err := severityNames.Parse(s)
	return Severity(i), err
}

// String returns "info", "warning" or "error", or "severity(N)" for a value
// outside the declared constants.
func (s Severity) String() string { return severityNames.String(uint8(s)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping ErrUnknownSeverity.
func (s Severity) MarshalText() ([]byte, error) { return severityNames.Marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseSeverity's
// rules. On error s is left unchanged.
func (s *Severity) UnmarshalText(text []byte) error {
	v, err := ParseSeverity(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
