package disclosure

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// TestClauseStatements checks statements read as clauses, and clauses
// that are none, in every language the packs' lexicons speak.
func TestClauseStatements(t *testing.T) {
	rows := []struct {
		why, caption, brand string
		want                Connection // UnknownConnection: no statement
		text                string     // the label's text, when one is wanted
	}{
		{why: "the FTC's own adequate example (ftc-faqs)", caption: "Company X sent me this product to try, and I think it's great", want: Gift, text: "sent me this product to try"},
		{why: "a gift stated in another word order", caption: "I got this for free from @glowco and I love it", want: Gift, text: "I got this for free"},
		{why: "a passive gift with the creator as recipient", caption: "this was gifted to me by @glowco", want: Gift, text: "was gifted to me by @glowco"},
		{why: "a payment in the progressive", caption: "Glow Co is paying me to share this", want: Paid, text: "paying me to share this"},
		{why: "the handle gives, no adjunct: the named agent says it", caption: "@glowco sent me their new serum", want: Gift, text: "@glowco sent me their new serum"},
		{why: "the brand's words give when the post names the brand", caption: "Glow Co sent me this serum", brand: "Glow Co", want: Gift, text: "Glow Co sent me this serum"},
		{why: "employment said in the passive is a payment", caption: "I'm employed by @glowco", want: Paid, text: "I'm employed by @glowco"},
		{why: "German: the brand as subject, the creator as dative", caption: "@glowco hat mir das Serum geschenkt", want: Gift},
		{why: "German: a passive payment", caption: "Ich wurde von @glowco bezahlt", want: Paid, text: "Ich wurde von @glowco bezahlt"},
		{why: "French: a bare participle and its agent", caption: "Le sérum du jour : offert par @marque", want: Gift, text: "offert par @marque"},
		{why: "Spanish: clitics before the verb, the agent after it", caption: "me lo ha enviado @marca para probarlo", want: Gift},
		{why: "Italian: a passive with the creator as dative clitic", caption: "mi è stato regalato da @brand", want: Gift, text: "mi è stato regalato da @brand"},
		{why: "Dutch: the creator receives from the handle", caption: "ik kreeg dit van @merk", want: Gift, text: "ik kreeg dit van @merk"},
		{why: "Portuguese: the verb names the creator as its subject", caption: "recebi da @marca", want: Gift},
		{why: "Portuguese: the brand gives, the creator is the clitic", caption: "a @marca me enviou este sérum para testar", want: Gift, text: "@marca me enviou este sérum para testar"},
		{why: "an affiliate commission in Dutch", caption: "ik ontvang een kleine commissie", want: Affiliate},

		{why: "someone else was paid: a private person", caption: "my sister was paid by @glowco"},
		{why: "someone else got it: another subject", caption: "she got this for free"},
		{why: "someone else was sent it: a pronoun before a passive", caption: "She was sent this for free"},
		{why: "a gift to the creator from a private person", caption: "My mom sent me this for free"},
		{why: "copy addressed to the follower", caption: "you get a free sample when you order"},
		{why: "an invitation to the follower to earn", caption: "get paid to post"},
		{why: "an imperative: nothing before the verb", caption: "Send me your products for free"},
		{why: "a hypothetical", caption: "if a brand sent me this for free I would tell you"},
		{why: "a question with a condition", caption: "would you buy it if they paid me?"},
		{why: "a question", caption: "Did Company X send me this product to try?"},
		{why: "a statement as a question", caption: "Glow Co sent me this for free?"},
		{why: "a denial", caption: "nobody paid me"},
		{why: "a denial after the verb", caption: "They paid me nothing"},
		{why: "a negated statement", caption: "Glow Co never sent me this for free"},
		{why: "German: a negated gift", caption: "@glowco hat mir das Serum nicht geschenkt"},
		{why: "French: a hypothetical gift", caption: "si @marque m'a offert ce sérum"},
		{why: "\"get to\" is an opportunity, not a gift", caption: "Three days until we get to share our big day with you"},
		{why: "an opportunity to share, then a message received", caption: "I want to share with you a message I received from God"},
		{why: "\"got\" and a handle may be a purchase", caption: "I got this dress from @shopname"},
		{why: "a product title, not a statement", caption: "Sale Charging Adapter Gifts Us Eu Travel Plug"},
		{why: "a line break ends the clause before the verb", caption: "Lelo: @lelo_official\nSend us your questions"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			r := Check(Post{Caption: row.caption, Brand: row.brand, Platform: influencekit.Instagram})
			if row.want == UnknownConnection {
				assert.Empty(t, r.Disclosures, "%q", row.caption)
				return
			}
			if assert.Len(t, r.Disclosures, 1, "%q", row.caption) {
				l := r.Disclosures[0]
				assert.Equal(t, Clear, l.Clarity)
				assert.Equal(t, row.want, l.Connection)
				if row.text != "" {
					assert.Equal(t, row.text, l.Text)
				}
			}
		})
	}
}

// clauseFrame is a word order a language's statements take, written with
// the roles of a pack's clause rows in braces: {agent} (a named agent: the
// brand's handle, its words, a named agent row; or a pronoun agent row),
// {subject}, {recipient}, {object}, {adjunct}, {by}, {passive} (a passive
// auxiliary that needs a subject), {self-passive} (one that names the
// creator), {gives}, {participle} (a gives verb that is a participle),
// {receives} and {self-receives}. Other words are written as they are.
type clauseFrame struct {
	text string
	// agents are the agents the frame is tried with: the handle, the
	// brand's words, "the company", a pronoun, or none.
	agents []string
}

// agent kinds a frame takes.
const (
	agentHandle  = "handle"
	agentBrand   = "brand"
	agentCompany = "company"
	agentPronoun = "pronoun"
	agentNone    = "none"
)

var (
	allAgents   = []string{agentHandle, agentBrand, agentCompany, agentPronoun}
	namedAgents = []string{agentHandle, agentBrand, agentCompany}
)

// clauseFrames are the word orders of each language the property test
// builds statements in: active (the agent gives to the creator), passive
// (with an agent or without one) and receiving. The words come from the
// packs.
var clauseFrames = map[string][]clauseFrame{
	"en": {
		{"{agent} {gives} {recipient} {object} {adjunct}", allAgents},
		{"{object} {passive} {participle} {recipient} {by} {agent}", namedAgents},
		{"{subject} {passive} {participle} {object} {adjunct}", []string{agentNone}},
		{"{self-passive} {participle} {adjunct} {by} {agent}", namedAgents},
		{"{subject} {receives} {object} {adjunct} {by} {agent}", namedAgents},
		{"{subject} {receives} {object} {adjunct}", []string{agentNone}},
	},
	"de": {
		{"{agent} hat {recipient} {object} {adjunct} {gives}", allAgents},
		{"{self-passive} {by} {agent} {participle}", namedAgents},
		{"{object} {passive} {recipient} {adjunct} {participle}", []string{agentNone}},
		{"{subject} habe {object} {adjunct} {by} {agent} {receives}", namedAgents},
	},
	"fr": {
		{"{agent} {recipient} {gives} {object} {adjunct}", allAgents},
		{"{object} {recipient} {passive} {participle} {by} {agent}", namedAgents},
		{"{participle} {by} {agent}", namedAgents},
		{"{subject} {receives} {object} {adjunct} {by} {agent}", namedAgents},
	},
	"es": {
		{"{recipient} ha {gives} {agent} {adjunct}", namedAgents},
		{"{agent} {recipient} ha {gives} {object} {adjunct}", allAgents},
		{"{self-passive} {participle} {by} {agent}", namedAgents},
		{"{self-receives} {object} {adjunct} {by} {agent}", namedAgents},
	},
	"it": {
		{"{agent} {recipient} ha {gives} {object} {adjunct}", allAgents},
		{"{recipient} {passive} {participle} {by} {agent}", namedAgents},
		{"{self-passive} {participle} {adjunct}", []string{agentNone}},
		{"{subject} {receives} {object} {adjunct} {by} {agent}", namedAgents},
	},
	"nl": {
		{"{agent} {gives} {recipient} {object} {adjunct}", allAgents},
		{"{self-passive} {by} {agent} {participle}", namedAgents},
		{"{subject} {receives} {object} {by} {agent}", namedAgents},
		{"{subject} {receives} {object} {adjunct}", []string{agentNone}},
	},
	"pt": {
		{"{agent} {recipient} {gives} {object} {adjunct}", allAgents},
		{"{self-passive} {participle} {by} {agent}", namedAgents},
		{"{self-receives} {object} {adjunct} {by} {agent}", namedAgents},
		{"{self-receives} {object} {adjunct}", []string{agentNone}},
	},
}

// follower is each language's "you" as subject and as recipient, for copy
// addressed to the follower.
var follower = map[string][2]string{
	"en": {"you", "you"}, "de": {"du", "dir"}, "fr": {"tu", "te"}, "es": {"tú", "te"},
	"it": {"tu", "ti"}, "nl": {"jij", "je"}, "pt": {"você", "te"},
}

// lexiconWords returns every expansion of the pack's clause rows of lang,
// by the frame slot they fill.
func lexiconWords(t *testing.T, rows []clauseRow, lang string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, r := range rows {
		if r.lang != lang {
			continue
		}
		pats, err := lex.ExpandPattern(r.pattern)
		require.NoError(t, err)
		for _, elems := range pats {
			words := make([]string, len(elems))
			for i, e := range elems {
				words[i] = e.Text
				if e.Kind == lex.ElemAny {
					words[i] = "serum"
				}
			}
			w := strings.Join(words, " ")
			var slots []string
			switch r.role {
			case roleSubject:
				slots = []string{"subject"}
			case roleRecipient:
				slots = []string{"recipient"}
			case roleAgent:
				if r.named {
					slots = []string{"company"}
				} else {
					slots = []string{"pronoun"}
				}
			case roleBy:
				slots = []string{"by"}
			case roleObject:
				slots = []string{"object"}
			case roleAdjunct:
				slots = []string{"adjunct"}
			case roleNegation:
				slots = []string{"negation"}
			case roleCondition:
				slots = []string{"condition"}
			case rolePrivate:
				slots = []string{"private"}
			case rolePassive:
				slots = []string{"passive"}
				if r.self {
					slots = []string{"self-passive"}
				}
			case roleGives:
				slots = []string{"gives"}
				if r.participle {
					slots = append(slots, "participle")
				}
			case roleReceives:
				slots = []string{"receives"}
				if r.self {
					slots = []string{"self-receives"}
				}
			}
			for _, s := range slots {
				out[s] = append(out[s], w)
				out[s+"/connection"] = append(out[s+"/connection"], r.connection.String())
			}
		}
	}
	return out
}

// clauseCase is one generated caption and the connection it states.
type clauseCase struct {
	caption string
	want    Connection
	verb    string // the verb slot's word, for the failure message
}

// generate fills frame for agent kind with the words of lex, picking the
// i-th word of each slot round the list, and the verb slot's word v of
// its list; it returns false when a slot has no word in the pack.
func generate(frame, agent string, words map[string][]string, i, v int) (clauseCase, bool) {
	var c clauseCase
	var b strings.Builder
	for k, piece := range strings.Fields(frame) {
		if k > 0 {
			b.WriteByte(' ')
		}
		if !strings.HasPrefix(piece, "{") {
			b.WriteString(piece)
			continue
		}
		slot := strings.Trim(piece, "{}")
		switch slot {
		case "agent":
			switch agent {
			case agentHandle:
				b.WriteString("@glowco")
				continue
			case agentBrand:
				b.WriteString("Glow Co")
				continue
			case agentNone:
				// The frame has no agent slot.
			}
			slot = agent
		}
		list := words[slot]
		if len(list) == 0 {
			return c, false
		}
		n := i
		switch slot {
		case "gives", "participle", "receives", "self-receives":
			n = v
			c.verb = list[n%len(list)]
			want, err := ParseConnection(words[slot+"/connection"][n%len(list)])
			if err != nil {
				return c, false
			}
			c.want = want
		case "self-passive", "passive":
			// A frame with a self-passive auxiliary and no verb slot of its
			// own still has one: the participle.
		}
		b.WriteString(list[n%len(list)])
	}
	c.caption = b.String()
	return c, c.want != UnknownConnection
}

// TestClausePropertyEveryPack builds statements from each built-in
// pack's clause lexicon, in each frame of each language, with the brand's
// handle, its words, "the company", a pronoun or no agent as the frame
// allows: every verb form of the pack with several subjects, recipients,
// objects and adjuncts. Each must be found as a clear label of its verb's
// connection (clear, unless the pack's own row grades those very words
// otherwise: France's "sponsorisé par <marque>" is ambiguous). The same
// statements made about someone else (a private person or a pronoun in
// the creator's place), addressed to the follower, negated, made
// hypothetical or asked are no statement.
func TestClausePropertyEveryPack(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tens of thousands of captions")
	}
	total, negatives := 0, 0
	for _, tab := range builtinTables() {
		c, err := NewChecker(Options{})
		require.NoError(t, err)
		for lang, frames := range clauseFrames {
			words := lexiconWords(t, tab.clauses, lang)
			if len(words) == 0 {
				continue
			}
			for _, fr := range frames {
				verbSlot := "gives"
				for _, s := range []string{"participle", "self-receives", "receives"} {
					if strings.Contains(fr.text, "{"+s+"}") {
						verbSlot = s
					}
				}
				// Every verb form once, each with the next agent, subject,
				// recipient, object and adjunct round their lists.
				for v := range words[verbSlot] {
					{
						agent, i := fr.agents[v%len(fr.agents)], v
						{
							cc, ok := generate(fr.text, agent, words, i, v)
							require.True(t, ok, "%s %s: frame %q has a slot the pack does not fill", tab.jurisdiction, lang, fr.text)
							total++
							r := c.Check(Post{Caption: cc.caption, Brand: "Glow Co", Jurisdiction: tab.jurisdiction})
							if !assert.True(t, hasClear(r, cc.want) || packGrades(c, tab, cc), "%s %s: %q (verb %q) states %s: found %s", tab.jurisdiction, lang, cc.caption, cc.verb, cc.want, labelsOf(r)) {
								continue
							}
							for _, neg := range negativesOf(cc.caption, lang, words, i) {
								negatives++
								r := c.Check(Post{Caption: neg.caption, Brand: "Glow Co", Jurisdiction: tab.jurisdiction})
								assert.False(t, hasStatement(r), "%s %s: %q is %s: found %s", tab.jurisdiction, lang, neg.caption, neg.why, labelsOf(r))
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d statements found, %d clauses that are none rejected", total, negatives)
	assert.Greater(t, total, 5000)
}

// negative is a generated caption that states no connection of the
// creator's, and why.
type negative struct{ caption, why string }

// negativesOf turns statement into clauses that are none: the creator
// replaced by a private person, a pronoun or the follower; a negation
// before it; a condition before it; a question mark after it.
func negativesOf(statement, lang string, words map[string][]string, i int) []negative {
	pick := func(slot string) string { l := words[slot]; return l[i%len(l)] }
	out := []negative{
		{pick("condition") + " " + statement, "a hypothetical"},
		{statement + "?", "a question"},
		{pick("negation") + " " + statement, "a denial"},
	}
	for k, slot := range []string{"subject", "recipient"} {
		others := []string{pick("private"), follower[lang][k]}
		if slot == "subject" {
			others = append(others, pick("pronoun"))
		}
		for _, w := range words[slot] {
			s, ok := replaceWord(statement, w, others[0])
			if !ok {
				continue
			}
			out = append(out, negative{s, "about someone else"})
			for _, other := range others[1:] {
				s, _ := replaceWord(statement, w, other)
				out = append(out, negative{s, "about someone else"})
			}
			break
		}
	}
	return out
}

// replaceWord replaces the words w at the start of s or after a space, if
// any.
func replaceWord(s, w, by string) (string, bool) {
	for _, at := range []string{"", " "} {
		if strings.HasPrefix(s, w+" ") && at == "" {
			return by + s[len(w):], true
		}
		if i := strings.Index(s, " "+w+" "); i >= 0 && at == " " {
			return s[:i+1] + by + s[i+1+len(w):], true
		}
	}
	return s, false
}

// hasStatement reports a label of several words: a statement, not a
// pack's one-word label ("sponsorisé" in a question is the pack's own
// word, which the packs grade).
func hasStatement(r Report) bool {
	for _, l := range r.Disclosures {
		if strings.ContainsAny(l.Text, " \n") {
			return true
		}
	}
	return false
}

// packGrades reports whether the statement cc is, word for word, a term
// row of the pack's that grades it and names its connection.
func packGrades(c *Checker, tab *termTable, cc clauseCase) bool {
	brand := lex.NewBrand("Glow Co")
	sc := c.scanCaption(c.tables[tab.jurisdiction], cc.caption, &brand, nil)
	return len(sc.found) == 1 && sc.found[0].row >= 0 && !tab.isClause(sc.found[0].row) && sc.found[0].start == 0 && sc.found[0].end == len(cc.caption) &&
		sc.found[0].connection == cc.want
}

func hasClear(r Report, want Connection) bool {
	for _, l := range r.Disclosures {
		if l.Clarity == Clear && l.Connection == want {
			return true
		}
	}
	return false
}

func labelsOf(r Report) string {
	var b strings.Builder
	for _, l := range r.Disclosures {
		fmt.Fprintf(&b, "[%q %s %s]", l.Text, l.Clarity, l.Connection)
	}
	if b.Len() == 0 {
		return "nothing"
	}
	return b.String()
}

// TestClauseRowErrors: every way a clause row can fail to read names the
// file, line and column and says what was expected.
func TestClauseRowErrors(t *testing.T) {
	rows := []struct {
		why, text, want string
	}{
		{why: "an unknown role", text: `clause verb "sent" gift`, want: `x.pack:8:8: expected a clause role (adjunct, agent, by, condition, follower, gives, negation, object, passive, private, receives, recipient, subject), found "verb"`},
		{why: "no pattern", text: `clause gives gift`, want: `x.pack:8:14: expected a quoted pattern after "clause gives"`},
		{why: "a verb without a connection", text: `clause gives "sent"`, want: `x.pack:8:8: expected a connection (paid, gift or affiliate) for a gives verb`},
		{why: "a connection on a word that is no verb", text: `clause object "this" gift`, want: `x.pack:8:8: a connection belongs to a gives or receives verb, not to object words`},
		{why: "participle on a receives verb", text: `clause receives "got" gift participle`, want: `x.pack:8:8: participle belongs to a gives verb`},
		{why: "named on a subject", text: `clause subject "i" named`, want: `x.pack:8:8: named belongs to an agent`},
		{why: "a brand slot: the reader finds brands itself", text: `clause agent "by {brand}"`, want: `x.pack:8:14: expected a clause pattern without {brand} or {name}`},
		{why: "an unknown attribute", text: `clause gives "sent" gift quickly`, want: `x.pack:8:26: expected a connection (paid, gift, affiliate), participle, alone, self, named, needs-adjunct, lang= or source=, found "quickly"`},
		{why: "an unknown source", text: `clause gives "sent" gift source=nowhere`, want: `x.pack:8:26: expected a key of SOURCES.md that LookupSource knows, found "nowhere"`},
		{why: "a pattern that does not compile", text: `clause gives "sent|" gift`, want: `x.pack:8:14: "sent|": empty alternative`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			_, err := ParsePack("x.pack", []byte(minimalPack+row.text+"\n"))
			var pe *PackError
			require.ErrorAs(t, err, &pe)
			assert.Contains(t, err.Error(), row.want)
		})
	}
}

// TestPackOwnClauses: a team's pack reads statements with its own clause
// rows, in its own language.
func TestPackOwnClauses(t *testing.T) {
	p, err := ParsePack("xq.pack", []byte(minimalPack+`clause subject "mi"
clause recipient "al+mi"
clause adjunct "senpage"
clause gives "sendis" gift participle
clause receives "ricevis" gift
`))
	require.NoError(t, err)
	c, err := NewChecker(Options{Packs: []*Pack{p}})
	require.NoError(t, err)
	xq, err := c.Jurisdiction("XQ")
	require.NoError(t, err)
	for _, row := range []struct {
		why, caption string
		found        bool
	}{
		{"the brand sends to the creator, free", "#q @glowco sendis al mi senpage", true},
		{"the creator receives, free", "#q mi ricevis senpage", true},
		{"a verb without its roles", "#q sendis", false},
	} {
		r := c.Check(Post{Caption: row.caption, Jurisdiction: xq})
		assert.Equal(t, row.found, hasClear(r, Gift), "%s: %q: %s", row.why, row.caption, labelsOf(r))
	}
}

// TestClauseAllocations: reading a clause around a verb of the lexicon
// allocates nothing, whether the clause is a statement or not.
func TestClauseAllocations(t *testing.T) {
	plain := Post{Caption: "#ad Loving my new serum from the store, so glowy and light", Brand: "Glow Co", Platform: influencekit.Instagram}
	verbs := Post{Caption: "#ad I got my new serum and sent it to my mom, she was paid nothing for it", Brand: "Glow Co", Platform: influencekit.Instagram}
	statement := Post{Caption: "#ad Glow Co sent me their new serum to try", Brand: "Glow Co", Platform: influencekit.Instagram}
	require.False(t, hasStatement(Check(verbs)), "no statement in %q", verbs.Caption)
	require.True(t, hasStatement(Check(statement)))
	if raceDetector {
		t.Skip("the race detector's instrumentation allocates in the clause reader; .ci/run counts allocations without -race")
	}
	base := testing.AllocsPerRun(50, func() { Check(plain) })
	assert.Equal(t, base, testing.AllocsPerRun(50, func() { Check(verbs) }), "verbs that make no statement")
	assert.LessOrEqual(t, testing.AllocsPerRun(50, func() { Check(statement) }), base+1, "a statement: one more label in the report")
}

// BenchmarkClauses checks captions whose verbs the clause reader reads:
// statements, and clauses that are none.
func BenchmarkClauses(b *testing.B) {
	posts := []Post{
		{Caption: "Company X sent me this product to try, and I think it's great #skincare"},
		{Caption: "I got my new serum and sent it to my mom, she was paid nothing for it"},
		{Caption: "@glowco hat mir das Serum geschenkt, ich liebe es"},
		{Caption: "if a brand sent me this for free I would tell you, promise"},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range posts {
			Check(p)
		}
	}
}
