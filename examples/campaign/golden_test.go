package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/golden")

// TestGoldenReports holds the text and Markdown reports on both samples to
// files a reviewer reads: a change to any figure or line shows in the diff.
// go test -run TestGoldenReports -update rewrites them.
func TestGoldenReports(t *testing.T) {
	for _, tt := range []struct {
		why, name string
		args      []string
	}{
		{"the README's main job, with no flags", "sample.txt", nil},
		{"the sample in Markdown", "sample.md", []string{"-format", "markdown"}},
		{"the EUR sample, converted by its rates", "eur.txt", []string{"-f", filepath.Join("testdata", "eur", "campaign.json")}},
	} {
		t.Run(tt.why, func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, 0, runMain(tt.args, &out, &errOut), errOut.String())
			path := filepath.Join("testdata", "golden", tt.name)
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "go test -run TestGoldenReports -update writes it")
			assert.Equal(t, string(want), out.String())
		})
	}
}
