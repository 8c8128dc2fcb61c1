package engine

import "strings"

// maxTag bounds the bytes of a tag, a declaration or a processing
// instruction: a '<' that no '>' closes within them is text.
const maxTag = 2048

// What a tag of an element does to the text around it (see clean.go).
const (
	elInline  uint8 = iota // nothing: b, span, a, img; comments too
	elLine                 // starts a line: div, tr, td
	elPara                 // starts a paragraph, or a line inside a list: p, table
	elBreak                // a line break: br
	elList                 // starts a line; its end, of the outermost, a paragraph: ul, ol
	elItem                 // starts a line with a list mark; its end ends the line: li
	elHeading              // a paragraph with a heading mark: h1 to h6
	elSkip                 // nothing, with all it holds: script, style
)

// tag is what readTag has read.
type tag struct {
	class uint8
	end   bool   // an end tag: </p>
	level int    // of a heading
	name  string // of an element of class elSkip
}

// Bits of cleaner.noEnd.
const (
	noEndScript = 1 << iota
	noEndStyle
	noEndComment
)

// readTag reads the markup that starts with '<' at text[p]: a tag, a
// comment, a declaration (<!DOCTYPE html>) or a processing instruction
// (<?xml ...?>), which hold no '<'. It returns its end and what it is, or -1 when the '<' is
// text.
func (c *cleaner) readTag(text string, p int) (int, tag) {
	if p+2 >= len(text) {
		return -1, tag{}
	}
	switch text[p+1] {
	case '!':
		if strings.HasPrefix(text[p:], "<!--") {
			return c.commentEnd(text, p), tag{}
		}
		if b := text[p+2]; asciiLetter(b) || b == '[' {
			return closeWithin(text, p), tag{}
		}
		return -1, tag{}
	case '?':
		if asciiLetter(text[p+2]) {
			return closeWithin(text, p), tag{}
		}
		return -1, tag{}
	}
	return readElement(text, p)
}

// commentEnd returns the end of the comment at text[p], "<!--", after the
// next "-->", or -1 when none ends it.
func (c *cleaner) commentEnd(text string, p int) int {
	if c.noEnd&noEndComment != 0 {
		return -1
	}
	i := strings.Index(text[p+4:], "-->")
	if i < 0 {
		c.noEnd |= noEndComment
		return -1
	}
	return p + 4 + i + 3
}

// closeWithin returns the end of the declaration or processing
// instruction at text[p], after the next '>' within maxTag bytes and
// before any '<', or -1.
func closeWithin(text string, p int) int {
	lim := min(len(text), p+maxTag)
	if i := strings.IndexAny(text[p+2:lim], "<>"); i >= 0 && text[p+2+i] == '>' {
		return p + 2 + i + 1
	}
	return -1
}

// readElement reads the tag of an element at text[p]: '<', maybe '/', the
// name of an element in lower or upper case, attributes, maybe '/', and
// '>', within maxTag bytes. An attribute is a name, maybe followed by '='
// and a value in double quotes, in single quotes, or without quotes and
// spaces; attributes are set apart by white space.
func readElement(text string, p int) (int, tag) {
	lim := min(len(text), p+maxTag)
	var t tag
	q := p + 1
	if q < lim && text[q] == '/' {
		t.end = true
		q++
	}
	n := q
	for q < lim && wordLower[text[q]] != 0 {
		q++
	}
	if q == n || !asciiLetter(text[n]) {
		return -1, t
	}
	name := text[n:q]
	class, ok := element(name)
	if !ok || (!t.end && len(name) == 1 && name[0] <= 'Z' && p > 0 && identByte(text[p-1])) {
		// Not an element; or a start tag of one capital letter right
		// after a word: a type parameter ("Box<U>").
		return -1, t
	}
	end := attrsEnd(text, q, lim)
	if end < 0 {
		return -1, t
	}
	t.class = class
	switch class {
	case elHeading:
		t.level = int(name[1] - '0')
	case elSkip:
		t.name = name
	}
	return end, t
}

// attrsEnd reads the attributes of a tag from text[q], after its name, and
// returns the end of the tag, or -1 when they do not end with '>' or "/>"
// before lim.
func attrsEnd(text string, q, lim int) int {
	for {
		sp := q
		for q < lim && htmlSpace(text[q]) {
			q++
		}
		if q == lim {
			return -1
		}
		switch text[q] {
		case '>':
			return q + 1
		case '/':
			if q+1 < lim && text[q+1] == '>' {
				return q + 2
			}
			return -1
		}
		if q == sp {
			return -1 // attributes are set apart by white space
		}
		a := q
		for q < lim && attrNameByte(text[q]) {
			q++
		}
		if q == a {
			return -1
		}
		v := q
		for v < lim && htmlSpace(text[v]) {
			v++
		}
		if v < lim && text[v] == '=' {
			if q = valueEnd(text, v+1, lim); q < 0 {
				return -1
			}
		}
	}
}

// valueEnd reads the value of an attribute from text[q], after its '=',
// and returns its end, or -1 when there is none before lim.
func valueEnd(text string, q, lim int) int {
	for q < lim && htmlSpace(text[q]) {
		q++
	}
	if q == lim {
		return -1
	}
	if quote := text[q]; quote == '"' || quote == '\'' {
		i := strings.IndexByte(text[q+1:lim], quote)
		if i < 0 {
			return -1
		}
		return q + 1 + i + 1
	}
	v := q
	for q < lim && !htmlSpace(text[q]) && strings.IndexByte("\"'=<>`", text[q]) < 0 {
		q++
	}
	if q == v {
		return -1
	}
	return q
}

// attrNameByte reports whether c may be part of the name of an attribute.
func attrNameByte(c byte) bool {
	return !htmlSpace(c) && strings.IndexByte("\"'>/=<", c) < 0
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// identByte reports whether c is an ASCII letter, digit or '_'.
func identByte(c byte) bool { return wordLower[c] != 0 || c == '_' }

// skipContent returns the end of the element of class elSkip named name
// whose start tag ends at text[q]: the end of its end tag, or q when it has
// none.
func (c *cleaner) skipContent(text string, q int, name string) int {
	bit := uint8(noEndScript)
	if len(name) == 5 {
		bit = noEndStyle
	}
	if c.noEnd&bit != 0 {
		return q
	}
	for p := q; ; p += 2 {
		i := strings.Index(text[p:], "</")
		if i < 0 {
			break
		}
		p += i
		if end, t := readElement(text, p); end > 0 && t.class == elSkip && strings.EqualFold(t.name, name) {
			return end
		}
	}
	c.noEnd |= bit
	return q
}

// element returns the class of the element named name, and whether it is
// one: a name is in lower or upper case, and one of the elements of HTML,
// with a few old ones (font, center, tt).
func element(name string) (uint8, bool) {
	var buf [10]byte
	if len(name) > len(buf) {
		return 0, false
	}
	lower, upper := false, false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			upper = true
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if lower && upper {
		return 0, false
	}
	switch string(buf[:len(name)]) {
	case "br":
		return elBreak, true
	case "li":
		return elItem, true
	case "ul", "ol", "dl", "menu":
		return elList, true
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return elHeading, true
	case "script", "style":
		return elSkip, true
	case "p", "table", "blockquote", "pre", "section", "article", "header", "footer", "main", "aside",
		"nav", "figure", "form", "fieldset", "hr", "details", "hgroup", "address", "html", "head",
		"body", "center", "search", "dialog":
		return elPara, true
	case "div", "tr", "td", "th", "dt", "dd", "caption", "figcaption", "summary", "legend", "option",
		"optgroup", "title", "thead", "tbody", "tfoot", "textarea", "noscript", "template", "select":
		return elLine, true
	case "a", "abbr", "acronym", "area", "audio", "b", "base", "bdi", "bdo", "big", "button", "canvas",
		"cite", "code", "col", "colgroup", "data", "datalist", "del", "dfn", "em", "embed", "font", "i",
		"iframe", "img", "input", "ins", "kbd", "label", "link", "map", "mark", "math", "meta", "meter",
		"nobr", "object", "output", "param", "picture", "progress", "q", "rp", "rt", "ruby", "s", "samp",
		"slot", "small", "source", "span", "strike", "strong", "sub", "sup", "svg", "time", "track", "tt",
		"u", "var", "video", "wbr":
		return elInline, true
	}
	return 0, false
}
