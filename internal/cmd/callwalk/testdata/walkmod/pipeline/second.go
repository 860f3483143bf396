package pipeline

type shape interface{ area() int }

type square struct{}

func (square) area() int { return 4 }

// second calls first again, which is read once only.
func second() int { return first() + helper(3) }

func helper(n int) int { return n }
