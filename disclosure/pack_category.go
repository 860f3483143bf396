package disclosure

import (
	"strconv"
	"strings"
)

// A pack's category lines: what a post may promote in its jurisdiction
// ("category crypto warning \"...\" source=..."), read and checked.

// isCategoryName reports whether s names a restricted category: one a
// product row or a category line may name (not unknown or other).
func isCategoryName(s string) bool {
	c, err := ParseCategory(s)
	return err == nil && c > OtherCategory
}

// restrictedCategoryNames lists the names isCategoryName accepts.
func restrictedCategoryNames() string {
	names := make([]string, 0, categoryNames.Len())
	for c := OtherCategory + 1; int(c) < categoryNames.Len(); c++ {
		names = append(names, c.String())
	}
	return strings.Join(names, ", ")
}

// category reads "category <name> <condition> [followers|form] [text]
// [exemption=... [approval-exempts]] [authority=...] [source=key]": the
// text of a warning, an approval, a notice or a registration number's
// requirement follows the condition, quoted (a notice's after its
// followers threshold, a registration number's after its prefixes and
// digits); a ban may name an exemption the post's data cannot decide, or
// that an approval reference shows; authority= names who states the
// line's rule where it is not the pack's authority (the FCA in the UK
// pack, MiCA in every EU one).
func (r *packReader) category(ws []word, t *termTable) error {
	if len(ws) < 3 || ws[1].key != "" || ws[1].quoted || !isCategoryName(ws[1].text) {
		col := len(r.text)
		if len(ws) > 1 {
			col = ws[1].col
		}
		return r.fail(col, "expected category <%s> <%s>", strings.ReplaceAll(restrictedCategoryNames(), ", ", "|"),
			strings.ReplaceAll(categoryCondWords, ", ", "|"))
	}
	c, _ := ParseCategory(ws[1].text)
	rule := categoryRule{category: c, cond: categoryConds[ws[2].text], source: t.source}
	if rule.cond == 0 || ws[2].key != "" || ws[2].quoted {
		return r.fail(ws[2].col, "expected a condition (%s), found %q", categoryCondWords, ws[2].text)
	}
	rest := ws[3:]
	switch rule.cond {
	case condNotify:
		n, err := r.followersThreshold(rest)
		if err != nil {
			return err
		}
		rule.followers, rest = n, rest[1:]
	case condRegistrationNumber:
		prefixes, digits, err := r.numberForm(rest)
		if err != nil {
			return err
		}
		rule.numberPrefixes, rule.numberDigits, rest = prefixes, digits, rest[2:]
	}
	if what, quoted := categoryTexts[rule.cond]; quoted {
		if len(rest) == 0 || !rest[0].quoted || rest[0].key != "" || strings.TrimSpace(rest[0].text) == "" {
			col := len(r.text)
			if len(rest) > 0 {
				col = rest[0].col
			}
			return r.fail(col, "expected %s, quoted, after %s", what, ws[2].text)
		}
		rule.text, rest = rest[0].text, rest[1:]
	}
	for _, w := range rest {
		switch {
		case w.key == "source":
			if err := r.sourceKey(w); err != nil {
				return err
			}
			rule.source = w.text
		case w.key == "authority" && rule.authority == "" && strings.TrimSpace(w.text) != "":
			rule.authority = w.text
		case w.key == "exemption" && (rule.cond == condBanned || rule.cond == condBannedPaid) && rule.text == "":
			rule.text = w.text
		case w.key == "" && !w.quoted && w.text == "approval-exempts" && rule.text != "" && !rule.approvalExempts:
			rule.approvalExempts = true
		default:
			return r.fail(w.col, "expected exemption=\"...\" (after a ban), approval-exempts (after an exemption), authority=\"...\" (once, not empty) or source=key, found %q", w.text)
		}
	}
	t.categories = append(t.categories, rule)
	return nil
}

// numberForm reads a registration-number line's form, the first two of
// rest: its prefixes, quoted, one to eight ASCII letters each with '|'
// between them ("INA|INH"), and how many digits follow one, 1 to 20.
func (r *packReader) numberForm(rest []word) (prefixes string, digits int, err error) {
	col := len(r.text)
	if len(rest) > 0 {
		col = rest[0].col
	}
	if len(rest) == 0 || !rest[0].quoted || rest[0].key != "" || !numberPrefixesValid(rest[0].text) {
		return "", 0, r.fail(col, "expected the registration number's prefixes after registration-number, quoted, letters with | between them: \"INA|INH\"")
	}
	if len(rest) > 1 {
		col = rest[1].col
	} else {
		col = len(r.text)
	}
	if len(rest) < 2 || rest[1].quoted || rest[1].key != "" {
		return "", 0, r.fail(col, "expected how many digits follow the prefix, 1 to 20")
	}
	n, err := strconv.Atoi(rest[1].text)
	if err != nil || n < 1 || n > 20 || strings.TrimLeft(rest[1].text, "0123456789") != "" {
		return "", 0, r.fail(col, "expected how many digits follow the prefix, 1 to 20, found %q", rest[1].text)
	}
	return rest[0].text, n, nil
}

// numberPrefixesValid reports whether s is one to eight ASCII letters, or
// several such prefixes with '|' between them.
func numberPrefixesValid(s string) bool {
	for p := range strings.SplitSeq(s, "|") {
		if p == "" || len(p) > 8 || strings.TrimFunc(p, func(r rune) bool { return r < 0x80 && isASCIILetter(byte(r)) }) != "" {
			return false
		}
	}
	return true
}

// followersThreshold reads a notify-from line's threshold, the first of
// rest: a whole number of followers from 1 to 10^12, written with digits
// only.
func (r *packReader) followersThreshold(rest []word) (int64, error) {
	if len(rest) == 0 || rest[0].quoted || rest[0].key != "" {
		col := len(r.text)
		if len(rest) > 0 {
			col = rest[0].col
		}
		return 0, r.fail(col, "expected a number of followers after notify-from")
	}
	n, err := strconv.ParseInt(rest[0].text, 10, 64)
	if err != nil || n < 1 || n > 1e12 || strings.TrimLeft(rest[0].text, "0123456789") != "" {
		return 0, r.fail(rest[0].col, "expected a number of followers from 1 to 1000000000000, digits only, found %q", rest[0].text)
	}
	return n, nil
}
