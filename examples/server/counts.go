package main

// count is a request member that counts something (likes, views, frames'
// viewers, impressions): a whole number, at least 0. readCount rejects
// a negative one with a 400 naming its JSON path, before the library sees
// it; the OpenAPI document gives it "minimum": 0.
type count int64

// int64s returns counts as the int64s the library takes.
func int64s(counts []count) []int64 {
	out := make([]int64, len(counts))
	for i, c := range counts {
		out[i] = int64(c)
	}
	return out
}
