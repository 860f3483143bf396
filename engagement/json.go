package engagement

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/influencekit/influencekit/internal/jsonobject"
	"github.com/influencekit/influencekit/tier"
)

// This file holds the JSON forms of the package's results (the rules of
// API.md's "Results travel as JSON"): snake_case keys named by each field's
// json tag, lists as [] never null, enums as their names, rates as
// fractions, dates as "YYYY-MM-DD". Types whose fields encoding/json writes
// as they are need nothing here; the methods below cover dates, nil lists
// and unexported fields.

// ErrInvalidDate is wrapped when a JSON date is not "YYYY-MM-DD".
var ErrInvalidDate = errors.New("engagement: invalid date")

// ErrInvalidJSON is wrapped when JSON text does not have the form of the
// type it is read into: a member name the type does not have, including a
// known name in another case ("Completion" for "completion"), a member
// given twice, or a value of the wrong JSON type. The message names the
// member and the JSON types, never Go's.
var ErrInvalidJSON = errors.New("engagement: invalid JSON")

// readStrict decodes data, one JSON object, into v, a pointer to a struct
// (a type without this package's JSON methods, so that it does not recurse),
// with the library's one rule for JSON objects (internal/jsonobject):
// member names exactly as the json tags spell them, each at most once.
// what names the value in messages ("story"). JSON null leaves v unchanged,
// as encoding/json does.
func readStrict(data []byte, v any, what string) error {
	if string(bytes.Trim(data, " \t\r\n")) == "null" { // JSON whitespace only
		return nil
	}
	err := jsonobject.Unmarshal(data, v)
	if err == nil {
		return nil
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		return fmt.Errorf("%w: %s: member %q is a JSON %s, want %s", ErrInvalidJSON, what, te.Field, te.Value, jsonKind(te.Type))
	}
	if errors.Is(err, jsonobject.ErrNotObject) || errors.Is(err, jsonobject.ErrUnknownMember) || errors.Is(err, jsonobject.ErrRepeatedMember) {
		return fmt.Errorf("%w: %s: %w", ErrInvalidJSON, what, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// jsonKind says in JSON terms what a value of type t is written as, in
// the words every reader of the module uses: "an array", "true or false".
func jsonKind(t reflect.Type) string {
	if t.Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) || reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return jsonKind(t.Elem())
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	}
	return "a number"
}

// dateText writes t's calendar date in t's own location, "2026-01-04".
func dateText(t time.Time) string { return t.Format(time.DateOnly) }

// parseDate reads a "YYYY-MM-DD" date as midnight UTC.
func parseDate(field, s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %s %q is not YYYY-MM-DD", ErrInvalidDate, field, s)
	}
	return t, nil
}

// parsePeriod reads a goal's start and deadline dates with [parseDate].
func parsePeriod(start, deadline string) (from, to time.Time, err error) {
	if from, err = parseDate("start", start); err != nil {
		return from, to, err
	}
	to, err = parseDate("deadline", deadline)
	return from, to, err
}

type followerSampleJSON struct {
	Date      string `json:"date"`
	Followers int64  `json:"followers"`
}

// MarshalJSON implements [json.Marshaler]:
// {"date":"2026-01-04","followers":3710}. The date is the calendar date of
// Date in its own location; a time of day is not written.
func (s FollowerSample) MarshalJSON() ([]byte, error) {
	return json.Marshal(followerSampleJSON{Date: dateText(s.Date), Followers: s.Followers})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; the date reads as midnight UTC. A date that is not "YYYY-MM-DD"
// is an error wrapping [ErrInvalidDate].
func (s *FollowerSample) UnmarshalJSON(data []byte) error {
	var j followerSampleJSON
	if err := readStrict(data, &j, "follower sample"); err != nil {
		return err
	}
	d, err := parseDate("date", j.Date)
	if err != nil {
		return err
	}
	*s = FollowerSample{Date: d, Followers: j.Followers}
	return nil
}

type measurementJSON struct {
	Date  string  `json:"date"`
	Value float64 `json:"value"`
}

// MarshalJSON implements [json.Marshaler]: {"date":"2026-02-01","value":1200}.
// The date is the calendar date of Date in its own location.
func (m Measurement) MarshalJSON() ([]byte, error) {
	return json.Marshal(measurementJSON{Date: dateText(m.Date), Value: m.Value})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; the date reads as midnight UTC and must be "YYYY-MM-DD" (else an
// error wrapping [ErrInvalidDate]).
func (m *Measurement) UnmarshalJSON(data []byte) error {
	var j measurementJSON
	if err := readStrict(data, &j, "measurement"); err != nil {
		return err
	}
	d, err := parseDate("date", j.Date)
	if err != nil {
		return err
	}
	*m = Measurement{Date: d, Value: j.Value}
	return nil
}

type goalJSON struct {
	Name     string  `json:"name"`
	KPI      KPI     `json:"kpi"`
	Target   float64 `json:"target"`
	Start    string  `json:"start"`
	Deadline string  `json:"deadline"`
}

// MarshalJSON implements [json.Marshaler]:
// {"name":"...","kpi":"follower-growth","target":0.3,"start":"2026-01-01","deadline":"2026-12-31"}.
// Dates are calendar dates in each time's own location. An undeclared [KPI]
// is an error wrapping [ErrUnknownKPI].
func (g Goal) MarshalJSON() ([]byte, error) {
	return json.Marshal(goalJSON{Name: g.Name, KPI: g.KPI, Target: g.Target, Start: dateText(g.Start), Deadline: dateText(g.Deadline)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; dates read as midnight UTC. The goal is not validated here
// ([Goal.Evaluate] does that); a date that is not "YYYY-MM-DD" is an error
// wrapping [ErrInvalidDate], an unknown [KPI] one wrapping [ErrUnknownKPI].
func (g *Goal) UnmarshalJSON(data []byte) error {
	var j goalJSON
	if err := readStrict(data, &j, "goal"); err != nil {
		return err
	}
	start, deadline, err := parsePeriod(j.Start, j.Deadline)
	if err != nil {
		return err
	}
	*g = Goal{Name: j.Name, KPI: j.KPI, Target: j.Target, Start: start, Deadline: deadline}
	return nil
}

type signalJSON struct {
	Kind      SignalKind `json:"kind"`
	Measured  float64    `json:"measured"`
	Threshold float64    `json:"threshold"`
	At        string     `json:"at,omitempty"`
	Evidence  string     `json:"evidence"`
}

// MarshalJSON implements [json.Marshaler]:
// {"kind":"follower-spike","measured":0.42,"threshold":0.1,"at":"2026-03-02","evidence":"..."}.
// "at" is written only when At is set (a follower spike's date).
func (s Signal) MarshalJSON() ([]byte, error) {
	j := signalJSON{Kind: s.Kind, Measured: s.Measured, Threshold: s.Threshold, Evidence: s.Evidence}
	if !s.At.IsZero() {
		j.At = dateText(s.At)
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; "at", when present, reads as midnight UTC and must be
// "YYYY-MM-DD" (else an error wrapping [ErrInvalidDate]).
func (s *Signal) UnmarshalJSON(data []byte) error {
	var j signalJSON
	if err := readStrict(data, &j, "signal"); err != nil {
		return err
	}
	out := Signal{Kind: j.Kind, Measured: j.Measured, Threshold: j.Threshold, Evidence: j.Evidence}
	if j.At != "" {
		at, err := parseDate("at", j.At)
		if err != nil {
			return err
		}
		out.At = at
	}
	*s = out
	return nil
}

// MarshalJSON implements [json.Marshaler]:
// {"completion":0.72,"strong":true,"retention":[1,0.9,0.8],"worst_frame":2}.
// Retention is [] for a [Story] without frames, never null. The form reads
// back with [json.Unmarshal].
func (s Story) MarshalJSON() ([]byte, error) {
	type plain Story // the same fields and tags, without this method
	p := plain(s)
	if p.Retention == nil {
		p.Retention = []Rate{}
	}
	return json.Marshal(p)
}

// MarshalJSON implements [json.Marshaler]: the fields under their json
// tags, days and per-day figures in days, and Spikes as [] when there are
// none, never null. The form reads back with [json.Unmarshal].
func (g Growth) MarshalJSON() ([]byte, error) {
	type plain Growth
	p := plain(g)
	if p.Spikes == nil {
		p.Spikes = []FollowerSpike{}
	}
	return json.Marshal(p)
}

type benchmarkTableJSON struct {
	Name   string          `json:"name"`
	Source string          `json:"source"`
	Scale  tier.Scale      `json:"scale"`
	Rows   []TierBenchmark `json:"rows"`
}

// MarshalJSON implements [json.Marshaler]: the table's name, source, scale
// (as [tier.Scale.MarshalJSON] writes it) and rows in tier order. For
// [HypeAuditor2018Benchmarks], named by the key of its source,
// hypeauditor-2018 (HypeAuditor, "Instagram engagement rate by follower
// count", 2018):
//
//	{"name":"hypeauditor-2018","source":"...","scale":{"name":"hypeauditor-legacy","floors":{...}},
//	 "rows":[{"tier":"unranked","expected":{"low":0.1058,"high":0.1058}}, ...]}
//
// The zero [BenchmarkTable] has rows [].
func (t BenchmarkTable) MarshalJSON() ([]byte, error) {
	rows := t.rows
	if rows == nil {
		rows = []TierBenchmark{}
	}
	return json.Marshal(benchmarkTableJSON{Name: t.name, Source: t.source, Scale: t.scale, Rows: rows})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes, through [NewBenchmarkTable]: a table round-trips, and text that
// [NewBenchmarkTable] would refuse (a duplicate tier, an invalid range, a
// tier empty on the scale) is an error wrapping [ErrInvalidThreshold]. The
// scale reads as [tier.Scale.UnmarshalJSON] says. On error t is left
// unchanged.
func (t *BenchmarkTable) UnmarshalJSON(data []byte) error {
	var j benchmarkTableJSON
	if err := readStrict(data, &j, "benchmark table"); err != nil {
		return err
	}
	got, err := NewBenchmarkTable(j.Name, j.Source, j.Scale, j.Rows...)
	if err != nil {
		return err
	}
	*t = got
	return nil
}
