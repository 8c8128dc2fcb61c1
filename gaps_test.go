package roles

import (
	"fmt"
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
