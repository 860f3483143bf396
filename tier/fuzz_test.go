package tier

import (
	"errors"
	"math"
	"testing"
)

func FuzzTierUnmarshalText(f *testing.F) {
	for _, s := range []string{"micro", "MEGA", "", "unranked", "celebrity", "\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v Tier
		if err := v.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrUnknownTier) {
				t.Fatalf("error %v does not wrap ErrUnknownTier", err)
			}
			return
		}
		text, err := v.MarshalText()
		if err != nil {
			t.Fatalf("parsed %q to %d, which does not marshal: %v", s, v, err)
		}
		var again Tier
		if err := again.UnmarshalText(text); err != nil || again != v {
			t.Fatalf("round trip of %q: got %v, %v", s, again, err)
		}
	})
}

// FuzzScaleOf checks that any scale NewScale accepts puts every count in a
// tier whose Range contains it.
func FuzzScaleOf(f *testing.F) {
	f.Add(int64(1_000), int64(10_000), int64(50_000), int64(500_000), int64(1_000_000), int64(42_000))
	f.Add(int64(0), int64(0), int64(0), int64(0), int64(0), int64(-1))
	f.Add(int64(0), int64(0), int64(0), int64(0), int64(math.MaxInt64), int64(math.MaxInt64))
	f.Fuzz(func(t *testing.T, nano, micro, mid, macro, mega, followers int64) {
		s, err := NewScale("fuzz", nano, micro, mid, macro, mega)
		if err != nil {
			return
		}
		got := s.Of(followers)
		if followers < 0 {
			if got != Unranked {
				t.Fatalf("negative count %d is %s", followers, got)
			}
			return
		}
		min, max, ok := s.Range(got)
		if !ok {
			t.Fatalf("%d followers is %s, an empty tier", followers, got)
		}
		if followers < min || (followers >= max && !(got == Mega && followers == math.MaxInt64)) {
			t.Fatalf("%d followers is %s but its range is [%d, %d)", followers, got, min, max)
		}
	})
}

// FuzzScaleUnmarshalJSON: any text either fails with ErrInvalidScale or
// reads a scale that writes and reads back as itself.
func FuzzScaleUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"name":"five-tier"}`,
		`{"name":"mine","floors":{"nano":1,"micro":2,"mid":3,"macro":4,"mega":5}}`,
		`{"name":"mine","name":"x"}`, `{"Name":"standard"}`, `[]`, `null`, ``,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var sc Scale
		if err := sc.UnmarshalJSON([]byte(s)); err != nil {
			if !errors.Is(err, ErrInvalidScale) {
				t.Fatalf("error %v does not wrap ErrInvalidScale", err)
			}
			return
		}
		b, err := sc.MarshalJSON()
		if err != nil {
			t.Fatalf("read %q, which does not marshal: %v", s, err)
		}
		var again Scale
		if err := again.UnmarshalJSON(b); err != nil || again != sc {
			t.Fatalf("round trip of %q: got %v, %v", s, again, err)
		}
	})
}
