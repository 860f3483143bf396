package disclosure

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/influencekit/influencekit"
)

// ErrInvalidOption is wrapped by NewChecker's errors for an option value out
// of range: a negative fold or an unknown severity.
var ErrInvalidOption = errors.New("disclosure: invalid option")

// Options changes a Checker's policy. The zero value is the default policy
// that Check applies.
type Options struct {
	// Severity overrides rules' default severities, for a team whose policy
	// differs: {RuleNotUpfront: influencekit.SeverityInfo} only demands the
	// label above the fold.
	Severity map[Rule]influencekit.Severity
	// Off lists rules not to report at all.
	Off []Rule
	// Fold overrides a platform's visible prefix, in characters as the
	// platform counts them (see below-fold); 0 turns below-fold off for the
	// platform, and a platform with no default fold gets one counted in
	// code points.
	Fold map[influencekit.Platform]int
	// VerbalWithin is how early the first spoken label must start for
	// missing-verbal-disclosure, inclusive: a label at exactly this time
	// passes. 0 means DefaultVerbalWithin (30 seconds).
	VerbalWithin time.Duration
	// LiveGap is the longest stretch of a live stream allowed without a
	// spoken label for live-disclosure-gap, inclusive: a gap of exactly
	// this length passes. 0 means DefaultLiveGap (15 minutes).
	LiveGap time.Duration
	// Terms adds a team's own terms to the jurisdictions' tables, or
	// overrides a built-in term's clarity: see [Term]. NewChecker rejects
	// an unusable one with an error wrapping [ErrInvalidTerm].
	Terms []Term
}

// Checker checks posts under one policy. It is built once by NewChecker,
// immutable, and safe for concurrent use.
type Checker struct {
	severity [numRules]influencekit.Severity
	off      [numRules]bool
	folds    map[influencekit.Platform]foldRow
	// verbalWithin and liveGap are the transcript rules' thresholds.
	verbalWithin, liveGap time.Duration
	// tables holds each declared Jurisdiction's compiled table, indexed
	// by it; a value outside them falls back to US (tableFor).
	tables []*matcher
}

// NewChecker compiles the term tables under the policy in o. It returns an
// error wrapping ErrUnknownRule for a rule name it does not know, and one
// wrapping ErrInvalidOption for a negative fold, a negative VerbalWithin
// or LiveGap, or a severity above SeverityError, and one wrapping
// [ErrInvalidTerm] for an unusable entry of [Options].Terms.
func NewChecker(o Options) (*Checker, error) {
	c := &Checker{folds: make(map[influencekit.Platform]foldRow, len(foldTable)), verbalWithin: DefaultVerbalWithin, liveGap: DefaultLiveGap}
	switch {
	case o.VerbalWithin < 0:
		return nil, fmt.Errorf("%w: VerbalWithin of %s", ErrInvalidOption, o.VerbalWithin)
	case o.LiveGap < 0:
		return nil, fmt.Errorf("%w: LiveGap of %s", ErrInvalidOption, o.LiveGap)
	}
	if o.VerbalWithin > 0 {
		c.verbalWithin = o.VerbalWithin
	}
	if o.LiveGap > 0 {
		c.liveGap = o.LiveGap
	}
	for i, info := range ruleTable {
		c.severity[i] = info.Severity
	}
	for r, sev := range o.Severity {
		id, err := lookupRule(r)
		if err != nil {
			return nil, err
		}
		if sev > influencekit.SeverityError {
			return nil, fmt.Errorf("%w: severity %d for rule %q", ErrInvalidOption, sev, string(r))
		}
		c.severity[id] = sev
	}
	for _, r := range o.Off {
		id, err := lookupRule(r)
		if err != nil {
			return nil, err
		}
		c.off[id] = true
	}
	for _, f := range foldTable {
		c.folds[f.platform] = f
	}
	for p, n := range o.Fold {
		if n < 0 {
			return nil, fmt.Errorf("%w: fold of %d characters for %s", ErrInvalidOption, n, p)
		}
		row, ok := c.folds[p]
		if !ok {
			row = foldRow{platform: p, unit: unitRunes}
		}
		row.chars = n
		c.folds[p] = row
	}
	custom, err := withTerms(o.Terms)
	if err != nil {
		return nil, err
	}
	c.tables = make([]*matcher, jurisdictionNames.Len())
	for _, t := range termTables {
		if int(t.jurisdiction) >= len(c.tables) || c.tables[t.jurisdiction] != nil {
			return nil, fmt.Errorf("%w: a second table, or one for an undeclared jurisdiction, %s", errBadPattern, t.jurisdiction)
		}
		m := custom[t.jurisdiction]
		if m == nil {
			if m, err = compileTable(t); err != nil {
				return nil, err
			}
		}
		c.tables[t.jurisdiction] = m
	}
	return c, nil
}

// defaultChecker is the Checker that Check and Autofix use, compiled on
// first use from the package's fixed tables.
var defaultChecker = sync.OnceValue(func() *Checker {
	c, err := NewChecker(Options{})
	if err != nil {
		panic(err) // the shipped tables compile: TestTablesCompile
	}
	return c
})

// Check lints p's caption against the default policy and its
// jurisdiction's rules. It is safe for concurrent use and never panics.
//
// Check assumes the post is sponsored unless [Post.Connection] says
// otherwise: a caption with no label at all gets missing-disclosure; a
// NoConnection post gets neither that nor placement or transcript
// findings, and a Paid, Gift or Affiliate post is checked against its
// labels (mismatched-disclosure). Each declared Jurisdiction has its own
// tables.
func Check(p Post) Report { return defaultChecker().Check(p) }

// Autofix returns p's caption with the first fix of every fixable finding
// of Check applied; see [Checker.Autofix].
func Autofix(p Post) string { return defaultChecker().Autofix(p) }
