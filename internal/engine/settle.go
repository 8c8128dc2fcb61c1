package engine

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// settlement holds the buffers for settling a paragraph, and the hits
// collected for Collect.
type settlement struct {
	ok    []bool // hit k passes its rule's basic checks
	cands []int
	sel   []int
	taken []bool
	marks []bool
	quals []Qualifier // of each selected mention
	found []Hit       // for Collect
	yearsBuffers
	// coordHits holds the hits of coordinated modifiers (see coord.go)
	// until they join the paragraph's hits.
	coordHits []hit
}

// reset empties b, keeping its buffers.
func (b *settlement) reset() {
	*b = settlement{ok: b.ok[:0], cands: b.cands[:0], sel: b.sel[:0], taken: b.taken[:0], marks: b.marks[:0],
		quals: b.quals[:0], found: b.found[:0], coordHits: b.coordHits[:0],
		yearsBuffers: yearsBuffers{years: b.years[:0], anchors: b.anchors[:0], spans: b.spans[:0]}}
}

// flush settles the hits of one paragraph: name rules, overlaps, qualifiers.
// It yields the paragraph's mentions in text order and reports whether to
// go on.
func (s *scanner) flush(yield func(Hit) bool) bool {
	defer s.paragraph.reset()
	if s.paraNames == 0 {
		s.carryOnly()
		return true
	}
	return s.settle(math.MaxInt, yield)
}

// Within a very long paragraph, hits are settled in parts so that memory
// stays small: once settleEvery hits have gathered, the candidates before
// the current sentence, when it starts at least settleLag words back and no
// candidate crosses into it. Hits more than keepWords words back are
// dropped after that: no later mention looks that far.
const (
	settleEvery = 2048
	settleLag   = 64
	keepWords   = 2 * maxSentenceWords
)

// settlePart settles what it can of a long paragraph, scanning at token i.
func (s *scanner) settlePart(i int, yield func(Hit) bool) bool {
	// Parts end where the last sentence that started at least settleLag
	// words back starts, when no candidate crosses into it; else try again
	// soon.
	s.settleAt = len(s.hits) + settleLag/2
	s.trimSentStarts(i)
	st := s.sentStarts
	if len(st) == 0 || st[0] > i-settleLag || st[0] <= s.settled {
		return true
	}
	b := st[0]
	for k := len(s.hits) - 1; k >= 0 && s.hits[k].t1 > b-maxDepth; k-- {
		if h := &s.hits[k]; h.t0 < b && b < h.t1 && h.name {
			return true // a candidate crosses into the sentence
		}
	}
	if !s.settle(b, yield) {
		return false
	}
	// Drop old hits; keep the indexes of the rest right.
	n := 0
	for n < len(s.hits) && s.hits[n].t1 <= b-keepWords {
		n++
	}
	s.hits = slices.Delete(s.hits, 0, n)
	s.dropped = s.dropped || n > 0
	paren := s.parenPrefs[:0]
	for _, k := range s.parenPrefs {
		if k >= n {
			paren = append(paren, k-n)
		}
	}
	s.parenPrefs = paren
	s.findYearHits()
	if len(s.hits) > 0 {
		first := s.hits[0].sent
		j := 0
		for j < len(s.prefSents) && s.prefSents[j] < first {
			j++
		}
		s.prefSents = slices.Delete(s.prefSents, 0, j)
	}
	s.settleAt = len(s.hits) + settleEvery
	return true
}

// trimSentStarts drops the sentence starts before the last one that is at
// least settleLag words back from token i.
func (s *scanner) trimSentStarts(i int) {
	st := s.sentStarts
	j := 0
	for j+1 < len(st) && st[j+1] <= i-settleLag {
		j++
	}
	if j > 0 {
		s.sentStarts = append(st[:0], st[j:]...)
	}
}

// settle resolves the candidates that start at or after token s.settled and
// before token to, and yields their mentions in text order; with a nil
// yield, it appends them to s.found.
func (s *scanner) settle(to int, yield func(Hit) bool) bool {
	from := s.settled
	s.settled = to
	s.coordinate(from, to)
	s.candidates(from, to)
	s.selectLongest()
	marks := s.markParenPrefs(from, to)
	quals := s.quals[:0]
	for j, i := range s.sel {
		q := s.qualify(i)
		if q == Required && marks[j] {
			q = Preferred
		}
		quals = append(quals, q)
	}
	s.quals = quals
	s.spreadLists()
	yearCues := len(s.yearHits) > 0 || s.carry > 0
	if yearCues {
		s.attachYears(from, to)
	}
	for j, i := range s.sel {
		h := &s.hits[i]
		out := Hit{Start: h.start, End: h.end, Name: s.m.phrases[h.phrase].src, Qualifier: quals[j]}
		if len(s.markup.edits) > 0 {
			out.Start, out.End = s.markup.original(h.start, h.end)
		}
		if yearCues {
			out.Years = s.years[j]
		}
		if yield == nil {
			s.found = append(s.found, out)
		} else if !yield(out) {
			return false
		}
	}
	return true
}

// candidates sets s.ok, for every hit of the paragraph, to whether it is a
// name that passes its rule's basic checks, and s.cands to the hits that
// start at or after token from and before token to and pass their rules
// in full.
func (s *scanner) candidates(from, to int) {
	hits := s.hits
	ok := s.ok[:0]
	for i := range hits {
		h := &hits[i]
		ok = append(ok, h.name && (!h.ruled || s.basicOK(i)))
	}
	s.ok = ok
	cands := s.cands[:0]
	for i := range hits {
		if !ok[i] || hits[i].t0 < from || hits[i].t0 >= to {
			continue
		}
		if hits[i].ruled {
			if r := s.m.rule(s.m.phrases[hits[i].phrase].rule); len(r.context) > 0 && !s.contextOK(i) {
				continue
			}
		}
		cands = append(cands, i)
	}
	s.cands = cands
}

// selectLongest sets s.sel to the candidates that win their overlaps:
// overlapping candidates form clusters, and in each the longest wins (see
// pick).
func (s *scanner) selectLongest() {
	hits, cands := s.hits, s.cands
	sel := s.sel[:0]
	for a := 0; a < len(cands); {
		b, hi := a+1, hits[cands[a]].t1
		for b < len(cands) && hits[cands[b]].t0 < hi {
			hi = max(hi, hits[cands[b]].t1)
			b++
		}
		if b == a+1 {
			sel = append(sel, cands[a])
		} else {
			sel = s.pick(cands[a:b], sel, hits[cands[a]].t0, hi)
		}
		a = b
	}
	s.sel = sel
}

// pick chooses among overlapping candidates, covering tokens [lo, hi): the
// longest first, then the earliest, then a literal name over a generated
// form, then the smaller ID. It appends the chosen ones to sel in text order.
func (s *scanner) pick(cluster, sel []int, lo, hi int) []int {
	hits := s.hits
	slices.SortFunc(cluster, func(a, b int) int {
		ha, hb := &hits[a], &hits[b]
		if c := cmp.Compare(hb.size(), ha.size()); c != 0 {
			return c
		}
		if c := cmp.Compare(ha.start, hb.start); c != 0 {
			return c
		}
		na, nb := s.nameOf(a), s.nameOf(b)
		if na.generated != nb.generated {
			if nb.generated {
				return -1
			}
			return 1
		}
		return strings.Compare(s.m.str(na.id), s.m.str(nb.id))
	})
	taken := s.taken[:0]
	for range hi - lo {
		taken = append(taken, false)
	}
	s.taken = taken
	n := len(sel)
next:
	for _, i := range cluster {
		h := &hits[i]
		for t := h.t0; t < h.t1; t++ {
			if taken[t-lo] {
				continue next
			}
		}
		for t := h.t0; t < h.t1; t++ {
			taken[t-lo] = true
		}
		sel = append(sel, i)
	}
	slices.SortFunc(sel[n:], func(a, b int) int { return cmp.Compare(hits[a].start, hits[b].start) })
	return sel
}
