package disclosure

import (
	"strings"
	"unicode"
)

// What a post promotes. A post declares its [Category], or Check reads it
// from the post's text: the first product word (a pack's product rows:
// "vape", "casino", "botox", "staking"...) of the caption, else of the
// first overlay that shows one, else of the first transcript segment that
// says one. A declared category always wins. Each pack's category lines
// say what the jurisdiction bars or conditions for a category, and
// prohibited-promotion and restricted-promotion report the lines a post
// does not meet.

// unmetCategoryLines returns the indexes of t's category lines for c that
// p does not meet, at most four, and how many: a ban (for a sponsored
// post, or any post), adults only without Post.AgeGated, a warning the
// post does not carry, an approval it does not record (Post.Approval),
// a follower count that makes its campaign one to notify
// (Post.Followers), an offer of a reward for investing among found. An
// organic post (NoConnection) meets every line but an outright ban.
func unmetCategoryLines(t *termTable, c Category, p *Post, found []foundLabel) (hits [4]int16, n uint8) {
	sponsored := p.Connection != NoConnection
	for i, line := range t.categories {
		if line.category != c || int(n) == len(hits) {
			continue
		}
		unmet := false
		switch line.cond {
		case condBanned:
			unmet = !(line.approvalExempts && strings.TrimSpace(p.Approval) != "")
		case condBannedPaid:
			unmet = sponsored && !(line.approvalExempts && strings.TrimSpace(p.Approval) != "")
		case condAdultsOnly:
			unmet = sponsored && !p.AgeGated
		case condWarning:
			unmet = sponsored && !saysWarning(p, line.text)
		case condApproval:
			unmet = sponsored && strings.TrimSpace(p.Approval) == ""
		case condNotify:
			unmet = sponsored && p.Followers >= line.followers
		case condNoInducement:
			unmet = sponsored && inducementAt(found) >= 0
		}
		if unmet {
			hits[n] = int16(i)
			n++
		}
	}
	return hits, n
}

// inducementAt returns the index in found of the first offer of a reward
// for investing (an inducement row), or -1.
func inducementAt(found []foundLabel) int32 {
	for i := range found {
		if found[i].kind == termInducement {
			return int32(i)
		}
	}
	return -1
}

// saysWarning reports whether the caption, an overlay or the transcript
// carries warning, compared without regard to case, spacing or the
// punctuation that ends it: the law words the warning, so its words must
// be there, in order.
func saysWarning(p *Post, warning string) bool {
	want := foldWarning(warning)
	if want == "" {
		return true
	}
	if strings.Contains(foldWarning(p.Caption), want) {
		return true
	}
	for _, o := range p.Overlays {
		if strings.Contains(foldWarning(o.Text), want) {
			return true
		}
	}
	for _, s := range p.Transcript {
		if strings.Contains(foldWarning(s.Text), want) {
			return true
		}
	}
	return false
}

// foldWarning lower-cases s, turns every run of spaces into one space,
// writes typographic apostrophes as "'" and drops the final punctuation.
func foldWarning(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u2019':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimRight(b.String(), ".!")
}
