package engine

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// qualifyConfig is a small configuration for the qualifier rules that the
// engine knows without being told: cues inside longer phrases, "not only"
// and its kin, clause breaks and list words by language, and how far a
// Preferred cue after its mention reaches.
var qualifyConfig = &Config{
	Names: []Name{
		{ID: "java", Text: "Java"}, {ID: "kotlin", Text: "Kotlin"}, {ID: "go", Text: "Go"},
		{ID: "rust", Text: "Rust"}, {ID: "kafka", Text: "Kafka"},
		{ID: "serverless", Text: "arquitectura sin servidor", Lang: "es"},
		{ID: "regression", Text: "tests de non-régression", Lang: "fr"},
	},
	Cues: Cues{
		Preferred:    []string{"a plus", "is a plus", "ist ein Plus"},
		Required:     []string{"required"},
		Negated:      []string{"no", "not", "non", "kein", "keine", "sin", "pas de"},
		NegatedAfter: []string{"not required", "nicht erforderlich"},
		NotNegating:  []string{"keine Scheu"},
	},
}

// TestQualifyRules checks each rule on a sentence that breaks without it;
// want is the mentions in text order, separated by "; ", each its text
// and, when not required, "+" (preferred) or "-" (negated).
func TestQualifyRules(t *testing.T) {
	m := New(qualifyConfig)
	for _, c := range []struct{ why, text, want string }{
		{"a cue inside a kept mention is part of it", "arquitectura sin servidor y Java", "arquitectura sin servidor; Java"},
		{"French non inside a name", "tests de non-régression avec Java", "tests de non-régression; Java"},
		{"a cue outside a name negates", "sin Java", "Java-"},
		{"a NotNegating phrase of the configuration", "keine Scheu vor Java", "Java"},
		{"not only is known without listing", "not only Java but also Go", "Java; Go"},
		{"nicht nur, non seulement and no solo too", "non seulement Java. no solo Go. nicht nur Rust", "Java; Go; Rust"},
		{"a cue of another class holds a shorter cue", "Java not required Kotlin", "Java-; Kotlin"},
		{"English but ends a negation", "no Java but Go", "Java-; Go"},
		{"German aber and sondern end a negation", "kein Java aber Go. kein Rust sondern Kotlin", "Java-; Go; Rust-; Kotlin"},
		{"French mais and Spanish pero, sino, sin embargo", "pas de Java mais Go. sin Rust pero Kotlin. sin Java sino Go. sin embargo Kafka",
			"Java-; Go; Rust-; Kotlin; Java-; Go; Kafka"},
		{"a following cue with its own subject stops at the comma", "Java or Kotlin, Go is a plus", "Java; Kotlin; Go+"},
		{"the same in German", "Java oder Kotlin, Go ist ein Plus", "Java; Kotlin; Go+"},
		{"a list running into the cue's clause is preferred", "Java, Kotlin or Go is a plus", "Java+; Kotlin+; Go+"},
		{"an Oxford comma", "Java, Kotlin, and Go is a plus", "Java+; Kotlin+; Go+"},
		{"a cue with no subject of its own reaches back", "Kafka, which is a plus", "Kafka+"},
		{"a list closed by a conjunction stays apart", "Java or Rust, Kotlin or Go is a plus", "Java; Rust; Kotlin+; Go+"},
		{"negation spreads over a German list", "keine Java, Kotlin oder Go", "Java-; Kotlin-; Go-"},
		{"not required but a plus wishes for it", "Java not required but a plus", "Java+"},
		{"a mention before the plus keeps the negation", "Java not required but Go is a plus", "Java-; Go+"},
		{"a comma after the conjunction ends a list", "kein Java oder Kotlin, Go is required", "Java-; Kotlin-; Go"},
		{"a heading that names a Preferred cue's word without its article", "## Plus\n- Java\n\n**The plus:**\n- Go", "Java+; Go+"},
		{"the word alone is no cue in a sentence, a list item or a line with a name", "plus Java\n- plus\n- Go\n\nKotlin plus\n- Rust", "Java; Go; Kotlin; Rust"},
		{"a heading of more words than a cue and its determiners", "## The big plus\n- Java", "Java"},
		{"a heading that is a NegatedAfter cue opens a negated section", "## Not required\n- Java\n- Go\n\n## Required\n- Rust", "Java-; Go-; Rust"},
		{"a NegatedAfter cue with more in its line opens no negated section", "Degree not required:\n- Java", "Java"},
		{"a Preferred cue in a negated section prefers", "Nicht erforderlich:\n- Java\n- Go is a plus", "Java-; Go+"},
		{"negation reaches into brackets after a negated mention", "no Java test frameworks (Kotlin, Go). no Java (Rust)", "Java-; Kotlin-; Go-; Java-; Rust-"},
		{"brackets after a mark or far away, or after a mention not negated", "no Java, then (Kotlin). no Java here and there and again (Go). Java tests (Rust)", "Java-; Kotlin; Java-; Go; Java; Rust"},
		{"a sentence with a cue of its own in a negated section", "## Not required\n- no Java: our Kotlin team does it", "Java-; Kotlin"},
	} {
		var got []string
		m.Collect(c.text, func(hits []Hit) {
			for _, h := range hits {
				got = append(got, c.text[h.Start:h.End]+[...]string{"", "+", "-"}[h.Qualifier])
			}
		})
		if diff := cmp.Diff(strings.Split(c.want, "; "), got); diff != "" {
			t.Errorf("%s: %q mismatch (-want +got):\n%s", c.why, c.text, diff)
		}
	}
}

// FuzzTrimGapMarks checks trimGapMarks against strings.Trim with the same
// marks.
func FuzzTrimGapMarks(f *testing.F) {
	for _, s := range []string{"", " , ", "\u00a0or\u00a0", "* and *", "`x`", "\u00a0", "\xc2", "a\xc2\xa0", " \t\r\n*_`\u00a0 und \u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimGapMarks(s), strings.Trim(s, " \t\r\n*_`\u00a0"); got != want {
			t.Fatalf("trimGapMarks(%q) = %q, strings.Trim gives %q", s, got, want)
		}
	})
}
