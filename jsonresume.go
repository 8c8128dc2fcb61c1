package roles

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ResumeProfile is a [Profile] read from a JSON Resume document by
// [Taxonomy.ProfileFromJSONResume], with what the reading left out.
type ResumeProfile struct {
	// Profile holds the skills and responsibilities that the taxonomy
	// knows, each once, in the order the document first names them: those
	// of the skills section first, then those basics.summary states years
	// of, then those of the work entries.
	Profile Profile `json:"profile"`
	// Headline is the document's basics.label ("Web Developer"); "" when
	// it has none.
	Headline string `json:"headline,omitempty"`
	// Unknown lists the keywords that name nothing the taxonomy knows as a
	// skill or a responsibility, sorted by path: the code
	// [CodeUnknownSkill] for a name it does not know, [CodeWrongKind] for
	// a role or an occupation ("Backend Developer" as a keyword), with the
	// keyword's JSON pointer in the document ("/skills/1/keywords/2", or
	// "/skills/1/name" for a skill given by its name alone). It is empty,
	// not nil, when every keyword is known.
	Unknown []Problem `json:"unknown"`
}

// ProfileFromJSONResume reads a JSON Resume document into a profile: the
// format of https://jsonresume.org/schema (version 1.0.0, whose JSON
// Schema is schema.json in github.com/jsonresume/resume-schema). It reads
//
//   - skills[].keywords, and skills[].name when the taxonomy knows it as a
//     skill or when the entry has no keywords, as the profile's skills
//     (responsibilities when the taxonomy knows them as such). A keyword
//     is found with [Taxonomy.Lookup], or else as the skills that
//     [Taxonomy.Extract] finds in it ("PostgreSQL 15" is PostgreSQL);
//     keywords that are neither go to Unknown. A group's name that the
//     taxonomy does not know, such as "Web Development", is a heading, not
//     an unknown skill.
//   - skills[].level as the Level of the skills of its entry, on a scale
//     of five after the stages of the Dreyfus model of skill acquisition:
//     "Novice", "Beginner" or "Basic" 1; "Elementary" or "Familiar" 2;
//     "Intermediate", "Competent" or "Working" 3; "Advanced",
//     "Proficient", "Strong" or "Fluent" 4; "Expert", "Master" or "Native"
//     5 (in any case), or a digit from 1 to 5 ("4", "4/5"). Other words
//     state no level. A skill in several entries takes its highest level.
//   - work[]: the concepts that [Taxonomy.Extract] finds in an entry's
//     position, summary and highlights, and for each skill among them the
//     years of the entries that name it: from startDate to endDate, dates
//     of ISO 8601 as the schema writes them, whole or partial ("2019-04-15",
//     "2019-04", "2019"; a partial date stands for its whole month or
//     year, so "2019" to "2020" is two years). An endDate that is missing,
//     empty or "present" (also "now", "current", in any case) is today.
//     Periods of one skill that overlap count once; an entry without a
//     startDate, or one that ends before it starts, adds no years. Years
//     are rounded to a tenth.
//   - basics.summary for the skills it states years of ("eight years of
//     Java", read as [Mention.Years] says): they join the profile.
//   - basics.label as the Headline.
//
// A skill's Years are those of its work entries or the most that any text
// or keyword of the document states ("Go (5 years)"), whichever is more.
// Everything else (education, projects, volunteer work, the rest of
// basics.summary) is left out.
//
// Data that is not one JSON document is an error with a Line and Column
// ([CodeSyntax]); members of the wrong type (a keyword that is a number,
// skills that are an object) and dates that are not ISO 8601 are errors
// with their JSON pointers ([CodeSchema]), all reported at once, in an
// [*Error] whose Subject is "JSON Resume". Members the schema does not
// define are ignored.
func (t *Taxonomy) ProfileFromJSONResume(data []byte) (ResumeProfile, error) {
	return t.profileFromJSONResume(data, time.Now())
}

// ProfileFromJSONResume reads a JSON Resume document into a profile of the
// default taxonomy. It is equivalent to Default().ProfileFromJSONResume(data).
func ProfileFromJSONResume(data []byte) (ResumeProfile, error) {
	return Default().ProfileFromJSONResume(data)
}

// jsonResume is what ProfileFromJSONResume reads of a JSON Resume document.
type jsonResume struct {
	Basics struct {
		Label   string `json:"label"`
		Summary string `json:"summary"`
	} `json:"basics"`
	Work   []resumeWork  `json:"work"`
	Skills []resumeSkill `json:"skills"`
}

type resumeWork struct {
	Position   string   `json:"position"`
	StartDate  string   `json:"startDate"`
	EndDate    string   `json:"endDate"`
	Summary    string   `json:"summary"`
	Highlights []string `json:"highlights"`
}

type resumeSkill struct {
	Name     string   `json:"name"`
	Level    string   `json:"level"`
	Keywords []string `json:"keywords"`
}

// profileFromJSONResume is ProfileFromJSONResume with today given.
func (t *Taxonomy) profileFromJSONResume(data []byte, now time.Time) (ResumeProfile, error) {
	data = trimBOM(data)
	var doc jsonResume
	if err := json.Unmarshal(data, &doc); err != nil {
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) {
			return ResumeProfile{}, resumeError(syntaxError(data, err).Problems)
		}
		probs := resumeTypeProblems(data)
		if len(probs) == 0 {
			// The decoder matches member names in any case ("Skills"),
			// the schema and resumeShape only as written.
			probs = syntaxError(data, err).Problems
		}
		return ResumeProfile{}, resumeError(probs)
	}
	b := resumeBuilder{t: t, now: now}
	for i := range doc.Work {
		b.work(i, &doc.Work[i])
	}
	if len(b.bad) > 0 {
		return ResumeProfile{}, resumeError(b.bad)
	}
	b.skillsSection(doc.Skills)
	b.summary(doc.Basics.Summary)
	return b.result(doc.Basics.Label), nil
}

// resumeError is the error for what is wrong with a JSON Resume document.
func resumeError(probs []Problem) *Error {
	e := newError(probs)
	e.Subject = "JSON Resume"
	return e
}

// resumeBuilder gathers a profile from a JSON Resume document.
type resumeBuilder struct {
	t   *Taxonomy
	now time.Time
	// skills and duties are the concepts found, in the order first found;
	// level and spans are by skill.
	skills, duties []string
	level          map[string]int
	spans          map[string][]span
	stated         map[string]float64 // years a text states ("8 years of Go")
	inWork         []string           // the skills found in work entries, in order
	unknown, bad   []Problem
}

// span is a period of work, [from, to).
type span struct{ from, to time.Time }

// skillsSection reads the skills section: keywords and names, with levels.
func (b *resumeBuilder) skillsSection(skills []resumeSkill) {
	for i := range skills {
		s := &skills[i]
		level := resumeLevel(s.Level)
		if len(s.Keywords) == 0 {
			b.keyword(pointer("skills", i, "name"), s.Name, level)
			continue
		}
		if c, ok := b.t.Lookup(s.Name); ok && c.Kind == KindSkill {
			b.addSkill(c.ID, level)
		}
		for j, k := range s.Keywords {
			b.keyword(pointer("skills", i, "keywords", j), k, level)
		}
	}
}

// keyword resolves one keyword (or a skill's name) at the JSON pointer
// path, stated at level.
func (b *resumeBuilder) keyword(path, k string, level int) {
	if strings.TrimSpace(k) == "" {
		return
	}
	c, ok := b.t.Lookup(k)
	switch {
	case ok && c.Kind == KindSkill:
		b.addSkill(c.ID, level)
	case ok && c.Kind == KindResponsibility:
		b.addDuty(c.ID)
	case ok:
		b.unknown = append(b.unknown, Problem{Path: path, Code: CodeWrongKind, Message: fmt.Sprintf("%q is %s, not a skill", k, c.Kind.withArticle())})
	default:
		found := false
		for _, m := range b.t.ExtractAt(k, b.now) {
			found = b.mention(&m, level) || found
		}
		if !found {
			b.unknown = append(b.unknown, Problem{Path: path, Code: CodeUnknownSkill, Message: fmt.Sprintf("unknown skill %q", k)})
		}
	}
}

// mention adds what m names, when it is a skill or a responsibility the
// text does not rule out, and reports whether it did.
func (b *resumeBuilder) mention(m *Mention, level int) bool {
	switch {
	case m.Qualifier == QualifierNegated:
		return false
	case m.Kind == KindSkill:
		b.addSkill(m.ID, level)
		b.state(m)
	case m.Kind == KindResponsibility:
		b.addDuty(m.ID)
	default:
		return false
	}
	return true
}

func (b *resumeBuilder) addSkill(id string, level int) {
	if b.level == nil {
		b.level = map[string]int{}
	}
	old, seen := b.level[id]
	if !seen {
		b.skills = append(b.skills, id)
	}
	b.level[id] = max(old, level)
}

// state keeps the years m states for its skill, the most of all.
func (b *resumeBuilder) state(m *Mention) {
	if m.Years > 0 && m.Qualifier != QualifierNegated {
		if b.stated == nil {
			b.stated = map[string]float64{}
		}
		b.stated[m.ID] = max(b.stated[m.ID], m.Years)
	}
}

// summary reads basics.summary for the skills it states years of ("eight
// years of Java"): they join the profile with those years.
func (b *resumeBuilder) summary(text string) {
	for _, m := range b.t.ExtractAt(text, b.now) {
		if m.Kind == KindSkill && m.Years > 0 {
			b.mention(&m, 0)
		}
	}
}

func (b *resumeBuilder) addDuty(id string) {
	if !slices.Contains(b.duties, id) {
		b.duties = append(b.duties, id)
	}
}

// work reads work entry i: its period, and the concepts its text names.
func (b *resumeBuilder) work(i int, w *resumeWork) {
	from, okFrom := b.date(pointer("work", i, "startDate"), w.StartDate, false)
	to, okTo := b.date(pointer("work", i, "endDate"), w.EndDate, true)
	if !okFrom || !okTo {
		return
	}
	var text strings.Builder
	text.WriteString(w.Position)
	for _, s := range append([]string{w.Summary}, w.Highlights...) {
		text.WriteString("\n")
		text.WriteString(s)
	}
	for _, m := range b.t.ExtractAt(text.String(), b.now) {
		if m.Qualifier == QualifierNegated || m.Kind != KindSkill {
			b.mention(&m, 0)
			continue
		}
		b.state(&m)
		if !slices.Contains(b.inWork, m.ID) {
			b.inWork = append(b.inWork, m.ID)
		}
		if !from.IsZero() && to.After(from) {
			if b.spans == nil {
				b.spans = map[string][]span{}
			}
			b.spans[m.ID] = append(b.spans[m.ID], span{from, to})
		}
	}
}

// date parses a date of the JSON Resume schema at the JSON pointer path:
// the first day of the period it names, or for an end, the day after its
// last. An empty start is the zero time; an empty or "present" end is
// today. A date that is not ISO 8601 is a problem.
func (b *resumeBuilder) date(path, s string, end bool) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || end && openEnd(s) {
		if end {
			return b.now, true
		}
		return time.Time{}, true
	}
	d, ok := parseResumeDate(s, end)
	if !ok {
		b.bad = append(b.bad, Problem{Path: path, Code: CodeSchema, Message: fmt.Sprintf("%q is not a date such as 2019-04-15, 2019-04 or 2019", s)})
	}
	return d, ok
}

// openEnd reports whether an endDate says the work goes on.
func openEnd(s string) bool {
	for _, w := range []string{"present", "now", "current", "today"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// parseResumeDate parses YYYY, YYYY-MM or YYYY-MM-DD, the schema's
// pattern, into the first day of the period, or with end the day after
// its last.
func parseResumeDate(s string, end bool) (time.Time, bool) {
	var y, m, d int
	var err error
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return time.Time{}, false
	}
	digits := func(p string, n int) int {
		v, e := strconv.Atoi(p)
		if len(p) != n || e != nil || strings.ContainsAny(p, "+-") {
			err = errors.New("bad")
		}
		return v
	}
	y, m, d = digits(parts[0], 4), 1, 1
	if len(parts) > 1 {
		m = digits(parts[1], 2)
	}
	if len(parts) > 2 {
		d = digits(parts[2], 2)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if err != nil || y < 1000 || m < 1 || m > 12 || t.Day() != d {
		return time.Time{}, false
	}
	switch {
	case !end:
	case len(parts) == 1:
		t = t.AddDate(1, 0, 0)
	case len(parts) == 2:
		t = t.AddDate(0, 1, 0)
	default:
		t = t.AddDate(0, 0, 1)
	}
	return t, true
}

// result assembles the profile.
func (b *resumeBuilder) result(headline string) ResumeProfile {
	for _, id := range b.inWork {
		b.addSkill(id, 0)
	}
	p := Profile{}
	for _, id := range b.skills {
		years := max(spanYears(b.spans[id]), b.stated[id])
		p.Skills = append(p.Skills, ProfileSkill{Skill: id, Level: b.level[id], Years: years})
	}
	p.Responsibilities = b.duties
	unknown := []Problem{}
	if len(b.unknown) > 0 {
		unknown = newError(b.unknown).Problems
	}
	return ResumeProfile{Profile: p, Headline: headline, Unknown: unknown}
}

// spanYears is how many years the periods cover together, overlaps counted
// once, rounded to a tenth.
func spanYears(spans []span) float64 {
	slices.SortFunc(spans, func(a, b span) int { return a.from.Compare(b.from) })
	var total time.Duration
	var cur span
	for i, s := range spans {
		switch {
		case i == 0:
			cur = s
		case !s.from.After(cur.to):
			if s.to.After(cur.to) {
				cur.to = s.to
			}
		default:
			total += cur.to.Sub(cur.from)
			cur = s
		}
	}
	if len(spans) > 0 {
		total += cur.to.Sub(cur.from)
	}
	return math.Round(total.Hours()/24/365.25*10) / 10
}

// resumeLevels maps the words of skills[].level to levels.
var resumeLevels = map[string]int{
	"novice": 1, "beginner": 1, "basic": 1,
	"elementary": 2, "familiar": 2, "advanced beginner": 2,
	"intermediate": 3, "competent": 3, "working": 3,
	"advanced": 4, "proficient": 4, "strong": 4, "fluent": 4,
	"expert": 5, "master": 5, "native": 5,
}

// resumeLevel turns skills[].level into a level from 1 to 5, or 0.
func resumeLevel(s string) int {
	s = strings.ToLower(strings.TrimSpace(s))
	if l, ok := resumeLevels[s]; ok {
		return l
	}
	if len(s) > 0 && s[0] >= '1' && s[0] <= '5' && (len(s) == 1 || s[1] == '/') {
		return int(s[0] - '0')
	}
	return 0
}

// resumeShape is the shape of the members of a JSON Resume document that
// ProfileFromJSONResume reads: "string", "strings" (an array of strings),
// an object (map) or an array of objects ([]any holding one map).
var resumeShape = map[string]any{
	"basics": map[string]any{"label": "string", "summary": "string"},
	"work": []any{map[string]any{
		"position": "string", "startDate": "date", "endDate": "date",
		"summary": "string", "highlights": "strings",
	}},
	"skills": []any{map[string]any{"name": "string", "level": "string", "keywords": "strings"}},
}

// resumeTypeProblems lists every member of a JSON Resume document, data,
// that does not have the type that resumeShape gives it, and every date
// that is not one, by JSON pointer. data is valid JSON.
func resumeTypeProblems(data []byte) []Problem {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return syntaxError(data, err).Problems
	}
	return checkShape(doc, resumeShape, "", nil)
}

// checkShape checks the value v, at the JSON pointer path, against shape,
// and appends what is wrong to probs, which it returns. null fits any
// shape.
func checkShape(v, shape any, path string, probs []Problem) []Problem {
	if v == nil {
		return probs
	}
	wrong := func(want string) []Problem {
		return append(probs, Problem{Path: path, Code: CodeSchema, Message: fmt.Sprintf("%s is not %s", jsonType(v), want)})
	}
	switch sh := shape.(type) {
	case map[string]any:
		obj, ok := v.(map[string]any)
		if !ok {
			return wrong("an object")
		}
		for _, k := range slices.Sorted(maps.Keys(sh)) {
			probs = checkShape(obj[k], sh[k], path+pointer(k), probs)
		}
	case []any:
		arr, ok := v.([]any)
		if !ok {
			return wrong("an array")
		}
		for i, it := range arr {
			probs = checkShape(it, sh[0], path+pointer(i), probs)
		}
	case string:
		return checkLeaf(v, sh, path, probs)
	}
	return probs
}

// checkLeaf checks a string, a date or an array of strings; null fits
// them all, as the decoder takes it for "".
func checkLeaf(v any, shape, path string, probs []Problem) []Problem {
	if v == nil {
		return probs
	}
	if shape == "strings" {
		arr, ok := v.([]any)
		if !ok {
			return append(probs, Problem{Path: path, Code: CodeSchema, Message: fmt.Sprintf("%s is not an array of strings", jsonType(v))})
		}
		for i, it := range arr {
			probs = checkLeaf(it, "string", path+pointer(i), probs)
		}
		return probs
	}
	s, ok := v.(string)
	if !ok {
		return append(probs, Problem{Path: path, Code: CodeSchema, Message: fmt.Sprintf("%s is not a string", jsonType(v))})
	}
	if shape == "date" {
		var b resumeBuilder
		b.date(path, s, strings.HasSuffix(path, "/endDate"))
		probs = append(probs, b.bad...)
	}
	return probs
}

// jsonType names the JSON type of a decoded value, with an article.
func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return "null"
}
