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
// (Post.Followers), an offer of a reward for investing among found, a
// registration number the caption and overlays do not show. An
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
		case condRegistrationNumber:
			unmet = sponsored && !showsNumber(p, line.numberPrefixes, line.numberDigits)
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

// showsNumber reports whether the caption or an overlay shows a
// registration number of the form prefixes (letters, '|' between
// alternatives) and digits: a prefix in any case, then exactly that many
// ASCII digits, standing as a word of its own ("SEBI Reg. No.
// INA000012345", "(INH000001234)"). The law asks for the number shown in
// the post: the transcript does not count.
func showsNumber(p *Post, prefixes string, digits int) bool {
	if hasNumber(p.Caption, prefixes, digits) {
		return true
	}
	for _, o := range p.Overlays {
		if hasNumber(o.Text, prefixes, digits) {
			return true
		}
	}
	return false
}

// hasNumber reports whether s holds a registration number of the form
// prefixes and digits (showsNumber), without allocating.
func hasNumber(s, prefixes string, digits int) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) || i > 0 && isASCIIAlnum(s[i-1]) {
			continue
		}
		for rest := prefixes; rest != ""; {
			prefix, after, _ := strings.Cut(rest, "|")
			rest = after
			end := i + len(prefix) + digits
			if end > len(s) || !strings.EqualFold(s[i:i+len(prefix)], prefix) {
				continue
			}
			if strings.TrimLeft(s[i+len(prefix):end], "0123456789") == "" && (end == len(s) || !isASCIIAlnum(s[end])) {
				return true
			}
		}
	}
	return false
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// isASCIIAlnum reports an ASCII letter or digit.
func isASCIIAlnum(b byte) bool { return isASCIILetter(b) || '0' <= b && b <= '9' }

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
