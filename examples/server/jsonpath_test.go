package main

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

func TestLocate(t *testing.T) {
	type leaf struct {
		Count int64 `json:"count"`
	}
	type doc struct {
		Name   string         `json:"name"`
		Leaves []leaf         `json:"leaves"`
		Quote  quoteRequest   `json:"quote"`
		ByName map[string]int `json:"by_name"`
		Plain  int            // read by its Go name, case-insensitively
	}
	rows := []struct {
		why, data   string
		path        string
		selfReading bool
	}{
		{why: "a value of the wrong type at the top", data: `{"name":1}`, path: "name"},
		{why: "an index into a list", data: `{"leaves":[{"count":1},{"count":"2"}]}`, path: "leaves[1].count"},
		{why: "an unknown member deep down", data: `{"leaves":[{"count":1,"cnt":2}]}`, path: "leaves[0].cnt"},
		{why: "the first problem in document order wins", data: `{"leaves":[{"x":1}],"name":2}`, path: "leaves[0].x"},
		{why: "a library type that reads itself is named, not entered", data: `{"quote":{"lines":[{"platform":"myspace","format":"reel","quantity":1}]}}`,
			path: "quote.lines[0].platform", selfReading: true},
		{why: "a library Money that rejects its amount", data: `{"quote":{"rate_card":[{"platform":"instagram","format":"reel","price":{"amount":"x","currency":"USD"}}]}}`,
			path: "quote.rate_card", selfReading: true},
		{why: "pricing.Terms reads itself: locate stops there, and the error's member path goes on (TestPricingErrors)",
			data: `{"quote":{"terms":{"fixed_discount":{"amount":"x","currency":"USD"}}}}`, path: "quote.terms", selfReading: true},
		{why: "a map value", data: `{"by_name":{"a":1,"b":"two"}}`, path: "by_name.b"},
		{why: "a Go field name matches ignoring case", data: `{"PLAIN":"x"}`, path: "PLAIN"},
		{why: "not an object at all is the document", data: `[1]`, path: ""},
		{why: "nothing wrong", data: `{"name":"a"}`, path: ""},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			path, selfReading := locate([]byte(row.data), reflect.TypeFor[*doc]())
			assert.Equal(t, row.path, path)
			assert.Equal(t, row.selfReading, selfReading)
		})
	}
}

func TestMemberPath(t *testing.T) {
	rows := []struct {
		why, msg string
		want     []string
	}{
		{why: "encoding/json's unknown field", msg: `json: unknown field "x"`, want: []string{"x"}},
		{why: "disclosure's reader", msg: `disclosure: invalid JSON: post has no member "platfrom"`, want: []string{"platfrom"}},
		{why: "pricing's reader", msg: `pricing: invalid money JSON: unknown member "x" (want "amount" and "currency", spelled so)`, want: []string{"x"}},
		{why: "a type error names the member before it", msg: `disclosure: invalid JSON: post "caption" is a JSON number, want a string`, want: []string{"caption"}},
		{why: "nested readers name every member down to the bad one", msg: `terms: member "usage": usage terms: member "monthly_fee": pricing: invalid amount "ten"`, want: []string{"usage", "monthly_fee"}},
		{why: "a repeated member is named", msg: `pricing: invalid quote: terms: repeated member "discount"`, want: []string{"discount"}},
		{why: "a bad value names no member", msg: `influencekit: unknown platform "zork"`, want: nil},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, memberPath(row.msg))
		})
	}
}

func TestDescend(t *testing.T) {
	data := []byte(`{"rate_card":[{"price":{"amount":"x"}}],"terms":{"usage":{"monthly_fee":{"amount":"ten"}}}}`)
	rows := []struct {
		why, path string
		names     []string
		want      string
	}{
		{"members of objects are followed", "terms", []string{"usage", "monthly_fee"}, "terms.usage.monthly_fee"},
		{"a list stops the path: the message does not say which element", "rate_card", []string{"price"}, "rate_card"},
		{"a member the request does not have is not invented", "terms", []string{"exclusivity"}, "terms"},
		{"from the document itself", "", []string{"terms", "usage"}, "terms.usage"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, descend(data, row.path, row.names))
		})
	}
}

func TestNarrow(t *testing.T) {
	type wrapper struct {
		Post  disclosure.Post `json:"post"`
		Money pricing.Money   `json:"money"`
	}
	rows := []struct {
		why, data string
		into      reflect.Type
		path      string
	}{
		{why: "the member a post's reader rejects without naming it", data: `{"caption":"#ad","platform":"instagramm"}`,
			into: reflect.TypeFor[disclosure.Post](), path: "platform"},
		{why: "valid members before and after it do not mislead", data: `{"caption":"#ad","edited":true,"jurisdiction":"XX","brand":"Glow"}`,
			into: reflect.TypeFor[disclosure.Post](), path: "jurisdiction"},
		{why: "an element of a list and a member inside it", data: `{"caption":"#ad","transcript":[{"start":1,"text":"a"},{"start":2,"text":"b"},{"start":"3","text":"c"}]}`,
			into: reflect.TypeFor[disclosure.Post](), path: "transcript[2].start"},
		{why: "a value nested in a struct the server reads", data: `{"post":{"caption":"#ad","format":"hologram"}}`,
			into: reflect.TypeFor[wrapper](), path: "post.format"},
		{why: "a missing required member: the object as a whole, as no member is to blame", data: `{"platform":"tiktok"}`,
			into: reflect.TypeFor[disclosure.Post](), path: ""},
		{why: "a reader that needs its members together: the object, not the last member read", data: `{"money":{"amount":"ten","currency":"USD"}}`,
			into: reflect.TypeFor[wrapper](), path: "money"},
		{why: "nothing wrong", data: `{"caption":"#ad"}`, into: reflect.TypeFor[disclosure.Post](), path: ""},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			msg := ""
			if err := json.Unmarshal([]byte(row.data), reflect.New(row.into).Interface()); err != nil {
				msg = err.Error()
			}
			assert.Equal(t, row.path, narrow([]byte(row.data), row.into, msg))
		})
	}
}
