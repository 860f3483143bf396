package disclosure

// Deciding whether a clause read around its verb is a statement of the
// creator's connection, from the roles it holds.

// clauseFacts are the roles a clause holds around its verb.
type clauseFacts struct {
	subject   bool // the creator as subject before the verb
	recipient bool // the creator as recipient near the verb
	passive   bool // a passive auxiliary before the verb
	aux       int  // its part
	adjunct   bool
	byNamed   bool // "by", "from" and a named agent
	named     bool // a named agent that is no "by" phrase's: "@glowco hat mir", "me lo ha enviado @marca"
	before    bool // something stands before the verb in the clause
	onlyThing bool // what stands before the verb is objects and auxiliaries only
	// cleanToBy: only objects and adjuncts stand between the verb and its
	// "by" phrase; "this was gifted to her by @brand" was given to
	// someone else.
	cleanToBy bool
	blocked   bool // a negation, a condition or a private person
	first     int  // the first and last part the statement spans
	last      int
}

// decide decides from parts, the clause around the verb parts[verb],
// whether it is a statement, and returns its span; blocked says a
// negation, a condition or a private person makes it none.
func (cr *clauseReader) decide(parts []clausePart, verb int) (c clause, ok, blocked bool) {
	vrow := &cr.rows[parts[verb].row]
	f := clauseFacts{first: verb, last: verb, before: verb > 0, onlyThing: true}
	use := func(i int) {
		f.first, f.last = min(f.first, i), max(f.last, i)
	}
	for i, p := range parts {
		before := i < verb
		switch p.role {
		case roleSubject:
			if before {
				f.subject = true
				use(i)
			}
		case roleRecipient:
			if before && verb-i <= nearBefore || !before && i > verb && i-verb <= nearAfter {
				f.recipient = true
				use(i)
			}
		case rolePassive:
			if before && verb-i <= nearBefore {
				f.passive, f.aux = true, i
				f.subject = f.subject || cr.rows[p.row].self
			}
		case roleAdjunct:
			// Anywhere in the clause ("Ich habe es kostenlos bekommen"),
			// but not right after a verb that needs one: "we get to
			// share", "I got to try" say what the creator could do.
			// Before the verb, a subject between them makes the adjunct
			// another verb's: "to share with you a message I received".
			if !(vrow.needsAdjunct && i == verb+1) && !(before && subjectBetween(parts, i, verb)) {
				f.adjunct = true
				use(i)
			}
		case roleBy:
			if i+1 < len(parts) && parts[i+1].named {
				if !f.byNamed && !before {
					f.cleanToBy = cleanBetween(parts, verb, i)
				}
				f.byNamed = true
				use(i)
				use(i + 1)
			}
		case roleAgent:
			if p.named && (i == 0 || parts[i-1].role != roleBy) {
				f.named = true
				if !before || verb-i <= nearBefore {
					use(i)
				}
			}
		case roleObject:
			if !before && i-verb <= nearAfter {
				use(i)
			}
		case roleNegation:
			if before || i-verb <= negationAfter {
				f.blocked = true
			}
		case roleCondition:
			if before {
				f.blocked = true
			}
		case rolePrivate:
			f.blocked = true
		}
		if before && p.role != roleObject && p.role != rolePassive && p.role != roleCovered {
			f.onlyThing = false
		}
	}
	if f.blocked || !f.holds(parts[verb].role, vrow) {
		return clause{}, false, f.blocked
	}
	if f.passive && (vrow.participle || parts[verb].role == roleReceives) {
		use(f.aux)
	}
	c = clause{start: parts[f.first].start, end: parts[f.last].end, row: parts[verb].row}
	for _, p := range parts[f.first : f.last+1] {
		c.altered = c.altered || p.altered
	}
	return c, true, false
}

// cleanBetween reports whether only objects and adjuncts stand between
// the verb and the "by" phrase at i.
func cleanBetween(parts []clausePart, verb, i int) bool {
	for _, p := range parts[verb+1 : i] {
		if p.role != roleObject && p.role != roleAdjunct {
			return false
		}
	}
	return true
}

// subjectBetween reports a subject among parts[i+1:verb].
func subjectBetween(parts []clausePart, i, verb int) bool {
	for _, p := range parts[i+1 : verb] {
		if p.role == roleSubject {
			return true
		}
	}
	return false
}

// holds reports whether the roles found make the clause a statement of
// the creator's connection, for a verb of the given role and row.
func (f *clauseFacts) holds(role clauseRole, vrow *clauseRow) bool {
	says := vrow.alone || f.adjunct // the verb with what it is for says the connection
	if role == roleReceives {
		// The creator receives: "I got this for free", "ik kreeg dit van
		// @merk", "recebi da @marca".
		return (f.subject || vrow.self) && (says || f.byNamed && !vrow.needsAdjunct)
	}
	passive := vrow.participle && (f.passive || !f.recipient && !f.subject && f.byNamed && f.onlyThing && f.cleanToBy)
	if passive {
		// The creator, or what they were given, is the subject: "I was
		// paid", "this was gifted to me by @brand", "offert par @marque".
		// Another subject ("my sister was paid by") is someone else.
		return (f.subject || f.recipient || f.byNamed && f.onlyThing && f.cleanToBy) && (says || f.byNamed || f.named)
	}
	// The agent gives to the creator: "Company X sent me this product to
	// try". Nothing before the verb is an imperative addressed to the
	// follower ("Send me your products for free").
	return f.recipient && f.before && (says || f.named || f.byNamed)
}
