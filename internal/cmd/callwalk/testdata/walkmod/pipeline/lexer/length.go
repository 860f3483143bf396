package lexer

func length(s string) int { return len(s) }
