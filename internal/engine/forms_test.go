package engine

import (
	"slices"
	"testing"
)

// TestBritishSpelling checks the British spellings of names: every -ize and
// -yze ending respelled, and words that merely end so left alone.
func TestBritishSpelling(t *testing.T) {
	for _, c := range []struct {
		why  string
		toks []string
		want []string // nil: no British spelling
	}{
		{"a verb first", []string{"optimize", "servers"}, []string{"optimise", "servers"}},
		{"a noun last", []string{"performance", "optimization"}, []string{"performance", "optimisation"}},
		{"plural nouns", []string{"containerizations"}, []string{"containerisations"}},
		{"-ing and -ed", []string{"optimizing", "queries", "normalized"}, []string{"optimising", "queries", "normalised"}},
		{"-yze", []string{"analyze", "data"}, []string{"analyse", "data"}},
		{"a short stem stays", []string{"size", "prize"}, nil},
		{"no ending", []string{"unit", "testing"}, nil},
	} {
		got, ok := britishSpelling(c.toks)
		if ok != (c.want != nil) || !slices.Equal(got, c.want) {
			t.Errorf("%s: britishSpelling(%q) = %q, %v; want %q", c.why, c.toks, got, ok, c.want)
		}
	}
}

// TestNameFormsBritish checks that the forms of a name include the forms of
// its British spelling ("optimising servers" for "optimize servers").
func TestNameFormsBritish(t *testing.T) {
	forms := nameForms([]string{"optimize", "servers"}, true)
	for _, want := range [][]string{{"optimise", "servers"}, {"optimising", "servers"}, {"optimised", "servers"}, {"optimizing", "servers"}} {
		if !slices.ContainsFunc(forms, func(f []string) bool { return slices.Equal(f, want) }) {
			t.Errorf("nameForms(optimize servers) lacks %q: %q", want, forms)
		}
	}
}
