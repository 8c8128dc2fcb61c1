package roles

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Gap is a skill a role (or a posting) requires that the input does not
// show, or shows for fewer years than the posting asks, and the skills that
// would show it.
type Gap struct {
	// RoleSkill holds the skill's ID, and the role's requirement and
	// importance. For a posting (see [Taxonomy.GapsFor]) the requirement is
	// essential when the posting requires the skill and optional when it
	// prefers it, and the importance is 0.
	RoleSkill
	Name string `json:"name"` // the skill's name
	// RuledOut is true when the input rules the skill out (a negated
	// mention); it is always false for profiles.
	RuledOut bool `json:"ruledOut,omitempty"`
	// WantYears is how many years of the skill the posting asks for (the
	// most its mentions of the skill postingAsk, Mention.Years); 0 when it asks
	// none, and always for the gaps of a role, which asks no years.
	WantYears float64 `json:"wantYears,omitempty"`
	// HaveYears, when the profile shows the skill but for fewer years than
	// WantYears, is the most years it states for the skill or for any skill
	// that counts toward it (see [Taxonomy.GapsFor]); 0 when the profile
	// shows nothing of the skill.
	HaveYears float64 `json:"haveYears,omitempty"`
	// Options are the skills below this one in the hierarchy, any of which
	// would count toward it (see [Taxonomy.Rank]): those that count toward
	// more of the role's skills first, then the closer ones (fewer steps),
	// then by ID. Options is empty when the skill has nothing below it, and
	// when the profile shows the skill but for too few years.
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
	return t.gaps(&factSet{facts: facts}, ri), nil
}

// GapsMentions lists what the mentions found in a text lack for the role
// with the given ID, as [Taxonomy.Gaps] does for a profile; mentions count
// as for [Taxonomy.RankMentions].
func (t *Taxonomy) GapsMentions(ms []Mention, roleID string) ([]Gap, error) {
	ri, ok := t.roleAt[roleID]
	if !ok {
		return nil, unknownRole(roleID)
	}
	return withMentionFacts(t, slices.Values(ms), func(s *factSet) []Gap { return t.gaps(s, ri) }), nil
}

// GapsText lists what a text (a resume, say) lacks for the role with the
// given ID: it returns what t.GapsMentions(t.Extract(text), roleID)
// returns, taking the mentions one by one as [Taxonomy.RankText] does.
func (t *Taxonomy) GapsText(text, roleID string) ([]Gap, error) {
	ri, ok := t.roleAt[roleID]
	if !ok {
		return nil, unknownRole(roleID)
	}
	return withMentionFacts(t, t.Mentions(text), func(s *factSet) []Gap { return t.gaps(s, ri) }), nil
}

// GapsText lists what a text lacks for a role of the default taxonomy. It is
// equivalent to Default().GapsText(text, roleID).
func GapsText(text, roleID string) ([]Gap, error) { return Default().GapsText(text, roleID) }

// Gaps lists what a profile lacks for a role of the default taxonomy. It is
// equivalent to Default().Gaps(p, roleID).
func Gaps(p Profile, roleID string) ([]Gap, error) { return Default().Gaps(p, roleID) }

// GapsFor lists what a candidate's profile lacks for a job posting, given
// as the mentions found in it ([Taxonomy.Extract] finds them, and the years
// the posting asks of a skill, Mention.Years: "5+ years of Go" asks 5):
//
//   - each skill the posting requires or prefers that nothing in the
//     profile counts toward (the skill itself or a narrower one, as in
//     [Taxonomy.Rank]), with the narrower skills that would fill it
//     (Options, in the order of Gap.Options, counting the posting's skills
//     where that counts a role's);
//   - each skill the posting asks years of that the profile shows for
//     fewer: WantYears 5 and HaveYears 2 for a profile with Go for two
//     years.
//
// A profile shows a skill for the most years that its entries counting
// toward the skill state; years of several skills are not added, as they
// may overlap (two years of PostgreSQL and three of MySQL show three years
// of databases). An entry that states no years says nothing about them, so
// a skill it shows is no gap however many years the posting asks: stating
// years that meet the posting's never gives a gap that stating none would
// not, and only years that fall short do.
//
// Skills the posting only rules out are no gaps, nor are its
// responsibilities, roles, occupations and the mentions the taxonomy does
// not know; an empty or unknown qualifier counts as required. Gaps list the
// skills the posting requires first, then those it prefers, each in the
// order the posting first names them. Entries of the profile that the
// taxonomy does not know count for nothing, as in [Taxonomy.RankProfile],
// which lists them; levels and years out of range are an error, as from
// [Taxonomy.Rank]. The result is never nil.
func (t *Taxonomy) GapsFor(posting []Mention, p Profile) ([]Gap, error) {
	facts, _, err := t.lenientFacts(p)
	if err != nil {
		return nil, err
	}
	asks := t.postingAsks(posting)
	shown := t.shownSkills(facts)
	tops := make([]int, len(asks))
	for i, a := range asks {
		tops[i] = a.at
	}
	var serves map[int]int // made for the first missing skill
	gaps := []Gap{}
	for _, a := range asks {
		s := &t.f.Skills[a.at]
		g := Gap{RoleSkill: RoleSkill{Skill: s.ID, Requirement: a.req}, Name: s.Name, WantYears: a.want}
		h, ok := shown[a.at]
		switch {
		case !ok:
			if serves == nil {
				serves = t.servingFrom(tops)
			}
			g.Options = t.gapOptions(serves, s.ID)
		case a.want > 0 && !h.unstated && h.years < a.want:
			g.HaveYears = h.years
		default:
			continue
		}
		gaps = append(gaps, g)
	}
	return gaps, nil
}

// GapsFor lists what a profile lacks for a posting, in the default
// taxonomy. It is equivalent to Default().GapsFor(posting, p).
func GapsFor(posting []Mention, p Profile) ([]Gap, error) { return Default().GapsFor(posting, p) }

// postingAsk is a skill that a posting asks for.
type postingAsk struct {
	at   int         // index into the taxonomy's skills
	req  Requirement // essential when required, optional when only preferred
	want float64     // the most years asked
}

// postingAsks lists the skills that the mentions postingAsk for, required ones
// first, then preferred ones, each in the order first mentioned.
func (t *Taxonomy) postingAsks(ms []Mention) []postingAsk {
	var asks []postingAsk
	for i := range ms {
		m := &ms[i]
		w := qualifierWeight(m.Qualifier)
		at, ok := t.skillAt[m.ID]
		if m.Kind != KindSkill || !ok || w == 0 {
			continue
		}
		req := RequirementOptional
		if w == 1 {
			req = RequirementEssential
		}
		j := slices.IndexFunc(asks, func(a postingAsk) bool { return a.at == at })
		if j < 0 {
			asks = append(asks, postingAsk{at: at, req: req})
			j = len(asks) - 1
		}
		if req == RequirementEssential {
			asks[j].req = req
		}
		if m.Years > 0 && !math.IsInf(m.Years, 0) {
			asks[j].want = max(asks[j].want, m.Years)
		}
	}
	slices.SortStableFunc(asks, func(a, b postingAsk) int {
		return cmp.Compare(requirementOrder(a.req), requirementOrder(b.req))
	})
	return asks
}

// requirementOrder ranks essential before optional.
func requirementOrder(r Requirement) int {
	if r == RequirementEssential {
		return 0
	}
	return 1
}

// shownSkill is what a profile shows of one skill: the most years stated by the
// entries that count toward it, and whether one of them states none.
type shownSkill struct {
	years    float64
	unstated bool
}

// shownSkills returns, for each skill that a profile's skills count toward
// (themselves and their broader skills, transitively), what they show of
// it.
func (t *Taxonomy) shownSkills(facts []inputFact) map[int]shownSkill {
	out := map[int]shownSkill{}
	for _, f := range facts {
		if f.kind != KindSkill {
			continue
		}
		seen := map[int]bool{f.at: true}
		stack := []int{f.at}
		for len(stack) > 0 {
			at := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			h := out[at]
			h.years = max(h.years, f.years)
			h.unstated = h.unstated || f.years == 0
			out[at] = h
			for _, b := range t.f.Skills[at].Broader {
				if j := t.skillAt[b]; !seen[j] {
					seen[j] = true
					stack = append(stack, j)
				}
			}
		}
	}
	return out
}

// gaps lists the role skills that facts leave missing for the role at index
// ri.
func (t *Taxonomy) gaps(facts *factSet, ri int) []Gap {
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
	ix := &r.roles[ri]
	tops := make([]int, ix.nSkills)
	for i, it := range ix.items[:ix.nSkills] {
		tops[i] = t.skillAt[it.id]
	}
	return t.servingFrom(tops)
}

// servingFrom counts, for each skill at or below one of the skills at the
// indexes tops, how many of those it counts toward.
func (t *Taxonomy) servingFrom(tops []int) map[int]int {
	serves := map[int]int{}
	for _, top := range tops {
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
