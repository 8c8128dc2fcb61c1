package engine

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// Characters written another way: character references of HTML and
// compatibility forms of ASCII. Both are read as the character they stand
// for (see clean.go).

// maxRefName is the longest name of a character reference that refNames
// holds, and more.
const maxRefName = 16

// charRef reads the character reference that starts with '&' at text[p]
// and returns the character it stands for and its end, or -1 when the '&'
// starts none. A reference is "&#" and decimal digits, "&#x" and hex digits,
// or '&' and a name of refNames, and ends with ';' ("&amp" is text). As in
// HTML, the numbers 0x80 to 0x9f stand for the characters Windows-1252
// puts there (&#150; is an en dash), and 0, surrogates and numbers past
// U+10FFFF for U+FFFD.
func charRef(text string, p int) (rune, int) {
	q := p + 1
	if q < len(text) && text[q] == '#' {
		return numRef(text, q+1)
	}
	for q < len(text) && q-p <= maxRefName && wordLower[text[q]] != 0 {
		q++
	}
	if q == p+1 || q == len(text) || text[q] != ';' || !letterAt(text, p+1) {
		return 0, -1
	}
	name := text[p+1 : q]
	i := sort.Search(len(refNames), func(i int) bool { return refNames[i].name >= name })
	if i == len(refNames) || refNames[i].name != name {
		return 0, -1
	}
	return refNames[i].r, q + 1
}

// numRef reads the number of a numeric character reference at text[q],
// after "&#", to its ';'.
func numRef(text string, q int) (rune, int) {
	base := rune(10)
	if q < len(text) && text[q]|0x20 == 'x' {
		base = 16
		q++
	}
	start := q
	var v rune
	for ; q < len(text); q++ {
		d := digitValue(text[q])
		if d >= base {
			break
		}
		v = min(v*base+d, unicode.MaxRune+1)
	}
	if q == start || q == len(text) || text[q] != ';' {
		return 0, -1
	}
	switch {
	case 0x80 <= v && v <= 0x9f:
		v = windows1252[v-0x80]
	case v == 0, 0xd800 <= v && v <= 0xdfff, v > unicode.MaxRune:
		v = utf8.RuneError
	}
	return v, q + 1
}

// digitValue is the value of a hex digit, or 16.
func digitValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c|0x20 && c|0x20 <= 'f':
		return rune(c|0x20-'a') + 10
	}
	return 16
}

// windows1252 holds the characters of Windows-1252 at 0x80 to 0x9f, which
// HTML reads for those numbers; the five it leaves undefined stay.
var windows1252 = [32]rune{
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
	0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
}

// refNames are the names of character references, sorted: every name of
// HTML 4 (the Latin-1 letters and signs, typographic marks, Greek letters,
// arrows and mathematical signs), &apos;, and the names HTML 5 gives ASCII
// marks (&num;, &plus;, &period;, &lpar; ...). TestRefNames checks each
// against package html.
var refNames = [...]struct {
	name string
	r    rune
}{
	{"AElig", 0x00c6}, {"AMP", 0x0026}, {"Aacute", 0x00c1}, {"Acirc", 0x00c2},
	{"Agrave", 0x00c0}, {"Alpha", 0x0391}, {"Aring", 0x00c5}, {"Atilde", 0x00c3},
	{"Auml", 0x00c4}, {"Beta", 0x0392}, {"COPY", 0x00a9}, {"Ccedil", 0x00c7},
	{"Chi", 0x03a7}, {"Dagger", 0x2021}, {"Delta", 0x0394}, {"ETH", 0x00d0},
	{"Eacute", 0x00c9}, {"Ecirc", 0x00ca}, {"Egrave", 0x00c8}, {"Epsilon", 0x0395},
	{"Eta", 0x0397}, {"Euml", 0x00cb}, {"GT", 0x003e}, {"Gamma", 0x0393},
	{"Hat", 0x005e}, {"Iacute", 0x00cd}, {"Icirc", 0x00ce}, {"Igrave", 0x00cc},
	{"Iota", 0x0399}, {"Iuml", 0x00cf}, {"Kappa", 0x039a}, {"LT", 0x003c},
	{"Lambda", 0x039b}, {"Mu", 0x039c}, {"Ntilde", 0x00d1}, {"Nu", 0x039d},
	{"OElig", 0x0152}, {"Oacute", 0x00d3}, {"Ocirc", 0x00d4}, {"Ograve", 0x00d2},
	{"Omega", 0x03a9}, {"Omicron", 0x039f}, {"Oslash", 0x00d8}, {"Otilde", 0x00d5},
	{"Ouml", 0x00d6}, {"Phi", 0x03a6}, {"Pi", 0x03a0}, {"Prime", 0x2033},
	{"Psi", 0x03a8}, {"QUOT", 0x0022}, {"REG", 0x00ae}, {"Rho", 0x03a1},
	{"Scaron", 0x0160}, {"Sigma", 0x03a3}, {"THORN", 0x00de}, {"Tau", 0x03a4},
	{"Theta", 0x0398}, {"Uacute", 0x00da}, {"Ucirc", 0x00db}, {"Ugrave", 0x00d9},
	{"Upsilon", 0x03a5}, {"Uuml", 0x00dc}, {"Xi", 0x039e}, {"Yacute", 0x00dd},
	{"Yuml", 0x0178}, {"Zeta", 0x0396}, {"aacute", 0x00e1}, {"acirc", 0x00e2},
	{"acute", 0x00b4}, {"aelig", 0x00e6}, {"agrave", 0x00e0}, {"alefsym", 0x2135},
	{"alpha", 0x03b1}, {"amp", 0x0026}, {"and", 0x2227}, {"ang", 0x2220},
	{"apos", 0x0027}, {"aring", 0x00e5}, {"ast", 0x002a}, {"asymp", 0x2248},
	{"atilde", 0x00e3}, {"auml", 0x00e4}, {"bdquo", 0x201e}, {"beta", 0x03b2},
	{"brvbar", 0x00a6}, {"bsol", 0x005c}, {"bull", 0x2022}, {"bullet", 0x2022},
	{"cap", 0x2229}, {"ccedil", 0x00e7}, {"cedil", 0x00b8}, {"cent", 0x00a2},
	{"chi", 0x03c7}, {"circ", 0x02c6}, {"clubs", 0x2663}, {"colon", 0x003a},
	{"comma", 0x002c}, {"commat", 0x0040}, {"cong", 0x2245}, {"copy", 0x00a9},
	{"crarr", 0x21b5}, {"cup", 0x222a}, {"curren", 0x00a4}, {"dArr", 0x21d3},
	{"dagger", 0x2020}, {"darr", 0x2193}, {"dash", 0x2010}, {"deg", 0x00b0},
	{"delta", 0x03b4}, {"diams", 0x2666}, {"divide", 0x00f7}, {"dollar", 0x0024},
	{"eacute", 0x00e9}, {"ecirc", 0x00ea}, {"egrave", 0x00e8}, {"empty", 0x2205},
	{"emsp", 0x2003}, {"ensp", 0x2002}, {"epsilon", 0x03b5}, {"equals", 0x003d},
	{"equiv", 0x2261}, {"eta", 0x03b7}, {"eth", 0x00f0}, {"euml", 0x00eb},
	{"euro", 0x20ac}, {"excl", 0x0021}, {"exist", 0x2203}, {"fnof", 0x0192},
	{"forall", 0x2200}, {"frac12", 0x00bd}, {"frac14", 0x00bc}, {"frac34", 0x00be},
	{"frasl", 0x2044}, {"gamma", 0x03b3}, {"ge", 0x2265}, {"grave", 0x0060},
	{"gt", 0x003e}, {"hArr", 0x21d4}, {"harr", 0x2194}, {"hearts", 0x2665},
	{"hellip", 0x2026}, {"hyphen", 0x2010}, {"iacute", 0x00ed}, {"icirc", 0x00ee},
	{"iexcl", 0x00a1}, {"igrave", 0x00ec}, {"image", 0x2111}, {"infin", 0x221e},
	{"int", 0x222b}, {"iota", 0x03b9}, {"iquest", 0x00bf}, {"isin", 0x2208},
	{"iuml", 0x00ef}, {"kappa", 0x03ba}, {"lArr", 0x21d0}, {"lambda", 0x03bb},
	{"lang", 0x27e8}, {"laquo", 0x00ab}, {"larr", 0x2190}, {"lbrace", 0x007b},
	{"lbrack", 0x005b}, {"lceil", 0x2308}, {"lcub", 0x007b}, {"ldquo", 0x201c},
	{"le", 0x2264}, {"lfloor", 0x230a}, {"lowast", 0x2217}, {"lowbar", 0x005f},
	{"loz", 0x25ca}, {"lpar", 0x0028}, {"lrm", 0x200e}, {"lsaquo", 0x2039},
	{"lsqb", 0x005b}, {"lsquo", 0x2018}, {"lt", 0x003c}, {"macr", 0x00af},
	{"mdash", 0x2014}, {"micro", 0x00b5}, {"middot", 0x00b7}, {"minus", 0x2212},
	{"mu", 0x03bc}, {"nabla", 0x2207}, {"nbsp", 0x00a0}, {"ndash", 0x2013},
	{"ne", 0x2260}, {"ni", 0x220b}, {"not", 0x00ac}, {"notin", 0x2209},
	{"nsub", 0x2284}, {"ntilde", 0x00f1}, {"nu", 0x03bd}, {"num", 0x0023},
	{"oacute", 0x00f3}, {"ocirc", 0x00f4}, {"oelig", 0x0153}, {"ograve", 0x00f2},
	{"oline", 0x203e}, {"omega", 0x03c9}, {"omicron", 0x03bf}, {"oplus", 0x2295},
	{"or", 0x2228}, {"ordf", 0x00aa}, {"ordm", 0x00ba}, {"oslash", 0x00f8},
	{"otilde", 0x00f5}, {"otimes", 0x2297}, {"ouml", 0x00f6}, {"para", 0x00b6},
	{"part", 0x2202}, {"percnt", 0x0025}, {"period", 0x002e}, {"permil", 0x2030},
	{"perp", 0x22a5}, {"phi", 0x03c6}, {"pi", 0x03c0}, {"piv", 0x03d6},
	{"plus", 0x002b}, {"plusmn", 0x00b1}, {"pound", 0x00a3}, {"prime", 0x2032},
	{"prod", 0x220f}, {"prop", 0x221d}, {"psi", 0x03c8}, {"quest", 0x003f},
	{"quot", 0x0022}, {"rArr", 0x21d2}, {"radic", 0x221a}, {"rang", 0x27e9},
	{"raquo", 0x00bb}, {"rarr", 0x2192}, {"rbrace", 0x007d}, {"rbrack", 0x005d},
	{"rceil", 0x2309}, {"rcub", 0x007d}, {"rdquo", 0x201d}, {"real", 0x211c},
	{"reg", 0x00ae}, {"rfloor", 0x230b}, {"rho", 0x03c1}, {"rlm", 0x200f},
	{"rpar", 0x0029}, {"rsaquo", 0x203a}, {"rsqb", 0x005d}, {"rsquo", 0x2019},
	{"sbquo", 0x201a}, {"scaron", 0x0161}, {"sdot", 0x22c5}, {"sect", 0x00a7},
	{"semi", 0x003b}, {"shy", 0x00ad}, {"sigma", 0x03c3}, {"sigmaf", 0x03c2},
	{"sim", 0x223c}, {"sol", 0x002f}, {"spades", 0x2660}, {"sub", 0x2282},
	{"sube", 0x2286}, {"sum", 0x2211}, {"sup", 0x2283}, {"sup1", 0x00b9},
	{"sup2", 0x00b2}, {"sup3", 0x00b3}, {"supe", 0x2287}, {"szlig", 0x00df},
	{"tau", 0x03c4}, {"there4", 0x2234}, {"theta", 0x03b8}, {"thetasym", 0x03d1},
	{"thinsp", 0x2009}, {"thorn", 0x00fe}, {"tilde", 0x02dc}, {"times", 0x00d7},
	{"trade", 0x2122}, {"uArr", 0x21d1}, {"uacute", 0x00fa}, {"uarr", 0x2191},
	{"ucirc", 0x00fb}, {"ugrave", 0x00f9}, {"uml", 0x00a8}, {"upsih", 0x03d2},
	{"upsilon", 0x03c5}, {"uuml", 0x00fc}, {"verbar", 0x007c}, {"vert", 0x007c},
	{"weierp", 0x2118}, {"xi", 0x03be}, {"yacute", 0x00fd}, {"yen", 0x00a5},
	{"yuml", 0x00ff}, {"zeta", 0x03b6}, {"zwj", 0x200d}, {"zwnj", 0x200c},
}

// compatForm returns the ASCII that the compatibility character r stands
// for, or "" when r is none: a full-width form of printable ASCII
// (U+FF01–U+FF5E, "Ｐｏｓｔｇｒｅｓ"), a letter or digit of the
// Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF, "𝗣𝘆𝘁𝗵𝗼𝗻", the
// bold and italic of styled text) or of the Letterlike Symbols that fill
// their gaps ("ℎ"), or a Latin ligature ("ﬁ" of text from a PDF). It is
// the compatibility decomposition (NFKC) of such a character, which
// TestCompatForms checks against a table made with
// golang.org/x/text/unicode/norm.
func compatForm(r rune) string {
	switch {
	case 0xff01 <= r && r <= 0xff5e:
		return asciiChars[r-0xff01+0x21 : r-0xff01+0x22]
	case 0x1d400 <= r && r < 0x1d6a4 && unicode.IsLetter(r):
		// 13 styles of A-Z then a-z; unassigned code points are the gaps
		// that Letterlike Symbols fill.
		i := (r - 0x1d400) % 52
		if i >= 26 {
			i += 'a' - 'A' - 26
		}
		return asciiChars['A'+i : 'A'+i+1]
	case 0x1d7ce <= r && r <= 0x1d7ff:
		d := '0' + (r-0x1d7ce)%10 // 5 styles of 0-9
		return asciiChars[d : d+1]
	case 0x2100 <= r && r < 0x2150:
		c := letterlike[r-0x2100]
		if c == ' ' {
			return ""
		}
		return asciiChars[c : c+1]
	case 0xfb00 <= r && r <= 0xfb06:
		return ligatures[r-0xfb00]
	}
	return ""
}

// asciiChars holds the ASCII characters at their own offsets, so that
// compatForm returns them without allocating.
const asciiChars = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// letterlike maps U+2100–U+214F to the ASCII letter of its compatibility
// form, or ' ' for none: the double-struck, script and fraktur letters
// (ℂ, ℋ, ℭ ...) that Mathematical Alphanumeric Symbols leave out, the
// Kelvin sign, the information source ℹ, and the double-struck italic
// letters ⅅ to ⅉ.
const letterlike = "  C       gHHHh IILl N   PQRRR      Z   Z K BC eEF Mo    i           Ddeij      "

// ligatures are the compatibility forms of U+FB00–U+FB06.
var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}
