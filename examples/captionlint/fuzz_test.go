package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// FuzzRun feeds captionlint any input, as plain lines and as JSON lines,
// with and without -json and -fix: it never panics, exits 0, 1 or 2, and
// writes to stderr only for exit status 2.
func FuzzRun(f *testing.F) {
	f.Add("Loving this serum #ad\n#ad fine\n", uint8(0))
	f.Add("{\"caption\": \"thanks @glowco\", \"brand\": \"Glow Co\", \"platform\": \"tiktok\"}\n", uint8(1))
	f.Add("{\"caption\": \n\xff#a\u200bd", uint8(2))
	f.Add("{\"caption\": \"#ad\", \"format\": \"live\", \"duration\": 3600, \"transcript\": [{\"start\": 12.5, \"text\": \"this is an ad\"}]}\n", uint8(1))
	f.Fuzz(func(t *testing.T, input string, mode uint8) {
		args := [][]string{nil, {"-json"}, {"-fix"}, {"-platform", "instagram", "-brand", "Glow Co"}, {"-jurisdiction", "FR"}}[mode%5]
		var out, errOut bytes.Buffer
		status := run(args, strings.NewReader(input), &out, &errOut)
		assert.Contains(t, []int{exitClean, exitFindings, exitUsage}, status)
		if status != exitUsage {
			assert.Empty(t, errOut.String())
		}
	})
}
