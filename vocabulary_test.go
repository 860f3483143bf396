package influencekit

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePlatform(t *testing.T) {
	tests := []struct {
		why   string
		in    string
		want  Platform
		error bool
	}{
		{"canonical lower-case name", "instagram", Instagram, false},
		{"mixed case is accepted", "YouTube", YouTube, false},
		{"upper case is accepted", "TIKTOK", TikTok, false},
		{"the platform's current name", "x", X, false},
		{"the old name still arrives from older systems", "twitter", X, false},
		{"the old name in any case", "Twitter", X, false},
		{"the last declared platform parses", "blog", Blog, false},
		{"unknown round-trips as the explicit zero value", "unknown", UnknownPlatform, false},
		{"empty is not a platform", "", UnknownPlatform, true},
		{"a platform we do not know", "myspace", UnknownPlatform, true},
		{"no trimming: the caller must clean input", " instagram", UnknownPlatform, true},
		{"a prefix is not a match", "insta", UnknownPlatform, true},
		{"long s folds to s in Unicode only: not Instagram", "in\u017Ftagram", UnknownPlatform, true},
		{"the Kelvin sign is not a k: not TikTok", "TI\u212ATO\u212A", UnknownPlatform, true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := ParsePlatform(tt.in)
			if tt.error {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrUnknownPlatform)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		why   string
		in    string
		want  Format
		error bool
	}{
		{"canonical name", "reel", Reel, false},
		{"mixed case", "Story", Story, false},
		{"upper case", "LIVE", Live, false},
		{"the last declared format", "article", Article, false},
		{"unknown round-trips", "Unknown", UnknownFormat, false},
		{"empty is not a format", "", UnknownFormat, true},
		{"plural is not a format name", "reels", UnknownFormat, true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := ParseFormat(tt.in)
			if tt.error {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrUnknownFormat)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseSeverity(t *testing.T) {
	tests := []struct {
		why   string
		in    string
		want  Severity
		error bool
	}{
		{"info is the zero value's name", "info", SeverityInfo, false},
		{"mixed case", "Warning", SeverityWarning, false},
		{"upper case", "ERROR", SeverityError, false},
		{"empty is not a severity", "", SeverityInfo, true},
		{"abbreviations are not accepted", "warn", SeverityInfo, true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := ParseSeverity(tt.in)
			if tt.error {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrUnknownSeverity)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestZeroValues(t *testing.T) {
	var p Platform
	var f Format
	var s Severity
	assert.Equal(t, UnknownPlatform, p, "API.md fixes the zero Platform as UnknownPlatform")
	assert.Equal(t, UnknownFormat, f, "API.md fixes the zero Format as UnknownFormat")
	assert.Equal(t, SeverityInfo, s, "API.md fixes the zero Severity as SeverityInfo")
	assert.True(t, SeverityInfo < SeverityWarning && SeverityWarning < SeverityError, "severities order by how severe")
}

func TestStringOutOfRange(t *testing.T) {
	assert.Equal(t, "platform(200)", Platform(200).String())
	assert.Equal(t, "format(200)", Format(200).String())
	assert.Equal(t, "severity(200)", Severity(200).String())
	_, err := Platform(200).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownPlatform)
	_, err = Format(200).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownFormat)
	_, err = Severity(200).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownSeverity)
}

// TestTextRoundTrip proves every declared value survives JSON, and that the
// listing helpers name every declared value exactly once.
func TestTextRoundTrip(t *testing.T) {
	platforms := append([]Platform{UnknownPlatform}, Platforms()...)
	assert.Len(t, platforms, 12)
	for _, p := range platforms {
		b, err := json.Marshal(p)
		require.NoError(t, err)
		var got Platform
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, p, got, "platform %s", p)
	}
	formats := append([]Format{UnknownFormat}, Formats()...)
	assert.Len(t, formats, 8)
	for _, f := range formats {
		b, err := json.Marshal(f)
		require.NoError(t, err)
		var got Format
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, f, got, "format %s", f)
	}
	for _, s := range []Severity{SeverityInfo, SeverityWarning, SeverityError} {
		b, err := json.Marshal(s)
		require.NoError(t, err)
		var got Severity
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, s, got, "severity %s", s)
	}
}

func TestUnmarshalTextLeavesValueOnError(t *testing.T) {
	p, f, s := Instagram, Reel, SeverityError
	assert.Error(t, p.UnmarshalText([]byte("myspace")))
	assert.Error(t, f.UnmarshalText([]byte("")))
	assert.Error(t, s.UnmarshalText([]byte("fatal")))
	assert.Equal(t, Instagram, p)
	assert.Equal(t, Reel, f)
	assert.Equal(t, SeverityError, s)
}

func TestJSONKeysAndValues(t *testing.T) {
	var got struct {
		Platform Platform `json:"platform"`
		Format   Format   `json:"format"`
		Severity Severity `json:"severity"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"platform":"Twitter","format":"SHORT","severity":"warning"}`), &got))
	assert.Equal(t, X, got.Platform)
	assert.Equal(t, Short, got.Format)
	assert.Equal(t, SeverityWarning, got.Severity)
	b, err := json.Marshal(got)
	require.NoError(t, err)
	assert.JSONEq(t, `{"platform":"x","format":"short","severity":"warning"}`, string(b), "marshaling writes canonical names")
}

func BenchmarkParsePlatform(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParsePlatform("Twitter"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEnumsFoldASCIIOnly: every enum of the library parses through
// internal/enumtext, which folds ASCII letters and nothing else, so
// Unicode's long s and Kelvin sign never stand in for s and k.
func TestEnumsFoldASCIIOnly(t *testing.T) {
	_, err := ParseSeverity("warning")
	require.NoError(t, err)
	for _, in := range []string{"\u212Aelvin", "in\u017Ftagram", "U\u017F", "erro\u0280"} {
		_, err := ParsePlatform(in)
		assert.ErrorIs(t, err, ErrUnknownPlatform, in)
		_, err = ParseSeverity(in)
		assert.ErrorIs(t, err, ErrUnknownSeverity, in)
		_, err = ParseStanding(in)
		assert.ErrorIs(t, err, ErrUnknownStanding, in)
	}
}
