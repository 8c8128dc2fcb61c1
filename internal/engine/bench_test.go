package engine

import (
	"os"
	"path/filepath"
	"testing"
)

// benchTexts reads the texts of the files that pattern matches.
func benchTexts(b *testing.B, pattern string) []string {
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		b.Fatalf("no texts in %s", pattern)
	}
	var docs []string
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(d))
	}
	return docs
}

// BenchmarkCollect scans postings with the default taxonomy's matcher,
// each document in its own call: en, the English postings and resumes of
// the module's testdata/bench; de, the German postings of
// testdata/bench-de, whose words are longer, hold accents and closed
// compounds, and take the general paths of the tokenizer more often.
func BenchmarkCollect(b *testing.B) {
	m := defaultMatcher()
	for _, set := range []struct{ name, pattern string }{
		{"en", "../../testdata/bench/*"},
		{"de", "testdata/bench-de/*.txt"},
	} {
		docs := benchTexts(b, set.pattern)
		size := 0
		for _, d := range docs {
			size += len(d)
		}
		b.Run(set.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for range b.N {
				for _, d := range docs {
					m.Collect(d, func([]Hit) {})
				}
			}
		})
	}
}
