package roles

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// eval13Figures are the figures of one split of the issue 13 evaluation set.
type eval13Figures struct {
	texts                   int
	truePos, falsePos, miss int // concept pairs (text, concept)
	qualRight               int // of truePos, with the reader's qualifier
}

func (f *eval13Figures) String() string {
	p := float64(f.truePos) / float64(max(1, f.truePos+f.falsePos))
	r := float64(f.truePos) / float64(max(1, f.truePos+f.miss))
	return fmt.Sprintf("%d texts: concepts precision %.3f recall %.3f (%d found, %d wrong, %d missed), qualifier right %.3f",
		f.texts, p, r, f.truePos, f.falsePos, f.miss, float64(f.qualRight)/float64(max(1, f.truePos)))
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
// in the texts of testdata/eval13, per split.
func TestEval13(t *testing.T) {
	figs := map[string]*eval13Figures{"dev": {}, "holdout": {}}
	for _, l := range readEval13Labels(t) {
		b, err := os.ReadFile(filepath.Join(eval13Dir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		f := figs[l.Split]
		f.texts++
		got := textQualifiers(Extract(string(b)))
		want := map[string]bool{}
		for _, c := range l.Concepts {
			want[c.Concept] = true
			q, ok := got[c.Concept]
			switch {
			case !ok:
				f.miss++
			default:
				f.truePos++
				if string(q) == c.Qualifier {
					f.qualRight++
				}
			}
		}
		for id := range got {
			if !want[id] {
				f.falsePos++
			}
		}
	}
	for _, split := range []string{"dev", "holdout"} {
		t.Logf("%-7s %s", split, figs[split])
	}
}
