package disclosure_test

import (
	"fmt"

	"github.com/influencekit/influencekit/disclosure"
)

// Autofix replaces or moves only a label's own word: a statement naming
// the brand keeps the brand, a denied label stays in its sentence, and an
// e-mail address is never rewritten.
func ExampleAutofix_keepsWords() {
	for _, p := range []disclosure.Post{
		{Caption: "Sponsored by Glow Co. Loving this serum", Brand: "Glow Co", Jurisdiction: disclosure.DE},
		{Caption: "Love it, not #ad"},
		{Caption: "sponsored@glow.co for questions #spon", Jurisdiction: disclosure.UK},
	} {
		fmt.Println(disclosure.Autofix(p))
	}
	// Output:
	// Werbung Sponsored by Glow Co. Loving this serum
	// #ad Love it, not #ad
	// #ad sponsored@glow.co for questions
}
