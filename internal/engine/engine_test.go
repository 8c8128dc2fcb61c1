package engine

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBoundary checks the engine through its boundary alone: a Config
// built by hand goes in, Hits with offsets, name indexes and qualifiers
// come out, from Collect and Scan alike, and Scan stops when asked.
func TestBoundary(t *testing.T) {
	rule := &Rule{Context: []string{"golang", "gopher"}, NotWithin: []string{"go live"}}
	m := New(&Config{
		Names: []Name{
			{ID: "go", Text: "Go", Skill: true, Language: true, Rule: rule},
			{ID: "go", Text: "Golang", Skill: true, Language: true},
			{ID: "php", Text: "PHP", Skill: true, Language: true},
			{ID: "kafka", Text: "Kafka", Skill: true},
			{ID: "review", Text: "review code", Forms: EdgeWords},
			{ID: "empty", Text: "--"}, // no words: never found
		},
		Cues: Cues{Preferred: []string{"a plus"}, Negated: []string{"no"}},
	})
	text := "Golang and Go; no PHP. Kafka is a plus. We go live soon, reviewed code."
	want := []Hit{
		{Start: 0, End: 6, Name: 1},
		{Start: 11, End: 13, Name: 0},
		{Start: 18, End: 21, Name: 2, Qualifier: Negated},
		{Start: 23, End: 28, Name: 3, Qualifier: Preferred},
		{Start: 57, End: 70, Name: 4},
	}
	var got []Hit
	m.Collect(text, func(hits []Hit) { got = slices.Clone(hits) })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Collect(%q) mismatch (-want +got):\n%s", text, diff)
	}
	var seq []Hit
	m.Scan(text, func(h Hit) bool { seq = append(seq, h); return len(seq) < 2 })
	if diff := cmp.Diff(want[:2], seq); diff != "" {
		t.Errorf("Scan(%q), stopped after two, mismatch (-want +got):\n%s", text, diff)
	}
}
