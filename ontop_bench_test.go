//go:build unix

package roles

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkOnScan measures what ranking, advice and deciding cost beside the
// scan they stand on, in one run on the same texts: the postings of
// testdata/bench cut to their first 400 words, each op one posting in turn,
// never one text repeated. "extract" is the yardstick; the goals are
// rank-text within 1.2 times it and advise within it plus 10 µs.
// "rank-mentions" and "decide-mentions" are what ranking and deciding add
// to mentions already found.
//
// Each reports, beside the time, the CPU time of the process per op
// (cpu-ns/op), which a busy machine inflates less. "side-by-side" runs all
// of them on each posting, in an order that turns with each op, and
// reports the CPU time of each per posting and the ratios, so that what
// else runs on the machine slows all of them alike.
func BenchmarkOnScan(b *testing.B) {
	tx, docs, ms := onScanDocs(b)
	calls := []struct {
		name string
		f    func(i int)
	}{
		{"extract", func(i int) { tx.Extract(docs[i]) }},
		{"rank-text", func(i int) { tx.RankText(docs[i]) }},
		{"rank-mentions", func(i int) { tx.RankMentions(ms[i]) }},
		{"advise", func(i int) { tx.Advise(docs[i]) }},
		{"decide-mentions", func(i int) { tx.DecideMentions(docs[i], ms[i]) }},
		{"decide", func(i int) { tx.Decide(docs[i]) }},
	}
	for _, c := range calls {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for i := range b.N {
				c.f(i % len(docs))
			}
			b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
	b.Run("side-by-side", func(b *testing.B) {
		spent := make([]time.Duration, len(calls))
		var idle time.Duration // what reading the clock costs
		for i := range b.N {
			for j := range calls {
				k := (i + j) % len(calls)
				start := cpuTime()
				calls[k].f(i % len(docs))
				spent[k] += cpuTime() - start
			}
			start := cpuTime()
			idle += cpuTime() - start
		}
		per := func(k int) float64 { return float64((spent[k] - idle).Nanoseconds()) / float64(b.N) }
		for k, c := range calls {
			b.ReportMetric(per(k), c.name+"-cpu-ns")
		}
		b.ReportMetric(per(1)/per(0), "rank-text/extract")
		b.ReportMetric((per(3)-per(0))/1e3, "advise-extract-µs")
		b.ReportMetric(0, "ns/op")
	})
}

// onScanDocs returns the default taxonomy, with what its first calls build
// already built, the postings of testdata/bench cut to their first 400
// words, and the mentions found in each.
func onScanDocs(b *testing.B) (*Taxonomy, []string, [][]Mention) {
	whole := benchPostings(b)
	docs := make([]string, len(whole))
	ms := make([][]Mention, len(whole))
	tx := Default()
	words := 0
	for i, d := range whole {
		docs[i] = firstWords(d, 400)
		words += len(strings.Fields(docs[i]))
		ms[i] = tx.Extract(docs[i])
		tx.RankText(docs[i])
		tx.Advise(docs[i])
		tx.Decide(docs[i])
	}
	b.Logf("%d postings of %d words on average", len(docs), words/len(docs))
	return tx, docs, ms
}

// cpuTime returns the CPU time the process has used, in user and system
// mode, all its threads (the garbage collector's too).
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		panic(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
