package roles

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// corpusText returns the postings and resumes of testdata/corpus, joined.
func corpusText(tb testing.TB) string {
	tb.Helper()
	files, _ := filepath.Glob("testdata/corpus/*")
	var b strings.Builder
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".md" && ext != ".txt" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	return b.String()
}

// shuffledParagraphs joins paragraphs of docs drawn in a fixed random order
// until the text is at least n bytes long.
func shuffledParagraphs(docs []string, n int) string {
	var paras []string
	for _, d := range docs {
		paras = append(paras, strings.Split(d, "\n\n")...)
	}
	r := rand.New(rand.NewPCG(1, 1))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(paras[r.IntN(len(paras))])
		b.WriteString("\n\n")
	}
	return b.String()
}

// repeatTo repeats s until it is at least n bytes long.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, n/len(s)+1)
}

// allNames returns every name of the taxonomy's concepts.
func allNames(t *Taxonomy) []string {
	var names []string
	for _, r := range t.f.Roles {
		names = append(names, r.Name)
		names = append(names, r.AltNames...)
	}
	for _, s := range t.f.Skills {
		names = append(names, s.Name)
		names = append(names, s.AltNames...)
	}
	for _, r := range t.f.Responsibilities {
		names = append(names, r.Name)
		names = append(names, r.AltNames...)
	}
	return names
}

// naiveRegexp is the baseline: one alternation of every name with word
// boundaries, as naive extractors do.
func naiveRegexp(t *Taxonomy) *regexp.Regexp {
	names := allNames(t)
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	return regexp.MustCompile(`(?i)\b(` + strings.Join(quoted, "|") + `)\b`)
}

// postingDocs returns the postings and resumes of testdata: the corpus, the
// sample posting and the resumes (some of other trades), one string each.
func postingDocs(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob("testdata/corpus/*")
	files = append(files, "testdata/posting.md")
	resumes, _ := filepath.Glob("testdata/resumes/*")
	return readDocs(tb, append(files, resumes...))
}

// readDocs reads the .md and .txt files among files, one string each.
func readDocs(tb testing.TB, files []string) []string {
	tb.Helper()
	var docs []string
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".md" && ext != ".txt" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, string(data))
	}
	return docs
}

// benchDocs returns the texts of testdata/bench: job postings and resumes
// written to read like those HR tools receive (Markdown and job-board
// postings, text taken from PDF resumes), not to hold traps.
func benchDocs(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob("testdata/bench/*")
	docs := readDocs(tb, files)
	if len(docs) == 0 {
		tb.Fatal("no texts in testdata/bench")
	}
	return docs
}

// BenchmarkExtract scans text with the default taxonomy, beside the naive
// regexp baseline on the same text:
//   - postings: the realistic postings and resumes of testdata/bench,
//     joined and repeated to 1 MiB, in one call;
//   - postings-each: each of them in its own call;
//   - corpus: the paragraphs of the test corpus, the resumes and the
//     sample posting of testdata, drawn in a fixed random order to 1 MiB:
//     texts written to hold every rule and trap, four times as dense in
//     mentions as real postings;
//   - regexp-baseline: one alternation of every name on the postings;
//   - de-each: the German postings of internal/engine/testdata/bench-de,
//     each in its own call: longer words, accents, gender marks and
//     closed compounds, which English text seldom has.
//
// Speed on a text the processor has seen is no guide: run alone, each
// posting of testdata/bench, a few KB, scans about twice as fast as the
// set of 56 KB, as the branch predictor learns it, and the 15 KB of the
// corpus repeated in order ran twice as fast as its paragraphs in random
// order. The sets are too large for that, as a stream of unseen postings
// is.
func BenchmarkExtract(b *testing.B) {
	t := Default()
	t.matcher()
	docs := benchDocs(b)
	postings := repeatTo(strings.Join(docs, "\n\n"), 1<<20)
	b.Run("postings", func(b *testing.B) { benchExtract(b, t, postings) })
	b.Run("postings-each", func(b *testing.B) { benchEach(b, t, docs) })
	corpus := shuffledParagraphs(postingDocs(b), 1<<20)
	b.Run("corpus", func(b *testing.B) { benchExtract(b, t, corpus) })
	re := naiveRegexp(t)
	b.Run("regexp-baseline", func(b *testing.B) {
		b.SetBytes(int64(len(postings)))
		b.ReportAllocs()
		for range b.N {
			re.FindAllStringIndex(postings, -1)
		}
	})
	b.Run("de-each", func(b *testing.B) { benchEach(b, t, germanDocs(b)) })
}

// germanDocs returns the German postings of the engine's benchmark,
// internal/engine/testdata/bench-de: job postings as German job boards
// show them, distinct texts.
func germanDocs(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob("internal/engine/testdata/bench-de/*.txt")
	docs := readDocs(tb, files)
	if len(docs) == 0 {
		tb.Fatal("no texts in internal/engine/testdata/bench-de")
	}
	return docs
}

// benchEach runs t.Extract on each of docs, b.N times.
func benchEach(b *testing.B, t *Taxonomy, docs []string) {
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for range b.N {
		for _, d := range docs {
			t.Extract(d)
		}
	}
}

// benchExtract runs t.Extract on text b.N times.
func benchExtract(b *testing.B, t *Taxonomy, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for range b.N {
		t.Extract(text)
	}
}

// escoWords build realistic ESCO-like skill names: a verb, sometimes a
// qualifier, and an object of one to three words.
var (
	escoVerbs = strings.Fields(`manage develop maintain analyse design implement monitor evaluate
		coordinate apply use operate install configure test document plan prepare assess inspect
		support train supervise negotiate advise perform conduct ensure create write review repair
		calibrate estimate schedule report communicate interpret handle process identify`)
	escoQualifiers = strings.Fields(`technical financial clinical digital industrial environmental
		legal medical chemical electrical mechanical statistical commercial agricultural musical
		educational structural regulatory operational strategic`)
	escoNouns = strings.Fields(`data systems equipment procedures budgets contracts software
		networks records accounts materials samples machinery policies projects risks documents
		processes products services standards reports tools databases applications vehicles
		buildings crops patients customers suppliers staff inventory quality safety security
		compliance logistics maintenance production research training testing surveys plans
		designs models circuits engines pipelines structures instruments components devices
		sensors valves pumps boilers turbines wiring cables textiles fabrics metals plastics
		timber concrete glass ceramics chemicals medicines vaccines diets exercises lessons
		curricula exams performances recordings broadcasts campaigns events venues menus
		recipes beverages wines`)
)

// escoNames generates n distinct ESCO-like skill names, deterministically.
func escoNames(n int) []string {
	r := rand.New(rand.NewPCG(7, 7))
	seen := make(map[string]bool, n)
	names := make([]string, 0, n)
	for len(names) < n {
		words := []string{escoVerbs[r.IntN(len(escoVerbs))]}
		if r.IntN(2) == 0 {
			words = append(words, escoQualifiers[r.IntN(len(escoQualifiers))])
		}
		for range 1 + r.IntN(3) {
			words = append(words, escoNouns[r.IntN(len(escoNouns))])
		}
		name := strings.Join(words, " ")
		if seen[name] {
			continue
		}
		seen[name] = true
		names = append(names, name)
	}
	return names
}

// escoTaxonomy generates a taxonomy of n skills, one name each,
// deterministically.
func escoTaxonomy(tb testing.TB, n int) *Taxonomy {
	tb.Helper()
	var f file
	f.Version = "esco-like"
	for _, name := range escoNames(n) {
		f.Skills = append(f.Skills, Skill{
			ID: fmt.Sprintf("s%d", len(f.Skills)), Name: name, Type: SkillTypeCompetency,
			Description: name, Provenance: Provenance{Source: SourceExtension},
		})
	}
	f.Qualifiers = Default().QualifierCues()
	t, err := build(f)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// BenchmarkESCO builds the matcher of a generated taxonomy of 70,000 names
// and scans postings with it.
func BenchmarkESCO(b *testing.B) {
	t := escoTaxonomy(b, 70000)
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			newMatcher(t)
		}
	})
	text := repeatTo(corpusText(b), 1<<20)
	t.matcher()
	b.Run("scan", func(b *testing.B) { benchExtract(b, t, text) })
}

// hostile inputs: time per byte must stay flat as they grow.
func hostile(kind string, n int) string {
	switch kind {
	case "postings":
		return repeatTo("Go, Kafka and Ruby on Rails; no PHP. Nice to have: C++.\n- Python\n\n", n)
	case "one-word":
		return strings.Repeat("a", n)
	case "one-name":
		return repeatTo("Kafka ", n)
	case "dots":
		return repeatTo("a.", n)
	case "url":
		return "https://" + strings.Repeat("x", n)
	}
	panic(kind)
}

// BenchmarkLinear shows time per byte flat across sizes on hostile input:
// compare ns/op ÷ bytes (MB/s) between sizes of the same kind.
func BenchmarkLinear(b *testing.B) {
	t := testTaxonomy()
	for _, kind := range []string{"postings", "one-word", "one-name", "dots", "url"} {
		for _, n := range []int{1 << 16, 1 << 20, 20 << 20} {
			text := hostile(kind, n)
			b.Run(fmt.Sprintf("%s/%dKiB", kind, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for range b.N {
					for range t.Mentions(text) {
					}
				}
			})
		}
	}
}

// TestHostileInputsFinish runs the large hostile inputs once: a 20 MB text,
// a 10 MB word and a name repeated a million times. Their speed is measured
// by BenchmarkLinear.
func TestHostileInputsFinish(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	tx := testTaxonomy()
	for _, c := range []struct {
		kind string
		n    int
		want int // mentions
	}{
		{"postings", 20 << 20, -1},
		{"one-word", 10 << 20, 0},
		{"one-name", 6 << 20, 1 << 20},
		{"dots", 10 << 20, 0},
		{"url", 10 << 20, 0},
	} {
		text := hostile(c.kind, c.n)
		if c.kind == "one-name" {
			text = strings.Repeat("Kafka ", 1<<20)
		}
		got := len(tx.Extract(text))
		if c.want >= 0 && got != c.want {
			t.Errorf("%s: %d mentions, want %d", c.kind, got, c.want)
		}
	}
}

// TestAllocsDoNotGrowWithText checks that text without mentions costs the
// same allocations whatever its length.
func TestAllocsDoNotGrowWithText(t *testing.T) {
	tx := testTaxonomy()
	tx.matcher()
	para := "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n\n"
	small, large := repeatTo(para, 1<<10), repeatTo(para, 1<<20)
	a := testing.AllocsPerRun(5, func() { tx.Extract(small) })
	b := testing.AllocsPerRun(5, func() { tx.Extract(large) })
	// Scanners are pooled: a text without mentions allocates nothing, but
	// a garbage collection may empty the pool between runs, and under the
	// race detector the pool drops scanners at random, each rebuilt for a
	// handful of allocations: far fewer than the text's 12,000 paragraphs.
	slack := 1.0
	if raceEnabled {
		slack = 16
	}
	if b > a+slack || a > slack {
		t.Errorf("allocations grew with text: %v for %d bytes, %v for %d bytes", a, len(small), b, len(large))
	}
	// With mentions, allocations grow with their number, not with the text.
	withNames := repeatTo("Kafka and Go. "+strings.Repeat("lorem ipsum ", 50)+"\n\n", 1<<20)
	c := testing.AllocsPerRun(2, func() { tx.Extract(withNames) })
	mentions := len(tx.Extract(withNames))
	if c > 40+float64(mentions)/8 {
		t.Errorf("%v allocations for %d mentions", c, mentions)
	}
}

// FuzzExtract checks what the engine's own fuzz test (FuzzScan in
// internal/engine) cannot: that hits become the right Mentions. Each
// mention's name belongs to its concept, Extract and Mentions agree, and
// the result is never nil.
func FuzzExtract(f *testing.F) {
	for _, c := range extractCases {
		f.Add(c.text)
	}
	f.Add("PYthon\xb3") // the seeds of the corpus the engine took along
	f.Add("\n0")
	f.Add("0\uf797@C Skills→@Kafka") // no e-mail address: a symbol before '@'
	tx := testTaxonomy()
	f.Fuzz(func(t *testing.T, text string) {
		got := tx.Extract(text)
		if got == nil {
			t.Fatal("Extract returned nil")
		}
		for _, mt := range got {
			if mt.Start < 0 || mt.End > len(text) || mt.Start >= mt.End {
				t.Fatalf("mention %+v out of range (len %d)", mt, len(text))
			}
			if c, ok := tx.Lookup(mt.Name); !ok || c.ID != mt.ID || c.Kind != mt.Kind {
				t.Fatalf("mention %+v: name does not belong to the concept", mt)
			}
			if mt.Qualifier != QualifierRequired && mt.Qualifier != QualifierPreferred && mt.Qualifier != QualifierNegated {
				t.Fatalf("mention %+v: no such qualifier", mt)
			}
		}
		seq := slices.Collect(tx.Mentions(text))
		if len(seq) != len(got) || (len(seq) > 0 && !slices.Equal(seq, got)) {
			t.Fatalf("Mentions %v differs from Extract %v", seq, got)
		}
	})
}
