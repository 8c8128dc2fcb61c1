package roles

import (
	"cmp"
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

// Decision says which role a posting, a resume or a profile is about, how
// sure that is, and why; and, for back-end work, which way it leans
// between the article's two roles. See [Taxonomy.Decide].
type Decision struct {
	// Role is the ID of the role the input is about, or "" when it is about
	// none of the taxonomy's roles.
	Role string `json:"role"`
	// Confidence is the fit of the answer: of Role, or of no role when Role
	// is empty. It is in [0, 1].
	Confidence float64 `json:"confidence"`
	// None is the fit of no role: the share the model gives to "none of the
	// roles". Role is empty exactly when no role fits better than None.
	None float64 `json:"none"`
	// Roles holds every role of the taxonomy with its fit, the best first,
	// equal fits by role ID.
	Roles []RoleFit `json:"roles"`
	// RunnerUp is the role that came second, after the back-end pair is
	// counted as one (see Taxonomy.Decide): the best role of another family
	// than Role, or "" when that is no role at all. When Role is empty it is
	// the best role.
	RunnerUp string `json:"runnerUp"`
	// Evidence lists what the input names that decided between the answer
	// and the runner-up: positive weights pushed toward the answer, negative
	// ones toward the runner-up. The largest weights come first (positive
	// before negative), then by kind and ID.
	Evidence []Signal `json:"evidence"`
	// Leaning places back-end work on the article's axis, from -1 (the
	// developer's work: features on an existing foundation, maintenance,
	// fixes) to +1 (the engineer's: designing the foundation, its
	// architecture and scale). It is 0 when the work is balanced, when
	// nothing says, and when the input is not about back-end work.
	Leaning float64 `json:"leaning"`
	// LeaningEvidence lists what moved the leaning: negative weights toward
	// the developer, positive toward the engineer, ordered as Evidence. It
	// is empty when the input is not about back-end work.
	LeaningEvidence []Signal `json:"leaningEvidence"`
}

// RoleFit is how well an input fits one role, comparably across roles and
// across inputs. Unlike [RoleMatch.Score], which says how much of one role
// an input covers, fits compete: evidence for one role is evidence against
// the others.
type RoleFit struct {
	Role string  `json:"role"` // the role's ID
	Name string  `json:"name"` // the role's name
	Fit  float64 `json:"fit"`  // in [0, 1]
}

// Signal is one concept of the input that moved a decision, and by how much.
type Signal struct {
	Concept // what the input names: a skill, responsibility, role or occupation
	// Weight is how far the concept moved the decision, in the units of the
	// model's scores (see Taxonomy.Decide): its pull toward one option less
	// its pull toward the other.
	Weight float64 `json:"weight"`
	// Title is true when the concept is the text's title (see
	// Taxonomy.Decide).
	Title bool `json:"title,omitempty"`
	// Mention is the first mention of the concept that counts; the zero
	// Mention for a profile.
	Mention Mention `json:"mention"`
	// Count is how many mentions of the concept count; 0 for a profile.
	Count int `json:"count,omitempty"`
	// Entry is the index of the profile entry that names the concept; -1
	// for mentions.
	Entry int `json:"entry"`
}

// The two roles whose difference is the article's subject. When a
// taxonomy has both, they form one family for the decision, and the
// leaning tells them apart.
const (
	developerID = "backend-developer"
	engineerID  = "backend-engineer"
)

// The constants of the decision model; see [Taxonomy.Decide].
const (
	titleWeight  = 5.0 // the role or occupation that is the title
	roleWeight   = 1.0 // a role named elsewhere
	skillWeight  = 1.0 // times the skill's affinity to the role
	dutyWeight   = 1.5 // a responsibility the role carries
	noneBase     = 1.5 // the score of no role, before any evidence
	optionalPart = 0.6 // an optional skill's affinity, against an essential one's
	sharedPart   = 0.8 // of a skill's best pull, the least it pulls toward another family
	// titleLines and titleWords bound where a title is looked for: the first
	// non-blank
	// lines of a text, within its first words.
	titleLines = 5
	titleWords = 60
	// leanTitle is what a title naming one of the pair adds to the leaning's
	// side; a distinct duty adds 1.
	leanTitle = 0.3
)

// decider holds what deciding needs, indexed once per taxonomy.
type decider struct {
	r        *ranker
	family   []int   // role index → index of its family
	families [][]int // family → the role indexes in it: one, or the pair
	pair     int     // the pair's family, or -1
	dev, eng int     // the pair's role indexes, or -1
	side     []int8  // responsibility index → -1 developer only, +1 engineer only, else 0
	// spread[ri][item] is 1/(1 + ln n), n the number of skills at or below
	// role ri's skill item: a broad competency spreads its pull over the
	// many skills under it.
	spread [][]float64
	// pulls[i], once made, is what skill i pulls toward each family, before
	// the weight of its mentions (see skillPulls).
	pulls []atomic.Pointer[[]famPull]
	// first[kind] is where the concepts of factKinds[kind] start in a
	// deciding's index; first[len(factKinds)] counts them all.
	first [len(factKinds) + 1]int
}

// famPull is a skill's pull toward one family, when it is not 0.
type famPull struct {
	fam int
	v   float64
}

func newDecider(t *Taxonomy) *decider {
	d := &decider{r: t.ranker(), family: make([]int, len(t.f.Roles)), pair: -1, dev: -1, eng: -1,
		side: make([]int8, len(t.f.Responsibilities)), pulls: make([]atomic.Pointer[[]famPull], len(t.f.Skills)),
		first: t.kindStarts()}
	dev, okd := t.roleAt[developerID]
	eng, oke := t.roleAt[engineerID]
	for ri := range t.f.Roles {
		if okd && oke && ri == eng {
			d.family[ri] = d.family[dev] // the developer comes first: IDs are sorted
			d.families[d.pair] = append(d.families[d.pair], ri)
			continue
		}
		if okd && oke && ri == dev {
			d.pair, d.dev, d.eng = len(d.families), dev, eng
		}
		d.family[ri] = len(d.families)
		d.families = append(d.families, []int{ri})
	}
	if d.pair >= 0 {
		d.sides(t)
	}
	d.spreads(t)
	return d
}

// spreads sets d.spread, counting the skills below each skill a role
// requires once.
func (d *decider) spreads(t *Taxonomy) {
	below := map[string]int{}
	d.spread = make([][]float64, len(d.r.roles))
	for ri, ix := range d.r.roles {
		d.spread[ri] = make([]float64, ix.nSkills)
		for j, it := range ix.items[:ix.nSkills] {
			n, ok := below[it.id]
			if !ok {
				n = countBelow(t, it.id)
				below[it.id] = n
			}
			d.spread[ri][j] = 1 / (1 + math.Log(float64(n)))
		}
	}
}

// countBelow counts the skills at or below the skill id, each once.
func countBelow(t *Taxonomy, id string) int {
	seen := map[string]bool{id: true}
	queue := []string{id}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, n := range t.narrower[s] {
			if !seen[n] {
				seen[n] = true
				queue = append(queue, n)
			}
		}
	}
	return len(seen)
}

// sides marks the responsibilities that only one role of the pair carries.
func (d *decider) sides(t *Taxonomy) {
	for i := range t.f.Responsibilities {
		var dev, eng bool
		for _, l := range d.r.duty[i] {
			dev = dev || l.role == d.dev
			eng = eng || l.role == d.eng
		}
		switch {
		case dev && !eng:
			d.side[i] = -1
		case eng && !dev:
			d.side[i] = 1
		}
	}
}

// decFact is one concept of the input, its mentions or entries merged. It
// holds no pointers, so that the collector need not scan the facts.
type decFact struct {
	kind  uint8 // index into factKinds
	title bool  // the text's title
	at    int32 // index into the taxonomy's list of its kind
	first int32 // index of the first mention that counts, or -1
	count int32 // mentions that count
	entry int32 // profile entry, or -1
	q     float64
}

// factKinds are the kinds of decFact.kind.
var factKinds = [...]Kind{KindSkill, KindResponsibility, KindRole, KindOccupation}

// kindIndex returns the index of kind in factKinds, as indexOf does; 0 for
// a kind not among them.
func kindIndex(kind Kind) int {
	switch kind {
	case KindResponsibility:
		return 1
	case KindRole:
		return 2
	case KindOccupation:
		return 3
	}
	return 0
}

// kindStarts returns where the concepts of each of factKinds start in one
// list of all t's concepts, kind after kind, each kind's in t's order; its
// last element counts them all.
func (t *Taxonomy) kindStarts() (first [len(factKinds) + 1]int) {
	for i, n := range [...]int{len(t.f.Skills), len(t.f.Responsibilities), len(t.f.Roles), len(t.f.Occupations)} {
		first[i+1] = first[i] + n
	}
	return first
}

// deciding is one call of decide. Nothing it holds is returned, so that
// finished decidings go back to a pool for the next calls.
type deciding struct {
	t     *Taxonomy
	d     *decider
	ms    []Mention // the mentions decided from, if any
	facts []decFact
	// index[d.first[kind]+at] is 1 + the index into facts of the fact about
	// the concept at index at of factKinds[kind]'s list, or 0 for none. A
	// call sets only the entries of its facts, and clears them when done.
	index []int32
	// pull[f*nOpt+o] is fact f's pull toward option o: a family, or none
	// (the last option).
	pull  []float64
	score []float64 // by option
	fit   []float64 // by option: see fits
	refs  []signalRef
	order []int // the options, for options
	nOpt  int
}

// decidings keeps the decidings of finished calls for the next ones.
var decidings = sync.Pool{New: func() any { return new(deciding) }}

// maxPooledDecFacts is how many facts a deciding may hold and go back to
// the pool: one large input should not keep its memory alive in it.
const maxPooledDecFacts = 1 << 12

// decide takes a deciding from the pool, lets fill add the facts of the
// input (from ms, if any), and returns the decision.
func (t *Taxonomy) decide(ms []Mention, fill func(k *deciding)) Decision {
	k := decidings.Get().(*deciding)
	d := t.orEmpty().decider()
	k.t, k.d, k.ms, k.nOpt = t, d, ms, len(d.families)+1
	if n := d.first[len(factKinds)]; len(k.index) < n {
		k.index = make([]int32, n)
	}
	k.facts = k.facts[:0]
	fill(k)
	out := k.decision()
	for i := range k.facts {
		k.index[d.first[k.facts[i].kind]+int(k.facts[i].at)] = 0
	}
	k.t, k.d, k.ms = nil, nil, nil
	if cap(k.facts) <= maxPooledDecFacts {
		decidings.Put(k)
	}
	return out
}

// mention counts mention i toward the fact about its concept; inTitle says
// whether it is the title.
func (k *deciding) mention(i int, inTitle bool) {
	m := &k.ms[i]
	kind, at, ok := k.t.indexOf(m.Kind, m.ID)
	if !ok {
		return
	}
	w := qualifierWeight(m.Qualifier)
	slot := &k.index[k.d.first[kind]+at]
	if *slot == 0 {
		k.facts = append(k.facts, decFact{kind: kind, at: int32(at), first: -1, entry: -1})
		*slot = int32(len(k.facts))
	}
	f := &k.facts[*slot-1]
	if w > 0 {
		if f.count == 0 {
			f.first = int32(i)
		}
		f.count++
		f.title = f.title || inTitle
	}
	f.q = max(f.q, w)
}

// indexOf returns the index in factKinds of a concept's kind, and its index
// in the taxonomy's list of that kind.
func (t *Taxonomy) indexOf(kind Kind, id string) (uint8, int, bool) {
	var at int
	var ok bool
	var k uint8
	switch kind {
	case KindSkill:
		at, ok = t.skillAt[id]
	case KindResponsibility:
		k = 1
		at, ok = t.respAt[id]
	case KindRole:
		k = 2
		at, ok = t.roleAt[id]
	case KindOccupation:
		k = 3
		at, ok = t.occAt[id]
	}
	return k, at, ok
}

// conceptAt returns the concept at index at of its kind's list.
func (t *Taxonomy) conceptAt(kind Kind, at int) Concept {
	switch kind {
	case KindSkill:
		return Concept{kind, t.f.Skills[at].ID, t.f.Skills[at].Name}
	case KindResponsibility:
		return Concept{kind, t.f.Responsibilities[at].ID, t.f.Responsibilities[at].Name}
	case KindRole:
		return Concept{kind, t.f.Roles[at].ID, t.f.Roles[at].Name}
	}
	return Concept{kind, t.f.Occupations[at].ID, t.f.Occupations[at].Name}
}

// titleEnd returns the byte offset where the title lines of text end: its
// first titleLines non-blank lines, or its first titleWords words if they
// end sooner.
func titleEnd(text string) int {
	lines, words, blank, inWord := 0, 0, true, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			if !blank {
				lines++
				if lines == titleLines {
					return i
				}
			}
			blank, inWord = true, false
			continue
		}
		word := c >= 0x80 || 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
		if word && !inWord {
			words++
			if words > titleWords {
				return i
			}
		}
		inWord = word
		blank = blank && (c == ' ' || c == '\t' || c == '\r')
	}
	return len(text)
}

// weigh computes every fact's pull toward each option, and the options'
// scores.
func (k *deciding) weigh() {
	n := k.nOpt
	k.pull = zeroed(k.pull, len(k.facts)*n)
	k.score = zeroed(k.score, n)
	k.score[n-1] = noneBase
	for i := range k.facts {
		f := &k.facts[i]
		if f.q == 0 {
			continue
		}
		p := k.pull[i*n : (i+1)*n]
		switch factKinds[f.kind] {
		case KindSkill:
			k.skill(f, p)
		case KindResponsibility:
			for _, l := range k.d.r.duty[int(f.at)] {
				p[k.d.family[l.role]] = dutyWeight * f.q
			}
		case KindRole:
			p[k.d.family[int(f.at)]] = roleWeight * f.q
			if f.title {
				p[k.d.family[int(f.at)]] = titleWeight
			}
		case KindOccupation:
			if f.title {
				p[n-1] = titleWeight
			}
		}
		for o, v := range p {
			k.score[o] += v
		}
	}
}

// zeroed returns buf with n zeros, reallocated if it is shorter.
func zeroed(buf []float64, n int) []float64 {
	if cap(buf) < n {
		return make([]float64, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// skill sets p to the pull of a skill toward each family: what the
// skill's mentions weigh times its pulls (see skillPulls).
func (k *deciding) skill(f *decFact, p []float64) {
	for _, fp := range k.d.skillPulls(int(f.at)) {
		p[fp.fam] = skillWeight * f.q * fp.v
	}
}

// skillPulls returns what skill i pulls toward each family before the
// weight of its mentions, working it out the first time: its best affinity
// to a role of the family, through the hierarchy as ranking climbs it.
// Concurrent first calls may both work it out; they find the same pulls.
func (d *decider) skillPulls(i int) []famPull {
	if ps := d.pulls[i].Load(); ps != nil {
		return *ps
	}
	p := make([]float64, len(d.families))
	for _, l := range d.r.upFrom(i) {
		it := &d.r.roles[l.role].items[l.item]
		a := float64(it.importance) / 5 * l.factor * d.spread[l.role][l.item]
		if it.req != RequirementEssential {
			a *= optionalPart
		}
		fam := d.family[l.role]
		p[fam] = 1 - (1-p[fam])*(1-a)
	}
	// A skill pulls only toward the families it is nearly as central to as
	// to its best one: CSS pulls toward front-end work, not toward the
	// back-end roles that merely list web knowledge.
	hi := 0.0
	for _, v := range p {
		hi = max(hi, v)
	}
	ps := []famPull{}
	for fam, v := range p {
		if v != 0 && v >= sharedPart*hi {
			ps = append(ps, famPull{fam: fam, v: v})
		}
	}
	d.pulls[i].Store(&ps)
	return ps
}

// fits turns the options' scores into fits: exp(score), normalised over
// the options to sum to 1. They are k's until the next call.
func (k *deciding) fits() []float64 {
	hi := slices.Max(k.score)
	k.fit = zeroed(k.fit, len(k.score))
	out := k.fit
	sum := 0.0
	for o, s := range k.score {
		out[o] = math.Exp(s - hi)
		sum += out[o]
	}
	for o := range out {
		out[o] /= sum
	}
	return out
}

// leaning returns the leaning of the input between the pair, and the facts
// that moved it with their signed weights.
func (k *deciding) leaning() (float64, []Signal) {
	d := k.d
	if d.pair < 0 {
		return 0, []Signal{}
	}
	var dev, eng float64
	refs := k.refs[:0]
	for i := range k.facts {
		f := &k.facts[i]
		w := 0.0
		switch {
		case f.q == 0:
		case factKinds[f.kind] == KindResponsibility:
			w = float64(d.side[f.at]) * f.q
		case factKinds[f.kind] == KindRole && f.title && int(f.at) == d.dev:
			w = -leanTitle
		case factKinds[f.kind] == KindRole && f.title && int(f.at) == d.eng:
			w = leanTitle
		}
		if w < 0 {
			dev -= w
		} else {
			eng += w
		}
		if w != 0 {
			refs = append(refs, k.ref(i, w))
		}
	}
	k.refs = refs
	return leaningOf(dev, eng), k.signals(refs)
}

// leaningOf places evidence dev for the developer and eng for the engineer
// on the leaning's scale: (E - D) / (E + D + 1).
func leaningOf(dev, eng float64) float64 { return (eng - dev) / (eng + dev + 1) }

// signal is fact f as a Signal of weight w.
func (k *deciding) signal(f *decFact, w float64) Signal {
	kind := factKinds[f.kind]
	s := Signal{Concept: k.t.conceptAt(kind, int(f.at)), Weight: w, Title: f.title, Count: int(f.count), Entry: int(f.entry)}
	if f.first >= 0 {
		s.Mention = k.ms[f.first]
	}
	return s
}

// signalRef is a fact that moved a decision by w. Evidence is sorted as
// signalRefs, which hold no pointers, and made into Signals once in order.
type signalRef struct {
	w float64
	// order is the fact's kind's rank in kindOrder, shifted left 32 bits,
	// then its index in its kind's list: the order of signals of equal
	// weight.
	order uint64
	fact  int32
}

// kindOrder ranks factKinds by the Kinds' names, the order of signals of
// equal weight: occupation, responsibility, role, skill. Within a kind,
// the taxonomy's lists are sorted by ID.
var kindOrder = [len(factKinds)]uint8{3, 1, 2, 0}

// ref returns a signalRef to fact i with weight w.
func (k *deciding) ref(i int, w float64) signalRef {
	f := &k.facts[i]
	return signalRef{w: w, order: uint64(kindOrder[f.kind])<<32 | uint64(uint32(f.at)), fact: int32(i)}
}

// signals sorts refs by weight, highest first, then by kind and ID, and
// returns them as Signals.
func (k *deciding) signals(refs []signalRef) []Signal {
	slices.SortFunc(refs, func(a, b signalRef) int {
		switch { // weights are never NaN
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return cmp.Compare(a.order, b.order)
	})
	out := make([]Signal, len(refs))
	for i, r := range refs {
		out[i] = k.signal(&k.facts[r.fact], r.w)
	}
	return out
}

// decision weighs the facts and puts the answer together.
func (k *deciding) decision() Decision {
	k.weigh()
	fit := k.fits()
	lean, leanEv := k.leaning()
	d, none := k.d, len(fit)-1
	out := Decision{None: fit[none], Roles: make([]RoleFit, 0, len(d.family))}
	for ri, fam := range d.family {
		out.Roles = append(out.Roles, RoleFit{Role: k.t.f.Roles[ri].ID, Name: k.t.f.Roles[ri].Name, Fit: d.split(ri, fit[fam], lean)})
	}
	slices.SortStableFunc(out.Roles, func(a, b RoleFit) int { return cmp.Compare(b.Fit, a.Fit) })
	// The options, best first; ties go to none, then to the family of the
	// smaller role ID, as out.Roles is sorted.
	order := k.options(out.Roles, fit)
	best, second := order[0], order[1%len(order)]
	out.Confidence = fit[best]
	out.Role, out.RunnerUp = k.roleOf(best, lean), k.roleOf(second, lean)
	out.Evidence = k.evidence(best, second)
	out.LeaningEvidence = []Signal{}
	if best == d.pair {
		out.Leaning, out.LeaningEvidence = lean, leanEv
	}
	return out
}

// split returns the fit of role ri, whose family fits fit: a role of the
// pair keeps the family's fit if the leaning is toward it (or 0), and gets it
// times 1 - |leaning| otherwise.
func (d *decider) split(ri int, fit, lean float64) float64 {
	switch {
	case ri == d.dev && lean > 0, ri == d.eng && lean <= 0:
		return fit * (1 - math.Abs(lean))
	}
	return fit
}

// options lists the options from the best fit down: none first among
// equals, then the families in the order of their best roles in roles.
// The list is k's until the next call.
func (k *deciding) options(roles []RoleFit, fit []float64) []int {
	none := len(fit) - 1
	order := append(k.order[:0], none)
	for _, r := range roles {
		fam := k.d.family[k.t.roleAt[r.Role]]
		if !slices.Contains(order, fam) {
			order = append(order, fam)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(fit[b], fit[a]) })
	k.order = order
	return order
}

// roleOf returns the role an option stands for: "" for none, the one role
// of a family, or the role of the pair the leaning points to (the
// developer when it is 0).
func (k *deciding) roleOf(opt int, lean float64) string {
	d := k.d
	switch {
	case opt == len(d.families):
		return ""
	case opt == d.pair && lean > 0:
		return k.t.f.Roles[d.eng].ID
	}
	return k.t.f.Roles[d.families[opt][0]].ID
}

// evidence lists the facts that pull differently toward options a and b.
func (k *deciding) evidence(a, b int) []Signal {
	if a == b {
		return []Signal{}
	}
	refs := k.refs[:0]
	for i := range k.facts {
		if w := k.pull[i*k.nOpt+a] - k.pull[i*k.nOpt+b]; w != 0 {
			refs = append(refs, k.ref(i, w))
		}
	}
	k.refs = refs
	return k.signals(refs)
}

// Decide says which role of the taxonomy a posting or a resume is about, or
// that it is about none of them, with the evidence; and for back-end work,
// which way it leans between the article's two roles.
//
// # The model
//
// Every distinct concept the text names pulls toward the roles it belongs
// to (a negated mention pulls nowhere; a preferred one half as much):
//
//   - a skill pulls toward each family of roles (see below) by its
//     affinity to it. Through each path up the hierarchy from the skill
//     named to a skill a role requires (as [Taxonomy.Rank] climbs it), the
//     affinity is importance/5, times 0.6 when the role's skill is
//     optional, times 0.8 per step, times 1/(1 + ln n) where n counts the
//     skills at or below the role's skill: a broad competency such as
//     "databases" spreads its pull over the many skills under it, while
//     CSS, which the front-end role requires itself, pulls with all of it.
//     Paths to one family combine as independent chances, 1 - Π(1 - a). A
//     skill pulls only toward the families whose affinity is at least 0.8
//     of its best family's: a skill central to one kind of work is not
//     evidence for the roles that merely list it among many;
//   - a responsibility pulls 1.5 toward each role that carries it;
//   - a role's name pulls 1 toward it, and 5 when it is the text's title:
//     the first role or [Occupation] the text names, unless negated, if it
//     stands in the first 5 non-blank lines within the first 60 words (a
//     posting's title, a resume's headline under the name, after any
//     navigation a copy from a web page starts with);
//   - an occupation that is the title pulls 5 toward no role.
//
// Each option's score is the sum of the pulls toward it, and no role starts
// at 1.5. The fits are the scores' softmax: exp(score) over the sum of
// exp(score) of all options, so that they sum to 1 across the options, and
// evidence shared by two roles moves neither against the other. Role is the
// option with the best fit; it is empty when no role fits better than no
// role at all (Decision.None): in practice, a text needs a role's title in
// its first lines or several of a role's central skills to get one.
//
// The article's two roles, backend-developer and backend-engineer, share
// nearly all their skills, so they count as one option, a family, whose fit
// is the best either role gets. The leaning then tells them apart: only the
// responsibilities that one of the two carries and the other does not move
// it, 1 each (half when preferred) toward its role, and a title that is one
// of them 0.3: the article says the work decides, not the word. With D and
// E the developer's and the engineer's sums, Leaning = (E - D) / (E + D +
// 1). The role the text leans to keeps the family's fit, the other gets it
// times 1 - |Leaning|; at 0 both keep it, and Role is backend-developer, the
// smaller ID. A taxonomy without both roles has no leaning.
//
// # Fit and coverage
//
// A fit answers "which role is this about?": fits compete, and a fit of 0.9
// means the same in any text. [RoleMatch.Score], coverage, answers "how much
// of this role does the input show?": it is the number for screening
// against a chosen role and for gaps. A front-end posting that asks for
// Node.js covers part of the back-end roles, but fits the front-end role.
func (t *Taxonomy) Decide(text string) Decision {
	return t.DecideMentions(text, t.Extract(text))
}

// DecideMentions decides as [Taxonomy.Decide] does, from the mentions that
// t found in text (by [Taxonomy.Extract] or [Taxonomy.Mentions]), so that a
// text scanned once can be both decided and ranked. text locates the
// title; with "" nothing is the title. Mentions of concepts t does not have
// are ignored; ms is not changed.
func (t *Taxonomy) DecideMentions(text string, ms []Mention) Decision {
	return t.decide(ms, func(k *deciding) {
		title := k.title(text)
		for i := range ms {
			k.mention(i, i == title)
		}
	})
}

// title returns the index of the mention that is the text's title, or -1.
func (k *deciding) title(text string) int {
	if text == "" {
		return -1
	}
	at := -1
	for i := range k.ms {
		m := &k.ms[i]
		if at >= 0 && m.Start >= k.ms[at].Start || m.Qualifier == QualifierNegated ||
			m.Kind != KindRole && m.Kind != KindOccupation {
			continue
		}
		if _, _, ok := k.t.indexOf(m.Kind, m.ID); ok {
			at = i
		}
	}
	// The first of them is the title if it starts before titleEnd(text),
	// which looks at the text only up to where it returns: it is enough to
	// look up to that start.
	if at < 0 {
		return -1
	}
	start := k.ms[at].Start
	if titleEnd(text[:min(max(start+1, 0), len(text))]) <= start {
		return -1
	}
	return at
}

// DecideProfile decides as [Taxonomy.Decide] does, from a profile: each
// skill and responsibility pulls as a required mention would, whatever
// level or years it states (see [Taxonomy.Rank]), and nothing is a title.
// Entries that name nothing the taxonomy has are reported as
// [Taxonomy.Rank] reports them.
func (t *Taxonomy) DecideProfile(p Profile) (Decision, error) {
	facts, err := t.profileFacts(p)
	if err != nil {
		return Decision{}, err
	}
	return t.decide(nil, func(k *deciding) {
		for _, f := range facts {
			kind, _, _ := t.indexOf(f.kind, f.id)
			k.facts = append(k.facts, decFact{kind: kind, at: int32(f.at), first: -1, entry: int32(f.entry), q: f.pos})
		}
	}), nil
}

// Decide says which role of the default taxonomy a text is about. It is
// equivalent to Default().Decide(text).
func Decide(text string) Decision { return Default().Decide(text) }

// DecideProfile says which role of the default taxonomy a profile fits. It
// is equivalent to Default().DecideProfile(p).
func DecideProfile(p Profile) (Decision, error) { return Default().DecideProfile(p) }
