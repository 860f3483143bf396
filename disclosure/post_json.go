package disclosure

import (
	"fmt"
	"time"

	"github.com/influencekit/influencekit"
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
// JSON keep s's values.
func (s *Segment) UnmarshalJSON(data []byte) error {
	w := segmentJSON{Start: seconds(s.Start), Text: s.Text}
	if err := decodeStrict(data, &w, segmentSchema); err != nil {
		return err
	}
	if w.Start < 0 {
		return fmt.Errorf("%w: segment start %s is negative", ErrInvalidDuration, appendSeconds(nil, time.Duration(w.Start)))
	}
	*s = Segment{Start: time.Duration(w.Start), Text: w.Text}
	return nil
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
// values.
func (o *Overlay) UnmarshalJSON(data []byte) error {
	w := overlayJSON{Start: seconds(o.Start), End: seconds(o.End), Text: o.Text}
	if err := decodeStrict(data, &w, overlaySchema); err != nil {
		return err
	}
	v := Overlay{Start: time.Duration(w.Start), End: time.Duration(w.End), Text: w.Text}
	if err := v.validate(-1); err != nil {
		return err
	}
	*o = v
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
	Alteration     alterationJSON `json:"alteration"`
	VirtualCreator bool           `json:"virtual_creator"`
	Category       categoryJSON   `json:"category"`
	AgeGated       bool           `json:"age_gated"`
	PlatformLabel  bool           `json:"platform_label"`
	Overlays       *[]overlayJSON `json:"overlays"`
}

type overlayJSON struct {
	Start seconds `json:"start"`
	End   seconds `json:"end"`
	Text  string  `json:"text"`
}

// categoryJSON is a post's "category" member: an unknown name is a
// *PostError naming the member.
type categoryJSON Category

func (c categoryJSON) MarshalText() ([]byte, error) { return Category(c).MarshalText() }

func (c *categoryJSON) UnmarshalText(text []byte) error {
	v, err := ParseCategory(string(text))
	if err != nil {
		return &PostError{Field: "category", Err: err}
	}
	*c = categoryJSON(v)
	return nil
}

// alterationJSON is a post's "alteration" member: an unknown name is a
// *PostError naming the member.
type alterationJSON Alteration

func (a alterationJSON) MarshalText() ([]byte, error) { return Alteration(a).MarshalText() }

func (a *alterationJSON) UnmarshalText(text []byte) error {
	v, err := ParseAlteration(string(text))
	if err != nil {
		return &PostError{Field: "alteration", Err: err}
	}
	*a = alterationJSON(v)
	return nil
}

// MarshalJSON implements json.Marshaler. Every member is written, but
// brand_identity (see [BrandIdentity]) only when the post names one:
//
//	{"caption": "#ad Loving this serum", "platform": "instagram", "format": "reel",
//	 "brand": "Glow Co", "jurisdiction": "US", "transcript": [{"start": 0, "text": "..."}],
//	 "duration": 95.5, "edited": false, "connection": "paid",
//	 "alteration": "generated", "virtual_creator": false, "category": "unknown",
//	 "age_gated": false, "platform_label": true,
//	 "overlays": [{"start": 0, "end": 30, "text": "Publicité"}]}
//
// Enums are their text forms (Platform and Format lower case, "unknown"
// when unset; Jurisdiction its code, as in contract JSON; Connection
// "unknown", "paid", "gift", "affiliate" or "none"; Alteration "none",
// "retouched", "generated" or "deep-fake"; Category its kebab-case name,
// "less-healthy-food"). duration, each segment's start and each overlay's
// start and end are seconds. transcript and overlays are [] when empty. A
// value outside an enum's declared constants is an error.
func (p Post) MarshalJSON() ([]byte, error) {
	if b, ok := appendPost(make([]byte, 0, 160+len(p.Caption)+len(p.Brand)), &p); ok {
		return b, nil
	}
	transcript := make([]segmentJSON, len(p.Transcript))
	for i, seg := range p.Transcript {
		transcript[i] = segmentJSON{Start: seconds(seg.Start), Text: seg.Text}
	}
	w := postJSON{Caption: &p.Caption, Platform: p.Platform, Format: p.Format, Brand: p.Brand,
		Jurisdiction: p.Jurisdiction, Transcript: &transcript, Duration: seconds(p.Duration),
		Edited: p.Edited, Connection: p.Connection, Alteration: alterationJSON(p.Alteration),
		VirtualCreator: p.VirtualCreator, Category: categoryJSON(p.Category), AgeGated: p.AgeGated,
		PlatformLabel: p.PlatformLabel}
	overlays := make([]overlayJSON, len(p.Overlays))
	for i, o := range p.Overlays {
		overlays[i] = overlayJSON{Start: seconds(o.Start), End: seconds(o.End), Text: o.Text}
	}
	w.Overlays = &overlays
	if !p.BrandIdentity.IsZero() {
		w.BrandIdentity = &p.BrandIdentity
	}
	return marshal(w)
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form, as
// other services send posts. caption is required (an object without it is
// an error wrapping ErrMissingCaption); every other member is optional and,
// when absent, keeps p's value, so a caller can fill defaults first. Enum
// names are read case-insensitively ("Instagram", "gb"); an unknown name,
// an unknown member or a time outside time.Duration's range is an error.
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
// or alteration name ("category").
func (p *Post) UnmarshalJSON(data []byte) error {
	w := postJSON{Platform: p.Platform, Format: p.Format, Brand: p.Brand, Jurisdiction: p.Jurisdiction,
		Duration: seconds(p.Duration), Edited: p.Edited, Connection: p.Connection,
		Alteration: alterationJSON(p.Alteration), VirtualCreator: p.VirtualCreator,
		Category: categoryJSON(p.Category), AgeGated: p.AgeGated, PlatformLabel: p.PlatformLabel}
	if !p.BrandIdentity.IsZero() {
		id := p.BrandIdentity
		w.BrandIdentity = &id
	}
	if err := decodeStrict(data, &w, postSchema); err != nil {
		return err
	}
	if w.Caption == nil {
		return ErrMissingCaption
	}
	if w.Duration < 0 {
		return fmt.Errorf("%w: duration %s is negative", ErrInvalidDuration, appendSeconds(nil, time.Duration(w.Duration)))
	}
	transcript := p.Transcript
	if w.Transcript != nil {
		transcript = nil
		if len(*w.Transcript) > 0 {
			transcript = make([]Segment, len(*w.Transcript))
			for i, seg := range *w.Transcript {
				if seg.Start < 0 {
					return fmt.Errorf("%w: transcript[%d] starts at %s, before the video", ErrInvalidDuration, i, appendSeconds(nil, time.Duration(seg.Start)))
				}
				transcript[i] = Segment{Start: time.Duration(seg.Start), Text: seg.Text}
			}
		}
	}
	overlays := p.Overlays
	if w.Overlays != nil {
		overlays = nil
		if len(*w.Overlays) > 0 {
			overlays = make([]Overlay, len(*w.Overlays))
			for i, o := range *w.Overlays {
				overlays[i] = Overlay{Start: time.Duration(o.Start), End: time.Duration(o.End), Text: o.Text}
				if err := overlays[i].validate(i); err != nil {
					return err
				}
			}
		}
	}
	*p = Post{Caption: *w.Caption, Platform: w.Platform, Format: w.Format, Brand: w.Brand,
		Jurisdiction: w.Jurisdiction, Transcript: transcript, Duration: time.Duration(w.Duration),
		Edited: w.Edited, Connection: w.Connection, Alteration: Alteration(w.Alteration),
		VirtualCreator: w.VirtualCreator, Category: Category(w.Category), AgeGated: w.AgeGated,
		PlatformLabel: w.PlatformLabel, Overlays: overlays}
	if w.BrandIdentity != nil {
		p.BrandIdentity = *w.BrandIdentity
	}
	return nil
}
