package engagement

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/influencekit/influencekit/internal/jsonobject"
)

// The strict readers of the package's plain result types: the form
// encoding/json writes from their json tags, read with the library's one
// rule for JSON objects (see readStrict), so that "Completion" or a
// repeated "rate" is an error wrapping [ErrInvalidJSON] rather than a value
// read silently, and a value of the wrong type is named in JSON terms.
// Members left out keep their values, as with encoding/json; on error the
// value is left unchanged.

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [Story], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error s is left unchanged.
func (s *Story) UnmarshalJSON(data []byte) error {
	type plain Story // the same fields and tags, without this method
	p := plain(*s)
	if err := readStrict(data, &p, "story"); err != nil {
		return err
	}
	*s = Story(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [Range], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error r is left unchanged.
func (r *Range) UnmarshalJSON(data []byte) error {
	type plain Range // the same fields and tags, without this method
	p := plain(*r)
	if err := readStrict(data, &p, "range"); err != nil {
		return err
	}
	*r = Range(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [TierComparison], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error t is left unchanged.
func (t *TierComparison) UnmarshalJSON(data []byte) error {
	type plain TierComparison // the same fields and tags, without this method
	p := plain(*t)
	if err := readStrict(data, &p, "tier comparison"); err != nil {
		return err
	}
	*t = TierComparison(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [TierBenchmark], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error t is left unchanged.
func (t *TierBenchmark) UnmarshalJSON(data []byte) error {
	type plain TierBenchmark // the same fields and tags, without this method
	p := plain(*t)
	if err := readStrict(data, &p, "tier benchmark"); err != nil {
		return err
	}
	*t = TierBenchmark(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [GoalReport], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error g is left unchanged.
func (g *GoalReport) UnmarshalJSON(data []byte) error {
	type plain GoalReport // the same fields and tags, without this method
	p := plain(*g)
	if err := readStrict(data, &p, "goal report"); err != nil {
		return err
	}
	*g = GoalReport(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [Growth], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error g is left unchanged.
func (g *Growth) UnmarshalJSON(data []byte) error {
	type plain Growth // the same fields and tags, without this method
	p := plain(*g)
	if err := readStrict(data, &p, "growth"); err != nil {
		return err
	}
	*g = Growth(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [FollowerSpike], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error f is left unchanged.
func (f *FollowerSpike) UnmarshalJSON(data []byte) error {
	type plain FollowerSpike // the same fields and tags, without this method
	p := plain(*f)
	if err := readStrict(data, &p, "follower spike"); err != nil {
		return err
	}
	*f = FollowerSpike(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [CommentStats], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error c is left unchanged.
func (c *CommentStats) UnmarshalJSON(data []byte) error {
	type plain CommentStats // the same fields and tags, without this method
	p := plain(*c)
	if err := readStrict(data, &p, "comment stats"); err != nil {
		return err
	}
	*c = CommentStats(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [RevenueReport], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error r is left unchanged.
func (r *RevenueReport) UnmarshalJSON(data []byte) error {
	type plain RevenueReport // the same fields and tags, without this method
	p := plain(*r)
	if err := readStrict(data, &p, "revenue report"); err != nil {
		return err
	}
	*r = RevenueReport(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the json tags of [Interactions], strictly: an unknown, case-folded or
// repeated member, or a value of the wrong JSON type, is an error wrapping
// [ErrInvalidJSON]. On error i is left unchanged.
func (i *Interactions) UnmarshalJSON(data []byte) error {
	type plain Interactions // the same fields and tags, without this method
	p := plain(*i)
	if err := readStrict(data, &p, "interactions"); err != nil {
		return err
	}
	*i = Interactions(p)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler]: a Rate is a JSON number, a
// fraction (0.024 is 2.4%). Another JSON type, or a number no float64
// holds, is an error wrapping [ErrInvalidJSON] in JSON terms; JSON null
// leaves r unchanged, as encoding/json does.
func (r *Rate) UnmarshalJSON(data []byte) error {
	text := bytes.TrimSpace(data)
	if string(text) == "null" {
		return nil
	}
	var f float64
	if len(text) == 0 || text[0] != '-' && (text[0] < '0' || text[0] > '9') {
		return fmt.Errorf("%w: a rate is a JSON number, a fraction such as 0.024, not %s", ErrInvalidJSON, jsonobject.Describe(text))
	}
	if err := json.Unmarshal(text, &f); err != nil {
		return fmt.Errorf("%w: the rate %s is out of range", ErrInvalidJSON, text)
	}
	*r = Rate(f)
	return nil
}
