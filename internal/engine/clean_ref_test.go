package engine

import (
	"bufio"
	"html"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// This file holds a slow, plain reference for the clean copy of a text
// (clean.go): regular expressions find the markup at each byte, package
// html says what a character reference stands for, a table made with
// golang.org/x/text/unicode/norm (testdata/compat.txt) what a
// compatibility character does, and where the copy stands (at the start of
// a line, after a list mark) is read from the copy itself. refHits reads
// the reference's copy and maps its hits back with it.

const refWS = " \t\n\r\f" // white space to HTML, as \s in a regular expression

var (
	refTagRE = regexp.MustCompile(`^<(/?)([A-Za-z][A-Za-z0-9]*)` +
		`(?:\s+[^\s"'>/=<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?)*\s*/?>`)
	refCommentRE = regexp.MustCompile(`^<!--(?s:.*?)-->`)
	refDeclRE    = regexp.MustCompile(`^<(?:![A-Za-z\[]|\?[A-Za-z])[^<>]*>`)
	refCharRefRE = regexp.MustCompile(`^&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));`)
)

// refElements are the elements whose tags are markup, by what their tags
// do (see clean.go).
var refElements = func() map[string]uint8 {
	m := map[string]uint8{}
	for class, names := range map[uint8]string{
		elBreak:   "br",
		elItem:    "li",
		elList:    "ul ol dl menu",
		elHeading: "h1 h2 h3 h4 h5 h6",
		elSkip:    "script style",
		elPara: `p table blockquote pre section article header footer main aside nav figure form
			fieldset hr details hgroup address html head body center search dialog`,
		elLine: `div tr td th dt dd caption figcaption summary legend option optgroup title thead
			tbody tfoot textarea noscript template select`,
		elInline: `a abbr acronym area audio b base bdi bdo big button canvas cite code col colgroup
			data datalist del dfn em embed font i iframe img input ins kbd label link map mark math
			meta meter nobr object output param picture progress q rp rt ruby s samp slot small
			source span strike strong sub sup svg time track tt u var video wbr`,
	} {
		for _, n := range strings.Fields(names) {
			m[n] = class
		}
	}
	return m
}()

// refRefNames are the names of character references: HTML 4's, &apos;,
// and HTML 5's for ASCII marks.
var refRefNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`quot amp lt gt apos OElig oelig Scaron scaron Yuml circ tilde
		ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo sbquo ldquo rdquo bdquo dagger
		Dagger permil lsaquo rsaquo euro nbsp iexcl cent pound curren yen brvbar sect uml copy ordf
		laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo
		frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute
		Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash
		Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig
		ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc
		otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml fnof Alpha Beta Gamma
		Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi
		Chi Psi Omega alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi
		omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv bull hellip
		prime Prime oline frasl weierp image real trade alefsym larr uarr rarr darr harr crarr lArr
		uArr rArr dArr hArr forall part exist empty nabla isin notin ni prod sum minus lowast radic
		prop infin ang and or cap cup int there4 sim cong asymp ne equiv le ge sub sup nsub sube
		supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts
		diams excl num dollar percnt lpar rpar ast plus comma period sol colon semi equals quest
		commat lsqb lbrack bsol rsqb rbrack Hat lowbar grave lcub lbrace verbar vert rcub rbrace AMP
		LT GT QUOT COPY REG bullet hyphen dash`) {
		m[n] = true
	}
	return m
}()

// refCompat maps the compatibility characters of testdata/compat.txt to
// their ASCII.
var refCompat = sync.OnceValue(func() map[rune]string {
	f, err := os.Open("testdata/compat.txt")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	m := map[rune]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cp, ascii, _ := strings.Cut(line, " ")
		r, err := strconv.ParseUint(cp, 16, 32)
		if err != nil {
			panic(line)
		}
		m[rune(r)] = ascii
	}
	return m
})

// refSpan is a span of bytes of the original text.
type refSpan struct{ start, end int }

// refCleaned is the reference's clean copy of a text.
type refCleaned struct {
	text  []byte
	from  []refSpan // the bytes of the original each byte of text stands for
	synth []bool    // the byte is a break or a mark a tag wrote
	marks []refSpan // the markup of the original: tags, references, compatibility characters
	lists int
}

func (c *refCleaned) put(s string, from refSpan, synth bool) {
	c.text = append(c.text, s...)
	for range len(s) {
		c.from = append(c.from, from)
		c.synth = append(c.synth, synth)
	}
}

// started reports whether the copy holds a character that is not white
// space; nl counts the line breaks after the last one; mark reports
// whether the characters of the current line are a mark a tag wrote.
func (c *refCleaned) started() bool { return strings.Trim(string(c.text), refWS) != "" }

func (c *refCleaned) nl() int {
	s := string(c.text)
	return strings.Count(s[len(strings.TrimRight(s, refWS)):], "\n")
}

func (c *refCleaned) mark() bool {
	line := strings.LastIndexByte(string(c.text), '\n') + 1
	seen := false
	for i := line; i < len(c.text); i++ {
		if !strings.ContainsRune(refWS, rune(c.text[i])) {
			if !c.synth[i] {
				return false
			}
			seen = true
		}
	}
	return seen
}

// refClean makes the reference's clean copy of text.
func refClean(text string) *refCleaned {
	c := &refCleaned{}
	for p := 0; p < len(text); {
		if end := c.tag(text, p); end > p {
			c.marks = append(c.marks, refSpan{p, end})
			p = end
			continue
		}
		if s, end := refCharRef(text, p); end > p {
			c.put(s, refSpan{p, end}, false)
			c.marks = append(c.marks, refSpan{p, end})
			p = end
			continue
		}
		r, size := utf8.DecodeRuneInString(text[p:])
		if s, ok := refCompat()[r]; ok && size > 1 {
			c.put(s, refSpan{p, p + size}, false)
			c.marks = append(c.marks, refSpan{p, p + size})
			p += size
			continue
		}
		c.put(text[p:p+1], refSpan{p, p + 1}, false)
		p++
	}
	return c
}

// refCharRef returns what the character reference at text[p] stands for,
// and its end, or -1.
func refCharRef(text string, p int) (string, int) {
	if text[p] != '&' {
		return "", -1
	}
	m := refCharRefRE.FindStringSubmatch(text[p:])
	if m == nil {
		return "", -1
	}
	number := func(digits string, base int) string {
		v, err := strconv.ParseUint(digits, base, 64)
		if err != nil || v > utf8.MaxRune {
			v = utf8.MaxRune + 1 // package html reads larger numbers as they overflow
		}
		return html.UnescapeString("&#" + strconv.FormatUint(v, 10) + ";")
	}
	switch {
	case m[1] != "":
		return number(m[1], 10), p + len(m[0])
	case m[2] != "":
		return number(m[2], 16), p + len(m[0])
	case refRefNames[m[3]]:
		return html.UnescapeString(m[0]), p + len(m[0])
	}
	return "", -1
}

// refTagAt returns the end of the markup that starts with '<' at text[p]
// and, for a tag of an element, its name, whether it is an end tag, and
// whether it is one; -1 when the '<' is text.
func refTagAt(text string, p int) (end int, name string, isEnd, element bool) {
	bounded := text[p:min(len(text), p+maxTag)]
	if m := refCommentRE.FindString(text[p:]); m != "" {
		return p + len(m), "", false, false
	}
	if strings.HasPrefix(text[p:], "<!--") {
		return -1, "", false, false
	}
	if m := refDeclRE.FindString(bounded); m != "" {
		return p + len(m), "", false, false
	}
	m := refTagRE.FindStringSubmatch(bounded)
	if m == nil {
		return -1, "", false, false
	}
	name, lower, upper := m[2], strings.ToLower(m[2]), strings.ToUpper(m[2])
	if _, ok := refElements[lower]; !ok || (name != lower && name != upper) {
		return -1, "", false, false
	}
	if m[1] == "" && len(name) == 1 && name == upper && p > 0 && strings.ContainsRune("_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", rune(text[p-1])) {
		return -1, "", false, false // a type parameter: Box<U>
	}
	return p + len(m[0]), lower, m[1] == "/", true
}

// tag writes what the markup at text[p] stands for and returns its end, or
// -1 when no markup starts there.
func (c *refCleaned) tag(text string, p int) int {
	if text[p] != '<' {
		return -1
	}
	end, name, isEnd, element := refTagAt(text, p)
	if end < 0 || !element {
		return end
	}
	class := refElements[name]
	if class == elSkip && !isEnd {
		// All it holds, to its end tag.
		for q := end; ; q += 2 {
			i := strings.Index(text[q:], "</")
			if i < 0 {
				break
			}
			q += i
			if e, n, closing, ok := refTagAt(text, q); ok && closing && n == name {
				end = e
				break
			}
		}
	}
	if class != elInline && class != elSkip {
		end += len(text[end:]) - len(strings.TrimLeft(text[end:], refWS))
	}
	c.block(class, name, isEnd, refSpan{p, end})
	return end
}

// block writes the breaks and marks of a tag of class class.
func (c *refCleaned) block(class uint8, name string, isEnd bool, from refSpan) {
	newline := func() { c.put("\n", from, true) }
	line := func() {
		if c.started() && c.nl() == 0 && !c.mark() {
			newline()
		}
	}
	para := func() {
		for c.started() && !c.mark() && c.nl() < 2 {
			newline()
		}
	}
	switch {
	case class == elLine, class == elPara && c.lists > 0:
		line()
	case class == elPara:
		para()
	case class == elBreak:
		newline()
	case class == elList && !isEnd:
		c.lists++
		line()
	case class == elList && c.lists > 1:
		c.lists--
		line()
	case class == elList:
		c.lists = 0
		para()
	case class == elItem && isEnd:
		line()
	case class == elItem:
		if c.started() && c.nl() == 0 {
			newline()
		}
		c.put("- ", from, true)
	case class == elHeading:
		para()
		if !isEnd {
			c.put(strings.Repeat("#", int(name[1]-'0'))+" ", from, true)
		}
	}
}

// original maps the bytes [start, end) of the reference's copy to the
// bytes of the text they stand for.
func (c *refCleaned) original(start, end int) (int, int) {
	return c.from[start].start, c.from[end-1].end
}

// TestRefNames checks the names of character references and what they
// stand for against package html, and the reference's list.
func TestRefNames(t *testing.T) {
	seen := map[string]bool{}
	for i, n := range refNames {
		if i > 0 && refNames[i-1].name >= n.name {
			t.Fatalf("refNames are not sorted at %q", n.name)
		}
		if want := html.UnescapeString("&" + n.name + ";"); string(n.r) != want {
			t.Errorf("&%s; stands for %q, package html says %q", n.name, n.r, want)
		}
		if len(n.name) > maxRefName {
			t.Errorf("&%s; is longer than maxRefName", n.name)
		}
		seen[n.name] = true
	}
	for n := range refRefNames {
		if !seen[n] {
			t.Errorf("&%s; is missing", n)
		}
	}
	if len(seen) != len(refRefNames) {
		t.Errorf("%d names, the reference has %d", len(seen), len(refRefNames))
	}
}

// TestCompatForms checks compatForm on every character against the table
// made with NFKC.
func TestCompatForms(t *testing.T) {
	table := refCompat()
	if len(table) < 800 {
		t.Fatalf("testdata/compat.txt holds %d characters", len(table))
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := compatForm(r), table[r]; got != want {
			t.Fatalf("compatForm(%U) = %q, want %q", r, got, want)
		}
	}
}
