package roles

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SeniorityLevel is how senior the work of a posting or a resume is, on a
// scale mapped to the levels of responsibility of SFIA, the Skills
// Framework for the Information Age (SFIA 9, "Levels of responsibility",
// https://sfia-online.org/en/sfia-9/responsibilities): seven levels named
// by guiding words, 1 Follow, 2 Assist, 3 Apply, 4 Enable, 5 Ensure,
// advise, 6 Initiate, influence, 7 Set strategy, inspire, mobilise. The
// zero value, "", is an unknown level. [SeniorityLevel.SFIA] gives the
// level.
type SeniorityLevel string

// The seniority levels, from least to most senior.
const (
	// SeniorityIntern: interns, working students, trainees and
	// apprentices. SFIA 1, Follow: "performs routine tasks under close
	// supervision, follows instructions".
	SeniorityIntern SeniorityLevel = "intern"
	// SeniorityJunior: junior and entry-level work, graduates. SFIA 2,
	// Assist: "provides assistance to others, works under routine
	// supervision".
	SeniorityJunior SeniorityLevel = "junior"
	// SeniorityMid: mid-level work. SFIA 3, Apply: "performs varied tasks,
	// sometimes complex and non-routine ... works under general direction".
	SeniorityMid SeniorityLevel = "mid"
	// SenioritySenior: senior work. SFIA 4, Enable: "performs diverse
	// complex activities, supports and guides others ... works
	// autonomously under general direction".
	SenioritySenior SeniorityLevel = "senior"
	// SeniorityStaff: staff and principal work, technical leadership
	// without reports. SFIA 5, Ensure, advise: "provides authoritative
	// guidance in their field and works under broad direction".
	SeniorityStaff SeniorityLevel = "staff"
	// SeniorityLead: leads, managers, heads and directors of teams. SFIA 5
	// as well, on the management track: "accountable for delivering
	// significant work outcomes"; the scale puts it last.
	SeniorityLead SeniorityLevel = "lead"
)

// seniorityOrder lists the levels from least to most senior.
var seniorityOrder = [...]SeniorityLevel{"", SeniorityIntern, SeniorityJunior, SeniorityMid, SenioritySenior, SeniorityStaff, SeniorityLead}

// sfiaLevels maps each level, by its place in seniorityOrder, to SFIA.
var sfiaLevels = [...]int{0, 1, 2, 3, 4, 5, 5}

// rank returns l's place on the scale: 0 for an unknown level.
func (l SeniorityLevel) rank() int { return max(slices.Index(seniorityOrder[:], l), 0) }

// SFIA returns the SFIA level of responsibility, 1 to 7, that l maps to,
// or 0 for an unknown level. Staff and lead are both 5.
func (l SeniorityLevel) SFIA() int { return sfiaLevels[l.rank()] }

// SeniorityCue says what kind of text is evidence of a seniority level.
type SeniorityCue string

// The kinds of evidence of seniority.
const (
	// CueTitle: a level word of a job title ("Senior", "Sr.", "Junior",
	// "Lead", "Staff", "Principal", "Werkstudent", "Praktikant",
	// "stagiaire", "becario"), in the title lines of the text or next to
	// a job noun elsewhere ("a Senior Backend Engineer", not "mentor
	// junior engineers").
	CueTitle SeniorityCue = "title"
	// CuePhrase: a phrase that names a level anywhere ("entry level",
	// "Berufseinsteiger", "internship", "alternance", "prácticas",
	// "Führungsverantwortung").
	CuePhrase SeniorityCue = "phrase"
	// CueDuty: leading people ("you will lead a team", "manage a team of",
	// "ein Team führen", "encadrer une équipe", "liderar un equipo").
	CueDuty SeniorityCue = "duty"
	// CueYears: the most years of experience on a mention (see
	// [Mention.Years]).
	CueYears SeniorityCue = "years"
)

// SeniorityEvidence is one place in a text that suggests a level.
type SeniorityEvidence struct {
	Level SeniorityLevel `json:"level"`           // the level it suggests
	Cue   SeniorityCue   `json:"cue"`             // what kind of evidence it is
	Text  string         `json:"text"`            // text[Start:End]: the words, or for CueYears the mention
	Start int            `json:"start"`           // byte offset of the first byte
	End   int            `json:"end"`             // byte offset just past the last byte
	Years float64        `json:"years,omitempty"` // for CueYears, the mention's years
}

// Seniority is how senior the work of a text is, with the evidence.
type Seniority struct {
	// Level is the level the evidence gives, or "" when there is none.
	Level SeniorityLevel `json:"level"`
	// Evidence lists every cue found, in text order; never nil.
	Evidence []SeniorityEvidence `json:"evidence"`
}

// Seniority says how senior the work of a posting or a resume is, with the
// evidence. The level words of the title lines decide when there are any
// (the first three non-blank lines, while each has twelve words or less: a
// posting's title, a resume's headline), the most senior of them
// ("Senior Engineering Manager" is lead); else the most senior level that
// any evidence gives: level words next to a singular job noun or a role
// ("a Senior Backend Engineer", not "mentor junior developers"), phrases,
// duties and years, so that a resume is as senior as its most senior
// entry. Titles of two words that need no job noun ("Tech Lead",
// "Engineering Manager", "Head of") count in the title lines only;
// elsewhere they are mostly someone else's. Years ask for or show a level
// on these thresholds, those of common job ladders: less than 2 years
// junior, 2 to under 5 mid, 5 or more senior ("7+ years" is senior);
// years never suggest staff or lead. Negated mentions count for nothing.
// The words are English, German, French and Spanish. A text with no
// evidence has the zero Level and empty Evidence.
func (t *Taxonomy) Seniority(text string) Seniority {
	return t.SeniorityMentions(text, t.Extract(text))
}

// SeniorityMentions says how senior text is as [Taxonomy.Seniority] does,
// from the mentions t found in it, so that a text scanned once can be
// decided, ranked and levelled. ms is not changed.
func (t *Taxonomy) SeniorityMentions(text string, ms []Mention) Seniority {
	ws := splitSeniorWords(text)
	ev := seniorityWords(text, ws, ms)
	if y := mostYears(ms); y >= 0 {
		m := ms[y]
		ev = append(ev, SeniorityEvidence{Level: yearsLevel(m.Years), Cue: CueYears, Text: text[m.Start:m.End], Start: m.Start, End: m.End, Years: m.Years})
	}
	slices.SortStableFunc(ev, func(a, b SeniorityEvidence) int { return a.Start - b.Start })
	return Seniority{Level: decideLevel(ev, titleLinesEnd(text, ws)), Evidence: ev}
}

// SeniorityOf says how senior the work of text is, on the default
// taxonomy. It is equivalent to Default().Seniority(text); see
// [Taxonomy.Seniority].
func SeniorityOf(text string) Seniority { return Default().Seniority(text) }

// decideLevel picks the most senior level of the title lines' level
// words, or else of all the evidence; titleEnd is where the title lines
// end.
func decideLevel(ev []SeniorityEvidence, titleEnd int) SeniorityLevel {
	best, inTitle := SeniorityLevel(""), false
	for _, e := range ev {
		title := e.Cue == CueTitle && e.Start < titleEnd
		if title && !inTitle || title == inTitle && e.Level.rank() > best.rank() {
			best, inTitle = e.Level, title
		}
	}
	return best
}

// yearsLevel is the level that years of experience suggest.
func yearsLevel(y float64) SeniorityLevel {
	switch {
	case y >= 5:
		return SenioritySenior
	case y >= 2:
		return SeniorityMid
	}
	return SeniorityJunior
}

// mostYears returns the index of the mention with the most years, not
// negated, or -1.
func mostYears(ms []Mention) int {
	at := -1
	for i := range ms {
		if ms[i].Years > 0 && ms[i].Qualifier != QualifierNegated && (at < 0 || ms[i].Years > ms[at].Years) {
			at = i
		}
	}
	return at
}

// The title lines of a text are its first non-blank lines, up to
// seniorTitleLines of them, as long as each is short enough to be a title or a
// headline: titleLineWords words or less.
const (
	seniorTitleLines = 3
	titleLineWords   = 12
)

// titleLinesEnd returns where the title lines of text end; ws are its
// words.
func titleLinesEnd(text string, ws []seniorWord) int {
	end, lines, k := 0, 0, 0
	for p := 0; p < len(text) && lines < seniorTitleLines; {
		q := strings.IndexByte(text[p:], '\n')
		if q < 0 {
			q = len(text)
		} else {
			q += p
		}
		n := 0
		for ; k < len(ws) && ws[k].start < q; k++ {
			n++
		}
		if n > titleLineWords {
			break
		}
		if strings.TrimSpace(text[p:q]) != "" {
			lines, end = lines+1, q
		}
		p = q + 1
	}
	return end
}

// seniorWord is a word of text, folded, with its bytes.
type seniorWord struct {
	w          string
	start, end int
	line       int // the line it is on
}

// splitSeniorWords splits text into its words: letters and digits, with
// hyphens, slashes and dots between words.
func splitSeniorWords(text string) []seniorWord {
	var ws []seniorWord
	line := 0
	for p := 0; p < len(text); {
		r, size := utf8.DecodeRuneInString(text[p:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r == '\n' {
				line++
			}
			p += size
			continue
		}
		q := p
		for q < len(text) {
			r, size := utf8.DecodeRuneInString(text[q:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			q += size
		}
		ws = append(ws, seniorWord{w: strings.ToLower(text[p:q]), start: p, end: q, line: line})
		p = q
	}
	return ws
}

// seniorityWords finds the level words, phrases and duties of text, whose
// words are ws; ms are its mentions, whose roles stand for
// job nouns.
func seniorityWords(text string, ws []seniorWord, ms []Mention) []SeniorityEvidence {
	roleAt := map[int]bool{}
	for _, m := range ms {
		if m.Kind == KindRole && m.Qualifier != QualifierNegated {
			roleAt[m.Start], roleAt[m.End] = true, true
		}
	}
	ev := []SeniorityEvidence{}
	add := func(l SeniorityLevel, c SeniorityCue, i, j int) {
		ev = append(ev, SeniorityEvidence{Level: l, Cue: c, Text: text[ws[i].start:ws[j].end], Start: ws[i].start, End: ws[j].end})
	}
	first := titleLinesEnd(text, ws)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) && ws[i+1].line == w.line {
			if p, ok := levelPairs[[2]string{w.w, ws[i+1].w}]; ok {
				if ownLevel(ws, i) && (p.cue == CuePhrase || w.start < first) {
					add(p.level, p.cue, i, i+1)
				}
				i++ // a pair that is others' title is not read again
				continue
			}
		}
		if j := leadsPeople(ws, i); j >= 0 {
			add(SeniorityLead, CueDuty, min(i, j), max(i, j))
		} else if l, ok := levelPhraseWords[w.w]; ok && ownLevel(ws, i) {
			add(l, CuePhrase, i, i)
		} else if l, ok := levelTitleWords[w.w]; ok && ownLevel(ws, i) && (w.start < first || nearJobNoun(ws, i, roleAt)) {
			add(l, CueTitle, i, i)
		}
	}
	return ev
}

// ownLevel reports whether level word i is the text's own: no word of
// notOwnLevel stands up to two words before it on its line.
func ownLevel(ws []seniorWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && ws[k].line == ws[i].line; k-- {
		if notOwnLevel[ws[k].w] {
			return false
		}
	}
	return true
}

// nearJobNoun reports whether a job noun or a role follows level word i
// within three words on its line ("Senior Backend Engineer"), or comes
// just before it ("Backend-Entwickler (Junior)").
func nearJobNoun(ws []seniorWord, i int, roleAt map[int]bool) bool {
	for k := i + 1; k < len(ws) && k <= i+3 && ws[k].line == ws[i].line; k++ {
		if jobNouns[ws[k].w] || roleAt[ws[k].start] {
			return true
		}
	}
	if k := i - 1; k >= 0 && ws[k].line == ws[i].line && (jobNouns[ws[k].w] || roleAt[ws[k].end]) {
		return true
	}
	return false
}

// leadsPeople returns, when word i is a verb of leading with a noun of
// people three words after it or less ("lead a team", "manage a team of"),
// or before it for a verb that takes its object first ("ein Team
// führen"), the index of that noun; else -1.
func leadsPeople(ws []seniorWord, i int) int {
	switch {
	case leadVerbs[ws[i].w]:
		for k := i + 1; k < len(ws) && k <= i+3 && ws[k].line == ws[i].line; k++ {
			if peopleNouns[ws[k].w] {
				return k
			}
		}
	case leadVerbsAfter[ws[i].w]:
		for k := i - 1; k >= 0 && k >= i-3 && ws[k].line == ws[i].line; k-- {
			if peopleNouns[ws[k].w] {
				return k
			}
		}
	}
	return -1
}
