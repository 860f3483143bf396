package pricing_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit/pricing"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		why  string
		m    pricing.Money
		tag  language.Tag
		want string
	}{
		{why: "US English groups with commas", m: pricing.MustNew("1250.5", "USD"), tag: language.AmericanEnglish, want: "1,250.50 USD"},
		{why: "German swaps the separators", m: pricing.MustNew("1250.5", "EUR"), tag: language.German, want: "1.250,50 EUR"},
		{why: "French groups with a no-break space (x/text's CLDR data; newer CLDR has U+202F)", m: pricing.MustNew("1234567.5", "EUR"), tag: language.French, want: "1\u00a0234\u00a0567,50 EUR"},
		{why: "Swiss German groups with an apostrophe", m: pricing.MustNew("1234.5", "CHF"), tag: language.MustParse("de-CH"), want: "1’234.50 CHF"},
		{why: "Indian English groups by two after the thousands", m: pricing.MustNew("1234567", "INR"), tag: language.MustParse("en-IN"), want: "12,34,567.00 INR"},
		{why: "JPY has no decimals", m: pricing.MustNew("1250", "JPY"), tag: language.Japanese, want: "1,250 JPY"},
		{why: "rounding happens before formatting, half away from zero", m: pricing.MustNew("0.125", "USD"), tag: language.English, want: "0.13 USD"},
		{why: "leading zeros of the fraction survive", m: pricing.MustNew("3.05", "USD"), tag: language.English, want: "3.05 USD"},
		{why: "negative amounts below one unit keep their sign", m: pricing.MustNew("-0.5", "EUR"), tag: language.German, want: "-0,50 EUR"},
		{why: "Arabic uses Arabic-Indic digits and its own separators", m: pricing.MustNew("1234.5", "USD"), tag: language.Arabic, want: "١٬٢٣٤٫٥٠ USD"},
		{why: "Persian writes a minus sign with a direction mark", m: pricing.MustNew("-1.5", "USD"), tag: language.Persian, want: "\u200e−۱٫۵۰ USD"},
		{why: "amounts of 10^18 units and more fall back to plain digits", m: pricing.MustNew("1000000000000000000.5", "USD"), tag: language.English, want: "1000000000000000000.50 USD"},
		{why: "just below 10^18 units is still grouped", m: pricing.MustNew("999999999999999999", "USD"), tag: language.English, want: "999,999,999,999,999,999.00 USD"},
		{why: "the zero Money formats with XXX", m: pricing.Money{}, tag: language.English, want: "0.00 XXX"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.m.Format(tt.tag))
		})
	}
}
