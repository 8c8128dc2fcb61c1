package engine

import "unicode/utf8"

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

// accentPlain holds, for each rune from accentLo to accentHi, in either
// case, the one or two ASCII letters it folds to for matching, or zeros
// when it has no accent to lose. Made by init: a table of 1.5 KB, without
// an allocation. Looked up before foldRune, it spares the common accented
// letters the search of the Unicode case tables.
var accentPlain [accentHi - accentLo][2]byte

func init() {
	for _, s := range accentSpec {
		for _, r := range s[1] {
			copy(accentPlain[r-accentLo][:], s[0])
		}
	}
	for r := rune(accentLo); r < accentHi; r++ {
		if f := foldRune(r); f != r && accentLo <= f && f < accentHi {
			accentPlain[r-accentLo] = accentPlain[f-accentLo]
		}
	}
}

// appendMatchFold appends to b the bytes that the word rune r folds to
// for matching: foldRune(r) without its accent, and nothing for a
// combining accent. (Greek ι folds to U+0345, a combining mark, and
// stays so.)
func appendMatchFold(b []byte, r rune) []byte {
	if markLo <= r && r < markHi {
		return b
	}
	if accentLo <= r && r < accentHi {
		if p := accentPlain[r-accentLo]; p[0] != 0 {
			if p[1] == 0 {
				return append(b, p[0])
			}
			return append(b, p[0], p[1])
		}
	}
	f := foldRune(r)
	if accentLo <= f && f < accentHi {
		if p := accentPlain[f-accentLo]; p[0] != 0 {
			if p[1] == 0 {
				return append(b, p[0])
			}
			return append(b, p[0], p[1])
		}
	}
	return utf8.AppendRune(b, f)
}
