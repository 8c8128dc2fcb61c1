package roles

import (
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// eval13Now is the reference date of the set's labels (its README).
var eval13Now = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// eval13Figures are the figures of one split of the issue 13 evaluation set.
type eval13Figures struct {
	texts int
	conceptScore
	yearsRight, yearsGot int // (text, concept, years) found right, and found
	yearsWant            int // labelled
	seniorityRight       int
}

func (f *eval13Figures) String() string {
	p := float64(f.truePos) / float64(max(1, f.truePos+f.falsePos))
	r := float64(f.truePos) / float64(max(1, f.truePos+f.miss))
	return fmt.Sprintf("%d texts: concepts precision %.3f recall %.3f (%d found, %d wrong, %d missed), qualifier right %.3f; "+
		"years precision %.3f recall %.3f (%d right of %d found, %d labelled); seniority right %.3f (%d)",
		f.texts, p, r, f.truePos, f.falsePos, f.miss, float64(f.qualRight)/float64(max(1, f.truePos)),
		float64(f.yearsRight)/float64(max(1, f.yearsGot)), float64(f.yearsRight)/float64(max(1, f.yearsWant)),
		f.yearsRight, f.yearsGot, f.yearsWant, float64(f.seniorityRight)/float64(max(1, f.texts)), f.seniorityRight)
}

// textQualifiers returns, for each concept a text names (occupations
// aside), how it means it: required if any mention requires it, else
// preferred if any prefers it, else negated.
func textQualifiers(ms []Mention) map[string]Qualifier {
	rank := map[Qualifier]int{QualifierNegated: 0, QualifierPreferred: 1, QualifierRequired: 2}
	out := map[string]Qualifier{}
	for _, m := range ms {
		if m.Kind == KindOccupation {
			continue
		}
		if q, ok := out[m.ID]; !ok || rank[m.Qualifier] > rank[q] {
			out[m.ID] = m.Qualifier
		}
	}
	return out
}

// TestEval13 reports how Extract finds the concepts a careful reader marks
// in the texts of testdata/eval13, per split, and per split and language.
func TestEval13(t *testing.T) {
	figs := map[string]*eval13Figures{}
	fig := func(key string) *eval13Figures {
		if figs[key] == nil {
			figs[key] = &eval13Figures{}
		}
		return figs[key]
	}
	for _, l := range readEval13Labels(t) {
		b, err := os.ReadFile(filepath.Join(eval13Dir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		fig(l.Split).add(l, string(b))
		fig(l.Split+"/"+l.Lang).add(l, string(b))
	}
	for _, key := range slices.Sorted(maps.Keys(figs)) {
		t.Logf("%-10s %s", key, figs[key])
	}
}

// add scores one labelled text.
func (f *eval13Figures) add(l eval13Label, text string) {
	f.texts++
	ms := ExtractAt(text, eval13Now)
	got := textQualifiers(ms)
	f.years(l, ms)
	if string(SeniorityOf(text).Level) == l.Seniority {
		f.seniorityRight++
	}
	f.conceptScore.add(l.Concepts, got)
}

// conceptScore counts how the concepts a text names match those a reader
// marked, over (text, concept) pairs.
type conceptScore struct {
	truePos, falsePos, miss int // concept pairs (text, concept)
	qualRight               int // of truePos, with the reader's qualifier
}

// add scores one text: want is what the reader marked, got what the text
// names with its qualifier (see textQualifiers).
func (s *conceptScore) add(want []eval13Concept, got map[string]Qualifier) {
	marked := map[string]bool{}
	for _, c := range want {
		marked[c.Concept] = true
		q, ok := got[c.Concept]
		switch {
		case !ok:
			s.miss++
		default:
			s.truePos++
			if string(q) == c.Qualifier {
				s.qualRight++
			}
		}
	}
	for id := range got {
		if !marked[id] {
			s.falsePos++
		}
	}
}

// textYears returns the years a text attaches to each concept: in a
// posting the most any mention carries; in a resume, where each dated entry
// gives its mentions its span, the sum of the distinct spans (an
// approximation of the sum over entries: two entries of equal span count
// once).
func textYears(kind string, ms []Mention) map[string]float64 {
	spans := map[string][]float64{}
	for _, m := range ms {
		if m.Years > 0 && !slices.Contains(spans[m.ID], m.Years) {
			spans[m.ID] = append(spans[m.ID], m.Years)
		}
	}
	out := map[string]float64{}
	for id, ys := range spans {
		if kind == "resume" {
			for _, y := range ys {
				out[id] += y
			}
		} else {
			out[id] = slices.Max(ys)
		}
	}
	return out
}

// years scores the years found in one text against its labels: exact for a
// posting, within a year for a resume.
func (f *eval13Figures) years(l eval13Label, ms []Mention) {
	got := textYears(l.Kind, ms)
	tol := 0.0
	if l.Kind == "resume" {
		tol = 1
	}
	f.yearsGot += len(got)
	f.yearsWant += len(l.Years)
	for _, y := range l.Years {
		if g, ok := got[y.Concept]; ok && math.Abs(g-y.Years) <= tol+1e-9 {
			f.yearsRight++
		}
	}
}
