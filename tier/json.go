package tier

import (
	"encoding/json"
	"fmt"

	"github.com/influencekit/influencekit/internal/jsonobject"
)

// floorNames are the keys of a [Scale]'s JSON floors, Nano's first.
var floorNames = [5]string{"nano", "micro", "mid", "macro", "mega"}

// MarshalJSON implements [json.Marshaler]. A [Scale], shipped or custom, is
// written with its name and all five floors, each keyed by its tier, so
// other languages read it without knowing the tiers' order:
//
//	{"name":"five-tier","floors":{"nano":1000,"micro":10000,"mid":50000,"macro":500000,"mega":1000000}}
//
// The zero [Scale] is written as [Standard]. MarshalJSON never fails.
func (s Scale) MarshalJSON() ([]byte, error) {
	f := s.Floors()
	b := make([]byte, 0, 128)
	b = append(b, `{"name":`...)
	name, err := json.Marshal(s.Name())
	if err != nil {
		return nil, err
	}
	b = append(b, name...)
	b = append(b, `,"floors":{`...)
	for i, n := range floorNames {
		if i > 0 {
			b = append(b, ',')
		}
		b = fmt.Appendf(b, "%q:%d", n, f[i])
	}
	return append(b, "}}"...), nil
}

// UnmarshalJSON implements [json.Unmarshaler], reading the form
// [Scale.MarshalJSON] writes, so that every [Scale] round-trips: [FiveTier]
// comes back as [FiveTier], a custom scale as itself.
//
// The floors may be left out only for a shipped scale's name
// ({"name":"five-tier"} reads as [FiveTier], see [LookupScale]). Floors given
// with a shipped scale's name must be that scale's floors, so that a name
// never means two scales. Otherwise all five floors are required and must
// pass [NewScale]. Member names are matched exactly and once each; unknown,
// repeated or missing members and invalid floors are errors wrapping
// [ErrInvalidScale]. On error s is left unchanged.
func (s *Scale) UnmarshalJSON(data []byte) error {
	m, err := jsonobject.Members(data, "name", "floors")
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidScale, err)
	}
	var name string
	if ok, err := jsonobject.Decode(m, "name", &name); err != nil || !ok || name == "" {
		got := "none"
		switch raw := m["name"]; {
		case len(raw) > 0 && raw[0] == '"':
			got = "an empty string"
		case len(raw) > 0:
			got = jsonobject.Describe(raw)
		}
		return fmt.Errorf("%w: a JSON scale needs a non-empty string name, got %s", ErrInvalidScale, got)
	}
	shipped, isShipped := LookupScale(name)
	raw, ok := m["floors"]
	if !ok {
		if !isShipped {
			return fmt.Errorf("%w %q: JSON scale has no floors and its name is not a shipped scale's", ErrInvalidScale, name)
		}
		*s = shipped
		return nil
	}
	fm, err := jsonobject.Members(raw, floorNames[:]...)
	if err != nil {
		return fmt.Errorf("%w %q: floors: %w", ErrInvalidScale, name, err)
	}
	var f [5]int64
	for i, n := range floorNames {
		ok, err := jsonobject.Decode(fm, n, &f[i])
		if err != nil {
			// encoding/json's message names Go's int64: say it in JSON terms.
			return fmt.Errorf("%w %q: floors: member %q is %s, want a whole number of followers", ErrInvalidScale, name, n, jsonobject.Describe(fm[n]))
		}
		if !ok {
			return fmt.Errorf("%w %q: JSON floors have no %s floor", ErrInvalidScale, name, n)
		}
	}
	got, err := NewScale(name, f[0], f[1], f[2], f[3], f[4])
	if err != nil {
		return err
	}
	if isShipped && got.floors != shipped.floors {
		return fmt.Errorf("%w %q: floors %v are not the shipped scale's %v; give a custom scale its own name",
			ErrInvalidScale, name, got.floors, shipped.floors)
	}
	*s = got
	return nil
}
