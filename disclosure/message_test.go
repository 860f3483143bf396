package disclosure

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMessageMatchesFmt(t *testing.T) {
	rows := []struct {
		why, format string
		args        []string
	}{
		{why: "quoted and plain arguments", format: "the label %q comes after %s text", args: []string{"#ad", "other"}},
		{why: "quoting escapes like %q", format: "%q", args: []string{"#a\u200bd \"x\""}},
		{why: "a literal percent", format: "100%% of %s", args: []string{"it"}},
		{why: "no arguments", format: "plain", args: nil},
		{why: "verbs next to each other", format: "%q%s%%%q", args: []string{"a", "b", "c"}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			args := make([]any, len(row.args))
			for i, a := range row.args {
				args[i] = a
			}
			assert.Equal(t, fmt.Sprintf(row.format, args...), message(row.format, row.args...))
		})
	}
	assert.Equal(t, "%z", message("%z"), "an unknown verb is kept")
	assert.Equal(t, "x %", message("x %"), "a final percent is kept")
	assert.Equal(t, "a ", message("a %s"), "a missing argument is empty")
}
