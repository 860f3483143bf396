package contract

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// ErrNoJSONForm is wrapped by the error [Contract.MarshalJSON] returns for
// a contract built in Go that has no JSON form [Parse] reads back as the
// same contract: text that is not valid UTF-8, an enum value outside its
// constants, a percentage [Parse] would reject.
var ErrNoJSONForm = errors.New("contract: no JSON form")

// MarshalJSON implements json.Marshaler with the shape of the package
// documentation. Everything it writes, [Parse] reads back as the same
// contract (TestRandomContractsRoundTrip holds it to that). What has no
// such form is an error wrapping [ErrNoJSONForm] that names the JSON path:
// a string that is not valid UTF-8 (encoding/json would replace its bad
// bytes silently), a percentage too long or too precise for [Parse], an
// enum value outside its constants (its MarshalText error).
func (c Contract) MarshalJSON() ([]byte, error) {
	if path, ok := invalidText(reflect.ValueOf(c), ""); !ok {
		return nil, fmt.Errorf("%w: %s is not valid UTF-8", ErrNoJSONForm, path)
	}
	if err := c.percentsWritable(); err != nil {
		return nil, err
	}
	type plain Contract // no methods: encoding/json's default encoding
	out, err := json.Marshal(plain(c))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoJSONForm, err)
	}
	return out, nil
}

// percentsWritable checks that each percentage marshals to text [Parse]
// reads back.
func (c Contract) percentsWritable() error {
	check := func(path string, p *decimal.Decimal) error {
		if p == nil {
			return nil
		}
		if _, err := parsePercent(p.String()); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrNoJSONForm, path, err)
		}
		return nil
	}
	var errs [3]error
	if p := c.Payment; p != nil {
		errs[0] = check("payment.deposit_percent", p.DepositPercent)
		errs[1] = check("payment.late_interest_percent", p.LateInterestPercent)
	}
	if k := c.Cancellation; k != nil {
		errs[2] = check("cancellation.kill_fee_percent", k.KillFeePercent)
	}
	return cmp.Or(errs[0], errs[1], errs[2])
}

// invalidText walks v's exported fields and returns the JSON path of the
// first string that is not valid UTF-8.
func invalidText(v reflect.Value, path string) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		return path, utf8.ValidString(v.String())
	case reflect.Pointer:
		if v.IsNil() {
			return "", true
		}
		return invalidText(v.Elem(), path)
	case reflect.Slice:
		for i := range v.Len() {
			if p, ok := invalidText(v.Index(i), path+"["+strconv.Itoa(i)+"]"); !ok {
				return p, false
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			p := name
			if path != "" {
				p = path + "." + name
			}
			if p, ok := invalidText(v.Field(i), p); !ok {
				return p, false
			}
		}
	}
	return "", true
}
