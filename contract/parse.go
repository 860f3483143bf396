package contract

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
)

// Parse reads a contract from JSON in the shape of the package
// documentation. It is strict: an unknown or duplicate member (names match
// exactly, case included), a value of the wrong JSON type, a malformed
// date, amount, count or enum name, and anything but white space after
// the contract object are errors. The error is a *ParseError naming the
// JSON path of the offending value and wrapping a sentinel (ErrSyntax,
// ErrUnknownField, ErrDuplicateField, ErrWrongType, ErrMalformedNumber,
// ErrMalformedAmount, ErrMalformedDate, ErrTrailingData, or an enum's
// own error).
//
// JSON null is read as "absent" everywhere except for the document itself.
// An empty array is read as an absent list. Money amounts and percentages
// may be JSON strings or numbers; they are never read through float64.
//
// Parse checks form, not content: a contract that parses may still have
// Problems; call Validate.
func Parse(data []byte) (Contract, error) {
	d := decoder{dec: json.NewDecoder(bytes.NewReader(data))}
	d.dec.UseNumber()
	var c Contract
	present, err := readObject(&d, "", &c, (*Contract).field)
	if err != nil {
		return Contract{}, err
	}
	if !present {
		return Contract{}, d.fail("", fmt.Errorf("%w: want the contract object, got null", ErrWrongType))
	}
	if _, err := d.dec.Token(); err != io.EOF {
		return Contract{}, d.fail("", fmt.Errorf("%w after the contract object", ErrTrailingData))
	}
	return c, nil
}

// UnmarshalJSON implements json.Unmarshaler with Parse's strict rules, so
// json.Unmarshal into a Contract is as strict as Parse.
func (c *Contract) UnmarshalJSON(data []byte) error {
	v, err := Parse(data)
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// field reads the top-level member key.
func (c *Contract) field(d *decoder, key, p string) error {
	switch key {
	case "jurisdiction":
		return d.text(p, &c.Jurisdiction)
	case "brand":
		return readSection(d, p, &c.Brand, (*Brand).field)
	case "creator":
		return readSection(d, p, &c.Creator, (*Creator).field)
	case "term":
		return readOptional(d, p, &c.Term, (*Term).field)
	case "deliverables":
		return readList(d, p, &c.Deliverables, objectElem((*Deliverable).field))
	case "payment":
		return readOptional(d, p, &c.Payment, (*Payment).field)
	case "brief":
		return readOptional(d, p, &c.Brief, (*Brief).field)
	case "approval":
		return readOptional(d, p, &c.Approval, (*Approval).field)
	case "usage_rights":
		return readOptional(d, p, &c.UsageRights, (*UsageRights).field)
	case "exclusivity":
		return readOptional(d, p, &c.Exclusivity, (*Exclusivity).field)
	case "disclosure":
		return readOptional(d, p, &c.Disclosure, (*DisclosureTerms).field)
	case "cancellation":
		return readOptional(d, p, &c.Cancellation, (*Cancellation).field)
	}
	return d.unknown(p)
}

func (b *Brand) field(d *decoder, key, p string) error {
	if key == "name" {
		return d.str(p, &b.Name)
	}
	return d.unknown(p)
}

func (c *Creator) field(d *decoder, key, p string) error {
	switch key {
	case "name":
		return d.str(p, &c.Name)
	case "handle":
		return d.str(p, &c.Handle)
	case "followers":
		return d.integer(p, &c.Followers)
	}
	return d.unknown(p)
}

func (t *Term) field(d *decoder, key, p string) error {
	switch key {
	case "start":
		return d.date(p, &t.Start)
	case "end":
		return d.date(p, &t.End)
	}
	return d.unknown(p)
}

func (v *Deliverable) field(d *decoder, key, p string) error {
	switch key {
	case "platform":
		return d.text(p, &v.Platform)
	case "format":
		return d.text(p, &v.Format)
	case "quantity":
		return d.integer(p, &v.Quantity)
	case "due":
		return d.date(p, &v.Due)
	case "cadence":
		return d.text(p, &v.Cadence)
	case "description":
		return d.str(p, &v.Description)
	}
	return d.unknown(p)
}

func (v *Payment) field(d *decoder, key, p string) error {
	switch key {
	case "total":
		return d.money(p, &v.Total)
	case "schedule":
		return readList(d, p, &v.Schedule, objectElem((*Installment).field))
	case "incentives":
		return readList(d, p, &v.Incentives, objectElem((*Incentive).field))
	}
	return d.unknown(p)
}

func (v *Installment) field(d *decoder, key, p string) error {
	switch key {
	case "due":
		return d.date(p, &v.Due)
	case "amount":
		return d.money(p, &v.Amount)
	}
	return d.unknown(p)
}

func (v *Incentive) field(d *decoder, key, p string) error {
	switch key {
	case "description":
		return d.str(p, &v.Description)
	case "value":
		return d.money(p, &v.Value)
	}
	return d.unknown(p)
}

func (b *Brief) field(d *decoder, key, p string) error {
	switch key {
	case "goals":
		return d.strings(p, &b.Goals)
	case "kpis":
		return d.strings(p, &b.KPIs)
	case "audience":
		return d.str(p, &b.Audience)
	case "key_messages":
		return d.strings(p, &b.KeyMessages)
	case "caption_guide":
		return d.str(p, &b.CaptionGuide)
	case "product_description":
		return d.str(p, &b.ProductDescription)
	case "faqs":
		return d.strings(p, &b.FAQs)
	}
	return d.unknown(p)
}

func (a *Approval) field(d *decoder, key, p string) error {
	switch key {
	case "review_days":
		return d.integer(p, &a.ReviewDays)
	case "revision_rounds":
		return d.integer(p, &a.RevisionRounds)
	}
	return d.unknown(p)
}

func (u *UsageRights) field(d *decoder, key, p string) error {
	switch key {
	case "platforms":
		return readList(d, p, &u.Platforms, func(v *influencekit.Platform, d *decoder, p string) error { return d.text(p, v) })
	case "days":
		return d.integer(p, &u.Days)
	case "paid_amplification":
		return d.boolean(p, &u.PaidAmplification)
	case "fee":
		return d.money(p, &u.Fee)
	}
	return d.unknown(p)
}

func (e *Exclusivity) field(d *decoder, key, p string) error {
	switch key {
	case "categories":
		return d.strings(p, &e.Categories)
	case "days":
		return d.integer(p, &e.Days)
	}
	return d.unknown(p)
}

func (t *DisclosureTerms) field(d *decoder, key, p string) error {
	switch key {
	case "required":
		return d.boolean(p, &t.Required)
	case "wording":
		return d.str(p, &t.Wording)
	}
	return d.unknown(p)
}

func (c *Cancellation) field(d *decoder, key, p string) error {
	switch key {
	case "notice_days":
		return d.integer(p, &c.NoticeDays)
	case "kill_fee_percent":
		return d.percent(p, &c.KillFeePercent)
	}
	return d.unknown(p)
}

// decoder reads JSON tokens and reports errors with the path of the value
// being read.
type decoder struct {
	dec *json.Decoder
}

func (d *decoder) fail(path string, err error) error {
	return &ParseError{Path: path, Offset: d.dec.InputOffset(), Err: err}
}

func (d *decoder) unknown(path string) error {
	return d.fail(path, ErrUnknownField)
}

func (d *decoder) token(path string) (json.Token, error) {
	t, err := d.dec.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, d.fail(path, fmt.Errorf("%w: %v", ErrSyntax, err))
	}
	return t, nil
}

// readObject reads an object member by member into *v through field; it
// returns false for null. Members are matched exactly and may appear once.
func readObject[T any](d *decoder, path string, v *T, field func(*T, *decoder, string, string) error) (bool, error) {
	t, err := d.token(path)
	if err != nil {
		return false, err
	}
	if t == nil {
		return false, nil
	}
	if t != json.Delim('{') {
		return false, d.fail(path, wrongType("an object", t))
	}
	var seenBuf [12]string
	seen := seenBuf[:0]
	for d.dec.More() {
		kt, err := d.token(path)
		if err != nil {
			return false, err
		}
		key, _ := kt.(string) // the decoder only yields strings as keys
		p := key
		if path != "" {
			p = path + "." + key
		}
		if slices.Contains(seen, key) {
			return false, d.fail(p, ErrDuplicateField)
		}
		seen = append(seen, key)
		if err := field(v, d, key, p); err != nil {
			return false, err
		}
	}
	if _, err := d.token(path); err != nil { // the closing brace
		return false, err
	}
	return true, nil
}

// readSection reads an object into the value section *v; null leaves it
// unchanged.
func readSection[T any](d *decoder, path string, v *T, field func(*T, *decoder, string, string) error) error {
	_, err := readObject(d, path, v, field)
	return err
}

// readOptional reads an object into a new *T stored in *dst; null leaves
// *dst nil.
func readOptional[T any](d *decoder, path string, dst **T, field func(*T, *decoder, string, string) error) error {
	v := new(T)
	present, err := readObject(d, path, v, field)
	if err != nil || !present {
		return err
	}
	*dst = v
	return nil
}

// objectElem adapts an object reader to readList; a null element is the
// zero value.
func objectElem[T any](field func(*T, *decoder, string, string) error) func(*T, *decoder, string) error {
	return func(v *T, d *decoder, p string) error {
		_, err := readObject(d, p, v, field)
		return err
	}
}

// readList reads an array, each element through elem with its indexed
// path. null and [] both leave *dst nil.
func readList[T any](d *decoder, path string, dst *[]T, elem func(*T, *decoder, string) error) error {
	t, err := d.token(path)
	if err != nil {
		return err
	}
	if t == nil {
		return nil
	}
	if t != json.Delim('[') {
		return d.fail(path, wrongType("an array", t))
	}
	var list []T
	for i := 0; d.dec.More(); i++ {
		var v T
		if err := elem(&v, d, path+"["+strconv.Itoa(i)+"]"); err != nil {
			return err
		}
		list = append(list, v)
	}
	if _, err := d.token(path); err != nil { // the closing bracket
		return err
	}
	*dst = list
	return nil
}

func (d *decoder) strings(path string, dst *[]string) error {
	return readList(d, path, dst, func(v *string, d *decoder, p string) error { return d.str(p, v) })
}

// str reads a string; null leaves *dst unchanged.
func (d *decoder) str(path string, dst *string) error {
	t, err := d.token(path)
	if err != nil || t == nil {
		return err
	}
	s, ok := t.(string)
	if !ok {
		return d.fail(path, wrongType("a string", t))
	}
	*dst = s
	return nil
}

// integer reads a whole number that fits in an int64; null leaves *dst
// unchanged.
func (d *decoder) integer(path string, dst *int64) error {
	t, err := d.token(path)
	if err != nil || t == nil {
		return err
	}
	n, ok := t.(json.Number)
	if !ok {
		return d.fail(path, wrongType("a whole number", t))
	}
	v, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		return d.fail(path, fmt.Errorf("%w %s: want a whole number from %d to %d", ErrMalformedNumber, n, int64(math.MinInt64), int64(math.MaxInt64)))
	}
	*dst = v
	return nil
}

// boolean reads true or false; null leaves *dst unchanged.
func (d *decoder) boolean(path string, dst *bool) error {
	t, err := d.token(path)
	if err != nil || t == nil {
		return err
	}
	b, ok := t.(bool)
	if !ok {
		return d.fail(path, wrongType("true or false", t))
	}
	*dst = b
	return nil
}

// text reads a string through an encoding.TextUnmarshaler (dates, enums);
// null leaves the value unchanged.
func (d *decoder) text(path string, dst encoding.TextUnmarshaler) error {
	t, err := d.token(path)
	if err != nil || t == nil {
		return err
	}
	s, ok := t.(string)
	if !ok {
		return d.fail(path, wrongType("a string", t))
	}
	if err := dst.UnmarshalText([]byte(s)); err != nil {
		return d.fail(path, err)
	}
	return nil
}

func (d *decoder) date(path string, dst *Date) error { return d.text(path, dst) }

// money reads {"amount": "1250.50" or 1250.50, "currency": "USD"} through
// pricing.New; null leaves *dst nil.
func (d *decoder) money(path string, dst **pricing.Money) error {
	var amount, code string
	var hasAmount, hasCode bool
	present, err := readObject(d, path, &struct{}{}, func(_ *struct{}, d *decoder, key, p string) error {
		switch key {
		case "amount":
			a, ok, err := d.decimalText(p)
			amount, hasAmount = a, ok
			return err
		case "currency":
			hasCode = true
			return d.str(p, &code)
		}
		return d.unknown(p)
	})
	if err != nil || !present {
		return err
	}
	switch {
	case !hasAmount:
		return d.fail(path, fmt.Errorf("%w: the amount is missing", ErrMalformedAmount))
	case !hasCode || code == "":
		return d.fail(path, fmt.Errorf("%w: the currency is missing", ErrMalformedAmount))
	}
	if len(amount) > maxDecimalText {
		return d.fail(path+".amount", fmt.Errorf("%w: %q is longer than %d characters", ErrMalformedAmount, truncate(amount, 20), maxDecimalText))
	}
	m, err := pricing.New(amount, code)
	if err != nil {
		member := ".amount"
		if errors.Is(err, pricing.ErrUnknownCurrency) {
			member = ".currency"
		}
		return d.fail(path+member, fmt.Errorf("%w: %w", ErrMalformedAmount, err))
	}
	// Store the amount with at least the currency's scale of decimals, the
	// form MarshalJSON writes, so that Parse(Marshal(c)) is deeply equal to
	// c: "750" in USD is kept as 750.00.
	if places := int32(m.Scale()); -m.Amount().Exponent() < places {
		if m, err = pricing.New(m.Amount().StringFixed(places), code); err != nil {
			return d.fail(path, fmt.Errorf("%w: %w", ErrMalformedAmount, err))
		}
	}
	*dst = &m
	return nil
}

// percent reads a decimal percentage as a string or number; null leaves
// *dst nil. The value is stored in its shortest form, so "50.0" reads as
// 50.
func (d *decoder) percent(path string, dst **decimal.Decimal) error {
	s, ok, err := d.decimalText(path)
	if err != nil || !ok {
		return err
	}
	v, err := decimal.NewFromString(s)
	if err != nil || len(s) > maxDecimalText || v.Exponent() < -maxExponent || v.Exponent() > maxExponent {
		return d.fail(path, fmt.Errorf("%w %q: want a decimal number such as \"50\" or \"12.5\"", ErrMalformedAmount, s))
	}
	v, err = decimal.NewFromString(v.String())
	if err != nil {
		return d.fail(path, fmt.Errorf("%w %q", ErrMalformedAmount, s))
	}
	*dst = &v
	return nil
}

// maxDecimalText bounds decimal text so that exponents like "1e999999999"
// cannot make a single value cost gigabytes.
const (
	maxDecimalText = 64
	maxExponent    = 28
)

// decimalText reads a JSON string or number as decimal text without going
// through float64. It returns false for null.
func (d *decoder) decimalText(path string) (string, bool, error) {
	t, err := d.token(path)
	if err != nil || t == nil {
		return "", false, err
	}
	switch v := t.(type) {
	case json.Number:
		return string(v), true, nil
	case string:
		return v, true, nil
	}
	return "", false, d.fail(path, wrongType("a decimal number or string", t))
}

// wrongType describes a token of the wrong JSON type.
func wrongType(want string, t json.Token) error {
	got := "null"
	switch v := t.(type) {
	case json.Delim:
		if v == '{' {
			got = "an object"
		} else {
			got = "an array"
		}
	case string:
		got = "the string " + strconv.Quote(truncate(v, 40))
	case json.Number:
		got = "the number " + truncate(string(v), 40)
	case bool:
		got = strconv.FormatBool(v)
	}
	return fmt.Errorf("%w: want %s, got %s", ErrWrongType, want, got)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
