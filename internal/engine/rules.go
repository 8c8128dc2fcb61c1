package engine

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// basicOK checks a candidate against its rule's CaseSensitive and NotWithin.
func (s *scanner) basicOK(i int) bool {
	ne := s.nameOf(i)
	r := s.m.rule(ne.rule)
	if r == nil {
		return true
	}
	h := &s.hits[i]
	if r.caseSensitive && !s.sameCase(h, ne.raw) && !s.inLowerList(i) {
		return false
	}
	if len(r.context) > 0 && (placeAfter(s.text, h.end) || s.streetAfter(i) || s.properNameAfter(i) || s.properNameBefore(i)) {
		return false // "Phoenix, AZ" and "C/ Orense" are places, "Ruby Chen" and "Sarah Jenkins" persons
	}
	if len(r.notWithin) == 0 {
		return true
	}
	// A NotWithin phrase around the name starts at most depth tokens before.
	for k := i; k >= 0 && s.hits[k].t0 >= h.t0-s.m.depth; k-- {
		if s.contains(k, h, r.notWithin) {
			return false
		}
	}
	for k := i + 1; k < len(s.hits) && s.hits[k].t0 == h.t0; k++ {
		if s.contains(k, h, r.notWithin) {
			return false
		}
	}
	return true
}

// inLowerList reports whether hit i is written in lower case as an item of
// a list of at least three names, one of them a name without a rule: skills
// sections are often written so ("python, django, react, go"), and there a
// case-sensitive name counts in lower case too. So it does in a list of two
// names that a label opens (see labelBefore): "Tech: go, postgres".
func (s *scanner) inLowerList(i int) bool {
	h := &s.hits[i]
	for p := h.start; p < h.end; p++ {
		if 'A' <= s.text[p] && s.text[p] <= 'Z' {
			return false
		}
	}
	items, plain, first := 0, false, i
	for k, step := i, -1; step <= 1; step += 2 {
		for n := 0; n < 3; n++ {
			j := s.listNeighbour(k, step)
			if j < 0 {
				break
			}
			items++
			plain = plain || !s.hits[j].ruled
			k = j
			if step < 0 {
				first = j
			}
		}
		k = i
	}
	return items >= 2 && plain || items >= 1 && labelBefore(s.text, s.hits[first].start)
}

// labelBefore reports whether text[at] follows a label: at the start of a
// line, one to three words (letters, joined by spaces or hyphens) and a
// colon, spaces aside: "Stack:", "Tech-Stack:", "Stack technique :",
// "Tecnologías:".
func labelBefore(text string, at int) bool {
	q := trimSpaceLeft(text, at)
	if q == 0 || text[q-1] != ':' {
		return false
	}
	q = trimSpaceLeft(text, q-1)
	words, inWord := 0, false
	for q > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:q])
		switch {
		case r == '\n':
			return words > 0 && words <= 3
		case unicode.IsLetter(r):
			if !inWord {
				words++
			}
			inWord = true
		case r == ' ' || r == '-':
			inWord = false
		default:
			return false
		}
		q -= size
	}
	return words > 0 && words <= 3
}

// listNeighbour returns the name hit next to hit i in a list, before it
// (step -1) or after it (step 1), separated by a comma, "and", "or", '/' or
// '&' (see listGap), or -1.
func (s *scanner) listNeighbour(i, step int) int {
	hits := s.hits
	h := &hits[i]
	best := -1
	for k := i + step; k >= 0 && k < len(hits); k += step {
		o := &hits[k]
		if step < 0 && o.t0 < h.t0-s.m.depth-2 || step > 0 && o.t0 > h.t1+2 {
			break
		}
		if !o.name {
			continue
		}
		var a, b *hit
		if step < 0 {
			a, b = o, h
		} else {
			a, b = h, o
		}
		if a.t1 < b.t0-2 || a.t1 > b.t0 || a.end > b.start {
			continue
		}
		if _, _, ok := listGapOf(s.text[a.end:b.start], englishListWords); ok && (best < 0 || o.end-o.start > hits[best].end-hits[best].start) {
			best = k
		}
	}
	return best
}

// placeAfter reports whether text[end:] begins with a comma, a space and
// a US state or a Canadian province, by its code or its name, as in
// "Phoenix, AZ", "Phoenix, Arizona" or "Spring, TX".
func placeAfter(text string, end int) bool {
	rest := text[end:]
	if len(rest) < 4 || rest[0] != ',' || rest[1] != ' ' {
		return false
	}
	rest = rest[2:]
	if rest[0] < 'A' || rest[0] > 'Z' {
		return false // "Go, and Rust"
	}
	if regionCodes[rest[:2]] && !wordAt(rest, 2) {
		return true
	}
	for _, r := range regionNames[rest[0]-'A'] {
		if strings.HasPrefix(rest, r) && !wordAt(rest, len(r)) {
			return true
		}
	}
	return false
}

// streetAfter reports whether hit i is the letter C followed by a slash and
// a capitalised word that starts no phrase of the taxonomy: the Spanish
// abbreviation of "calle" in an address ("C/ Orense 12", "C/Alcalá"),
// while "C/C++" and "C/ Go" are lists.
func (s *scanner) streetAfter(i int) bool {
	h := &s.hits[i]
	text, p := s.text, h.end+1
	if h.end-h.start != 1 || text[h.start] != 'C' || p >= len(text) || text[h.end] != '/' {
		return false
	}
	p = trimSpaceRight(text, p)
	if p >= len(text) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[p:]); !unicode.IsUpper(r) {
		return false
	}
	return !s.phraseAt(i, h.t1)
}

// properNameAfter reports whether hit i is followed, after one space (or
// " & "), by a capitalised word that starts no phrase of the taxonomy and
// is no function word: with it the name is part of a proper name, such as
// a person's ("Ruby Chen") or a company's ("Swift Logistics").
func (s *scanner) properNameAfter(i int) bool {
	h := &s.hits[i]
	text, p := s.text, h.end+1
	amp := strings.HasPrefix(text[h.end:], " & ")
	if amp {
		p += 2 // "Ruby & Sons"
	}
	if p+1 >= len(text) || text[p-1] != ' ' || text[p] < 'A' || text[p] > 'Z' || text[p+1] < 'a' || text[p+1] > 'z' {
		return false
	}
	if s.phraseAt(i, h.t1) {
		return false // "Rust Developer", "Go Microservices", "Rust & Go"
	}
	end, _ := alnumRun(text, p)
	return !isFunctionWord(text[p:end])
}

// properNameBefore reports whether hit i follows, after one space, a
// capitalised word in the middle of a sentence that is no name and no
// function word, and no word of the taxonomy follows it: "Contact Sarah
// Jenkins, Talent Partner". At the start of a sentence or a line a
// capitalised word is no sign ("Configure Jenkins").
func (s *scanner) properNameBefore(i int) bool {
	h := &s.hits[i]
	text, e := s.text, h.start-1
	if e < 2 || text[e] != ' ' || text[e-1] < 'a' || text[e-1] > 'z' {
		return false
	}
	b := e - 1
	for b > 0 && 'a' <= text[b-1] && text[b-1] <= 'z' {
		b--
	}
	if b == 0 || text[b-1] < 'A' || text[b-1] > 'Z' || e-b > 15 {
		return false
	}
	b-- // the capital
	if b == 0 {
		return false
	}
	before := strings.TrimRight(text[:b], " ")
	if before == "" || before != text[:b-1] && before != text[:b] || !(wordAt(before, len(before)-1) || strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":")) {
		return false // the word starts a sentence, a line or a list item
	}
	if isFunctionWord(text[b:e]) {
		return false
	}
	for k := i - 1; k >= 0 && s.hits[k].t1 >= h.t0-1; k-- {
		if s.hits[k].t1 == h.t0 {
			return false // "GitLab Jenkins": a name before
		}
	}
	if h.end < len(text) && text[h.end] == ' ' {
		if s.phraseAt(i, h.t1) {
			return false // a word of the taxonomy goes on from it
		}
	}
	return true
}

// phraseAt reports whether a name, or a context phrase of hit i's rule,
// starts at token t after hit i: the words then belong together ("Rust
// Developer"), while another name's context word ("Checkout") says nothing.
func (s *scanner) phraseAt(i, t int) bool {
	r := s.m.rule(s.nameOf(i).rule)
	for k := i + 1; k < len(s.hits) && s.hits[k].t0 <= t; k++ {
		if o := &s.hits[k]; o.t0 == t && (o.name || slices.Contains(r.context, o.phrase)) {
			return true
		}
	}
	return false
}

// functionWords are words that Title Case capitalises after a name without
// making it part of a proper name: function words and the common nouns of
// the trade ("Experience In Rust And Go", "Senior Rust Programmer", "Go
// Modules").
var functionWords = wordSet(`a an and as at by for from in into is are or nor of on over
		the to via vs with within using plus
		dev devs developer developers programmer programmers engineer engineers
		architect architects lead leads expert experts specialist specialists
		consultant consultants team teams guild community
		code codebase codebases coding programming language languages skills
		experience expertise knowledge proficiency certification certified
		app apps service services server servers backend api apis sdk sdks
		library libraries package packages module modules framework frameworks
		runtime compiler toolchain tooling tools ecosystem stack platform
		project projects version versions migration upgrade upgrades
		training course courses bootcamp conference meetup`)

// isFunctionWord reports whether the ASCII word w, in any case, is one of
// functionWords.
func isFunctionWord(w string) bool {
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	for k := 0; k < len(w); k++ {
		buf[k] = asciiLower[w[k]]
	}
	return functionWords[string(buf[:len(w)])]
}

// regionCodes are the two-letter codes of the US states, the District of
// Columbia and the Canadian provinces and territories.
var regionCodes = wordSet(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI
		MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
		AB BC MB NB NL NS NT NU ON PE QC SK YT`)

// regionNames are the names of the places of regionCodes, as written in an
// address, by their first letter.
var regionNames = func() (byFirst [26][]string) {
	for _, r := range strings.Split(`Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,`+
		`Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,`+
		`Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,`+
		`New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,`+
		`Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,`+
		`Washington,West Virginia,Wisconsin,Wyoming,District of Columbia,D.C.,`+
		`Alberta,British Columbia,Manitoba,New Brunswick,Newfoundland,Nova Scotia,Northwest Territories,`+
		`Nunavut,Ontario,Prince Edward Island,Quebec,Québec,Saskatchewan,Yukon`, ",") {
		byFirst[r[0]-'A'] = append(byFirst[r[0]-'A'], r)
	}
	return byFirst
}()

func (s *scanner) contains(k int, h *hit, phrases []int32) bool {
	o := &s.hits[k]
	return o.start <= h.start && o.end >= h.end && slices.Contains(phrases, o.phrase)
}

// sameCase reports whether the hit's words are written as raw.
func (s *scanner) sameCase(h *hit, raw strList) bool {
	text := s.text[:h.end]
	k := 0
	for p := h.start; p < h.end; {
		if !tokenStartAt(text, p) {
			p++
			continue
		}
		end, _, _ := scanWord(text, p)
		if k >= raw.len() || stripZero(text[p:end]) != s.m.tok(raw, k) {
			return false
		}
		k++
		p = end
	}
	return k == raw.len()
}

// contextWindow is how many words either side a context word may be.
const contextWindow = 8

// contextOK reports whether a context phrase of the hit's rule, or a mention
// of another skill through a name without context, is within contextWindow
// words of hit i.
func (s *scanner) contextOK(i int) bool {
	h := &s.hits[i]
	ne := s.nameOf(i)
	r := s.m.rule(ne.rule)
	lo := h.t0 - contextWindow - s.m.depth
	k := i
	for k > 0 && s.hits[k-1].t0 >= lo {
		k--
	}
	for ; k < len(s.hits) && s.hits[k].t0 < h.t1+contextWindow; k++ {
		o := &s.hits[k]
		if k == i || o.t1 <= h.t0-contextWindow {
			continue
		}
		if slices.Contains(r.context, o.phrase) {
			return true
		}
		if s.ok[k] && (o.t1 <= h.t0 || o.t0 >= h.t1) {
			on := s.nameOf(k)
			if on.skill && (on.rule == 0 || len(s.m.rule(on.rule).context) == 0) {
				return true
			}
			if on.language && ne.language && o.sent == h.sent && on.id != ne.id {
				// Two languages named in one sentence vouch for each
				// other: "Go or Rust".
				return true
			}
		}
	}
	return false
}

// trimSpaceLeft returns where the spaces that end text[:q] start.
func trimSpaceLeft(text string, q int) int {
	for q > 0 && text[q-1] == ' ' {
		q--
	}
	return q
}
