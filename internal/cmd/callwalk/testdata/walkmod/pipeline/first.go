package pipeline

import "example.com/walkmod/pipeline/lexer"

func first() int { return lexer.Token("first") }

func other() int { return 2 }
