package disclosure

import "github.com/influencekit/influencekit/disclosure/internal/lex"

// scanCaption is scanText with a window of its own, for tests that read a
// caption's scan directly.
func (c *Checker) scanCaption(m *matcher, caption string, brand *brandInfo, found []foundLabel) scan {
	win := lex.GetWindow()
	defer lex.PutWindow(win)
	return c.scanText(m, caption, brand, found, win)
}
