package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	f.Add("\uFEFFcaption;platform;connection\r\n\"Loving it\r\n#ad\";instagram;paid\r\nok;;\r\n", uint8(2))
	f.Add("caption\tbrand\n#ad hi\tGlow Co\textra\n", uint8(0))
	f.Add("caption,connection\n\"Loving it #ad,none\n\"#ad fine\",paid\n", uint8(3))
	f.Add("\uFEFF{\"caption\": \"#ad\"}\n", uint8(1))
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

// FuzzCSVReader reads any input with each delimiter: records start on
// ever later lines (a broken record never takes the lines after it), and
// where encoding/csv reads the input without error (strict quotes, no
// carriage return, which it rewrites), the records and the lines they
// start on are encoding/csv's.
func FuzzCSVReader(f *testing.F) {
	f.Add("a,b\n\"c\nd\",e\n", uint8(0))
	f.Add("\"say \"\"hi\"\"\";x\n\n;\n", uint8(1))
	f.Add("\"open\tb\nc\td\n", uint8(2))
	f.Add("\"Loving it #ad,none\n\"#ad fine\",paid\n", uint8(0))
	f.Add("\"x\r\ny\",z\r\n5\" screen,b\r", uint8(0))
	f.Fuzz(func(t *testing.T, input string, d uint8) {
		comma := csvDelimiters[int(d)%len(csvDelimiters)]
		got := readAllCSV(t, input, comma)
		for i := 1; i < len(got); i++ {
			require.Greater(t, got[i].line, got[i-1].line, "records start on ever later lines: %+v", got)
		}
		if strings.ContainsRune(input, '\r') {
			return
		}
		cr := csv.NewReader(strings.NewReader(input))
		cr.Comma = rune(comma)
		cr.FieldsPerRecord = -1
		var want []csvOutcome
		for {
			rec, err := cr.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return // encoding/csv refuses it: the comparison says nothing
			}
			line, _ := cr.FieldPos(0)
			want = append(want, csvOutcome{line: line, fields: rec})
		}
		assert.Equal(t, want, got)
	})
}
