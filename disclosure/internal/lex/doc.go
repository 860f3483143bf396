// Package lex reads caption text for the disclosure linter: tokens with
// normalized text, and patterns matched over them.
//
// # Design
//
// A text is read once, left to right, by a [Tokenizer] into [Token]s:
// words, hashtags, @mentions, URLs, punctuation and symbols, each with
// byte offsets into the original text and its normalized text in a [Key]
// (NFKC and case folding one rune at a time, invisible characters
// skipped, combining marks composed), so that a label's span always
// covers the bytes as written. A hashtag's key is folded further
// ([TagKey]): accents off, '_' and '-' between its words dropped.
//
// Patterns are compiled once into a [Matcher]: every expansion of every
// pattern in one trie of integer nodes over normalized tokens, with an
// open-addressing index of first tokens that rejects most tokens with one
// load. The consumer owns the scan: at a token whose key starts a pattern
// ([Matcher.First]), it hands [Matcher.Match] a [Window] reset to where
// its tokenizer stands. The matcher reads the tokens after the candidate
// only through the window, by index, and never calls the tokenizer; the
// window reads each token the first time it is asked for it, so a match
// reads as far as its patterns go and no token twice. The brand a {brand}
// slot matches is a plain input ([Brand]), read once per post. An amount
// a {money} slot matches ("£50", "50 €", "R$1,000") is read from the
// window's tokens once a match reaches the slot: the tokenizer reads a
// currency sign as the symbol or punctuation it is, so the scan of text
// without such a match does no more work for it.
//
// A match stands where its pattern's [Position] says, and never as part
// of a longer word, compound or address: a hashtag a hyphen joins to a
// word ("#ad-free"), text that runs on into an e-mail address or a
// domain ("ad@brand.com", "info.ad@x.de", "glowco.com/ad"). A LineStart
// match first on its line stands only when set off from what follows:
// punctuation, an emoji, a tag or link, a line break, a capital, one of
// the [Opener] words, or its own capitals ("AD new drop"); before
// another lower-case word it opens an ordinary sentence ("Ad blockers
// are the best").
//
// What counts as a label and which rules apply is the consumer's
// business: this package knows tokens, patterns and where they stand.
package lex
