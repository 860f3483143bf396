package contract

import "strconv"

// usageRights writes who owns the content and the Brand's licences.
func (r *renderer) usageRights() {
	r.heading("Content ownership and usage rights")
	if o := r.c.Ownership; o != nil {
		switch o.Owner {
		case BrandSide:
			r.line("The Brand owns the content the Creator makes under this agreement.")
		case CreatorSide:
			r.line("The Creator owns the content and grants the Brand only the rights below.")
		default:
			r.line("The owner of the content is not stated.")
		}
		if !isBlank(o.Licence) {
			r.line("Licence: ", escape(o.Licence), ".")
		}
		r.line()
	}
	u := r.c.UsageRights
	if u == nil {
		r.notAgreed("where and how long the Brand may reuse the content")
		return
	}
	if u.Extent == NoneAtAll {
		r.line("The Brand may not reuse the content beyond sharing the Creator's own posts.")
		return
	}
	if u.legacy() || len(u.Grants) == 0 {
		where := "platforms not stated"
		if len(u.Platforms) > 0 {
			names := make([]string, len(u.Platforms))
			for i, p := range u.Platforms {
				names[i] = platformName(p)
			}
			where = joinParts(names)
		}
		how := "in its own channels"
		if u.PaidAmplification {
			how = "in its own channels and as paid ads"
		}
		long := "with no end date"
		if u.Days > 0 {
			long = "for " + r.days(u.Days) + " after each piece goes live"
		}
		fee := "; the usage fee is not stated"
		switch {
		case u.Fee != nil && u.Fee.IsZero():
			fee = ", at no extra fee"
		case u.Fee != nil:
			fee = ", for a usage fee of " + u.Fee.Format(r.locale)
		}
		r.line("The Brand may reuse the content on ", where, " ", how, ", ", long, fee, ".")
	}
	for i, g := range u.Grants {
		if i > 0 || u.legacy() {
			r.line()
		}
		r.line(r.grant(i+1, g))
	}
	if words := carveOutWords(u.CarveOuts); words != "" {
		r.line()
		r.line("When the rights above end, the Brand may still ", words, ".")
	}
}

// carveOutWords lists the uses that survive the grants, or "".
func carveOutWords(cs []CarveOut) string {
	var words []string
	for _, c := range cs {
		switch c {
		case ArchiveCarveOut:
			words = append(words, "keep the posts in its archive, not promoted")
		case InternalCarveOut:
			words = append(words, "use the content internally")
		}
	}
	return joinParts(words)
}

// grant describes one usage grant in a sentence, saying only what it
// states.
func (r *renderer) grant(n int, g UsageGrant) string {
	kind := map[UsageKind]string{
		UnstatedUsage:     "use of a kind not stated",
		OrganicRepost:     "repost the content organically on its own accounts",
		PaidAmplification: "run the content as paid ads from its own accounts",
		Whitelisting:      "run the content as ads from the Creator's account (whitelisting)",
	}[g.Kind]
	var where []string
	for _, p := range g.Platforms {
		where = append(where, platformName(p))
	}
	for _, c := range g.Channels {
		where = append(where, channelPhrase(c))
	}
	s := "**Grant " + strconv.Itoa(n) + ".** The Brand may " + kind
	if len(where) > 0 {
		s += " on " + joinParts(where)
	} else {
		s += " (where is not stated)"
	}
	from := " after each piece goes live"
	if g.FromTermEnd {
		from = " after the term ends"
	}
	switch {
	case g.Perpetual:
		s += ", with no end date"
	case g.Days > 0:
		s += ", for " + r.days(g.Days) + from
	case g.Months == 1:
		s += ", for 1 month" + from
	case g.Months > 1:
		s += ", for " + r.count(g.Months) + " months" + from
	case g.EndsWithTerm:
	default:
		s += "; how long is not stated"
	}
	if g.EndsWithTerm {
		s += ", ending with the term at the latest"
	}
	if !isBlank(g.Territory) {
		s += ", territory: " + escape(g.Territory)
	}
	if flags := grantFlags(g); flags != "" {
		s += ". The grant is " + flags
	}
	if g.Revocable {
		s += ". The Creator may revoke it"
	}
	if g.CreatorApproval {
		s += ". The Creator approves each use before it runs"
	}
	if g.Edit {
		s += ". The Brand may edit the content"
	}
	switch {
	case g.DigitalReplica && isBlank(g.IntendedUses):
		s += ". It covers a digital replica of the Creator (an AI voice or likeness); its intended uses are not described"
	case g.DigitalReplica:
		s += ". It covers a digital replica of the Creator (an AI voice or likeness), for these uses only: " + escape(g.IntendedUses)
	case !isBlank(g.IntendedUses):
		s += ". Intended uses: " + escape(g.IntendedUses)
	}
	switch {
	case g.Fee != nil && !g.Fee.IsZero():
		s += ". Fee: " + g.Fee.Format(r.locale)
	case g.IncludedInFee:
		s += ". The total fee pays for it"
	case g.Fee != nil:
		s += ". No fee is paid for it"
	default:
		s += ". Its fee is not stated"
	}
	return s + "."
}

func channelPhrase(c Channel) string {
	switch c {
	case SocialChannel:
		return "the Brand's social accounts"
	case WebsiteChannel:
		return "the Brand's website"
	case EmailChannel:
		return "e-mail"
	case RetailChannel:
		return "retailers' sites and shops"
	case OutOfHome:
		return "out-of-home advertising"
	case PrintChannel:
		return "print"
	case Broadcast:
		return "broadcast"
	}
	return "(channel not set)"
}
