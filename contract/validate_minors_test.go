package contract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAgeOn(t *testing.T) {
	tests := []struct {
		why       string
		birth, on string
		want      int
	}{
		{"the day before the birthday", "2008-03-02", "2026-03-01", 17},
		{"on the birthday", "2008-03-02", "2026-03-02", 18},
		{"a 29 February birthday is reached on 1 March", "2008-02-29", "2026-02-28", 17},
		{"and on 1 March", "2008-02-29", "2026-03-01", 18},
		{"and on 29 February in a leap year", "2008-02-29", "2028-02-29", 20},
		{"born after the day", "2027-01-01", "2026-01-01", -1},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, ageOn(MustParseDate(tt.birth), MustParseDate(tt.on)))
		})
	}
}

// TestMinorLawsAreComplete checks every row of the minors' table: a place
// in ISO form, one duty, a statute named for messages and a SOURCES.md key.
func TestMinorLawsAreComplete(t *testing.T) {
	for _, law := range minorLaws {
		assert.True(t, validCountry(law.place) || validRegion(law.place), "%s: place", law.place)
		assert.True(t, (law.setAsideUnder > 0) != (law.bannedUnder > 0), "%s: one duty", law.place)
		assert.NotEmpty(t, law.statute, law.place)
		assert.NotEmpty(t, law.source, law.place)
		assert.Less(t, max(law.setAsideUnder, law.bannedUnder), adultAge+1, law.place)
	}
}

func TestInEurope(t *testing.T) {
	for _, code := range []string{"FR", "DE", "IE", "NO", "CH", "IS", "LI"} {
		assert.True(t, inEurope(code), code)
	}
	for _, code := range []string{"US", "GB", "AE", "", "F", "R ", "FRA"} {
		assert.False(t, inEurope(code), code)
	}
}
