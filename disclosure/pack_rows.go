package disclosure

import (
	"fmt"
	"slices"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// This file reads a pack's rows (label, not-label, denial, negation,
// answer, opener, editing, claim, cue, trailing, brand-tag, fold) and its
// includes of shared rows files.

// rowKinds maps a row's first word to its kind.
var rowKinds = map[string]termKind{
	"label": termLabel, "not-label": termNotLabel, "editing": termEditing, "claim": termClaim, "cue": termCue, "ai": termAI, "product": termProduct, "incentive": termIncentive,
	"inducement": termInducement, "denial": termDenial, "negation": termNegation, "answer": termAnswer, "opener": termOpener,
}

// positionWords maps a position word to its termPosition.
var positionWords = map[string]termPosition{
	"line-start": lineStart, "after-purchase": afterPurchase, "creator-voice": creatorVoice, "same-line": sameLine,
}

// clarityWords and connectionWords map the words a row grades with.
var (
	clarityWords    = map[string]Clarity{"clear": Clear, "ambiguous": Ambiguous, "vague": Vague}
	connectionWords = map[string]Connection{"paid": Paid, "gift": Gift, "affiliate": Affiliate}
)

// row reads a row line whose first word ws[0] is a row kind or
// "trailing", appending its rows to out.
func (r *packReader) row(ws []word, out []termRow) ([]termRow, error) {
	if len(ws) < 2 || !ws[1].quoted || ws[1].key != "" {
		col := len(r.text)
		if len(ws) > 1 {
			col = ws[1].col
		}
		return nil, r.fail(col, "expected a quoted pattern after %q", ws[0].text)
	}
	row := termRow{pattern: ws[1].text, kind: rowKinds[ws[0].text]}
	if err := checkPattern(row.pattern); err != nil {
		return nil, r.fail(ws[1].col, "%s", strings.TrimPrefix(err.Error(), errBadPattern.Error()+" "))
	}
	var seen map[string]bool
	once := func(w word, what string) error {
		if seen[what] {
			return r.fail(w.col, "a second %s", what)
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[what] = true
		return nil
	}
	isLabel := row.kind == termLabel || ws[0].text == "trailing"
	for _, w := range ws[2:] {
		if w.key == "" && w.quoted {
			return nil, r.fail(w.col, "expected a word or key=value, found a quoted string")
		}
		var err error
		switch k := w.key; {
		case k == "lang":
			err = once(w, "lang")
			row.lang = w.text
			if err == nil && !isLanguageCode(w.text) {
				err = r.fail(w.col, "expected an ISO 639-1 code of two lower-case letters, found %q", w.text)
			}
		case k == "source":
			err = once(w, "source")
			row.source = w.text
			if err == nil {
				err = r.sourceKey(w)
			}
		case k == "fix":
			err = once(w, "fix")
			row.fix = w.text
		case k != "":
			err = r.fail(w.col, "expected lang=, source= or fix=, found %q", k+"=")
		case clarityWords[w.text] != UnknownClarity && isLabel:
			err = once(w, "clarity")
			row.clarity = clarityWords[w.text]
		case connectionWords[w.text] != UnknownConnection && isLabel:
			err = once(w, "connection")
			row.connection = connectionWords[w.text]
		case positionWords[w.text] != anywhere:
			err = once(w, "position")
			row.position = positionWords[w.text]
		case w.text == "gift-clear" && isLabel:
			err = once(w, w.text)
			row.giftClear = true
		case w.text == "brand-named" && isLabel:
			err = once(w, w.text)
			row.brandNamed = true
		case row.kind == termProduct && w.key == "" && isCategoryName(w.text):
			err = once(w, "category")
			row.category, _ = ParseCategory(w.text)
		case isLabel:
			err = r.fail(w.col, "expected a clarity, a connection, a position, gift-clear, brand-named, lang=, source= or fix=, found %q", w.text)
		default:
			err = r.fail(w.col, "expected a position (line-start, after-purchase, creator-voice, same-line), lang=, source= or fix=, found %q", w.text)
		}
		if err != nil {
			return nil, err
		}
	}
	if (row.kind == termNegation || row.kind == termAnswer || row.kind == termOpener) && len(ws) > 2 {
		return nil, r.fail(ws[2].col, "expected the end of the line after a %s row's pattern", ws[0].text)
	}
	if row.kind == termOpener {
		if err := checkOpener(row.pattern); err != nil {
			return nil, r.fail(ws[1].col, "%s", err)
		}
	}
	if row.kind == termProduct && row.category == UnknownCategory {
		return nil, r.fail(len(r.text), "expected a restricted category (%s) in a product row", restrictedCategoryNames())
	}
	if isLabel && row.clarity == UnknownClarity {
		return nil, r.fail(len(r.text), "expected a clarity (clear, ambiguous or vague) in a %s row", ws[0].text)
	}
	if ws[0].text != "trailing" {
		return append(out, row), nil
	}
	if row.position != anywhere || row.fix != "" || row.giftClear || row.brandNamed {
		return nil, r.fail(ws[0].col, "a trailing row takes only a clarity, a connection, lang= and source=")
	}
	return append(out, trailingLabelRows(row.pattern, row.clarity, row.connection, row.lang, row.source)...), nil
}

// checkOpener reports an opener pattern that is not one word in each
// expansion.
func checkOpener(pattern string) error {
	pats, err := lex.ExpandPattern(pattern)
	if err != nil {
		return err
	}
	for _, elems := range pats {
		if len(elems) != 1 || elems[0].Kind != lex.ElemLiteral {
			return fmt.Errorf("expected one word in each alternative of an opener, found %q", pattern)
		}
	}
	return nil
}

// categoryConds maps a category line's condition word to its condition.
var categoryConds = map[string]categoryCond{
	"banned": condBanned, "banned-paid": condBannedPaid, "adults-only": condAdultsOnly, "warning": condWarning,
	"approval": condApproval, "notify-from": condNotify, "no-inducement": condNoInducement,
	"registration-number": condRegistrationNumber,
}

// categoryCondWords lists categoryConds' words as the reader's errors
// name them.
const categoryCondWords = "banned, banned-paid, adults-only, warning, approval, notify-from, no-inducement, registration-number"

// categoryTexts names the quoted text each condition that takes one
// needs, as the reader's errors name it.
var categoryTexts = map[categoryCond]string{
	condWarning:            "the warning's text",
	condApproval:           "who must approve the post",
	condNotify:             "whom to notify, and when",
	condRegistrationNumber: "what the post must show, as the rule words it",
}

// checkPattern reports whether a row's pattern compiles on its own.
func checkPattern(pattern string) error {
	pats, err := lex.ExpandPattern(pattern)
	if err != nil {
		return err
	}
	for _, elems := range pats {
		if len(elems) == 0 || elems[0].Kind != lex.ElemLiteral {
			return fmt.Errorf("%w %q: must start with a literal", errBadPattern, pattern)
		}
	}
	return nil
}

// parseRows reads a rows file: "[section]" lines, each followed by the
// rows it holds, added to rows under "<file>/<section>" (file without
// ".rows").
func parseRows(name, text string, rows map[string][]termRow) error {
	return parseSections(name, text, rows, nil)
}

// parseSections is parseRows that also keeps each section's clause rows
// in clauses, when it is not nil. A clause row is in the language the
// file is named for ("en.rows"), unless it says lang=.
func parseSections(name, text string, rows map[string][]termRow, clauses map[string][]clauseRow) error {
	r := &packReader{file: name}
	base := strings.TrimSuffix(name, ".rows")
	lang := ""
	if isLanguageCode(base) {
		lang = base
	}
	section := ""
	return r.lines(text, func() error {
		trimmed := strings.TrimSpace(r.text)
		if strings.HasPrefix(trimmed, "[") {
			col := strings.Index(r.text, "[")
			if !strings.HasSuffix(trimmed, "]") || len(trimmed) < 3 || strings.ContainsAny(trimmed[1:len(trimmed)-1], " \t[]") {
				return r.fail(col, "expected a section name in brackets: [name]")
			}
			section = base + "/" + trimmed[1:len(trimmed)-1]
			if _, ok := rows[section]; ok {
				return r.fail(col, "a second section %q", trimmed)
			}
			rows[section] = []termRow{}
			return nil
		}
		ws, err := r.words()
		if err != nil {
			return err
		}
		if ws[0].text == "clause" && ws[0].key == "" && !ws[0].quoted {
			if section == "" {
				return r.fail(ws[0].col, "expected a [section] before the first row")
			}
			row, err := r.clauseRow(ws, lang)
			if err == nil && clauses != nil {
				clauses[section] = append(clauses[section], row)
			}
			return err
		}
		if _, ok := rowKinds[ws[0].text]; !ok && ws[0].text != "trailing" || ws[0].key != "" {
			return r.fail(ws[0].col, "expected a row (label, not-label, denial, negation, answer, opener, editing, claim, cue, trailing, clause) or [section], found %q", ws[0].text)
		}
		if section == "" {
			return r.fail(ws[0].col, "expected a [section] before the first row")
		}
		rows[section], err = r.row(ws, rows[section])
		return err
	})
}

// include reads "include <file>/<section> [clarity]": the shared rows,
// regraded to clarity when one is given.
func (r *packReader) include(ws []word, t *termTable, shared map[string][]termRow) error {
	if len(ws) < 2 || ws[1].key != "" || ws[1].quoted {
		return r.fail(len(r.text), "expected a shared section after include, such as en/claims")
	}
	rows, ok := shared[ws[1].text]
	if !ok {
		names := make([]string, 0, len(shared))
		for k := range shared {
			names = append(names, k)
		}
		slices.Sort(names)
		return r.fail(ws[1].col, "expected a shared section (%s), found %q", strings.Join(names, ", "), ws[1].text)
	}
	clauses, err := sharedClauses()
	if err != nil {
		return err
	}
	t.clauses = append(t.clauses, clauses[ws[1].text]...)
	switch {
	case len(ws) == 2:
		t.add(rows...)
	case len(ws) == 3 && ws[2].key == "" && !ws[2].quoted && clarityWords[ws[2].text] != UnknownClarity:
		for _, row := range rows {
			row.clarity = clarityWords[ws[2].text]
			t.add(row)
		}
	case len(ws) == 3:
		return r.fail(ws[2].col, "expected a clarity (clear, ambiguous or vague) to regrade the rows, found %q", ws[2].text)
	default:
		return r.fail(ws[3].col, "expected the end of the line after the clarity")
	}
	return nil
}

// brandTag reads "brand-tag <suffix> <clarity> [connection]".
func (r *packReader) brandTag(ws []word, t *termTable) error {
	if len(ws) < 3 || !ws[1].quoted || ws[1].key != "" {
		return r.fail(len(r.text), `expected brand-tag "<suffix>" <clarity> [connection]`)
	}
	bt := brandTagRow{suffix: ws[1].text}
	if bt.suffix == "" || strings.ContainsAny(bt.suffix, " #@") {
		return r.fail(ws[1].col, "expected a suffix of letters and digits, found %q", bt.suffix)
	}
	if bt.clarity = clarityWords[ws[2].text]; bt.clarity == UnknownClarity || ws[2].key != "" || ws[2].quoted {
		return r.fail(ws[2].col, "expected a clarity (clear, ambiguous or vague), found %q", ws[2].text)
	}
	if len(ws) > 3 {
		if bt.connection = connectionWords[ws[3].text]; bt.connection == UnknownConnection || ws[3].key != "" || ws[3].quoted {
			return r.fail(ws[3].col, "expected a connection (paid, gift or affiliate), found %q", ws[3].text)
		}
	}
	if len(ws) > 4 {
		return r.fail(ws[4].col, "expected the end of the line after the connection")
	}
	t.brandTags = append(t.brandTags, bt)
	return nil
}

// fold reads "fold <platform> <chars> [source=key]": the platform's
// visible prefix in the jurisdiction.
func (r *packReader) fold(ws []word, t *termTable) error {
	if len(ws) < 3 || ws[1].key != "" || ws[1].quoted {
		return r.fail(len(r.text), "expected fold <platform> <characters>, such as fold instagram 125")
	}
	p, err := influencekit.ParsePlatform(ws[1].text)
	if err != nil || p == influencekit.UnknownPlatform {
		return r.fail(ws[1].col, "expected a platform (instagram, tiktok, youtube, ...), found %q", ws[1].text)
	}
	if slices.ContainsFunc(t.folds, func(f packFold) bool { return f.platform == p }) {
		return r.fail(ws[1].col, "a second fold for %s", p)
	}
	f := packFold{platform: p, source: t.source}
	if err := r.count(ws[2], 0, 100000, &f.chars); err != nil {
		return err
	}
	switch {
	case len(ws) == 4 && ws[3].key == "source":
		if err := r.sourceKey(ws[3]); err != nil {
			return err
		}
		f.source = ws[3].text
	case len(ws) > 3:
		return r.fail(ws[3].col, "expected source=key or the end of the line after the fold")
	}
	t.folds = append(t.folds, f)
	return nil
}
