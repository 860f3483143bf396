package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// Record is one post as read from an input file, with where it came from.
// Its fields are the columns of a CSV file's header and the members of a
// JSON line (lower case, snake_case):
//
//	id, creator, brand, caption, platform, format, jurisdiction, connection,
//	followers, reach, likes, comments, saves, shares
//
// Only caption is required. Enums take the library's names ("instagram",
// "reel", "UK", "paid"); an empty one is the library's zero value. Counts
// are whole numbers; an absent or empty count is -1 (unknown), so that a
// real 0 stays 0.
type Record struct {
	File string // the input file's path, as the glob matched it
	Line int64  // 1-based line the post starts on

	ID, Creator, Brand, Caption string

	Platform     influencekit.Platform
	Format       influencekit.Format
	Jurisdiction disclosure.Jurisdiction
	Connection   disclosure.Connection

	Followers, Reach, Likes, Comments, Saves, Shares int64
}

// DeadLetter is an input line that could not be read as a post: the file
// and 1-based line it stands on, its text (cut to 1 KiB), and why.
type DeadLetter struct {
	File  string `json:"file"`
	Line  int64  `json:"line"`
	Text  string `json:"text"`
	Error string `json:"error"`
}

// maxDeadText bounds the text a dead letter keeps of its line.
const maxDeadText = 1024

func deadLetter(file string, line int64, text string, err error) DeadLetter {
	if len(text) > maxDeadText {
		text = strings.ToValidUTF8(text[:maxDeadText], "") + "…"
	}
	return DeadLetter{File: file, Line: line, Text: text, Error: err.Error()}
}

// knownField holds the names of Record's input fields.
var knownField = map[string]bool{
	"id": true, "creator": true, "brand": true, "caption": true, "platform": true, "format": true,
	"jurisdiction": true, "connection": true, "followers": true, "reach": true, "likes": true,
	"comments": true, "saves": true, "shares": true,
}

// errNoCaption is the error for a post without a caption member or column.
var errNoCaption = errors.New("no caption")

// newRecord returns a Record of file and line with every count unknown.
func newRecord(file string, line int64) Record {
	return Record{File: file, Line: line, Followers: -1, Reach: -1, Likes: -1, Comments: -1, Saves: -1, Shares: -1}
}

// set stores the value of one named field in r. Unknown names are ignored,
// so that exports with extra columns read as they are.
func (r *Record) set(name, value string) error {
	var err error
	switch name {
	case "id":
		r.ID = value
	case "creator":
		r.Creator = value
	case "brand":
		r.Brand = value
	case "caption":
		r.Caption = value
	case "platform":
		if value != "" {
			r.Platform, err = influencekit.ParsePlatform(value)
		}
	case "format":
		if value != "" {
			r.Format, err = influencekit.ParseFormat(value)
		}
	case "jurisdiction":
		if value != "" {
			r.Jurisdiction, err = disclosure.ParseJurisdiction(value)
		}
	case "connection":
		if value != "" {
			r.Connection, err = disclosure.ParseConnection(value)
		}
	case "followers", "reach", "likes", "comments", "saves", "shares":
		if value == "" {
			return nil
		}
		n, perr := strconv.ParseInt(value, 10, 64)
		if perr != nil || n < 0 {
			return fmt.Errorf("%s: %q is not a count (a whole number from 0)", name, value)
		}
		*r.count(name) = n
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func (r *Record) count(name string) *int64 {
	switch name {
	case "followers":
		return &r.Followers
	case "reach":
		return &r.Reach
	case "likes":
		return &r.Likes
	case "comments":
		return &r.Comments
	case "saves":
		return &r.Saves
	}
	return &r.Shares
}

// parseJSONLine reads one JSON object into a Record. Members are matched by
// exact name; strings and enums are JSON strings, counts JSON integers (or
// null for unknown). Unknown members are ignored.
func parseJSONLine(file string, line int64, text []byte) (Record, error) {
	r := newRecord(file, line)
	var members map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(text))
	if err := dec.Decode(&members); err != nil {
		return r, fmt.Errorf("not a JSON object: %w", err)
	}
	if dec.More() {
		return r, errors.New("text after the JSON object")
	}
	if members == nil {
		return r, errors.New("not a JSON object: null")
	}
	if _, ok := members["caption"]; !ok {
		return r, errNoCaption
	}
	for name, raw := range members {
		if !knownField[name] || bytes.Equal(raw, []byte("null")) {
			continue
		}
		var value string
		switch name {
		case "followers", "reach", "likes", "comments", "saves", "shares":
			var n json.Number
			if err := json.Unmarshal(raw, &n); err != nil {
				return r, fmt.Errorf("%s: want a number, got %s", name, raw)
			}
			value = n.String()
		default:
			if err := json.Unmarshal(raw, &value); err != nil {
				return r, fmt.Errorf("%s: want a string, got %s", name, raw)
			}
		}
		if err := r.set(name, value); err != nil {
			return r, err
		}
	}
	return r, nil
}

// Post returns the disclosure.Post that r describes.
func (r Record) Post() disclosure.Post {
	return disclosure.Post{
		Caption:      r.Caption,
		Platform:     r.Platform,
		Format:       r.Format,
		Brand:        r.Brand,
		Jurisdiction: r.Jurisdiction,
		Connection:   r.Connection,
	}
}
