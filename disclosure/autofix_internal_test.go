package disclosure

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// TestAppendPlainTextEveryRune checks appendPlainText's shortcut for
// all-ASCII decompositions against norm's NFKC on every rune: each
// stylized rune is replaced by exactly its NFKC form.
func TestAppendPlainTextEveryRune(t *testing.T) {
	var scratch [lex.RuneScratch]byte
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		fr := lex.ReadRune(s, 0, &scratch)
		if fr.Class() == lex.ClassInvisible || !fr.Altered() {
			continue
		}
		if got, want := string(appendPlainText(nil, s)), norm.NFKC.String(s); got != want {
			t.Fatalf("appendPlainText(%U) = %q, NFKC is %q", r, got, want)
		}
	}
}
