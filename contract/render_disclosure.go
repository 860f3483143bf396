package contract

// disclosure writes the endorsement disclosure duty and its wording.
func (r *renderer) disclosure() {
	r.heading("Endorsement disclosure")
	d := r.c.Disclosure
	if d == nil {
		r.notAgreed("how the Creator discloses the partnership")
		return
	}
	if !d.Required {
		r.line("The agreement does not state that the Creator must disclose the partnership.")
	} else {
		r.line("The Creator clearly discloses the partnership in every piece of content.")
	}
	if !isBlank(d.Wording) {
		r.line("The agreed wording is \"", escape(d.Wording), "\".")
	}
}
