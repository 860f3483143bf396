package pricing

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
	"golang.org/x/text/number"
)

// Format returns m for people in the conventions of the language tag: the
// amount rounded to the currency's minor unit (as [Money.Round] does), written with
// the locale's digits, grouping and decimal separator by golang.org/x/text,
// then a space and the ISO code:
//
//	MustNew("1250.5", "USD").Format(language.AmericanEnglish) // "1,250.50 USD"
//	MustNew("1250.5", "EUR").Format(language.German)          // "1.250,50 EUR"
//	MustNew("1250", "JPY").Format(language.Japanese)          // "1,250 JPY"
//
// Format uses a private message.Printer with a private, empty catalog: it
// neither reads nor writes x/text's global catalog. The zero [Money]
// formats as 0.00 with the code XXX.
//
// What x/text gets wrong, and why Format works around it:
//
//   - x/text's number package cannot format a [decimal.Decimal] (it prints
//     NaN) and accepts only machine integers and floats, and no float may
//     touch an amount. Format therefore rounds in decimal first and hands
//     x/text the whole units and the fraction digits as two int64 values
//     (formatted with number.Decimal, number.Scale and
//     number.MinIntegerDigits), joining them with the separator x/text uses
//     for the locale. Amounts of 10^18 whole units or more do not fit an
//     int64 and fall back to the plain digits of String, ungrouped.
//   - x/text's currency formatter always writes the symbol first followed by
//     an ordinary space, whatever the locale's CLDR pattern says: it prints
//     "$ 1,250.00" for American English, which wants "$1,250.00", and
//     "€ 1.250,00" for German and "$US 1 250,00" for French, which put the
//     symbol after the number ("1.250,00 €", "1 250,00 $US"). Its symbols
//     are also ambiguous across locales ("$" is USD in one and the local
//     dollar in another). Format avoids both by writing the ISO code after
//     the number in every locale.
func (m Money) Format(tag language.Tag) string {
	return formatAmount(message.NewPrinter(tag, message.Catalog(emptyCatalog)), m.Round().amount, m.MinorUnitDigits()) + " " + m.unit.String()
}

// emptyCatalog is the message catalog of Format's printers. It holds no
// message and is never written: without it message.NewPrinter reads
// message.DefaultCatalog, an exported variable any program may replace.
var emptyCatalog = catalog.NewBuilder()

// formatAmount writes the rounded amount d, which has at most scale digits
// after the point, with p's locale conventions.
func formatAmount(p *message.Printer, d decimal.Decimal, scale int) string {
	negative := d.Sign() < 0
	units, fraction := d.Abs().QuoRem(decimal.New(1, 0), 0) // whole units; fraction in [0, 1)
	// From 10^18 whole units on, int64 is too small for x/text.
	if units.Cmp(decimal.New(1, 18)) >= 0 {
		return d.StringFixed(int32(scale))
	}
	// x/text writes the whole units, grouped, followed by scale zeros in the
	// locale's digits: replace those zeros with the real fraction digits.
	s := p.Sprint(number.Decimal(units.IntPart(), number.Scale(scale)))
	if scale > 0 {
		digits := p.Sprint(number.Decimal(fraction.Shift(int32(scale)).IntPart(),
			number.MinIntegerDigits(scale), number.NoSeparator()))
		s = trimLastRunes(s, utf8.RuneCountInString(digits)) + digits
	}
	if negative {
		// The locale's sign pattern, taken from how x/text writes -1.
		one := p.Sprint(number.Decimal(1))
		minusOne := p.Sprint(number.Decimal(-1))
		if prefix, suffix, ok := strings.Cut(minusOne, one); ok {
			return prefix + s + suffix
		}
		return "-" + s
	}
	return s
}

// trimLastRunes returns s without its last n runes.
func trimLastRunes(s string, n int) string {
	for ; n > 0 && s != ""; n-- {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}
