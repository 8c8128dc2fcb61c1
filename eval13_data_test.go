package roles

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// eval13Dir holds the years, seniority and concepts evaluation set of
// issue 13: postings and resumes labelled by hand before any code for years
// or seniority existed. See its README.md.
const eval13Dir = "testdata/eval13"

// eval13Label is one entry of testdata/eval13/labels.json.
type eval13Label struct {
	File      string          `json:"file"`
	Kind      string          `json:"kind"`
	Lang      string          `json:"lang"`
	Split     string          `json:"split"`
	Seniority string          `json:"seniority"`
	Years     []eval13Years   `json:"years"`
	Concepts  []eval13Concept `json:"concepts"`
	Note      string          `json:"note"`
}

// eval13Years is the least years of experience a text attaches to a concept.
type eval13Years struct {
	Concept string  `json:"concept"`
	Years   float64 `json:"years"`
}

// eval13Concept is a concept a careful reader marks in a text, with how
// the text means it.
type eval13Concept struct {
	Concept   string `json:"concept"`
	Qualifier string `json:"qualifier"`
}

// eval13Seniorities are the levels a label may carry; "" is a text that
// does not say.
var eval13Seniorities = []string{"", "intern", "junior", "mid", "senior", "staff", "lead"}

// readEval13Labels decodes the manifest, rejecting unknown fields and
// entries that leave years or concepts out (an empty list must be written).
func readEval13Labels(t *testing.T) []eval13Label {
	t.Helper()
	labels := readManifest[eval13Label](t, eval13Dir)
	for i, l := range labels {
		if l.Years == nil || l.Concepts == nil {
			t.Errorf("labels.json entry %d (%q): years and concepts must be lists, even empty ones", i, l.File)
		}
	}
	return labels
}

// TestEval13Data checks that the issue 13 evaluation manifest is well
// formed: every entry valid, every concept an ID of the default taxonomy,
// every text present, listed and of a realistic length, the split the one
// the README fixes, and the set as large and varied as it says. It scores
// nothing and never runs the library on the texts.
func TestEval13Data(t *testing.T) {
	labels := readEval13Labels(t)
	tax := Default()
	for i, l := range labels {
		p := checkEval13Label(l)
		p = append(p, checkEval13Concepts(tax, l)...)
		p = append(p, checkEval13Years(l)...)
		p = append(p, checkEval13Text(l.File)...)
		if want := eval13Split(i); l.Split != want {
			p = append(p, "split must be "+strconv.Quote(want)+" by the README's rule (every third entry by file name, from the first, is dev)")
		}
		for _, s := range p {
			t.Errorf("labels.json entry %d (%q): %s", i, l.File, s)
		}
	}
	files := make([]string, len(labels))
	for i, l := range labels {
		files[i] = l.File
	}
	checkManifestFiles(t, eval13Dir, files)
	checkEval13Counts(t, labels)
}

// eval13Split is the split of the entry at index i of the sorted manifest.
func eval13Split(i int) string {
	if i%3 == 0 {
		return "dev"
	}
	return "holdout"
}

// checkEval13Label returns what is wrong with an entry's plain fields.
func checkEval13Label(l eval13Label) []string {
	var p []string
	if !slices.Contains([]string{"posting", "resume"}, l.Kind) {
		p = append(p, "kind must be posting or resume, not "+strconv.Quote(l.Kind))
	}
	if !slices.Contains([]string{"en", "de", "fr", "es"}, l.Lang) {
		p = append(p, "lang must be en, de, fr or es, not "+strconv.Quote(l.Lang))
	} else if !strings.HasPrefix(l.File, l.Lang+"-"+l.Kind+"-") {
		p = append(p, "file must be named <lang>-<kind>-<name>")
	}
	if !slices.Contains(eval13Seniorities, l.Seniority) {
		p = append(p, "seniority must be one of intern, junior, mid, senior, staff, lead or empty, not "+strconv.Quote(l.Seniority))
	}
	if strings.TrimSpace(l.Note) == "" || strings.ContainsAny(l.Note, "\r\n") {
		p = append(p, "note must be one non-empty line")
	}
	return p
}

// checkEval13Concepts checks that concepts are sorted, unique, known IDs of
// roles, skills or responsibilities, each with a valid qualifier.
func checkEval13Concepts(tax *Taxonomy, l eval13Label) []string {
	var p []string
	if len(l.Concepts) == 0 {
		p = append(p, "a text with no concept marked measures nothing")
	}
	for j, c := range l.Concepts {
		_, role := tax.Role(c.Concept)
		_, skill := tax.Skill(c.Concept)
		_, resp := tax.Responsibility(c.Concept)
		if !role && !skill && !resp {
			p = append(p, "concept "+strconv.Quote(c.Concept)+" is not the ID of a role, skill or responsibility")
		}
		if !slices.Contains([]string{"required", "preferred", "negated"}, c.Qualifier) {
			p = append(p, "concept "+strconv.Quote(c.Concept)+": qualifier must be required, preferred or negated, not "+strconv.Quote(c.Qualifier))
		}
		if j > 0 && l.Concepts[j-1].Concept >= c.Concept {
			p = append(p, "concepts must be sorted by ID without repeats: "+strconv.Quote(c.Concept))
		}
	}
	return p
}

// checkEval13Years checks that each years label names a marked concept
// once, with a positive figure: whole years for postings (the lower bound
// a text asks for), hundredths at most for resumes (months over twelve).
func checkEval13Years(l eval13Label) []string {
	var p []string
	seen := map[string]bool{}
	for _, y := range l.Years {
		name := strconv.Quote(y.Concept)
		if !slices.ContainsFunc(l.Concepts, func(c eval13Concept) bool { return c.Concept == y.Concept }) {
			p = append(p, "years for "+name+", which is not among the concepts")
		}
		if seen[y.Concept] {
			p = append(p, "years for "+name+" given twice")
		}
		seen[y.Concept] = true
		switch {
		case !(y.Years > 0) || y.Years > 50:
			p = append(p, "years for "+name+" must be more than 0 and at most 50")
		case l.Kind == "posting" && y.Years != math.Trunc(y.Years):
			p = append(p, "years for "+name+" must be whole in a posting")
		case math.Abs(y.Years*100-math.Round(y.Years*100)) > 1e-6:
			p = append(p, "years for "+name+" must have at most two decimals")
		}
	}
	return p
}

// checkEval13Text checks that name is a plain file name in eval13Dir
// holding UTF-8 text of 150 to 450 words (markup counted as words).
func checkEval13Text(name string) []string {
	b, p := readEvalText(eval13Dir, name)
	if p != nil {
		return p
	}
	if n := len(strings.Fields(string(b))); n < 150 || n > 450 {
		return []string{strconv.Itoa(n) + " words, want 150 to 450"}
	}
	return nil
}

// checkEval13Counts checks the set's size and mix: 40 texts, at least 12
// resumes, at least six in each of German, French and Spanish, every level
// of the scale present, and some years labels in each kind.
func checkEval13Counts(t *testing.T, labels []eval13Label) {
	t.Helper()
	langs, kinds, levels, years := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	for _, l := range labels {
		langs[l.Lang]++
		kinds[l.Kind]++
		levels[l.Seniority]++
		years[l.Kind] += len(l.Years)
	}
	if len(labels) < 40 {
		t.Errorf("%d entries, want at least 40", len(labels))
	}
	if kinds["resume"] < 12 {
		t.Errorf("%d resumes, want at least 12", kinds["resume"])
	}
	for _, lang := range []string{"de", "fr", "es"} {
		if langs[lang] < 6 {
			t.Errorf("%d entries in %s, want at least 6", langs[lang], lang)
		}
	}
	for _, s := range eval13Seniorities {
		if levels[s] == 0 {
			t.Errorf("no entry of seniority %q", s)
		}
	}
	for _, k := range []string{"posting", "resume"} {
		if years[k] < 20 {
			t.Errorf("%d years labels on %ss, want at least 20", years[k], k)
		}
	}
}
