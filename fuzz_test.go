package influencekit

import (
	"errors"
	"testing"
)

// The fuzz targets check that any text either parses to a declared value that
// marshals back to a name parsing to the same value, or fails with the
// package's sentinel, and never panics.

func FuzzPlatformUnmarshalText(f *testing.F) {
	for _, s := range []string{"instagram", "Twitter", "X", "", "unknown", "myspace", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var p Platform
		if err := p.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrUnknownPlatform) {
				t.Fatalf("error %v does not wrap ErrUnknownPlatform", err)
			}
			return
		}
		text, err := p.MarshalText()
		if err != nil {
			t.Fatalf("parsed %q to %d, which does not marshal: %v", s, p, err)
		}
		var again Platform
		if err := again.UnmarshalText(text); err != nil || again != p {
			t.Fatalf("round trip of %q: got %v, %v", s, again, err)
		}
	})
}

func FuzzFormatUnmarshalText(f *testing.F) {
	for _, s := range []string{"reel", "STORY", "", "unknown", "reels", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v Format
		if err := v.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrUnknownFormat) {
				t.Fatalf("error %v does not wrap ErrUnknownFormat", err)
			}
			return
		}
		text, err := v.MarshalText()
		if err != nil {
			t.Fatalf("parsed %q to %d, which does not marshal: %v", s, v, err)
		}
		var again Format
		if err := again.UnmarshalText(text); err != nil || again != v {
			t.Fatalf("round trip of %q: got %v, %v", s, again, err)
		}
	})
}

func FuzzSeverityUnmarshalText(f *testing.F) {
	for _, s := range []string{"info", "Warning", "ERROR", "", "warn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v Severity
		if err := v.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrUnknownSeverity) {
				t.Fatalf("error %v does not wrap ErrUnknownSeverity", err)
			}
			return
		}
		text, err := v.MarshalText()
		if err != nil {
			t.Fatalf("parsed %q to %d, which does not marshal: %v", s, v, err)
		}
		var again Severity
		if err := again.UnmarshalText(text); err != nil || again != v {
			t.Fatalf("round trip of %q: got %v, %v", s, again, err)
		}
	})
}
