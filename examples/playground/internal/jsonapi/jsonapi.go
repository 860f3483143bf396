// Package jsonapi is what the playground's WebAssembly module does with
// the strings JavaScript hands it: a post's JSON in, the library's JSON out.
// It is plain Go, so it is tested without a browser; the module in
// ../../wasm only moves strings across syscall/js.
//
// # Posts
//
// A post is the JSON form of [disclosure.Post]: an object with a caption
// (required) and any of platform, jurisdiction, brand, connection, format,
// edited, transcript, duration, alteration, virtual_creator, category,
// age_gated, approval, followers, platform_label and overlays ([{"start":
// 0, "end": 30, "text": "Publicité"}], seconds). Enums are their text
// forms ("instagram", "UK", "paid", "deep-fake", "less-healthy-food"),
// read ignoring case; an unknown member or name, a negative follower
// count, or an overlay ending before it starts, is an error.
package jsonapi

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// ErrPost is wrapped by the error for JSON that is not a post: malformed,
// not an object, without a caption, with an unknown member or an enum
// value that names nothing.
var ErrPost = errors.New("jsonapi: bad post")

// decodePost reads one post in [disclosure.Post]'s JSON form.
func decodePost(postJSON string) (disclosure.Post, error) {
	var p disclosure.Post
	if err := json.Unmarshal([]byte(postJSON), &p); err != nil {
		return disclosure.Post{}, fmt.Errorf("%w: %w", ErrPost, err)
	}
	return p, nil
}

// Check returns the JSON of [disclosure.Check]'s report on the post in
// postJSON: exactly json.Marshal of the [disclosure.Report]. The error
// wraps [ErrPost] when postJSON is not a post.
func Check(postJSON string) (string, error) {
	p, err := decodePost(postJSON)
	if err != nil {
		return "", err
	}
	data, err := json.Marshal(disclosure.Check(p))
	if err != nil {
		return "", fmt.Errorf("jsonapi: marshal report: %w", err)
	}
	return string(data), nil
}

// Autofix returns [disclosure.Autofix] of the post in postJSON: its caption
// with every fixable finding fixed. The error wraps [ErrPost] when postJSON
// is not a post.
func Autofix(postJSON string) (string, error) {
	p, err := decodePost(postJSON)
	if err != nil {
		return "", err
	}
	return disclosure.Autofix(p), nil
}

// Vocabulary is the text form of every value a post's enums take, in
// declaration order, zero value first: what a page offers in its selects.
type Vocabulary struct {
	Platforms     []influencekit.Platform   `json:"platforms"`
	Jurisdictions []disclosure.Jurisdiction `json:"jurisdictions"`
	Connections   []disclosure.Connection   `json:"connections"`
	Alterations   []disclosure.Alteration   `json:"alterations"`
	Categories    []disclosure.Category     `json:"categories"`
}

// Names returns the JSON of the [Vocabulary]: platforms (unknown first),
// jurisdictions (US first), connections (unknown first, none last),
// alterations (none first, deep-fake last) and categories (unknown first:
// the linter reads the category from the caption).
func Names() (string, error) {
	v := Vocabulary{
		Platforms:     append([]influencekit.Platform{influencekit.UnknownPlatform}, influencekit.Platforms()...),
		Jurisdictions: disclosure.Jurisdictions(),
		Connections: []disclosure.Connection{
			disclosure.UnknownConnection, disclosure.Paid, disclosure.Gift, disclosure.Affiliate, disclosure.NoConnection,
		},
		Alterations: []disclosure.Alteration{
			disclosure.NoAlteration, disclosure.Retouched, disclosure.Generated, disclosure.DeepFake,
		},
		Categories: []disclosure.Category{
			disclosure.UnknownCategory, disclosure.OtherCategory, disclosure.LessHealthyFood, disclosure.Alcohol,
			disclosure.Nicotine, disclosure.Gambling, disclosure.Investment, disclosure.Crypto,
			disclosure.CosmeticProcedure, disclosure.PrescriptionMedicine,
		},
	}
	data, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("jsonapi: marshal vocabulary: %w", err)
	}
	return string(data), nil
}
