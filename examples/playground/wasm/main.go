//go:build js && wasm

// Command wasm is the library compiled to WebAssembly for the playground's
// page. It sets globalThis.roles to the page's API and then dispatches the
// event "roles-ready" on document (on globalThis in a worker, where there
// is no document):
//
//	roles.analyze(text, lang)            an Analysis
//	roles.compare(a, b, lang)            {"comparison": ...}
//	roles.rolesList(lang)                [{"id", "name"}]
//	roles.apply(kind, json, text, lang)  {"applied", "analysis"} or {"resume"}
//
// Each function returns a JSON string, {"error": ...} on failure, and never
// throws; an argument that is missing or not a string counts as "". All
// of the work is in package bridge, which is tested on the host. The
// server in .. builds it:
//
//	GOOS=js GOARCH=wasm go build -o roles.wasm ./examples/playground/wasm
package main

import (
	"syscall/js"

	"github.com/openroles/roles/examples/playground/internal/bridge"
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("analyze", export(func(a []string) string { return bridge.AnalyzeJSON(a[0], a[1]) }, 2))
	api.Set("compare", export(func(a []string) string { return bridge.CompareJSON(a[0], a[1], a[2]) }, 3))
	api.Set("rolesList", export(func(a []string) string { return bridge.RolesListJSON(a[0]) }, 1))
	api.Set("apply", export(func(a []string) string { return bridge.ApplyJSON(a[0], a[1], a[2], a[3]) }, 4))
	js.Global().Set("roles", api)

	target := js.Global().Get("document")
	if target.IsUndefined() {
		target = js.Global() // a worker; Node.js has no event to dispatch
	}
	if target.Get("dispatchEvent").Type() == js.TypeFunction {
		target.Call("dispatchEvent", js.Global().Get("Event").New("roles-ready"))
	}
	select {} // serve calls until the page goes away
}

// export wraps f, which takes n strings, as a JavaScript function.
func export(f func(args []string) string, n int) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		s := make([]string, n)
		for i := range s {
			if i < len(args) && args[i].Type() == js.TypeString {
				s[i] = args[i].String()
			}
		}
		return f(s)
	})
}
