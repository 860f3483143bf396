//go:build !unix

package cputime

import "time"

// process reports that the CPU time is unknown here.
func process() (time.Duration, bool) { return 0, false }
