package engine

import (
	"math/bits"
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
// Tokens are folded to lower case (unicode.ToLower) and hashed while they
// are read (see hasher).

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
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, b := range buf[:n] {
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

// The hash of a folded token packs its bytes eight at a time into 64-bit
// words (little-endian, the last one padded with zeros, which no token
// holds) and mixes each word in. hashASCII computes the same hash eight
// bytes at a time for a run of ASCII letters and digits. hashMix(0, w) is a
// bijection of w (a multiplication by an odd constant, then a xorshift), so
// two tokens of at most 8 bytes with the same hash are the same token.
type hasher struct {
	h, acc uint64
	k      uint
}

func hashMix(h, w uint64) uint64 {
	h = (h ^ w) * 0x9e3779b97f4a7c15
	return h ^ h>>32
}

func (x *hasher) add(b byte) {
	x.acc |= uint64(b) << (8 * x.k)
	x.k++
	if x.k == 8 {
		x.h = hashMix(x.h, x.acc)
		x.acc, x.k = 0, 0
	}
}

func (x *hasher) sum() uint64 {
	if x.k > 0 {
		return hashMix(x.h, x.acc)
	}
	return x.h
}

// hashASCII hashes text[p:q], a run of ASCII letters and digits, folded.
// Or-ing 0x20 lowers letters and leaves digits as they are.
func hashASCII(text string, p, q int) uint64 {
	var h uint64
	for ; q-p >= 8; p += 8 {
		h = hashMix(h, load64(text, p)|0x2020202020202020)
	}
	if p < q && p+8 <= len(text) {
		// One load; the bytes past the word are masked off.
		n := uint(q-p) * 8
		return hashMix(h, (load64(text, p)|0x2020202020202020)&(1<<n-1))
	}
	if p < q {
		var w uint64
		for k := 0; p < q; p, k = p+1, k+8 {
			w |= uint64(text[p]|0x20) << k
		}
		h = hashMix(h, w)
	}
	return h
}

// alnumRun returns the end of the run of ASCII letters and digits that
// starts at text[p], and its hash (hashASCII). A run of fewer than 8 bytes
// is found in one load, without a branch per byte that the processor
// would mispredict at the end of each word; its hash comes from the same
// load.
func alnumRun(text string, p int) (end int, h uint64) {
	if p+16 <= len(text) {
		// Up to 15 bytes in two loads, and without a branch on the length.
		x, y := load64(text, p), load64(text, p+8)
		o1, o2 := ^alnumLanes(x)&lanes80, ^alnumLanes(y)&lanes80
		if o1|o2 != 0 {
			n1 := uint(bits.TrailingZeros64(o1)) // 8 × length + 7, or 64
			n2 := uint(bits.TrailingZeros64(o2)) & (uint(0) - uint(n1>>6))
			// n2 is 0 unless the word is 8 bytes or more.
			h1 := hashMix(0, (x|lanes20)&(1<<(n1&^7)-1))
			h2 := hashMix(h1, (y|lanes20)&(1<<(n2&^7)-1))
			if n2 < 8 {
				h2 = h1 // under 9 bytes: no second word in the hash
			}
			return p + int(n1>>3+n2>>3), h2
		}
	} else if p+8 <= len(text) {
		x := load64(text, p)
		if other := ^alnumLanes(x) & lanes80; other != 0 {
			n := uint(bits.TrailingZeros64(other))
			return p + int(n>>3), hashMix(0, (x|lanes20)&(1<<(n&^7)-1))
		}
	}
	end = p
	for end < len(text) && wordLower[text[end]] != 0 {
		end++
	}
	return end, hashASCII(text, p, end)
}

// load64 reads 8 bytes of text at p, little-endian.
func load64(text string, p int) uint64 {
	b := text[p : p+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func hashString(s string) uint64 {
	var x hasher
	for i := 0; i < len(s); i++ {
		x.add(s[i])
	}
	return x.sum()
}

// fold returns a token's text folded: lower case, zero-width characters
// dropped.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteByte(asciiLower[r])
		} else if runeClass(r) != gZero {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
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
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		if j+n > len(f) || f[j:j+n] != string(buf[:n]) {
			return false
		}
		j += n
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
		if !tokenStartAt(s, p) {
			_, size := utf8.DecodeRuneInString(s[p:])
			p += size
			continue
		}
		end, _, _ := scanWord(s, p)
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
			p, _, _ = scanWord(s, p)
			k++
			continue
		}
		start := p
		for p < len(s) && !tokenStartAt(s, p) {
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
	for _, r := range gap {
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

const (
	lanes7f = 0x7f7f7f7f7f7f7f7f
	lanes80 = 0x8080808080808080
	lanes20 = 0x2020202020202020
)

// alnumLanes sets the high bit of each byte of x that is an ASCII letter or
// digit, and clears every other bit. Each byte is compared in its own lane:
// with the high bits cleared first, no addition carries into the next byte.
func alnumLanes(x uint64) uint64 {
	y := x & lanes7f
	l := y | lanes20                                               // letters in lower case
	letter := (l + 0x1f1f1f1f1f1f1f1f) &^ (l + 0x0505050505050505) // 'a' <= l <= 'z'
	digit := (y + 0x5050505050505050) &^ (y + 0x4646464646464646)  // '0' <= y <= '9'
	return (letter | digit) &^ x & lanes80
}
