//go:build js && wasm

// Command wasm is the playground's WebAssembly module: package disclosure
// for JavaScript. Built with GOOS=js GOARCH=wasm and started by Go's
// wasm_exec.js, it sets globalThis.influencekitDisclosure to an object of
// functions and then waits for calls:
//
//	check(postJSON)   {value: reportJSON} or {error: message}
//	autofix(postJSON) {value: caption} or {error: message}
//	names()           {value: vocabularyJSON}
//
// The functions take and return strings. ../static/influencekit-worker.js
// runs the module in a Web Worker and calls them for the messages it gets;
// ../static/influencekit.js wraps those messages as an ES module (check,
// autofix, applyFix, ...); internal/jsonapi holds what they do.
package main

import (
	"syscall/js"

	"github.com/influencekit/influencekit/examples/playground/internal/jsonapi"
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("check", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return result(jsonapi.Check(firstString(args)))
	}))
	api.Set("autofix", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return result(jsonapi.Autofix(firstString(args)))
	}))
	api.Set("names", js.FuncOf(func(js.Value, []js.Value) any {
		return result(jsonapi.Names())
	}))
	js.Global().Set("influencekitDisclosure", api)
	select {} // serve calls until the page goes away
}

// firstString returns the first argument when it is a string, and "" (not
// a post, so an error) otherwise; js.Value.String would render other types
// as "<object>" and the like.
func firstString(args []js.Value) string {
	if len(args) == 0 || args[0].Type() != js.TypeString {
		return ""
	}
	return args[0].String()
}

// result turns a Go result into {value} or {error} for JavaScript, which
// cannot receive a Go error or a panic.
func result(value string, err error) any {
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	return map[string]any{"value": value}
}
