package roles

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// evalShow prints the decision for each dev text of the evaluation set;
// holdout texts are never shown (see testdata/eval/README.md).
var evalShow = flag.Bool("eval.show", false, "print the decision for each dev text of testdata/eval")

// evalFigures are the figures of one split of the evaluation set.
type evalFigures struct {
	n, right       int // texts, and those whose family Decide gets right
	leanN, leanOK  int // back-end texts that clearly lean, and those whose sign Decide gets right
	backend, other []float64
}

func (f *evalFigures) String() string {
	return fmt.Sprintf("top-1 family %.3f (%d/%d), back-end AUC %.3f, leaning %d/%d",
		float64(f.right)/float64(max(f.n, 1)), f.right, f.n, auc(f.backend, f.other), f.leanOK, f.leanN)
}

// auc is the chance that a random positive scores above a random negative,
// ties counting half.
func auc(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return 0
	}
	s := 0.0
	for _, p := range pos {
		for _, n := range neg {
			switch {
			case p > n:
				s++
			case p == n:
				s += 0.5
			}
		}
	}
	return s / float64(len(pos)*len(neg))
}

// familyOf returns the evaluation family of a role ID.
func familyOf(role string) string {
	for fam, ids := range evalFamilyRoles {
		if slices.Contains(ids, role) {
			return fam
		}
	}
	return "?"
}

// TestEvalDecide runs Decide on the evaluation set and reports its figures
// per split. It fails when a split falls below the floor that the model
// reached when it was written, so that a change that loses accuracy shows.
func TestEvalDecide(t *testing.T) {
	figs := map[string]*evalFigures{"dev": {}, "holdout": {}}
	for _, l := range readEvalLabels(t) {
		b, err := os.ReadFile(filepath.Join(evalDir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		d := Decide(string(b))
		f := figs[l.Split]
		f.n++
		if familyOf(d.Role) == l.Family {
			f.right++
		}
		back := 0.0
		for _, r := range d.Roles {
			if familyOf(r.Role) == "backend" {
				back = max(back, r.Fit)
			}
		}
		if l.Family == "backend" {
			f.backend = append(f.backend, back)
			if l.Leaning != nil && *l.Leaning != 0 {
				f.leanN++
				if float64(*l.Leaning)*d.Leaning > 0 {
					f.leanOK++
				}
			}
		} else {
			f.other = append(f.other, back)
		}
		if *evalShow && l.Split == "dev" {
			showDecision(t, l, d)
		}
	}
	for _, split := range []string{"dev", "holdout"} {
		f := figs[split]
		t.Logf("%-7s %s", split, f)
		// The goals of issue 12, as floors: a change that falls below them
		// has lost accuracy.
		if acc := float64(f.right) / float64(f.n); acc < 0.92 {
			t.Errorf("%s: top-1 family accuracy %.3f, below 0.92", split, acc)
		}
		if a := auc(f.backend, f.other); a < 0.97 {
			t.Errorf("%s: back-end AUC %.3f, below 0.97", split, a)
		}
		if lean := float64(f.leanOK) / float64(f.leanN); lean < 0.80 {
			t.Errorf("%s: leaning right on %.3f, below 0.80", split, lean)
		}
	}
}

// evalVariants change a text as copies from the web and scrapers do.
var evalVariants = map[string]func(string) string{
	"as written":       func(s string) string { return s },
	"after navigation": func(s string) string { return "Jobs › Engineering › Berlin\nApply now\nShare this job\n\n" + s },
	"inside an HTML page": func(s string) string {
		return "<html><head><meta charset=utf-8></head><body><nav>Home | Careers | Login</nav>\n" + s
	},
	"on one line": func(s string) string { return strings.ReplaceAll(s, "\n", " ") },
}

// TestEvalDecideVariants decides the dev texts as copies from web pages and
// scrapers give them: after navigation lines, inside an HTML page, flattened
// to one line. Each variant must get as many families right as the texts
// as written, less at most one in twenty.
func TestEvalDecideVariants(t *testing.T) {
	right := map[string]int{}
	n := 0
	for _, l := range readEvalLabels(t) {
		if l.Split != "dev" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(evalDir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		n++
		for name, change := range evalVariants {
			if d := Decide(change(string(b))); familyOf(d.Role) == l.Family {
				right[name]++
			} else {
				t.Logf("%s: %s is %s, decided %q", name, l.File, l.Family, d.Role)
			}
		}
	}
	for name := range evalVariants {
		t.Logf("%-20s %d/%d", name, right[name], n)
		if right[name] < right["as written"]-n/20 {
			t.Errorf("%s: %d/%d right, against %d as written", name, right[name], n, right["as written"])
		}
	}
}

func showDecision(t *testing.T, l evalLabel, d Decision) {
	mark := " "
	if familyOf(d.Role) != l.Family {
		mark = "X"
	}
	want := 0
	if l.Leaning != nil {
		want = *l.Leaning
	}
	var ev []string
	for _, s := range d.Evidence[:min(len(d.Evidence), 6)] {
		ev = append(ev, fmt.Sprintf("%s%+.1f", s.ID, s.Weight))
	}
	roles := slices.Clone(d.Roles[:min(3, len(d.Roles))])
	slices.SortFunc(roles, func(a, b RoleFit) int { return cmp.Compare(b.Fit, a.Fit) })
	var rs []string
	for _, r := range roles {
		rs = append(rs, fmt.Sprintf("%s %.2f", r.Role, r.Fit))
	}
	t.Logf("%s %-36s want %-20s got %-20s conf %.2f none %.2f lean %+.2f (want %+d) | %s | %s",
		mark, l.File, l.Role, d.Role, d.Confidence, d.None, d.Leaning, want, strings.Join(rs, ", "), strings.Join(ev, " "))
}
