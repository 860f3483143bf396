// Package pipeline is a small walk with a known path: Run reads first.go,
// the lexer (two files, one unit), second.go, first.go again and run.go
// again.
package pipeline

import "example.com/walkmod/pipeline/lexer"

// Run is where the walk starts.
func Run() int {
	n := first()
	n += second()
	n += other()
	var s shape = square{}
	n += s.area() // through an interface: not followed
	f := hidden
	n += f() // through a func value: not followed
	n += lexer.Token("x")
	return n + tail()
}

func tail() int { return 1 }

func hidden() int { return tail() }
