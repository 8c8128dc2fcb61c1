package roles

import "testing"

// BenchmarkSeniority levels the texts of testdata/bench and some hundred
// generated postings and resumes, each text in its own call, beside its
// yardstick in the same run: extract scans each text, seniority levels it
// from the mentions extract found (found before the timer starts). Both
// set the same bytes, so that their MB/s compare.
func BenchmarkSeniority(b *testing.B) {
	tx := Default()
	docs := append(benchDocs(b), genBenchCorpus(readBenchParts(b), tx, 11, 1<<20)...)
	mentions := make([][]Mention, len(docs))
	for i, d := range docs {
		mentions[i] = tx.Extract(d)
	}
	b.Run("extract", func(b *testing.B) {
		benchDocsEach(b, docs, func(d string) { tx.Extract(d) })
	})
	b.Run("seniority", func(b *testing.B) {
		i := 0
		benchDocsEach(b, docs, func(d string) {
			tx.SeniorityMentions(d, mentions[i])
			i = (i + 1) % len(docs)
		})
	})
}
