// Package ahocorasick measures Extract beside an Aho-Corasick library given
// the same names, in a module of its own so that the library's go.mod does
// not gain the dependency.
//
// The corpus is the one BenchmarkScan of the root package generates, written
// to a directory by the root's TestWriteBenchCorpus: this module cannot
// import the root's test code. .ci/bench writes it and runs both:
//
//	go test -run TestWriteBenchCorpus -benchcorpus=/tmp/corpus .   # at the root
//	go test -bench . -benchcorpus=/tmp/corpus                      # here
package ahocorasick

import (
	"cmp"
	"encoding/json"
	"flag"
	"hash/maphash"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/coregx/ahocorasick"
	"github.com/openroles/roles"
)

// corpusDir is where the root's TestWriteBenchCorpus wrote the corpus.
var corpusDir = flag.String("benchcorpus", "", "read the corpus from `dir`/corpus.json, written by the root's TestWriteBenchCorpus")

// corpus is what TestWriteBenchCorpus writes: the names of the default
// taxonomy, the documents, and how many words of them the root's yardstick
// finds in its map.
type corpus struct {
	Names          []string `json:"names"`
	Docs           []string `json:"docs"`
	YardstickCount int      `json:"yardstickCount"`
}

// readCorpus reads the corpus once for all tests and benchmarks.
var readCorpus = sync.OnceValues(func() (*corpus, error) {
	data, err := os.ReadFile(filepath.Join(*corpusDir, "corpus.json"))
	if err != nil {
		return nil, err
	}
	c := new(corpus)
	return c, json.Unmarshal(data, c)
})

// loadCorpus returns the corpus, or skips when -benchcorpus was not given.
func loadCorpus(tb testing.TB) *corpus {
	tb.Helper()
	if *corpusDir == "" {
		tb.Skip("no corpus: run .ci/bench at the root, or write one with " +
			"`go test -run TestWriteBenchCorpus -benchcorpus=DIR .` at the root and pass -benchcorpus=DIR here")
	}
	c, err := readCorpus()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// yardstick is the root's yardstick (benchcorpus_test.go), copied: split
// text into words (runs of ASCII letters and digits and of bytes of
// non-ASCII characters), fold ASCII to lower case and look each word up in
// a map keyed by its maphash, which holds the first word of every name.
// TestYardstickInStep keeps the copy in step with the root's.
type yardstick struct {
	seed  maphash.Seed
	words map[uint64]bool
	buf   []byte
}

// yardWord tells the bytes of words; lower folds ASCII to lower case.
var yardWord, lower = func() (w [256]bool, l [256]byte) {
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
		w := strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r < 0x80 && !yardWord[byte(r)] })
		if len(w) > 0 {
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
			w = append(w, lower[c])
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

// matcher is the Aho-Corasick peer: an automaton of the names in lower
// case, run over a copy of the text folded to lower case (ASCII only; the
// library has no case-insensitive mode). It finds names anywhere, with no
// word boundaries, rules or qualifiers. Longer names come first, for the
// library's leftmost-first matching; its leftmost-longest mode, in v0.3.1,
// skips matches ("go and apache kafka" gives one). Its leftmost-first
// matching reports the match that ends first, not the leftmost: "java"
// against the names "java" and "a" gives "a" twice. With the names "c" and
// "r" of the taxonomy, most of what it finds is one letter.
type matcher struct {
	a   *ahocorasick.Automaton
	buf []byte
}

// newMatcher returns the Aho-Corasick peer for names.
func newMatcher(tb testing.TB, names []string) *matcher {
	tb.Helper()
	var pats []string
	for _, n := range names {
		pats = append(pats, strings.ToLower(n))
	}
	slices.SortFunc(pats, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	a, err := ahocorasick.NewBuilder().AddStrings(slices.Compact(pats)).Build()
	if err != nil {
		tb.Fatal(err)
	}
	return &matcher{a: a}
}

// count returns how many names it finds in text, one after another, with
// FindAll: the fastest of the library's ways to find them all, some six
// times faster here than calling Find for each or Count.
func (m *matcher) count(text string) int { return len(m.a.FindAll(m.fold(text), -1)) }

// fold returns text folded to lower case, in the matcher's buffer.
func (m *matcher) fold(text string) []byte {
	b := m.buf[:0]
	for i := 0; i < len(text); i++ {
		b = append(b, lower[text[i]])
	}
	m.buf = b
	return b
}

// TestYardstickInStep checks that this copy of the yardstick counts what
// the root's counted on the same corpus.
func TestYardstickInStep(t *testing.T) {
	c := loadCorpus(t)
	y, hits := newYardstick(c.Names), 0
	for _, d := range c.Docs {
		hits += y.count(d)
	}
	if hits != c.YardstickCount {
		t.Errorf("the yardstick counts %d words, the root's %d: the copy is out of step", hits, c.YardstickCount)
	}
}

// TestMatcherFinds checks that the peer finds names whatever their case,
// and names inside words, which Extract's boundaries refuse.
func TestMatcherFinds(t *testing.T) {
	m := newMatcher(t, []string{"Go", "Apache Kafka", "Java"})
	for text, want := range map[string]int{
		"":                        0,
		"GO and apache KAFKA":     2,
		"JavaScript on the go":    2, // "java" in JavaScript, "go" the verb
		"Apache Kafka, Apache Ka": 1,
	} {
		if got := m.count(text); got != want {
			t.Errorf("count(%q) = %d, want %d", text, got, want)
		}
	}
}

// BenchmarkScan scans the corpus of the root's BenchmarkScan, each document
// in its own call, with Extract beside the yardstick and the Aho-Corasick
// peer in the same run.
func BenchmarkScan(b *testing.B) {
	c := loadCorpus(b)
	tx := roles.Default()
	tx.Extract("Go") // builds the matcher
	y, m := newYardstick(c.Names), newMatcher(b, c.Names)
	b.Run("extract", func(b *testing.B) { benchDocsEach(b, c.Docs, func(d string) { tx.Extract(d) }) })
	b.Run("yardstick", func(b *testing.B) { benchDocsEach(b, c.Docs, func(d string) { y.count(d) }) })
	b.Run("ahocorasick", func(b *testing.B) { benchDocsEach(b, c.Docs, func(d string) { m.count(d) }) })
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
