package roles

import (
	"slices"
	"testing"
)

// TestNotNegatingOverlay checks that an overlay's notNegating phrases, of
// the English lists and of a language, reach Extract, and that the base
// is left as it was.
func TestNotNegatingOverlay(t *testing.T) {
	const text = "Sie haben keine Hemmungen vor Kafka. You are not shy about Rust."
	quals := func(tx *Taxonomy) []Qualifier {
		var q []Qualifier
		for _, m := range tx.Extract(text) {
			q = append(q, m.Qualifier)
		}
		return q
	}
	base := Default()
	before := quals(base)
	if !slices.Equal(before, []Qualifier{QualifierNegated, QualifierNegated}) {
		t.Fatalf("Default().Extract(%q) qualifiers = %v, want both negated before the overlay", text, before)
	}
	got, err := base.Overlay([]byte(`{"version": "x", "add": {"qualifiers": {"notNegating": ["not shy"],
		"localized": [{"lang": "de", "notNegating": ["keine Hemmungen"]}]}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if q := quals(got); !slices.Equal(q, []Qualifier{QualifierRequired, QualifierRequired}) {
		t.Errorf("with the overlay, Extract(%q) qualifiers = %v, want both required", text, q)
	}
	if q := quals(base); !slices.Equal(q, before) {
		t.Errorf("the base changed: Extract(%q) qualifiers = %v, want %v", text, q, before)
	}
	if c := got.QualifierCues(); !slices.Contains(c.NotNegating, "not shy") {
		t.Errorf("QualifierCues().NotNegating = %q, want it to hold %q", c.NotNegating, "not shy")
	}
}
