package roles

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Comparison sets two roles side by side: what they share, what only one of
// them has, and how they relate. Print it for a text table.
type Comparison struct {
	// A and B are the two roles, in the order given.
	A Concept `json:"a"` // the first role
	B Concept `json:"b"` // the second role
	// AToB holds A's relations to B as the taxonomy states them ("builds
	// the foundation for"), BToA the other way round.
	AToB []RoleRelation `json:"aToB,omitempty"` // A's relations to B
	BToA []RoleRelation `json:"bToA,omitempty"` // B's relations to A
	// SharedSkills are the skills both roles require: those essential to
	// both first, then those essential to one, then by the sum of their
	// importances (highest first), then by ID.
	SharedSkills []ComparedSkill `json:"sharedSkills"`
	// OnlyASkills and OnlyBSkills are the skills one role requires and the
	// other does not, essential first, then by importance (highest first),
	// then by ID.
	OnlyASkills []ComparedSkill `json:"onlyASkills"` // required by A only
	OnlyBSkills []ComparedSkill `json:"onlyBSkills"` // required by B only
	// The responsibilities both roles carry, and those only one does, by ID.
	SharedResponsibilities []Concept `json:"sharedResponsibilities"` // carried by both
	OnlyAResponsibilities  []Concept `json:"onlyAResponsibilities"`  // carried by A only
	OnlyBResponsibilities  []Concept `json:"onlyBResponsibilities"`  // carried by B only
	// Leaning is true when A and B are backend-developer and
	// backend-engineer, in either order: then the responsibilities only one
	// of them carries are the duties that move [Decision.Leaning], toward
	// the role that carries them.
	Leaning bool `json:"leaning,omitempty"`
}

// ComparedSkill is a skill and what each of two roles requires of it. A is
// the zero RoleSkill when role A does not require the skill, and B likewise.
type ComparedSkill struct {
	Skill Concept   `json:"skill"` // the skill
	A     RoleSkill `json:"a"`     // what role A requires of it
	B     RoleSkill `json:"b"`     // what role B requires of it
}

// Compare sets the roles with IDs a and b side by side. Unknown IDs are
// reported together in an error that [errors.As] turns into an [*Error].
func (t *Taxonomy) Compare(a, b string) (Comparison, error) {
	ia, oka := t.roleAt[a]
	ib, okb := t.roleAt[b]
	switch {
	case !oka && !okb:
		return Comparison{}, unknownRole(a, b)
	case !oka:
		return Comparison{}, unknownRole(a)
	case !okb:
		return Comparison{}, unknownRole(b)
	}
	ra, rb := &t.f.Roles[ia], &t.f.Roles[ib]
	c := Comparison{
		A:       Concept{KindRole, ra.ID, ra.Name},
		B:       Concept{KindRole, rb.ID, rb.Name},
		AToB:    relationsTo(ra, rb.ID),
		BToA:    relationsTo(rb, ra.ID),
		Leaning: ra.ID == developerID && rb.ID == engineerID || ra.ID == engineerID && rb.ID == developerID,
	}
	t.compareSkills(&c, ra, rb)
	t.compareResponsibilities(&c, ra, rb)
	return c, nil
}

// relationsTo returns the relations of role r to the role with ID to.
func relationsTo(r *Role, to string) []RoleRelation {
	var rels []RoleRelation
	for _, rel := range r.Relations {
		if rel.Role == to {
			rels = append(rels, rel)
		}
	}
	return rels
}

// compareSkills fills c's skill lists for roles a and b.
func (t *Taxonomy) compareSkills(c *Comparison, a, b *Role) {
	inB := map[string]RoleSkill{}
	for _, s := range b.Skills {
		inB[s.Skill] = s
	}
	inA := map[string]bool{}
	for _, s := range a.Skills {
		inA[s.Skill] = true
		if sb, ok := inB[s.Skill]; ok {
			c.SharedSkills = append(c.SharedSkills, ComparedSkill{Skill: t.skillConcept(s.Skill), A: s, B: sb})
		} else {
			c.OnlyASkills = append(c.OnlyASkills, ComparedSkill{Skill: t.skillConcept(s.Skill), A: s})
		}
	}
	for _, s := range b.Skills {
		if !inA[s.Skill] {
			c.OnlyBSkills = append(c.OnlyBSkills, ComparedSkill{Skill: t.skillConcept(s.Skill), B: s})
		}
	}
	slices.SortFunc(c.SharedSkills, compareShared)
	slices.SortFunc(c.OnlyASkills, func(x, y ComparedSkill) int { return compareRoleSkills(x.A, y.A) })
	slices.SortFunc(c.OnlyBSkills, func(x, y ComparedSkill) int { return compareRoleSkills(x.B, y.B) })
}

// compareResponsibilities fills c's responsibility lists for roles a and b.
func (t *Taxonomy) compareResponsibilities(c *Comparison, a, b *Role) {
	for _, id := range slices.Sorted(slices.Values(a.Responsibilities)) {
		if slices.Contains(b.Responsibilities, id) {
			c.SharedResponsibilities = append(c.SharedResponsibilities, t.respConcept(id))
		} else {
			c.OnlyAResponsibilities = append(c.OnlyAResponsibilities, t.respConcept(id))
		}
	}
	for _, id := range slices.Sorted(slices.Values(b.Responsibilities)) {
		if !slices.Contains(a.Responsibilities, id) {
			c.OnlyBResponsibilities = append(c.OnlyBResponsibilities, t.respConcept(id))
		}
	}
}

// skillConcept returns the skill with the given ID as a Concept.
func (t *Taxonomy) skillConcept(id string) Concept {
	return Concept{KindSkill, id, t.f.Skills[t.skillAt[id]].Name}
}

// respConcept returns the responsibility with the given ID as a Concept.
func (t *Taxonomy) respConcept(id string) Concept {
	return Concept{KindResponsibility, id, t.f.Responsibilities[t.respAt[id]].Name}
}

// Compare sets two roles of the default taxonomy side by side. It is
// equivalent to Default().Compare(a, b).
func Compare(a, b string) (Comparison, error) { return Default().Compare(a, b) }

func compareShared(x, y ComparedSkill) int {
	ess := func(s ComparedSkill) int {
		n := 0
		if s.A.Requirement == RequirementEssential {
			n++
		}
		if s.B.Requirement == RequirementEssential {
			n++
		}
		return n
	}
	if c := cmp.Compare(ess(y), ess(x)); c != 0 {
		return c
	}
	if c := cmp.Compare(y.A.Importance+y.B.Importance, x.A.Importance+x.B.Importance); c != 0 {
		return c
	}
	return strings.Compare(x.Skill.ID, y.Skill.ID)
}

// relationPhrases words the relation types of [RoleRelation].
var relationPhrases = map[string]string{
	"builds-foundation-for":  "builds the foundation for",
	"works-on-foundation-of": "works on the foundation of",
}

// String renders the comparison as text: a heading, the relations, then a
// table of skills and one of responsibilities, with a row for each, shared
// ones first, and a column for each role ("essential 5", "optional 3",
// "yes", or "-").
func (c Comparison) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s) vs %s (%s)\n", c.A.Name, c.A.ID, c.B.Name, c.B.ID)
	writeRelations(&b, c.A, c.B, c.AToB)
	writeRelations(&b, c.B, c.A, c.BToA)
	if len(c.AToB)+len(c.BToA) > 0 {
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	writeTable(&b, c.rows())
	return b.String()
}

// writeRelations writes one line for each relation of role from to role to.
func writeRelations(b *strings.Builder, from, to Concept, rels []RoleRelation) {
	for _, r := range rels {
		verb, ok := relationPhrases[r.Type]
		if !ok {
			verb = r.Type
		}
		fmt.Fprintf(b, "\n%s %s %s", from.Name, verb, to.Name)
		if r.Description != "" {
			fmt.Fprintf(b, ": %s", r.Description)
		}
	}
}

// rows returns the comparison's skills and responsibilities as one table,
// so that both sections share their columns; a zero row is a blank line.
func (c Comparison) rows() [][3]string {
	var rows [][3]string
	need := func(s RoleSkill) string {
		if s.Requirement == "" {
			return "-"
		}
		return fmt.Sprintf("%s %d", s.Requirement, s.Importance)
	}
	rows = append(rows, [3]string{"Skills", c.A.Name, c.B.Name})
	for _, list := range [][]ComparedSkill{c.SharedSkills, c.OnlyASkills, c.OnlyBSkills} {
		for _, s := range list {
			rows = append(rows, [3]string{"  " + s.Skill.Name, need(s.A), need(s.B)})
		}
	}
	head := "Responsibilities"
	if c.Leaning {
		head = "Responsibilities (one role's only: they decide the leaning)"
	}
	rows = append(rows, [3]string{}, [3]string{head, c.A.Name, c.B.Name})
	for i, list := range [][]Concept{c.SharedResponsibilities, c.OnlyAResponsibilities, c.OnlyBResponsibilities} {
		a, bb := "yes", "yes"
		switch i {
		case 1:
			bb = "-"
		case 2:
			a = "-"
		}
		for _, r := range list {
			rows = append(rows, [3]string{"  " + r.Name, a, bb})
		}
	}
	return rows
}

// writeTable writes rows with their first two columns padded to a common
// width; a row with an empty first cell is a blank line.
func writeTable(b *strings.Builder, rows [][3]string) {
	var w [2]int
	for _, r := range rows {
		for k := range w {
			w[k] = max(w[k], utf8.RuneCountInString(r[k]))
		}
	}
	for _, r := range rows {
		if r[0] == "" {
			b.WriteByte('\n')
			continue
		}
		for k := range w {
			b.WriteString(r[k])
			b.WriteString(strings.Repeat(" ", w[k]-utf8.RuneCountInString(r[k])+2))
		}
		b.WriteString(r[2])
		b.WriteByte('\n')
	}
}
