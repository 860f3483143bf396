// Package lexer is a unit of two files.
package lexer

// Token returns the length of s, read by a helper in the other file.
func Token(s string) int { return length(s) }
