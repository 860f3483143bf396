package contract

import (
	"fmt"

	"github.com/influencekit/influencekit"
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
	d := decoder{data: data}
	var c Contract
	present, err := readObject(&d, "", &c, (*Contract).field)
	if err != nil {
		return Contract{}, err
	}
	if !present {
		return Contract{}, d.fail("", fmt.Errorf("%w: want the contract object, got null", ErrWrongType))
	}
	if d.skipSpace(); d.pos < len(d.data) {
		return Contract{}, d.fail("", fmt.Errorf("%w after the contract object: %s", ErrTrailingData, d.describeNext()))
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
