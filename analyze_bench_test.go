//go:build unix

package roles

import "testing"

// BenchmarkAnalyze measures, on the same distinct texts in one run, the
// calls rolematch -jsonl makes for each record beside SeniorityMentions:
// Extract (the yardstick), then DecideMentions and RankMentions on the
// mentions it found. Each op is all the texts, each in its own call; the
// bytes are the texts'. Each also reports the CPU time of the process per
// op (cpu-ns/op, the garbage collector's included), which a busy machine
// inflates less than the time.
func BenchmarkAnalyze(b *testing.B) {
	tx := Default()
	docs := analyzeDocs(b, 300)
	ms := make([][]Mention, len(docs))
	for i, d := range docs {
		ms[i] = tx.Extract(d)
		tx.DecideMentions(d, ms[i]) // build the indexes and walks
		tx.RankMentions(ms[i])
	}
	each := func(b *testing.B, call func(i int)) {
		size := 0
		for _, d := range docs {
			size += len(d)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		start := cpuTime()
		for range b.N {
			for i := range docs {
				call(i)
			}
		}
		b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
	b.Run("extract", func(b *testing.B) { each(b, func(i int) { tx.Extract(docs[i]) }) })
	b.Run("decide", func(b *testing.B) { each(b, func(i int) { tx.DecideMentions(docs[i], ms[i]) }) })
	b.Run("rank", func(b *testing.B) { each(b, func(i int) { tx.RankMentions(ms[i]) }) })
}
