package engine

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Years of experience. A text attaches years to what it mentions in two
// ways, and both are read here, when a paragraph is settled, from hits of
// the phrases with the cueYears flag: the year words of yearWords and the
// calendar years 1960 to 2059. A paragraph without such a hit costs
// nothing more.
//
// A phrase of years is a number, a year word and what may go around them:
// "5+ years", "at least three years'", "2-4 yrs" (the lower bound), "a
// decade", "mindestens 3 Jahre", "2+ Jahren", "3 ans", "5 años". Numbers
// are digits or the number words of numberWords, up to twenty. It gives
// its years to one mention, its anchor:
//   - the first mention after it in its sentence, a few words on, with no
//     other mark than a colon between them: "5+ years of Go", "3 ans
//     d'expérience en Java", "minimum 2 years in a backend role";
//   - else the last mention before it on its line, with only brackets,
//     dashes, colons, commas and words of experience between them: "Go (3+
//     years)", "Go: 5 years", "Go experience of 5 years";
//
// and then to the mentions listed with the anchor, with the same
// qualifier: "3+ years with Go, Kafka and PostgreSQL".
//
// What is not a phrase of years: a time ago, an age, a rate or a future
// ("founded 10 years ago", "10 years old", "$120k a year", "within 2
// years", "vor 10 Jahren", "il y a 10 ans", "hace 10 años"), a run ("2
// years in a row"), a compound adjective ("a 3-year roadmap", "a 2 year
// contract"), and more than fifty years. Numbers without a year word
// ("18+", "24/7", "Java 17", "2 million users") are never years.
//
// The second way is the dated entry of a resume; see yearspan.go.
//
// The year words are in this table, not in the taxonomy: they only mean
// something with the grammar of numbers, ranges and traps around them,
// which is code.

// Tenths are tenths of a year.
type Tenths uint16

// Years returns t in years.
func (t Tenths) Years() float64 { return float64(t) / 10 }

// tenths returns y years in tenths, rounded.
func tenths(y float64) Tenths { return Tenths(math.Round(y * 10)) }

// yearWord is what a year word counts: 1 for a year, 10 for a decade, and
// whether it is singular.
type yearWord struct {
	unit     float64
	singular bool
}

// yearWords are the year words of English, German, French and Spanish,
// folded.
var yearWords = map[string]yearWord{
	"year": {1, true}, "years": {1, false}, "yr": {1, true}, "yrs": {1, false}, "yoe": {1, false},
	"decade": {10, true}, "decades": {10, false},
	"jahr": {1, true}, "jahre": {1, false}, "jahren": {1, false},
	"jahrzehnt": {10, true}, "jahrzehnte": {10, false}, "jahrzehnten": {10, false},
	"ans": {1, false}, "année": {1, true}, "années": {1, false}, "décennie": {10, true}, "décennies": {10, false},
	"año": {1, true}, "años": {1, false}, "década": {10, true}, "décadas": {10, false},
}

// numberWords are the numbers one to twenty in words, with the articles
// that count one ("a decade"), folded.
var numberWords = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"ein": 1, "eine": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
	"sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
	"vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
	"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
	"nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
	"dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
}

// articles are the number words that count one only before a singular
// year word: "a decade", not "a 5 years".
var articles = wordSet("a an ein eine einem einer un une una uno")

// Words around a phrase of years that make it something else: after it
// (a time ago, an age, a run, a time later), and before its number (a
// time ago or ahead, a period of time, a rate).
var (
	notYearsAfter  = wordSet("ago old alt alte alten alter later earlier running straight später früher tard edad atrás antes después")
	notYearsBefore = wordSet("once twice in within after every each per next last past first vor nach innerhalb alle letzten nächsten ersten dans après tous derniers prochains premières premiers hace dentro cada próximos últimos primeros")
	// experienceWords may follow a singular year word used as a number
	// of years ("1 year experience"), and stand between a mention and the
	// years after it ("Go experience of 5 years").
	experienceWords = wordSet("experience exp erfahrung berufserfahrung praxiserfahrung expérience experiencia")
	// linkWords may stand between a mention and the years after it.
	linkWords = wordSet("of von de d for für pendant durante with mit avec con at least minimum min mindestens über au moins al menos mínimo over more than mehr als plus más")
	// rangeWords join two numbers into a range: "2 to 4 years".
	rangeWords = wordSet("to bis à a and und et y or oder ou o")
)

// yearCuePhrases are the phrases with the cueYears flag: the year words
// and the calendar years that dated entries start with.
func yearCuePhrases() []string {
	ps := slices.Sorted(maps.Keys(yearWords)) // in a fixed order, so that builds are equal
	for y := firstCalendarYear; y <= lastCalendarYear; y++ {
		ps = append(ps, strconv.Itoa(y))
	}
	return ps
}

// The calendar years a dated entry may name.
const (
	firstCalendarYear = 1960
	lastCalendarYear  = 2059
)

// maxYears bounds the years a phrase may state.
const maxYears = 50

// yearsPhrase is a phrase of years found around the year word text[w0:w1].
type yearsPhrase struct {
	years      Tenths
	start, end int // bytes of the phrase, its number and qualifying words included
}

// readYears reads the phrase of years whose year word is text[w0:w1], and
// reports whether there is one.
func readYears(text string, w0, w1 int) (yearsPhrase, bool) {
	n, start, hyphen, article, ok := numberBefore(text, w0)
	if !ok {
		return yearsPhrase{}, false // the common case: a year word without a number
	}
	yw, ok := lookup(yearWords, text[w0:w1])
	if !ok || article && !yw.singular {
		return yearsPhrase{}, false // "a years" is no number
	}
	end := w1
	if rest := text[end:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		_, size := utf8.DecodeRuneInString(rest)
		end += size // "three years' experience"
	}
	next, nextEnd := wordAfter(text, end)
	if get(notYearsAfter, next) || strings.EqualFold(next, "in") && inARow(text, nextEnd) {
		return yearsPhrase{}, false
	}
	if (hyphen || yw.singular && n != 1) && !get(experienceWords, next) {
		return yearsPhrase{}, false // "a 3-year roadmap", "a 2 year contract"
	}
	n, start = rangeBefore(text, start, n)
	if trapBefore(text, start) {
		return yearsPhrase{}, false
	}
	y := tenths(n * yw.unit)
	if y <= 0 || y > 10*maxYears {
		return yearsPhrase{}, false
	}
	return yearsPhrase{years: y, start: start, end: end}, true
}

// inARow reports whether "a row" or "Folge" follows text[:p]: "2 years in
// a row", "3 Jahre in Folge".
func inARow(text string, p int) bool {
	w, e := wordAfter(text, p)
	if strings.EqualFold(w, "folge") {
		return true
	}
	w2, _ := wordAfter(text, e)
	return strings.EqualFold(w, "a") && strings.EqualFold(w2, "row")
}

// numberBefore reads the number before the year word at w0, with a '+'
// or a hyphen between them: "5+ ", "three ", "3-", "2.5 ". It returns the
// number, where it starts, whether a hyphen joins it to the year word and
// whether it is an article ("a decade").
func numberBefore(text string, w0 int) (n float64, start int, hyphen, article, ok bool) {
	p := w0
	for q := -1; q != p; {
		q = p
		p = spaceBefore(text, p)
		for p > 0 && text[p-1] == '+' {
			p--
		}
	}
	if p == w0 && p > 0 && text[p-1] == '-' {
		p--
		hyphen = true
	}
	if p == w0 {
		return 0, 0, false, false, false // "5years" is one word
	}
	n, start, article, ok = numberEndingAt(text, p)
	return n, start, hyphen, article, ok
}

// numberEndingAt reads the number, in digits or a word, that ends at p,
// and says whether it is an article.
func numberEndingAt(text string, p int) (n float64, start int, article, ok bool) {
	q := p
	for q > 0 && (isDigit(text[q-1]) || (text[q-1] == '.' || text[q-1] == ',') && q-1 > 0 && isDigit(text[q-2]) && q < p) {
		q--
	}
	if q < p {
		if q > 0 && (wordAt(text, q-1) || text[q-1] == '.' || text[q-1] == '/') {
			return 0, 0, false, false // "v3 years", "24/7"
		}
		n, err := strconv.ParseFloat(strings.ReplaceAll(text[q:p], ",", "."), 64)
		return n, q, false, err == nil
	}
	w, q := wordBefore(text, p)
	if q == p {
		return 0, 0, false, false
	}
	n, ok = lookup(numberWords, w)
	if ok && n < 10 && q > 0 && text[q-1] == '-' {
		if w2, q2 := wordBefore(text, q-1); strings.EqualFold(w2, "dix") {
			return 10 + n, q2, false, true // "dix-sept"
		}
	}
	return n, q, get(articles, w), ok
}

// rangeBefore reads the lower bound of a range whose upper bound n starts
// at start: "2-4", "2 to 4", "between 2 and 4". It returns the lower bound
// and where it starts, or n and start when there is none.
func rangeBefore(text string, start int, n float64) (float64, int) {
	p := spaceBefore(text, start)
	sep := ""
	if r, size := utf8.DecodeLastRuneInString(text[:p]); r == '-' || r == '–' || r == '—' {
		sep, p = "-", p-size
	} else if w, q := wordBefore(text, p); get(rangeWords, w) {
		sep, p = strings.ToLower(w), q
	}
	if sep == "" {
		return n, start
	}
	p = spaceBefore(text, p)
	lo, q, article, ok := numberEndingAt(text, p)
	if !ok || lo > n || article {
		return n, start
	}
	switch sep {
	case "-", "to", "bis", "à", "a":
	default: // "between 2 and 4", "zwischen 2 und 4", "entre 2 et 4"
		if w, _ := wordBefore(text, q); !strings.EqualFold(w, "between") && !strings.EqualFold(w, "zwischen") && !strings.EqualFold(w, "entre") {
			return n, start
		}
	}
	return lo, q
}

// trapBefore reports whether the word before the phrase of years that
// starts at p makes it no number of years: "within 2 years", "vor 3
// Jahren", "il y a 10 ans".
func trapBefore(text string, p int) bool {
	w, q := wordBefore(text, p)
	if get(notYearsBefore, w) {
		return true
	}
	if strings.EqualFold(w, "a") {
		w2, _ := wordBefore(text, q)
		return strings.EqualFold(w2, "y") // "il y a"
	}
	// A rate: "$120k a year", "50,000 a year", "€5 per year".
	before := text[:spaceBefore(text, q)]
	return strings.EqualFold(w, "k") || before != "" && isDigit(before[len(before)-1]) || strings.HasSuffix(before, "$") || strings.HasSuffix(before, "€")
}

// lookup returns the value of word w in m, whose keys are folded, and
// whether it is there. It allocates nothing: a word that is all ASCII
// lower case, the common case, is looked up as it is; another is folded
// into a buffer on the stack.
func lookup[V any](m map[string]V, w string) (V, bool) {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			var buf [32]byte
			n := foldInto(&buf, w)
			v, ok := m[string(buf[:n])]
			return v, ok
		}
	}
	v, ok := m[w]
	return v, ok
}

// get is lookup without the second result.
func get[V any](m map[string]V, w string) V {
	v, _ := lookup(m, w)
	return v
}

// foldInto writes w with simple lower-casing into buf and returns its
// length, or 0 when it does not fit.
func foldInto(buf *[32]byte, w string) int {
	if len(w) > len(buf) {
		return 0
	}
	ascii := true
	for i := 0; i < len(w) && ascii; i++ {
		if c := w[i]; c < utf8.RuneSelf {
			buf[i] = asciiLower[c]
		} else {
			ascii = false
		}
	}
	if ascii {
		return len(w)
	}
	n := 0
	for _, r := range w {
		if r < utf8.RuneSelf {
			r = rune(asciiLower[r])
		} else {
			r = unicode.ToLower(r)
		}
		if n+utf8.RuneLen(r) > len(buf) {
			return 0
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return n
}

// wordBefore returns the word that ends at p after spaces, and where it
// starts; "" when a mark comes first.
func wordBefore(text string, p int) (string, int) {
	p = spaceBefore(text, p)
	q := p
	for q > 0 {
		if c := text[q-1]; c < utf8.RuneSelf {
			if !asciiLetter(c) {
				break
			}
			q--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:q])
		if !unicode.IsLetter(r) {
			break
		}
		q -= size
	}
	return text[q:p], q
}

// wordAfter returns the word that starts at p after spaces, and where it
// ends; "" when a mark comes first.
func wordAfter(text string, p int) (string, int) {
	p = spaceAfter(text, p)
	q := p
	for q < len(text) {
		if c := text[q]; c < utf8.RuneSelf {
			if !asciiLetter(c) {
				break
			}
			q++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[q:])
		if !unicode.IsLetter(r) {
			break
		}
		q += size
	}
	return text[p:q], q
}

// spaceBefore returns where the spaces, tabs and no-break spaces that end
// at p start.
func spaceBefore(text string, p int) int {
	for p > 0 {
		switch {
		case text[p-1] == ' ' || text[p-1] == '\t':
			p--
		case p > 1 && text[p-2] == 0xc2 && text[p-1] == 0xa0:
			p -= 2
		default:
			return p
		}
	}
	return p
}

// spaceAfter returns where the spaces, tabs and no-break spaces that start
// at p end.
func spaceAfter(text string, p int) int {
	for p < len(text) {
		switch {
		case text[p] == ' ' || text[p] == '\t':
			p++
		case p+1 < len(text) && text[p] == 0xc2 && text[p+1] == 0xa0:
			p += 2
		default:
			return p
		}
	}
	return p
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// yearsBuffers holds the buffers for attaching years to the mentions of a
// paragraph.
type yearsBuffers struct {
	years   []Tenths // of each selected mention
	anchors []yearsAnchor
	spans   []span
	clock
	// carry is the years of an entry whose dates stand alone on the last
	// line of a paragraph: they go on to the paragraphs that follow (see
	// yearspan.go).
	carry Tenths
}

// findYearHits finds the hits of year words and calendar years again after
// hits were let go.
func (s *scanner) findYearHits() {
	s.yearHits = s.yearHits[:0]
	for k := range s.hits {
		if s.hits[k].cues&cueYears != 0 {
			s.yearHits = append(s.yearHits, int32(k))
		}
	}
}

// yearsAnchor is a mention that a phrase of years names: sel[j], and
// whether the phrase comes after it.
type yearsAnchor struct {
	j     int
	after bool
}

// maxListGap bounds the bytes between two items of a list: ", and/or "
// with Markdown around it.
const maxListGap = 16

// yearsReach is how many words on from a phrase of years its mention may
// start.
const yearsReach = 6

// attachYears sets s.years, for each selected mention of the hits of
// tokens [from, to), to the years the text attaches to it, or 0.
func (s *scanner) attachYears(from, to int) {
	years := s.years[:0]
	for range s.sel {
		years = append(years, 0)
	}
	s.years, s.anchors, s.spans = years, s.anchors[:0], s.spans[:0]
	spanEnd := -1
	for _, k := range s.yearHits {
		h := &s.hits[k]
		if h.t0 < from || h.t0 >= to || h.start < spanEnd {
			continue
		}
		if isDigit(s.text[h.start]) {
			sp, e, ok := readSpan(s.text, h.start, h.end, &s.clock)
			if !ok {
				sp, e, ok = loneDate(s.text, h.start, h.end)
			}
			if ok {
				sp.end = e
				s.spans, spanEnd = append(s.spans, sp), e
			}
			continue
		}
		if j, near := s.nearMention(h); near {
			if ph, ok := readYears(s.text, h.start, h.end); ok {
				s.anchorYears(h, ph, j)
			}
		}
	}
	for _, a := range s.anchors {
		s.spreadYears(a)
	}
	s.spanYears()
}

// nearMention returns the index in s.sel of the first mention after the
// year word h, and whether a mention stands near enough to h to be named
// by it: reading the phrase of years costs more than this test.
func (s *scanner) nearMention(h *hit) (int, bool) {
	hits, sel := s.hits, s.sel
	j, _ := slices.BinarySearchFunc(sel, h.end, func(i, end int) int { return cmp.Compare(hits[i].start, end) })
	if j < len(sel) && hits[sel[j]].sent == h.sent && hits[sel[j]].t0-h.t1 <= yearsReach {
		return j, true
	}
	return j, j > 0 && hits[sel[j-1]].sent == h.sent
}

// anchorYears gives the years of phrase ph, whose year word is hit h, to
// the mention it names, if any (see the top of this file); sel[j] is the
// first mention after h.
func (s *scanner) anchorYears(h *hit, ph yearsPhrase, j int) {
	hits, sel, text := s.hits, s.sel, s.text
	if j < len(sel) {
		m := &hits[sel[j]]
		if m.sent == h.sent && m.t0-h.t1 <= yearsReach && !strings.ContainsAny(text[ph.end:m.start], ".,;!?()[]\n0123456789") &&
			s.quals[j] != Negated && s.years[j] == 0 {
			s.years[j] = ph.years
			s.anchors = append(s.anchors, yearsAnchor{j: j})
			return
		}
	}
	for j > 0 && hits[sel[j-1]].end > ph.start {
		j--
	}
	if j == 0 {
		return
	}
	m := &hits[sel[j-1]]
	if m.sent == h.sent && s.quals[j-1] != Negated && s.years[j-1] == 0 && linksBack(text[m.end:ph.start]) {
		s.years[j-1] = ph.years
		s.anchors = append(s.anchors, yearsAnchor{j: j - 1, after: true})
	}
}

// linksBack reports whether gap, between a mention and a phrase of years
// after it, links them: brackets, dashes, colons, commas, and words of
// experience ("Go (3+ years)", "Go: 5 years", "Go experience of 5 years").
func linksBack(gap string) bool {
	for p := 0; p < len(gap); {
		if r, _ := utf8.DecodeRuneInString(gap[p:]); unicode.IsLetter(r) {
			w, e := wordAfter(gap, p)
			if !get(linkWords, w) && !get(experienceWords, w) {
				return false
			}
			p = e
			continue
		}
		r, size := utf8.DecodeRuneInString(gap[p:])
		if !strings.ContainsRune(" \t\u00a0(:-–—,|/[*_", r) {
			return false
		}
		p += size
	}
	return true
}

// spreadYears gives the years of anchor a to the mentions listed with it,
// after it or, when the phrase of years comes after the anchor, before
// it, that have the anchor's qualifier and no years yet.
func (s *scanner) spreadYears(a yearsAnchor) {
	hits, sel, step := s.hits, s.sel, 1
	if a.after {
		step = -1
	}
	for j := a.j; ; j += step {
		k := j + step
		if k < 0 || k >= len(sel) || s.quals[k] != s.quals[a.j] {
			return
		}
		p, q := &hits[sel[min(j, k)]], &hits[sel[max(j, k)]]
		if p.sent != q.sent || q.start-p.end > maxListGap {
			return
		}
		if _, _, ok := listGapOf(s.text[p.end:q.start], englishListWords); !ok {
			return
		}
		if s.years[k] == 0 {
			s.years[k] = s.years[a.j]
		}
	}
}

// spanYears gives the years of each dated entry of the paragraph to its
// mentions that have none yet, or when it has none, the years carried on
// from an earlier paragraph (see yearspan.go).
func (s *scanner) spanYears() {
	if len(s.spans) == 0 {
		if s.carry > 0 {
			for j := range s.sel {
				if s.years[j] == 0 && s.quals[j] != Negated {
					s.years[j] = s.carry
				}
			}
		}
		return
	}
	k := 0 // the span of the entry of sel[j]: mentions and spans are in text order
	for j, i := range s.sel {
		for k+1 < len(s.spans) && s.spans[k+1].line <= s.hits[i].start {
			k++
		}
		if s.years[j] == 0 && s.quals[j] != Negated {
			s.years[j] = s.spans[k].years
		}
	}
	s.carry = 0
	if last := s.spans[len(s.spans)-1]; endsParagraph(s.text, last.end) {
		s.carry = last.years
	}
}

// carryOnly reads the dated entries of a paragraph that names nothing,
// for the years they carry on to the paragraphs that follow.
func (s *scanner) carryOnly() {
	if len(s.yearHits) > 0 {
		s.sel = s.sel[:0]
		s.attachYears(0, math.MaxInt)
	}
}

// endsParagraph reports whether the line that holds offset p is the last
// of its paragraph: a blank line or the end of the text follows it.
func endsParagraph(text string, p int) bool {
	nl := strings.IndexByte(text[p:], '\n')
	if nl < 0 {
		return true
	}
	return blankLineAt(text, p+nl+1)
}

// blankLineAt reports whether the line that starts at p holds nothing but
// spaces, or the text ends at p.
func blankLineAt(text string, p int) bool {
	for ; p < len(text) && text[p] != '\n'; p++ {
		if c := text[p]; c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// startParagraph ends the years carried on from an entry when the
// paragraph that starts at line offset p opens with a heading: a
// Markdown heading, a line that ends with a colon, a line in capitals, or
// a line of one or two words ("Education", "Skills").
func (s *scanner) startParagraph(p int) {
	if s.carry == 0 {
		return
	}
	line := s.text[p:]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	line = strings.Trim(line, " \t\r*_")
	if strings.HasPrefix(line, "#") || line != "" && !isListItem(line) && (strings.HasSuffix(line, ":") ||
		strings.ToUpper(line) == line || len(strings.Fields(line)) <= 2 && !strings.ContainsAny(line, ",;")) {
		s.carry = 0
	}
}
