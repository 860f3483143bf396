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
	present, err := readObject(&d, &c, (*Contract).field)
	if err != nil {
		return Contract{}, err
	}
	if !present {
		return Contract{}, d.fail(fmt.Errorf("%w: want the contract object, got null", ErrWrongType))
	}
	if d.skipSpace(); d.pos < len(d.data) {
		return Contract{}, d.fail(fmt.Errorf("%w after the contract object: %s", ErrTrailingData, d.describeNext()))
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

// field reads the top-level member key; d.path names it.
func (c *Contract) field(d *decoder, key string) error {
	switch key {
	case "jurisdiction":
		return d.text(&c.Jurisdiction)
	case "brand":
		return readSection(d, &c.Brand, (*Brand).field)
	case "creator":
		return readSection(d, &c.Creator, (*Creator).field)
	case "term":
		return readOptional(d, &c.Term, (*Term).field)
	case "deliverables":
		return readList(d, &c.Deliverables, objectElem((*Deliverable).field))
	case "payment":
		return readOptional(d, &c.Payment, (*Payment).field)
	case "brief":
		return readOptional(d, &c.Brief, (*Brief).field)
	case "approval":
		return readOptional(d, &c.Approval, (*Approval).field)
	case "usage_rights":
		return readOptional(d, &c.UsageRights, (*UsageRights).field)
	case "exclusivity":
		return readOptional(d, &c.Exclusivity, (*Exclusivity).field)
	case "disclosure":
		return readOptional(d, &c.Disclosure, (*DisclosureTerms).field)
	case "cancellation":
		return readOptional(d, &c.Cancellation, (*Cancellation).field)
	}
	return d.unknown()
}

func (b *Brand) field(d *decoder, key string) error {
	if key == "name" {
		return d.str(&b.Name)
	}
	return d.unknown()
}

func (c *Creator) field(d *decoder, key string) error {
	switch key {
	case "name":
		return d.str(&c.Name)
	case "handle":
		return d.str(&c.Handle)
	case "followers":
		return d.integer(&c.Followers)
	}
	return d.unknown()
}

func (t *Term) field(d *decoder, key string) error {
	switch key {
	case "start":
		return d.date(&t.Start)
	case "end":
		return d.date(&t.End)
	}
	return d.unknown()
}

func (v *Deliverable) field(d *decoder, key string) error {
	switch key {
	case "platform":
		return d.text(&v.Platform)
	case "format":
		return d.text(&v.Format)
	case "quantity":
		return d.integer(&v.Quantity)
	case "due":
		return d.date(&v.Due)
	case "cadence":
		return d.text(&v.Cadence)
	case "description":
		return d.str(&v.Description)
	}
	return d.unknown()
}

func (v *Payment) field(d *decoder, key string) error {
	switch key {
	case "total":
		return d.money(&v.Total)
	case "schedule":
		return readList(d, &v.Schedule, objectElem((*Installment).field))
	case "incentives":
		return readList(d, &v.Incentives, objectElem((*Incentive).field))
	}
	return d.unknown()
}

func (v *Installment) field(d *decoder, key string) error {
	switch key {
	case "due":
		return d.date(&v.Due)
	case "amount":
		return d.money(&v.Amount)
	}
	return d.unknown()
}

func (v *Incentive) field(d *decoder, key string) error {
	switch key {
	case "description":
		return d.str(&v.Description)
	case "value":
		return d.money(&v.Value)
	}
	return d.unknown()
}

func (b *Brief) field(d *decoder, key string) error {
	switch key {
	case "goals":
		return d.strings(&b.Goals)
	case "kpis":
		return d.strings(&b.KPIs)
	case "audience":
		return d.str(&b.Audience)
	case "key_messages":
		return d.strings(&b.KeyMessages)
	case "caption_guide":
		return d.str(&b.CaptionGuide)
	case "product_description":
		return d.str(&b.ProductDescription)
	case "faqs":
		return d.strings(&b.FAQs)
	}
	return d.unknown()
}

func (a *Approval) field(d *decoder, key string) error {
	switch key {
	case "review_days":
		return d.integer(&a.ReviewDays)
	case "revision_rounds":
		return d.integer(&a.RevisionRounds)
	}
	return d.unknown()
}

func (u *UsageRights) field(d *decoder, key string) error {
	switch key {
	case "platforms":
		return readList(d, &u.Platforms, func(v *influencekit.Platform, d *decoder) error { return d.text(v) })
	case "days":
		return d.integer(&u.Days)
	case "paid_amplification":
		return d.boolean(&u.PaidAmplification)
	case "fee":
		return d.money(&u.Fee)
	}
	return d.unknown()
}

func (e *Exclusivity) field(d *decoder, key string) error {
	switch key {
	case "categories":
		return d.strings(&e.Categories)
	case "days":
		return d.integer(&e.Days)
	}
	return d.unknown()
}

func (t *DisclosureTerms) field(d *decoder, key string) error {
	switch key {
	case "required":
		return d.boolean(&t.Required)
	case "wording":
		return d.str(&t.Wording)
	}
	return d.unknown()
}

func (c *Cancellation) field(d *decoder, key string) error {
	switch key {
	case "notice_days":
		return d.integer(&c.NoticeDays)
	case "kill_fee_percent":
		return d.percent(&c.KillFeePercent)
	}
	return d.unknown()
}
