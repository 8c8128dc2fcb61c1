package roles

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchCorpusDir is where TestWriteBenchCorpus writes the corpus for the
// benchmarks of bench/ahocorasick, a module of its own that cannot import
// this package's test code.
var benchCorpusDir = flag.String("benchcorpus", "", "write the generated benchmark corpus to `dir`/corpus.json (TestWriteBenchCorpus)")

// benchCorpusSize is the least size of the generated corpus, in bytes.
const benchCorpusSize = 6 << 20

// benchParts are the parts of postings and resumes in testdata/benchparts:
// for each file (en, de, fr, es, words), its sections, each a list of
// choices.
type benchParts map[string]map[string][]string

// readBenchParts reads testdata/benchparts/*.txt. A line "[name]" starts a
// section, every other line that is not empty and does not start with '#'
// is one choice of it.
func readBenchParts(tb testing.TB) benchParts {
	tb.Helper()
	files, _ := filepath.Glob("testdata/benchparts/*.txt")
	if len(files) == 0 {
		tb.Fatal("no parts in testdata/benchparts")
	}
	parts := benchParts{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		sections := map[string][]string{}
		section := ""
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			switch {
			case line == "" || line[0] == '#':
			case line[0] == '[' && line[len(line)-1] == ']':
				section = line[1 : len(line)-1]
			case section == "":
				tb.Fatalf("%s: %q before the first section", f, line)
			default:
				sections[section] = append(sections[section], line)
			}
		}
		parts[strings.TrimSuffix(filepath.Base(f), ".txt")] = sections
	}
	return parts
}

// corpusGen generates postings and resumes from parts, drawing every choice
// from one seeded source, so that the corpus is the same on every run.
type corpusGen struct {
	r     *rand.Rand
	parts benchParts
	lang  map[string][]string // the sections of the document's language
	techs [][]string          // for each skill, its name and then its other names
	zipf  *rand.Zipf          // which skill: a few often, most rarely, as in postings
	b     strings.Builder
}

// newCorpusGen returns a generator over parts that names the skills of t.
// The skills are shuffled once, so that how often one is named does not
// follow the order of the taxonomy file.
func newCorpusGen(parts benchParts, t *Taxonomy, seed uint64) *corpusGen {
	r := rand.New(rand.NewPCG(seed, 14))
	g := &corpusGen{r: r, parts: parts}
	for _, s := range t.f.Skills {
		g.techs = append(g.techs, append([]string{s.Name}, s.AltNames...))
	}
	r.Shuffle(len(g.techs), func(i, j int) { g.techs[i], g.techs[j] = g.techs[j], g.techs[i] })
	g.zipf = rand.NewZipf(r, 1.1, 4, uint64(len(g.techs)-1))
	return g
}

// genBenchCorpus returns distinct documents of at least size bytes in all:
// postings in English and some in German, French and Spanish, and resumes,
// most of software trades and some of others.
func genBenchCorpus(parts benchParts, t *Taxonomy, seed uint64, size int) []string {
	g := newCorpusGen(parts, t, seed)
	seen := map[string]bool{}
	var docs []string
	for total := 0; total < size; {
		d := g.doc()
		if seen[d] {
			continue
		}
		seen[d] = true
		docs = append(docs, d)
		total += len(d)
	}
	return docs
}

// doc returns one posting (two in three) or resume.
func (g *corpusGen) doc() string {
	g.b.Reset()
	tech := g.r.IntN(5) != 0
	if g.r.IntN(3) == 0 {
		g.lang = g.parts["en"]
		g.resume(tech)
	} else {
		g.lang = g.parts[[]string{"en", "en", "en", "en", "en", "en", "en", "de", "fr", "es"}[g.r.IntN(10)]]
		g.posting(tech)
	}
	text := g.b.String()
	if g.r.IntN(4) == 0 { // text taken from a PDF: lines broken at a width
		text = wrapLines(text, 60+g.r.IntN(40))
	}
	return text
}

// posting writes a job posting: title, company, sections of sentences and
// of bulleted lists.
func (g *corpusGen) posting(tech bool) {
	md := g.r.IntN(2) == 0
	prefix := map[bool]string{true: "", false: "o-"}[tech]
	title := g.word(map[bool]string{true: "title-tech", false: "title-other"}[tech])
	if md {
		g.line("# " + title)
		g.line(fmt.Sprintf("**%s** · %s · Full-time", g.company(), g.word("city")))
	} else {
		g.line(title)
		g.line(g.company() + " - " + g.word("city"))
	}
	g.heading(md, "h-about")
	intro := g.choose(prefix+"intro", 5, 10)
	g.paragraph(intro[:len(intro)/2])
	g.paragraph(intro[len(intro)/2:])
	if tech && g.r.IntN(4) != 0 {
		g.heading(md, "h-team")
		g.paragraph(g.choose("team", 3, 6))
	}
	g.heading(md, "h-duties")
	g.list(prefix+"duty", 7, 12)
	g.heading(md, "h-reqs")
	g.list(prefix+"req", 6, 11)
	if tech && g.r.IntN(3) != 0 {
		g.heading(md, "h-nice")
		g.list("nice", 2, 5)
	}
	g.heading(md, "h-benefits")
	g.list("benefit", 5, 10)
	g.paragraph(g.choose("closing", 2, 5))
}

// resume writes a resume: name and contact, summary, jobs with what was
// done in each, skills and education.
func (g *corpusGen) resume(tech bool) {
	name := g.word("first") + " " + g.word("last")
	g.line(name)
	g.line(fmt.Sprintf("%s@example.com | %s | +49 1%02d %07d", strings.ToLower(strings.ReplaceAll(name, " ", ".")),
		g.word("city"), g.r.IntN(100), g.r.IntN(10000000)))
	titles, entries := "title-tech", "entry"
	if tech {
		g.paragraph(g.choose("summary", 2, 3))
	} else {
		titles, entries = "title-other", "o-entry"
	}
	g.heading(false, "h-experience")
	year := 2025
	for range 3 + g.r.IntN(4) {
		from := year - 1 - g.r.IntN(5)
		g.line(fmt.Sprintf("%s, %s, %s (%d-%d)", g.word(titles), g.company(), g.word("city"), from, year))
		g.list(entries, 4, 8)
		year = from
	}
	g.heading(false, "h-skills")
	var skills []string
	for range 6 + g.r.IntN(12) {
		if s := g.fill(map[bool]string{true: "{tech}", false: "{tool}"}[tech]); !slices.Contains(skills, s) {
			skills = append(skills, s)
		}
	}
	g.line(strings.Join(skills, ", "))
	g.heading(false, "h-education")
	g.line(fmt.Sprintf("%s, %s, %d", g.word("degree"), g.word("school"), year-g.r.IntN(3)))
}

// heading writes a section heading of the document's language.
func (g *corpusGen) heading(md bool, section string) {
	h := g.fill(g.pick(g.lang[section]))
	g.b.WriteString("\n")
	switch {
	case md:
		g.line("## " + h)
	case g.r.IntN(3) == 0:
		g.line(strings.ToUpper(h))
	default:
		g.line(h + ":")
	}
}

// paragraph writes sentences, filled in, as one paragraph.
func (g *corpusGen) paragraph(sentences []string) {
	var s []string
	for _, c := range sentences {
		s = append(s, g.fill(c))
	}
	g.b.WriteString("\n")
	g.line(strings.Join(s, " "))
}

// list writes between lo and hi distinct choices of section as a bulleted
// list, with one of the bullets people use.
func (g *corpusGen) list(section string, lo, hi int) {
	bullet := []string{"- ", "* ", "• ", "", "  - ", "· "}[g.r.IntN(6)]
	for _, c := range g.choose(section, lo, hi) {
		g.line(bullet + g.fill(c))
	}
}

// choose returns between lo and hi distinct choices of section, in random
// order; fewer when the section has fewer.
func (g *corpusGen) choose(section string, lo, hi int) []string {
	all := g.lang[section]
	n := min(lo+g.r.IntN(hi-lo+1), len(all))
	var out []string
	for _, i := range g.r.Perm(len(all))[:n] {
		out = append(out, all[i])
	}
	return out
}

// fill replaces the placeholders of template (see testdata/benchparts/en.txt).
func (g *corpusGen) fill(template string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(template, '{')
		j := strings.IndexByte(template, '}')
		if i < 0 || j < i {
			b.WriteString(template)
			return b.String()
		}
		b.WriteString(template[:i])
		b.WriteString(g.value(template[i+1 : j]))
		template = template[j+1:]
	}
}

// value returns a value for the placeholder named key.
func (g *corpusGen) value(key string) string {
	switch key {
	case "tech":
		names := g.techs[g.zipf.Uint64()]
		if g.r.IntN(4) == 0 {
			return g.pick(names)
		}
		return names[0]
	case "techs":
		s := []string{g.value("tech"), g.value("tech")}
		for range g.r.IntN(3) {
			s = append(s, g.value("tech"))
		}
		return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
	case "tool":
		return g.word("tool-other")
	case "title":
		return g.word("title-tech")
	case "city", "product":
		return g.word(key)
	case "company":
		return g.company()
	case "n":
		return fmt.Sprint(2 + g.r.IntN(8))
	case "big":
		return fmt.Sprintf("%d,%03d", 10+g.r.IntN(900), g.r.IntN(1000))
	case "year":
		return fmt.Sprint(1990 + g.r.IntN(35))
	}
	panic("benchparts: no placeholder {" + key + "}")
}

// company returns a company name made of two parts.
func (g *corpusGen) company() string {
	b := g.word("company-b")
	if b[0] >= 'a' && b[0] <= 'z' {
		return g.word("company-a") + b
	}
	return g.word("company-a") + " " + b
}

// word returns one choice of the words file's list.
func (g *corpusGen) word(list string) string { return g.pick(g.parts["words"][list]) }

// pick returns one of s.
func (g *corpusGen) pick(s []string) string { return s[g.r.IntN(len(s))] }

// line writes s and a newline.
func (g *corpusGen) line(s string) {
	g.b.WriteString(s)
	g.b.WriteByte('\n')
}

// wrapLines breaks the lines of text longer than width at the last space
// before it, as text taken from a PDF is.
func wrapLines(text string, width int) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		for len(line) > width {
			i := strings.LastIndexByte(line[:width], ' ')
			if i <= 0 {
				break
			}
			b.WriteString(line[:i])
			b.WriteByte('\n')
			line = line[i+1:]
		}
		b.WriteString(line)
	}
	return b.String()
}

// benchCorpus returns the generated corpus of the benchmarks.
func benchCorpus(tb testing.TB) []string {
	tb.Helper()
	return genBenchCorpus(readBenchParts(tb), Default(), 1, benchCorpusSize)
}

// yardstick is the bare loop Extract is measured against: it splits text
// into words (runs of ASCII letters and digits and of bytes of non-ASCII
// characters), folds ASCII to lower case and looks each word up in a map
// keyed by its maphash. The map holds every name of one word and the first
// word of every longer name.
type yardstick struct {
	seed  maphash.Seed
	words map[uint64]bool
	buf   []byte
}

// yardWord tells the bytes of words; yardLower folds ASCII to lower case.
var yardWord, yardLower = func() (w [256]bool, l [256]byte) {
	for c := range 256 {
		w[c] = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
		l[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			l[c] = byte(c) + 'a' - 'A'
		}
	}
	return w, l
}()

// newYardstick returns the yardstick for names.
func newYardstick(names []string) *yardstick {
	y := &yardstick{seed: maphash.MakeSeed(), words: map[uint64]bool{}}
	for _, n := range names {
		if w := yardWords(n); len(w) > 0 {
			y.words[maphash.String(y.seed, w[0])] = true
		}
	}
	return y
}

// count returns how many words of text are in the map.
func (y *yardstick) count(text string) int {
	hits := 0
	w := y.buf[:0]
	for i := 0; i < len(text); i++ {
		c := text[i]
		if yardWord[c] {
			w = append(w, yardLower[c])
			continue
		}
		if len(w) > 0 {
			if y.words[maphash.Bytes(y.seed, w)] {
				hits++
			}
			w = w[:0]
		}
	}
	if len(w) > 0 && y.words[maphash.Bytes(y.seed, w)] {
		hits++
	}
	y.buf = w
	return hits
}

// yardWords is the yardstick's splitting, done slowly: the words of s,
// lower-cased.
func yardWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r < 0x80 && !yardWord[byte(r)]
	})
}

// TestBenchCorpus checks the generated corpus: large enough, every
// document distinct, the same on every run, generated in a few seconds at
// most, and as dense in mentions as the realistic postings of
// testdata/bench (within a factor of two), not as the test corpus.
func TestBenchCorpus(t *testing.T) {
	parts, tx := readBenchParts(t), Default()
	start := time.Now()
	docs := genBenchCorpus(parts, tx, 1, benchCorpusSize)
	took := time.Since(start)
	again := genBenchCorpus(parts, tx, 1, benchCorpusSize)
	size, seen := 0, map[string]bool{}
	for i, d := range docs {
		if seen[d] {
			t.Fatalf("document %d repeats an earlier one", i)
		}
		seen[d] = true
		size += len(d)
		if again[i] != d {
			t.Fatalf("document %d differs between two runs", i)
		}
	}
	t.Logf("%d documents, %d bytes, generated in %v", len(docs), size, took)
	if size < benchCorpusSize || len(again) != len(docs) {
		t.Errorf("%d and %d documents, %d bytes: want the same, at least %d bytes", len(docs), len(again), size, benchCorpusSize)
	}
	// 0.1-0.2 s on an idle machine (BenchmarkBenchCorpus); the bound
	// leaves room for a loaded one and catches a generator gone quadratic.
	if took > 3*time.Second && !raceEnabled {
		t.Errorf("generated in %v, want a few seconds at most", took)
	}
	got, want := mentionsPerKB(tx, docs), mentionsPerKB(tx, benchDocs(t))
	t.Logf("%.2f mentions per KB; testdata/bench: %.2f", got, want)
	if got < want/2 || got > want*2 {
		t.Errorf("%.2f mentions per KB, testdata/bench has %.2f: want within a factor of two", got, want)
	}
}

// BenchmarkBenchCorpus generates the corpus of BenchmarkScan.
func BenchmarkBenchCorpus(b *testing.B) {
	parts, tx := readBenchParts(b), Default()
	b.SetBytes(benchCorpusSize)
	b.ReportAllocs()
	for range b.N {
		genBenchCorpus(parts, tx, 1, benchCorpusSize)
	}
}

// mentionsPerKB returns how many mentions t finds in docs per 1,000 bytes.
func mentionsPerKB(t *Taxonomy, docs []string) float64 {
	n, size := 0, 0
	for _, d := range docs {
		n += len(t.Extract(d))
		size += len(d)
	}
	return float64(n) * 1000 / float64(size)
}

// TestYardstick checks the yardstick's loop against its slow splitting on
// the corpus's first documents and on edges: words at the ends of the
// text, non-ASCII letters inside words, case.
func TestYardstick(t *testing.T) {
	names := allNames(Default())
	y := newYardstick(names)
	first := map[string]bool{}
	for _, n := range names {
		if w := yardWords(n); len(w) > 0 {
			first[w[0]] = true
		}
	}
	texts := append(benchCorpus(t)[:50], "Go", "go, KAFKA and naïve Go", "Python-based C++/C#", "")
	for _, text := range texts {
		want := 0
		for _, w := range yardWords(text) {
			if first[w] {
				want++
			}
		}
		if got := y.count(text); got != want {
			t.Errorf("count(%.40q) = %d, want %d", text, got, want)
		}
	}
}

// TestWriteBenchCorpus writes the corpus, the names of the default taxonomy
// and the yardstick's count for bench/ahocorasick, when -benchcorpus names
// a directory (as .ci/bench does).
func TestWriteBenchCorpus(t *testing.T) {
	if *benchCorpusDir == "" {
		t.Skip("no -benchcorpus directory to write the corpus to")
	}
	docs, names := benchCorpus(t), allNames(Default())
	y, hits := newYardstick(names), 0
	for _, d := range docs {
		hits += y.count(d)
	}
	data, err := json.Marshal(struct {
		Names          []string `json:"names"`
		Docs           []string `json:"docs"`
		YardstickCount int      `json:"yardstickCount"`
	}{names, docs, hits})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(*benchCorpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*benchCorpusDir, "corpus.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkScan scans the generated corpus, each document in its own call,
// with Extract beside the yardstick (the bare loop that splits the same
// bytes into words and looks each up in a map) and the naive regexp in
// the same run. Ratios of their MB/s are what to compare: .ci/bench prints
// them. The regexp, some thousand times slower, scans every 64th document
// only, so that one of its iterations does not take a minute.
func BenchmarkScan(b *testing.B) {
	tx := Default()
	tx.matcher()
	docs := benchCorpus(b)
	y := newYardstick(allNames(tx))
	b.Run("extract", func(b *testing.B) {
		benchDocsEach(b, docs, func(d string) { tx.Extract(d) })
	})
	b.Run("yardstick", func(b *testing.B) {
		benchDocsEach(b, docs, func(d string) { y.count(d) })
	})
	re := naiveRegexp(tx)
	var some []string
	for i := 0; i < len(docs); i += 64 {
		some = append(some, docs[i])
	}
	b.Run("regexp", func(b *testing.B) {
		benchDocsEach(b, some, func(d string) { re.FindAllStringIndex(d, -1) })
	})
}

// benchDocsEach runs scan on each of docs, b.N times.
func benchDocsEach(b *testing.B, docs []string, scan func(string)) {
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			scan(d)
		}
	}
}
