package contract

import (
	"fmt"

	"github.com/influencekit/influencekit/internal/jsonobject"
)

// Parse reads a contract from JSON in the shape of the package
// documentation. It is strict: an unknown or duplicate member (names match
// exactly, case included), a value of the wrong JSON type, a malformed
// date, amount, count or enum name, and anything but white space after
// the contract object are errors. The error is a *ParseError naming the
// JSON path of the offending value and wrapping a sentinel (ErrSyntax,
// ErrUnknownField, ErrDuplicateField, ErrWrongType, ErrMalformedNumber,
// ErrMalformedAmount, [ErrMalformedDate], ErrTrailingData, or an enum's
// own error).
//
// JSON null is read as "absent" everywhere except for the document itself.
// An empty array is read as an absent list. Money amounts and percentages
// may be JSON strings or numbers; they are never read through float64.
//
// [Parse] checks form, not content: a contract that parses may still have
// Problems; call [Contract.Validate].
func Parse(data []byte) (Contract, error) {
	d := jsonobject.NewCursor(data, jsonErrors, newParseError)
	var c Contract
	present, err := jsonobject.ReadObject(&d, &c, (*Contract).field)
	if err != nil {
		return Contract{}, err
	}
	if !present {
		return Contract{}, d.Fail(fmt.Errorf("%w: want the contract object, got null", ErrWrongType))
	}
	if next, ok := d.Trailing(); ok {
		return Contract{}, d.Fail(fmt.Errorf("%w after the contract object: %s", ErrTrailingData, next))
	}
	return c, nil
}

// UnmarshalJSON implements json.Unmarshaler with [Parse]'s strict rules, so
// json.Unmarshal into a Contract is as strict as [Parse].
func (c *Contract) UnmarshalJSON(data []byte) error {
	v, err := Parse(data)
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// field reads the top-level member key; d.path names it.
func (c *Contract) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "jurisdiction":
		return d.Text(&c.Jurisdiction)
	case "brand":
		return jsonobject.ReadSection(d, &c.Brand, brandField)
	case "creator":
		return jsonobject.ReadSection(d, &c.Creator, (*Creator).field)
	case "agency":
		return jsonobject.ReadOptional(d, &c.Agency, (*Agency).field)
	case "governing_law":
		return d.Str(&c.GoverningLaw)
	case "signed_on":
		return readDate(d, &c.SignedOn)
	case "joint_liability":
		return d.Boolean(&c.JointLiability)
	case "term":
		return jsonobject.ReadOptional(d, &c.Term, (*Term).field)
	case "deliverables":
		return jsonobject.ReadList(d, &c.Deliverables, jsonobject.ObjectElem((*Deliverable).field))
	case "payment":
		return jsonobject.ReadOptional(d, &c.Payment, (*Payment).field)
	case "brief":
		return jsonobject.ReadOptional(d, &c.Brief, (*Brief).field)
	case "approval":
		return jsonobject.ReadOptional(d, &c.Approval, (*Approval).field)
	case "usage_rights":
		return jsonobject.ReadOptional(d, &c.UsageRights, (*UsageRights).field)
	case "exclusivity":
		return jsonobject.ReadOptional(d, &c.Exclusivity, (*Exclusivity).field)
	case "disclosure":
		return jsonobject.ReadOptional(d, &c.Disclosure, (*DisclosureTerms).field)
	case "cancellation":
		return jsonobject.ReadOptional(d, &c.Cancellation, (*Cancellation).field)
	case "ownership":
		return jsonobject.ReadOptional(d, &c.Ownership, (*Ownership).field)
	case "morals":
		return jsonobject.ReadOptional(d, &c.Morals, (*Morals).field)
	case "indemnity":
		return jsonobject.ReadOptional(d, &c.Indemnity, (*Indemnity).field)
	case "confidentiality":
		return jsonobject.ReadOptional(d, &c.Confidentiality, (*Confidentiality).field)
	case "liability_cap":
		return jsonobject.ReadOptional(d, &c.LiabilityCap, (*LiabilityCap).field)
	case "posting":
		return jsonobject.ReadOptional(d, &c.Posting, (*Posting).field)
	case "whitelisting_access":
		return jsonobject.ReadOptional(d, &c.WhitelistingAccess, (*WhitelistingAccess).field)
	}
	return d.Unknown()
}

// brandField reads a member of the brand: its names
// ([disclosure.BrandIdentity]) and its [Contact].
func brandField(b *Brand, d *jsonobject.Cursor, key string) error {
	switch key {
	case "address":
		return d.Str(&b.Address)
	case "email":
		return d.Str(&b.Email)
	case "tax_residence":
		return d.Str(&b.TaxResidence)
	case "name":
		return d.Str(&b.Name)
	case "legal_entity":
		return d.Str(&b.LegalEntity)
	case "trading_names":
		return d.Strings(&b.TradingNames)
	case "handles":
		return d.Strings(&b.Handles)
	}
	return d.Unknown()
}

func (a *Agency) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "name":
		return d.Str(&a.Name)
	case "represents":
		return d.Text(&a.Represents)
	case "paid_through":
		return d.Boolean(&a.PaidThrough)
	}
	return d.Unknown()
}

func (o *Ownership) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "owner":
		return d.Text(&o.Owner)
	case "licence":
		return d.Str(&o.Licence)
	}
	return d.Unknown()
}

func (m *Morals) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "party":
		return d.Text(&m.Party)
	case "triggers":
		return jsonobject.ReadList(d, &m.Triggers, func(v *MoralsTrigger, d *jsonobject.Cursor) error { return d.Text(v) })
	case "settlement":
		return d.Text(&m.Settlement)
	}
	return d.Unknown()
}

func (i *Indemnity) field(d *jsonobject.Cursor, key string) error {
	if key == "by" {
		return d.Text(&i.By)
	}
	return d.Unknown()
}

func (c *Confidentiality) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "party":
		return d.Text(&c.Party)
	case "years":
		return d.Integer(&c.Years)
	case "extent":
		return d.Text(&c.Extent)
	}
	return d.Unknown()
}

func (l *LiabilityCap) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "amount":
		return readMoney(d, &l.Amount)
	case "fees_paid":
		return d.Boolean(&l.FeesPaid)
	case "party":
		return d.Text(&l.Party)
	}
	return d.Unknown()
}

func (p *Posting) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "minimum_live_days":
		return d.Integer(&p.MinimumLiveDays)
	case "caption_approval":
		return d.Boolean(&p.CaptionApproval)
	case "posting_time_approval":
		return d.Boolean(&p.PostingTimeApproval)
	case "permanent":
		return d.Boolean(&p.Permanent)
	case "takedown_hours":
		return d.Integer(&p.TakedownHours)
	}
	return d.Unknown()
}

func (w *WhitelistingAccess) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "days":
		return d.Integer(&w.Days)
	case "creator_approval":
		return d.Boolean(&w.CreatorApproval)
	case "spend_cap":
		return readMoney(d, &w.SpendCap)
	}
	return d.Unknown()
}

func (c *Creator) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "name":
		return d.Str(&c.Name)
	case "legal_entity":
		return d.Str(&c.LegalEntity)
	case "handle":
		return d.Str(&c.Handle)
	case "followers":
		return d.Integer(&c.Followers)
	case "address":
		return d.Str(&c.Address)
	case "email":
		return d.Str(&c.Email)
	case "tax_residence":
		return d.Str(&c.TaxResidence)
	case "region":
		return d.Str(&c.Region)
	case "birth_date":
		return readDate(d, &c.BirthDate)
	case "guardian":
		return d.Str(&c.Guardian)
	case "earnings_set_aside_percent":
		return readPercent(d, &c.EarningsSetAsidePercent)
	case "eu_representative":
		return d.Str(&c.EURepresentative)
	case "insurance":
		return d.Str(&c.Insurance)
	}
	return d.Unknown()
}

func (t *Term) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "start":
		return readDate(d, &t.Start)
	case "end":
		return readDate(d, &t.End)
	case "start_to_be_agreed":
		return d.Boolean(&t.StartToBeAgreed)
	case "end_to_be_agreed":
		return d.Boolean(&t.EndToBeAgreed)
	case "extent":
		return d.Text(&t.Extent)
	}
	return d.Unknown()
}

func (v *Deliverable) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "platform":
		return d.Text(&v.Platform)
	case "format":
		return d.Text(&v.Format)
	case "quantity":
		return d.Integer(&v.Quantity)
	case "due":
		return readDate(d, &v.Due)
	case "cadence":
		return d.Text(&v.Cadence)
	case "description":
		return d.Str(&v.Description)
	case "due_to_be_agreed":
		return d.Boolean(&v.DueToBeAgreed)
	case "due_after":
		return d.Text(&v.DueAfter)
	case "due_days":
		return d.Integer(&v.DueDays)
	}
	return d.Unknown()
}

func (v *Payment) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "total":
		return readMoney(d, &v.Total)
	case "schedule":
		return jsonobject.ReadList(d, &v.Schedule, jsonobject.ObjectElem((*Installment).field))
	case "incentives":
		return jsonobject.ReadList(d, &v.Incentives, jsonobject.ObjectElem((*Incentive).field))
	case "product_only":
		return d.Boolean(&v.ProductOnly)
	case "trigger":
		return d.Text(&v.Trigger)
	case "net_days":
		return d.Integer(&v.NetDays)
	case "deposit_percent":
		return readPercent(d, &v.DepositPercent)
	case "tax":
		return d.Text(&v.Tax)
	case "late_interest_percent":
		return readPercent(d, &v.LateInterestPercent)
	}
	return d.Unknown()
}

func (v *Installment) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "due":
		return readDate(d, &v.Due)
	case "amount":
		return readMoney(d, &v.Amount)
	case "trigger":
		return d.Text(&v.Trigger)
	case "net_days":
		return d.Integer(&v.NetDays)
	case "due_to_be_agreed":
		return d.Boolean(&v.DueToBeAgreed)
	}
	return d.Unknown()
}

func (v *Incentive) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "description":
		return d.Str(&v.Description)
	case "value":
		return readMoney(d, &v.Value)
	case "prop":
		return d.Boolean(&v.Prop)
	}
	return d.Unknown()
}

func (b *Brief) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "reference":
		return d.Str(&b.Reference)
	case "goals":
		return d.Strings(&b.Goals)
	case "kpis":
		return d.Strings(&b.KPIs)
	case "audience":
		return d.Str(&b.Audience)
	case "key_messages":
		return d.Strings(&b.KeyMessages)
	case "caption_guide":
		return d.Str(&b.CaptionGuide)
	case "product_description":
		return d.Str(&b.ProductDescription)
	case "faqs":
		return d.Strings(&b.FAQs)
	case "substantiation":
		return d.Str(&b.Substantiation)
	}
	return d.Unknown()
}

func (a *Approval) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "review_days":
		return d.Integer(&a.ReviewDays)
	case "revision_rounds":
		return d.Integer(&a.RevisionRounds)
	case "revisions":
		return d.Text(&a.Revisions)
	case "extent":
		return d.Text(&a.Extent)
	case "business_days":
		return d.Boolean(&a.BusinessDays)
	case "reshoots":
		return d.Integer(&a.Reshoots)
	case "reshoots_extent":
		return d.Text(&a.ReshootsExtent)
	case "reshoot_cost":
		return d.Text(&a.ReshootCost)
	}
	return d.Unknown()
}

func (u *UsageRights) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "platforms":
		return readPlatforms(d, &u.Platforms)
	case "days":
		return d.Integer(&u.Days)
	case "paid_amplification":
		return d.Boolean(&u.PaidAmplification)
	case "fee":
		return readMoney(d, &u.Fee)
	case "grants":
		return jsonobject.ReadList(d, &u.Grants, jsonobject.ObjectElem((*UsageGrant).field))
	case "extent":
		return d.Text(&u.Extent)
	case "carve_outs":
		return jsonobject.ReadList(d, &u.CarveOuts, func(v *CarveOut, d *jsonobject.Cursor) error { return d.Text(v) })
	}
	return d.Unknown()
}

func (g *UsageGrant) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "kind":
		return d.Text(&g.Kind)
	case "platforms":
		return readPlatforms(d, &g.Platforms)
	case "channels":
		return jsonobject.ReadList(d, &g.Channels, func(v *Channel, d *jsonobject.Cursor) error { return d.Text(v) })
	case "days":
		return d.Integer(&g.Days)
	case "months":
		return d.Integer(&g.Months)
	case "perpetual":
		return d.Boolean(&g.Perpetual)
	case "territory":
		return d.Str(&g.Territory)
	case "fee":
		return readMoney(d, &g.Fee)
	case "included_in_fee":
		return d.Boolean(&g.IncludedInFee)
	case "exclusive":
		return d.Boolean(&g.Exclusive)
	case "sublicensable":
		return d.Boolean(&g.Sublicensable)
	case "irrevocable":
		return d.Boolean(&g.Irrevocable)
	case "digital_replica":
		return d.Boolean(&g.DigitalReplica)
	case "intended_uses":
		return d.Str(&g.IntendedUses)
	case "from_term_end":
		return d.Boolean(&g.FromTermEnd)
	case "ends_with_term":
		return d.Boolean(&g.EndsWithTerm)
	case "creator_approval":
		return d.Boolean(&g.CreatorApproval)
	case "revocable":
		return d.Boolean(&g.Revocable)
	case "edit":
		return d.Boolean(&g.Edit)
	}
	return d.Unknown()
}

func (e *Exclusivity) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "categories":
		return d.Strings(&e.Categories)
	case "days":
		return d.Integer(&e.Days)
	case "competitors":
		return d.Strings(&e.Competitors)
	case "around_posts":
		return jsonobject.ReadOptional(d, &e.AroundPosts, (*PostWindow).field)
	case "extent":
		return d.Text(&e.Extent)
	case "fee":
		return readMoney(d, &e.Fee)
	case "included_in_fee":
		return d.Boolean(&e.IncludedInFee)
	case "no_other_brands_in_content":
		return d.Boolean(&e.NoOtherBrandsInContent)
	}
	return d.Unknown()
}

func (w *PostWindow) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "days_before":
		return d.Integer(&w.DaysBefore)
	case "days_after":
		return d.Integer(&w.DaysAfter)
	case "hours_before":
		return d.Integer(&w.HoursBefore)
	case "hours_after":
		return d.Integer(&w.HoursAfter)
	case "posts_before":
		return d.Integer(&w.PostsBefore)
	case "posts_after":
		return d.Integer(&w.PostsAfter)
	}
	return d.Unknown()
}

func (t *DisclosureTerms) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "required":
		return d.Boolean(&t.Required)
	case "wording":
		return d.Str(&t.Wording)
	}
	return d.Unknown()
}

func (c *Cancellation) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "notice_days":
		return d.Integer(&c.NoticeDays)
	case "kill_fee_percent":
		return readPercent(d, &c.KillFeePercent)
	case "rights":
		return jsonobject.ReadList(d, &c.Rights, jsonobject.ObjectElem((*TerminationRight).field))
	case "extent":
		return d.Text(&c.Extent)
	}
	return d.Unknown()
}

func (r *TerminationRight) field(d *jsonobject.Cursor, key string) error {
	switch key {
	case "party":
		return d.Text(&r.Party)
	case "basis":
		return d.Text(&r.Basis)
	case "notice_days":
		return d.Integer(&r.NoticeDays)
	case "cure_days":
		return d.Integer(&r.CureDays)
	case "settlement":
		return d.Text(&r.Settlement)
	case "cure_by_reshoot":
		return d.Boolean(&r.CureByReshoot)
	}
	return d.Unknown()
}
