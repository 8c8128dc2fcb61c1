package main

import (
	"cmp"
	"encoding/json"
	"math"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.Function1x1(roleOf)
	register.Function2x1(formatRoleCount)
	register.Function2x0(usesOf)
	register.Emitter2[string, string]()
	register.Combiner3[qualifierCounts, string, qualifierCounts](&qualifierCountFn{})
	register.Function2x1(formatSkillCount)
	register.Function2x0(backendOf)
	register.Emitter1[backendUse]()
	register.Combiner3[separation, backendUse, string](&separateFn{})
}

// The two roles that the separating skills tell apart.
const (
	developer = "backend-developer"
	engineer  = "backend-engineer"
)

// roleOf is the role decided for a record, "" for none.
func roleOf(f facts) string { return f.Role }

// formatRoleCount is a line of PREFIX-roles.jsonl.
func formatRoleCount(role string, n int) string {
	return jsonLine(struct {
		Role    string `json:"role"`
		Records int    `json:"records"`
	}{role, n})
}

// usesOf emits, for each distinct (skill, qualifier) of a record, the key
// "role\tskill" and the qualifier.
func usesOf(f facts, emit func(string, string)) {
	for _, u := range f.Skills {
		emit(f.Role+"\t"+u.Skill, u.Qualifier)
	}
}

// qualifierCounts counts records by the qualifier a skill has in them.
type qualifierCounts struct {
	Required  int `json:"required"`
	Preferred int `json:"preferred"`
	Negated   int `json:"negated"`
}

// qualifierCountFn counts qualifiers, per key of usesOf.
type qualifierCountFn struct{}

// CreateAccumulator starts at zero.
func (*qualifierCountFn) CreateAccumulator() qualifierCounts { return qualifierCounts{} }

// AddInput counts one qualifier.
func (*qualifierCountFn) AddInput(c qualifierCounts, q string) qualifierCounts {
	switch q {
	case "preferred":
		c.Preferred++
	case "negated":
		c.Negated++
	default:
		c.Required++
	}
	return c
}

// MergeAccumulators adds counts.
func (*qualifierCountFn) MergeAccumulators(a, b qualifierCounts) qualifierCounts {
	return qualifierCounts{a.Required + b.Required, a.Preferred + b.Preferred, a.Negated + b.Negated}
}

// formatSkillCount is a line of PREFIX-skills.jsonl.
func formatSkillCount(key string, c qualifierCounts) string {
	role, skill, _ := strings.Cut(key, "\t")
	return jsonLine(struct {
		Role  string `json:"role"`
		Skill string `json:"skill"`
		qualifierCounts
	}{role, skill, c})
}

// A backendUse is a record decided as one of the two back-end roles, with
// the skills it mentions without negating them, sorted and distinct.
type backendUse struct {
	Role   string
	Skills []string
}

// backendOf emits the backendUse of a record decided as developer or
// engineer.
func backendOf(f facts, emit func(backendUse)) {
	if f.Role != developer && f.Role != engineer {
		return
	}
	u := backendUse{Role: f.Role, Skills: []string{}}
	for _, s := range f.Skills {
		if s.Qualifier != "negated" && (len(u.Skills) == 0 || u.Skills[len(u.Skills)-1] != s.Skill) {
			u.Skills = append(u.Skills, s.Skill)
		}
	}
	emit(u)
}

// separation counts, for the developer's and the engineer's records, how
// many there are and how many mention each skill.
type separation struct {
	Records [2]int            // developer, engineer
	Skills  map[string][2]int // skill → records of developer, engineer
}

// separateFn finds the Top skills whose share of records differs most
// between the developer's records and the engineer's.
type separateFn struct {
	Top int
}

// CreateAccumulator starts at zero.
func (*separateFn) CreateAccumulator() separation {
	return separation{Skills: map[string][2]int{}}
}

// AddInput counts one record.
func (*separateFn) AddInput(a separation, u backendUse) separation {
	side := 0
	if u.Role == engineer {
		side = 1
	}
	a.Records[side]++
	if a.Skills == nil {
		a.Skills = map[string][2]int{}
	}
	for _, s := range u.Skills {
		n := a.Skills[s]
		n[side]++
		a.Skills[s] = n
	}
	return a
}

// MergeAccumulators adds counts.
func (*separateFn) MergeAccumulators(a, b separation) separation {
	out := separation{Records: [2]int{a.Records[0] + b.Records[0], a.Records[1] + b.Records[1]}, Skills: map[string][2]int{}}
	for _, m := range []map[string][2]int{a.Skills, b.Skills} {
		for s, n := range m {
			o := out.Skills[s]
			out.Skills[s] = [2]int{o[0] + n[0], o[1] + n[1]}
		}
	}
	return out
}

// separating is a line of PREFIX-separating.jsonl.
type separating struct {
	Skill      string  `json:"skill"`
	Developer  float64 `json:"developer"`  // share of backend-developer records that mention the skill
	Engineer   float64 `json:"engineer"`   // share of backend-engineer records
	Difference float64 `json:"difference"` // Engineer - Developer
}

// ExtractOutput lists the Top skills by the size of their difference,
// largest first, equal ones by skill ID, as the lines of one file.
func (f *separateFn) ExtractOutput(a separation) string {
	rows := separatingSkills(a)
	if len(rows) > f.Top {
		rows = rows[:f.Top]
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = jsonLine(r)
	}
	return strings.Join(lines, "\n")
}

// separatingSkills is every skill of a with its shares, by the size of its
// difference, largest first, then by ID.
func separatingSkills(a separation) []separating {
	share := func(n, of int) float64 {
		if of == 0 {
			return 0
		}
		return float64(n) / float64(of)
	}
	rows := make([]separating, 0, len(a.Skills))
	for s, n := range a.Skills {
		r := separating{Skill: s, Developer: share(n[0], a.Records[0]), Engineer: share(n[1], a.Records[1])}
		r.Difference = r.Engineer - r.Developer
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(x, y separating) int {
		return cmp.Or(cmp.Compare(math.Abs(y.Difference), math.Abs(x.Difference)), strings.Compare(x.Skill, y.Skill))
	})
	return rows
}

// jsonLine marshals v, which cannot fail for the types above.
func jsonLine(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("beam: " + err.Error())
	}
	return string(b)
}
