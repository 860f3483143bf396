package disclosure

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
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
	// platform counts them (see below-fold), in every jurisdiction, over a
	// pack's "fold"; 0 turns below-fold off for the platform, and a
	// platform with no default fold gets one counted in code points.
	Fold map[influencekit.Platform]int
	// VerbalWithin is how early the first spoken label must start for
	// missing-verbal-disclosure, inclusive: a label at exactly this time
	// passes. It applies in every jurisdiction; 0 means the post's pack's
	// "verbal-within" (30 seconds in every built-in pack), or
	// DefaultVerbalWithin where the pack sets none.
	VerbalWithin time.Duration
	// LiveGap is the longest stretch of a live stream allowed without a
	// spoken label for live-disclosure-gap, inclusive: a gap of exactly
	// this length passes. It applies in every jurisdiction; 0 means the
	// post's pack's "live-gap" (15 minutes in every built-in pack), or
	// DefaultLiveGap where the pack sets none.
	LiveGap time.Duration
	// Terms adds a team's own terms to the jurisdictions' tables, or
	// overrides a built-in term's clarity: see [Term]. NewChecker rejects
	// an unusable one with an error wrapping [ErrInvalidTerm].
	Terms []Term
	// Packs adds a team's own packs, read by [ParsePack]: a pack whose
	// code names a built-in [Jurisdiction] ("DE") replaces that
	// jurisdiction's pack; any other code ("XK") is a market of its own,
	// which [Checker.Jurisdiction] names. NewChecker rejects two packs for
	// one code with an error wrapping [ErrInvalidPack]. [Options].Terms
	// apply to these packs too.
	Packs []*Pack
}

// Checker checks posts under one policy. It is built once by NewChecker,
// immutable, and safe for concurrent use.
type Checker struct {
	severity [numRules]influencekit.Severity
	off      [numRules]bool
	// rulesOn holds, for each fact (a bit of factSet), the rules that are
	// on and fire on it (ruleSpec.when), one bit a rule id: runRules
	// reads the rules a post's facts can fire from it.
	rulesOn [32]uint64
	// needs is the facts the rules that are on need (ruleSpec.needs).
	needs ruleFacts
	folds map[influencekit.Platform]foldRow
	// foldSet lists the platforms whose fold Options.Fold sets, over any
	// pack's.
	foldSet map[influencekit.Platform]bool
	// verbalWithin and liveGap are the transcript rules' thresholds set
	// by Options, 0 where the post's pack decides.
	verbalWithin, liveGap time.Duration
	// tables holds each jurisdiction's compiled table, indexed by it: the
	// built-in packs' (shared by every Checker), a team's overrides, and
	// its own markets' counted down from the top; a value without one
	// falls back to US (tableFor).
	tables [maxJurisdictions]*matcher
	// codes names the Checker's own markets by their packs' codes.
	codes map[string]Jurisdiction
	// foldIndex holds folds and foldSet by platform, for the platforms
	// whose value fits (indexFolds): Check reads it, not the maps.
	foldIndex [foldIndexLen]indexedFold
	// brands caches the brands Check has read (brandOf).
	brands brandCache
}

// maxJurisdictions bounds the Jurisdiction values a Checker serves: the
// built-in ones and a team's own markets, all of a uint8.
const maxJurisdictions = 256

// NewChecker compiles the term tables under the policy in o. It returns an
// error wrapping ErrUnknownRule for a rule name it does not know, and one
// wrapping ErrInvalidOption for a negative fold, a negative VerbalWithin
// or LiveGap, or a severity above SeverityError, and one wrapping
// [ErrInvalidTerm] for an unusable entry of [Options].Terms.
func NewChecker(o Options) (*Checker, error) {
	c := &Checker{folds: make(map[influencekit.Platform]foldRow, len(foldTable))}
	switch {
	case o.VerbalWithin < 0:
		return nil, fmt.Errorf("%w: VerbalWithin of %s", ErrInvalidOption, o.VerbalWithin)
	case o.LiveGap < 0:
		return nil, fmt.Errorf("%w: LiveGap of %s", ErrInvalidOption, o.LiveGap)
	}
	c.verbalWithin, c.liveGap = o.VerbalWithin, o.LiveGap
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
	for id, spec := range ruleSpecs {
		if !c.off[id] {
			c.needs |= spec.needs
			for f := uint32(spec.when); f != 0; f &= f - 1 {
				c.rulesOn[bits.TrailingZeros32(f)] |= 1 << id
			}
		}
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
		if c.foldSet == nil {
			c.foldSet = map[influencekit.Platform]bool{}
		}
		c.foldSet[p] = true
	}
	c.indexFolds()
	b, err := builtins()
	if err != nil {
		return nil, err
	}
	copy(c.tables[:], b.matchers)
	if len(o.Packs) == 0 && len(o.Terms) == 0 {
		return c, nil
	}
	packs, err := c.placePacks(b, o.Packs)
	if err != nil {
		return nil, err
	}
	custom, err := withTerms(o.Terms, packs)
	if err != nil {
		return nil, err
	}
	for j, m := range custom {
		c.tables[j] = m
	}
	return c, nil
}

// placePacks gives each of a team's packs its Jurisdiction: a built-in
// code's, or one counted down from the top for a market of its own, and
// its compiled table in c. It returns every jurisdiction's table, the
// team's in place of the built-in ones they replace, for the Terms to
// join.
func (c *Checker) placePacks(b *builtinSet, packs []*Pack) (map[Jurisdiction]*termTable, error) {
	tables := make(map[Jurisdiction]*termTable, len(b.packs)+len(packs))
	for j, p := range b.packs {
		tables[Jurisdiction(j)] = &p.table
	}
	byCode := map[string]int{}
	next := maxJurisdictions - 1
	for i, p := range packs {
		if p == nil || p.code == "" {
			return nil, fmt.Errorf("%w: Packs[%d] is not a pack ParsePack read", ErrInvalidPack, i)
		}
		if prev, ok := byCode[p.code]; ok {
			return nil, fmt.Errorf("%w: Packs[%d] repeats the code %s of Packs[%d]", ErrInvalidPack, i, p.code, prev)
		}
		byCode[p.code] = i
		j, err := ParseJurisdiction(p.code)
		if err != nil {
			if next < len(b.packs) {
				return nil, fmt.Errorf("%w: Packs[%d]: more markets than a Jurisdiction can number", ErrInvalidPack, i)
			}
			j = Jurisdiction(next)
			next--
			if c.codes == nil {
				c.codes = map[string]Jurisdiction{}
			}
			c.codes[p.code] = j
		}
		tables[j] = &p.table
		c.tables[j] = p.compiled
	}
	return tables, nil
}

// Jurisdiction returns the Jurisdiction that c checks posts of code under:
// a built-in one ("DE", read as [ParseJurisdiction] reads it), or the
// value c gave a market of a team's own pack ("XK"), which only c knows.
// It returns an error wrapping [ErrUnknownJurisdiction] for a code with
// neither.
func (c *Checker) Jurisdiction(code string) (Jurisdiction, error) {
	if j, ok := c.codes[strings.ToUpper(code)]; ok {
		return j, nil
	}
	return ParseJurisdiction(code)
}

// defaultChecker is the Checker that Check and Autofix use, made on first
// use from the built-in packs.
var defaultChecker = sync.OnceValue(func() *Checker {
	c, err := NewChecker(Options{})
	if err != nil {
		panic(err) // the built-in packs read and compile: TestTablesCompile
	}
	return c
})

// Autofix returns p's caption with the first fix of every fixable finding
// of Check applied; see [Checker.Autofix].
func Autofix(p Post) string { return defaultChecker().Autofix(p) }
