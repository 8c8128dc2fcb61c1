package roles

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

func gapSummary(gaps []Gap) string {
	var b strings.Builder
	for _, g := range gaps {
		fmt.Fprintf(&b, "%s %s %d", g.Skill, g.Requirement, g.Importance)
		if g.RuledOut {
			b.WriteString(" ruled-out")
		}
		if g.WantYears > 0 {
			fmt.Fprintf(&b, " want %gy have %gy", g.WantYears, g.HaveYears)
		}
		for _, o := range g.Options {
			fmt.Fprintf(&b, " %s", o.ID)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestGaps(t *testing.T) {
	tx := rankTaxonomy(t)
	tests := []struct {
		name, why, role string
		p               Profile
		want            string
	}{
		{
			name: "keeper with Go",
			why: "lang is covered; storage's options: orm serves two of the keeper's skills (storage and lang), " +
				"then sql (one step), then pg (two steps); auth has nothing below it",
			role: "keeper", p: skills("golang"),
			want: "storage essential 5 orm sql pg\nauth essential 3\n",
		},
		{
			name: "builder with nothing",
			why:  "essential first, then importance; options of equal rank by ID",
			role: "builder", p: Profile{},
			want: "lang essential 5 orm golang python\nsql essential 4 orm pg\nauth optional 1\n",
		},
		{
			name: "a partly covered skill is no gap",
			why:  "pg counts 0.64 toward storage: shown, if not fully",
			role: "keeper", p: skills("pg", "auth", "python"),
			want: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tx.Gaps(tc.p, tc.role)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				t.Error("Gaps returned nil, want a non-nil slice")
			}
			if s := gapSummary(got); s != tc.want {
				t.Errorf("%s\ngot:\n%s\nwant:\n%s", tc.why, s, tc.want)
			}
		})
	}
}

func TestGapsMentions(t *testing.T) {
	tx := rankTaxonomy(t)
	ms := []Mention{mentionAt(KindSkill, "sql", QualifierNegated, 0), mentionAt(KindSkill, "golang", QualifierPreferred, 10)}
	got, err := tx.GapsMentions(ms, "builder")
	if err != nil {
		t.Fatal(err)
	}
	want := "sql essential 4 ruled-out orm pg\nauth optional 1\n"
	if s := gapSummary(got); s != want {
		t.Errorf("got:\n%s\nwant:\n%s", s, want)
	}
	if _, err := tx.GapsMentions(ms, "Builder"); err == nil {
		t.Error("a role name is not a role ID")
	}
}

// TestGapsDefault checks facts of the default taxonomy that hold as it
// grows: an empty profile lacks every skill of a role, in RoleSkills order,
// and each option counts toward its gap.
func TestGapsDefault(t *testing.T) {
	tx := Default()
	for _, r := range tx.Roles() {
		gaps, err := Gaps(Profile{}, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := tx.RoleSkills(r.ID)
		if len(gaps) != len(want) {
			t.Fatalf("%s: %d gaps, want %d", r.ID, len(gaps), len(want))
		}
		for i, g := range gaps {
			if g.RoleSkill != want[i] {
				t.Errorf("%s gap %d: %+v, want %+v", r.ID, i, g.RoleSkill, want[i])
			}
			for _, o := range g.Options {
				ms, _ := tx.Rank(skills(o.ID))
				for _, m := range ms {
					if m.Role != r.ID {
						continue
					}
					found := false
					for _, c := range m.Matched {
						found = found || c.ID == g.Skill
					}
					if !found {
						t.Errorf("%s: option %s does not count toward %s", r.ID, o.ID, g.Skill)
					}
				}
			}
		}
	}
}

// asking builds a posting's mentions of skills: each is an ID, with "?" at
// the end for preferred, "!" for negated, and "=N" for N years asked.
func asking(specs ...string) []Mention {
	var ms []Mention
	for _, sp := range specs {
		m := Mention{Kind: KindSkill, Qualifier: QualifierRequired}
		sp, years, _ := strings.Cut(sp, "=")
		if years != "" {
			fmt.Sscan(years, &m.Years)
		}
		switch {
		case strings.HasSuffix(sp, "?"):
			sp, m.Qualifier = sp[:len(sp)-1], QualifierPreferred
		case strings.HasSuffix(sp, "!"):
			sp, m.Qualifier = sp[:len(sp)-1], QualifierNegated
		}
		m.ID = sp
		ms = append(ms, m)
	}
	return ms
}

func TestGapsFor(t *testing.T) {
	tx := rankTaxonomy(t)
	years := func(skill string, y float64) ProfileSkill { return ProfileSkill{Skill: skill, Years: y} }
	tests := []struct {
		name, why string
		posting   []Mention
		p         Profile
		want      string
	}{
		{
			name:    "five years asked, two shown",
			why:     "the issue's case: 5+ years of Go against a profile with Go for 2",
			posting: asking("golang=5", "pg"),
			p:       Profile{Skills: []ProfileSkill{years("Go", 2), {Skill: "pg"}}},
			want:    "golang essential 0 want 5y have 2y\n",
		},
		{
			name:    "years that meet the posting's are no gap",
			why:     "5 and 7 years meet 5; the most years of the entries count",
			posting: asking("golang=5"),
			p:       Profile{Skills: []ProfileSkill{years("golang", 5), years("python", 7), years("Golang", 1)}},
			want:    "",
		},
		{
			name:    "no years stated says nothing about them",
			why:     "an entry without years is no gap; stating none never does worse than stating enough",
			posting: asking("golang=5", "sql=3"),
			p:       Profile{Skills: []ProfileSkill{{Skill: "golang", Level: 1}, {Skill: "pg"}, years("orm", 1)}},
			want:    "",
		},
		{
			name:    "years of narrower skills count, not added",
			why:     "pg 2 and orm 1 show sql for 2 years (the most), not 3; lang shown by golang 4",
			posting: asking("sql=3", "lang=4"),
			p:       Profile{Skills: []ProfileSkill{years("pg", 2), years("orm", 1), years("golang", 4)}},
			want:    "sql essential 0 want 3y have 2y\n",
		},
		{
			name:    "missing skills with options, required first, then in posting order",
			why:     "python is preferred: after auth; lang's options by how many asked skills they serve (orm: lang and storage; python: lang and python), then by ID",
			posting: asking("python?", "auth", "lang=2", "storage", "golang!", "talk?=1"),
			p:       Profile{Skills: []ProfileSkill{years("pg", 6)}},
			want:    "auth essential 0\nlang essential 0 want 2y have 0y orm python golang\npython optional 0\ntalk optional 0 want 1y have 0y\n",
		},
		{
			name:    "the strictest mention and the best qualifier count",
			why:     "golang asked preferred with 1 year and required with 3: essential, 3 years",
			posting: asking("golang?=1", "golang=3", "golang=2"),
			p:       Profile{Skills: []ProfileSkill{years("golang", 2)}},
			want:    "golang essential 0 want 3y have 2y\n",
		},
		{
			name:    "unknown entries and mentions count for nothing",
			why:     "Figma is no skill here, fix-bugs is a responsibility; a role mention and an unknown ID are no gaps",
			posting: append(asking("auth", "nosuch"), Mention{Kind: KindRole, ID: "builder"}),
			p:       Profile{Skills: []ProfileSkill{{Skill: "Figma"}, {Skill: "fix-bugs"}}},
			want:    "auth essential 0\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tx.GapsFor(tc.posting, tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				t.Error("GapsFor returned nil, want a non-nil slice")
			}
			if s := gapSummary(got); s != tc.want {
				t.Errorf("%s\ngot:\n%swant:\n%s", tc.why, s, tc.want)
			}
		})
	}
	if _, err := tx.GapsFor(asking("auth"), Profile{Skills: []ProfileSkill{{Skill: "auth", Years: -2}}}); err == nil {
		t.Error("negative years: no error")
	}
}

// TestGapsForStatingNeverHurts: on the embedded taxonomy, for random
// postings asking years and random profiles, stating years that meet what
// the posting asks (5 here), or stating more years, never adds a gap, and
// dropping a profile skill never removes one.
func TestGapsForStatingNeverHurts(t *testing.T) {
	tx := Default()
	all := tx.Skills()
	rng := rand.New(rand.NewSource(3))
	count := func(ms []Mention, p Profile) int {
		gs, err := tx.GapsFor(ms, p)
		if err != nil {
			t.Fatal(err)
		}
		return len(gs)
	}
	for range 200 {
		var ms []Mention
		for range 1 + rng.Intn(8) {
			ms = append(ms, Mention{Kind: KindSkill, ID: all[rng.Intn(len(all))].ID, Years: float64(rng.Intn(6))})
		}
		var p Profile
		for range rng.Intn(12) {
			p.Skills = append(p.Skills, ProfileSkill{Skill: all[rng.Intn(len(all))].ID, Years: float64(rng.Intn(4))})
		}
		base := count(ms, p)
		more := Profile{Skills: slices.Clone(p.Skills)}
		for i := range more.Skills {
			if more.Skills[i].Years > 0 {
				more.Skills[i].Years += float64(rng.Intn(3)) // more years
			} else if rng.Intn(2) == 0 {
				more.Skills[i].Years = 5 // years that meet any asked here
			}
		}
		if n := count(ms, more); n > base {
			t.Fatalf("more years gave %d gaps, not %d: %v %v", n, base, ms, more)
		}
		if len(p.Skills) > 0 {
			k := rng.Intn(len(p.Skills))
			fewer := Profile{Skills: slices.Delete(slices.Clone(p.Skills), k, k+1)}
			if n := count(ms, fewer); n < base {
				t.Fatalf("dropping %v gave %d gaps, not %d", p.Skills[k], n, base)
			}
		}
	}
}
