package disclosure

import (
	"strings"
)

// message formats a fix's verb phrase or a table's text: %s inserts the
// next argument as is, %q quotes it like strconv.Quote, %% is a percent
// sign. Arguments are strings: a number is written with strconv.Itoa
// first. TestMessageCallSites checks every call in the package (message
// and appendMessage) for a constant format whose verbs are only these
// three and whose %s and %q count the arguments. Findings' messages are
// their rules' templates instead (appendTemplate).
func message(format string, args ...string) string {
	var stack [256]byte
	return string(appendMessage(stack[:0], format, args...))
}

// appendMessage appends message(format, args...) to b. It copies the
// literal text between verbs in runs.
func appendMessage(b []byte, format string, args ...string) []byte {
	next := 0
	for i := 0; i < len(format); i++ {
		if j := strings.IndexByte(format[i:], '%'); j != 0 {
			// Copy the literal text up to the next verb in one go.
			if j < 0 {
				b = append(b, format[i:]...)
				break
			}
			b = append(b, format[i:i+j]...)
			i += j
		}
		if i+1 == len(format) {
			b = append(b, '%')
			continue
		}
		i++
		arg := ""
		if (format[i] == 's' || format[i] == 'q') && next < len(args) {
			arg = args[next]
			next++
		}
		switch format[i] {
		case 's':
			b = append(b, arg...)
		case 'q':
			b = appendQuote(b, arg)
		case '%':
			b = append(b, '%')
		default:
			b = append(b, '%', format[i])
		}
	}
	return b
}
