package engine

import (
	"math/bits"
	"strings"
)

// scanner reads one text. Tokens are made on demand into a ring that holds
// enough of them to match the longest phrase, so memory does not grow with
// the text; hits are kept for one paragraph. Its state comes in one part
// per concern.
type scanner struct {
	m *Matcher
	tokenizer
	markup cleaner // the text as read: markup cleaned (clean.go)
	sections
	paragraph
	settlement

	// onHit, when set, sees every hit (for tests).
	onHit func(*hit)
}

// getScanner returns a scanner for text, from the pool when it has one.
func (m *Matcher) getScanner(text string) *scanner {
	s, _ := m.scanners.Get().(*scanner)
	if s == nil {
		return m.newScanner(text)
	}
	s.start(m, text)
	return s
}

func (m *Matcher) putScanner(s *scanner) {
	s.text = ""
	if cap(s.hits) > 1<<14 {
		// Do not keep what a huge paragraph needed.
		*s = scanner{tokenizer: tokenizer{ring: s.ring, mask: s.mask}, settlement: settlement{found: s.found}}
	}
	m.scanners.Put(s)
}

func (m *Matcher) newScanner(text string) *scanner {
	// At least 64 tokens: run calls fill once per len(ring)-1 tokens, and
	// each call costs its set-up.
	size := 1 << bits.Len(uint(max(m.depth+1, 63)))
	s := &scanner{tokenizer: tokenizer{ring: make([]token, size), mask: size - 1}}
	s.start(m, text)
	return s
}

// start readies s to scan text, reusing its ring and its buffers;
// everything else starts afresh.
func (s *scanner) start(m *Matcher, text string) {
	s.m, s.onHit = m, nil
	s.tokenizer = tokenizer{text: s.markup.clean(text), known: m.known, lineBlank: true, ring: s.ring, mask: s.mask}
	s.compounds = hasCompounds(s.text)
	s.sections = sections{}
	s.paragraph.reset()
	s.settlement.reset()
}

// run scans the text and yields its mentions, or, with a nil yield, appends
// them to s.found.
func (s *scanner) run(yield func(Hit) bool) {
	m := s.m
	ring, mask := s.ring, s.mask // fixed while scanning
	var prev uint64              // hash of token i-1
	for i := 0; ; i++ {
		if i >= s.n {
			s.fill(i + len(ring) - 1) // keeps token i-1 for endLine
			if i >= s.n {
				break
			}
		}
		t := &ring[i&mask]
		h := t.h
		// One branch, rarely taken, for the pair of tokens i-1 and i.
		if m.pairs.bit(pairHash(prev, h))&joinBit(t.join) != 0 && i > 0 && !m.first.has(prev) {
			// Token i-1 is a weak first token, followed by a token that
			// can go on from it: match there now, before the line or the
			// sentence of token i is taken into account, as if it had
			// been done at token i-1. (When token i-1 is in the other set
			// too, match has been there.)
			s.match(i - 1)
		}
		marks := t.marks // one load: match may write the ring
		if marks&markEdge != 0 || i == 0 {
			if !s.startsAt(t, i, yield) {
				return
			}
		}
		if len(s.hits) >= s.settleAt && s.paraNames > 0 && !s.settlePart(i, yield) {
			return
		}
		if m.first.has(h) {
			s.match(i)
		}
		if marks&markCompound != 0 {
			s.compound(i) // a closed compound (compound.go)
		}
		prev = h
	}
	s.flush(yield)
}

// startsAt takes the start of a sentence, a line or a paragraph at token
// i into account, and reports whether to go on.
func (s *scanner) startsAt(t *token, i int, yield func(Hit) bool) bool {
	if t.sent != s.curSent {
		s.curSent = t.sent
		s.sentStarts = append(s.sentStarts, i)
		if len(s.sentStarts) > 2*settleLag {
			s.trimSentStarts(i)
		}
	}
	if i == 0 {
		s.curPara, s.curLine = t.para, t.line
	} else if t.para != s.curPara {
		s.endLine(t, i)
		if !s.flush(yield) {
			return false
		}
		s.curPara = t.para
		s.startParagraph(t.lineStart)
		if s.section != Required && !isListItem(strings.TrimSpace(s.text[t.lineStart:t.end])) {
			// A section headed by a plain line ends with its list; one
			// under a Markdown heading goes on over paragraphs of prose,
			// but not into one that follows its list.
			last := &s.ring[(i-1)&s.mask]
			if s.softSection || isListItem(strings.TrimSpace(s.text[last.lineStart:last.end])) {
				s.section = Required
			}
		}
	} else if t.line != s.curLine {
		s.endLine(t, i)
	}
	return true
}

// tok returns token i, or nil past the end of the text.
func (s *scanner) tok(i int) *token {
	if i < s.n {
		return &s.ring[i&s.mask]
	}
	return s.more(i)
}

// more is the rare case of tok: run has made the tokens the matcher looks
// at, but near the end of the text. Not inlined, so that tok is.
//
//go:noinline
func (s *scanner) more(i int) *token {
	if s.fill(i + 1); i < s.n {
		return &s.ring[i&s.mask]
	}
	return nil
}

// match finds the phrases that start at token i.
func (s *scanner) match(i int) {
	m := s.m
	t := s.tok(i)
	node, ok := m.rootChild(t.h)
	short := t.short // tokens [i, j] are all short
	for j := i; ok; {
		n := &m.nodes[node]
		if n.flags&nodeLive != 0 {
			s.verify(n, i, j, short)
		}
		if n.kids == 0 {
			break
		}
		j++
		if j-i >= m.depth {
			break
		}
		u := s.tok(j)
		if u == nil {
			break
		}
		short = short && u.short
		if u.join {
			next, found := m.child(node, u.h)
			if !found && n.flags&nodeLooseKids != 0 {
				next, found = s.looseChild(node, j)
			}
			node, ok = next, found
		} else if n.flags&nodeLooseKids != 0 {
			node, ok = s.looseChild(node, j)
		} else {
			break
		}
	}
}

// looseChild goes on from node over token j after a gap that the phrases
// of node's children name: "Engineer, Backend" (see nameGaps).
func (s *scanner) looseChild(node int32, j int) (int32, bool) {
	u := s.tok(j)
	key, ok := gapKey(s.text[s.tok(j-1).end:u.start])
	if !ok {
		return -1, false
	}
	return s.m.child(node, looseHash(u.h, titleGap(key)))
}

// verify checks the text of tokens [i, j] against the phrase of node n, as
// hashes may collide, and records the hit. short says the tokens are all
// short: a phrase of short tokens with their hashes is then the same phrase.
func (s *scanner) verify(n *trieNode, i, j int, short bool) {
	p := n.phrase
	if n.flags&nodeShort == 0 || !short {
		// Inline, as verify runs at every hit.
		ph := &s.m.phrases[p]
		for k := i; k <= j; k++ {
			t, f := s.tok(k), s.m.tok(ph.toks, k-i)
			if t.short && len(f) <= 8 {
				continue // equal hashes: equal tokens
			}
			if t.alnum {
				if !alnumEqual(s.text, t.start, t.end, f) {
					return
				}
				continue
			}
			if !foldEqual(s.text[t.start:t.end], f) {
				return
			}
		}
	}
	var coord uint8
	if n.flags&(nodeCoordBefore|nodeCoordAfter) != 0 {
		coord = s.coordGate(n.flags, i, j)
	}
	first, last := s.tok(i), s.tok(j)
	var gaps int32
	end := last.end
	if n.flags&nodeGapped != 0 {
		gaps, end = s.gapsOf(i, j)
	}
	s.hits = append(s.hits, hit{gaps: gaps,
		phrase: p, section: s.section, t0: i, t1: j + 1,
		name: n.flags&nodeName != 0, ruled: n.flags&nodeRuled != 0, cues: n.cues, coord: coord,
		start: first.start, end: end,
		clause0: first.clause, clause1: last.clause, sent: first.sent, semi: first.semi, paren: first.paren,
	})
	if s.onHit != nil {
		s.onHit(&s.hits[len(s.hits)-1])
	}
	if n.flags&nodeName != 0 {
		s.paraNames++
		s.lineNm = true
		if coord != 0 {
			s.paraCoord++
		}
	}
	if n.cues != 0 {
		s.noteCues(n.cues, first)
	}
	if s.paraNames == 0 && len(s.hits) >= 256 {
		s.dropStale(i)
	}
}

// gapsOf returns, for a hit of a phrase with marks between its words over
// tokens [i, j], the bytes between its words and its end: past a bracket
// that closes one opened between them ("Software Engineer (Backend)").
func (s *scanner) gapsOf(i, j int) (gaps int32, end int) {
	open := 0
	for k := i + 1; k <= j; k++ {
		gap := s.text[s.tok(k-1).end:s.tok(k).start]
		gaps += int32(len(gap))
		open += strings.Count(gap, "(") - strings.Count(gap, ")")
	}
	end = s.tok(j).end
	if open == 1 && end < len(s.text) && s.text[end] == ')' {
		end++
		gaps++
	}
	return gaps, end
}

// noteCues records what the cues of the hit just added, whose first token
// is first, tell the line, the sentence and the paragraph.
func (s *scanner) noteCues(cues uint8, first *token) {
	if cues&cuePreferred != 0 && first.paren {
		s.linePref = true
		s.parenPrefs = append(s.parenPrefs, len(s.hits)-1)
	} else if cues&cuePreferred != 0 {
		s.linePref = true
		if n := len(s.prefSents); n == 0 || s.prefSents[n-1] != first.sent {
			s.prefSents = append(s.prefSents, first.sent)
		}
	}
	if cues&cueRequired != 0 {
		s.lineReq = true
	}
	if cues&cueNegated != 0 {
		s.negCues = true
	}
	if cues&cueNegatedAfter != 0 {
		s.negAfterCues = true
	}
	if cues&cueYears != 0 {
		s.yearHits = append(s.yearHits, int32(len(s.hits)-1))
	}
}

// dropStale lets go of the hits that no later name could use, scanning at
// token i, when the paragraph has no name yet and many hits of cues.
func (s *scanner) dropStale(i int) {
	keep := s.hits[:0]
	for _, h := range s.hits {
		if h.t1 > i-cueWindow-s.m.depth {
			keep = append(keep, h)
		}
	}
	s.dropped = s.dropped || len(keep) < len(s.hits)
	s.hits = keep
	s.findYearHits()
	s.parenPrefs = s.parenPrefs[:0]
	if n := len(s.prefSents); n > 1 {
		s.prefSents[0] = s.prefSents[n-1]
		s.prefSents = s.prefSents[:1]
	}
}
