package engine

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Dated entries. A resume dates its entries: "2019 - present: Go services
// at Acme", "Senior Engineer, Acme — Jan 2018 – Mar 2021", "(2016–2019)",
// "03/2019 – 05/2021", "seit 2020: …", "depuis 2019", "desde 2018". Such
// a span gives its years to the mentions of its entry that have none of
// their own: the mentions from the line of the span to the line of the
// next span of the paragraph, and for the first span of the paragraph the
// lines before it too (the title of the entry). When the span stands on
// the last line of its paragraph ("### Engineer, Acme" and "*Mar 2021 –
// Present*" above a list), the entry goes on over the paragraphs that
// follow, up to the next span or a paragraph that opens with a heading
// ("## Education", "SKILLS", "Projects:"); otherwise years never cross a
// paragraph. An entry dated by a single month or year at the start of a
// line ("10/2024    Coding-Bootcamp") gives its mentions no years, and
// takes none from the entries around it (loneDate).
//
// A span is two dates joined by a dash or a word ("to", "bis", "à",
// "hasta"), or a date after "since", "seit", "depuis" or "desde". A date
// is a calendar year, after a month in words or digits or not. A span
// stands apart as an entry's date does: at the start of a line or after a
// separator ('|', a dash, a comma, a colon, an opening bracket) or a gap
// between columns (a tab, two spaces), and
// before the end of a line or a separator, except that a span of two
// dates that starts a line may go on with words ("03/2019 – 05/2021
// Backend-Entwickler"); "our 2024–2026 strategy" is no span, nor a single
// date ("in 2019 we launched").
//
// Years are counted in months: a year alone counts as its January, so
// "2016–2019" is 3 years and "Jan 2018 – Mar 2021" 3.2 (years are rounded
// to a tenth). A span that runs to the present ("present", "heute",
// "aujourd'hui", "actualidad", ...) ends in the month that the Today of
// the scan gives; without one, such spans are not read.

// Today gives the month a span that runs to the present ends in, as
// months since the start of year 0: year×12 + month - 1. A scan calls it
// at most once, and only when it reads such a span.
type Today func() int

// clock asks a Today once per scan.
type clock struct {
	today Today
	month int
	asked bool
}

// now returns the month of the present, and whether there is one.
func (c *clock) now() (int, bool) {
	if !c.asked && c.today != nil {
		c.month, c.asked = c.today(), true
	}
	return c.month, c.asked
}

// span is a dated entry: its years, and where its line starts.
type span struct {
	years     Tenths
	line, end int // where its line starts, and where it ends
}

// months are the names of months in English, German, French and Spanish,
// folded and abbreviated, with their number.
var months = map[string]int{
	"jan": 1, "january": 1, "januar": 1, "janvier": 1, "janv": 1, "enero": 1, "ene": 1, "jänner": 1,
	"feb": 2, "february": 2, "februar": 2, "février": 2, "févr": 2, "fev": 2, "febrero": 2,
	"mar": 3, "march": 3, "märz": 3, "mär": 3, "mars": 3, "marzo": 3,
	"apr": 4, "april": 4, "avril": 4, "avr": 4, "abril": 4, "abr": 4,
	"may": 5, "mai": 5, "mayo": 5,
	"jun": 6, "june": 6, "juni": 6, "juin": 6, "junio": 6,
	"jul": 7, "july": 7, "juli": 7, "juillet": 7, "juil": 7, "julio": 7,
	"aug": 8, "august": 8, "août": 8, "agosto": 8, "ago": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "set": 9,
	"oct": 10, "october": 10, "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10,
	"nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
	"dec": 12, "december": 12, "dezember": 12, "dez": 12, "décembre": 12, "déc": 12, "diciembre": 12, "dic": 12,
}

var (
	// presentWords end a span at the present.
	presentWords = wordSet("present current now today date ongoing heute jetzt aktuell dato présent aujourd maintenant actuel presente actualidad actual hoy")
	// sinceWords open a span that runs to the present.
	sinceWords = wordSet("since seit depuis desde")
	// spanWords join the two dates of a span.
	spanWords = wordSet("to until till bis à au a hasta")
	// fromWords may open a span of two dates.
	fromWords = wordSet("from von vom du de del")
)

// readSpan reads the span that starts with the calendar year text[y0:y1],
// and returns it and where it ends.
func readSpan(text string, y0, y1 int, today *clock) (span, int, bool) {
	end, e, ok := dateAfterSep(text, y1, today)
	if !ok && !mayFollowSince(text, y0) {
		return span{}, 0, false // the common case: a year alone
	}
	year, _ := strconv.Atoi(text[y0:y1])
	start, p := monthBefore(text, y0, year)
	since := false
	if b := text[:spaceBefore(text, p)]; b != "" && (asciiLetter(b[len(b)-1]) || b[len(b)-1] >= utf8.RuneSelf) {
		w, q := wordBefore(text, p)
		since = len(w) <= 6 && get(sinceWords, w)
		if since || len(w) <= 4 && get(fromWords, w) {
			p = q
		}
	}
	if !ok {
		now, known := today.now()
		if !since || !known {
			return span{}, 0, false
		}
		end, e = now, y1
	}
	edge, lineStart := edgeBefore(text, p)
	if !edge || !edgeAfter(text, e) && (since || !lineStart) || end <= start || end-start > 12*maxYears {
		return span{}, 0, false
	}
	return span{years: tenths(float64(end-start) / 12), line: strings.LastIndexByte(text[:p], '\n') + 1}, e, true
}

// loneDate reads a single date that opens a line, with nothing but spaces
// before it, and stands apart from what follows (a gap between columns, a
// separator, the end of the line): an entry dated by one month or year
// ("10/2024    Coding-Bootcamp", "2019: Hackathon"). It is a span of no
// years: the mentions of its entry take none from the entries around it.
// A date after a list mark ("- 2019: moved to Go") is an item of an entry,
// not an entry.
func loneDate(text string, y0, y1 int) (span, int, bool) {
	year, _ := strconv.Atoi(text[y0:y1])
	_, p := monthBefore(text, y0, year)
	line := strings.LastIndexByte(text[:p], '\n') + 1
	if strings.TrimLeft(text[line:p], " \t") != "" {
		return span{}, 0, false
	}
	if rest := text[y1:]; strings.HasPrefix(rest, "\t") || strings.HasPrefix(rest, "  ") || edgeAfter(text, y1) {
		return span{line: line}, y1, true
	}
	return span{}, 0, false
}

// mayFollowSince reports whether the date whose year starts at y0 may
// follow a word of since, maybe after a month: a letter, '/' or '.' comes
// before it.
func mayFollowSince(text string, y0 int) bool {
	p := spaceBefore(text, y0)
	if p == 0 {
		return false
	}
	c := text[p-1]
	return c == '/' || c == '.' || c >= utf8.RuneSelf || 'a' <= c|0x20 && c|0x20 <= 'z'
}

// monthBefore returns the month of the date whose year, year, starts at
// y0, as months since year 0, and where the date starts: "Jan 2018",
// "03/2019", "2016" (January).
func monthBefore(text string, y0, year int) (int, int) {
	p := y0
	if p >= 2 && (text[p-1] == '/' || text[p-1] == '.') && isDigit(text[p-2]) {
		q := p - 2
		if q > 0 && isDigit(text[q-1]) {
			q--
		}
		if m, _ := strconv.Atoi(text[q : p-1]); m >= 1 && m <= 12 && (q == 0 || !wordAt(text, q-1)) {
			return year*12 + m - 1, q
		}
	}
	p = spaceBefore(text, p)
	if p > 0 && text[p-1] == '.' {
		p--
	}
	if p > 0 && asciiLetter(text[p-1]) || p > 0 && text[p-1] >= utf8.RuneSelf {
		if w, q := wordBefore(text, p); len(w) >= 3 && len(w) <= 10 {
			if m := get(months, w); m > 0 {
				return year*12 + m - 1, q
			}
		}
	}
	return year * 12, y0
}

// dateAfterSep reads a dash or a span word after p and the date or the
// word for the present after it. It returns the date as months since year
// 0 and where it ends.
func dateAfterSep(text string, p int, today *clock) (int, int, bool) {
	q := spaceAfter(text, p)
	if r, size := utf8.DecodeRuneInString(text[q:]); r == '-' || r == '–' || r == '—' {
		q += size
	} else if w, e := wordAfter(text, q); len(w) <= 5 && get(spanWords, w) {
		q = e
	} else {
		return 0, 0, false
	}
	q = spaceAfter(text, q)
	if w, e := wordAfter(text, q); get(presentWords, w) || strings.EqualFold(w, "la") || strings.EqualFold(w, "to") {
		if strings.EqualFold(w, "la") || strings.EqualFold(w, "to") { // "la fecha", "to date"
			w, e = wordAfter(text, e)
		}
		for _, hui := range [...]string{"'hui", "’hui"} { // "aujourd'hui"
			if strings.HasPrefix(text[e:], hui) {
				e += len(hui)
			}
		}
		if now, known := today.now(); (get(presentWords, w) || strings.EqualFold(w, "fecha")) && known {
			return now, e, true
		}
		return 0, 0, false
	}
	return dateAt(text, q)
}

// dateAt reads a date that starts at p: a calendar year after a month in
// words or digits, or not.
func dateAt(text string, p int) (int, int, bool) {
	month := 1
	if w, e := wordAfter(text, p); len(w) >= 3 && get(months, w) > 0 {
		month, p = get(months, w), e
		if p < len(text) && text[p] == '.' {
			p++
		}
		p = spaceAfter(text, p)
	} else if d := digitsAt(text, p); (d == 1 || d == 2) && p+d < len(text) && (text[p+d] == '/' || text[p+d] == '.') {
		m, _ := strconv.Atoi(text[p : p+d])
		if m < 1 || m > 12 {
			return 0, 0, false
		}
		month, p = m, p+d+1
	}
	if digitsAt(text, p) != 4 {
		return 0, 0, false
	}
	year, _ := strconv.Atoi(text[p : p+4])
	if year < firstCalendarYear || year > lastCalendarYear {
		return 0, 0, false
	}
	return year*12 + month - 1, p + 4, true
}

// digitsAt returns how many digits start at p, when a word does not go on
// after them.
func digitsAt(text string, p int) int {
	q := p
	for q < len(text) && isDigit(text[q]) {
		q++
	}
	if q < len(text) && wordAt(text, q) {
		return 0
	}
	return q - p
}

// edgeBefore reports whether a span may start at p: at the start of its
// line (after list marks and Markdown), which it also reports, or after a
// separator or a gap between columns (a tab, two spaces).
func edgeBefore(text string, p int) (edge, lineStart bool) {
	q := spaceBefore(text, p)
	if q == 0 || text[q-1] == '\n' {
		return true, true
	}
	if gap := text[q:p]; strings.Contains(gap, "\t") || strings.Contains(gap, "  ") {
		return true, false // a gap between columns
	}
	r, _ := utf8.DecodeLastRuneInString(text[:q])
	if !strings.ContainsRune("|–—-,(:·•[/*_#>", r) {
		return false, false
	}
	// Only list marks and Markdown before it on its line?
	for m := q; m > 0 && text[m-1] != '\n'; {
		r, size := utf8.DecodeLastRuneInString(text[:m])
		if !strings.ContainsRune(" \t*_#>-•·", r) {
			return true, false
		}
		m -= size
	}
	return true, true
}

// edgeAfter reports whether a span may end at p: at the end of its line or
// before a separator.
func edgeAfter(text string, p int) bool {
	rest := text[spaceAfter(text, p):]
	if rest == "" || rest[0] == '\n' || rest[0] == '\r' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("|–—-,):.·•;]*_", r)
}
