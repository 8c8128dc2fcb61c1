package engine

import (
	"sync"
	"unicode/utf8"
)

// Accents are folded for matching only: a token is hashed and compared
// with the accents of its Latin letters taken off, so that "Developpeur"
// matches a name written "Développeur" and "Übersicht" one written
// "Ubersicht", while offsets stay in the text as given. German ß folds to
// "ss" and the ligatures æ and œ to "ae" and "oe"; the German spellings
// "ae", "oe" and "ue" for ä, ö and ü are forms of a name (see
// umlautSpelling), not a folding, as a token has one hash. Combining
// accents (U+0300 to U+036F, text in decomposed form) fold to nothing. A
// token of ASCII letters and digits has no accent, and its paths
// (alnumRun, alnumEqual) are those of before.

// accentLo and accentHi bound the runes that lose an accent: Latin-1
// Supplement, Latin Extended-A and B; markLo and markHi the combining
// accents.
const (
	accentLo, accentHi = 0xc0, 0x300
	markLo, markHi     = 0x300, 0x370
)

// accentSpec lists, after each plain form, the lower-case letters that
// fold to it. The upper-case ones fold there through foldRune.
var accentSpec = [][2]string{
	{"a", "àáâãäåāăąǎǟǡǻȁȃȧ"}, {"ae", "æǣǽ"}, {"c", "çćĉċč"}, {"d", "ďđ"},
	{"e", "èéêëēĕėęěȅȇȩ"}, {"g", "ĝğġģǧǵ"}, {"h", "ĥħȟ"}, {"i", "ìíîïĩīĭįǐȉȋ"},
	{"ij", "ĳ"}, {"j", "ĵǰ"}, {"k", "ķǩ"}, {"l", "ĺļľŀł"}, {"n", "ñńņňŉǹ"},
	{"o", "òóôõöøōŏőǒǫǭǿȍȏȫȭȯȱ"}, {"oe", "œ"}, {"r", "ŕŗřȑȓ"}, {"s", "śŝşšșſ"},
	{"ss", "ß"}, {"t", "ţťŧț"}, {"u", "ùúûüũūŭůűųǔǖǘǚǜȕȗ"}, {"w", "ŵ"},
	{"y", "ýÿŷȳ"}, {"z", "źżžƶ"},
}

// accentTable maps each rune from accentLo to accentHi to what it folds
// to when it loses its accent, or to itself. Built on first use.
var accentTable = sync.OnceValue(func() *[accentHi - accentLo]string {
	var t [accentHi - accentLo]string
	for i := range t {
		t[i] = string(rune(accentLo + i))
	}
	for _, s := range accentSpec {
		for _, r := range s[1] {
			t[r-accentLo] = s[0]
		}
	}
	return &t
})

// appendMatchFold appends to b the bytes that the word rune r folds to
// for matching: foldRune(r) without its accent, and nothing for a
// combining accent. (Greek ι folds to U+0345, a combining mark, and
// stays so.)
func appendMatchFold(b []byte, r rune) []byte {
	if markLo <= r && r < markHi {
		return b
	}
	f := foldRune(r)
	if accentLo <= f && f < accentHi {
		return append(b, accentTable()[f-accentLo]...)
	}
	return utf8.AppendRune(b, f)
}
