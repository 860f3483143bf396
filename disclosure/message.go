package disclosure

import (
	"strconv"
	"strings"
)

// message formats a finding's message or a fix's verb phrase: %s inserts
// the next argument as is, %q quotes it like strconv.Quote, %% is a
// percent sign. It builds the text in a stack buffer and allocates once,
// for the result: findings are made on Check's hot path.
func message(format string, args ...string) string {
	var stack [256]byte
	b := stack[:0]
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
			b = strconv.AppendQuote(b, arg)
		case '%':
			b = append(b, '%')
		default:
			b = append(b, '%', format[i])
		}
	}
	return string(b)
}
