package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWalk walks testdata/walkmod, whose path is known: Run (run.go), first
// (first.go), the lexer's two files, second and helper (second.go), other
// (first.go again), tail (run.go again). Calls through an interface or a
// func value are not followed.
func TestWalk(t *testing.T) {
	cases := []struct {
		why       string
		opts      options
		files     []string
		returns   int
		functions int
	}{
		{
			why:   "the lexer's package read as one unit",
			opts:  options{units: []string{"pipeline/lexer"}},
			files: []string{"pipeline/run.go", "pipeline/first.go", "pipeline/lexer/", "pipeline/second.go", "pipeline/first.go", "pipeline/run.go"},
			// first.go (other) and run.go (tail) are each come back to.
			returns: 2, functions: 8,
		},
		{
			why:     "each file of the lexer a stay of its own",
			files:   []string{"pipeline/run.go", "pipeline/first.go", "pipeline/lexer/token.go", "pipeline/lexer/length.go", "pipeline/second.go", "pipeline/first.go", "pipeline/run.go"},
			returns: 2, functions: 8,
		},
		{
			why:   "only calls into -within followed: Run is read, then the lexer it calls itself",
			opts:  options{within: "pipeline/lexer", units: []string{"pipeline/lexer"}},
			files: []string{"pipeline/run.go", "pipeline/lexer/"}, returns: 0, functions: 3,
		},
		{
			why:  "coming back to the caller's file counts with -back",
			opts: options{back: true, units: []string{"pipeline/lexer"}},
			files: []string{"pipeline/run.go", "pipeline/first.go", "pipeline/lexer/", "pipeline/first.go", "pipeline/run.go",
				"pipeline/second.go", "pipeline/run.go", "pipeline/first.go", "pipeline/run.go"},
			returns: 5, functions: 8,
		},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			w, err := walkFrom("testdata/walkmod", "pipeline.Run", c.opts)
			require.NoError(t, err)
			var files []string
			for _, s := range w.stays {
				files = append(files, s.file)
			}
			assert.Equal(t, c.files, files)
			assert.Equal(t, c.returns, w.returns())
			assert.Equal(t, c.functions, w.functions)
		})
	}
}

// TestWalkNamesTheFunctionsOfAStay: -funcs lists what a stay reads.
func TestWalkNamesTheFunctionsOfAStay(t *testing.T) {
	w, err := walkFrom("testdata/walkmod", "pipeline.Run", options{units: []string{"pipeline/lexer"}})
	require.NoError(t, err)
	require.Len(t, w.stays, 6)
	assert.Equal(t, []string{"example.com/walkmod/pipeline.second", "example.com/walkmod/pipeline.helper"}, w.stays[3].funcs)
	assert.Equal(t, []string{"example.com/walkmod/pipeline/lexer.Token", "example.com/walkmod/pipeline/lexer.length"}, w.stays[2].funcs)
}

// TestWalkErrors: a start that names nothing is an error.
func TestWalkErrors(t *testing.T) {
	for _, start := range []string{"pipeline", "pipeline.Missing", "pipeline.square.missing"} {
		_, err := walkFrom("testdata/walkmod", start, options{})
		assert.Error(t, err, start)
	}
}
