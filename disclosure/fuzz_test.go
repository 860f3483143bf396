package disclosure_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// FuzzCheck feeds Check any bytes, brand, platform and jurisdiction and
// asserts: no panic; spans inside the caption and on UTF-8 boundaries
// (as utf8.DecodeRuneInString steps, so invalid bytes count one each);
// findings sorted; Check deterministic; Autofix idempotent.
func FuzzCheck(f *testing.F) {
	for _, row := range captionRows() {
		p := row.post
		f.Add(p.Caption, p.Brand, uint8(p.Platform), uint8(p.Jurisdiction), p.Edited)
	}
	f.Add("#a\u200b\u200bd\xff＃ＡＤ#ad#", "Glow Co", uint8(influencekit.Instagram), uint8(0), true)
	f.Fuzz(func(t *testing.T, caption, brand string, platform, jurisdiction uint8, edited bool) {
		p := disclosure.Post{
			Caption: caption, Brand: brand, Edited: edited,
			Platform:     influencekit.Platform(platform % 13),
			Jurisdiction: disclosure.Jurisdiction(jurisdiction % 9),
		}
		r := disclosure.Check(p)
		assertWellFormed(t, p, r)
		require.Equal(t, r, disclosure.Check(p), "deterministic")
		fixed := disclosure.Autofix(p)
		again := p
		again.Caption = fixed
		assert.Equal(t, fixed, disclosure.Autofix(again), "Autofix idempotent on %q", caption)
	})
}
