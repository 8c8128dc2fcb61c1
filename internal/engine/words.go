package engine

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The tokenizer turns text into words the way technology names are written.
// A token is a run of letters, digits and combining marks. '+' and '#'
// directly after it belong to it (C++, C#, F#). A '.' followed by a letter
// joins two runs into one dotted token (Node.js, ASP.NET), and a '.' before a
// letter at the start of a word begins one (.NET). Zero-width characters and
// soft hyphens between letters are ignored, as a reader does not see them.
// Tokens are folded by Unicode simple case folding (see foldRune) and
// hashed while they are read (see hasher).

// How a character that is not part of a token separates tokens.
const (
	gOther   uint8 = iota // punctuation that ends a phrase: " * & | @ …
	gSpace                // spaces, tabs, carriage returns, Unicode spaces
	gNewline              // '\n'
	gConn                 // '-', '/', '_': may join the words of a phrase
	gApos                 // an apostrophe: "team's"
	gClause               // , ; : ( ) [ ] { } and dashes: end a clause
	gStop                 // . ! ? …: end a sentence
	gZero                 // zero-width characters: invisible
	gWord                 // (ASCII) a letter or a digit
)

var (
	asciiClass [128]uint8
	asciiLower [128]byte
	// wordLower maps ASCII letters and digits to their lower case, every
	// other byte to 0.
	wordLower [256]byte
	// chunkDelim marks the ASCII bytes that end a URL or an e-mail address;
	// it is false for every other byte.
	chunkDelim [256]bool
	// clauseMark is 1 for ',' and ':', 0 for every other byte (next
	// counts semicolons).
	clauseMark [256]uint8
	// fillWordEnd marks the bytes after which fill takes a word as read:
	// chunkDelim but the apostrophe, which may follow an elided word
	// (fill checks for one, and leaves it to next).
	fillWordEnd [256]bool
)

func init() {
	for c := 0; c < 128; c++ {
		asciiLower[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			asciiLower[c] = byte(c + 'a' - 'A')
		}
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			asciiClass[c] = gWord
		case c == ' ', c == '\t', c == '\r', c == '\v', c == '\f':
			asciiClass[c] = gSpace
		case c == '\n':
			asciiClass[c] = gNewline
		case c == '-', c == '/', c == '_', c == '&':
			asciiClass[c] = gConn
		case c == '\'':
			asciiClass[c] = gApos
		case strings.IndexByte(",;:()[]{}", byte(c)) >= 0:
			asciiClass[c] = gClause
		case c == '.', c == '!', c == '?':
			asciiClass[c] = gStop
		default:
			asciiClass[c] = gOther
		}
		if asciiClass[c] == gWord {
			wordLower[c] = asciiLower[c]
		}
		chunkDelim[c] = c <= ' ' || strings.IndexByte("()[]{}<>\"'`,;|*", byte(c)) >= 0
		fillWordEnd[c] = chunkDelim[c] && c != '\''
		if c == ',' || c == ':' {
			clauseMark[c] = 1
		}
	}
}

// runeClass classifies a non-ASCII rune.
func runeClass(r rune) uint8 {
	if symbolLo <= r && r < symbolHi {
		return symbolClass()[r-symbolLo]
	}
	return slowRuneClass(r)
}

// Postings are full of bullets, quotes, dashes, arrows and other symbols
// from U+2000 to U+2BFF; their classes are looked up instead of searched
// for in the Unicode tables, with branches a processor cannot predict.
const symbolLo, symbolHi = 0x2000, 0x2c00

// symbolClass is built on first use (in about 0.1 ms), not when the
// package is initialised.
var symbolClass = sync.OnceValue(func() *[symbolHi - symbolLo]uint8 {
	var c [symbolHi - symbolLo]uint8
	for i := range c {
		c[i] = slowRuneClass(rune(symbolLo + i))
	}
	return &c
})

func slowRuneClass(r rune) uint8 {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return gZero
	case '\u2010', '\u2011':
		return gConn
	case '\u2018', '\u2019':
		return gApos
	case '\u2013', '\u2014', '\u2015':
		return gClause
	case '\u2026', '\u3002', '\uff01', '\uff1f':
		return gStop
	}
	if isWordRune(r) {
		return gWord
	}
	if unicode.IsSpace(r) {
		return gSpace
	}
	return gOther
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == gWord
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// letterAt reports whether a letter starts at text[p].
func letterAt(text string, p int) bool {
	if p >= len(text) {
		return false
	}
	c := text[p]
	if c < utf8.RuneSelf {
		return asciiClass[c] == gWord && (c < '0' || c > '9')
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	return unicode.IsLetter(r)
}

// wordAt reports whether a letter, digit or mark starts at text[p].
func wordAt(text string, p int) bool {
	if p >= len(text) {
		return false
	}
	c := text[p]
	if c < utf8.RuneSelf {
		return asciiClass[c] == gWord
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	return isWordRune(r)
}

// tokenStartAt reports whether a token starts at text[p]: a letter or digit,
// or a '.' followed by a letter.
func tokenStartAt(text string, p int) bool {
	return wordAt(text, p) || (p < len(text) && text[p] == '.' && letterAt(text, p+1))
}

// scanWord reads the token that starts at text[p] (see tokenStartAt) and
// returns its end, the hash of its folded form and whether it is dotted.
func scanWord(text string, p int) (end int, h uint64, dotted bool) {
	var x hasher
	if text[p] == '.' {
		x.add('.')
		p++
		dotted = true
	}
	for p < len(text) {
		c := text[p]
		if l := wordLower[c]; l != 0 {
			x.add(l)
			p++
			continue
		}
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case gStop:
				if c == '.' && letterAt(text, p+1) {
					x.add('.')
					dotted = true
					p++
					continue
				}
			case gOther:
				if c == '+' || c == '#' {
					for p < len(text) && (text[p] == '+' || text[p] == '#') {
						x.add(text[p])
						p++
					}
				}
			}
			return p, x.sum(), dotted
		}
		r, size := utf8.DecodeRuneInString(text[p:])
		switch {
		case isWordRune(r):
			var buf [8]byte
			for _, b := range appendMatchFold(buf[:0], r) {
				x.add(b)
			}
		case runeClass(r) == gZero && wordAt(text, p+size):
			// invisible inside a word: skipped
		default:
			return p, x.sum(), dotted
		}
		p += size
	}
	return p, x.sum(), dotted
}

// foldRune folds r by Unicode simple case folding, the folding of
// strings.EqualFold: two runes fold alike when they are in one orbit of
// unicode.SimpleFold. Each orbit folds to the lower case of its smallest
// rune that is no combining mark, which is the lower case of an ASCII
// letter where the orbit holds one: ΟΔΌΣ and Οδός fold alike (Σ, σ and ς
// to σ), and so do K, k and the Kelvin sign K. A rune alone in its orbit
// is itself: İ is not i.
func foldRune(r rune) rune {
	f := unicode.SimpleFold(r)
	if f == r {
		return r
	}
	lo := rune(unicode.MaxRune + 1)
	for g := f; ; g = unicode.SimpleFold(g) {
		if g < lo && !isCombining(g) {
			lo = g
		}
		if g == r {
			break
		}
	}
	return unicode.ToLower(lo)
}

// isCombining reports whether r is a combining diacritical mark, which
// folds to nothing (see appendMatchFold): the smallest rune of Ι's orbit
// is one (U+0345), so an orbit folds to its smallest rune that is not.
func isCombining(r rune) bool { return 0x300 <= r && r < 0x370 }

// fold returns a token's text folded for matching (see foldRune and
// appendMatchFold), zero-width characters dropped.
func fold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b = append(b, asciiLower[r])
		} else if runeClass(r) != gZero {
			b = appendMatchFold(b, r)
		}
	}
	return string(b)
}

// foldEqual reports whether fold(s) == f without allocating.
func foldEqual(s, f string) bool {
	j := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if j >= len(f) || asciiLower[c] != f[j] {
				return false
			}
			i++
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if runeClass(r) == gZero {
			continue
		}
		var buf [8]byte
		b := appendMatchFold(buf[:0], r)
		if j+len(b) > len(f) || f[j:j+len(b)] != string(b) {
			return false
		}
		j += len(b)
	}
	return j == len(f)
}

// stripZero drops zero-width characters, for comparisons that keep case.
func stripZero(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf && runeClass(r) == gZero }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= utf8.RuneSelf && runeClass(r) == gZero {
			return -1
		}
		return r
	}, s)
}

// NameTokens splits a name into its tokens, as written (raw) and folded.
func NameTokens(s string) (raw, folded []string) {
	for p := 0; p < len(s); {
		if e := genderMarkEnd(s, p); e >= 0 {
			p = e
			continue
		}
		if !tokenStartAt(s, p) {
			_, size := utf8.DecodeRuneInString(s[p:])
			p += size
			continue
		}
		end, _, _ := scanWord(s, p)
		if q := elisionEnd(s, p, end); q >= 0 {
			p = q
			continue
		}
		raw = append(raw, stripZero(s[p:end]))
		folded = append(folded, fold(s[p:end]))
		p = end
	}
	return raw, folded
}

// nameGaps returns the gaps of a name that the scanner does not read as
// joining its words, keyed by gapKey: gaps[k] is the key of the gap before
// token k, 0 where the words join. It is nil when every gap joins, and may
// be shorter than the name's tokens. The comma of "Software Engineer,
// Backend" is such a gap. It reports false when a gap can never match
// (see gapKey).
func nameGaps(s string) ([]uint64, bool) {
	var gaps []uint64
	k := 0 // tokens read
	for p := 0; p < len(s); {
		if tokenStartAt(s, p) {
			end, _, _ := scanWord(s, p)
			if q := elisionEnd(s, p, end); q >= 0 {
				p = q // no token: the gap before it stands
				continue
			}
			p = end
			k++
			continue
		}
		start := p
		for p < len(s) && !tokenStartAt(s, p) {
			if e := genderMarkEnd(s, p); e >= 0 {
				p = e
				continue
			}
			_, size := utf8.DecodeRuneInString(s[p:])
			p += size
		}
		if k == 0 || p == len(s) || gapJoins(s[start:p]) {
			continue // the ends of a name are no gaps
		}
		key, ok := gapKey(s[start:p])
		if !ok {
			return nil, false
		}
		key = titleGap(key)
		for len(gaps) < k {
			gaps = append(gaps, 0)
		}
		gaps = append(gaps, key)
	}
	return gaps, true
}

// gapJoins reports whether the scanner reads the words around gap as one
// phrase, as next sets a token's join: spaces, at most one line break, one
// hyphen, slash, ampersand or underscore, one apostrophe, and not both a
// line break and a connector.
func gapJoins(gap string) bool {
	var nl, conn, apos int
	for p, r := range gap {
		if e := genderMarkEnd(gap, p); e >= 0 {
			return gapJoins(gap[:p] + strings.Repeat(" ", e-p) + gap[e:])
		}
		cl := runeClass(r)
		if r < utf8.RuneSelf {
			cl = asciiClass[r]
		}
		switch cl {
		case gSpace, gZero:
		case gNewline:
			nl++
		case gConn:
			conn++
		case gApos:
			apos++
		default:
			return false
		}
	}
	return nl <= 1 && conn <= 1 && apos <= 1 && (nl == 0 || conn == 0)
}

// gapKey packs a gap between two words, without its spaces and zero-width
// characters, into a word: ", " and "," have the same key. It reports false
// for a gap with a line break, no mark, or more than 8 bytes of them.
func gapKey(gap string) (uint64, bool) {
	var key uint64
	n := 0
	for p := 0; p < len(gap); {
		c := gap[p]
		size := 1
		if e := genderMarkEnd(gap, p); e >= 0 {
			p = e
			continue
		}
		switch {
		case c == ' ' || c == '\t' || c == '\r':
		case c == '\n':
			return 0, false
		case c >= utf8.RuneSelf:
			var r rune
			r, size = utf8.DecodeRuneInString(gap[p:])
			if r == '\u00a0' || runeClass(r) == gZero {
				break
			}
			if n+size > 8 {
				return 0, false
			}
			for b := 0; b < size; b++ {
				key |= uint64(gap[p+b]) << (8 * n)
				n++
			}
		default:
			if n == 8 {
				return 0, false
			}
			key |= uint64(c) << (8 * n)
			n++
		}
		p += size
	}
	return key, n > 0
}

// sepKey stands for every mark that sets a part of a job title apart: the
// comma of "Software Engineer, Backend" also matches "Software Engineer
// (Backend)", "Software Engineer - Backend", "Software Engineer – Backend",
// "Software Engineer: Backend" and "Software Engineer | Backend".
const sepKey = 1

// titleGap maps the key of such a gap to sepKey.
func titleGap(key uint64) uint64 {
	switch key {
	case ',', '(', '-', ':', '|',
		0x9380e2, // en dash
		0x9480e2: // em dash
		return sepKey
	}
	return key
}

// looseHash is the trie's hash of a token with hash h after a gap with key
// key that does not join (see nameGaps).
func looseHash(h, key uint64) uint64 {
	return hashMix(hashMix(h, 0x6c6f6f7365), key)
}

// wordSet makes a set of the words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// French elision: an article or a conjunction that loses its vowel before
// a word is written with an apostrophe ("d'API", "l'architecture",
// "qu'il", "jusqu'à", with ' or ’). It is no token: the word after it is
// the token, which may start a name, and a phrase goes on over it as over
// the gap before it ("chef d'équipe" is the phrase chef équipe). So "c'est"
// is no C. The word after the apostrophe must have two letters or more, so
// that "C's" and "R's" stay C and R.

// elisionEnd returns where the word after the elided word text[p:end]
// starts, or -1 when text[p:end] is not elided (see above).
func elisionEnd(text string, p, end int) int {
	if end-p > 6 || end >= len(text) {
		return -1
	}
	q := end + 1
	switch {
	case text[end] == '\'':
	case strings.HasPrefix(text[end:], "’"):
		q = end + len("’")
	default:
		return -1
	}
	if !letterAt(text, q) {
		return -1
	}
	if _, size := utf8.DecodeRuneInString(text[q:]); !letterAt(text, q+size) {
		return -1
	}
	var buf [6]byte
	for k := p; k < end; k++ {
		if text[k] >= utf8.RuneSelf {
			return -1
		}
		buf[k-p] = asciiLower[text[k]]
	}
	switch string(buf[:end-p]) {
	case "c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu":
		return q
	}
	return -1
}

// A job title is often followed by a bracket that says the post is open
// to all genders: "(m/w/d)", "(w/m/x)", "(m/f/d)", "(H/F)", "(all
// genders)". Such a mark is read as spaces: it is no token, it neither
// breaks a phrase nor is needed by one, and a name may be written with it
// ("Backend-Entwickler (m/w/d)").

// genderPhrases are the marks spelled as words, in lower case.
var genderPhrases = []string{"(all genders)", "(alle geschlechter)", "(gn)", "(gn*)"}

// genderLead marks the bytes that may start what a gender mark's bracket
// holds, after spaces: its letters and the first letters of
// genderPhrases, in either case.
var genderLead = func() (t [256]bool) {
	for _, c := range []byte(genderLetters) {
		t[c] = true
	}
	for _, g := range genderPhrases {
		t[g[1]], t[g[1]&^0x20] = true, true // ASCII letters
	}
	return t
}()

// genderLetters are the letters of a gender mark, in either case.
const genderLetters = "mwfdxhiMWFDXHI"

// genderMarkEnd returns the end of the gender mark at text[p], or -1: a
// bracket that holds two to four single letters of m, w, f, d, x, h and
// i, or "div", apart by '/', '|' or ',' and maybe spaces; or one of
// genderPhrases.
func genderMarkEnd(text string, p int) int {
	if p >= len(text) || text[p] != '(' {
		return -1
	}
	if q := skipSpaces(text, p+1); q == len(text) || !genderLead[text[q]] {
		return -1 // the common bracket, of words: without a call
	}
	for _, g := range genderPhrases {
		if len(text)-p >= len(g) && strings.EqualFold(text[p:p+len(g)], g) {
			return p + len(g)
		}
	}
	q, items := p+1, 0
	for items < 4 {
		q = skipSpaces(text, q)
		switch {
		case q+3 <= len(text) && strings.EqualFold(text[q:q+3], "div") && !letterAt(text, q+3):
			q += 3
		case q < len(text) && strings.IndexByte(genderLetters, text[q]) >= 0 && !letterAt(text, q+1):
			q++
		default:
			return -1
		}
		items++
		if q = skipSpaces(text, q); q >= len(text) {
			return -1
		}
		switch text[q] {
		case ')':
			if items < 2 {
				return -1
			}
			return q + 1
		case '/', '|', ',':
			q++
		default:
			return -1
		}
	}
	return -1
}

func skipSpaces(text string, p int) int {
	for p < len(text) && text[p] == ' ' {
		p++
	}
	return p
}
