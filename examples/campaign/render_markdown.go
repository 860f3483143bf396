package main

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// writeMarkdown writes r as CommonMark with GitHub tables: a level-1
// heading for the title, level-2 per section, lines as paragraphs (nested
// ones as list items), tables as pipe tables and excerpts as quotes.
func writeMarkdown(w io.Writer, r Report) error {
	var b strings.Builder
	ew := &errWriter{w: &b}
	fmt.Fprintf(ew, "# %s\n", markdownText(r.Title))
	for _, s := range r.Sections {
		fmt.Fprintf(ew, "\n## %s\n\n", markdownText(s.Heading))
		for _, b := range s.Blocks {
			writeMarkdownBlock(ew, b)
		}
		if s.Error != "" {
			fmt.Fprintf(ew, "\n> **Error:** %s\n", markdownText(strings.ReplaceAll(s.Error, "\n", "; ")))
		}
	}
	// Blocks each keep a blank line around them; where two meet, one is
	// enough.
	_, err := io.WriteString(w, regexp.MustCompile(`\n{3,}`).ReplaceAllString(b.String(), "\n\n"))
	return err
}

func writeMarkdownBlock(w io.Writer, b Block) {
	switch b.Kind {
	case SubheadBlock:
		fmt.Fprintf(w, "\n### %s\n\n", markdownText(b.Text))
	case LineBlock:
		switch {
		case b.Text == "":
			fmt.Fprintln(w)
		case b.Indent == 0:
			fmt.Fprintf(w, "%s\n\n", markdownText(b.Text))
		default:
			fmt.Fprintf(w, "%s- %s\n", strings.Repeat("  ", b.Indent-1), markdownText(b.Text))
		}
	case ExcerptBlock:
		fmt.Fprintln(w)
		for _, line := range strings.Split(b.Text, "\n") {
			fmt.Fprintln(w, strings.TrimRight("> "+line, " "))
		}
		fmt.Fprintln(w)
	case TableBlock:
		fmt.Fprintln(w)
		cells := func(row []string) {
			escaped := make([]string, len(row))
			for i, c := range row {
				escaped[i] = strings.ReplaceAll(markdownText(c), "|", `\|`)
			}
			fmt.Fprintf(w, "| %s |\n", strings.Join(escaped, " | "))
		}
		cells(b.Header)
		fmt.Fprintf(w, "|%s\n", strings.Repeat(" --- |", len(b.Header)))
		for _, row := range b.Rows {
			cells(row)
		}
		fmt.Fprintln(w)
	}
}

// markdownText escapes the characters that would start Markdown markup
// inside a line of report text.
func markdownText(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", "#", `\#`).Replace(s)
}

// writeJSON writes r as indented JSON.
func writeJSON(w io.Writer, r Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
