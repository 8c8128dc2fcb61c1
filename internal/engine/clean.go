package engine

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Text as people paste it holds markup: HTML tags, character references,
// full-width letters. The scanner does not read such a text itself but a
// clean copy (cleaner.clean), in which
//
//   - a character reference ("C&#35;", "d&eacute;veloppeur",
//     "Entwickler&nbsp;(m/w/d)") is the character it stands for (see
//     charRef);
//   - a compatibility form of ASCII ("Ｐｏｓｔｇｒｅｓ", "𝗣𝘆𝘁𝗵𝗼𝗻", "ﬁ") is
//     that ASCII (see compatForm);
//   - a tag, with its attributes, is gone; a comment too; script and
//     style elements with all they hold. A tag that breaks the text as a
//     browser shows it writes what Markdown would write there: <br> a line
//     break; <div>, <tr>, <td> and the like start a line, <p>, </p>,
//     <table> and the like a paragraph (a line inside a list); <li> starts
//     a line with "- ", a list item, and </li> ends it; <h3> starts a
//     paragraph with "### ", a heading, and </h3> ends it; the end of the outermost <ul> or <ol> ends
//     a paragraph. No break doubles one already there, and white space
//     after such a tag is part of it, as HTML collapses it. Other tags (<b>,
//     <span>, <a>) leave nothing: "<b>Py</b>thon" reads as Python.
//
// Only what starts markup is replaced; every other byte is copied. What
// is read after a replacement is never markup again: "&lt;b&gt;" is the
// text "<b>". A text without markup is read as it is, which
// firstMarkup finds out at the speed of strings.IndexByte.
//
// The clean copy keeps the edits that made it, so that the offsets of a
// mention in it map back to the text (cleaner.original): a mention starts
// where the first character it holds starts in the text and ends where its
// last one ends there, so it never starts or ends inside a reference or a
// tag, and text[Start:End] is what the text holds ("C&#35;" for C#).
//
// Which '<' starts a tag is decided so that text is never swallowed (see
// readTag): '<' followed by the name of an HTML element, written in lower
// or upper case, then attributes as HTML writes them, then '>', all within
// maxTag bytes; or "<!--" to the next "-->"; or "<!" and a letter or '[',
// or "<?" and a letter, to the next '>' within maxTag bytes and before any
// '<'. So "a < b", "<3", "<5 years", "List<String>" and "Map<K, V>" are
// text. A start tag of one capital letter right after a letter, a digit
// or '_' is text too: "Box<U>" is a generic type, not an underline
// ("Go<BR>Rust" is a line break).

// cleaner makes the clean copy of a text and maps its offsets back. It is
// a part of the scanner, reused from text to text.
type cleaner struct {
	edits []edit // in the order of the clean copy
	out   []byte

	// Where the clean copy stands, while it is made.
	nl      int  // line breaks since the last character that is not white space
	started bool // a character that is not white space was written
	mark    bool // the current line holds only a list or heading mark so far
	lists   int  // lists open
	// noEnd says which of script and style, and comments, have no end
	// after some point of the text: none after a later point either.
	noEnd uint8
}

// An edit replaced text[src:srcEnd] with clean[at:atEnd].
type edit struct {
	at, atEnd   int
	src, srcEnd int
}

// markLead marks the bytes that may start markup.
var markLead = [256]bool{'<': true, '&': true, 0xe2: true, 0xef: true, 0xf0: true}

// leads are the bytes that firstMarkup looks for: '<' and '&'; the first
// bytes of compatForm's full-width forms, ligatures and mathematical
// letters; and the second bytes of its letterlike symbols (E2 84 and
// E2 85), rarer than their first, which starts every dash, quote and
// bullet of U+2000 to U+2FFF.
var leads = [...]byte{'<', '&', 0xef, 0xf0, 0x84, 0x85}

// Clean returns text as a scan reads it: its clean copy, or text itself
// when it holds no markup. The text of a Hit, text[Start:End], cleaned on
// its own, is a form of its name.
func Clean(text string) string {
	var c cleaner
	return c.clean(text)
}

// clean returns the text the scanner reads for text: text itself when it
// holds no markup, else its clean copy.
func (c *cleaner) clean(text string) string {
	if cap(c.edits) > 1<<14 {
		c.edits = nil // do not keep what a huge text needed
	}
	*c = cleaner{edits: c.edits[:0], out: c.out[:0]}
	p := c.firstMarkup(text)
	if p < 0 {
		return text
	}
	c.write(text[:p])
	for p < len(text) {
		q := p
		for q < len(text) && !markLead[text[q]] {
			q++
		}
		c.write(text[p:q])
		if q == len(text) {
			break
		}
		if p = c.markup(text, q); p < 0 {
			c.write(text[q : q+1])
			p = q + 1
		}
	}
	out := string(c.out)
	if cap(c.out) > 1<<16 {
		c.out = nil // do not keep what a huge text needed
	}
	return out
}

// firstMarkup returns where the first markup of text starts, or -1: a
// pass of strings.IndexByte for each byte that may start markup, over
// chunks that stay in the processor's cache.
func (c *cleaner) firstMarkup(text string) int {
	const chunk = 8 << 10
	for at := 0; at < len(text); at += chunk {
		first := min(len(text), at+chunk)
		for _, lead := range leads {
			for from := at; from < first; {
				i := strings.IndexByte(text[from:first], lead)
				if i < 0 {
					break
				}
				i += from
				p := i
				if lead == 0x84 || lead == 0x85 {
					p-- // a continuation byte: the rune starts before it
				}
				if p >= 0 && c.isMarkup(text, p) {
					first = p
					break
				}
				from = i + 1
			}
		}
		if first < min(len(text), at+chunk) {
			return first
		}
	}
	return -1
}

// isMarkup reports whether markup starts at text[p].
func (c *cleaner) isMarkup(text string, p int) bool {
	switch text[p] {
	case '<':
		end, _ := c.readTag(text, p)
		return end > 0
	case '&':
		_, end := charRef(text, p)
		return end > 0
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	return compatForm(r) != ""
}

// markup writes what the markup at text[p] stands for and returns its end,
// or -1 when none starts there.
func (c *cleaner) markup(text string, p int) int {
	at := len(c.out)
	var end int
	switch text[p] {
	case '<':
		return c.tag(text, p)
	case '&':
		var r rune
		if r, end = charRef(text, p); end < 0 {
			return -1
		}
		c.out = utf8.AppendRune(c.out, r)
	default:
		r, size := utf8.DecodeRuneInString(text[p:])
		s := compatForm(r)
		if s == "" {
			return -1
		}
		c.out, end = append(c.out, s...), p+size
	}
	c.update(at)
	c.edits = append(c.edits, edit{at, len(c.out), p, end})
	return end
}

// tag writes what the tag at text[p] stands for and returns its end, or -1
// when the '<' is text.
func (c *cleaner) tag(text string, p int) int {
	end, t := c.readTag(text, p)
	if end < 0 {
		return -1
	}
	if t.class == elSkip && !t.end {
		end = c.skipContent(text, end, t.name)
	}
	at := len(c.out)
	c.block(t)
	if t.class != elInline && t.class != elSkip {
		for end < len(text) && htmlSpace(text[end]) {
			end++
		}
	}
	c.edits = append(c.edits, edit{at, len(c.out), p, end})
	return end
}

// block writes the breaks and marks of tag t.
func (c *cleaner) block(t tag) {
	switch t.class {
	case elLine:
		c.lineBreak()
	case elPara:
		if c.lists > 0 {
			c.lineBreak()
		} else {
			c.paraBreak()
		}
	case elBreak:
		c.newline()
	case elList:
		if !t.end {
			c.lists++
			c.lineBreak()
		} else if c.lists = max(0, c.lists-1); c.lists == 0 {
			c.paraBreak()
		} else {
			c.lineBreak()
		}
	case elItem:
		if t.end {
			c.lineBreak()
		} else {
			if c.started && c.nl == 0 {
				c.newline()
			}
			c.putMark("- ")
		}
	case elHeading:
		c.paraBreak()
		if !t.end {
			c.putMark("###### "[6-t.level:])
		}
	}
}

// lineBreak starts a line, unless one has just started.
func (c *cleaner) lineBreak() {
	if c.started && c.nl == 0 && !c.mark {
		c.newline()
	}
}

// paraBreak starts a paragraph, unless one has just started.
func (c *cleaner) paraBreak() {
	if c.started && !c.mark {
		for c.nl < 2 {
			c.newline()
		}
	}
}

func (c *cleaner) newline() {
	c.out = append(c.out, '\n')
	c.nl++
	c.mark = false
}

// putMark writes a list or heading mark.
func (c *cleaner) putMark(m string) {
	c.out = append(c.out, m...)
	c.nl, c.started, c.mark = 0, true, true
}

// write copies s to the clean copy.
func (c *cleaner) write(s string) {
	at := len(c.out)
	c.out = append(c.out, s...)
	c.update(at)
}

// update follows what was written from c.out[at] on: the line breaks after
// its last character that is not white space, or all of them.
func (c *cleaner) update(at int) {
	nl, i := 0, len(c.out)-1
	for ; i >= at && htmlSpace(c.out[i]); i-- {
		if c.out[i] == '\n' {
			nl++
		}
	}
	if i >= at {
		c.nl, c.started, c.mark = nl, true, false
	} else if nl > 0 {
		c.nl += nl
		c.mark = false
	}
}

// htmlSpace reports whether c is white space to HTML.
func htmlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// original maps the bytes [start, end) of the clean copy to the bytes of
// the text they stand for.
func (c *cleaner) original(start, end int) (int, int) {
	e := c.edits
	// The last edit that starts at or before start: start is in what it
	// wrote, or after it.
	if i := sort.Search(len(e), func(i int) bool { return e[i].at > start }) - 1; i >= 0 {
		if start < e[i].atEnd {
			start = e[i].src
		} else {
			start = e[i].srcEnd + start - e[i].atEnd
		}
	}
	// The last edit that starts before end: end is in what it wrote, at
	// its end, or after it.
	if i := sort.Search(len(e), func(i int) bool { return e[i].at >= end }) - 1; i >= 0 {
		end = e[i].srcEnd + max(0, end-e[i].atEnd)
	}
	return start, end
}
