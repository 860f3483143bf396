package disclosure_test

import (
	"errors"
	"fmt"

	"github.com/influencekit/influencekit/disclosure"
)

// A term that cannot stand as a label is refused with a *TermError naming
// the entry and why; errors.Is finds ErrInvalidTerm through it.
func ExampleTermError() {
	_, err := disclosure.NewChecker(disclosure.Options{Terms: []disclosure.Term{
		{Text: "#glowcopartner", Clarity: disclosure.Clear, Connection: disclosure.Paid},
		{Text: "#", Clarity: disclosure.Clear},
	}})
	var te *disclosure.TermError
	if errors.As(err, &te) {
		fmt.Println(te.Index, te.Reason)
	}
	fmt.Println(errors.Is(err, disclosure.ErrInvalidTerm))
	// Output:
	// 1 it cannot stand as a label: it has no word or hashtag with a letter or digit
	// true
}
