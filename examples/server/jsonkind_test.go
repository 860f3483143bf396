package main

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJSONKindWording pins the words jsonKind names JSON types with, the
// same in every reader of the module: "an array" (never "a list"), "true
// or false", "a string", an object.
func TestJSONKindWording(t *testing.T) {
	rows := []struct {
		why  string
		typ  reflect.Type
		want string
	}{
		{why: "a slice is read from an array", typ: reflect.TypeFor[[]string](), want: "an array"},
		{why: "a Go array is read from an array too", typ: reflect.TypeFor[[2]int](), want: "an array"},
		{why: "a bool is read from true or false", typ: reflect.TypeFor[bool](), want: "true or false"},
		{why: "a string", typ: reflect.TypeFor[string](), want: "a string"},
		{why: "a map is read from an object", typ: reflect.TypeFor[map[string]int](), want: "an object"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, jsonKind(row.typ))
		})
	}
}
