package engine

import (
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
	// marks holds markEdge and markCompound, in one byte so that run tests
	// one load for the common token, which has neither.
	marks uint8
}

const (
	// markEdge says a sentence, a line or a paragraph may start at the
	// token: without it, they are those of the token before.
	markEdge = 1 << iota
	// markCompound says the token is long enough to be a closed compound
	// and may end with a compound head (see compoundBit).
	markCompound
)

// maxSentenceWords ends a sentence that has gone on this long without a
// sentence break, so that every scope stays bounded.
const maxSentenceWords = 128

// tokenizer makes the tokens of a text, on demand, into a ring, and counts
// the clauses, sentences, paragraphs and lines they stand in.
type tokenizer struct {
	text                     string
	known                    map[uint64]bool // dotted tokens that some phrase holds
	pos                      int
	chunkEnd                 int // the text before it was checked for URLs
	noJoin                   bool
	compounds                bool // closed compounds are looked for (see hasCompounds)
	clause, sent, para, line int32
	semi                     int32 // semicolons so far
	lineStart                int
	lineBlank                bool
	depth                    int // of brackets
	sentWords                int // words since the last sentence break
	n                        int // tokens made
	ring                     []token
	mask                     int
}

// fill makes tokens up to token upto (not included) or the end of the text.
// run asks for the tokens from its current one to as many as the ring holds
// at once: the matcher looks fewer than len(ring) tokens ahead.
//
// The common case is read here, without a call: spaces, maybe after a
// comma or a colon, then ASCII letters and digits up to a space or a
// bracket, a comma, a semicolon, or a '.', ':', '!' or '?' before one of
// them. next reads the rest, and this must read the same.
func (s *tokenizer) fill(upto int) {
	n := s.n
	s.fillTokens(upto)
	if s.compounds {
		s.markCompounds(n)
	}
}

// markCompounds marks the tokens from token n on that may be closed
// compounds (see compoundBit), as next does: fillTokens leaves that to it,
// so that text without compounds, nearly all English text, does not pay
// for it at every word of its loop.
func (s *tokenizer) markCompounds(n int) {
	for ; n < s.n; n++ {
		t := &s.ring[n&s.mask]
		t.marks |= uint8(compoundBit(tail32(s.text, t.end))&joinBit(t.end-t.start >= minCompound)) << 1
	}
}

// fillTokens is fill but for compound marks.
func (s *tokenizer) fillTokens(upto int) {
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
					end, ok := q, q == len(text) || fillWordEnd[text[q]]
					if !ok {
						switch text[q] {
						case '.', ':', '!', '?':
							end = q + 1
							ok = end == len(text) || chunkDelim[text[end]]
						case '\'':
							// "company's", "don't"; next reads "d'API".
							ok = elisionEnd(text, w, q) < 0
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
						t.marks = 0
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

// next reads the gap before the next token, then the token: the general
// case of fill. It reports false at the end of the text.
func (s *tokenizer) next(t *token) bool {
	text, prevEnd := s.text, s.pos
	g := gap{join: !s.noJoin}
	s.noJoin = false
	lead := len(text) // where an elided word before the token starts
	for p := s.pos; ; {
		if p = s.readGap(p, &g); p == len(text) {
			s.pos = p
			return false
		}
		// The common case inline: a run of ASCII letters and digits.
		start := p
		wend, h := alnumRun(text, p)
		dotted, short, alnum := false, false, false
		if wend == p || (wend < len(text) && (text[wend] >= utf8.RuneSelf || text[wend] == '.' || text[wend] == '+' || text[wend] == '#')) {
			wend, h, dotted = scanWord(text, p)
		} else {
			short, alnum = wend-p <= 8, true
		}
		end, skip := wend, -1
		if p >= s.chunkEnd {
			if wend == len(text) || chunkDelim[text[wend]] {
				s.chunkEnd = wend // urlAt's common case, without a call
			} else {
				skip = s.urlAt(p, wend)
			}
		}
		if skip < 0 && dotted && !s.known[h] {
			start, end, h, skip = s.firstPart(start, wend, &g)
		}
		if skip >= 0 {
			// A URL, an e-mail address or a domain name: part of the gap.
			p, g.join, g.colon, s.lineBlank = skip, false, false, false
			continue
		}
		if wend < len(text) && elisionMark[text[wend]] {
			if q := elisionEnd(text, p, wend); q >= 0 { // "d'API"
				lead, p = min(lead, p), q
				continue
			}
		}
		if g.nl > 0 {
			s.lineBreak(&g, min(lead, start), prevEnd)
		}
		g.join = g.join && g.conn <= 1 && g.apos <= 1
		if g.sent {
			s.sentWords = 0
		} else if s.sentWords++; s.sentWords >= maxSentenceWords {
			// A sentence without end: break it so that scopes stay bounded.
			g.sent, g.clause, s.sentWords = true, true, 0
		}
		if g.sent {
			s.sent++
		}
		if g.clause {
			s.clause++
		}
		s.pos, s.lineBlank = wend, false
		t.start, t.end, t.h, t.join = start, end, h, g.join
		t.clause, t.sent, t.para, t.line, t.semi = s.clause, s.sent, s.para, s.line, s.semi
		t.lineStart, t.paren, t.colonEnd, t.short, t.alnum = s.lineStart, s.depth > 0, g.colon && g.nl > 0, short, alnum
		t.marks = uint8(joinBit(g.sent || g.nl > 0))
		if s.compounds {
			t.marks |= uint8(compoundBit(tail32(text, end))&joinBit(end-start >= minCompound)) << 1
		}
		return true
	}
}

// gap is what next has read between two tokens.
type gap struct {
	join               bool // the two tokens may be words of one phrase
	nl, conn, apos     int  // line breaks, connectors and apostrophes
	clause, sent, para bool // the gap ends a clause, a sentence, a paragraph
	colon              bool // the last mark before the first line break is a colon
}

// readGap reads the marks, spaces and line breaks from text[p:] into g,
// counting brackets, semicolons and lines, and returns where a word starts,
// or the end of the text.
func (s *tokenizer) readGap(p int, g *gap) int {
	text := s.text
	for p < len(text) {
		c := text[p]
		if c == ' ' {
			p++
			continue
		}
		cl, size := asciiClass[c&0x7f], 1
		if c >= utf8.RuneSelf {
			cl, size = runeClassAt(text, p)
		} else if c == '.' && letterAt(text, p+1) {
			cl = gWord // a leading dot: .NET
		}
		switch cl {
		case gWord:
			return p
		case gSpace, gZero:
			p += size
			continue
		case gNewline:
			s.newline(p, g)
			p++
			continue
		case gConn:
			if c == '_' {
				if q, ok := emphasisAt(text, p); ok {
					p, s.lineBlank = q, false // "_not_ required"
					continue
				}
			}
			g.conn++
		case gApos:
			g.apos++
		case gClause:
			if c == '(' {
				if e := genderMarkEnd(text, p); e >= 0 {
					p = e // "(m/w/d)": as spaces
					continue
				}
			}
			g.clause, g.join = true, false
			switch c {
			case '(', '[':
				s.depth++
			case ')', ']':
				s.depth = max(0, s.depth-1)
			case ';':
				s.semi++
			}
		case gStop:
			g.sent, g.clause, g.join = true, true, false
		default:
			if c == '*' {
				if q, ok := emphasisAt(text, p); ok {
					p, s.lineBlank = q, false // "**not** required"
					continue
				}
			}
			g.join = false
		}
		s.lineBlank = false
		if g.nl == 0 {
			g.colon = c == ':' || (g.colon && (c == '*' || c == '_'))
		}
		p += size
	}
	return p
}

// emphasisAt reports whether the run of '*' or '_' at text[p] is Markdown
// emphasis on the words it touches, which does not part them: at most three
// marks that touch a word on one side and a space, a tab, a line break or
// the end of the text on the other ("Was du **nicht** brauchst", "is
// _not_ required"). It returns the end of the run. A run between two words
// ("Entwickler*in") or between marks is no emphasis.
func emphasisAt(text string, p int) (int, bool) {
	q := p
	for q < len(text) && text[q] == text[p] {
		q++
	}
	if q-p > 3 {
		return q, false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:p])
	wordBefore := p > 0 && isWordRune(r)
	wordAfter := q < len(text) && wordAt(text, q)
	blankBefore := p == 0 || blankByte(text[p-1])
	blankAfter := q == len(text) || blankByte(text[q])
	return q, wordBefore && blankAfter || wordAfter && blankBefore
}

// blankByte reports whether c is a space, a tab or a line break.
func blankByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// elisionMark is true for the bytes that start an apostrophe: the ASCII one and
// the first byte of '’'.
var elisionMark = [256]bool{'\'': true, 0xe2: true}

// runeClassAt returns the class of the non-ASCII rune at text[p], and its
// size.
func runeClassAt(text string, p int) (uint8, int) {
	r, size := utf8.DecodeRuneInString(text[p:])
	return runeClass(r), size
}

// newline counts the line break at text[p]: after a blank line it breaks
// a paragraph.
func (s *tokenizer) newline(p int, g *gap) {
	if s.lineBlank {
		g.para = true
	}
	g.nl++
	s.line++
	s.lineStart = p + 1
	s.lineBlank = true
}

// urlAt checks the chunk of text that starts with the word text[p:wend],
// up to a space, a quote or a bracket, for a URL or an e-mail address. It
// returns where the text goes on after it, or -1 when it is none.
func (s *tokenizer) urlAt(p, wend int) int {
	text := s.text
	// A word followed by a space or a bracket is a chunk of its own and
	// cannot be a URL; other chunks are checked.
	if chunkEndsAt(text, wend) {
		s.chunkEnd = wend
	} else if wend+1 <= len(text) && strings.IndexByte(".:!?", text[wend]) >= 0 && chunkEndsAt(text, wend+1) {
		// End of a sentence: "Kafka." is no URL either.
		s.chunkEnd = wend + 1
	} else {
		end, url := s.chunk(p)
		s.chunkEnd = end
		if url {
			return end
		}
	}
	return -1
}

// firstPart reads the dotted word text[start:wend], which is no name of
// the matcher, as its first part, and returns that token. When the word is
// a domain name, it returns where the text goes on after it, else -1.
func (s *tokenizer) firstPart(start, wend int, g *gap) (s0, e0 int, h uint64, skip int) {
	text := s.text
	s0 = start
	if text[s0] == '.' {
		s0++
	}
	e0 = strings.IndexByte(text[s0:wend], '.')
	if e0 < 0 {
		e0 = wend
	} else {
		e0 += s0
	}
	last := text[strings.LastIndexByte(text[:wend], '.')+1 : wend]
	if s0 == start && (isTLD(last) || foldEqual(text[s0:e0], "www")) {
		return 0, 0, 0, max(s.chunkEnd, wend)
	}
	_, h, _ = scanWord(text[:e0], s0)
	if s0 != start {
		g.join = false
	}
	s.noJoin = true
	return s0, e0, h, -1
}

// lineBreak decides what the line breaks of gap g break before a token
// that starts at text[start], the token before ending at prevEnd.
func (s *tokenizer) lineBreak(g *gap, start, prevEnd int) {
	text := s.text
	if g.para {
		g.sent, g.clause = true, true
		s.para++
		s.depth = 0
	}
	if !g.sent && (g.nl > 1 || g.conn > 0 || !lowerAt(text, start) || !blankTo(text, s.lineStart, start)) &&
		!(g.nl == 1 && g.conn == 0 && blankTo(text, s.lineStart, start) && wrapsAt(text, prevEnd)) {
		// A line break ends a sentence unless the line goes on in lower
		// case, or the line before ends with a comma or a word that leads
		// on (text wrapped in a PDF), and the new line is no list item.
		g.sent, g.clause = true, true
	}
	g.join = g.join && !g.para && g.nl <= 1 && g.conn == 0
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
func (s *tokenizer) chunk(p int) (end int, url bool) {
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
				if p > start && localPartEndsAt(text[start:p]) && wordAt(text, p+1) {
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

// localPartEndsAt reports whether text, which an '@' follows, ends as the
// local part of an e-mail address does. A local part is made of letters,
// digits and combining marks of any script (RFC 6531), dots and the ASCII
// symbols !#$%&'*+-/=?^_`{|}~ (RFC 5322); only the first kind may end it
// here. So "jane.doe+jobs@example.com" and "josé@example.es" are
// addresses, while a symbol, an arrow, a dash, an emoji or punctuation
// before '@' stands between words: Kafka is found in "Skills→@Kafka" and
// "Skills!@Kafka", C++ in "C++@Google". (A local part that ends in an
// ASCII symbol is valid, but rarer in postings than a name before a mark.)
// refEmail in ref_test.go has the same rule.
func localPartEndsAt(text string) bool {
	c := text[len(text)-1]
	if c < utf8.RuneSelf {
		return asciiClass[c] == gWord
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return isWordRune(r)
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

// tlds are the last labels that make a dotted token a domain name when it is
// not a name of the taxonomy: text in "golang.org" or "github.com/x" is not a
// mention.
var tlds = map[string]bool{
	"com": true, "org": true, "net": true, "io": true, "dev": true, "co": true,
	"ai": true, "app": true, "edu": true, "gov": true, "uk": true, "de": true,
	"fr": true, "eu": true, "us": true, "info": true, "biz": true, "me": true,
	"ly": true, "sh": true, "xyz": true, "tech": true, "cloud": true,
	"jobs": true, "nl": true, "ca": true, "au": true, "ch": true, "se": true,
	"es": true, "pl": true, "ru": true, "jp": true, "cn": true, "br": true,
	"site": true, "online": true, "page": true, "blog": true, "tv": true,
	"gg": true,
}

func lowerAt(text string, p int) bool {
	r, _ := utf8.DecodeRuneInString(text[p:])
	return unicode.IsLower(r)
}
