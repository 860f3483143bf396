package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/influencekit/influencekit/creator"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/jsonobject"
)

// dutiesRequest is what /v1/creator/duties reads: a creator.Profile in its
// JSON form, the markets to judge it in (every built-in jurisdiction when
// absent or empty) and the day to judge it on.
type dutiesRequest struct {
	// Profile is read by creator.Profile's own strict reader, so that its
	// errors name their JSON path under "profile".
	Profile json.RawMessage           `json:"profile"`
	Markets []disclosure.Jurisdiction `json:"markets"`
	// On is the day ages and registration expiries are judged on,
	// "YYYY-MM-DD". Absent, the profile is judged without a day, as
	// creator.Duties judges it: what depends on the day is unknown. The
	// server never reads its own clock for it.
	On string `json:"on"`
}

// field reads the member key of a duties request.
func (q *dutiesRequest) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "profile":
		raw, err := d.Raw()
		q.Profile = raw
		return err
	case "markets":
		return jsonobject.ReadList(d, &q.Markets, func(j *disclosure.Jurisdiction, d *jsonobject.Cursor) error { return d.Text(j) })
	case "on":
		return d.Str(&q.On)
	}
	return d.Unknown()
}

// dutiesResult is what /v1/creator/duties returns.
type dutiesResult struct {
	On     string         `json:"on"`     // the day judged on, "" when none was given
	Duties []creator.Duty `json:"duties"` // [] when the profile triggers none
}

// creatorDuties answers POST /v1/creator/duties with creator.DutiesOn. A
// profile that does not read is a 400 whose field is the JSON path of the
// offending value under "profile"; one that reads but that the package
// rejects (a negative count, a country that is not ISO 3166-1) is a 422
// with the same field.
func (s *server) creatorDuties(w http.ResponseWriter, r *http.Request) {
	var req dutiesRequest
	if !s.readJSON(w, r, readRequest(&req, (*dutiesRequest).field)) {
		return
	}
	if len(req.Profile) == 0 || string(req.Profile) == "null" {
		s.problem(w, r, problemInvalidValue("profile", "profile is required: the creator's profile"))
		return
	}
	var p creator.Profile
	if err := p.UnmarshalJSON(req.Profile); err != nil {
		field := profileField(err)
		if errors.Is(err, creator.ErrInvalidProfile) {
			s.problem(w, r, problemRejected(field, err.Error()))
		} else {
			s.problem(w, r, problemInvalidValue(field, err.Error()))
		}
		return
	}
	var day time.Time
	if req.On != "" {
		d, err := time.Parse(time.DateOnly, req.On)
		if err != nil || d.Format(time.DateOnly) != req.On {
			s.problem(w, r, problemInvalidValue("on", "on "+strconv.Quote(req.On)+" is not a day written YYYY-MM-DD"))
			return
		}
		day = d
	}
	duties, err := creator.DutiesOn(day, p, req.Markets...)
	if err != nil {
		s.problem(w, r, problemRejected(profileField(err), err.Error()))
		return
	}
	s.writeJSON(w, r, dutiesResult{On: req.On, Duties: duties})
}

// profileField is the request's JSON path of the value a creator error
// names: "profile" and the *creator.FieldError's path under it, or
// "profile" alone when err names none.
func profileField(err error) string {
	if fe, ok := errors.AsType[*creator.FieldError](err); ok && fe.Field != "" {
		return "profile." + fe.Field
	}
	return "profile"
}
