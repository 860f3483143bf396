package contract_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
)

// BenchmarkParseValidate parses and validates testdata/complete.json, a
// typical two-deliverable contract with every section (about 2 KB).
func BenchmarkParseValidate(b *testing.B) {
	data, err := os.ReadFile("testdata/complete.json")
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		c, err := contract.Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		if ps := c.Validate(); len(ps) != 0 {
			b.Fatal(ps)
		}
	}
}

// BenchmarkRender renders the same contract to Markdown.
func BenchmarkRender(b *testing.B) {
	data, err := os.ReadFile("testdata/complete.json")
	require.NoError(b, err)
	c, err := contract.Parse(data)
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		if err := contract.Render(io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse and BenchmarkValidate split BenchmarkParseValidate in two.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/complete.json")
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := contract.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	c := complete(b)
	b.ReportAllocs()
	for b.Loop() {
		if ps := c.Validate(); len(ps) != 0 {
			b.Fatal(ps)
		}
	}
}

// BenchmarkEncodingJSONTokens only walks the same document with
// encoding/json's Decoder.Token (UseNumber), building nothing: the approach
// Parse's own reader replaced, kept as the baseline it is measured against
// in the same binary.
func BenchmarkEncodingJSONTokens(b *testing.B) {
	data, err := os.ReadFile("testdata/complete.json")
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}
