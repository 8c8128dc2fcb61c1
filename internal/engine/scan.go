package engine

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of the text being scanned, with where it stands.
type token struct {
	start, end int
	h          uint64 // hash of the folded token
	lineStart  int    // offset of the start of its line
	// Counters of the clause, sentence, paragraph and line the token is in,
	// and of the semicolons before it.
	clause, sent, para, line, semi int32
	join                           bool // a phrase may go on from the previous token to this one
	paren                          bool // inside brackets
	colonEnd                       bool // the line before ended with a colon
	// short says the token is at most 8 ASCII letters and digits: its hash
	// is then a bijection of its folded bytes (see hasher), and a phrase
	// token of at most 8 bytes with the same hash is the same token.
	short bool
	// alnum says the token is ASCII letters and digits only: its folded
	// bytes are then its bytes with 0x20 set.
	alnum bool
	// edge says a sentence, a line or a paragraph may start at the token:
	// when it is false, they are those of the token before.
	edge bool
}

// hit is one phrase of the matcher found in the text.
type hit struct {
	phrase           int32
	section          bool  // in a section headed by a Preferred cue
	name, ruled      bool  // the phrase is a name; a name with a rule
	cues             uint8 // the phrase's cues
	t0, t1           int   // tokens [t0, t1)
	start, end       int   // bytes
	clause0, clause1 int32 // clause of the first and last token
	sent             int32
	semi             int32 // semicolons before it
	gaps             int32 // for a phrase with marks between its words, the bytes between them
	paren            bool  // the first token is inside brackets
}

// size is the length of h's text for choosing among overlapping hits: its
// bytes, or for a phrase with marks between its words (gaps > 0) the bytes
// of its words alone, so that "software developer, back end" is no longer
// than "Back-end software developer".
func (h *hit) size() int { return h.end - h.start - int(h.gaps) }

// scanner reads one text. Tokens are made on demand into a ring that holds
// enough of them to match the longest phrase, so memory does not grow with
// the text; hits are kept for one paragraph.
type scanner struct {
	m    *Matcher
	text string

	// Tokenizer state.
	pos                      int
	chunkEnd                 int // the text before it was checked for URLs
	noJoin                   bool
	clause, sent, para, line int32
	semi                     int32 // semicolons so far
	lineStart                int
	lineBlank                bool
	depth                    int // of brackets
	n                        int // tokens made
	ring                     []token
	mask                     int

	// Matching state.
	curPara, curLine          int32
	lineTok                   int // first token of the line
	linePref, lineReq, lineNm bool
	settled                   int   // candidates before this token are settled
	settleAt                  int   // settle part of a long paragraph at this many hits
	sentStarts                []int // first tokens of the recent sentences
	sentWords                 int   // words since the last sentence break
	curSent                   int32
	section                   bool // in a section of preferred items
	softSection               bool // headed by a plain line, not a Markdown heading
	hits                      []hit
	dropped                   bool // hits of the paragraph were let go
	paraNames                 int
	// Whether hits may hold Negated or NegatedAfter cues: when not,
	// qualify need not look for them.
	negCues, negAfterCues bool
	prefSents             []int32 // sentences with a Preferred cue
	parenPrefs            []int   // hits of Preferred cues in brackets

	// onHit, when set, sees every hit (for tests).
	onHit func(*hit)

	// Buffers for settling a paragraph.
	ok    []bool
	cands []int
	sel   []int
	taken []bool
	marks []bool
	quals []Qualifier // of each selected mention
	found []Hit       // for Collect
}

func (m *Matcher) getScanner(text string) *scanner {
	s, _ := m.scanners.Get().(*scanner)
	if s == nil {
		return m.newScanner(text)
	}
	// Reuse the ring and the buffers; everything else starts afresh.
	*s = scanner{m: m, text: text, lineBlank: true, ring: s.ring, mask: s.mask, settleAt: settleEvery,
		hits: s.hits[:0], prefSents: s.prefSents[:0], sentStarts: s.sentStarts[:0], parenPrefs: s.parenPrefs[:0],
		ok: s.ok[:0], cands: s.cands[:0], sel: s.sel[:0], taken: s.taken[:0], marks: s.marks[:0], quals: s.quals[:0], found: s.found[:0]}
	return s
}

func (m *Matcher) putScanner(s *scanner) {
	s.text = ""
	if cap(s.hits) > 1<<14 {
		// Do not keep what a huge paragraph needed.
		*s = scanner{ring: s.ring, mask: s.mask, found: s.found}
	}
	m.scanners.Put(s)
}

func (m *Matcher) newScanner(text string) *scanner {
	size := 1 << bits.Len(uint(m.depth+1))
	return &scanner{m: m, text: text, lineBlank: true, ring: make([]token, size), mask: size - 1, settleAt: settleEvery}
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
		if t.edge || i == 0 {
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
		if s.section && !isListItem(strings.TrimSpace(s.text[t.lineStart:t.end])) {
			// A section headed by a plain line ends with its list; one
			// under a Markdown heading goes on over paragraphs of prose,
			// but not into one that follows its list.
			last := &s.ring[(i-1)&s.mask]
			if s.softSection || isListItem(strings.TrimSpace(s.text[last.lineStart:last.end])) {
				s.section = false
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

// fill makes tokens up to token upto (not included) or the end of the text.
// run asks for the tokens from its current one to as many as the ring holds
// at once: the matcher looks fewer than len(ring) tokens ahead.
//
// The common case is read here, without a call: spaces, maybe after a
// comma or a colon, then ASCII letters and digits up to a space or a
// bracket, a comma, a semicolon, or a '.', ':', '!' or '?' before one of
// them. next reads the rest, and this must read the same.
func (s *scanner) fill(upto int) {
	text := s.text
	ring, mask := s.ring, s.mask
	// The counters the fast path moves, in locals: stores to the ring
	// would make the compiler load them again from s for every token.
	n, pos := s.n, s.pos
	for n < upto {
		t := &ring[n&mask]
		if w := pos; w < len(text) && !s.noJoin && s.sentWords+1 < maxSentenceWords {
			// Fewer branches to mispredict: a clause mark is added, not
			// tested.
			clause := clauseMark[text[w]]
			w += int(clause)
			if w+1 < len(text) && text[w] == ' ' {
				w++
				for text[w] == ' ' && w+1 < len(text) {
					w++
				}
				if wordLower[text[w]] != 0 {
					q, h := alnumRun(text, w)
					end, ok := q, q == len(text) || chunkDelim[text[q]]
					if !ok {
						switch text[q] {
						case '.', ':', '!', '?':
							end = q + 1
							ok = end == len(text) || chunkDelim[text[end]]
						}
					}
					if ok {
						ce := s.chunkEnd
						if w >= ce {
							ce = end
						}
						s.chunkEnd = ce
						s.lineBlank = false // a word: the line holds text
						s.clause += int32(clause)
						s.sentWords++
						pos = q
						t.start, t.end, t.h, t.join = w, q, h, clause == 0
						t.clause, t.sent, t.para, t.line, t.semi = s.clause, s.sent, s.para, s.line, s.semi
						t.lineStart, t.paren, t.colonEnd, t.short, t.alnum = s.lineStart, s.depth > 0, false, q-w <= 8, true
						t.edge = false
						n++
						continue
					}
				}
			}
		}
		s.pos = pos
		if !s.next(t) {
			s.n = n
			return
		}
		n, pos = n+1, s.pos
	}
	s.n, s.pos = n, pos
}

// next reads the gap before the next token, then the token.
func (s *scanner) next(t *token) bool {
	text := s.text
	p := s.pos
	join := !s.noJoin
	s.noJoin = false
	var nl, conn, apos int
	clause, sent, para := false, false, false
	colon := false // the last mark before the first line break is a colon
	for p < len(text) {
		c := text[p]
		if c == ' ' {
			p++
			continue
		}
		var cl uint8
		size := 1
		if c < utf8.RuneSelf {
			cl = asciiClass[c]
			if c == '.' && letterAt(text, p+1) {
				cl = gWord // a leading dot: .NET
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[p:])
			cl = runeClass(r)
		}
		switch cl {
		case gWord:
			start := p
			// The common case inline: a run of ASCII letters and digits.
			wend, h := alnumRun(text, p)
			dotted, short, alnum := false, false, false
			if wend == p || (wend < len(text) && (text[wend] >= utf8.RuneSelf || text[wend] == '.' || text[wend] == '+' || text[wend] == '#')) {
				wend, h, dotted = scanWord(text, p)
			} else {
				short, alnum = wend-p <= 8, true
			}
			if p >= s.chunkEnd {
				// A word followed by a space or a bracket is a chunk of its
				// own and cannot be a URL; other chunks are checked.
				if chunkEndsAt(text, wend) {
					s.chunkEnd = wend
				} else if wend+1 <= len(text) && strings.IndexByte(".:!?", text[wend]) >= 0 && chunkEndsAt(text, wend+1) {
					// End of a sentence: "Kafka." is no URL either.
					s.chunkEnd = wend + 1
				} else {
					end, url := s.chunk(p)
					s.chunkEnd = end
					if url {
						p, join, s.lineBlank, colon = end, false, false, false
						continue
					}
				}
			}
			end := wend
			if dotted && !s.m.known[h] {
				// Not a name: read it as its first part, unless it is a
				// domain name.
				s0 := start
				if text[s0] == '.' {
					s0++
				}
				e0 := strings.IndexByte(text[s0:wend], '.')
				if e0 < 0 {
					e0 = wend
				} else {
					e0 += s0
				}
				last := text[strings.LastIndexByte(text[:wend], '.')+1 : wend]
				if s0 == start && (isTLD(last) || foldEqual(text[s0:e0], "www")) {
					p, join, s.lineBlank, colon = max(s.chunkEnd, wend), false, false, false
					continue
				}
				_, h, _ = scanWord(text[:e0], s0)
				if s0 != start {
					join = false
				}
				start, end = s0, e0
				s.noJoin = true
			}
			if para {
				sent, clause = true, true
			}
			if nl > 0 && !sent && (nl > 1 || conn > 0 || !lowerAt(text, start) || !blankTo(text, s.lineStart, start)) &&
				!(nl == 1 && conn == 0 && blankTo(text, s.lineStart, start) && wrapsAt(text, s.pos)) {
				// A line break ends a sentence unless the line goes on in
				// lower case, or the line before ends with a comma or a
				// word that leads on (text wrapped in a PDF), and the new
				// line is no list item.
				sent, clause = true, true
			}
			join = join && !para && nl <= 1 && conn <= 1 && apos <= 1 && (nl == 0 || conn == 0)
			if para {
				s.para++
				s.depth = 0
			}
			if sent {
				s.sentWords = 0
			} else if s.sentWords++; s.sentWords >= maxSentenceWords {
				// A sentence without end: break it so that scopes stay
				// bounded.
				sent, clause, s.sentWords = true, true, 0
			}
			if sent {
				s.sent++
			}
			if clause {
				s.clause++
			}
			s.pos = wend
			s.lineBlank = false
			t.start, t.end, t.h, t.join = start, end, h, join
			t.clause, t.sent, t.para, t.line, t.semi = s.clause, s.sent, s.para, s.line, s.semi
			t.lineStart, t.paren, t.colonEnd, t.short, t.alnum = s.lineStart, s.depth > 0, colon && nl > 0, short, alnum
			t.edge = sent || nl > 0
			return true
		case gSpace, gZero:
			p += size
			continue
		case gNewline:
			if s.lineBlank {
				para = true
			}
			nl++
			s.line++
			s.lineStart = p + 1
			s.lineBlank = true
			p++
			continue
		case gConn:
			conn++
			s.lineBlank = false
		case gApos:
			apos++
			s.lineBlank = false
		case gClause:
			clause, join, s.lineBlank = true, false, false
			switch c {
			case '(', '[':
				s.depth++
			case ')', ']':
				s.depth = max(0, s.depth-1)
			case ';':
				s.semi++
			}
		case gStop:
			sent, clause, join, s.lineBlank = true, true, false, false
		default:
			join, s.lineBlank = false, false
		}
		if nl == 0 {
			colon = c == ':' || (colon && (c == '*' || c == '_'))
		}
		p += size
	}
	s.pos = p
	return false
}

// wrapsAt reports whether the line break after text[:end], the end of a
// word and maybe a mark, breaks a sentence that goes on: the line ends with
// a comma, or with a word such as "or", "with" or "the" ("experience with
// dbt or\nSnowflake is a plus").
func wrapsAt(text string, end int) bool {
	p := end
	for p < len(text) && (text[p] == ' ' || text[p] == '\t' || text[p] == '\r') {
		p++
	}
	if p < len(text) && text[p] == ',' {
		return true
	}
	if p == len(text) || text[p] != '\n' {
		return false // a mark other than a comma ends the line
	}
	start := end
	for start > 0 && end-start < 10 && 'a' <= text[start-1] && text[start-1] <= 'z' {
		start--
	}
	if start == end || (start > 0 && (wordLower[text[start-1]] != 0 || text[start-1] >= utf8.RuneSelf)) {
		return false // no word in lower case, or a longer one
	}
	return wrapWord(text[start:end])
}

// wrapWord reports whether a line that ends with word w goes on in the
// next: w is an article, a conjunction or a preposition.
func wrapWord(w string) bool {
	switch w {
	case "a", "an", "and", "as", "at", "by", "for", "from", "in", "including", "into", "like",
		"nor", "of", "on", "or", "the", "to", "using", "via", "with":
		return true
	}
	return false
}

// blankTo reports whether text[p:q] holds only spaces and tabs: no list
// mark before the first word of a line.
func blankTo(text string, p, q int) bool {
	for ; p < q; p++ {
		if text[p] != ' ' && text[p] != '\t' {
			return false
		}
	}
	return true
}

// chunkEndsAt reports whether a chunk delimiter (or the end) is at text[p].
func chunkEndsAt(text string, p int) bool {
	if p >= len(text) {
		return true
	}
	if c := text[p]; c < utf8.RuneSelf {
		return chunkDelim[c]
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	return unicode.IsSpace(r) || strings.ContainsRune("“”‘’«»", r)
}

// chunk finds the end of the run of text that starts at p and runs to the
// next space, quote or bracket, and whether it is a URL or an e-mail
// address.
func (s *scanner) chunk(p int) (end int, url bool) {
	text := s.text
	start := p
	for p < len(text) {
		c := text[p]
		if c < utf8.RuneSelf {
			if chunkDelim[c] {
				break
			}
			switch c {
			case ':':
				if strings.HasPrefix(text[p+1:], "//") {
					url = true
				}
			case '@':
				if p > start && wordAt(text, p+1) && (text[p-1] >= utf8.RuneSelf || asciiClass[text[p-1]] == gWord) {
					url = true
				}
			}
			p++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[p:])
		if unicode.IsSpace(r) || strings.ContainsRune("“”‘’«»", r) {
			break
		}
		p += size
	}
	if len(text)-start >= 4 && foldEqual(text[start:start+4], "www.") {
		url = true
	}
	return p, url
}

func isTLD(s string) bool {
	if len(s) > 8 {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
		buf[i] = asciiLower[s[i]]
	}
	return tlds[string(buf[:len(s)])]
}

func lowerAt(text string, p int) bool {
	r, _ := utf8.DecodeRuneInString(text[p:])
	return unicode.IsLower(r)
}

// match finds the phrases that start at token i.
func (s *scanner) match(i int) {
	m := s.m
	t := s.tok(i)
	node, ok := m.child(0, t.h)
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
		ph := &s.m.phrases[p]
		for k := i; k <= j; k++ {
			t, f := s.tok(k), ph.toks[k-i]
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
	first, last := s.tok(i), s.tok(j)
	var gaps int32
	end := last.end
	if n.flags&nodeGapped != 0 {
		open := 0
		for k := i + 1; k <= j; k++ {
			gap := s.text[s.tok(k-1).end:s.tok(k).start]
			gaps += int32(len(gap))
			open += strings.Count(gap, "(") - strings.Count(gap, ")")
		}
		if open == 1 && end < len(s.text) && s.text[end] == ')' {
			// "Software Engineer (Backend)": the bracket opened closes.
			end++
			gaps++
		}
	}
	s.hits = append(s.hits, hit{gaps: gaps,
		phrase: p, section: s.section, t0: i, t1: j + 1,
		name: n.flags&nodeName != 0, ruled: n.flags&nodeRuled != 0, cues: n.cues,
		start: first.start, end: end,
		clause0: first.clause, clause1: last.clause, sent: first.sent, semi: first.semi, paren: first.paren,
	})
	if s.onHit != nil {
		s.onHit(&s.hits[len(s.hits)-1])
	}
	if n.flags&nodeName != 0 {
		s.paraNames++
		s.lineNm = true
	}
	if cues := n.cues; cues != 0 {
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
	}
	if s.paraNames == 0 && len(s.hits) >= 256 {
		// Nothing to settle yet: keep only what a later name could use.
		keep := s.hits[:0]
		for _, h := range s.hits {
			if h.t1 > i-cueWindow-s.m.depth {
				keep = append(keep, h)
			}
		}
		s.dropped = s.dropped || len(keep) < len(s.hits)
		s.hits = keep
		s.parenPrefs = s.parenPrefs[:0]
		if n := len(s.prefSents); n > 1 {
			s.prefSents[0] = s.prefSents[n-1]
			s.prefSents = s.prefSents[:1]
		}
	}
}

// alnumEqual is foldEqual(text[p:q], f) for a token of ASCII letters and
// digits, eight bytes at a time.
func alnumEqual(text string, p, q int, f string) bool {
	if q-p != len(f) {
		return false
	}
	k := 0
	for ; q-p >= 8; p, k = p+8, k+8 {
		if load64(text, p)|0x2020202020202020 != load64(f, k) {
			return false
		}
	}
	for ; p < q; p, k = p+1, k+1 {
		if text[p]|0x20 != f[k] {
			return false
		}
	}
	return true
}

// endLine settles the line that just ended before token t (token i): a
// heading opens or ends a section of preferred items.
func (s *scanner) endLine(t *token, i int) {
	if words := i - s.lineTok; words > 0 {
		last := &s.ring[(i-1)&s.mask]
		head := s.text[last.lineStart:last.end]
		if atx, ok := isHeading(head, words, s.linePref || s.lineReq, s.lineNm, t.colonEnd); ok {
			s.section = s.linePref
			s.softSection = !atx
		}
	}
	s.curLine = t.line
	s.lineTok = i
	s.linePref, s.lineReq, s.lineNm = false, false, false
}

// isHeading reports whether a line heads a section: a Markdown heading, a
// line of at most 10 words that ends with a colon, or a line of at most 5
// words, not a list item, that holds a cue and no name. head is the line up
// to the end of its last word; colon says whether a colon ends it.
func isHeading(head string, words int, cue, name, colon bool) (atx, ok bool) {
	i := 0
	for i < len(head) && (head[i] == ' ' || head[i] == '\t') {
		i++
	}
	if i < len(head) && head[i] == '#' {
		n := 0
		for i+n < len(head) && head[i+n] == '#' {
			n++
		}
		if n <= 6 && (i+n == len(head) || head[i+n] == ' ' || head[i+n] == '\t') {
			return true, true
		}
	}
	if colon && words <= 10 {
		return false, true
	}
	return false, cue && !name && words <= 5 && !isListItem(head[i:])
}

func isListItem(line string) bool {
	for _, b := range []string{"-", "*", "+", "•", "·", "–", "\uf0b7", "▪", "◦", "‣", "○", "■", "►", "✓"} {
		if rest, ok := strings.CutPrefix(line, b); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t' || strings.HasPrefix(rest, "\u00a0")) {
			return true
		}
	}
	d := 0
	for d < len(line) && '0' <= line[d] && line[d] <= '9' {
		d++
	}
	return d > 0 && d+1 < len(line) && (line[d] == '.' || line[d] == ')') && line[d+1] == ' '
}
