package roles

import (
	"cmp"
	"slices"
	"strings"
)

// Gap is a skill a role requires that the input does not show, and the
// skills that would show it.
type Gap struct {
	RoleSkill        // the skill's ID, and the role's requirement and importance
	Name      string `json:"name"` // the skill's name
	// RuledOut is true when the input rules the skill out (a negated
	// mention); it is always false for profiles.
	RuledOut bool `json:"ruledOut,omitempty"`
	// Options are the skills below this one in the hierarchy, any of which
	// would count toward it (see [Taxonomy.Rank]): those that count toward
	// more of the role's skills first, then the closer ones (fewer steps),
	// then by ID. Options is empty when the skill has nothing below it.
	Options []Concept `json:"options,omitempty"`
}

// Gaps lists what a profile lacks for the role with the given ID: the role's
// skills that nothing in the profile counts toward, essential ones first,
// then by importance (highest first), then by ID, each with the narrower
// skills that would fill it. Responsibilities are left out: see
// RoleMatch.Missing for them. Profile errors are reported as by
// [Taxonomy.Rank]; an unknown role ID is an error too.
func (t *Taxonomy) Gaps(p Profile, roleID string) ([]Gap, error) {
	ri, ok := t.roleAt[roleID]
	if !ok {
		return nil, unknownRole(roleID)
	}
	facts, err := t.profileFacts(p)
	if err != nil {
		return nil, err
	}
	return t.gaps(facts, ri), nil
}

// GapsMentions lists what the mentions found in a text lack for the role
// with the given ID, as [Taxonomy.Gaps] does for a profile; mentions count
// as for [Taxonomy.RankMentions].
func (t *Taxonomy) GapsMentions(ms []Mention, roleID string) ([]Gap, error) {
	ri, ok := t.roleAt[roleID]
	if !ok {
		return nil, unknownRole(roleID)
	}
	return t.gaps(t.mentionFacts(slices.Values(ms)), ri), nil
}

// GapsText lists what a text (a resume, say) lacks for the role with the
// given ID: it returns what t.GapsMentions(t.Extract(text), roleID)
// returns, taking the mentions one by one as [Taxonomy.RankText] does.
func (t *Taxonomy) GapsText(text, roleID string) ([]Gap, error) {
	ri, ok := t.roleAt[roleID]
	if !ok {
		return nil, unknownRole(roleID)
	}
	return t.gaps(t.mentionFacts(t.Mentions(text)), ri), nil
}

// GapsText lists what a text lacks for a role of the default taxonomy. It is
// equivalent to Default().GapsText(text, roleID).
func GapsText(text, roleID string) ([]Gap, error) { return Default().GapsText(text, roleID) }

// Gaps lists what a profile lacks for a role of the default taxonomy. It is
// equivalent to Default().Gaps(p, roleID).
func Gaps(p Profile, roleID string) ([]Gap, error) { return Default().Gaps(p, roleID) }

// gaps lists the role skills that facts leave missing for the role at index
// ri.
func (t *Taxonomy) gaps(facts []inputFact, ri int) []Gap {
	r := t.orEmpty().ranker()
	m := t.rank(facts, ri)[0]
	serves := t.serving(r, ri)
	gaps := []Gap{}
	for _, c := range m.Missing {
		if c.Kind != KindSkill {
			continue
		}
		gaps = append(gaps, Gap{
			RoleSkill: RoleSkill{Skill: c.ID, Requirement: c.Requirement, Importance: c.Importance},
			Name:      c.Name,
			RuledOut:  len(c.Evidence) > 0,
			Options:   t.gapOptions(serves, c.ID),
		})
	}
	return gaps
}

// gapOption is a skill below a gap: at indexes the taxonomy's skills, serves
// counts the items of the role that it counts toward, steps is its distance
// from the gap.
type gapOption struct {
	at, serves, steps int
}

// serving counts, for each skill at or below a skill of the role at index
// ri, how many of the role's skills it counts toward: one walk down from
// each of the role's skills, so that the cost is the role's size times the
// part of the hierarchy below it, not a walk up from every skill below it.
func (t *Taxonomy) serving(r *ranker, ri int) map[int]int {
	serves := map[int]int{}
	ix := &r.roles[ri]
	for _, it := range ix.items[:ix.nSkills] {
		top := t.skillAt[it.id]
		seen := map[int]bool{top: true}
		stack := []int{top}
		for len(stack) > 0 {
			at := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			serves[at]++
			for _, n := range t.narrower[t.f.Skills[at].ID] {
				if j := t.skillAt[n]; !seen[j] {
					seen[j] = true
					stack = append(stack, j)
				}
			}
		}
	}
	return serves
}

// gapOptions returns the skills below the skill id, in the order of
// Gap.Options; serves is what serving returned for the role.
func (t *Taxonomy) gapOptions(serves map[int]int, id string) []Concept {
	var opts []gapOption
	// Every skill below the gap, breadth first, with its distance.
	seen := map[string]bool{id: true}
	level := []string{id}
	for steps := 1; len(level) > 0; steps++ {
		var next []string
		for _, up := range level {
			for _, n := range t.narrower[up] {
				if seen[n] {
					continue
				}
				seen[n] = true
				next = append(next, n)
				at := t.skillAt[n]
				opts = append(opts, gapOption{at, serves[at], steps})
			}
		}
		level = next
	}
	slices.SortFunc(opts, func(a, b gapOption) int {
		if c := cmp.Compare(b.serves, a.serves); c != 0 {
			return c
		}
		if c := cmp.Compare(a.steps, b.steps); c != 0 {
			return c
		}
		return strings.Compare(t.f.Skills[a.at].ID, t.f.Skills[b.at].ID)
	})
	var out []Concept
	for _, o := range opts {
		s := &t.f.Skills[o.at]
		out = append(out, Concept{KindSkill, s.ID, s.Name})
	}
	return out
}
