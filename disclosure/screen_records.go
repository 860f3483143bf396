package disclosure

// Records about a label shown on screen: the rules judge an overlay's
// label when the caption has none that settles them, and the report says
// where on screen it stands.

// screenLabelOf returns the on-screen label record r is about, and
// whether it is about one.
func (in *ruleContext) screenLabelOf(r *record) (screenLabel, bool) {
	var l screenLabel
	switch r.onScreen {
	case onScreenVague:
		l = in.screen.firstVague
	case onScreenAmbiguous:
		l = in.screen.firstAmbiguous
	case onScreenClear:
		l = in.screen.firstClear
	case onScreenSaid:
		l = in.screen.firstSaid
	default:
		return screenLabel{}, false
	}
	return l, l.shown > 0
}

// onScreenRecord returns the record of rule id about the first
// on-screen label of kind (onScreenVague...), with message msg and no
// fix (the picture needs a person); ok is false when no overlay shows
// such a label.
func (in *ruleContext) onScreenRecord(id ruleID, kind, msg uint8) (r record, ok bool) {
	r = record{id: id, label: -1, msg: msg, fixes: fixNone, onScreen: kind, spoken: -1}
	_, ok = in.screenLabelOf(&r)
	return r, ok
}
