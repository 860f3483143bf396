package contract_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

func jsonUnmarshal(s string, v any) error {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	return dec.Decode(v)
}

func jsonMarshal(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

// setPath sets the member at path ("grants[1]" picks or appends an array
// element) in a tree read by encoding/json.
func setPath(tree any, path []string, v any) error {
	obj, ok := tree.(map[string]any)
	if !ok {
		return fmt.Errorf("not an object")
	}
	name, index, hasIndex := strings.Cut(path[0], "[")
	if !hasIndex {
		if len(path) == 1 {
			obj[name] = v
			return nil
		}
		return setPath(obj[name], path[1:], v)
	}
	i, err := strconv.Atoi(strings.TrimSuffix(index, "]"))
	if err != nil {
		return err
	}
	list, _ := obj[name].([]any)
	for len(list) <= i {
		list = append(list, map[string]any{})
	}
	obj[name] = list
	if len(path) == 1 {
		list[i] = v
		return nil
	}
	return setPath(list[i], path[1:], v)
}

// applyEdits replaces members of the JSON document doc: each key is a
// path ("payment.schedule[1]", "term.end") and each value its new JSON.
// It round-trips through a generic tree, so the document stays strict JSON.
func applyEdits(doc string, edits map[string]string) (string, error) {
	var tree any
	if err := jsonUnmarshal(doc, &tree); err != nil {
		return "", err
	}
	for path, value := range edits {
		var v any
		if err := jsonUnmarshal(value, &v); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
		if err := setPath(tree, strings.Split(path, "."), v); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
	}
	return jsonMarshal(tree)
}
