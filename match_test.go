package roles

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles/internal/engine"
)

// testTaxonomy is the fixed taxonomy of testdata/corpus: names chosen to
// exercise every boundary, rule and qualifier, independent of the default
// data, which changes.
var testTaxonomy = sync.OnceValue(func() *Taxonomy {
	data, err := os.ReadFile("testdata/corpus/taxonomy.json")
	if err != nil {
		panic(err)
	}
	t, err := Parse(data)
	if err != nil {
		panic(err)
	}
	return t
})

// brief renders mentions compactly: the matched text, "=", the ID, "@" and
// the language of the name that matched when it is a localized one, and
// the qualifier when it is not Required.
func brief(text string, ms []Mention) []string {
	out := []string{}
	for _, m := range ms {
		s := text[m.Start:m.End] + "=" + m.ID
		if m.Lang != "" {
			s += "@" + m.Lang
		}
		if m.Qualifier != QualifierRequired {
			s += " " + string(m.Qualifier)
		}
		out = append(out, s)
	}
	return out
}

func TestExtractDefaultNames(t *testing.T) {
	for _, c := range slices.Concat(defaultNameCases, defaultCueCases, defaultDataCases, recallCases, langCueCases, langCoordCases) {
		got := brief(c.text, Extract(c.text))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", c.why, c.text, diff)
		}
	}
}

func TestExtract(t *testing.T) {
	tx := testTaxonomy()
	for _, c := range extractCases {
		got := brief(c.text, tx.Extract(c.text))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", c.why, c.text, diff)
		}
	}
}

func TestExtractNeverNil(t *testing.T) {
	for _, text := range []string{"", "   ", "nothing here"} {
		if got := testTaxonomy().Extract(text); got == nil {
			t.Errorf("Extract(%q) = nil, want empty slice", text)
		}
	}
}

// TestExtractName checks that Mention.Name is the literal name a match or a
// form came from.
func TestExtractName(t *testing.T) {
	text := "debugging with Golang"
	got := testTaxonomy().Extract(text)
	var names []string
	for _, m := range got {
		names = append(names, m.Name)
	}
	if diff := cmp.Diff([]string{"Debug", "Golang"}, names); diff != "" {
		t.Errorf("names mismatch (-want +got):\n%s", diff)
	}
}

// TestNoImplication documents that a framework does not imply its language.
func TestNoImplication(t *testing.T) {
	got := brief("Ruby on Rails, Spring Boot", testTaxonomy().Extract("Ruby on Rails, Spring Boot"))
	want := []string{"Ruby on Rails=rails", "Spring Boot=spring-boot"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestTies covers overlaps of equal length: the earlier start wins.
func TestTies(t *testing.T) {
	tx := mustBuild(t, `{"roles":[],"responsibilities":[],"hiringCues":[],"version":"1",
	 "qualifiers":{"preferred":[],"required":[],"negated":[],"negatedAfter":[]},
	 "skills":[
	  {"id":"ab","name":"alpha beta","type":"tool","description":"x","provenance":{"source":"extension"}},
	  {"id":"bc","name":"beta gamma","type":"tool","description":"x","provenance":{"source":"extension"}},
	  {"id":"long","name":"gamma delta epsilon","type":"tool","description":"x","provenance":{"source":"extension"}}]}`)
	for _, c := range []extractCase{
		{"equal length: earlier start wins", "alpha beta gamma", []string{"alpha beta=ab"}},
		{"longer wins even when it starts later", "beta gamma delta epsilon", []string{"gamma delta epsilon=long"}},
		{"the loser's leftover does not match", "alpha beta gamma delta epsilon", []string{"alpha beta=ab", "gamma delta epsilon=long"}},
	} {
		got := brief(c.text, tx.Extract(c.text))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", c.why, diff)
		}
	}
}

// TestFormsLiteralWins: a literal name beats another concept's form, and a
// form two concepts share is dropped.
func TestFormsLiteralWins(t *testing.T) {
	tx := mustBuild(t, `{"roles":[],"responsibilities":[],"hiringCues":[],"version":"1",
	 "qualifiers":{"preferred":[],"required":[],"negated":[],"negatedAfter":[]},
	 "skills":[
	  {"id":"test","name":"test","type":"practice","description":"x","provenance":{"source":"extension"}},
	  {"id":"tests","name":"tests","type":"tool","description":"x","provenance":{"source":"extension"}},
	  {"id":"build","name":"build","type":"practice","description":"x","provenance":{"source":"extension"}},
	  {"id":"builds","name":"builds s","altNames":["build x"],"type":"practice","description":"x","provenance":{"source":"extension"}},
	  {"id":"mod","name":"model","type":"practice","description":"x","provenance":{"source":"extension"}},
	  {"id":"mode","name":"mode","type":"practice","description":"x","provenance":{"source":"extension"}}]}`)
	text := "tests testing modeled modes moded"
	got := tx.Extract(text)
	want := []string{"tests=tests", "testing=test", "modeled=mod", "modes=mode", "moded=mode"}
	if diff := cmp.Diff(want, brief(text, got)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	for _, m := range got {
		if text[m.Start:m.End] == "testing" && m.Name != "test" {
			t.Errorf("form testing has Name %q, want test", m.Name)
		}
	}
}

func mustBuild(t testing.TB, js string) *Taxonomy {
	t.Helper()
	tx, err := Parse([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestWordForms(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"debug", []string{"debugs", "debuging", "debuged", "debugging", "debugged"}},
		{"review", []string{"reviews", "reviewing", "reviewed"}},
		{"test", []string{"tests", "testing", "tested"}},
		{"troubleshoot", []string{"troubleshoots", "troubleshooting", "troubleshooted"}},
		{"microservice", []string{"microservices", "microservicing", "microserviced"}},
		{"developer", []string{"developers", "developering", "developered", "developerring", "developerred"}},
		{"deploy", []string{"deploys", "deploying", "deployed"}},
		{"query", []string{"queries", "querying", "queried"}},
		{"process", []string{"processes", "processing", "processed"}},
		{"apis", []string{"apising", "apised"}},
		{"go", nil},
		{"c++", nil},
		{"über", nil},
	} {
		if diff := cmp.Diff(c.want, engine.WordForms(c.word)); diff != "" {
			t.Errorf("wordForms(%q) mismatch (-want +got):\n%s", c.word, diff)
		}
	}
}

func TestMentionsAgreesWithExtract(t *testing.T) {
	tx := testTaxonomy()
	for _, c := range extractCases {
		got := slices.Collect(tx.Mentions(c.text))
		if got == nil {
			got = []Mention{}
		}
		if diff := cmp.Diff(tx.Extract(c.text), got); diff != "" {
			t.Errorf("%q: Mentions and Extract differ (-Extract +Mentions):\n%s", c.text, diff)
		}
	}
	// Stopping early.
	n := 0
	for range tx.Mentions("Go and Rust\n\nKafka") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("stopped after %d mentions, want 1", n)
	}
}

// TestDefaultRobust checks facts about the default taxonomy that hold
// whatever names it gains.
func TestDefaultRobust(t *testing.T) {
	for _, c := range []struct {
		why, text string
		absent    string // an ID that must not be found
		present   string // an ID that must be found ("" for none)
	}{
		{"Go is not the verb", "We go to market and let's go live", "go", ""},
		{"Go is found", "Backend services in Go and PostgreSQL", "", "go"},
		{"JavaScript does not hold Java", "JavaScript, TypeScript", "java", ""},
		{"URLs are not mentions", "https://go.dev/golang https://www.postgresql.org", "go", ""},
		{"Golang in a Markdown link", "[Golang](https://golang.org)", "", "go"},
	} {
		got := Extract(c.text)
		ids := map[string]bool{}
		for _, m := range got {
			ids[m.ID] = true
		}
		if c.absent != "" && ids[c.absent] {
			t.Errorf("%s: Extract(%q) found %s: %v", c.why, c.text, c.absent, got)
		}
		if c.present != "" && !ids[c.present] {
			t.Errorf("%s: Extract(%q) did not find %s: %v", c.why, c.text, c.present, got)
		}
	}
	if diff := cmp.Diff(Default().Extract("Go"), Extract("Go")); diff != "" {
		t.Errorf("Extract differs from Default().Extract (-want +got):\n%s", diff)
	}
}

func TestExtractConcurrent(t *testing.T) {
	tx := testTaxonomy()
	text := strings.Repeat("Go, Kafka and Ruby on Rails; no PHP.\n\n", 50)
	want := tx.Extract(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if diff := cmp.Diff(want, tx.Extract(text)); diff != "" {
				t.Errorf("concurrent Extract differs (-want +got):\n%s", diff)
			}
		}()
	}
	wg.Wait()
}

// TestCorpus runs the test taxonomy over the postings and resumes of
// testdata/corpus and compares the mentions with the golden files beside
// them (go test -update rewrites them).
func TestCorpus(t *testing.T) {
	files, err := filepath.Glob("testdata/corpus/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".md" && ext != ".txt" {
			continue
		}
		n++
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		var b strings.Builder
		for _, m := range testTaxonomy().Extract(text) {
			line := strings.Count(text[:m.Start], "\n") + 1
			col := m.Start - strings.LastIndexByte(text[:m.Start], '\n')
			fmt.Fprintf(&b, "%d:%d\t%s\t%s\t%s\t%q\t(name %q)\n", line, col, m.Kind, m.ID, m.Qualifier, text[m.Start:m.End], m.Name)
		}
		golden(t, "corpus/"+filepath.Base(f)+".golden", []byte(b.String()))
	}
	if n < 10 {
		t.Errorf("corpus has %d texts, want at least 10", n)
	}
}

// TestLongParagraph checks that a paragraph too long to settle at once,
// settled in parts, gives what each of its sentences gives among a few.
func TestLongParagraph(t *testing.T) {
	tx := testTaxonomy()
	unit := "Go is required, Kafka is a plus. No PHP, but C programming (Rust a plus) and Ruby on Rails; not Java. "
	rel := func(text string, n int) [][]string {
		units := make([][]string, n)
		for _, m := range tx.Extract(text) {
			u := m.Start / len(unit)
			units[u] = append(units[u], fmt.Sprintf("%d-%d %s %s", m.Start%len(unit), m.End%len(unit), m.ID, m.Qualifier))
		}
		return units
	}
	want := rel(strings.Repeat(unit, 5), 5)[2]
	const n = 3000
	got := rel(strings.Repeat(unit, n), n)
	for u := 1; u < n-1; u++ {
		if diff := cmp.Diff(want, got[u]); diff != "" {
			t.Fatalf("sentence %d of a long paragraph differs (-alone +long):\n%s", u, diff)
		}
	}
}

// TestEveryQualifierCue puts each cue of the test taxonomy, which holds the
// default's cues, where it should work.
func TestEveryQualifierCue(t *testing.T) {
	tx := testTaxonomy()
	q := tx.QualifierCues()
	check := func(kind, text string, want Qualifier) {
		t.Helper()
		got := tx.Extract(text)
		var kafka *Mention
		for i := range got {
			if got[i].ID == "kafka" {
				kafka = &got[i]
			}
		}
		if kafka == nil {
			t.Errorf("%s cue: %q: Kafka not found: %v", kind, text, got)
			return
		}
		if kafka.Qualifier != want {
			t.Errorf("%s cue: %q: Kafka is %s, want %s", kind, text, kafka.Qualifier, want)
		}
	}
	for _, c := range q.Preferred {
		check("preferred", "Kafka: "+c+".", QualifierPreferred)
		check("preferred heading", "## "+c+"\n\n- Kafka", QualifierPreferred)
	}
	for _, c := range q.Required {
		check("required heading", "## Nice to have\n- Redis\n\n"+c+":\n- Kafka", QualifierRequired)
	}
	for _, c := range q.Negated {
		check("negated", c+" Kafka", QualifierNegated)
	}
	for _, c := range q.NegatedAfter {
		check("negated after", "Kafka "+c, QualifierNegated)
	}
}

// TestLeadingSpace: a text that starts with one space reads as the same text
// without it (the tokenizer's fast path once left the first line blank, so
// that the first line break ended the paragraph).
func TestLeadingSpace(t *testing.T) {
	tx := Default()
	for _, text := range []string{"Kafka is\nnot required", "Go, Kafka is\nnot required"} {
		want := tx.Extract(text)
		got := tx.Extract(" " + text)
		for i := range got {
			got[i].Start--
			got[i].End--
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Extract(%q) and Extract(%q) differ (-want +got):\n%s", text, " "+text, diff)
		}
	}
}
