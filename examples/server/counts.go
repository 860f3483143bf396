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
func negativeCount(v reflect.Value, path string) *problem {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			return negativeCount(v.Elem(), path)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if p := negativeCount(v.Field(i), within(path, name)); p != nil {
				return p
			}
		}
	case reflect.Slice:
		if v.Type().Elem() != reflect.TypeFor[count]() {
			return nil // only the server's own lists hold counts
		}
		for i := range v.Len() {
			if p := negativeCount(v.Index(i), path+"["+strconv.Itoa(i)+"]"); p != nil {
				return p
			}
		}
	case reflect.Int64:
		if v.Type() == reflect.TypeFor[count]() && v.Int() < 0 {
			p := problemInvalidValue(path, fmt.Sprintf("%s is %d: it counts something, so it is a whole number, at least 0", path, v.Int()))
			return &p
		}
	}
	return nil
}
