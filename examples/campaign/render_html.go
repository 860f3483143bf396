package main

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
)

// reportTemplate is the HTML report's page: inline CSS and SVG only, so it
// loads nothing from any other host, with an A4 print stylesheet.
//
//go:embed report.html.tmpl
var reportTemplate string

// writeHTML writes r as one self-contained HTML page: each section's
// charts as inline SVG (each with a title, a description and its figures
// in a table beside it), then its lines and tables. html/template escapes
// every string from the campaign file.
func writeHTML(w io.Writer, r Report) error {
	t, err := template.New("report").Funcs(template.FuncMap{
		"lineClass": lineClass,
		"px":        func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
		"add":       func(a, b float64) float64 { return a + b },
		"half":      func(v float64) float64 { return v / 2 },
	}).Parse(reportTemplate)
	if err != nil {
		return err
	}
	page := htmlPage{Report: r}
	for _, s := range r.Sections {
		hs := htmlSection{Section: s}
		for _, c := range s.Charts {
			hs.Figures = append(hs.Figures, layoutChart(s.ID, c))
		}
		page.Sections = append(page.Sections, hs)
	}
	return t.Execute(w, page)
}

// htmlPage is the template's data.
type htmlPage struct {
	Report
	Sections []htmlSection
}

type htmlSection struct {
	Section
	Figures []figure
}

// figure is a chart laid out for SVG: coordinates in the viewBox's units
// (CSS pixels at full size).
type figure struct {
	Chart
	DOMID         string
	Width, Height float64
	Rows          []barRow
	Legend        []legendItem
	Columns       []gridColumn
	Cells         []gridCell
	GridRows      []gridRow
	MaxCount      int
}

type barRow struct {
	Bar
	LabelY, BarY float64
	BarW         float64
	BandX, BandW float64
	MarkX        float64
	BandIsLine   bool
	// Note is the band's and the mark's text, written after the value on
	// the label's line.
	Note string
}

type legendItem struct {
	X, Y  float64
	Kind  string // "band", "line" or "mark"
	Label string
}

type gridColumn struct {
	Name string
	X, Y float64
}

type gridRow struct {
	Name   string
	Y      float64
	Counts []string // the row's counts as the fallback table shows them
}

type gridCell struct {
	X, Y, W, H float64
	Opacity    float64
	Count      int
	Text       string
}

// Chart geometry, in viewBox units.
const (
	chartWidth = 720.0
	barLeft    = 8.0
	barSpan    = 520.0 // the longest bar; its text goes after it
	barRowH    = 42.0
	gridLabelW = 170.0
	gridCellW  = 64.0
	gridCellH  = 30.0
)

// layoutChart places a chart's bars or cells.
func layoutChart(section string, c Chart) figure {
	f := figure{Chart: c, DOMID: section + "-" + c.ID, Width: chartWidth}
	if c.Grid != nil {
		layoutGrid(&f, *c.Grid)
		return f
	}
	top := 0.0
	for _, b := range c.Bars {
		top = math.Max(top, b.Value)
		if b.HasBand {
			top = math.Max(top, b.BandHigh)
		}
		if b.HasMark {
			top = math.Max(top, b.Mark)
		}
	}
	if !(top > 0) || math.IsInf(top, 0) {
		top = 1
	}
	x := func(v float64) float64 { return barLeft + barSpan*math.Max(0, math.Min(v, top))/top }
	for i, b := range c.Bars {
		y := 8 + float64(i)*barRowH
		row := barRow{Bar: b, LabelY: y + 11, BarY: y + 17, BarW: x(b.Value) - barLeft}
		var notes []string
		for _, n := range []string{b.BandText, b.MarkText} {
			if n != "" {
				notes = append(notes, n)
			}
		}
		row.Note = strings.Join(notes, "; ")
		if b.HasBand {
			row.BandX, row.BandW = x(b.BandLow), x(b.BandHigh)-x(b.BandLow)
			row.BandIsLine = row.BandW < 2
		}
		if b.HasMark {
			row.MarkX = x(b.Mark)
		}
		f.Rows = append(f.Rows, row)
	}
	f.Height = 8 + float64(len(c.Bars))*barRowH + 4
	lx := barLeft
	for _, l := range []struct{ kind, label string }{{"band", c.BandLegend}, {"mark", c.MarkLegend}} {
		if l.label == "" {
			continue
		}
		kind := l.kind
		if kind == "band" && allBandsAreLines(f.Rows) {
			kind = "line"
		}
		f.Legend = append(f.Legend, legendItem{X: lx, Y: f.Height + 8, Kind: kind, Label: l.label})
		lx += 40 + 7*float64(len(l.label))
	}
	if len(f.Legend) > 0 {
		f.Height += 24
	}
	return f
}

func allBandsAreLines(rows []barRow) bool {
	for _, r := range rows {
		if r.HasBand && !r.BandIsLine {
			return false
		}
	}
	return true
}

// layoutGrid places a grid's column headings (slanted), row labels and
// cells, each shaded by its share of the largest count.
func layoutGrid(f *figure, g Grid) {
	for _, row := range g.Counts {
		for _, n := range row {
			f.MaxCount = max(f.MaxCount, n)
		}
	}
	// The column names are slanted at 35 degrees: at about 7 units a
	// character, the longest rises sin(35°) ≈ 0.57 of its length.
	longest := 0
	for _, name := range g.Columns {
		longest = max(longest, len(name))
	}
	header := 16 + 7*0.57*float64(longest)
	for j, name := range g.Columns {
		f.Columns = append(f.Columns, gridColumn{Name: name, X: gridLabelW + float64(j)*gridCellW + gridCellW/3, Y: header - 6})
	}
	for i, name := range g.Rows {
		y := header + float64(i)*gridCellH
		row := gridRow{Name: name, Y: y + gridCellH/2 + 4}
		for j := range g.Columns {
			n := g.Counts[i][j]
			cell := gridCell{X: gridLabelW + float64(j)*gridCellW, Y: y, W: gridCellW - 2, H: gridCellH - 2, Count: n}
			text := "–"
			if n > 0 {
				text = fmt.Sprint(n)
				cell.Text = text
				cell.Opacity = 0.2 + 0.8*float64(n)/float64(max(f.MaxCount, 1))
			}
			row.Counts = append(row.Counts, text)
			f.Cells = append(f.Cells, cell)
		}
		f.GridRows = append(f.GridRows, row)
	}
	f.Width = math.Max(gridLabelW+float64(len(g.Columns))*gridCellW+gridCellW, 360)
	f.Height = header + float64(len(g.Rows))*gridCellH + 8
}

// lineClass is the CSS class of a line at an indent.
func lineClass(indent int) string {
	return "line indent-" + fmt.Sprint(min(indent, 3))
}
