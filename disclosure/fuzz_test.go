package disclosure_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// FuzzCheck feeds Check any bytes, brand, platform, jurisdiction and
// transcript and asserts: no panic; spans inside the caption (or the
// transcript segment) and on UTF-8 boundaries (as utf8.DecodeRuneInString
// steps, so invalid bytes count one each); findings sorted; Check
// deterministic; Autofix idempotent; the caption's NFC and NFD forms
// (golang.org/x/text/unicode/norm) get the same verdict and labels
// (issue 12).
//
// The transcript is the text split at newlines into segments, step
// seconds apart (a negative step makes them run backwards), as a live
// stream when live is set, lasting duration seconds.
func FuzzCheck(f *testing.F) {
	for _, row := range captionRows() {
		p := row.post
		f.Add(p.Caption, p.Brand, uint8(p.Platform), uint8(p.Jurisdiction), p.Edited, "", int16(0), false, uint16(0))
	}
	for _, row := range jurisdictionRows() {
		p := row.post
		f.Add(p.Caption, p.Brand, uint8(p.Platform), uint8(p.Jurisdiction), p.Edited, "", int16(0), false, uint16(0))
	}
	f.Add("#a\u200b\u200bd\xff＃ＡＤ#ad#", "Glow Co", uint8(influencekit.Instagram), uint8(0), true, "", int16(0), false, uint16(0))
	f.Add("#ad", "Glow Co", uint8(influencekit.YouTube), uint8(0), false, "hi\nthis video is sponsored by Glow Co\nbye", int16(20), false, uint16(0))
	f.Add("#ad", "", uint8(influencekit.Twitch), uint8(0), false, "Ad: paid by @glowco\nchat\nchat\nthis is an ad", int16(600), true, uint16(3600))
	f.Add("Werbung", "", uint8(influencekit.YouTube), uint8(2), false, "Werbung\n\xff\u200b", int16(-5), true, uint16(0))
	f.Add("Publicite\u0301 ma crème", "", uint8(influencekit.Instagram), uint8(3), false, "", int16(0), false, uint16(0))
	f.Add("=\u0338 #ad Pubblicita\u0300", "", uint8(influencekit.Instagram), uint8(5), false, "", int16(0), false, uint16(0))
	f.Add("#Partenariat_Re\u0301mune\u0301re\u0301 #glow-co-partner #ad-free #_ #-a", "Glöw Co", uint8(influencekit.Instagram), uint8(3), false, "", int16(0), false, uint16(0))
	f.Fuzz(func(t *testing.T, caption, brand string, platform, jurisdiction uint8, edited bool, spoken string, step int16, live bool, duration uint16) {
		p := disclosure.Post{
			Caption: caption, Brand: brand, Edited: edited,
			Platform:     influencekit.Platform(platform % 13),
			Jurisdiction: disclosure.Jurisdiction(jurisdiction % 9),
			Duration:     time.Duration(duration) * time.Second,
		}
		if live {
			p.Format = influencekit.Live
		}
		if spoken != "" {
			for i, text := range strings.Split(spoken, "\n") {
				p.Transcript = append(p.Transcript, disclosure.Segment{Start: time.Duration(i) * time.Duration(step) * time.Second, Text: text})
			}
		}
		r := disclosure.Check(p)
		assertWellFormed(t, p, r)
		require.Equal(t, r, disclosure.Check(p), "deterministic")
		fixed := disclosure.Autofix(p)
		again := p
		again.Caption = fixed
		assert.Equal(t, fixed, disclosure.Autofix(again), "Autofix idempotent on %q", caption)
		if utf8.ValidString(caption) {
			assertCanonical(t, p)
		}
	})
}
