package disclosure

import (
	"fmt"
	"slices"
	"strings"
)

// This file reads a pack file: its directives, each once, and its rows.

// parsePack reads a pack file's text; shared holds the rows its includes
// may name.
func parsePack(name, text string, shared map[string][]termRow) (*Pack, error) {
	r := &packReader{file: name}
	p := &Pack{at: map[string]packPos{}}
	t := &p.table
	seen := map[string]bool{}
	err := r.lines(text, func() error {
		ws, err := r.words()
		if err != nil {
			return err
		}
		head := ws[0]
		if head.key != "" || head.quoted {
			return r.fail(head.col, "expected a directive or a row, found %q", r.text[head.col:])
		}
		if _, ok := rowKinds[head.text]; ok || head.text == "trailing" {
			rows, err := r.row(ws, nil)
			t.add(rows...)
			return err
		}
		switch head.text {
		case "clause":
			row, err := r.clauseRow(ws, "")
			t.clauses = append(t.clauses, row)
			return err
		case "include":
			return r.include(ws, t, shared)
		case "brand-tag":
			return r.brandTag(ws, t)
		case "fold":
			return r.fold(ws, t)
		case "category":
			return r.category(ws, t)
		}
		set, ok := packDirectives[head.text]
		if !ok {
			return r.fail(head.col, "expected a directive (%s) or a row (label, not-label, denial, negation, answer, opener, editing, ai, claim, cue, product, incentive, inducement, trailing, brand-tag, clause, include), found %q", strings.Join(directiveNames(), ", "), head.text)
		}
		if seen[head.text] {
			return r.fail(head.col, "a second %q", head.text)
		}
		seen[head.text] = true
		if len(ws) < 2 {
			return r.fail(len(r.text), "expected a value after %q", head.text)
		}
		p.at[head.text] = packPos{r.line, ws[1].col + 1}
		if last := ws[len(ws)-1]; set.cites && len(ws) == 3 && last.key == "source" {
			if err := r.sourceKey(last); err != nil {
				return err
			}
			if t.thresholdSources == nil {
				t.thresholdSources = map[string]string{}
			}
			t.thresholdSources[head.text] = last.text
			ws = ws[:2]
		}
		if set.multi {
			for _, w := range ws[1:] {
				if err := r.plainValue(w); err != nil {
					return err
				}
			}
		} else if len(ws) > 2 {
			return r.fail(ws[2].col, "expected the end of the line after %s's value", head.text)
		}
		return set.set(r, p, ws[1:])
	})
	if err != nil {
		return nil, err
	}
	for _, d := range directiveNames() {
		if packDirectives[d].required && !seen[d] {
			return nil, &PackError{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf("expected a line %q; the pack has none", d+" ...")}
		}
	}
	return p, nil
}

// packDirective is one of a pack's directive lines.
type packDirective struct {
	required bool
	multi    bool // takes one or more values, not one
	cites    bool // a threshold: its value may be followed by source=key
	set      func(r *packReader, p *Pack, vals []word) error
}

// packDirectives are the directive lines a pack may hold, each once.
var packDirectives = map[string]packDirective{
	"jurisdiction": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		code := v[0].text
		if v[0].quoted || v[0].key != "" || len(code) < 2 || len(code) > 3 || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return r.fail(v[0].col, "expected a code of two or three upper-case letters, found %q", code)
		}
		p.code = code
		return nil
	}},
	"authority": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.authority)
	}},
	"source": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		p.table.source = v[0].text
		return r.sourceKey(v[0])
	}},
	"suggest": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.defaultLabel)
	}},
	"editing-label": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.editingLabel)
	}},
	"ai-label": {set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.aiLabel)
	}},
	"ai-source": {set: func(r *packReader, p *Pack, v []word) error {
		p.table.aiSource = v[0].text
		return r.sourceKey(v[0])
	}},
	"virtual-creator": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		switch v[0].text {
		case "disclose":
			p.table.virtualCreator = true
		case "not-asked":
		default:
			return r.fail(v[0].col, "expected disclose or not-asked, found %q", v[0].text)
		}
		return nil
	}},
	"on-screen-label": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		switch v[0].text {
		case "whole":
			p.table.onScreenLabel = onScreenWhole
		case "frames":
			p.table.onScreenLabel = onScreenFrames
		case "not-asked":
		default:
			return r.fail(v[0].col, "expected whole, frames or not-asked, found %q", v[0].text)
		}
		return nil
	}},
	"platform-label": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		switch v[0].text {
		case "required":
			p.table.platformLabel = platformLabelRequired
		case "recommended":
			p.table.platformLabel = platformLabelRecommended
		case "not-asked":
		default:
			return r.fail(v[0].col, "expected required, recommended or not-asked, found %q", v[0].text)
		}
		return nil
	}},
	"review-source": {set: func(r *packReader, p *Pack, v []word) error {
		if err := r.sourceKey(v[0]); err != nil {
			return err
		}
		if p.table.thresholdSources == nil {
			p.table.thresholdSources = map[string]string{}
		}
		p.table.thresholdSources["review-source"] = v[0].text
		return nil
	}},
	"language": {set: func(r *packReader, p *Pack, v []word) error {
		if !isLanguageCode(v[0].text) || v[0].quoted || v[0].key != "" {
			return r.fail(v[0].col, "expected an ISO 639-1 code of two lower-case letters, found %q", v[0].text)
		}
		p.table.language = v[0].text
		return nil
	}},
	"claim-citation": {set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.claimCitation)
	}},
	"claim-source": {set: func(r *packReader, p *Pack, v []word) error {
		p.table.claimSource = v[0].text
		return r.sourceKey(v[0])
	}},
	"mismatch-sources": {multi: true, set: func(r *packReader, p *Pack, v []word) error {
		keys := make([]string, len(v))
		for i, w := range v {
			if err := r.sourceKey(w); err != nil {
				return err
			}
			keys[i] = w.text
		}
		p.table.mismatchSourceKeys = keys
		return nil
	}},
	"buried-run": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.count(v[0], 1, 30, &p.table.buriedRun)
	}},
	"max-tags-before": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.count(v[0], 1, 30, &p.table.maxTagsBefore)
	}},
	"verbal-within": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.duration(v[0], &p.table.verbalWithin)
	}},
	"live-gap": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.duration(v[0], &p.table.liveGap)
	}},
	"read-against": {multi: true, set: func(r *packReader, p *Pack, v []word) error {
		keys := make([]string, len(v))
		for i, w := range v {
			if err := r.sourceKey(w); err != nil {
				return err
			}
			if slices.Contains(keys[:i], w.text) {
				return r.fail(w.col, "%q twice", w.text)
			}
			keys[i] = w.text
		}
		p.table.readAgainst = keys
		return nil
	}},
	"gift-without-control": {set: func(r *packReader, p *Pack, v []word) error {
		switch v[0].text {
		case "enough":
			p.table.giftWithoutControl = true
		case "not-enough":
		default:
			return r.fail(v[0].col, "expected enough or not-enough, found %q", v[0].text)
		}
		return nil
	}},
}

// directiveNames returns packDirectives' names, sorted.
func directiveNames() []string {
	names := make([]string, 0, len(packDirectives))
	for k := range packDirectives {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}
