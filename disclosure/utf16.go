package disclosure

// A report's spans in UTF-16 code units, what JavaScript strings index,
// beside their byte offsets.

// fillUTF16 sets the UTF-16 spans of r's findings, their fixes' edits and
// r's disclosures for caption, counting each stretch of the caption once
// (utf16Marks). Spans outside the caption (which Check never makes) are
// left alone. It does not allocate.
func (r *Report) fillUTF16(caption string) {
	end := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		end = max(end, f.End)
		for _, x := range f.Fixes {
			for _, e := range x.Edits {
				end = max(end, e.End)
			}
		}
	}
	for _, l := range r.Disclosures {
		end = max(end, l.End)
	}
	um := newUTF16Marks(caption, end)
	for i := range r.Findings {
		f := &r.Findings[i]
		if um.inside(f.Start, f.End) {
			f.StartUTF16, f.EndUTF16 = um.units(f.Start), um.units(f.End)
		}
		for _, x := range f.Fixes {
			for k := range x.Edits {
				if e := &x.Edits[k]; um.inside(e.Start, e.End) {
					e.StartUTF16, e.EndUTF16 = um.units(e.Start), um.units(e.End)
				}
			}
		}
	}
	um.fillLabels(r.Disclosures)
}

// fillLabelsUTF16 sets the UTF-16 spans of labels for caption, as
// [Report.fillUTF16] does for a report's disclosures.
func fillLabelsUTF16(labels []Label, caption string) {
	end := 0
	for _, l := range labels {
		end = max(end, l.End)
	}
	um := newUTF16Marks(caption, end)
	um.fillLabels(labels)
}

// utf16Marks converts byte offsets of a caption to UTF-16 code units,
// counting from the nearest offset it has converted before (a mark), so
// that a report's spans, which mostly start where its labels do, count
// each stretch of the caption once, whatever order they come in. Offsets
// within the caption's leading ASCII run are their own count. It lives
// on the stack.
type utf16Marks struct {
	caption string
	ascii   int // the caption's leading ASCII bytes, up to the last offset asked
	marks   [8]utf16Mark
	n, next int // marks held; the one the next new mark replaces when full
}

// utf16Mark is a byte offset into a caption, at, and the same place in
// UTF-16 code units, at16.
type utf16Mark struct {
	at, at16 int
}

// newUTF16Marks returns the converter for offsets of caption up to end.
func newUTF16Marks(caption string, end int) utf16Marks {
	return utf16Marks{caption: caption, ascii: asciiPrefix(caption[:min(max(end, 0), len(caption))])}
}

// inside reports whether [start, end) is a span of the caption.
func (um *utf16Marks) inside(start, end int) bool {
	return 0 <= start && start <= end && end <= len(um.caption)
}

// units returns the UTF-16 code units of the caption before off, 0 <= off
// <= len(caption).
func (um *utf16Marks) units(off int) int {
	if off <= um.ascii {
		return off // small enough to inline: most spans lie in the ASCII run
	}
	return um.count(off)
}

// count is units past the caption's leading ASCII run.
func (um *utf16Marks) count(off int) int {
	from := utf16Mark{at: um.ascii, at16: um.ascii}
	for _, m := range um.marks[:um.n] {
		if m.at == off {
			return m.at16
		}
		if m.at < off && m.at > from.at {
			from = m
		}
	}
	m := utf16Mark{at: off, at16: from.at16 + countChars(um.caption[from.at:off], unitUTF16)}
	if um.n < len(um.marks) {
		um.marks[um.n] = m
		um.n++
	} else {
		um.marks[um.next] = m
		um.next = (um.next + 1) % len(um.marks)
	}
	return m.at16
}

// fillLabels sets the UTF-16 spans of labels.
func (um *utf16Marks) fillLabels(labels []Label) {
	for i := range labels {
		if l := &labels[i]; um.inside(l.Start, l.End) {
			l.StartUTF16, l.EndUTF16 = um.units(l.Start), um.units(l.End)
		}
	}
}
