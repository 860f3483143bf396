package lex

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMoneySlot: a {money} slot matches an amount with its currency sign
// before or after the number, in the ways captions write them, and
// nothing else.
func TestMoneySlot(t *testing.T) {
	m, err := Compile([]Pattern{
		{Text: "get {money} when+you join"},
		{Text: "win {money}"},
		{Text: "bonus {money}|{any} today"},
	})
	require.NoError(t, err)
	rows := []struct {
		why, text, want string
	}{
		{"a pound sign before the number (the UK's inducement row)", "get £50 when you join Glow", "get £50 when you join"},
		{"a dollar sign, ASCII punctuation", "get $50 when you join", "get $50 when you join"},
		{"a euro sign before, spaced", "get € 50 when you join", "get € 50 when you join"},
		{"a euro sign after, as French and German write it", "get 50€ when you join", "get 50€ when you join"},
		{"a euro sign after, spaced", "get 50 € when you join", "get 50 € when you join"},
		{"a yen sign with a thousands separator", "get ¥1,000 when you join", "get ¥1,000 when you join"},
		{"a rupee sign with Indian grouping", "get ₹1,00,000 when you join", "get ₹1,00,000 when you join"},
		{"the real's R$", "get R$50 when you join", "get R$50 when you join"},
		{"US$ before the number", "get US$20 when you join", "get US$20 when you join"},
		{"decimals and a sign after", "get 49.99 € when you join", "get 49.99 € when you join"},
		{"German decimals", "get 1.000,50 € when you join", "get 1.000,50 € when you join"},
		{"a k after the digits", "get $5k when you join", "get $5k when you join"},
		{"a fullwidth dollar sign reads as $", "get ＄50 when you join", "get ＄50 when you join"},
		{"a slot at the end of a pattern", "win £500 now", "win £500"},
		{"a slot among alternatives with {any}", "bonus €20 today", "bonus €20 today"},
		{"{any} still takes a word where no amount is", "bonus cash today", "bonus cash today"},
		{"a number alone is no amount", "get 50 when you join", ""},
		{"a sign alone is no amount", "get £ when you join", ""},
		{"a sign and a word is no amount", "get £ free when you join", ""},
		{"a letter prefix after the number is no sign", "get 20 US$ when you join", ""},
		{"a letter prefix must touch its $", "get R $50 when you join", ""},
		{"a line break inside the amount", "get £\n50 when you join", ""},
		{"a line break between number and sign", "get 50\n€ when you join", ""},
		{"an emoji is no currency sign", "get 🎉50 when you join", ""},
		{"digits with letters are no number", "get £50x when you join", ""},
		{"a percent sign is no currency sign", "get 50% when you join", ""},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, matchAt(t, m, row.text, Context{}))
		})
	}
}

// TestMoneyMatchAltered: an amount read through normalization (a
// fullwidth sign) makes the match altered, as any slot's word does.
func TestMoneyMatchAltered(t *testing.T) {
	m, err := Compile([]Pattern{{Text: "win {money}"}})
	require.NoError(t, err)
	for _, row := range []struct {
		text    string
		altered bool
	}{{"win $50", false}, {"win ＄50", true}, {"win 50＄", true}} {
		cur := NewTokenizer(row.text)
		var key Key
		first, ok := cur.Next(&key)
		require.True(t, ok)
		var win Window
		brand := NewBrand("")
		mt, ok := MatchGrowing(m, m.First(key.Bytes()), first, cur, &win, &brand, Context{})
		require.True(t, ok, row.text)
		assert.Equal(t, row.altered, mt.Altered, row.text)
		assert.Equal(t, len(row.text), mt.End, row.text)
	}
}

// TestExpandMoneySlot: "{money}" is a slot of its own, among alternatives
// too.
func TestExpandMoneySlot(t *testing.T) {
	got, err := ExpandPattern("get {money}|{any}")
	require.NoError(t, err)
	assert.Equal(t, [][]Elem{
		{{Kind: ElemLiteral, Text: "get"}, {Kind: ElemMoney}},
		{{Kind: ElemLiteral, Text: "get"}, {Kind: ElemAny}},
	}, got)
	_, err = Compile([]Pattern{{Text: "{money} bonus"}})
	assert.ErrorIs(t, err, ErrBadPattern, "a pattern starts with a literal, not an amount")
}

// FuzzMoneyAt: on any text after "win ", a {money} match, when there is
// one, ends inside the text after the word, and the amount (from its
// first token) holds no line break; a line break before it is between
// pieces, where any pattern may cross one.
func FuzzMoneyAt(f *testing.F) {
	for _, s := range []string{"£50", "50 €", "R$1,000", "¥1.000,50", "$5k", "US$ 20", "50\n€", "₹", "1,", "$.5"} {
		f.Add(s)
	}
	m, err := Compile([]Pattern{{Text: "win {money}"}})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		text := "win " + s
		cur := NewTokenizer(text)
		var key Key
		first, ok := cur.Next(&key)
		require.True(t, ok)
		var win Window
		brand := NewBrand("")
		mt, ok := MatchGrowing(m, m.First(key.Bytes()), first, cur, &win, &brand, Context{})
		if !ok {
			return
		}
		require.LessOrEqual(t, mt.End, len(text))
		require.Greater(t, mt.End, len("win "))
		amount, ok := cur.Next(&key) // the amount's first token
		require.True(t, ok)
		assert.False(t, NewlineIn(text, amount.Start, mt.End), "%q", text)
	})
}
