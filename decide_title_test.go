package roles

import (
	"math"
	"math/rand/v2"
	"testing"
)

// slowTitle is what deciding.title returns, written the plain way: the
// first mention, by start, of a role or occupation the taxonomy has, not
// negated, that starts before titleEnd(text); -1 for none.
func slowTitle(t *Taxonomy, text string, ms []Mention) int {
	if text == "" {
		return -1
	}
	end, at := titleEnd(text), -1
	for i, m := range ms {
		if m.Start >= end || at >= 0 && m.Start >= ms[at].Start || m.Qualifier == QualifierNegated ||
			m.Kind != KindRole && m.Kind != KindOccupation {
			continue
		}
		if _, _, ok := t.indexOf(m.Kind, m.ID); ok {
			at = i
		}
	}
	return at
}

// TestTitleIsSlowTitle checks the title a decision finds, which reads the
// text only up to the first candidate, against slowTitle, which reads it
// to titleEnd: on the mentions Extract finds in the texts of
// BenchmarkAnalyze, and on the same with their starts moved at random,
// also before the text and past its end, and some of them negated.
func TestTitleIsSlowTitle(t *testing.T) {
	tx := Default()
	r := rand.New(rand.NewPCG(17, 6))
	for i, text := range append(analyzeDocs(t, 100), "Backend Engineer", "\n\n  \nGo\nBackend Developer") {
		ms := tx.Extract(text)
		for round := range 20 {
			k := decidings.Get().(*deciding)
			k.t, k.ms = tx, ms
			if got, want := k.title(text), slowTitle(tx, text, ms); got != want {
				t.Errorf("text %d, round %d: title %d, want %d", i, round, got, want)
			}
			k.t, k.ms = nil, nil
			decidings.Put(k)
			ms = moveStarts(r, ms, len(text))
		}
	}
}

// moveStarts returns a copy of ms with some starts moved anywhere from
// before the text to past its end, the extremes included, and some
// mentions negated.
func moveStarts(r *rand.Rand, ms []Mention, n int) []Mention {
	out := append([]Mention(nil), ms...)
	for i := range out {
		switch r.IntN(8) {
		case 0:
			out[i].Start = r.IntN(n+20) - 10
		case 1:
			out[i].Start = r.IntN(min(n, 400) + 1)
		case 2:
			out[i].Start = []int{math.MinInt, -1, 0, n - 1, n, math.MaxInt}[r.IntN(6)]
		case 3:
			out[i].Qualifier = QualifierNegated
		}
	}
	return out
}
