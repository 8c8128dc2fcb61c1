package engine

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// TestYearsBoundary checks years through the engine's boundary: Collect
// and Scan give the same Years, a phrase of years reaches the list it
// names and stops at its paragraph, and a span to the present is read only
// with a Today.
func TestYearsBoundary(t *testing.T) {
	m := New(&Config{
		Names: []Name{
			{ID: "go", Text: "Golang", Skill: true},
			{ID: "kafka", Text: "Kafka", Skill: true},
			{ID: "redis", Text: "Redis", Skill: true},
			{ID: "php", Text: "PHP", Skill: true},
		},
		Cues: Cues{Preferred: []string{"a plus"}, Negated: []string{"no"}},
	})
	text := "5+ years of Golang, Kafka and Redis; no PHP.\n\nKafka\n\n2019 - present: Redis"
	want := []Hit{
		{Start: 12, End: 18, Name: 0, Years: 50},
		{Start: 20, End: 25, Name: 1, Years: 50},
		{Start: 30, End: 35, Name: 2, Years: 50},
		{Start: 40, End: 43, Name: 3, Qualifier: Negated},
		{Start: 46, End: 51, Name: 1},
		{Start: 69, End: 74, Name: 2},
	}
	var got []Hit
	m.Collect(text, func(hits []Hit) { got = slices.Clone(hits) })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Collect(%q) mismatch (-want +got):\n%s", text, diff)
	}
	var seq []Hit
	m.Scan(text, func(h Hit) bool { seq = append(seq, h); return true })
	if diff := cmp.Diff(want, seq); diff != "" {
		t.Errorf("Scan(%q) mismatch (-want +got):\n%s", text, diff)
	}
	asked := 0
	today := func() int { asked++; return 2026*12 + 11 } // December 2026
	want[5].Years = 79
	m.CollectAt(text, today, func(hits []Hit) { got = slices.Clone(hits) })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CollectAt(%q) mismatch (-want +got):\n%s", text, diff)
	}
	seq = seq[:0]
	m.ScanAt(text, today, func(h Hit) bool { seq = append(seq, h); return true })
	if diff := cmp.Diff(want, seq); diff != "" {
		t.Errorf("ScanAt(%q) mismatch (-want +got):\n%s", text, diff)
	}
	if asked != 2 {
		t.Errorf("Today was called %d times in two scans, want once per scan", asked)
	}
}

// TestHitSize keeps a Hit at 24 bytes: Collect appends one per mention,
// and Extract's speed feels every byte.
func TestHitSize(t *testing.T) {
	if size := unsafe.Sizeof(Hit{}); size != 24 {
		t.Errorf("a Hit is %d bytes, want 24", size)
	}
}

// TestReadYears checks phrases of years and what is none, at the word
// that the scanner hits.
func TestReadYears(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		want       float64 // 0: no phrase
	}{
		{"5+ years", "years", 5},
		{"at least three years'", "years", 3},
		{"2-4 yrs", "yrs", 2},
		{"2 to 4 years", "years", 2},
		{"between 3 and 5 years", "years", 3},
		{"a decade", "decade", 10},
		{"two decades", "decades", 20},
		{"2,5 Jahre", "Jahre", 2.5},
		{"drei Jahre", "Jahre", 3},
		{"dix-sept ans", "ans", 17},
		{"cinco años", "años", 5},
		{"1 year experience", "year", 1},
		{"a 3-year roadmap", "year", 0},
		{"a 2 year contract", "year", 0},
		{"10 years ago", "years", 0},
		{"10 years old", "years", 0},
		{"2 years in a row", "years", 0},
		{"3 Jahre in Folge", "Jahre", 0},
		{"within 2 years", "years", 0},
		{"vor 10 Jahren", "Jahren", 0},
		{"il y a 10 ans", "ans", 0},
		{"hace 10 años", "años", 0},
		{"$120k a year", "year", 0},
		{"120,000 a year", "year", 0},
		{"once a year", "year", 0},
		{"60 years", "years", 0},
		{"0 years", "years", 0},
		{"5years", "years", 0},
		{"v3 years", "years", 0},
		{"several years", "years", 0},
		{"a years", "years", 0},
	} {
		i := len(tt.text) - len(tt.word)
		for i >= 0 && tt.text[i:i+len(tt.word)] != tt.word {
			i--
		}
		ph, ok := readYears(tt.text, i, i+len(tt.word))
		if got := ph.years.Years(); !ok && tt.want != 0 || ok && got != tt.want {
			t.Errorf("readYears(%q) = %v, %v; want %v", tt.text, got, ok, tt.want)
		}
	}
}
