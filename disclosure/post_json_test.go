package disclosure

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
)

// The reference for the one-pass Post and Segment readers: the readers they
// replace, encoding/json into the wire structs and a second pass over the
// member names (decodeStrict with a schema). The differential tests below
// hold the new readers to them.

var (
	referencePostSchema    = schemaOf[postJSON]("post")
	referenceSegmentSchema = schemaOf[segmentJSON]("segment")
)

// referencePost reads data onto p as the encoding/json reader did.
func referencePost(p Post, data []byte) (Post, error) {
	w := postJSON{Platform: p.Platform, Format: p.Format, Brand: p.Brand, Jurisdiction: p.Jurisdiction,
		Duration: seconds(p.Duration), Edited: p.Edited, Connection: p.Connection}
	if !p.BrandIdentity.IsZero() {
		id := p.BrandIdentity
		id.TradingNames = append([]string(nil), id.TradingNames...) // encoding/json would write into p's arrays
		id.Handles = append([]string(nil), id.Handles...)
		w.BrandIdentity = &id
	}
	if err := decodeStrict(data, &w, referencePostSchema); err != nil {
		return Post{}, err
	}
	if w.Caption == nil {
		return Post{}, ErrMissingCaption
	}
	if w.Duration < 0 {
		return Post{}, fmt.Errorf("%w: duration %s is negative", ErrInvalidDuration, appendSeconds(nil, time.Duration(w.Duration)))
	}
	transcript := p.Transcript
	if w.Transcript != nil {
		transcript = nil
		if len(*w.Transcript) > 0 {
			transcript = make([]Segment, len(*w.Transcript))
			for i, seg := range *w.Transcript {
				if seg.Start < 0 {
					return Post{}, fmt.Errorf("%w: transcript[%d] starts at %s, before the video", ErrInvalidDuration, i, appendSeconds(nil, time.Duration(seg.Start)))
				}
				transcript[i] = Segment{Start: time.Duration(seg.Start), Text: seg.Text}
			}
		}
	}
	out := Post{Caption: *w.Caption, Platform: w.Platform, Format: w.Format, Brand: w.Brand,
		Jurisdiction: w.Jurisdiction, Transcript: transcript, Duration: time.Duration(w.Duration),
		Edited: w.Edited, Connection: w.Connection}
	if w.BrandIdentity != nil {
		out.BrandIdentity = *w.BrandIdentity
	}
	return out, nil
}

// referenceSegment reads data onto s as the encoding/json reader did.
func referenceSegment(s Segment, data []byte) (Segment, error) {
	w := segmentJSON{Start: seconds(s.Start), Text: s.Text}
	if err := decodeStrict(data, &w, referenceSegmentSchema); err != nil {
		return Segment{}, err
	}
	if w.Start < 0 {
		return Segment{}, fmt.Errorf("%w: segment start %s is negative", ErrInvalidDuration, appendSeconds(nil, time.Duration(w.Start)))
	}
	return Segment{Start: time.Duration(w.Start), Text: w.Text}, nil
}

// filledPost is a post with every member set, for the rows that check what
// absent members keep.
var filledPost = Post{Caption: "old", Platform: influencekit.TikTok, Format: influencekit.Reel, Brand: "Glow Co",
	Jurisdiction: FR, Transcript: []Segment{{Start: time.Second, Text: "kept"}}, Duration: time.Minute, Edited: true,
	Connection: Gift, BrandIdentity: BrandIdentity{Name: "Glow", TradingNames: []string{"GlowCo"}, Handles: []string{"@glow"}}}

// postDifferentialRows are documents with at most one fault each, so that
// the one-pass reader and the reference must agree on the error too.
var postDifferentialRows = []struct{ why, in string }{
	{"every member", `{"caption":"#ad hi","platform":"Instagram","format":"reel","brand":"Glow Co","jurisdiction":"gb",` +
		`"transcript":[{"start":1.5,"text":"a"},{"text":"b","start":2e1}],"duration":95.5,"edited":true,"connection":"paid",` +
		`"brand_identity":{"name":"Glow","legal_entity":"Glow Ltd","trading_names":["G"],"handles":["@g",null]}}`},
	{"only the caption: the rest keeps the base", `{"caption":"c"}`},
	{"members in another order, with white space", " {\n\t\"edited\" : false , \"caption\" : \"c\" } \r\n"},
	{"escapes in names and values", `{"capt\u0069on":"\ud83d\ude0d \"#ad\"\n","brand":"\u00e9\/"}`},
	{"an unpaired surrogate reads as U+FFFD", `{"caption":"\ud83d x"}`},
	{"invalid UTF-8 reads as U+FFFD", "{\"caption\":\"a\xffb\"}"},
	{"null members keep the base", `{"caption":"c","platform":null,"format":null,"brand":null,"jurisdiction":null,"transcript":null,"duration":null,"edited":null,"connection":null}`},
	{"a null brand identity clears it", `{"caption":"c","brand_identity":null}`},
	{"a brand identity's members change the base's", `{"caption":"c","brand_identity":{"legal_entity":"L","handles":null}}`},
	{"an empty list of trading names is kept empty", `{"caption":"c","brand_identity":{"trading_names":[]}}`},
	{"an empty transcript is nil", `{"caption":"c","transcript":[]}`},
	{"a null segment is a zero segment", `{"caption":"c","transcript":[null,{"start":1}]}`},
	{"a null segment start keeps zero", `{"caption":"c","transcript":[{"start":null,"text":null}]}`},
	{"seconds are exact", `{"caption":"c","duration":0.0000000015,"transcript":[{"start":1E-9}]}`},
	{"the caption is required", `{"platform":"instagram"}`},
	{"a null caption is missing", `{"caption":null}`},
	{"null is a post without caption", `null`},
	{"an unknown member", `{"caption":"c","jurisdicton":"UK"}`},
	{"a member in another case", `{"caption":"c","Jurisdiction":"UK"}`},
	{"a member twice", `{"caption":"#ad","caption":"no label"}`},
	{"a member twice, null first", `{"edited":null,"caption":"c","edited":true}`},
	{"an unknown segment member", `{"caption":"c","transcript":[{"start":1,"txt":"b"}]}`},
	{"a segment member twice", `{"caption":"c","transcript":[{"text":"a","text":"b"}]}`},
	{"an unknown brand identity member", `{"caption":"c","brand_identity":{"name":"Glow","nam":"x"}}`},
	{"a brand identity member twice", `{"caption":"c","brand_identity":{"name":"a","name":"b"}}`},
	{"a number for the caption", `{"caption":5}`},
	{"an object for the brand", `{"caption":"c","brand":{}}`},
	{"a list for an enum", `{"caption":"c","platform":["instagram"]}`},
	{"a boolean for an enum", `{"caption":"c","connection":true}`},
	{"a string for a boolean", `{"caption":"c","edited":"yes"}`},
	{"a number for a boolean", `{"caption":"c","edited":1}`},
	{"an object for the transcript", `{"caption":"c","transcript":{}}`},
	{"a string for the transcript", `{"caption":"c","transcript":"a"}`},
	{"a number for a segment", `{"caption":"c","transcript":[5]}`},
	{"a list for a segment", `{"caption":"c","transcript":[[]]}`},
	{"a number for a segment's text", `{"caption":"c","transcript":[{"start":1,"text":5}]}`},
	{"a string for a segment's start", `{"caption":"c","transcript":[{"start":"12","text":"a"}]}`},
	{"a string for the duration", `{"caption":"c","duration":"12"}`},
	{"an object for the duration", `{"caption":"c","duration":{"s":1}}`},
	{"a duration out of range", `{"caption":"c","duration":1e10}`},
	{"a negative duration", `{"caption":"c","duration":-1}`},
	{"a negative segment start", `{"caption":"c","transcript":[{"start":1,"text":"a"},{"start":-0.5,"text":"b"}]}`},
	{"a string for the brand identity", `{"caption":"c","brand_identity":"Glow"}`},
	{"a string for trading names", `{"caption":"c","brand_identity":{"trading_names":"G"}}`},
	{"a number among handles", `{"caption":"c","brand_identity":{"handles":["@g",5]}}`},
	{"an unknown platform", `{"caption":"c","platform":"myspace"}`},
	{"an unknown jurisdiction", `{"caption":"c","jurisdiction":"XX"}`},
	{"an unknown connection", `{"caption":"c","connection":"sponsored"}`},
	{"an unknown format", `{"caption":"c","format":"hologram"}`},
	{"a list for a post", `[1]`},
	{"a string for a post", `"c"`},
	{"a number for a post", `12`},
	{"a boolean for a post", `true`},
	{"the document ends early", `{"caption": "c"`},
	{"a comma before the end", `{"caption":"c",}`},
	{"text after the document", `{"caption":"c"} {}`},
	{"empty input", ``},
	{"only white space", " \n"},
	{"a control character in a string", "{\"caption\":\"a\tb\"}"},
	{"a bad escape", `{"caption":"\x"}`},
	{"a bad number", `{"caption":"c","duration":01}`},
	{"a missing colon", `{"caption" "c"}`},
	{"a syntax error after an unknown member is still a syntax error", `{"bogus":1,"caption":"c"`},
	{"a syntax error after a wrong type is still a syntax error", `{"caption":5,}`},
}

// TestPostReaderMatchesEncodingJSON holds Post.UnmarshalJSON to the
// encoding/json reader it replaced: the same post, or the same error
// message and sentinels, onto an empty post and onto a filled one.
func TestPostReaderMatchesEncodingJSON(t *testing.T) {
	for _, row := range postDifferentialRows {
		for _, base := range []Post{{}, filledPost} {
			t.Run(row.why, func(t *testing.T) {
				want, wantErr := referencePost(base, []byte(row.in))
				got := base
				err := got.UnmarshalJSON([]byte(row.in))
				if wantErr != nil {
					require.Error(t, err, "the reference rejects it: %v", wantErr)
					assert.Equal(t, wantErr.Error(), err.Error())
					for _, kind := range []error{ErrInvalidJSON, ErrMissingCaption, ErrInvalidDuration, influencekit.ErrJSONSyntax,
						influencekit.ErrJSONType, influencekit.ErrUnknownMember, influencekit.ErrRepeatedMember} {
						assert.Equal(t, errors.Is(wantErr, kind), errors.Is(err, kind), "errors.Is(err, %v)", kind)
					}
					assert.Equal(t, base, got, "a post that cannot be read is left as it was")
					return
				}
				require.NoError(t, err)
				assert.Equal(t, want, got)
			})
		}
	}
}

// TestPostReaderChecksOnlyWhatItReads: the negative-time checks are
// about the JSON, as the former reader's were: a filled-in default the
// document leaves alone is the caller's to keep, and only a duration is
// checked whatever its origin.
func TestPostReaderChecksOnlyWhatItReads(t *testing.T) {
	base := Post{Transcript: []Segment{{Start: -time.Second, Text: "a caller's own"}}}
	for _, in := range []string{`{"caption":"c"}`, `{"caption":"c","transcript":null}`, `{"caption":"c","transcript":[{"start":-1}]}`} {
		want, wantErr := referencePost(base, []byte(in))
		got := base
		err := got.UnmarshalJSON([]byte(in))
		if wantErr != nil {
			assert.EqualError(t, err, wantErr.Error(), in)
			continue
		}
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
}

// TestSegmentReaderMatchesEncodingJSON holds Segment.UnmarshalJSON to the
// encoding/json reader it replaced.
func TestSegmentReaderMatchesEncodingJSON(t *testing.T) {
	rows := []struct{ why, in string }{
		{"both members", `{"start":12.5,"text":"sponsored by Glow"}`},
		{"absent members keep the base", `{"text":"t"}`},
		{"null keeps the base", `null`},
		{"an unknown member", `{"start":1,"txt":"b"}`},
		{"a member twice", `{"start":1,"start":2}`},
		{"a number for the text", `{"text":5}`},
		{"a string for the start", `{"start":"5"}`},
		{"a negative start", `{"start":-1}`},
		{"a list for a segment", `[]`},
		{"broken JSON", `{"start":1`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			base := Segment{Start: time.Second, Text: "base"}
			want, wantErr := referenceSegment(base, []byte(row.in))
			got := base
			err := got.UnmarshalJSON([]byte(row.in))
			if wantErr != nil {
				require.Error(t, err)
				assert.Equal(t, wantErr.Error(), err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

// FuzzPostReaderMatchesEncodingJSON reads any bytes onto an empty and a
// filled post with Post.UnmarshalJSON and with the encoding/json reader it
// replaced: both accept the same documents and read them as the same post,
// and when they reject a document that is not JSON they give the same
// syntax error.
func FuzzPostReaderMatchesEncodingJSON(f *testing.F) {
	for _, row := range postDifferentialRows {
		f.Add([]byte(row.in), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, filled bool) {
		base := Post{}
		if filled {
			base = filledPost
		}
		want, wantErr := referencePost(base, data)
		got := base
		err := got.UnmarshalJSON(data)
		if wantErr != nil {
			require.Error(t, err, "the reference rejects %q: %v", data, wantErr)
			if !json.Valid(data) {
				assert.Equal(t, wantErr.Error(), err.Error())
			}
			return
		}
		require.NoError(t, err, "the reference accepts %q", data)
		assert.Equal(t, want, got)
	})
}

// TestPostUnmarshalJSONAllocatesOnlyItsStrings: reading a post allocates
// the strings it keeps (here the caption and the brand) and nothing else:
// no reflection, no second pass, no enum name copied.
func TestPostUnmarshalJSONAllocatesOnlyItsStrings(t *testing.T) {
	doc := []byte(`{"caption":"Loving this serum 😍 #ad","platform":"instagram","format":"reel","brand":"Glow Co",` +
		`"jurisdiction":"US","transcript":[],"duration":95.5,"edited":false,"connection":"paid"}`)
	allocs := testing.AllocsPerRun(100, func() {
		var p Post
		if err := p.UnmarshalJSON(doc); err != nil {
			panic(err)
		}
	})
	assert.Equal(t, 2.0, allocs)
}
