package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// Record is one post as read from an input file, with where it came from.
// Its fields are the columns of a CSV file's header and the members of a
// JSON line (lower case, snake_case):
//
//	id, creator, brand, caption, platform, format, jurisdiction, connection,
//	alteration, virtual_creator, category, age_gated, approval,
//	platform_label, duration, overlays, followers, reach, likes, comments,
//	saves, shares
//
// Only caption is required. Enums take the library's names ("instagram",
// "reel", "UK", "paid", "generated", "alcohol"); an empty one is the
// library's zero value. virtual_creator, age_gated and platform_label are
// booleans (JSON true or false; in CSV "true", "false", "1", "0" or empty
// for false). duration is seconds (a number from 0). overlays is a JSON
// array in the library's form, [{"start": 0, "end": 3.5, "text": "Ad"}],
// as a JSON member or as a CSV field's text. approval is the reference of
// the approval a financial promotion rests on (disclosure.Post.Approval).
// Counts are whole numbers; an absent or empty count is -1 (unknown), so
// that a real 0 stays 0. followers also reaches the check
// (disclosure.Post.Followers, where unknown is 0).
type Record struct {
	File string // the input file's path, as the glob matched it
	Line int64  // 1-based line the post starts on

	ID, Creator, Brand, Caption string

	Platform     influencekit.Platform
	Format       influencekit.Format
	Jurisdiction disclosure.Jurisdiction
	Connection   disclosure.Connection

	Alteration     disclosure.Alteration
	VirtualCreator bool
	Category       disclosure.Category
	AgeGated       bool
	Approval       string
	PlatformLabel  bool
	Duration       time.Duration
	Overlays       []disclosure.Overlay

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
	"comments": true, "saves": true, "shares": true, "alteration": true, "virtual_creator": true,
	"category": true, "age_gated": true, "approval": true, "platform_label": true, "duration": true, "overlays": true,
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
	case "approval":
		r.Approval = value
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
	case "alteration":
		if value != "" {
			r.Alteration, err = disclosure.ParseAlteration(value)
		}
	case "category":
		if value != "" {
			r.Category, err = disclosure.ParseCategory(value)
		}
	case "virtual_creator", "age_gated", "platform_label":
		b := false
		if value != "" {
			if b, err = strconv.ParseBool(value); err != nil {
				return fmt.Errorf("%s: %q is not a boolean (true or false)", name, value)
			}
		}
		*r.flag(name) = b
	case "duration":
		if value != "" {
			r.Duration, err = parseSeconds(value)
		}
	case "overlays":
		r.Overlays = nil
		if value != "" {
			err = json.Unmarshal([]byte(value), &r.Overlays)
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

func (r *Record) flag(name string) *bool {
	switch name {
	case "virtual_creator":
		return &r.VirtualCreator
	case "age_gated":
		return &r.AgeGated
	}
	return &r.PlatformLabel
}

// errBadSeconds is the error of a duration that is not a number of seconds
// from 0 within time.Duration's range.
var errBadSeconds = errors.New("not a number of seconds from 0")

// parseSeconds reads a decimal number of seconds ("95.5", "1e2"), rounded
// to the nanosecond.
func parseSeconds(s string) (time.Duration, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || f < 0 || f*1e9 >= math.MaxInt64 {
		return 0, fmt.Errorf("%q is %w", s, errBadSeconds)
	}
	return time.Duration(math.Round(f * 1e9)), nil
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
// null for unknown), flags JSON booleans, duration a JSON number and
// overlays a JSON array. Unknown members are ignored.
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
		case "virtual_creator", "age_gated", "platform_label":
			var b bool
			if err := json.Unmarshal(raw, &b); err != nil {
				return r, fmt.Errorf("%s: want true or false, got %s", name, raw)
			}
			value = strconv.FormatBool(b)
		case "overlays":
			value = string(raw)
		case "followers", "reach", "likes", "comments", "saves", "shares", "duration":
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

		Alteration:     r.Alteration,
		VirtualCreator: r.VirtualCreator,
		Category:       r.Category,
		AgeGated:       r.AgeGated,
		Approval:       r.Approval,
		Followers:      max(r.Followers, 0), // unknown (-1) is the library's 0
		PlatformLabel:  r.PlatformLabel,
		Duration:       r.Duration,
		Overlays:       r.Overlays,
	}
}
