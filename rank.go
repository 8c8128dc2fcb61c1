package roles

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Profile describes a candidate by the skills they show and, optionally, the
// responsibilities they have carried. A profile built from a job posting
// describes what the posting asks for.
type Profile struct {
	Skills []ProfileSkill `json:"skills,omitempty"` // the skills shown
	// Responsibilities lists duties by ID or by any of their names
	// ("debugging applications", "optimize-servers").
	Responsibilities []string `json:"responsibilities,omitempty"`
}

// ProfileSkill is one skill of a [Profile].
type ProfileSkill struct {
	// Skill is the skill's ID or any of its names, as [Taxonomy.Lookup]
	// finds them: "postgresql", "Postgres" and "PostgreSQL" are one skill.
	Skill string `json:"skill"`
	// Level rates proficiency from 1 (novice) to 5 (expert); 0 means not
	// stated. It must be between 0 and 5, but it does not change a ranking:
	// see [Taxonomy.Rank].
	Level int `json:"level,omitempty"`
	// Years is how long the candidate has used the skill; 0 means not
	// stated. [Taxonomy.GapsFor] holds it against the years a posting asks
	// for.
	Years float64 `json:"years,omitempty"`
}

// RoleMatch is how well an input (a [Profile] or the mentions found in a
// text) fits one role, and why. See [Taxonomy.Rank] for the formula.
type RoleMatch struct {
	Role  string  `json:"role"`  // the role's ID
	Name  string  `json:"name"`  // the role's name
	Score float64 `json:"score"` // in [0, 1]: how much of the role the input covers
	// Skills, Responsibilities and Title are the parts of the score, each in
	// [-1, 1]; a part is negative when the input rules out more than it
	// shows.
	Skills           float64 `json:"skills"`
	Responsibilities float64 `json:"responsibilities"` // the responsibilities part
	Title            float64 `json:"title"`            // the title part
	// Matched lists what the input shows of the role: its skills first
	// (essential first, then by importance, highest first, then by ID), then
	// its responsibilities (by ID), then its title when the input names it.
	Matched []Coverage `json:"matched"`
	// Missing lists, in the same order, the role's skills that nothing in
	// the input shows, and the responsibilities and title that the input
	// rules out; those carry the negated evidence. (Responsibilities the
	// input does not mention are not listed: they are the role's
	// Responsibilities less those in Matched.)
	Missing []Coverage `json:"missing"`
}

// Coverage is how far an input covers one thing a role asks for: one of its
// skills, one of its responsibilities, or its title.
type Coverage struct {
	Kind Kind   `json:"kind"` // KindSkill, KindResponsibility, or KindRole for the title
	ID   string `json:"id"`   // the skill's, responsibility's or role's ID
	Name string `json:"name"` // its name
	// Requirement and Importance are the role's, for skills; they are zero
	// for responsibilities and the title.
	Requirement Requirement `json:"requirement,omitempty"`
	Importance  int         `json:"importance,omitempty"` // 1 to 5, for skills
	// Weight is the item's weight within its part of the score: the
	// importance, doubled for essential skills; 1 for a responsibility or
	// the title.
	Weight float64 `json:"weight"`
	// Value is in [-1, 1]: 1 - Π(1 - w) over the positive evidence weights
	// w, less 1 when the input rules the item out.
	Value float64 `json:"value"`
	// Evidence lists what counts toward the item, or against it: positive
	// evidence first, the heaviest first, then by kind and ID.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Evidence is one concept of the input that counts toward a role's item, or
// against it.
type Evidence struct {
	Kind Kind   `json:"kind"` // the kind of concept the input names
	ID   string `json:"id"`   // the concept the input names
	// Via lists the skills from the one the input names to the item it
	// counts toward, without the first and with the last: a mention of
	// postgresql counts toward data-integration Via ["data-integration"].
	// Positive evidence climbs to broader skills; a ruled-out skill rules
	// out the narrower ones. Of several paths, Via is the shortest (the
	// first in ID order among equals). It is empty when the input names the
	// item itself.
	Via []string `json:"via,omitempty"`
	// Weight is what the evidence adds to the item: the qualifier (1 for
	// required, 0.5 for preferred, 1 for a profile entry) times 0.8 for
	// each step of Via; it is -1 for a negated concept.
	Weight float64 `json:"weight"`
	// Entry is the index of the profile entry (in Profile.Skills or
	// Profile.Responsibilities, by Kind) that shows the concept; -1 for
	// mentions and for the role title.
	Entry int `json:"entry"`
	// Mentions are the first mentions of the concept that count, in input
	// order, at most eight of them, so that evidence stays as small as the
	// answer however long the text; nil for a profile. The evidence of one
	// concept in one answer shares them: appending to them copies them, but
	// setting an element sets it for all that evidence.
	Mentions []Mention `json:"mentions,omitempty"`
	// Count is how many mentions of the concept count, however many
	// Mentions shows; 0 for a profile.
	Count int `json:"count,omitempty"`
}

// maxEvidenceMentions is how many mentions an Evidence shows at most.
const maxEvidenceMentions = 8

// The constants of the ranking formula; see [Taxonomy.Rank].
const (
	stepDiscount    = 0.8  // per step from a narrower skill to a broader one
	preferredWeight = 0.5  // a preferred mention counts half
	essentialFactor = 2    // an essential skill weighs twice its importance
	skillShare      = 0.75 // of the score, when a role has skills and responsibilities
	titleBonus      = 0.05 // added when the input names the role
)

// Rank ranks every role of the taxonomy against a profile, best first.
//
// Each entry of the profile is resolved with [Taxonomy.Lookup]. Rank is
// strict: entries that name no skill (or no responsibility) are all
// reported at once in an error that [errors.As] turns into an [*Error],
// whose problems have paths such as "/skills/2" and "/responsibilities/0".
// So are levels outside 0 to 5 and years that are negative or not finite.
// [Taxonomy.RankProfile] ranks the same, leaving the entries it does not
// know out and listing them in its result.
//
// # The formula
//
// A skill the profile shows counts toward each skill a role requires that is
// the same skill or broader than it, transitively through [Skill.Broader],
// with a weight of 0.8 per step: PostgreSQL, directly under "integrating data
// sources and databases", counts 0.8 toward it.
//
// A profile skill weighs 1 whatever its Level and Years. A role asks for
// skills, not for a level or a number of years of them, so any level or
// years a profile states meets what the role asks, and a skill with them
// weighs what it weighs without them: stating them never lowers a score.
// Only a requirement in years can be missed, and only a posting states
// one (Mention.Years): [Taxonomy.GapsFor] reports a skill that a posting
// asks W years of as short when the profile's entries counting toward it
// all state years and the most they state is below W; an entry without
// years never makes a skill short.
//
// Several skills toward one required skill combine as independent chances,
// 1 - Π(1 - w), so that knowing Go and Python covers "server-side
// languages" better than either alone, and never more than fully. A skill
// named twice counts once, with its best weight (in a profile, where all
// weigh 1, its first entry is the evidence's Entry). Evidence more than about
// 3,300 steps below a skill would weigh 0.8^3,300 × 0.5, which a float64
// cannot hold: it weighs nothing and is not listed.
//
// A role's score is then
//
//	Skills           = Σ weight × value / Σ weight over the role's skills,
//	                   weight = importance, doubled for essential skills
//	Responsibilities = Σ value / count over the role's responsibilities
//	Score            = clamp(0.75×Skills + 0.25×Responsibilities + 0.05×Title, 0, 1)
//
// where a responsibility's value is 1 when the profile lists it, and Title
// is 0 for profiles (see [Taxonomy.RankMentions]). A role without
// responsibilities gives its skills the whole share, and the other way
// round. Scores are not normalised across roles: a score says how much of
// that role the input covers, so an input with nothing back-end in it scores
// low for every role; below 0.15 it shows little of the role. Skills beyond
// what a role asks for neither help nor hurt it.
//
// Matches are sorted by score, highest first; equal scores by role ID.
//
// # Cost
//
// Ranking walks the hierarchy from each distinct concept of the input, up
// for skills it shows (at most about 3,300 levels, see above) and down for
// those it rules out, once per taxonomy for each skill: a skill's walks are
// kept for later rankings. Its cost is that of the walks the input needs
// plus the size of the answer (an Evidence.Via is as long as its path), not
// the size or depth of the whole hierarchy.
func (t *Taxonomy) Rank(p Profile) ([]RoleMatch, error) {
	facts, err := t.profileFacts(p)
	if err != nil {
		return nil, err
	}
	return t.rank(&factSet{facts: facts}, -1), nil
}

// ProfileRanking is what [Taxonomy.RankProfile] returns: the roles ranked
// against the entries of a profile that the taxonomy knows, and the entries
// it left out.
type ProfileRanking struct {
	// Matches are the roles, best first, as [Taxonomy.Rank] ranks them
	// against the profile without its Unknown entries. Evidence.Entry
	// indexes the profile as given.
	Matches []RoleMatch `json:"matches"`
	// Unknown lists the profile's entries that count for nothing, sorted by
	// path: a name the taxonomy does not know, with the code
	// [CodeUnknownSkill] or [CodeUnknownResponsibility], or a concept of
	// another kind than its list holds ("Shop Keeper", a role, among the
	// skills), with [CodeWrongKind]. Each Path is the entry's JSON pointer
	// in the profile, such as "/skills/2". It is empty, not nil, when every
	// entry counts.
	Unknown []Problem `json:"unknown"`
}

// RankProfile ranks every role of the taxonomy against a profile, best
// first, as [Taxonomy.Rank] does, with the same formula, but leaves out the
// entries that name nothing the taxonomy knows and lists them in the
// result instead of failing: a keyword list from a resume always holds some
// ("Figma", "Storybook"). Levels outside 0 to 5 and years that are
// negative or not finite are still an error, an [*Error] as from Rank.
func (t *Taxonomy) RankProfile(p Profile) (ProfileRanking, error) {
	facts, unknown, err := t.lenientFacts(p)
	if err != nil {
		return ProfileRanking{}, err
	}
	return ProfileRanking{Matches: t.rank(&factSet{facts: facts}, -1), Unknown: unknown}, nil
}

// RankProfile ranks the roles of the default taxonomy against a profile,
// leaving out and listing its unknown entries. It is equivalent to
// Default().RankProfile(p).
func RankProfile(p Profile) (ProfileRanking, error) { return Default().RankProfile(p) }

// RankMentions ranks every role of the taxonomy against the mentions found
// in a text, best first, with the formula of [Taxonomy.Rank] and these
// additions:
//
//   - A Required mention weighs 1 and a Preferred one 0.5, as a profile
//     skill weighs 1.
//   - A Negated mention rules its concept out: a ruled-out skill takes 1 from
//     the value of each required skill that is it or narrower than it ("no
//     database work" rules out integrating databases), a ruled-out
//     responsibility from the responsibility. A part of the score can so
//     fall below 0, but never the score. A concept that the text also names
//     without negation counts as named.
//   - Mentions of responsibilities count toward the roles that carry them.
//   - A mention of a role's name sets Title to 1 (0.5 when preferred, -1
//     when negated), which adds 0.05 times it to the score: the name tells
//     which role a text is about, not how much of it the text covers.
//   - A concept mentioned several times counts once, with its best
//     qualifier; the evidence shows the first eight of its mentions that
//     count, and their Count.
//
// Mentions whose kind and ID the taxonomy does not know are ignored, as is an
// empty or unknown qualifier taken for Required. The mentions are not
// changed; the evidence holds copies, one for each concept (see
// [Evidence.Mentions]).
func (t *Taxonomy) RankMentions(ms []Mention) []RoleMatch {
	add := func(s *factSet) {
		for i := range ms {
			t.mentionFact(s, &ms[i])
		}
	}
	return withFacts(t, add, func(s *factSet) []RoleMatch { return t.rank(s, -1) })
}

// RankText ranks every role of the taxonomy against a text (a resume or a
// job posting): it returns what t.RankMentions(t.Extract(text)) returns,
// and its evidence holds the mentions with their byte offsets in text. It
// takes the mentions one by one from [Taxonomy.Mentions] instead of
// collecting them, so that, beyond what the scan of a paragraph holds, its
// memory grows with the distinct concepts of the text, not with its length.
// Almost all of its cost is the extraction.
func (t *Taxonomy) RankText(text string) []RoleMatch {
	return withMentionFacts(t, t.Mentions(text), func(s *factSet) []RoleMatch { return t.rank(s, -1) })
}

// RankText ranks the roles of the default taxonomy against a text. It is
// equivalent to Default().RankText(text).
func RankText(text string) []RoleMatch { return Default().RankText(text) }

// Rank ranks the roles of the default taxonomy against a profile. It is
// equivalent to Default().Rank(p).
func Rank(p Profile) ([]RoleMatch, error) { return Default().Rank(p) }

// ranker holds what ranking needs, indexed once per taxonomy. The
// hierarchy walks are not: a skill's walks are made the first time an input
// names it, and kept, so that a taxonomy's first ranking costs what its
// input reaches, not the square of the hierarchy's depth.
type ranker struct {
	t     *Taxonomy
	roles []roleIndex
	// base[i] is the index of role i's first item among all roles' items;
	// nItems counts them all.
	base   []int
	nItems int
	// req maps a skill ID to the role items that require it.
	req map[string][]roleLink
	// up[i], once made, lists the role skills that skill i counts toward:
	// itself and its broader skills, transitively (see upFrom).
	up []atomic.Pointer[[]roleLink]
	// down[i], once made, lists the role skills that ruling out skill i
	// rules out: itself and its narrower skills, transitively.
	down []atomic.Pointer[[]roleLink]
	// duty[i] lists the role items that responsibility i is.
	duty [][]roleLink
}

type roleIndex struct {
	id, name    string
	items       []roleItem // skills in RoleSkills order, then responsibilities by ID
	nSkills     int
	skillWeight float64
	// unshown[i] is how RoleMatch.Missing lists skill item i when nothing
	// shows it, so that a ranking copies runs of them.
	unshown []Coverage
}

type roleItem struct {
	kind       Kind
	id, name   string
	req        Requirement
	importance int
	weight     float64
}

// roleLink ties an input concept to one item of one role.
type roleLink struct {
	role, item int
	factor     float64  // stepDiscount^len(via) upwards, 1 downwards
	via        []string // see Evidence.Via
}

// newRanker indexes the roles' items, and records which of them each skill
// and responsibility is.
func newRanker(t *Taxonomy) *ranker {
	r := &ranker{
		t:     t,
		roles: make([]roleIndex, len(t.f.Roles)),
		req:   map[string][]roleLink{},
		up:    make([]atomic.Pointer[[]roleLink], len(t.f.Skills)),
		down:  make([]atomic.Pointer[[]roleLink], len(t.f.Skills)),
		duty:  make([][]roleLink, len(t.f.Responsibilities)),
	}
	for ri := range t.f.Roles {
		r.addRole(t, ri)
	}
	return r
}

// upFrom returns the role skills that skill i counts toward, walking up
// from it the first time.
func (r *ranker) upFrom(i int) []roleLink {
	return r.kept(&r.up[i], func() []roleLink {
		return r.walk(i, func(s int) []string {
			return slices.Sorted(slices.Values(r.t.f.Skills[s].Broader))
		}, stepDiscount)
	})
}

// downFrom returns the role skills that ruling out skill i rules out,
// walking down from it the first time.
func (r *ranker) downFrom(i int) []roleLink {
	return r.kept(&r.down[i], func() []roleLink {
		return r.walk(i, func(s int) []string { return r.t.narrower[r.t.f.Skills[s].ID] }, 1)
	})
}

// kept returns the walk kept in p, or makes it with walk and keeps it.
// Concurrent first calls may both walk; they find the same links.
func (r *ranker) kept(p *atomic.Pointer[[]roleLink], walk func() []roleLink) []roleLink {
	if ls := p.Load(); ls != nil {
		return *ls
	}
	ls := walk()
	p.Store(&ls)
	return ls
}

// addRole indexes the items of the role at index ri, and records which of
// them each skill and responsibility is.
func (r *ranker) addRole(t *Taxonomy, ri int) {
	role := &t.f.Roles[ri]
	ix := roleIndex{id: role.ID, name: role.Name}
	skills := slices.Clone(role.Skills)
	slices.SortFunc(skills, compareRoleSkills)
	for _, rs := range skills {
		w := float64(rs.Importance)
		if rs.Requirement == RequirementEssential {
			w *= essentialFactor
		}
		r.req[rs.Skill] = append(r.req[rs.Skill], roleLink{role: ri, item: len(ix.items)})
		ix.items = append(ix.items, roleItem{
			kind: KindSkill, id: rs.Skill, name: t.f.Skills[t.skillAt[rs.Skill]].Name,
			req: rs.Requirement, importance: rs.Importance, weight: w,
		})
		ix.skillWeight += w
	}
	ix.nSkills = len(ix.items)
	ix.unshown = make([]Coverage, ix.nSkills)
	for i := range ix.unshown {
		ix.unshown[i] = ix.items[i].coverage(0, nil)
	}
	for _, id := range slices.Sorted(slices.Values(role.Responsibilities)) {
		at := t.respAt[id]
		r.duty[at] = append(r.duty[at], roleLink{role: ri, item: len(ix.items), factor: 1})
		ix.items = append(ix.items, roleItem{kind: KindResponsibility, id: id, name: t.f.Responsibilities[at].Name, weight: 1})
	}
	r.roles[ri] = ix
	r.base = append(r.base, r.nItems)
	r.nItems += len(ix.items)
}

// walk visits the skills reachable from skill start through next, breadth
// first so that each is reached by a shortest path (the first in ID order),
// and links start to the role items that require them. Going up (discount
// < 1), it stops where the discount leaves no weight: the weakest evidence
// (preferredWeight) times discount^steps underflows to 0 after about 3,300
// steps, so a walk up costs at most that many levels of the hierarchy.
func (r *ranker) walk(start int, next func(int) []string, discount float64) []roleLink {
	t := r.t
	type node struct {
		at    int
		from  int // index into seen of the node it was reached from; -1 for start
		steps int
	}
	seen := []node{{start, -1, 0}}
	visited := map[int]bool{start: true}
	var out []roleLink
	for k := 0; k < len(seen); k++ {
		n := seen[k]
		if reqs := r.req[t.f.Skills[n.at].ID]; len(reqs) > 0 {
			via := make([]string, n.steps)
			for j := k; seen[j].from >= 0; j = seen[j].from {
				via[seen[j].steps-1] = t.f.Skills[seen[j].at].ID
			}
			for _, l := range reqs {
				l.factor = math.Pow(discount, float64(n.steps))
				l.via = via
				out = append(out, l)
			}
		}
		if discount < 1 && preferredWeight*math.Pow(discount, float64(n.steps+1)) == 0 {
			continue
		}
		for _, id := range next(n.at) {
			j := t.skillAt[id]
			if !visited[j] {
				visited[j] = true
				seen = append(seen, node{j, k, n.steps + 1})
			}
		}
	}
	return out
}

// inputFact is one concept of the input, its mentions or entries merged.
type inputFact struct {
	kind  Kind
	at    int // index into the taxonomy's roles, skills or responsibilities
	id    string
	pos   float64 // best positive weight; 0 when only negated
	entry int
	// years, for a profile skill, is the most years its entries state; 0
	// when one of them states none.
	years float64
	// said and ruled sample the mentions that name the concept and those
	// that rule it out; only one of them counts (see counted).
	said, ruled mentionSample
}

// mentionSample is the first maxEvidenceMentions mentions of a kind, and how
// many there are. The mentions are kept in their factSet's kept, linked
// from head to tail, so that sampling allocates nothing per fact.
type mentionSample struct {
	head, tail int32 // 1 + the index into kept of the first and last; 0 for none
	n          int
}

// shown is how many mentions the sample keeps.
func (ms *mentionSample) shown() int { return min(ms.n, maxEvidenceMentions) }

// keptMention is a mention that a sample keeps, and the next one it keeps.
type keptMention struct {
	m    Mention
	next int32 // 1 + the index into kept of the next; 0 for none
}

// sample counts m toward ms, and keeps it in s.kept among the first.
func (s *factSet) sample(ms *mentionSample, m *Mention) {
	if ms.n < maxEvidenceMentions {
		s.kept = append(s.kept, keptMention{m: *m})
		at := int32(len(s.kept))
		if ms.tail > 0 {
			s.kept[ms.tail-1].next = at
		} else {
			ms.head = at
		}
		ms.tail = at
	}
	ms.n++
}

// counted returns the mentions that count as evidence for the fact: those
// that rule it out only for a concept never named without negation.
func (f *inputFact) counted() *mentionSample {
	if f.negated() {
		return &f.ruled
	}
	return &f.said
}

func (f *inputFact) negated() bool { return f.pos == 0 }

// shortFacts is how many facts a factSet searches one by one before it
// indexes them in a map: most inputs are short.
const shortFacts = 32

// factSet gathers the facts of an input, one per concept. IDs are unique
// across the kinds of a taxonomy, so a concept's ID names its fact.
type factSet struct {
	facts []inputFact
	index map[string]int // concept ID → index into facts, once facts is long
	// indexed tells whether index holds the facts; a reused set keeps its
	// map, cleared.
	indexed bool
	kept    []keptMention // the mentions that the facts' samples keep
	// slot[first[kind]+at], in a set that withMentionFacts fills, is 1 +
	// the index into facts of the fact about the concept at index at of
	// factKinds[kind]'s list, or 0 for none: how mentionFact finds facts
	// without comparing IDs. Only the entries of facts are set; reset
	// clears them.
	slot  []int32
	first [len(factKinds) + 1]int
}

// factSets keeps the sets of finished calls for the next ones: what merging
// the mentions of a text holds is not returned, so a call need not
// allocate it.
var factSets = sync.Pool{New: func() any { return new(factSet) }}

// maxPooledFacts is how many facts a set may hold and go back to the pool:
// one large input should not keep its memory alive in it.
const maxPooledFacts = 1 << 12

// withMentionFacts merges mentions into a set of facts taken from the pool,
// as mentionFacts does, and returns what use returns for it; use must not
// keep the set.
func withMentionFacts[R any](t *Taxonomy, ms iter.Seq[Mention], use func(*factSet) R) R {
	return withFacts(t, func(s *factSet) { t.mentionFacts(s, ms) }, use)
}

// withFacts lets add merge mentions into a set of facts taken from the
// pool, with mentionFact, and returns what use returns for it; use must
// not keep the set.
func withFacts[R any](t *Taxonomy, add func(*factSet), use func(*factSet) R) R {
	s := factSets.Get().(*factSet)
	s.reset()
	s.first = t.kindStarts()
	if n := s.first[len(factKinds)]; len(s.slot) < n {
		s.slot = make([]int32, n)
	}
	add(s)
	out := use(s)
	if cap(s.facts) <= maxPooledFacts && cap(s.kept) <= maxPooledFacts*maxEvidenceMentions {
		factSets.Put(s)
	}
	return out
}

// reset empties s for reuse.
func (s *factSet) reset() {
	if s.slot != nil {
		for i := range s.facts {
			s.slot[s.first[kindIndex(s.facts[i].kind)]+s.facts[i].at] = 0
		}
	}
	s.facts, s.kept = s.facts[:0], s.kept[:0]
	if s.indexed {
		clear(s.index)
		s.indexed = false
	}
}

// find returns the index of the fact about the concept id, or -1.
func (s *factSet) find(id string) int {
	if !s.indexed {
		if len(s.facts) < shortFacts {
			for j := range s.facts {
				if s.facts[j].id == id {
					return j
				}
			}
			return -1
		}
		if s.index == nil {
			s.index = make(map[string]int, 2*len(s.facts))
		}
		for j := range s.facts {
			s.index[s.facts[j].id] = j
		}
		s.indexed = true
	}
	if j, ok := s.index[id]; ok {
		return j
	}
	return -1
}

// add appends f, about a concept that has no fact yet, and returns its
// index.
func (s *factSet) add(f inputFact) int {
	if s.indexed {
		s.index[f.id] = len(s.facts)
	}
	s.facts = append(s.facts, f)
	return len(s.facts) - 1
}

// addEntry counts profile entry number entry, a skill or responsibility
// stated with years (0 when not stated), toward the fact about its concept.
// The fact keeps its first entry (all weigh 1, see [Taxonomy.Rank]), and in
// years the most any of its entries states, or 0 when one of them states
// none: see [Taxonomy.GapsFor].
func (s *factSet) addEntry(kind Kind, at int, id string, years float64, entry int) {
	k := s.find(id)
	if k < 0 {
		s.add(inputFact{kind: kind, at: at, id: id, pos: 1, entry: entry, years: years})
		return
	}
	if f := &s.facts[k]; f.years > 0 && (years == 0 || years > f.years) {
		f.years = years
	}
}

// profileFacts resolves a profile's entries into facts, or reports every
// entry that is wrong, unknown entries included: what [Taxonomy.Rank]
// does.
func (t *Taxonomy) profileFacts(p Profile) ([]inputFact, error) {
	facts, bad, unknown := t.resolveProfile(p)
	if len(bad)+len(unknown) > 0 {
		return nil, profileError(append(bad, unknown...))
	}
	return facts, nil
}

// lenientFacts resolves a profile's entries into facts, leaving out the
// entries that name nothing the taxonomy knows (or a concept of another
// kind), which it returns as problems, sorted, never nil. Levels and years
// out of range are an error.
func (t *Taxonomy) lenientFacts(p Profile) (facts []inputFact, unknown []Problem, err error) {
	facts, bad, unknown := t.resolveProfile(p)
	if len(bad) > 0 {
		return nil, nil, profileError(bad)
	}
	if len(unknown) == 0 {
		return facts, []Problem{}, nil
	}
	return facts, newError(unknown).Problems, nil
}

// resolveProfile resolves a profile's entries into facts; it returns
// separately the levels and years out of range, and the entries that name
// nothing the taxonomy knows as what their list holds.
func (t *Taxonomy) resolveProfile(p Profile) (facts []inputFact, bad, unknown []Problem) {
	s := factSet{facts: make([]inputFact, 0, len(p.Skills)+len(p.Responsibilities))}
	for i, ps := range p.Skills {
		bad, unknown = t.profileSkill(&s, i, ps, bad, unknown)
	}
	for i, name := range p.Responsibilities {
		unknown = t.profileResponsibility(&s, i, name, unknown)
	}
	return s.facts, bad, unknown
}

// profileError is the error for a profile's problems.
func profileError(probs []Problem) *Error {
	e := newError(probs)
	e.Subject = "profile"
	return e
}

// profileSkill adds Profile.Skills[i], ps, to s, or what is wrong with it
// to bad (a level or years out of range) and unknown (a name the taxonomy
// does not know as a skill), which it returns.
func (t *Taxonomy) profileSkill(s *factSet, i int, ps ProfileSkill, bad, unknown []Problem) ([]Problem, []Problem) {
	n := len(bad)
	if ps.Level < 0 || ps.Level > 5 {
		bad = append(bad, Problem{Path: entryPath("skills", i) + "/level", Code: CodeLevel, Message: fmt.Sprintf("level %d is not between 0 and 5", ps.Level)})
	}
	if ps.Years < 0 || math.IsNaN(ps.Years) || math.IsInf(ps.Years, 0) {
		bad = append(bad, Problem{Path: entryPath("skills", i) + "/years", Code: CodeYears, Message: fmt.Sprintf("years %v is not a number of years", ps.Years)})
	}
	ok := len(bad) == n
	if at, known := t.skillAt[ps.Skill]; known {
		if ok {
			s.addEntry(KindSkill, at, ps.Skill, ps.Years, i) // a skill ID: the common case
		}
		return bad, unknown
	}
	c, known := t.Lookup(ps.Skill)
	switch {
	case !known:
		unknown = append(unknown, Problem{Path: entryPath("skills", i), Code: CodeUnknownSkill, Message: fmt.Sprintf("unknown skill %q", ps.Skill)})
	case c.Kind != KindSkill:
		unknown = append(unknown, Problem{Path: entryPath("skills", i), Code: CodeWrongKind, Message: fmt.Sprintf("%q is %s, not a skill", ps.Skill, c.Kind.withArticle())})
	case ok:
		s.addEntry(KindSkill, t.skillAt[c.ID], c.ID, ps.Years, i)
	}
	return bad, unknown
}

// profileResponsibility adds Profile.Responsibilities[i], name, to s, or
// what is wrong with it to unknown, which it returns.
func (t *Taxonomy) profileResponsibility(s *factSet, i int, name string, unknown []Problem) []Problem {
	c, ok := t.Lookup(name)
	switch {
	case !ok:
		unknown = append(unknown, Problem{Path: entryPath("responsibilities", i), Code: CodeUnknownResponsibility, Message: fmt.Sprintf("unknown responsibility %q", name)})
	case c.Kind != KindResponsibility:
		unknown = append(unknown, Problem{Path: entryPath("responsibilities", i), Code: CodeWrongKind, Message: fmt.Sprintf("%q is %s, not a responsibility", name, c.Kind.withArticle())})
	default:
		s.addEntry(KindResponsibility, t.respAt[c.ID], c.ID, 0, i)
	}
	return unknown
}

// entryPath is the JSON pointer of entry i of a profile's list.
func entryPath(list string, i int) string { return "/" + list + "/" + strconv.Itoa(i) }

// mentionFacts merges mentions into facts in s, one per concept the
// taxonomy knows, each with its best qualifier and a sample of its
// mentions.
func (t *Taxonomy) mentionFacts(s *factSet, ms iter.Seq[Mention]) {
	for m := range ms {
		t.mentionFact(s, &m)
	}
}

// mentionFact counts m toward the fact about its concept, which keeps the
// best weight, and returns the fact's index; -1 when the taxonomy does not
// know the concept.
func (t *Taxonomy) mentionFact(s *factSet, m *Mention) int {
	kind, at, ok := t.indexOf(m.Kind, m.ID)
	if !ok || factKinds[kind] == KindOccupation {
		return -1
	}
	w := qualifierWeight(m.Qualifier)
	slot := &s.slot[s.first[kind]+at]
	if *slot == 0 {
		*slot = int32(s.add(inputFact{kind: m.Kind, at: at, id: m.ID, entry: -1})) + 1
	}
	k := int(*slot) - 1
	f := &s.facts[k]
	f.pos = max(f.pos, w)
	if m.Qualifier == QualifierNegated {
		s.sample(&f.ruled, m)
	} else {
		s.sample(&f.said, m)
	}
	return k
}

// qualifierWeight is what a mention with qualifier q weighs: 1 when
// required, preferredWeight when preferred, 0 when negated.
func qualifierWeight(q Qualifier) float64 {
	switch q {
	case QualifierNegated:
		return 0
	case QualifierPreferred:
		return preferredWeight
	}
	return 1
}

// rankHit is one fact counting toward one role item (or, for a title, the
// role's name).
// It holds no pointers, so that the garbage collector need not scan hits.
type rankHit struct {
	fact int32   // index into the facts
	role int32   // index into the roles
	link int32   // index into the fact's links; -1 for a title
	w    float64 // signed evidence weight
}

// ranking is one call of rank: the input's facts, what they count toward,
// and the arrays that the results are cut from.
type ranking struct {
	r     *ranker
	facts []inputFact
	kept  []keptMention // the mentions the facts' samples keep
	only  int           // the index of the one role to score; -1 for all
	buf   *rankBuf      // where start, hits and titles are cut from
	// start buckets the hits by role item, g = r.base[role] + item: item
	// g's hits are hits[start[g]:start[g+1]].
	start  []int32
	hits   []rankHit
	titles []rankHit // the facts that name a role
	// Everything returned is cut, with full slice expressions, from these
	// few backing arrays allocated once per call (see cut and cutLists), so
	// that appending to one slice cannot overwrite another.
	covs     []Coverage
	evidence []Evidence // the hits' evidence, then the titles'
	vias     []string
	ments    []Mention
	shown    [][]Mention // see rankBuf.shown
}

// rankBufs keeps the buckets and hits of finished rankings for the next
// ones: they are not returned, so a ranking need not allocate them.
var rankBufs = sync.Pool{New: func() any { return new(rankBuf) }}

// rankBuf is what a ranking uses and does not return.
type rankBuf struct {
	scratch []int32
	hits    []rankHit
	titles  []rankHit
	// shown[f] is the copy of fact f's mentions that its evidence shares,
	// once cut; rank clears it before the buffer goes back to the pool.
	shown [][]Mention
}

// maxPooledHits is how many hits a rankBuf may hold and go back to the
// pool.
const maxPooledHits = 1 << 14

// rank scores the roles (all, or only the one at index only) against the
// facts of s.
func (t *Taxonomy) rank(s *factSet, only int) []RoleMatch {
	buf := rankBufs.Get().(*rankBuf)
	if cap(buf.shown) < len(s.facts) {
		buf.shown = make([][]Mention, len(s.facts))
	}
	k := ranking{r: t.orEmpty().ranker(), facts: s.facts, kept: s.kept, only: only, buf: buf, shown: buf.shown[:len(s.facts)]}
	out := k.rank()
	clear(k.shown)
	if cap(buf.hits) <= maxPooledHits && cap(buf.shown) <= maxPooledFacts {
		buf.titles = k.titles[:0]
		rankBufs.Put(buf)
	}
	return out
}

// rank scores the roles.
func (k *ranking) rank() []RoleMatch {
	fill := k.countHits()
	nvia, nment := k.placeHits(fill)
	k.sortHits()
	k.allocate(nvia, nment)
	n := len(k.r.roles)
	if k.only >= 0 {
		n = 1
	}
	out := make([]RoleMatch, 0, n)
	for ri := range k.r.roles {
		if k.wants(ri) {
			out = append(out, k.match(ri))
		}
	}
	slices.SortStableFunc(out, func(a, b RoleMatch) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.Role, b.Role)
	})
	return out
}

// wants reports whether the ranking scores the role at index ri.
func (k *ranking) wants(ri int) bool { return k.only < 0 || ri == k.only }

// links returns what fact f counts toward, and with which weight.
func (r *ranker) links(f *inputFact) ([]roleLink, float64) {
	switch {
	case f.kind == KindSkill && !f.negated():
		return r.upFrom(f.at), f.pos
	case f.kind == KindSkill:
		return r.downFrom(f.at), -1
	case f.kind == KindResponsibility && !f.negated():
		return r.duty[f.at], f.pos
	case f.kind == KindResponsibility:
		return r.duty[f.at], -1
	}
	return nil, 0
}

// countHits counts the hits of each role item, a counting sort: it sets
// start, and returns a copy of it for placeHits to fill the buckets from.
func (k *ranking) countHits() (fill []int32) {
	r := k.r
	scratch := k.buf.scratch
	if n := 2*r.nItems + 1; cap(scratch) < n {
		scratch = make([]int32, n)
		k.buf.scratch = scratch
	} else {
		scratch = scratch[:n]
		clear(scratch)
	}
	start, fill := scratch[:r.nItems+1], scratch[r.nItems+1:]
	for fi := range k.facts {
		ls, _ := r.links(&k.facts[fi])
		for _, l := range ls {
			if k.wants(l.role) {
				start[r.base[l.role]+l.item+1]++
			}
		}
	}
	for g := 1; g <= r.nItems; g++ {
		start[g] += start[g-1]
	}
	copy(fill, start)
	k.start = start
	return fill
}

// placeHits puts the hits in their buckets and the titles aside, and
// returns how many vias and mentions their evidence holds.
func (k *ranking) placeHits(fill []int32) (nvia, nment int) {
	r := k.r
	if n := int(k.start[r.nItems]); cap(k.buf.hits) < n {
		k.buf.hits = make([]rankHit, n)
	}
	k.hits = k.buf.hits[:k.start[r.nItems]]
	k.titles = k.buf.titles[:0]
	for fi := range k.facts {
		f := &k.facts[fi]
		if f.kind == KindRole {
			if k.wants(f.at) {
				w := f.pos
				if f.negated() {
					w = -1
				}
				k.titles = append(k.titles, rankHit{fact: int32(fi), role: int32(f.at), link: -1, w: w})
				nment += f.counted().shown()
			}
			continue
		}
		ls, w := r.links(f)
		hit := false
		for li, l := range ls {
			if !k.wants(l.role) {
				continue
			}
			hw := -1.0
			if w > 0 {
				hw = w * l.factor
			}
			g := r.base[l.role] + l.item
			k.hits[fill[g]] = rankHit{fact: int32(fi), role: int32(l.role), link: int32(li), w: hw}
			fill[g]++
			nvia += len(l.via)
			hit = true
		}
		if hit {
			nment += f.counted().shown()
		}
	}
	return nvia, nment
}

// sortHits orders each item's hits as its evidence is listed: positive
// evidence first, the heaviest first, then by kind and ID. Items have few
// hits: insertion sort.
func (k *ranking) sortHits() {
	for g := 0; g < k.r.nItems; g++ {
		seg := k.hits[k.start[g]:k.start[g+1]]
		for i := 1; i < len(seg); i++ {
			for j := i; j > 0 && k.less(&seg[j], &seg[j-1]); j-- {
				seg[j], seg[j-1] = seg[j-1], seg[j]
			}
		}
	}
}

func (k *ranking) less(a, b *rankHit) bool {
	if a.w != b.w {
		return a.w > b.w
	}
	fa, fb := &k.facts[a.fact], &k.facts[b.fact]
	if fa.kind != fb.kind {
		return fa.kind < fb.kind
	}
	return fa.at < fb.at // the taxonomy's lists are sorted by ID
}

// allocate makes the backing arrays for what the ranking returns: a
// coverage for every skill, the responsibilities with evidence and the
// titles; evidence for every hit and title; nvia vias and nment mentions.
func (k *ranking) allocate(nvia, nment int) {
	nCovs := len(k.titles)
	for ri := range k.r.roles {
		if !k.wants(ri) {
			continue
		}
		ix := &k.r.roles[ri]
		nCovs += ix.nSkills
		for ii := ix.nSkills; ii < len(ix.items); ii++ {
			if g := k.r.base[ri] + ii; k.start[g] < k.start[g+1] {
				nCovs++
			}
		}
	}
	k.covs = make([]Coverage, nCovs)
	k.evidence = make([]Evidence, len(k.hits)+len(k.titles))
	k.vias = make([]string, nvia)
	k.ments = make([]Mention, nment)
}

// cut returns a copy of src cut from the front of *buf, which it shortens,
// with a full slice expression so that appending to the copy cannot
// overwrite what follows; an empty src gives nil.
func cut[T any](buf *[]T, src []T) []T {
	if len(src) == 0 {
		return nil
	}
	v := (*buf)[:len(src):len(src)]
	*buf = (*buf)[len(src):]
	copy(v, src)
	return v
}

// cutMentions returns a copy of the mentions that fact fi's counted sample
// keeps, cut from the front of k.ments as cut does the first time, and the
// same copy after; nil when it keeps none.
func (k *ranking) cutMentions(fi int32) []Mention {
	if v := k.shown[fi]; v != nil {
		return v
	}
	ms := k.facts[fi].counted()
	n := ms.shown()
	if n == 0 {
		return nil
	}
	v := k.ments[:n:n]
	k.shown[fi] = v
	k.ments = k.ments[n:]
	for i, at := 0, ms.head; i < n; i++ {
		km := &k.kept[at-1]
		v[i] = km.m
		at = km.next
	}
	return v
}

// match scores the role at index ri and lists its evidence.
func (k *ranking) match(ri int) RoleMatch {
	ix := &k.r.roles[ri]
	m := RoleMatch{Role: ix.id, Name: ix.name}
	title := -1 // index into titles
	for j := range k.titles {
		if int(k.titles[j].role) == ri {
			title = j
		}
	}
	k.cutLists(&m, ri, title)
	var skillSum, dutySum float64
	base := k.r.base[ri]
	unshown := -1 // the first of the skills nothing shows since the last item with evidence
	for ii := range ix.items {
		it := &ix.items[ii]
		value := 0.0
		if lo, hi := k.start[base+ii], k.start[base+ii+1]; lo < hi {
			if unshown >= 0 {
				m.Missing = append(m.Missing, ix.unshown[unshown:min(ii, ix.nSkills)]...)
				unshown = -1
			}
			value = k.item(&m, it, lo, hi)
		} else if it.kind == KindSkill && unshown < 0 {
			unshown = ii // a skill nothing shows, listed in Missing with the next ones
		}
		if it.kind == KindSkill {
			skillSum += it.weight * value
		} else {
			dutySum += value
		}
	}
	if unshown >= 0 {
		m.Missing = append(m.Missing, ix.unshown[unshown:ix.nSkills]...)
	}
	sShare, dShare := ix.shares()
	if ix.skillWeight > 0 {
		m.Skills = skillSum / ix.skillWeight
	}
	if nDuties := len(ix.items) - ix.nSkills; nDuties > 0 {
		m.Responsibilities = dutySum / float64(nDuties)
	}
	if title >= 0 {
		k.title(&m, title)
	}
	m.Score = min(1, max(0, sShare*m.Skills+dShare*m.Responsibilities+titleBonus*m.Title))
	return m
}

// cutLists cuts m.Matched and m.Missing of the role at index ri, whose title
// is titles[title] (none when title < 0), from covs: it counts the items
// they will list first.
func (k *ranking) cutLists(m *RoleMatch, ri, title int) {
	ix := &k.r.roles[ri]
	base := k.r.base[ri]
	nMatched, nAll := 0, 0
	for ii := range ix.items {
		lo, hi := k.start[base+ii], k.start[base+ii+1]
		if lo < hi && k.hits[lo].w > 0 {
			nMatched++
		}
		if lo < hi || ii < ix.nSkills {
			nAll++
		}
	}
	if title >= 0 {
		nAll++
		if k.titles[title].w > 0 {
			nMatched++
		}
	}
	block := k.covs[:nAll:nAll] // never nil: Matched and Missing are lists in JSON
	k.covs = k.covs[nAll:]
	m.Matched = block[:0:nMatched]
	m.Missing = block[nMatched:nMatched:nAll]
}

// item values a role item that has evidence, hits[lo:hi], lists it in
// m.Matched or m.Missing, and returns the value.
func (k *ranking) item(m *RoleMatch, it *roleItem, lo, hi int32) float64 {
	miss, neg := 1.0, false
	for j := lo; j < hi; j++ {
		if k.hits[j].w < 0 {
			neg = true
		} else {
			miss *= 1 - k.hits[j].w
		}
	}
	value := 1 - miss
	if neg {
		value--
	}
	ev := k.evidence[lo:hi:hi]
	for j := lo; j < hi; j++ {
		h := &k.hits[j]
		f := &k.facts[h.fact]
		ls, _ := k.r.links(f)
		ev[j-lo] = Evidence{Kind: f.kind, ID: f.id, Via: cut(&k.vias, ls[h.link].via), Weight: h.w, Entry: f.entry, Mentions: k.cutMentions(h.fact), Count: f.counted().n}
	}
	if c := it.coverage(value, ev); k.hits[lo].w > 0 {
		m.Matched = append(m.Matched, c)
	} else {
		m.Missing = append(m.Missing, c)
	}
	return value
}

// title sets m.Title from titles[j], the fact that names m's role, and lists
// the title in m.Matched or m.Missing.
func (k *ranking) title(m *RoleMatch, j int) {
	th := &k.titles[j]
	m.Title = th.w
	e := len(k.hits) + j
	ev := k.evidence[e : e+1 : e+1]
	f := &k.facts[th.fact]
	ev[0] = Evidence{Kind: f.kind, ID: f.id, Weight: th.w, Entry: f.entry, Mentions: k.cutMentions(th.fact), Count: f.counted().n}
	c := Coverage{Kind: KindRole, ID: m.Role, Name: m.Name, Weight: 1, Value: th.w, Evidence: ev}
	if th.w > 0 {
		m.Matched = append(m.Matched, c)
	} else {
		m.Missing = append(m.Missing, c)
	}
}

// shares returns the parts of the score that the role's skills and its
// responsibilities take: all to one when the role has none of the other.
func (ix *roleIndex) shares() (skills, duties float64) {
	nDuties := len(ix.items) - ix.nSkills
	switch {
	case ix.skillWeight == 0 && nDuties == 0:
		return 0, 0
	case ix.skillWeight == 0:
		return 0, 1
	case nDuties == 0:
		return 1, 0
	}
	return skillShare, 1 - skillShare
}

func (it *roleItem) coverage(value float64, ev []Evidence) Coverage {
	return Coverage{
		Kind: it.kind, ID: it.id, Name: it.name,
		Requirement: it.req, Importance: it.importance,
		Weight: it.weight, Value: value, Evidence: ev,
	}
}

// unknownRole is the error for a role ID the taxonomy does not know.
func unknownRole(ids ...string) error {
	probs := make([]Problem, len(ids))
	for i, id := range ids {
		probs[i] = Problem{Code: CodeUnknownRole, Message: fmt.Sprintf("unknown role %q", id)}
	}
	return &Error{Subject: "argument", Problems: probs}
}
