package main

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// FuzzLoadCampaign: the campaign-file reader never panics; its errors
// name the file, and a line in it that exists; the contracts of a
// campaign it accepts read or fail with an error that names the file.
// (Building the report is left out: it costs milliseconds an input, and
// the sections are tested on the samples and the table tests.)
//
// The seeds are small campaigns: mutating the 20 KB sample makes a
// fuzzing worker spend its time minimizing, and the samples are read by
// every other test.
func FuzzLoadCampaign(f *testing.F) {
	for _, seed := range []string{
		strings.NewReplacer("CONTRACT", `, "contract": `+inlineContract, "RATES", `, "exchange_rates": [{"from": "EUR", "to": "USD", "rate": "1.0842"}]`, "FEE", `{"amount": "1.00", "currency": "EUR"}`).Replace(minimalCampaign),
		`{"name": "x", "creators": [{"contract": {"term": {"start": 1}}}]}`,
		`{"creators": [{"contract": "../../../etc/passwd"}]}`,
		`{"creators": [{"followers": -1}]}`,
		`{"exchange_rates": [{"from": "EUR", "to": "USD", "rate": "-1"}], "creators": [{}]}`,
		"{\n  \"creators\": [",
		`[]`,
	} {
		f.Add([]byte(seed))
	}
	at := regexp.MustCompile(`^fuzz\.json:(\d+):(\d+): `)
	f.Fuzz(func(t *testing.T, data []byte) {
		// Contracts named by path are not read: a fuzzer must not read
		// the disk.
		src := campaignSource{name: "fuzz.json", read: func(rel string) ([]byte, string, error) {
			return nil, rel, os.ErrNotExist
		}}
		c, err := loadCampaignData(data, src)
		if err != nil {
			msg := err.Error()
			if !strings.HasPrefix(msg, "fuzz.json") {
				t.Fatalf("the error does not name the file: %q", msg)
			}
			if m := at.FindStringSubmatch(msg); m != nil {
				lines := bytes.Count(data, []byte("\n")) + 1
				if n, _ := strconv.Atoi(m[1]); n < 1 || n > lines {
					t.Fatalf("line %d of a %d-line file: %q", n, lines, msg)
				}
			}
			return
		}
		if len(c.Creators) == 0 {
			t.Fatal("a campaign without creators was accepted")
		}
		// Each creator's contract reads or fails without panicking, its
		// error named at the file.
		for i := range c.Creators {
			if _, _, err := c.contractOf(i); err != nil && !strings.Contains(err.Error(), "fuzz.json") && !strings.Contains(err.Error(), "file does not exist") {
				t.Fatalf("creator %d: the contract error names no file: %v", i, err)
			}
		}
	})
}
