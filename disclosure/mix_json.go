package disclosure

import "fmt"

type evidenceJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// MarshalJSON implements json.Marshaler: {"start": 25, "end": 30, "text":
// "MAX20"}, start and end in bytes of the caption.
func (e Evidence) MarshalJSON() ([]byte, error) { return marshal(evidenceJSON(e)) }

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form. A
// negative span or one that ends before it starts is an error wrapping
// ErrInvalidOffset.
func (e *Evidence) UnmarshalJSON(data []byte) error {
	var w evidenceJSON
	if err := decodeStrict(data, &w, evidenceSchema); err != nil {
		return err
	}
	if w.Start < 0 || w.End < w.Start {
		return fmt.Errorf("%w: evidence span [%d, %d) in bytes", ErrInvalidOffset, w.Start, w.End)
	}
	*e = Evidence(w)
	return nil
}

type mixPostJSON struct {
	Sponsorship Sponsorship  `json:"sponsorship"`
	Labels      []Label      `json:"labels"`
	Mentions    []Evidence   `json:"mentions"`
	Codes       []Evidence   `json:"codes"`
	Links       []Evidence   `json:"links"`
	Score       int          `json:"score"`
	Signals     []AdEvidence `json:"signals"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"sponsorship": "looks-sponsored", "labels": [], "mentions": [...], "codes": [...], "links": [],
//	 "score": 4, "signals": [{"signal": "discount-code", "weight": 3, "start": 9, "end": 14, "text": "MAX20"}]}
//
// Every list is [] when empty; labels are in Label's form, signals in
// [AdEvidence]'s.
func (mp MixPost) MarshalJSON() ([]byte, error) {
	return marshal(mixPostJSON{Sponsorship: mp.Sponsorship, Labels: orEmpty(mp.Labels),
		Mentions: orEmpty(mp.Mentions), Codes: orEmpty(mp.Codes), Links: orEmpty(mp.Links),
		Score: mp.Score, Signals: orEmpty(mp.Signals)})
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form; empty
// lists read as nil.
func (mp *MixPost) UnmarshalJSON(data []byte) error {
	var w mixPostJSON
	if err := decodeStrict(data, &w, mixPostSchema); err != nil {
		return err
	}
	*mp = MixPost{Sponsorship: w.Sponsorship, Labels: orNil(w.Labels),
		Mentions: orNil(w.Mentions), Codes: orNil(w.Codes), Links: orNil(w.Links),
		Score: w.Score, Signals: orEmpty(w.Signals)}
	return nil
}

type mixJSON struct {
	Posts               []MixPost `json:"posts"`
	Labelled            int       `json:"labelled"`
	ClearlyLabelled     int       `json:"clearly_labelled"`
	LooksSponsored      int       `json:"looks_sponsored"`
	Organic             int       `json:"organic"`
	LabelledShare       float64   `json:"labelled_share"`
	LooksSponsoredShare float64   `json:"looks_sponsored_share"`
	SponsoredShare      float64   `json:"sponsored_share"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"posts": [...], "labelled": 3, "clearly_labelled": 2, "looks_sponsored": 1, "organic": 8,
//	 "labelled_share": 0.25, "looks_sponsored_share": 0.0833, "sponsored_share": 0.3333}
//
// The shares are LabelledShare, LooksSponsoredShare and SponsoredShare,
// fractions, for readers in other languages; UnmarshalJSON ignores them.
func (m Mix) MarshalJSON() ([]byte, error) {
	return marshal(mixJSON{Posts: orEmpty(m.Posts), Labelled: m.Labelled, ClearlyLabelled: m.ClearlyLabelled,
		LooksSponsored: m.LooksSponsored, Organic: m.Organic, LabelledShare: m.LabelledShare(),
		LooksSponsoredShare: m.LooksSponsoredShare(), SponsoredShare: m.SponsoredShare()})
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form. An
// empty posts list reads as nil.
func (m *Mix) UnmarshalJSON(data []byte) error {
	var w mixJSON
	if err := decodeStrict(data, &w, mixSchema); err != nil {
		return err
	}
	*m = Mix{Posts: orNil(w.Posts), Labelled: w.Labelled, ClearlyLabelled: w.ClearlyLabelled,
		LooksSponsored: w.LooksSponsored, Organic: w.Organic}
	return nil
}
