package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// FuzzRun feeds captionlint any input, as plain lines and as JSON lines,
// and CSV, with and without -json and -fix: it never panics, exits 0, 1
// or 2, and writes to stderr only its summary unless the status is 2.
func FuzzRun(f *testing.F) {
	f.Add("Loving this serum #ad\n#ad fine\n", uint8(0))
	f.Add("{\"caption\": \"thanks @glowco\", \"brand\": \"Glow Co\", \"platform\": \"tiktok\"}\n", uint8(1))
	f.Add("{\"caption\": \n\xff#a\u200bd", uint8(2))
	f.Add("{\"caption\": \"#ad\", \"format\": \"live\", \"duration\": 3600, \"transcript\": [{\"start\": 12.5, \"text\": \"this is an ad\"}]}\n", uint8(1))
	f.Add("caption,platform,connection\n\"#ad, hi\",instagram,paid\nbad,myspace,\n\"unclosed", uint8(2))
	f.Fuzz(func(t *testing.T, input string, mode uint8) {
		args := [][]string{nil, {"-json"}, {"-fix"}, {"-platform", "instagram", "-brand", "Glow Co"}, {"-jurisdiction", "FR"}}[mode%5]
		var out, errOut bytes.Buffer
		status := run(args, env{stdin: strings.NewReader(input), stdout: &out, stderr: &errOut})
		assert.Contains(t, []int{exitClean, exitFindings, exitUsage}, status)
		lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
		assert.True(t, strings.HasPrefix(lines[len(lines)-1], "captionlint: "), "a summary ends stderr: %q", errOut.String())
		if status != exitUsage {
			assert.Len(t, lines, 1, "only the summary when every line was read: %q", errOut.String())
		}
	})
}
