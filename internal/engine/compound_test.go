package engine

import (
	"slices"
	"strings"
	"testing"
)

// compoundCases are German texts with compounds, and the names found in
// them, as the text spells them.
var compoundCases = []struct {
	why, text string
	want      []string
}{
	{"a technology before a head", "Sehr gute Javakenntnisse.", []string{"Java"}},
	{"a German name before a head", "Datenbankoptimierung und Datenbankdesign", []string{"Datenbank", "Datenbank"}},
	{"a linking s", "Testautomatisierungserfahrung", []string{"Testautomatisierung"}},
	{"an accent inside", "Qualitätssicherungserfahrung", []string{"Qualitätssicherung"}},
	{"a head that is a name", "Backendentwicklung", []string{"entwicklung"}},
	{"a part that is a name wins over a head", "Datenbankentwicklung", []string{"Datenbank"}},
	{"a name is never split", "Javascript und Javascriptkenntnisse", []string{"Javascript", "Javascript"}},
	{"a name whose case counts is no part", "Gokenntnisse, Rkenntnisse", nil},
	{"a name that needs context is no part", "Rustkenntnisse", nil},
	{"a name with NotWithin phrases alone is a part", "Pythonkenntnisse", []string{"Python"}},
	{"no head, no split", "Javainsel", nil},
	{"English is left alone", "a redesign of the teams", nil},
	{"hyphenated compounds are two words", "Kubernetes-Erfahrung, PostgreSQL-Kenntnisse, Microservices-Architektur",
		[]string{"Kubernetes", "PostgreSQL", "Microservices"}},
	{"in capitals", "JAVAKENNTNISSE", []string{"JAVA"}},
}

// TestCompounds checks the names found in closed German compounds.
func TestCompounds(t *testing.T) {
	m := New(&Config{Names: []Name{
		{ID: "java", Text: "Java"}, {ID: "js", Text: "JavaScript"}, {ID: "k8s", Text: "Kubernetes"},
		{ID: "pg", Text: "PostgreSQL"}, {ID: "ms", Text: "Microservice", Forms: LastWord},
		{ID: "go", Text: "Go", Rule: &Rule{CaseSensitive: true}}, {ID: "r", Text: "R", Rule: &Rule{CaseSensitive: true}},
		{ID: "db", Text: "Datenbank", Lang: "de", Forms: LastWord}, {ID: "dev", Text: "Entwicklung", Lang: "de", Forms: LastWord},
		{ID: "qa", Text: "Qualitätssicherung", Lang: "de"}, {ID: "ta", Text: "Testautomatisierung", Lang: "de"},
		{ID: "team", Text: "team"},
		{ID: "py", Text: "Python", Rule: &Rule{NotWithin: []string{"Monty Python"}}},
		{ID: "rust", Text: "Rust", Rule: &Rule{Context: []string{"Cargo"}}},
	}})
	for _, c := range compoundCases {
		text := "Für uns: " + c.text // German, with a German letter
		var got []string
		for _, h := range collectHits(m, text) {
			got = append(got, text[h.Start:h.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: found %q, want %q", c.why, text, got, c.want)
		}
	}
	// Without such a letter, no compounds are looked for.
	for _, text := range []string{"Sehr gute Javakenntnisse.", "Javakenntnisse à Montréal", "Javakenntnisse\xc3"} {
		if got := collectHits(m, text); len(got) != 0 {
			t.Errorf("compounds found in %q, without a German letter: %v", text, got)
		}
	}
	if !hasCompounds("é ü") || !hasCompounds("STRAẞE, Straße") || hasCompounds("Montréal") {
		t.Error("hasCompounds: wrong")
	}
}

// TestCompoundTails checks that every head's last four bytes are ASCII
// letters and in the bit set, in either case, that heads are folded and
// distinct, and that a tail that is not ASCII is let through.
func TestCompoundTails(t *testing.T) {
	seen := map[string]bool{}
	for _, h := range compoundHeads {
		if h != fold(h) || !lettersOnly(h) || len(h) < 4 || seen[h] {
			t.Errorf("head %q: not folded, not letters, too short or twice", h)
		}
		seen[h] = true
		if compoundBit(tail4(strings.ToUpper(h))) != 1 {
			t.Errorf("head %q is not in the bit set", h)
		}
	}
}
