package disclosure

import (
	"fmt"
	"math"
	"strconv"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonobject"
)

// The JSON forms of what Check reads: a Post and its transcript's
// segments, read strictly as other services send them.

type segmentJSON struct {
	Start seconds `json:"start"`
	Text  string  `json:"text"`
}

// MarshalJSON implements json.Marshaler: {"start": 12.5, "text": "this
// video is sponsored by Glow Co"}, start in seconds from the beginning of
// the video.
func (s Segment) MarshalJSON() ([]byte, error) {
	return appendSegment(nil, s.Start, s.Text), nil
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form. start
// is any JSON number of seconds ("12.5", "1e-3"), read exactly and rounded
// to the nanosecond; one outside time.Duration's range is an error
// wrapping ErrInvalidDuration, and so is a negative start (a segment
// starts at or after the beginning of the video). Members absent from the
// JSON keep s's values; null keeps them all.
func (s *Segment) UnmarshalJSON(data []byte) error {
	d := jsonobject.NewCursor(data, cursorErrors, cursorError)
	v := *s
	err := readValue(&d, segmentForm, "", func() error { return readSegment(&d, segmentForm, &v) })
	if err == nil {
		err = atEnd(&d)
	}
	if err != nil {
		return syntaxFirst(data, segmentForm, err)
	}
	if v.Start < 0 {
		return fmt.Errorf("%w: segment start %s is negative", ErrInvalidDuration, appendSeconds(nil, v.Start))
	}
	*s = v
	return nil
}

type postJSON struct {
	Caption      *string               `json:"caption"`
	Platform     influencekit.Platform `json:"platform"`
	Format       influencekit.Format   `json:"format"`
	Brand        string                `json:"brand"`
	Jurisdiction Jurisdiction          `json:"jurisdiction"`
	Transcript   *[]segmentJSON        `json:"transcript"`
	Duration     seconds               `json:"duration"`
	Edited       bool                  `json:"edited"`
	Connection   Connection            `json:"connection"`
	// BrandIdentity is written only when the post has one.
	BrandIdentity  *BrandIdentity `json:"brand_identity,omitempty"`
	Alteration     Alteration     `json:"alteration"`
	VirtualCreator bool           `json:"virtual_creator"`
	Category       Category       `json:"category"`
	AgeGated       bool           `json:"age_gated"`
	Approval       string         `json:"approval"`
	Followers      int64          `json:"followers"`
	PlatformLabel  bool           `json:"platform_label"`
	Overlays       []overlayJSON  `json:"overlays"`
}

type overlayJSON struct {
	Start seconds `json:"start"`
	End   seconds `json:"end"`
	Text  string  `json:"text"`
}

// MarshalJSON implements json.Marshaler: {"start": 0, "end": 3.5, "text":
// "Publicité"}, start and end in seconds from the beginning of the video.
func (o Overlay) MarshalJSON() ([]byte, error) {
	return appendOverlay(nil, &o), nil
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form, with
// [Segment.UnmarshalJSON]'s rules for the times. A negative start or an
// end before the start is a *[PostError] naming "start" or "end" and
// wrapping [ErrInvalidDuration]. Members absent from the JSON keep o's
// values; null keeps them all.
func (o *Overlay) UnmarshalJSON(data []byte) error {
	d := jsonobject.NewCursor(data, cursorErrors, cursorError)
	v := *o
	err := readValue(&d, overlayForm, "", func() error { return readOverlay(&d, overlayForm, &v) })
	if err == nil {
		err = atEnd(&d)
	}
	if err != nil {
		return syntaxFirst(data, overlayForm, err)
	}
	if err := v.validate(-1); err != nil {
		return err
	}
	*o = v
	return nil
}

// MarshalJSON implements json.Marshaler. Every member is written, but
// brand_identity (see [BrandIdentity]) only when the post names one:
//
//	{"caption": "#ad Loving this serum", "platform": "instagram", "format": "reel",
//	 "brand": "Glow Co", "jurisdiction": "US", "transcript": [{"start": 0, "text": "..."}],
//	 "duration": 95.5, "edited": false, "connection": "paid",
//	 "alteration": "generated", "virtual_creator": false, "category": "unknown",
//	 "age_gated": false, "approval": "", "followers": 120000, "platform_label": true,
//	 "overlays": [{"start": 0, "end": 30, "text": "Publicité"}]}
//
// Enums are their text forms (Platform and Format lower case, "unknown"
// when unset; Jurisdiction its code, as in contract JSON; Connection
// "unknown", "paid", "gift", "affiliate" or "none"; Alteration "none",
// "retouched", "generated" or "deep-fake"; Category its kebab-case name,
// "less-healthy-food"). duration, each segment's start and each overlay's
// start and end are seconds; followers is a whole number, 0 when unknown. transcript and overlays are [] when empty. A
// value outside an enum's declared constants is an error.
func (p Post) MarshalJSON() ([]byte, error) {
	if b, ok := appendPost(make([]byte, 0, 160+len(p.Caption)+len(p.Brand)), &p); ok {
		return b, nil
	}
	return marshalPost(p)
}

// marshalPost is MarshalJSON's encoding/json form, which says why a post
// cannot be written. (A function of its own, so that MarshalJSON's p stays
// on the stack.)
func marshalPost(p Post) ([]byte, error) {
	transcript := make([]segmentJSON, len(p.Transcript))
	for i, seg := range p.Transcript {
		transcript[i] = segmentJSON{Start: seconds(seg.Start), Text: seg.Text}
	}
	w := postJSON{Caption: &p.Caption, Platform: p.Platform, Format: p.Format, Brand: p.Brand,
		Jurisdiction: p.Jurisdiction, Transcript: &transcript, Duration: seconds(p.Duration),
		Edited: p.Edited, Connection: p.Connection, Alteration: p.Alteration, VirtualCreator: p.VirtualCreator,
		Category: p.Category, AgeGated: p.AgeGated, Approval: p.Approval, Followers: p.Followers, PlatformLabel: p.PlatformLabel, Overlays: make([]overlayJSON, len(p.Overlays))}
	for i, o := range p.Overlays {
		w.Overlays[i] = overlayJSON{Start: seconds(o.Start), End: seconds(o.End), Text: o.Text}
	}
	if !p.BrandIdentity.IsZero() {
		w.BrandIdentity = &p.BrandIdentity
	}
	return marshal(w)
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form, as
// other services send posts. caption is required (an object without it,
// null or "caption": null is an error wrapping ErrMissingCaption); every
// other member is optional and, when absent, keeps p's value, so a caller
// can fill defaults first ("brand_identity": null clears it). Enum names
// are read case-insensitively ("Instagram", "gb"); an unknown name, an
// unknown member or a time outside time.Duration's range is an error.
// A negative duration or segment start is an error wrapping
// [ErrInvalidDuration]. Segments out of time order and a segment starting
// after duration are read as sent: [Check] orders spoken labels by Start,
// and a live stream's last stretch runs to the later of duration and the
// last segment's Start. An empty transcript reads as nil, and so do empty
// overlays.
//
// The values [Post.Validate] rejects are errors here too, as a
// *[PostError] naming the member's JSON path: a negative start or an end
// before the start of an overlay ("overlays[1].end"), an unknown category
// or alteration name ("category"), a negative follower count
// ("followers"). followers that is not a whole number from 0 to
// 2^63-1 ("1.5", "1e6") is a type error naming the member.
//
// The post is read in one pass, without reflection: text that is not JSON
// is reported as such wherever it is, and otherwise the first wrong member
// in the document is, then a missing caption, then a negative time. Only
// the strings the post keeps are allocated.
func (p *Post) UnmarshalJSON(data []byte) error {
	d := jsonobject.NewCursor(data, cursorErrors, cursorError)
	v := *p
	if v.BrandIdentity.IsZero() {
		v.BrandIdentity = BrandIdentity{} // one that names nothing (empty lists) is none
	}
	var read postMembersRead
	err := readValue(&d, postForm, "", func() error { return readPostMembers(&d, &v, &read) })
	if err == nil {
		err = atEnd(&d)
	}
	if err != nil {
		return syntaxFirst(data, postForm, err)
	}
	if !read.caption {
		return ErrMissingCaption
	}
	if v.Duration < 0 {
		return fmt.Errorf("%w: duration %s is negative", ErrInvalidDuration, appendSeconds(nil, v.Duration))
	}
	for i, seg := range v.Transcript {
		if read.transcript && seg.Start < 0 {
			return fmt.Errorf("%w: transcript[%d] starts at %s, before the video", ErrInvalidDuration, i, appendSeconds(nil, seg.Start))
		}
	}
	for i, o := range v.Overlays {
		if err := o.validate(i); read.overlays && err != nil {
			return err
		}
	}
	*p = v
	return nil
}

// postMembersRead says which of a post's members the JSON gave, for the
// checks made once the whole post is read.
type postMembersRead struct {
	caption    bool // a caption that is not null
	transcript bool // a transcript that is not null
	overlays   bool // overlays that are not null
}

// readPostMembers reads the members of a post's object into v, its '{'
// read: each member is one case.
func readPostMembers(d *jsonobject.Cursor, v *Post, read *postMembersRead) error {
	f := postForm
	return readMembers(d, f, func(name []byte) (bool, error) {
		switch string(name) {
		case "caption":
			return true, readString(d, f, "caption", &v.Caption, &read.caption)
		case "platform":
			return true, readEnum(d, f, "platform", v.Platform.UnmarshalText)
		case "format":
			return true, readEnum(d, f, "format", v.Format.UnmarshalText)
		case "brand":
			return true, readString(d, f, "brand", &v.Brand, nil)
		case "jurisdiction":
			return true, readEnum(d, f, "jurisdiction", v.Jurisdiction.UnmarshalText)
		case "transcript":
			return true, readTranscript(d, f, &v.Transcript, &read.transcript)
		case "duration":
			return true, readSeconds(d, &v.Duration)
		case "edited":
			return true, readBool(d, f, "edited", &v.Edited)
		case "connection":
			return true, readEnum(d, f, "connection", v.Connection.UnmarshalText)
		case "brand_identity":
			return true, readBrandIdentity(d, &v.BrandIdentity)
		case "alteration":
			return true, readEnum(d, f, "alteration", v.Alteration.readPostMember)
		case "virtual_creator":
			return true, readBool(d, f, "virtual_creator", &v.VirtualCreator)
		case "category":
			return true, readEnum(d, f, "category", v.Category.readPostMember)
		case "age_gated":
			return true, readBool(d, f, "age_gated", &v.AgeGated)
		case "approval":
			return true, readString(d, f, "approval", &v.Approval, nil)
		case "followers":
			return true, readFollowers(d, f, &v.Followers)
		case "platform_label":
			return true, readBool(d, f, "platform_label", &v.PlatformLabel)
		case "overlays":
			return true, readOverlays(d, f, &v.Overlays, &read.overlays)
		}
		return false, nil
	})
}

// readFollowers reads a post's follower count: a whole number, written
// without a fraction or an exponent, from 0 to 2^63-1; null keeps *dst.
// A negative count is a *PostError naming the member.
func readFollowers(d *jsonobject.Cursor, f form, dst *int64) error {
	kind, text, err := d.ValueBytes()
	switch {
	case err != nil || kind == jsonobject.KindNull:
		return err
	case kind != jsonobject.KindNumber:
		return f.typeError("followers", kind, "a whole number")
	}
	n, err := strconv.ParseInt(string(text), 10, 64)
	if err != nil {
		return jsonError(influencekit.ErrJSONType, "%s %q is %s, want a whole number from 0 to %d", f.top, f.prefix+"followers", text, int64(math.MaxInt64))
	}
	if n < 0 {
		return negativeFollowers(n)
	}
	*dst = n
	return nil
}

// readSegment reads the members of a segment's object into v, its '{'
// read.
func readSegment(d *jsonobject.Cursor, f form, v *Segment) error {
	return readMembers(d, f, func(name []byte) (bool, error) {
		switch string(name) {
		case "start":
			return true, readSeconds(d, &v.Start)
		case "text":
			return true, readString(d, f, "text", &v.Text, nil)
		}
		return false, nil
	})
}

// readBrandIdentity reads a post's brand_identity into v: its members
// change v's, null clears it.
func readBrandIdentity(d *jsonobject.Cursor, v *BrandIdentity) error {
	kind, _, err := d.ValueBytes()
	switch {
	case err != nil:
		return err
	case kind == jsonobject.KindNull:
		*v = BrandIdentity{}
		return nil
	case kind != jsonobject.KindObject:
		return postForm.typeError("brand_identity", kind, "a post object")
	}
	f := brandIdentityForm
	return readMembers(d, f, func(name []byte) (bool, error) {
		switch string(name) {
		case "name":
			return true, readString(d, f, "name", &v.Name, nil)
		case "legal_entity":
			return true, readString(d, f, "legal_entity", &v.LegalEntity, nil)
		case "trading_names":
			return true, readStrings(d, f, "trading_names", &v.TradingNames)
		case "handles":
			return true, readStrings(d, f, "handles", &v.Handles)
		}
		return false, nil
	})
}

// readTranscript reads a list of segments into *dst: [] reads as nil, null
// keeps *dst. present is set when the value is not null.
func readTranscript(d *jsonobject.Cursor, f form, dst *[]Segment, present *bool) error {
	kind, _, err := d.ValueBytes()
	switch {
	case err != nil || kind == jsonobject.KindNull:
		return err
	case kind != jsonobject.KindArray:
		return f.typeError("transcript", kind, "an array")
	}
	*present = true
	var list []Segment
	for first := true; ; first = false {
		more, err := d.NextElement(first)
		if err != nil {
			return err
		}
		if !more {
			break
		}
		list = append(list, Segment{})
		err = readValue(d, f, "transcript", func() error { return readSegment(d, transcriptForm, &list[len(list)-1]) })
		if err != nil {
			return err
		}
	}
	*dst = list
	return nil
}

// readPostMember is [Category.UnmarshalText] for a post's "category"
// member: an unknown name is a *PostError naming the member.
func (c *Category) readPostMember(text []byte) error {
	if err := c.UnmarshalText(text); err != nil {
		return &PostError{Field: "category", Err: err}
	}
	return nil
}

// readPostMember is [Alteration.UnmarshalText] for a post's "alteration"
// member: an unknown name is a *PostError naming the member.
func (a *Alteration) readPostMember(text []byte) error {
	if err := a.UnmarshalText(text); err != nil {
		return &PostError{Field: "alteration", Err: err}
	}
	return nil
}

// readOverlay reads the members of an overlay's object into v, its '{'
// read.
func readOverlay(d *jsonobject.Cursor, f form, v *Overlay) error {
	return readMembers(d, f, func(name []byte) (bool, error) {
		switch string(name) {
		case "start":
			return true, readSeconds(d, &v.Start)
		case "end":
			return true, readSeconds(d, &v.End)
		case "text":
			return true, readString(d, f, "text", &v.Text, nil)
		}
		return false, nil
	})
}

// readOverlays reads a list of overlays into *dst: [] reads as nil, null
// keeps *dst. present is set when the value is not null.
func readOverlays(d *jsonobject.Cursor, f form, dst *[]Overlay, present *bool) error {
	kind, _, err := d.ValueBytes()
	switch {
	case err != nil || kind == jsonobject.KindNull:
		return err
	case kind != jsonobject.KindArray:
		return f.typeError("overlays", kind, "an array")
	}
	*present = true
	var list []Overlay
	for first := true; ; first = false {
		more, err := d.NextElement(first)
		if err != nil {
			return err
		}
		if !more {
			break
		}
		list = append(list, Overlay{})
		err = readValue(d, f, "overlays", func() error { return readOverlay(d, overlaysForm, &list[len(list)-1]) })
		if err != nil {
			return err
		}
	}
	*dst = list
	return nil
}
