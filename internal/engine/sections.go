package engine

import (
	"strings"
)

// sections follows the paragraph, the line and the sentence the scan is in,
// what the current line holds, and whether a heading has opened a section
// of preferred or negated items.
type sections struct {
	curPara, curLine          int32
	curSent                   int32
	lineTok                   int // first token of the line
	linePref, lineReq, lineNm bool
	section                   Qualifier // of the section a heading opened, or Required
	softSection               bool      // headed by a plain line, not a Markdown heading
}

// endLine settles the line that just ended before token t (token i): a
// heading opens or ends a section of preferred or negated items.
func (s *scanner) endLine(t *token, i int) {
	if words := i - s.lineTok; words > 0 {
		last := &s.ring[(i-1)&s.mask]
		head := s.text[last.lineStart:last.end]
		q := s.headingQualifier(head, words, i, last.h)
		if atx, ok := isHeading(head, words, q != Required || s.lineReq, s.lineNm, t.colonEnd); ok {
			s.section = q
			s.softSection = !atx
		}
	}
	s.curLine = t.line
	s.lineTok = i
	s.linePref, s.lineReq, s.lineNm = false, false, false
}

// isHeading reports whether a line heads a section: a Markdown heading, a
// line of at most 10 words that ends with a colon, or a line of at most 5
// words, not a list item, that holds a cue and no name. head is the line up
// to the end of its last word; colon says whether a colon ends it.
func isHeading(head string, words int, cue, name, colon bool) (atx, ok bool) {
	i := 0
	for i < len(head) && (head[i] == ' ' || head[i] == '\t') {
		i++
	}
	if i < len(head) && head[i] == '#' {
		n := 0
		for i+n < len(head) && head[i+n] == '#' {
			n++
		}
		if n <= 6 && (i+n == len(head) || head[i+n] == ' ' || head[i+n] == '\t') {
			return true, true
		}
	}
	if colon && words <= 10 {
		return false, true
	}
	return false, cue && !name && words <= 5 && !isListItem(head[i:])
}

func isListItem(line string) bool {
	for _, b := range []string{"-", "*", "+", "•", "·", "–", "\uf0b7", "▪", "◦", "‣", "○", "■", "►", "✓"} {
		if rest, ok := strings.CutPrefix(line, b); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t' || strings.HasPrefix(rest, "\u00a0")) {
			return true
		}
	}
	d := 0
	for d < len(line) && '0' <= line[d] && line[d] <= '9' {
		d++
	}
	return d > 0 && d+1 < len(line) && (line[d] == '.' || line[d] == ')') && line[d+1] == ' '
}
