package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Report is the campaign report as data: a title and one section per
// influencekit package, then the results. Every output format (text,
// Markdown, JSON, HTML) renders the same Report, so the figures they show
// are the same strings.
type Report struct {
	Title    string    `json:"title"`    // "Campaign: Glow Co spring launch (brand Glow Co, 4 creators)"
	Campaign string    `json:"campaign"` // the campaign's name
	Brand    string    `json:"brand"`
	Sections []Section `json:"sections"`
}

// Failed reports whether any section failed.
func (r Report) Failed() bool {
	for _, s := range r.Sections {
		if s.Error != "" {
			return true
		}
	}
	return false
}

// Section is one part of the report. A section that failed keeps what it
// wrote before it failed, and Error says what went wrong; the other
// sections are unaffected.
type Section struct {
	ID      string  `json:"id"`      // a stable name: "tiers", "engagement", ...
	Heading string  `json:"heading"` // "Engagement (industry beauty, CTR band 1.50%-2.50%, mighty-micro)"
	Blocks  []Block `json:"blocks"`
	Charts  []Chart `json:"charts"` // drawn by the HTML report only; their figures are also in Blocks
	Error   string  `json:"error,omitempty"`
}

// BlockKind says what a [Block] holds.
type BlockKind string

// The kinds of [Block].
const (
	LineBlock    BlockKind = "line"    // one line of text
	SubheadBlock BlockKind = "subhead" // a line that heads what follows it, up to the next subhead
	TableBlock   BlockKind = "table"   // a table with a header row
	ExcerptBlock BlockKind = "excerpt" // preformatted text quoted from elsewhere (a Markdown draft)
)

// Block is a line, a table or an excerpt. Indent is the nesting level: the
// text report indents each level by two spaces.
type Block struct {
	Kind   BlockKind  `json:"kind"`
	Indent int        `json:"indent"`
	Text   string     `json:"text,omitempty"`   // a line's or an excerpt's text
	Header []string   `json:"header,omitempty"` // a table's column names
	Rows   [][]string `json:"rows,omitempty"`   // a table's cells, row by row
	// Widths, when set, make the text report write the table as a listing:
	// no header, each cell but the last padded to its width, one space
	// between cells.
	Widths []int `json:"widths,omitempty"`
}

// Chart is a figure of the HTML report. Its labels and value texts are the
// strings the section's blocks show, so a chart never shows a figure the
// text report does not.
type Chart struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Desc  string `json:"desc"` // what the chart shows, for screen readers
	// Bars are one bar per row (when Grid is nil).
	Bars []Bar `json:"bars"`
	// Legend names what a bar's band and mark stand for.
	BandLegend string `json:"band_legend,omitempty"`
	MarkLegend string `json:"mark_legend,omitempty"`
	// Grid is a table of counts (rows by columns) drawn as shaded cells.
	Grid *Grid `json:"grid,omitempty"`
}

// Bar is one bar of a [Chart]: Value in the chart's unit, drawn from zero
// (a negative value draws no bar), against an optional band [BandLow,
// BandHigh] and an optional mark.
type Bar struct {
	Label    string  `json:"label"`
	Value    float64 `json:"value"`
	Text     string  `json:"text"` // the value as the report writes it
	HasBand  bool    `json:"has_band"`
	BandLow  float64 `json:"band_low"`
	BandHigh float64 `json:"band_high"`
	BandText string  `json:"band_text,omitempty"`
	HasMark  bool    `json:"has_mark"`
	Mark     float64 `json:"mark"`
	MarkText string  `json:"mark_text,omitempty"`
}

// Grid is a table of counts: Counts[i][j] is the count for Rows[i] and
// Columns[j].
type Grid struct {
	Rows    []string `json:"rows"`
	Columns []string `json:"columns"`
	Counts  [][]int  `json:"counts"`
}

// sectionWriter builds a [Section].
type sectionWriter struct {
	s *Section
}

// heading sets the section's heading.
func (w sectionWriter) heading(format string, args ...any) {
	w.s.Heading = fmt.Sprintf(format, args...)
}

// line adds a line of text at the given indent.
func (w sectionWriter) line(indent int, format string, args ...any) {
	w.s.Blocks = append(w.s.Blocks, Block{Kind: LineBlock, Indent: indent, Text: fmt.Sprintf(format, args...)})
}

// subheading adds a line that heads what follows it.
func (w sectionWriter) subheading(format string, args ...any) {
	w.s.Blocks = append(w.s.Blocks, Block{Kind: SubheadBlock, Text: fmt.Sprintf(format, args...)})
}

// blank adds an empty line.
func (w sectionWriter) blank() { w.s.Blocks = append(w.s.Blocks, Block{Kind: LineBlock}) }

// table adds a table with the given header and returns its index, for row.
func (w sectionWriter) table(indent int, header ...string) int {
	w.s.Blocks = append(w.s.Blocks, Block{Kind: TableBlock, Indent: indent, Header: header, Rows: [][]string{}})
	return len(w.s.Blocks) - 1
}

// listing adds a table that the text report writes as a listing (see
// [Block.Widths]) and returns its index, for row.
func (w sectionWriter) listing(indent int, widths []int, header ...string) int {
	t := w.table(indent, header...)
	w.s.Blocks[t].Widths = widths
	return t
}

// row adds a row to the table at index t.
func (w sectionWriter) row(t int, cells ...string) {
	w.s.Blocks[t].Rows = append(w.s.Blocks[t].Rows, cells)
}

// excerpt adds preformatted text.
func (w sectionWriter) excerpt(indent int, text string) {
	w.s.Blocks = append(w.s.Blocks, Block{Kind: ExcerptBlock, Indent: indent, Text: strings.TrimRight(text, "\n")})
}

// chart adds a chart. A figure that is not finite (a projection that
// overflowed) is drawn at the largest finite value, or zero for NaN: JSON
// has no infinities, and the figure's text says what it is.
func (w sectionWriter) chart(c Chart) {
	if c.Bars == nil {
		c.Bars = []Bar{}
	}
	for i := range c.Bars {
		b := &c.Bars[i]
		for _, v := range []*float64{&b.Value, &b.BandLow, &b.BandHigh, &b.Mark} {
			switch {
			case math.IsNaN(*v):
				*v = 0
			case math.IsInf(*v, 0):
				*v = math.Copysign(math.MaxFloat64, *v)
			}
		}
	}
	w.s.Charts = append(w.s.Charts, c)
}

// sectionSpec is one section of the report: its id and the function that
// writes it. A section writes its heading and blocks through the
// sectionWriter, goes on past a creator or a post it cannot handle, and
// returns the errors it met, joined.
type sectionSpec struct {
	id    string
	write func(sectionWriter, Campaign) error
}

// reportSections returns the report's sections in order.
func reportSections() []sectionSpec {
	return []sectionSpec{
		{"tiers", tierSection},
		{"engagement", engagementSection},
		{"pricing", pricingSection},
		{"disclosure", disclosureSection},
		{"contracts", contractSection},
		{"results", resultsSection},
	}
}

// buildReport runs every section on c. A section that fails does not stop
// the others.
func buildReport(c Campaign) Report {
	r := Report{
		Title:    fmt.Sprintf("Campaign: %s (brand %s, %s)", c.Name, c.Brand, plural(len(c.Creators), "creator")),
		Campaign: c.Name,
		Brand:    c.Brand,
	}
	specs := reportSections()
	r.Sections = make([]Section, len(specs))
	for i, spec := range specs {
		s := &r.Sections[i]
		s.ID, s.Blocks, s.Charts = spec.id, []Block{}, []Chart{}
		if err := spec.write(sectionWriter{s}, c); err != nil {
			s.Error = err.Error()
		}
	}
	return r
}

// newGrid builds a [Grid] from counts by column name, one map per row;
// the columns are every name counted, sorted.
func newGrid(rows []string, counts []map[string]int) *Grid {
	g := &Grid{Rows: rows, Columns: []string{}, Counts: make([][]int, len(rows))}
	for _, row := range counts {
		for name := range row {
			if !slices.Contains(g.Columns, name) {
				g.Columns = append(g.Columns, name)
			}
		}
	}
	slices.Sort(g.Columns)
	for i, row := range counts {
		g.Counts[i] = make([]int, len(g.Columns))
		for j, name := range g.Columns {
			g.Counts[i][j] = row[name]
		}
	}
	return g
}
