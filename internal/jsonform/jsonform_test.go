package jsonform

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestProblems(t *testing.T) {
	type inner struct {
		Name string `json:"name"`
	}
	type good struct {
		Items []inner `json:"items"`
		Start int     `json:"start_utf16"`
	}
	type untagged struct {
		Items []inner
	}
	type empty struct {
		Secret int `json:"-"`
	}
	tests := []struct {
		why  string
		v    any
		want []string
	}{
		{"snake_case keys and a filled list are in form", good{Items: []inner{{"a"}}, Start: 1}, nil},
		{"a nil slice marshals as null", good{}, []string{"$.items is null"}},
		{"an untagged field is PascalCase and has no json name", untagged{Items: []inner{{"a"}}}, []string{
			"$ key \"Items\" is not snake_case", "jsonform.untagged.Items has no json name"}},
		{"a struct with nothing exported marshals to {}", empty{Secret: 1}, []string{"$ is {}"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Problems(tt.v), tt.why)
	}
}

func TestIsSnakeCase(t *testing.T) {
	for s, want := range map[string]bool{
		"start_utf16": true, "kpis": true, "a": true,
		"": false, "Start": false, "start__end": false, "_x": false, "x_": false, "1x": false, "kill-fee": false,
	} {
		assert.Equal(t, want, IsSnakeCase(s), s)
	}
}
