package contract_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current Render output")

func TestRenderGolden(t *testing.T) {
	tests := []struct {
		why    string
		input  string
		locale language.Tag
		golden string
	}{
		{"a complete contract: every section, no open points", "complete.json", language.AmericanEnglish, "complete.golden"},
		{"a German contract in euros: German number format, day-first dates, an empty exclusivity clause, unpaid usage past the term", "euro.json", language.German, "euro.golden"},
		{"a UK gifting deal: product only, brief by reference, date to be agreed, no usage, no exclusivity, a partner tag of the trading name", "gifting.json", language.BritishEnglish, "gifting.golden"},
		{"an agency three-party deal: Net 60 after publication, usage grants with whitelisting, exclusivity around posts with named competitors, one-sided termination and indemnity", "agency.json", language.AmericanEnglish, "agency.golden"},
		{"termination for convenience by either party with pro-rata pay, a perpetual irrevocable organic repost, unlimited revisions, total exclusivity, a term ending on September 31", "rights.json", language.BritishEnglish, "rights.golden"},
		{"dates still to be agreed (the term's end, a payment), full exclusivity for a fee, either party may end it at any time with a kill fee", "tba.json", language.AmericanEnglish, "tba.golden"},
		{"a French deal with every art. 8 mention: addresses, tax residences, a minor creator from the US with a guardian, an EU representative and insurer, a described digital replica, joint liability", "france.json", language.French, "france.golden"},
		{"terms as signed: an agreement without end, a due date after the products arrive, props, business-day reviews and reshoots at the creator's cost, a licence from the term's end with edits and carve-outs, a revocable creator-approved paid licence, windows in hours, pay limited to delivered work, morals triggers, confidentiality without end, takedown on request", "signed.json", language.AmericanEnglish, "signed.golden"},
		{"mighty-micro's \"have fun!\" brief: sections not agreed and every open point", "havefun.json", language.AmericanEnglish, "havefun.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.input))
			require.NoError(t, err)
			c, err := contract.Parse(data)
			require.NoError(t, err)
			var buf bytes.Buffer
			require.NoError(t, contract.RenderLocale(&buf, c, tt.locale))
			path := filepath.Join("testdata", tt.golden)
			if *update {
				require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), buf.String())
		})
	}
}

func TestRenderIsRenderLocaleInAmericanEnglish(t *testing.T) {
	c := complete(t)
	var a, b bytes.Buffer
	require.NoError(t, contract.Render(&a, c))
	require.NoError(t, contract.RenderLocale(&b, c, language.AmericanEnglish))
	assert.Equal(t, b.String(), a.String())
	assert.Contains(t, a.String(), "1,500.00 USD")
	assert.Contains(t, a.String(), "January 20, 2026")
}

// TestRenderDraftListsTheProblemsGiven checks that the draft lists the
// problems its caller passes, in severity order, without validating again
// and without reordering the caller's slice.
func TestRenderDraftListsTheProblemsGiven(t *testing.T) {
	c := complete(t)
	c.Term = nil // Validate would report a missing term
	given := []contract.Problem{
		{Field: "term", Rule: contract.RuleUnstatedTerm, Severity: influencekit.SeverityInfo, Message: "a note the caller made"},
		{Field: "payment", Rule: contract.RuleMissingField, Severity: influencekit.SeverityError, Message: "an error the caller found"},
	}
	before := slices.Clone(given)
	var buf bytes.Buffer
	require.NoError(t, contract.RenderDraft(&buf, c, given, language.AmericanEnglish))
	out := buf.String()
	assert.Contains(t, out, "## Open points\n\n- **To fix:** An error the caller found.\n- **Not covered:** A note the caller made.\n")
	assert.NotContains(t, out, "has no term", "the draft does not validate again")
	assert.Equal(t, before, given, "the caller's slice keeps its order")

	buf.Reset()
	require.NoError(t, contract.RenderDraft(&buf, c, nil, language.AmericanEnglish))
	assert.NotContains(t, buf.String(), "## Open points", "no problems given, no open points")
}

func TestRenderEscapesContractText(t *testing.T) {
	c := contract.Contract{
		Brand:   contract.Brand{BrandIdentity: disclosure.BrandIdentity{Name: "*Bold* [link](x) <b>"}},
		Creator: contract.Creator{Name: "A | B\n# Heading"},
	}
	var buf bytes.Buffer
	require.NoError(t, contract.Render(&buf, c))
	out := buf.String()
	assert.Contains(t, out, `\*Bold\* \[link\](x) \<b\>`)
	assert.Contains(t, out, `A \| B # Heading`, "a line break cannot start a new block")
	assert.NotContains(t, out, "\n# Heading")
}

type failingWriter struct{}

var errWrite = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestRenderReturnsTheWriterError(t *testing.T) {
	err := contract.Render(failingWriter{}, complete(t))
	assert.ErrorIs(t, err, errWrite)
}

// TestRenderSectionOrderIsATermSheet checks the order a lawyer expects:
// parties, term, scope of work, approval and dates, money,
// rights, restrictions, compliance, termination, boilerplate.
func TestRenderSectionOrderIsATermSheet(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, contract.Render(&buf, complete(t)))
	want := []string{"Contract length", "Deliverables", "Briefing material", "Approval process", "Deadlines",
		"Fees and payment", "Content ownership and usage rights", "Exclusivity", "Endorsement disclosure",
		"Termination", "General terms"}
	var got []string
	for _, line := range strings.Split(buf.String(), "\n") {
		if rest, ok := strings.CutPrefix(line, "## "); ok {
			_, title, _ := strings.Cut(rest, ". ")
			got = append(got, title)
		}
	}
	assert.Equal(t, want, got)
}

// TestRenderNoticePeriod checks the possessive of the notice period: "1
// day's" for one day, "14 days'" for more.
func TestRenderNoticePeriod(t *testing.T) {
	tests := []struct {
		why  string
		days int64
		want string
	}{
		{"one day takes 's: \"1 day' written notice\" is a typo in a contract", 1, "with 1 day's written notice."},
		{"more days take a bare apostrophe", 14, "with 14 days' written notice."},
		{"counts are grouped for the locale", 1000, "with 1,000 days' written notice."},
		{"no notice period is not a right to end without notice", 0, "Who may end this agreement, and with what notice, is not stated."},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c := complete(t)
			c.Cancellation.NoticeDays = tt.days
			var buf bytes.Buffer
			require.NoError(t, contract.Render(&buf, c))
			assert.Contains(t, buf.String(), tt.want)
		})
	}
}

// TestRenderListItemsCannotStartBlocks puts text that begins with a block
// marker into list items: escaped only inside the text, "- # Heading"
// would still render a heading, "- 1. x" an ordered list and "-     x"
// a code block inside the item.
func TestRenderListItemsCannotStartBlocks(t *testing.T) {
	tests := []struct {
		why  string
		goal string
		want string
	}{
		{"a heading marker", "# Launch", "- \\# Launch\n"},
		{"a bullet marker", "- sub-goal", "- \\- sub-goal\n"},
		{"a plus bullet marker", "+ more sign-ups", "- \\+ more sign-ups\n"},
		{"an ordered list marker with a point", "1. awareness", "- 1\\. awareness\n"},
		{"an ordered list marker with a parenthesis", "2) sales", "- 2\\) sales\n"},
		{"indentation that would make a code block", "     indented goal", "- indented goal\n"},
		{"a number that starts no list stays as written", "2026 launch", "- 2026 launch\n"},
		{"a hash inside the text stays as written", "use #ad first", "- use #ad first\n"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c := complete(t)
			c.Brief.Goals = []string{tt.goal}
			var buf bytes.Buffer
			require.NoError(t, contract.Render(&buf, c))
			assert.Contains(t, buf.String(), "**Goals:**\n\n"+tt.want)
		})
	}
}

// TestRenderStatedStates checks that a clause stated in one word renders
// as exactly that, and that "none" never reads as a right
// (unstated, none and unlimited read differently).
func TestRenderStatedStates(t *testing.T) {
	tests := []struct {
		why     string
		mutate  func(c *contract.Contract)
		want    string
		notWant string
	}{
		{"no cancellation terms is not a right to end without notice", func(c *contract.Contract) {
			c.Cancellation = &contract.Cancellation{Extent: contract.NoneAtAll}
		}, "## 10. Termination\n\nThe agreement has no cancellation terms.\n", "Either party may end"},
		{"either party may end it at any time, with no kill fee stated", func(c *contract.Contract) {
			c.Cancellation = &contract.Cancellation{Extent: contract.Unlimited}
		}, "Either party may end this agreement at any time, without notice.\nNo kill fee is stated.\n", "Who may end"},
		{"a gifting deal states no kill fee because none is owed", func(c *contract.Contract) {
			c.Cancellation = &contract.Cancellation{Extent: contract.Unlimited}
			c.Payment = &contract.Payment{ProductOnly: true}
		}, "Either party may end this agreement at any time, without notice.\n", "kill fee"},
		{"no approval process: no review, no draft deadlines", func(c *contract.Contract) {
			c.Approval = &contract.Approval{Extent: contract.NoneAtAll}
		}, "## 4. Approval process\n\nThe Brand does not review the content before it goes live.\n", "first draft of"},
		{"exclusivity included in the fee", func(c *contract.Contract) {
			c.Exclusivity.IncludedInFee = true
		}, "The total fee pays for the exclusivity.", "exclusivity fee of"},
		{"one payment on a trigger with no schedule has no installments to point at", func(c *contract.Contract) {
			c.Payment.Schedule = nil
			c.Payment.Trigger, c.Payment.NetDays = contract.OnInvoice, 60
		}, "It is paid in one payment within 60 days of receipt of the Creator's invoice.\n", "Unless an installment says otherwise"},
		{"a deposit and the rest on a trigger, with no schedule", func(c *contract.Contract) {
			c.Payment.Schedule = nil
			c.Payment.Trigger, c.Payment.NetDays = contract.OnPublication, 30
			half := decimal.NewFromInt(50)
			c.Payment.DepositPercent = &half
		}, "The rest is paid within 30 days of publication of the content.\n", "Unless an installment says otherwise"},
		{"no submission deadline nobody agreed: the review time is stated, no draft date derived from it", func(c *contract.Contract) {
			c.Approval = &contract.Approval{ReviewDays: 3, RevisionRounds: 2}
		}, "The Brand reviews each draft and gives feedback within 3 days.\nThe Creator makes up to 2 rounds of revisions.\n", "drafts should reach the Brand"},
		{"an installment with a trigger and no net days of its own inherits the payment's Net 60", func(c *contract.Contract) {
			c.Payment.Trigger, c.Payment.NetDays = contract.OnInvoice, 60
			c.Payment.Schedule = []contract.Installment{{Trigger: contract.OnPublication, Amount: c.Payment.Total}}
		}, "| 1 | within 60 days of publication of the content | 1,500.00 USD |", "on publication"},
		{"a weekly series lists every piece", func(c *contract.Contract) {
			c.Deliverables[0].Quantity = 4
		}, "- January 20, 2026: deliverable 1: piece 1 of 4 goes live\n- January 27, 2026: deliverable 1: piece 2 of 4 goes live\n- February 3, 2026: deliverable 1: piece 3 of 4 goes live\n", "first piece goes live"},
		{"a kill fee a convenience right pays is defined, not owed on every cancellation", func(c *contract.Contract) {
			fifty := decimal.NewFromInt(50)
			c.Cancellation = &contract.Cancellation{KillFeePercent: &fifty, Rights: []contract.TerminationRight{
				{Party: contract.BrandSide, Basis: contract.ForConvenience, NoticeDays: 14, Settlement: contract.KillFee},
				{Party: contract.BothSides, Basis: contract.ForCause, CureDays: 10, Settlement: contract.ProRata}}}
		}, "The kill fee is 50% of the total", "If the Brand cancels, it pays"},
		{"a morals clause that names no party binds nobody in the draft", func(c *contract.Contract) {
			c.Morals = &contract.Morals{}
		}, "**Morals:** the agreement has a morals clause, but who is bound by it is not stated.", "a party not stated"},
		{"a confidentiality clause that names no party", func(c *contract.Contract) {
			c.Confidentiality = &contract.Confidentiality{Years: 2}
		}, "**Confidentiality:** the terms and the campaign are confidential for 2 years after the term; who is bound is not stated.", "a party not stated"},
		{"both ends of the term still to be agreed", func(c *contract.Contract) {
			c.Term = &contract.Term{StartToBeAgreed: true, EndToBeAgreed: true}
		}, "This agreement runs from a day still to be agreed to a day still to be agreed.", "(date not set)"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c := complete(t)
			tt.mutate(&c)
			var buf bytes.Buffer
			require.NoError(t, contract.Render(&buf, c))
			body, _, _ := strings.Cut(buf.String(), "## Open points")
			assert.Contains(t, body, tt.want)
			assert.NotContains(t, body, tt.notWant)
		})
	}
}
