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
// slot matches is a plain input ([Brand]), read once per post.
//
// What counts as a label, where labels stand and which rules apply is the
// consumer's business: this package knows tokens and patterns only.
package lex
