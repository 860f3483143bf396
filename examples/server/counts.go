package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// count is a request member that counts something (likes, views, frames'
// viewers, impressions): a whole number, at least 0. decodeStrict rejects
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

// negativeCount returns the problem for the first negative count in v, a
// value decoded from a request, in field order; nil when there is none.
func negativeCount(v reflect.Value) *problem {
	path, n, found := findNegative(v)
	if !found {
		return nil
	}
	p := problemInvalidValue(path, fmt.Sprintf("%s is %d: it counts something, so it is a whole number, at least 0", path, n))
	return &p
}

// findNegative returns the JSON path, relative to v, and the value of the
// first negative count in v. The path is built only for the count found,
// so that a request without one costs no allocation.
func findNegative(v reflect.Value) (path string, n int64, found bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			return findNegative(v.Elem())
		}
	case reflect.Struct:
		if v.Type().PkgPath() != reflect.TypeFor[count]().PkgPath() {
			return "", 0, false // only the server's own types hold counts
		}
		for i := range v.NumField() {
			if sub, n, found := findNegative(v.Field(i)); found {
				name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
				if strings.HasPrefix(sub, "[") {
					return name + sub, n, true
				}
				return within(name, sub), n, true
			}
		}
	case reflect.Slice:
		if v.Type().Elem() != reflect.TypeFor[count]() {
			return "", 0, false // only the server's own lists hold counts
		}
		for i := range v.Len() {
			if c := v.Index(i).Int(); c < 0 {
				return "[" + strconv.Itoa(i) + "]", c, true
			}
		}
	case reflect.Int64:
		if v.Type() == reflect.TypeFor[count]() && v.Int() < 0 {
			return "", v.Int(), true
		}
	}
	return "", 0, false
}
