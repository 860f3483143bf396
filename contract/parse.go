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
func (c *Contract) field(d *decoder, key string) error {
	switch key {
	case "jurisdiction":
		return d.text(&c.Jurisdiction)
	case "brand":
		return readSection(d, &c.Brand, brandField)
	case "creator":
		return readSection(d, &c.Creator, (*Creator).field)
	case "agency":
		return readOptional(d, &c.Agency, (*Agency).field)
	case "governing_law":
		return d.str(&c.GoverningLaw)
	case "signed_on":
		return d.date(&c.SignedOn)
	case "joint_liability":
		return d.boolean(&c.JointLiability)
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
	case "ownership":
		return readOptional(d, &c.Ownership, (*Ownership).field)
	case "morals":
		return readOptional(d, &c.Morals, (*Morals).field)
	case "indemnity":
		return readOptional(d, &c.Indemnity, (*Indemnity).field)
	case "confidentiality":
		return readOptional(d, &c.Confidentiality, (*Confidentiality).field)
	case "liability_cap":
		return readOptional(d, &c.LiabilityCap, (*LiabilityCap).field)
	case "posting":
		return readOptional(d, &c.Posting, (*Posting).field)
	case "whitelisting_access":
		return readOptional(d, &c.WhitelistingAccess, (*WhitelistingAccess).field)
	}
	return d.unknown()
}

// brandField reads a member of the brand: its names
// ([disclosure.BrandIdentity]) and its [Contact].
func brandField(b *Brand, d *decoder, key string) error {
	switch key {
	case "address":
		return d.str(&b.Address)
	case "email":
		return d.str(&b.Email)
	case "tax_residence":
		return d.str(&b.TaxResidence)
	case "name":
		return d.str(&b.Name)
	case "legal_entity":
		return d.str(&b.LegalEntity)
	case "trading_names":
		return d.strings(&b.TradingNames)
	case "handles":
		return d.strings(&b.Handles)
	}
	return d.unknown()
}

func (a *Agency) field(d *decoder, key string) error {
	switch key {
	case "name":
		return d.str(&a.Name)
	case "represents":
		return d.text(&a.Represents)
	case "paid_through":
		return d.boolean(&a.PaidThrough)
	}
	return d.unknown()
}

func (o *Ownership) field(d *decoder, key string) error {
	switch key {
	case "owner":
		return d.text(&o.Owner)
	case "licence":
		return d.str(&o.Licence)
	}
	return d.unknown()
}

func (m *Morals) field(d *decoder, key string) error {
	switch key {
	case "party":
		return d.text(&m.Party)
	case "triggers":
		return readList(d, &m.Triggers, func(v *MoralsTrigger, d *decoder) error { return d.text(v) })
	case "settlement":
		return d.text(&m.Settlement)
	}
	return d.unknown()
}

func (i *Indemnity) field(d *decoder, key string) error {
	if key == "by" {
		return d.text(&i.By)
	}
	return d.unknown()
}

func (c *Confidentiality) field(d *decoder, key string) error {
	switch key {
	case "party":
		return d.text(&c.Party)
	case "years":
		return d.integer(&c.Years)
	case "extent":
		return d.text(&c.Extent)
	}
	return d.unknown()
}

func (l *LiabilityCap) field(d *decoder, key string) error {
	switch key {
	case "amount":
		return d.money(&l.Amount)
	case "fees_paid":
		return d.boolean(&l.FeesPaid)
	case "party":
		return d.text(&l.Party)
	}
	return d.unknown()
}

func (p *Posting) field(d *decoder, key string) error {
	switch key {
	case "minimum_live_days":
		return d.integer(&p.MinimumLiveDays)
	case "caption_approval":
		return d.boolean(&p.CaptionApproval)
	case "posting_time_approval":
		return d.boolean(&p.PostingTimeApproval)
	case "permanent":
		return d.boolean(&p.Permanent)
	case "takedown_hours":
		return d.integer(&p.TakedownHours)
	}
	return d.unknown()
}

func (w *WhitelistingAccess) field(d *decoder, key string) error {
	switch key {
	case "days":
		return d.integer(&w.Days)
	case "creator_approval":
		return d.boolean(&w.CreatorApproval)
	case "spend_cap":
		return d.money(&w.SpendCap)
	}
	return d.unknown()
}

func (c *Creator) field(d *decoder, key string) error {
	switch key {
	case "name":
		return d.str(&c.Name)
	case "legal_entity":
		return d.str(&c.LegalEntity)
	case "handle":
		return d.str(&c.Handle)
	case "followers":
		return d.integer(&c.Followers)
	case "address":
		return d.str(&c.Address)
	case "email":
		return d.str(&c.Email)
	case "tax_residence":
		return d.str(&c.TaxResidence)
	case "region":
		return d.str(&c.Region)
	case "birth_date":
		return d.date(&c.BirthDate)
	case "guardian":
		return d.str(&c.Guardian)
	case "earnings_set_aside_percent":
		return d.percent(&c.EarningsSetAsidePercent)
	case "eu_representative":
		return d.str(&c.EURepresentative)
	case "insurance":
		return d.str(&c.Insurance)
	}
	return d.unknown()
}

func (t *Term) field(d *decoder, key string) error {
	switch key {
	case "start":
		return d.date(&t.Start)
	case "end":
		return d.date(&t.End)
	case "start_to_be_agreed":
		return d.boolean(&t.StartToBeAgreed)
	case "end_to_be_agreed":
		return d.boolean(&t.EndToBeAgreed)
	case "extent":
		return d.text(&t.Extent)
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
	case "due_to_be_agreed":
		return d.boolean(&v.DueToBeAgreed)
	case "due_after":
		return d.text(&v.DueAfter)
	case "due_days":
		return d.integer(&v.DueDays)
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
	case "product_only":
		return d.boolean(&v.ProductOnly)
	case "trigger":
		return d.text(&v.Trigger)
	case "net_days":
		return d.integer(&v.NetDays)
	case "deposit_percent":
		return d.percent(&v.DepositPercent)
	case "tax":
		return d.text(&v.Tax)
	case "late_interest_percent":
		return d.percent(&v.LateInterestPercent)
	}
	return d.unknown()
}

func (v *Installment) field(d *decoder, key string) error {
	switch key {
	case "due":
		return d.date(&v.Due)
	case "amount":
		return d.money(&v.Amount)
	case "trigger":
		return d.text(&v.Trigger)
	case "net_days":
		return d.integer(&v.NetDays)
	case "due_to_be_agreed":
		return d.boolean(&v.DueToBeAgreed)
	}
	return d.unknown()
}

func (v *Incentive) field(d *decoder, key string) error {
	switch key {
	case "description":
		return d.str(&v.Description)
	case "value":
		return d.money(&v.Value)
	case "prop":
		return d.boolean(&v.Prop)
	}
	return d.unknown()
}

func (b *Brief) field(d *decoder, key string) error {
	switch key {
	case "reference":
		return d.str(&b.Reference)
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
	case "substantiation":
		return d.str(&b.Substantiation)
	}
	return d.unknown()
}

func (a *Approval) field(d *decoder, key string) error {
	switch key {
	case "review_days":
		return d.integer(&a.ReviewDays)
	case "revision_rounds":
		return d.integer(&a.RevisionRounds)
	case "revisions":
		return d.text(&a.Revisions)
	case "extent":
		return d.text(&a.Extent)
	case "business_days":
		return d.boolean(&a.BusinessDays)
	case "reshoots":
		return d.integer(&a.Reshoots)
	case "reshoots_extent":
		return d.text(&a.ReshootsExtent)
	case "reshoot_cost":
		return d.text(&a.ReshootCost)
	}
	return d.unknown()
}

func (u *UsageRights) field(d *decoder, key string) error {
	switch key {
	case "platforms":
		return d.platforms(&u.Platforms)
	case "days":
		return d.integer(&u.Days)
	case "paid_amplification":
		return d.boolean(&u.PaidAmplification)
	case "fee":
		return d.money(&u.Fee)
	case "grants":
		return readList(d, &u.Grants, objectElem((*UsageGrant).field))
	case "extent":
		return d.text(&u.Extent)
	case "carve_outs":
		return readList(d, &u.CarveOuts, func(v *CarveOut, d *decoder) error { return d.text(v) })
	}
	return d.unknown()
}

func (g *UsageGrant) field(d *decoder, key string) error {
	switch key {
	case "kind":
		return d.text(&g.Kind)
	case "platforms":
		return d.platforms(&g.Platforms)
	case "channels":
		return readList(d, &g.Channels, func(v *Channel, d *decoder) error { return d.text(v) })
	case "days":
		return d.integer(&g.Days)
	case "months":
		return d.integer(&g.Months)
	case "perpetual":
		return d.boolean(&g.Perpetual)
	case "territory":
		return d.str(&g.Territory)
	case "fee":
		return d.money(&g.Fee)
	case "included_in_fee":
		return d.boolean(&g.IncludedInFee)
	case "exclusive":
		return d.boolean(&g.Exclusive)
	case "sublicensable":
		return d.boolean(&g.Sublicensable)
	case "irrevocable":
		return d.boolean(&g.Irrevocable)
	case "digital_replica":
		return d.boolean(&g.DigitalReplica)
	case "intended_uses":
		return d.str(&g.IntendedUses)
	case "from_term_end":
		return d.boolean(&g.FromTermEnd)
	case "ends_with_term":
		return d.boolean(&g.EndsWithTerm)
	case "creator_approval":
		return d.boolean(&g.CreatorApproval)
	case "revocable":
		return d.boolean(&g.Revocable)
	case "edit":
		return d.boolean(&g.Edit)
	}
	return d.unknown()
}

func (d *decoder) platforms(dst *[]influencekit.Platform) error {
	return readList(d, dst, func(v *influencekit.Platform, d *decoder) error { return d.text(v) })
}

func (e *Exclusivity) field(d *decoder, key string) error {
	switch key {
	case "categories":
		return d.strings(&e.Categories)
	case "days":
		return d.integer(&e.Days)
	case "competitors":
		return d.strings(&e.Competitors)
	case "around_posts":
		return readOptional(d, &e.AroundPosts, (*PostWindow).field)
	case "extent":
		return d.text(&e.Extent)
	case "fee":
		return d.money(&e.Fee)
	case "included_in_fee":
		return d.boolean(&e.IncludedInFee)
	case "no_other_brands_in_content":
		return d.boolean(&e.NoOtherBrandsInContent)
	}
	return d.unknown()
}

func (w *PostWindow) field(d *decoder, key string) error {
	switch key {
	case "days_before":
		return d.integer(&w.DaysBefore)
	case "days_after":
		return d.integer(&w.DaysAfter)
	case "hours_before":
		return d.integer(&w.HoursBefore)
	case "hours_after":
		return d.integer(&w.HoursAfter)
	case "posts_before":
		return d.integer(&w.PostsBefore)
	case "posts_after":
		return d.integer(&w.PostsAfter)
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
	case "rights":
		return readList(d, &c.Rights, objectElem((*TerminationRight).field))
	case "extent":
		return d.text(&c.Extent)
	}
	return d.unknown()
}

func (r *TerminationRight) field(d *decoder, key string) error {
	switch key {
	case "party":
		return d.text(&r.Party)
	case "basis":
		return d.text(&r.Basis)
	case "notice_days":
		return d.integer(&r.NoticeDays)
	case "cure_days":
		return d.integer(&r.CureDays)
	case "settlement":
		return d.text(&r.Settlement)
	case "cure_by_reshoot":
		return d.boolean(&r.CureByReshoot)
	}
	return d.unknown()
}
