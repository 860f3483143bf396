package influencekit

import "errors"

// Severity ranks a finding or problem. The zero value is [SeverityInfo], and
// higher values are more severe, so severities compare with < and >.
// Its text form is "info", "warning" or "error"; parsing ignores case.
//
//enumgen:names info, warning, error
type Severity uint8

// The severities, least severe first.
const (
	SeverityInfo    Severity = iota // worth knowing; nothing to fix
	SeverityWarning                 // likely a problem; a person should look
	SeverityError                   // breaks a rule; must be fixed
)

// ErrUnknownSeverity is wrapped by errors for text that names no severity.
var ErrUnknownSeverity = errors.New("influencekit: unknown severity")
