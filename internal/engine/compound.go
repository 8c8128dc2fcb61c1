package engine

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// German closes compounds: "Javakenntnisse", "Datenbankoptimierung",
// "Backendentwicklung". A token that starts no phrase of the matcher and
// ends with a compound head of compoundHeads ("kenntnisse", "erfahrung",
// "optimierung") is read as two parts: when the part before the head,
// maybe less a linking s, n or en ("Testautomatisierungserfahrung"), is a
// name of one word without a rule, or with a rule of NotWithin phrases
// alone (see partRule), that part is a mention of it (its hit covers that
// part alone); else, when the head itself is such a name, the head is. A
// token that is a name, or starts one, is never split: so "Javascript" is
// no Java. Names whose case counts or that need context are never parts of
// compounds: their rule is about how they stand in text. Compounds joined by a
// hyphen ("Kubernetes-Erfahrung") are two tokens, as any hyphenated words.
//
// Compounds are looked for only in a text that holds a German letter (ä,
// ö, ü or ß, as nearly every German text does and English text seldom
// does: "Montréal" or "café" are no German), found with a fast search of
// the text for their first byte (see hasCompounds); then
// the tokenizer marks a token when it is long enough and its last four
// bytes are those of a head (or not ASCII), by a bit set, and the scanner
// tries the tokens it marks. So English text pays next to nothing.

// compoundHeads are the second parts of German compounds that follow a
// technology or a practice, folded, with their plural and case forms. A
// head whose last four bytes end many English words is left out, as the
// scanner would try all of those: the -tion of "Integration",
// "Migration" and "Administration", the -ting of "Testing", the -work,
// -form, -ster and -ater of "Framework", "Plattform", "Cluster" and
// "Berater".
var compoundHeads = strings.Fields(`kenntnis kenntnisse kenntnissen erfahrung erfahrungen
	entwicklung entwicklungen entwickler entwicklerin entwicklerinnen entwicklern
	programmierung programmierer programmiererin programmierern
	optimierung optimierungen design architektur architekturen umgebung umgebungen
	betrieb verwaltung administratorin administratoren beraterin
	experte experten expertin kompetenz kompetenzen projekt projekte projekten
	anwendung anwendungen infrastruktur modellierung
	schnittstelle schnittstellen datenbank datenbanken server spezialist spezialistin spezialisten
	engineer stack team umfeld bereich technologie technologien
	zertifizierung schulung wissen grundlagen`)

// minCompound is the length, in bytes, of the shortest token the scanner
// tries as a compound: a part of two bytes and a head of four.
const minCompound = 6

// compoundLinks are the linking elements between the parts, the empty one
// first.
var compoundLinks = []string{"", "s", "n", "en"}

// tailSet is a bit set of the last four bytes of compound heads.
type tailSet [64]uint64

func tailBit(x uint32) uint32 { return (x | 0x20202020) * 0x9e3779b1 >> 20 }

// hasCompounds reports whether closed compounds are looked for in text:
// whether it holds a letter that German writes and English does not (ä,
// ö, ü, ß, Ä, Ö, Ü), found by a fast search for 0xc3, the first byte of
// each.
func hasCompounds(text string) bool {
	for p := 0; ; p++ {
		i := strings.IndexByte(text[p:], 0xc3)
		if i < 0 || p+i+1 >= len(text) {
			return false
		}
		p += i + 1
		switch text[p] {
		case 0xa4, 0xb6, 0xbc, 0x9f, 0x84, 0x96, 0x9c:
			return true
		}
	}
}

// compoundBit is 1 when a token whose last four bytes are x, and which
// is long enough, may end with a compound head: compoundTails admits x,
// or x is not ASCII. The tokenizer asks it of every token, with the
// token's length, without a branch, which would be mispredicted at every
// other word.
func compoundBit(x uint32) uint64 {
	k := tailBit(x)
	nonASCII := (uint64(x&0x80808080) + 0xffffffff) >> 32
	return compoundTails[k>>6]>>(k&63)&1 | nonASCII
}

// tail32 returns the four bytes of text before end, little-endian, or 0
// when there are fewer.
func tail32(text string, end int) uint32 {
	if end < 4 {
		return 0
	}
	return load32(text, end-4)
}

// compoundTails is the bit set of compoundHeads.
var compoundTails = makeTails()

// makeTails makes the bit set of the heads' last four bytes.
func makeTails() tailSet {
	var t tailSet
	for _, h := range compoundHeads {
		k := tailBit(tail4(h))
		t[k>>6] |= 1 << (k & 63)
	}
	return t
}

// compound finds the name in the compound at token i, if any (see above),
// and records its hit.
func (s *scanner) compound(i int) {
	m, t := s.m, s.tok(i)
	if _, ok := m.rootChild(t.h); ok {
		return // a name, or the start of one
	}
	if x := tail4(s.text[t.end-4 : t.end]); x&0x80808080 == 0 && compoundByTail[x|0x20202020] == nil {
		return // the bit set answered yes wrongly
	}
	var buf [64]byte
	var at [65]int32 // offset in the text of each folded byte, -1 inside a rune's fold
	f, ok := foldToken(s.text, t.start, t.end, buf[:0], at[:])
	if !ok {
		return
	}
	heads := compoundByTail[tail4(f)]
	found := false
	for _, head := range heads {
		rest, ok := bytes.CutSuffix(f, []byte(head))
		if !ok || len(rest) < 2 || at[len(rest)] < 0 {
			continue
		}
		for _, link := range compoundLinks {
			part, ok := bytes.CutSuffix(rest, []byte(link))
			if ok && len(part) >= 2 && at[len(part)] >= 0 {
				found = s.compoundHit(i, part, t.start, int(at[len(part)])) || found
			}
		}
	}
	for _, head := range heads {
		if rest, ok := bytes.CutSuffix(f, []byte(head)); !found && ok && len(rest) >= 2 && at[len(rest)] >= 0 {
			s.compoundHit(i, []byte(head), int(at[len(rest)]), t.end)
		}
	}
}

// tail4 returns the last four bytes of f, or 0 when it is shorter.
func tail4[T string | []byte](f T) uint32 {
	n := len(f)
	if n < 4 {
		return 0
	}
	return uint32(f[n-4]) | uint32(f[n-3])<<8 | uint32(f[n-2])<<16 | uint32(f[n-1])<<24
}

// compoundByTail lists the compound heads by their last four bytes.
var compoundByTail = func() map[uint32][]string {
	m := map[uint32][]string{}
	for _, h := range compoundHeads {
		m[tail4(h)] = append(m[tail4(h)], h)
	}
	return m
}()

// foldToken folds text[p:end], a token, into b for matching, with the
// offset in the text of each folded byte in at, and at[len] = end. It
// reports false for a token that is dotted, has '+' or '#', or folds to
// more than len(at)-1 bytes.
func foldToken(text string, p, end int, b []byte, at []int32) ([]byte, bool) {
	for q := p; q < end; {
		c := text[q]
		if c < utf8.RuneSelf {
			if wordLower[c] == 0 || len(b) == len(at)-1 {
				return nil, false
			}
			at[len(b)] = int32(q)
			b = append(b, wordLower[c])
			q++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[q:])
		if runeClass(r) != gZero {
			n := len(b)
			if b = appendMatchFold(b, r); len(b) >= len(at) {
				return nil, false
			}
			for k := n; k < len(b); k++ {
				at[k] = -1
			}
			if n < len(b) {
				at[n] = int32(q)
			}
		}
		q += size
	}
	at[len(b)] = int32(end)
	return b, true
}

// partRule reports whether a name with rule r may be a part of a
// compound: when the rule only lists phrases around the name that cancel
// it ("cup of java"), which a part of a word never has around it. A name
// whose case counts ("Go", "R") or that needs context words is no part:
// those rules are about how the name stands in text, and "Gokenntnisse"
// is seldom Go.
func partRule(r *ruleInfo) bool {
	return r != nil && !r.caseSensitive && len(r.context) == 0
}

// compoundHit records a hit of the name of one word part, which covers
// text[start:end] inside token i, if it is one without a rule, and reports
// whether it did.
func (s *scanner) compoundHit(i int, part []byte, start, end int) bool {
	m := s.m
	var x hasher
	for _, c := range part {
		x.add(c)
	}
	node, ok := m.rootChild(x.sum())
	if !ok {
		return false
	}
	n := &m.nodes[node]
	if n.flags&nodeName == 0 || n.flags&nodeGapped != 0 || m.phrases[n.phrase].toks.len() != 1 || m.tok(m.phrases[n.phrase].toks, 0) != string(part) {
		return false
	}
	if n.flags&nodeRuled != 0 && !partRule(m.rule(m.phrases[n.phrase].rule)) {
		return false
	}
	t := s.tok(i)
	s.hits = append(s.hits, hit{phrase: n.phrase, section: s.section, t0: i, t1: i + 1,
		name: true, cues: n.cues, start: start, end: end,
		clause0: t.clause, clause1: t.clause, sent: t.sent, semi: t.semi, paren: t.paren,
	})
	if s.onHit != nil {
		s.onHit(&s.hits[len(s.hits)-1])
	}
	s.paraNames++
	s.lineNm = true
	if n.cues != 0 {
		s.noteCues(n.cues, t)
	}
	return true
}
