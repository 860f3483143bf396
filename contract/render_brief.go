package contract

// brief writes the briefing material, part by part.
func (r *renderer) brief() {
	r.heading("Briefing material")
	b := r.c.Brief
	if b == nil {
		r.notAgreed("goals, target audience, key messages, caption guide, product description and FAQs")
		return
	}
	if !isBlank(b.Reference) {
		r.line("The brief in the separate document \"", escape(b.Reference), "\" forms part of this agreement.")
		r.line()
		if !anyText(b.Goals) && isBlank(b.Audience) && !anyText(b.KeyMessages) {
			return
		}
	}
	r.list("Goals", b.Goals)
	r.list("KPIs", b.KPIs)
	r.text("Target audience", b.Audience)
	r.list("Key messages", b.KeyMessages)
	r.text("Caption guide", b.CaptionGuide)
	r.text("Product description", b.ProductDescription)
	r.list("FAQs", b.FAQs)
}

func (r *renderer) text(label, s string) {
	if isBlank(s) {
		r.line("**", label, ":** not stated.")
	} else {
		r.line("**", label, ":** ", escape(s))
	}
	r.line()
}

func (r *renderer) list(label string, items []string) {
	if !anyText(items) {
		r.line("**", label, ":** not stated.")
		r.line()
		return
	}
	r.line("**", label, ":**")
	r.line()
	for _, s := range items {
		if !isBlank(s) {
			r.line("- ", escapeItem(s))
		}
	}
	r.line()
}
