package roles

import (
	"errors"
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	tx := rankTaxonomy(t)
	c, err := tx.Compare("keeper", "builder")
	if err != nil {
		t.Fatal(err)
	}
	want := `Keeper (keeper) vs Builder (builder)

Keeper works on the foundation of Builder: Works on what the builder built.
Builder builds the foundation for Keeper: Builds what the keeper works on.

Skills               Keeper       Builder
  Server languages   optional 2   essential 5
  Authentication     essential 3  optional 1
  Data storage       essential 5  -
  SQL databases      -            essential 4

Responsibilities     Keeper       Builder
  Writing tests      yes          yes
  Fixing bugs        yes          -
  Designing systems  -            yes
`
	if got := c.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// The other way round swaps the columns and the lists.
	r, _ := tx.Compare("builder", "keeper")
	if r.A != c.B || len(r.OnlyASkills) != len(c.OnlyBSkills) || len(r.AToB) != len(c.BToA) {
		t.Errorf("Compare(b, a) is not the mirror of Compare(a, b): %+v", r)
	}
	if c.SharedSkills[0].A.Importance != 2 || c.SharedSkills[0].B.Importance != 5 {
		t.Errorf("shared skill requirements: %+v", c.SharedSkills[0])
	}
}

func TestCompareErrors(t *testing.T) {
	tx := rankTaxonomy(t)
	tests := []struct{ a, b, want string }{
		{"keeper", "nosuch", `roles: invalid argument: unknown role "nosuch"`},
		{"Keeper", "builder", `roles: invalid argument: unknown role "Keeper"`},
		{"x", "y", "roles: invalid argument: 2 problems:\n\tunknown role \"x\"\n\tunknown role \"y\""},
	}
	for _, tc := range tests {
		_, err := tx.Compare(tc.a, tc.b)
		var e *Error
		if err == nil || err.Error() != tc.want || !errors.As(err, &e) {
			t.Errorf("Compare(%q, %q) = %v, want %s as an *Error", tc.a, tc.b, err, tc.want)
		}
	}
}

// TestCompareDefault checks facts of the article that the data will keep:
// the engineer builds the foundation the developer works on, both require
// server-side logic, only the engineer website architecture.
func TestCompareDefault(t *testing.T) {
	c, err := Compare("backend-engineer", "backend-developer")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.AToB) != 1 || c.AToB[0].Type != "builds-foundation-for" || len(c.BToA) != 1 || c.BToA[0].Type != "works-on-foundation-of" {
		t.Errorf("relations: %+v %+v", c.AToB, c.BToA)
	}
	has := func(list []ComparedSkill, id string) bool {
		for _, s := range list {
			if s.Skill.ID == id {
				return true
			}
		}
		return false
	}
	if !has(c.SharedSkills, "server-side-logic") || !has(c.OnlyASkills, "website-architecture") || !has(c.OnlyBSkills, "data-integration") {
		t.Errorf("skills: %+v", c)
	}
	if s := c.String(); !strings.Contains(s, "Backend Engineer builds the foundation for Backend Developer") {
		t.Errorf("String lacks the relation:\n%s", s)
	}
}

// TestCompareLeaning checks that Compare marks the pair whose distinct
// duties move the leaning, in either order and in its text, and no other.
func TestCompareLeaning(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"backend-developer", "backend-engineer", true},
		{"backend-engineer", "backend-developer", true},
		{"backend-developer", "frontend-developer", false},
	} {
		c, err := Compare(tt.a, tt.b)
		if err != nil {
			t.Fatal(err)
		}
		if c.Leaning != tt.want || strings.Contains(c.String(), "decide the leaning") != tt.want {
			t.Errorf("Compare(%q, %q): Leaning %v, want %v", tt.a, tt.b, c.Leaning, tt.want)
		}
	}
}
