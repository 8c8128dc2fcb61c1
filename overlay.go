package roles

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Overlay is a set of changes to a taxonomy: the roles, skills and synonyms
// of one organisation on top of the embedded taxonomy, say. [Taxonomy.With]
// applies it to a base taxonomy and returns a new, fully validated taxonomy;
// the base is never changed.
//
// Its JSON form, described by the schema that [OverlaySchema] returns, is
// what [ParseOverlay] and [Taxonomy.Overlay] read:
//
//	{
//	  "version": "acme-2026.11",
//	  "remove": ["postgresql"],
//	  "add": {
//	    "skills": [{"id": "acme-deploy", "name": "AcmeDeploy", "type": "tool",
//	      "description": "Our deployment tool.", "broader": ["web-platform-knowledge"],
//	      "provenance": {"source": "extension"}}],
//	    "qualifiers": {"preferred": ["would be lovely"]}
//	  },
//	  "replace": {"hiringCues": [{"id": "features-and-fixes", "role": "backend-developer",
//	    "phrases": ["bug fixes", "small features"], "weight": 3, "provenance": {"source": "extension"}}]},
//	  "extend": [
//	    {"id": "backend-developer", "altNames": ["services developer"],
//	      "skills": [{"skill": "acme-deploy", "requirement": "optional", "importance": 2}]}
//	  ]
//	}
//
// An overlay file never has a top-level "roles" member and a taxonomy file
// always has one, so a program that accepts both can tell them apart by it.
//
// The changes apply in a fixed order, whatever the order of the members:
//
//  1. Remove deletes the base's roles, skills, responsibilities,
//     occupations and hiring cues with the given IDs, and every link the
//     base has to them: a removed skill leaves the roles that require it,
//     the responsibilities that exercise it and the skills it was broader
//     than; a removed responsibility leaves its roles; a removed role leaves
//     the relations of other roles, and the hiring cues that point to it are
//     removed too. The concepts that linked to it stay. Nothing links to an
//     occupation, so a removed one is only dropped. The overlay's own
//     entries must not name a removed concept.
//  2. Replace puts each entry (a role, skill, responsibility, occupation or
//     hiring cue) in place of the base's of the same ID and kind, whole: a
//     field the entry leaves out is empty afterwards. Qualifier lists given
//     in Replace replace the base's lists, those of a language
//     (QualifierCues.Localized) the base's lists of that language.
//  3. Add adds roles, skills, responsibilities, occupations and hiring cues
//     whose IDs the base does not have. Qualifier phrases given in Add are
//     added to the base's lists, those of a language to that language's.
//  4. Extend adds names (localized ones too), name rules and links to a
//     concept of the base or of the overlay, keeping what it has; an
//     occupation takes names and name rules only. See [Extension].
//  5. The result gets the overlay's Version.
//
// Every mistake is an error rather than a silent no-op: removing or replacing
// an ID the base does not have, adding one it has, replacing a skill with a
// role or an occupation with a skill, removing and defining the same ID, defining an ID twice, extending an
// unknown concept, a name that two concepts claim, a link to a concept that
// does not exist, a cycle among broader skills. Each problem has a [Code];
// those that only an overlay can have are listed with the Code constants.
type Overlay struct {
	// Version is the version of the resulting taxonomy, such as
	// "acme-2026.11". It is required.
	Version string `json:"version"`
	// Remove lists the IDs of concepts and hiring cues of the base to remove.
	Remove []string `json:"remove,omitempty"`
	// Add holds new concepts, hiring cues and qualifier phrases.
	Add OverlayEntries `json:"add"`
	// Replace holds concepts and hiring cues that replace the base's, and
	// qualifier lists that replace the base's lists.
	Replace OverlayEntries `json:"replace"`
	// Extend adds names and links to existing concepts.
	Extend []Extension `json:"extend,omitempty"`
}

// OverlayEntries are the concepts, hiring cues and qualifier phrases that an
// [Overlay] adds or replaces, in the taxonomy format.
type OverlayEntries struct {
	Roles            []Role           `json:"roles,omitempty"`            // roles, whole
	Skills           []Skill          `json:"skills,omitempty"`           // skills, whole
	Responsibilities []Responsibility `json:"responsibilities,omitempty"` // responsibilities, whole
	HiringCues       []HiringCue      `json:"hiringCues,omitempty"`       // hiring cues, whole
	Occupations      []Occupation     `json:"occupations,omitempty"`      // occupations, whole
	// Qualifiers holds phrases added to the base's lists (in Add) or lists
	// that replace the base's (in Replace). A nil list leaves the base's
	// list alone; in Replace, an empty non-nil list empties it.
	Qualifiers QualifierCues `json:"qualifiers"`
}

// Extension adds to one concept, of the base or of the overlay, without
// restating it. Lists add to what the concept has. Fields that do not fit
// the concept's kind are an error.
type Extension struct {
	// ID is the ID of the concept to extend.
	ID string `json:"id"`
	// AltNames are names added to the concept. Like every name, each must
	// not be a name of another concept.
	AltNames []string `json:"altNames,omitempty"`
	// NameRules are rules added for names of the concept (old or new).
	NameRules []NameRule `json:"nameRules,omitempty"`
	// Localized adds names by language. An entry of a language the concept
	// has no entry for is added whole; for a language it has (tags compare
	// without regard to case), the entry's name and alternative names
	// become alternative names of the concept's entry, and its description
	// is taken when that entry has none (a second description is an
	// error). Like every name, each must not be a name of another concept.
	Localized []Localized `json:"localized,omitempty"`
	// Broader (skills only) adds broader skills. IDs the skill already has
	// are left as they are.
	Broader []string `json:"broader,omitempty"`
	// Skills (roles only) adds skills to the role; for a skill the role
	// already requires, it sets a new requirement and importance instead.
	Skills []RoleSkill `json:"skills,omitempty"`
	// Responsibilities (roles only) adds responsibilities. IDs the role
	// already has are left as they are.
	Responsibilities []string `json:"responsibilities,omitempty"`
}

// ParseOverlay reads an overlay in the JSON format described by the schema
// that [OverlaySchema] returns. It checks the format, and that no name or
// phrase has more than 32 words (as [Parse] does); what can be wrong
// with the overlay only in view of a base taxonomy is found by
// [Taxonomy.With]. On failure it returns an [*Error] whose paths are JSON
// pointers into data. It never reads files or URLs that the data names.
func ParseOverlay(data []byte) (Overlay, error) {
	data = trimBOM(data)
	probs, fatal := validateJSON(data, OverlaySchemaID)
	if fatal != nil {
		fatal.Subject = "overlay"
		return Overlay{}, fatal
	}
	if len(probs) > 0 {
		e := newError(probs)
		e.Subject = "overlay"
		return Overlay{}, e
	}
	var o Overlay
	if p := unmarshal(data, &o); p != nil {
		return Overlay{}, &Error{Subject: "overlay", Problems: []Problem{*p}}
	}
	if probs := o.tooLong(); len(probs) > 0 {
		e := newError(probs)
		e.Subject = "overlay"
		return Overlay{}, e
	}
	return o, nil
}

// Overlay applies the overlay in data (see [Overlay] for the format) to t. It
// is equivalent to [ParseOverlay] followed by [Taxonomy.With].
func (t *Taxonomy) Overlay(data []byte) (*Taxonomy, error) {
	o, err := ParseOverlay(data)
	if err != nil {
		return nil, err
	}
	return t.apply(o)
}

// With returns a new taxonomy: t changed by o, as [Overlay] describes, and
// validated as fully as [Parse] validates a file. Neither t nor o is changed,
// and the result shares no memory with o. On failure it returns an [*Error]
// that lists every problem, each with a JSON pointer into the JSON form of o
// (such as "/add/skills/0/broader/1" or "/extend/2/altNames/0"), sorted by
// path, and a [Code].
func (t *Taxonomy) With(o Overlay) (*Taxonomy, error) {
	data, err := marshalOverlay(o)
	if err != nil {
		return nil, &Error{Subject: "overlay", Problems: []Problem{{Code: CodeDecode, Message: "encoding overlay: " + err.Error()}}}
	}
	// The JSON form is checked against the schema as a file would be, and
	// decoding it gives the result memory of its own.
	o, err = ParseOverlay(data)
	if err != nil {
		return nil, err
	}
	return t.apply(o)
}

// marshalOverlay encodes o with the lists that the format requires given as
// [] rather than null.
func marshalOverlay(o Overlay) ([]byte, error) {
	for _, e := range []*OverlayEntries{&o.Add, &o.Replace} {
		f := file{Roles: e.Roles, Skills: e.Skills, Responsibilities: e.Responsibilities}
		normalize(&f)
		e.Roles, e.Skills, e.Responsibilities = f.Roles, f.Skills, f.Responsibilities
	}
	return json.Marshal(o)
}

// origin says where an entry of a merged taxonomy comes from, so that a
// problem found in the merged taxonomy can be located in the overlay.
type origin struct {
	// path is the JSON pointer, in the overlay, of an entry the overlay
	// defines; "" for an entry of the base.
	path string
	// elems holds, for list members that an extension changed, the overlay
	// pointer of each element ("" for elements the entry had before).
	elems map[string][]string
}

// at returns the overlay pointer of element i of the list member field, or
// "" when the element comes from the base.
func (o *origin) at(field string, i int) string {
	if el := o.elems[field]; i < len(el) && el[i] != "" {
		return el[i]
	}
	if o.path == "" {
		return ""
	}
	return fmt.Sprintf("%s/%s/%d", o.path, field, i)
}

// mark records that element i of the list member field (of length n) now
// comes from the overlay pointer p.
func (o *origin) mark(field string, i, n int, p string) {
	if o.elems == nil {
		o.elems = map[string][]string{}
	}
	el := o.elems[field]
	for len(el) < n {
		el = append(el, "")
	}
	el[i] = p
	o.elems[field] = el
}

// merge is a taxonomy file being built from a base and an overlay.
type merge struct {
	base *Taxonomy
	o    *Overlay
	f    file // the result
	// roleFrom and the others say where each entry of f's lists comes
	// from, index for index.
	roleFrom, skillFrom, respFrom, cueFrom, occFrom []origin
	probs                                           []Problem
	roleIdx, skillIdx, respIdx, occIdx              map[string]int    // ID → index in f
	baseCueAt                                       map[string]int    // hiring cue ID → index in the base
	removedAt                                       map[string]string // removed ID → its pointer in o

	// What the replace and add sections define: the pointer of each ID
	// (concepts and hiring cues apart), the index of each accepted
	// replacement in its kind's list, and the indexes of the accepted
	// additions.
	definedAt, cueDefinedAt                         map[string]string
	replaced, replacedCue                           map[string]int
	addRoles, addSkills, addResps, addCues, addOccs []int
}

// apply applies an overlay decoded by ParseOverlay, whose memory it takes.
func (t *Taxonomy) apply(o Overlay) (*Taxonomy, error) {
	m := newMerge(t, &o)
	m.run(check)
	if len(m.probs) > 0 {
		e := newError(m.probs)
		e.Subject = "overlay"
		return nil, e
	}
	return build(m.f)
}

func newMerge(base *Taxonomy, o *Overlay) *merge {
	m := &merge{
		base:         base,
		o:            o,
		baseCueAt:    make(map[string]int, len(base.f.HiringCues)),
		removedAt:    map[string]string{},
		definedAt:    map[string]string{},
		cueDefinedAt: map[string]string{},
		replaced:     map[string]int{},
		replacedCue:  map[string]int{},
	}
	for i, c := range base.f.HiringCues {
		m.baseCueAt[c.ID] = i
	}
	return m
}

// run applies the overlay in the documented order, then checks the result
// with check (the package's check, or a stand-in in tests) and moves the
// problems it finds to the overlay.
func (m *merge) run(check func(*file) []Problem) {
	m.remove()
	m.entries() // replace and add: which entries are good
	m.lists()   // the base's lists, with removals, replacements and additions
	m.f.Version = m.o.Version
	m.index()
	for i, x := range m.o.Extend {
		m.extend(i, x)
	}
	// The merged file must be as valid as any file. check reports problems
	// by their place in the merged file; move them to the overlay.
	m.names()
	m.cueLangs()
	for _, p := range check(&m.f) {
		if p.Code == CodeNameClash || p.Code == CodeLanguage && strings.HasPrefix(p.Path, "/qualifiers/") {
			continue // m.names and m.cueLangs report these, at the overlay's side
		}
		m.probs = append(m.probs, m.locate(p))
	}
}

func (m *merge) add(code Code, path, format string, args ...any) {
	m.probs = append(m.probs, Problem{Path: path, Code: code, Message: fmt.Sprintf(format, args...)})
}

// baseKind returns the kind of the base's concept id.
func (m *merge) baseKind(id string) (Kind, bool) {
	switch {
	case hasKey(m.base.roleAt, id):
		return KindRole, true
	case hasKey(m.base.skillAt, id):
		return KindSkill, true
	case hasKey(m.base.respAt, id):
		return KindResponsibility, true
	case hasKey(m.base.occAt, id):
		return KindOccupation, true
	}
	return "", false
}

// cueLangs reports the malformed language tags, and the languages given
// twice, among the qualifier cues of the overlay's add and replace. The
// base's are valid, and the merge gives each language one entry.
func (m *merge) cueLangs() {
	for _, sec := range []struct {
		name string
		loc  []LocalizedCues
	}{{"add", m.o.Add.Qualifiers.Localized}, {"replace", m.o.Replace.Qualifiers.Localized}} {
		c := checker{}
		c.langs("/"+sec.name+"/qualifiers/localized", len(sec.loc), func(k int) string { return sec.loc[k].Lang })
		m.probs = append(m.probs, c.probs...)
	}
}

// remove records the IDs to remove, reporting those the base does not have.
func (m *merge) remove() {
	for i, id := range m.o.Remove {
		p := pointer("remove", i)
		if first, dup := m.removedAt[id]; dup {
			m.add(CodeRepeated, p, "%q is removed twice (first at %s)", id, first)
			continue
		}
		_, isConcept := m.baseKind(id)
		if _, isCue := m.baseCueAt[id]; !isConcept && !isCue {
			m.add(CodeRemoveUnknown, p, "no concept or hiring cue %q in the base taxonomy to remove", id)
			continue
		}
		m.removedAt[id] = p
	}
}

// entries checks the ID of each entry of replace and then of add, and
// records the good ones.
func (m *merge) entries() {
	for _, section := range []string{"replace", "add"} {
		e := &m.o.Replace
		if section == "add" {
			e = &m.o.Add
		}
		for i, r := range e.Roles {
			m.accept(m.entry(section, KindRole, "roles", i, r.ID), section, r.ID, i, &m.addRoles, m.replaced)
		}
		for i, s := range e.Skills {
			m.accept(m.entry(section, KindSkill, "skills", i, s.ID), section, s.ID, i, &m.addSkills, m.replaced)
		}
		for i, r := range e.Responsibilities {
			m.accept(m.entry(section, KindResponsibility, "responsibilities", i, r.ID), section, r.ID, i, &m.addResps, m.replaced)
		}
		for i, o := range e.Occupations {
			m.accept(m.entry(section, KindOccupation, "occupations", i, o.ID), section, o.ID, i, &m.addOccs, m.replaced)
		}
		for i, c := range e.HiringCues {
			m.accept(m.cueEntry(section, i, c.ID), section, c.ID, i, &m.addCues, m.replacedCue)
		}
	}
}

// accept records an entry if ok: its index among the additions, or its ID
// among the replacements.
func (m *merge) accept(ok bool, section, id string, i int, added *[]int, repl map[string]int) {
	switch {
	case !ok:
	case section == "add":
		*added = append(*added, i)
	default:
		repl[id] = i
	}
}

// entry checks the ID of entry i, of the given kind, in the list of the
// section ("add" or "replace"), and tells whether the entry can be used.
func (m *merge) entry(section string, kind Kind, list string, i int, id string) bool {
	p := pointer(section, list, i, "id")
	if !m.define(m.definedAt, "", id, p) {
		return false
	}
	got, exists := m.baseKind(id)
	switch {
	case section == "add" && exists && got == kind:
		m.add(CodeExists, p, "%s %q already exists in the base taxonomy: use \"replace\" or \"extend\"", kind, id)
		return false
	case section == "add" && exists:
		m.add(CodeExists, p, "%q is %s in the base taxonomy", id, got.withArticle())
		return false
	case section == "replace" && !exists:
		m.add(CodeReplaceUnknown, p, "no %s %q in the base taxonomy to replace: use \"add\"", kind, id)
		return false
	case section == "replace" && got != kind:
		m.add(CodeWrongKind, p, "%q is %s in the base taxonomy, not %s", id, got.withArticle(), kind.withArticle())
		return false
	}
	return true
}

// define records that the overlay defines id at p, among the IDs of
// definedAt, and tells whether that is allowed: id is not defined twice nor
// removed. what is "" for a concept and "hiring cue " for a hiring cue.
func (m *merge) define(definedAt map[string]string, what, id, p string) bool {
	if first, dup := definedAt[id]; dup {
		m.add(CodeDuplicateID, p, "duplicate %sID %q (first defined at %s)", what, id, first)
		return false
	}
	definedAt[id] = p
	if r, ok := m.removedAt[id]; ok {
		m.add(CodeRemoved, p, "%s%q is also removed (at %s)", what, id, r)
		return false
	}
	return true
}

// cueEntry is entry for hiring cue i of the section.
func (m *merge) cueEntry(section string, i int, id string) bool {
	p := pointer(section, "hiringCues", i, "id")
	if !m.define(m.cueDefinedAt, "hiring cue ", id, p) {
		return false
	}
	_, exists := m.baseCueAt[id]
	switch {
	case section == "add" && exists:
		m.add(CodeExists, p, "hiring cue %q already exists in the base taxonomy: use \"replace\"", id)
		return false
	case section == "replace" && !exists:
		m.add(CodeReplaceUnknown, p, "no hiring cue %q in the base taxonomy to replace: use \"add\"", id)
		return false
	}
	return true
}

// lists builds the merged lists: the base's entries in order (removed ones
// dropped, replaced ones swapped, links to removed concepts cut), then the
// added ones.
func (m *merge) lists() {
	base, o := &m.base.f, m.o
	m.f.Roles, m.roleFrom = mergeList(base.Roles, o.Replace.Roles, o.Add.Roles, m.addRoles, m.replaced, "roles",
		func(r Role) string { return r.ID }, nil, m.keepRole, m.gone)
	m.f.Skills, m.skillFrom = mergeList(base.Skills, o.Replace.Skills, o.Add.Skills, m.addSkills, m.replaced, "skills",
		func(s Skill) string { return s.ID }, nil, m.keepSkill, m.gone)
	m.f.Responsibilities, m.respFrom = mergeList(base.Responsibilities, o.Replace.Responsibilities, o.Add.Responsibilities, m.addResps, m.replaced, "responsibilities",
		func(r Responsibility) string { return r.ID }, nil, m.keepResponsibility, m.gone)
	m.f.HiringCues, m.cueFrom = mergeList(base.HiringCues, o.Replace.HiringCues, o.Add.HiringCues, m.addCues, m.replacedCue, "hiringCues",
		func(c HiringCue) string { return c.ID },
		func(c HiringCue) bool { return m.gone(c.Role) }, // a cue for a removed role goes with it
		func(c HiringCue) HiringCue {
			c.Phrases = slices.Clone(c.Phrases)
			return c
		}, m.gone)
	// Nothing links to an occupation, nor an occupation to anything: a
	// removed one is only dropped.
	m.f.Occupations, m.occFrom = mergeList(base.Occupations, o.Replace.Occupations, o.Add.Occupations, m.addOccs, m.replaced, "occupations",
		func(o Occupation) string { return o.ID }, nil, func(o Occupation) Occupation { return o }, m.gone)
	m.f.Qualifiers = mergeQualifiers(base.Qualifiers, o.Replace.Qualifiers, o.Add.Qualifiers)
}

// gone tells whether the overlay removes id.
func (m *merge) gone(id string) bool { _, ok := m.removedAt[id]; return ok }

// keepRole is a role of the base that the result keeps, without its links
// to removed concepts.
func (m *merge) keepRole(r Role) Role {
	if len(m.removedAt) > 0 {
		r = r.clone()
		r.Skills = slices.DeleteFunc(r.Skills, func(s RoleSkill) bool { return m.gone(s.Skill) })
		r.Responsibilities = slices.DeleteFunc(r.Responsibilities, m.gone)
		r.Relations = slices.DeleteFunc(r.Relations, func(rel RoleRelation) bool { return m.gone(rel.Role) })
	}
	return r
}

// keepSkill is keepRole for a skill.
func (m *merge) keepSkill(s Skill) Skill {
	if len(m.removedAt) > 0 {
		s = s.clone()
		s.Broader = slices.DeleteFunc(s.Broader, m.gone)
	}
	return s
}

// keepResponsibility is keepRole for a responsibility.
func (m *merge) keepResponsibility(r Responsibility) Responsibility {
	if len(m.removedAt) > 0 {
		r = r.clone()
		r.Skills = slices.DeleteFunc(r.Skills, m.gone)
	}
	return r
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

// mergeQualifiers is the base's qualifier cues with the lists of replace
// in place of the base's and the phrases of add added, language by
// language.
func mergeQualifiers(base, replace, add QualifierCues) QualifierCues {
	q := QualifierCues{
		Preferred:    mergePhrases(base.Preferred, replace.Preferred, add.Preferred),
		Required:     mergePhrases(base.Required, replace.Required, add.Required),
		Negated:      mergePhrases(base.Negated, replace.Negated, add.Negated),
		NegatedAfter: mergePhrases(base.NegatedAfter, replace.NegatedAfter, add.NegatedAfter),
		NotNegating:  mergePhrases(base.NotNegating, replace.NotNegating, add.NotNegating),
		Localized:    cloneEach(base.Localized),
	}
	for _, change := range []struct {
		entries []LocalizedCues
		replace bool
	}{{replace.Localized, true}, {add.Localized, false}} {
		for _, l := range change.entries {
			k := slices.IndexFunc(q.Localized, func(have LocalizedCues) bool { return strings.EqualFold(have.Lang, l.Lang) })
			if k < 0 {
				q.Localized = append(q.Localized, LocalizedCues{Lang: l.Lang})
				k = len(q.Localized) - 1
			}
			have, r, a := &q.Localized[k], l, LocalizedCues{}
			if !change.replace {
				r, a = LocalizedCues{}, l
			}
			have.Preferred = mergePhrases(have.Preferred, r.Preferred, a.Preferred)
			have.Required = mergePhrases(have.Required, r.Required, a.Required)
			have.Negated = mergePhrases(have.Negated, r.Negated, a.Negated)
			have.NegatedAfter = mergePhrases(have.NegatedAfter, r.NegatedAfter, a.NegatedAfter)
			have.NotNegating = mergePhrases(have.NotNegating, r.NotNegating, a.NotNegating)
		}
	}
	return q
}

// mergePhrases is b, or r in its place when r is not nil, with the
// phrases of a that it lacks added; never nil.
func mergePhrases(b, r, a []string) []string {
	out := slices.Clone(b)
	if r != nil {
		out = slices.Clone(r)
	}
	for _, p := range a {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}

func (m *merge) index() {
	m.roleIdx = make(map[string]int, len(m.f.Roles))
	m.skillIdx = make(map[string]int, len(m.f.Skills))
	m.respIdx = make(map[string]int, len(m.f.Responsibilities))
	for i, r := range m.f.Roles {
		m.roleIdx[r.ID] = i
	}
	for i, s := range m.f.Skills {
		m.skillIdx[s.ID] = i
	}
	for i, r := range m.f.Responsibilities {
		m.respIdx[r.ID] = i
	}
	m.occIdx = make(map[string]int, len(m.f.Occupations))
	for i, o := range m.f.Occupations {
		m.occIdx[o.ID] = i
	}
}

// extend applies extension i. A concept is copied before its first change,
// so that nothing the base or the overlay holds is written to.
func (m *merge) extend(i int, x Extension) {
	if k, ok := m.roleIdx[x.ID]; ok {
		r, o := &m.f.Roles[k], &m.roleFrom[k]
		m.extendConcept(i, x, KindRole, o, &r.AltNames, &r.Localized, &r.NameRules)
		m.extendRoleSkills(i, x.Skills, r, o)
		m.addIDs(i, o, "responsibilities", &r.Responsibilities, x.Responsibilities)
		return
	}
	if k, ok := m.skillIdx[x.ID]; ok {
		s, o := &m.f.Skills[k], &m.skillFrom[k]
		m.extendConcept(i, x, KindSkill, o, &s.AltNames, &s.Localized, &s.NameRules)
		m.addIDs(i, o, "broader", &s.Broader, x.Broader)
		return
	}
	if k, ok := m.respIdx[x.ID]; ok {
		r := &m.f.Responsibilities[k]
		m.extendConcept(i, x, KindResponsibility, &m.respFrom[k], &r.AltNames, &r.Localized, &r.NameRules)
		return
	}
	if k, ok := m.occIdx[x.ID]; ok {
		o := &m.f.Occupations[k]
		m.extendConcept(i, x, KindOccupation, &m.occFrom[k], &o.AltNames, &o.Localized, &o.NameRules)
		return
	}
	base := pointer("extend", i)
	if r, ok := m.removedAt[x.ID]; ok {
		m.add(CodeRemoved, base+"/id", "cannot extend %q: it is removed (at %s)", x.ID, r)
		return
	}
	m.add(CodeExtendUnknown, base+"/id", "no role, skill, responsibility or occupation %q to extend", x.ID)
}

// misfit reports the fields of extension i that a concept of the kind does
// not have.
func (m *merge) misfit(i int, x Extension, kind Kind) {
	for _, f := range []struct {
		name  string
		n     int
		fits  Kind
		thing string
	}{
		{"broader", len(x.Broader), KindSkill, "broader skills"},
		{"skills", len(x.Skills), KindRole, "skills with a requirement and importance"},
		{"responsibilities", len(x.Responsibilities), KindRole, "responsibilities"},
	} {
		if f.n > 0 && kind != f.fits {
			hint := ""
			if f.name == "skills" && kind == KindResponsibility {
				hint = ` (replace the responsibility to change its skills)`
			}
			m.add(CodeExtendMisfit, pointer("extend", i, f.name), "%q is %s; only %s has %s%s", x.ID, kind.withArticle(), f.fits.withArticle(), f.thing, hint)
		}
	}
}

// extendConcept adds the names, localized names and name rules of
// extension i to a concept of the kind, whose origin is o, and reports the
// fields of the extension that do not fit the kind. Every kind of concept
// has names.
func (m *merge) extendConcept(i int, x Extension, kind Kind, o *origin, alt *[]string, loc *[]Localized, rules *[]NameRule) {
	m.misfit(i, x, kind)
	m.extendLocalized(i, x, o, loc)
	if len(x.AltNames) > 0 {
		*alt = slices.Clone(*alt)
	}
	for j, a := range x.AltNames {
		*alt = append(*alt, a)
		o.mark("altNames", len(*alt)-1, len(*alt), pointer("extend", i, "altNames", j))
	}
	if len(x.NameRules) > 0 {
		*rules = cloneEach(*rules)
	}
	for j, r := range x.NameRules {
		*rules = append(*rules, r)
		o.mark("nameRules", len(*rules)-1, len(*rules), pointer("extend", i, "nameRules", j))
	}
}

// extendLocalized adds the localized entries of extension i to loc, the
// entries of a concept whose origin is o (see Extension.Localized).
func (m *merge) extendLocalized(i int, x Extension, o *origin, loc *[]Localized) {
	if len(x.Localized) > 0 {
		*loc = cloneEach(*loc)
	}
	for j, l := range x.Localized {
		p := pointer("extend", i, "localized", j)
		k := slices.IndexFunc(*loc, func(have Localized) bool { return strings.EqualFold(have.Lang, l.Lang) })
		if k < 0 {
			*loc = append(*loc, l.clone())
			o.mark("localized", len(*loc)-1, len(*loc), p)
			continue
		}
		have := &(*loc)[k]
		field := "localized/" + strconv.Itoa(k) + "/altNames"
		for n, name := range slices.Concat([]string{l.Name}, l.AltNames) {
			have.AltNames = append(have.AltNames, name)
			at := p + "/name"
			if n > 0 {
				at = fmt.Sprintf("%s/altNames/%d", p, n-1)
			}
			o.mark(field, len(have.AltNames)-1, len(have.AltNames), at)
		}
		switch {
		case l.Description == "":
		case have.Description == "":
			have.Description = l.Description
		default:
			m.add(CodeExtendMisfit, p+"/description", "%q has a description in %q already: replace the concept to change it", x.ID, have.Lang)
		}
	}
}

// extendRoleSkills adds the skills of extension i to role r, or sets the
// requirement and importance of those r already has.
func (m *merge) extendRoleSkills(i int, skills []RoleSkill, r *Role, o *origin) {
	if len(skills) > 0 {
		r.Skills = slices.Clone(r.Skills)
	}
	for j, s := range skills {
		at := slices.IndexFunc(r.Skills, func(rs RoleSkill) bool { return rs.Skill == s.Skill })
		if at < 0 {
			r.Skills = append(r.Skills, s)
			at = len(r.Skills) - 1
		} else {
			r.Skills[at] = s
		}
		o.mark("skills", at, len(r.Skills), pointer("extend", i, "skills", j))
	}
}

// addIDs adds the IDs in add, given in the member field of extension i, to
// ids, leaving out those ids has.
func (m *merge) addIDs(i int, o *origin, field string, ids *[]string, add []string) {
	if len(add) > 0 {
		*ids = slices.Clone(*ids)
	}
	for j, id := range add {
		if slices.Contains(*ids, id) {
			continue
		}
		*ids = append(*ids, id)
		o.mark(field, len(*ids)-1, len(*ids), pointer("extend", i, field, j))
	}
}

// nameClaim is a claim on a name of the merged taxonomy.
type nameClaim struct {
	owner, name, path string // path "" is in the base
	// localized is true for the preferred name of a localized entry,
	// which may repeat a name of its concept (see checker.claim).
	localized bool
}

// names reports each name of the merged taxonomy that two concepts claim (or
// one concept twice), at the claim the overlay makes.
func (m *merge) names() {
	first := map[string]nameClaim{} // nameKey → first claim
	for i, r := range m.f.Roles {
		m.claimNames(first, r.ID, &m.roleFrom[i], r.Name, r.AltNames, r.Localized)
	}
	for i, s := range m.f.Skills {
		m.claimNames(first, s.ID, &m.skillFrom[i], s.Name, s.AltNames, s.Localized)
	}
	for i, r := range m.f.Responsibilities {
		m.claimNames(first, r.ID, &m.respFrom[i], r.Name, r.AltNames, r.Localized)
	}
	for i, o := range m.f.Occupations {
		m.claimNames(first, o.ID, &m.occFrom[i], o.Name, o.AltNames, o.Localized)
	}
}

// claimNames claims the name, alternative names and localized names of
// the concept id, whose origin is o.
func (m *merge) claimNames(first map[string]nameClaim, id string, o *origin, name string, alt []string, loc []Localized) {
	p := ""
	if o.path != "" {
		p = o.path + "/name"
	}
	m.claimName(first, nameClaim{id, name, p, false})
	for i, a := range alt {
		m.claimName(first, nameClaim{id, a, o.at("altNames", i), false})
	}
	for k, l := range loc {
		entry, np := o.at("localized", k), "" // entry "": an entry of the base
		if entry != "" {
			np = entry + "/name"
		}
		m.claimName(first, nameClaim{id, l.Name, np, true})
		field := "localized/" + strconv.Itoa(k) + "/altNames"
		for j, a := range l.AltNames {
			ap := o.at(field, j)
			if ap == "" && entry != "" {
				ap = fmt.Sprintf("%s/altNames/%d", entry, j)
			}
			m.claimName(first, nameClaim{id, a, ap, false})
		}
	}
}

// claimName records c, or reports it when another claim on its name came
// first: at the later claim, unless only the earlier one is the overlay's.
func (m *merge) claimName(first map[string]nameClaim, c nameClaim) {
	k := nameKey(c.name)
	if k == "" {
		return // check reports it
	}
	earlier, dup := first[k]
	if !dup {
		first[k] = c
		return
	}
	if c.localized && c.owner == earlier.owner {
		return // a localized name may repeat a name of its concept
	}
	here, other := c, earlier
	if c.path == "" {
		here, other = earlier, c
	}
	if here.path == "" {
		return // both in the base, which is valid
	}
	where := "in the base taxonomy"
	if other.path != "" {
		where = "at " + other.path
	}
	if c.owner == earlier.owner {
		m.add(CodeNameClash, here.path, "name %q repeats a name of %q (%s)", here.name, c.owner, where)
	} else {
		m.add(CodeNameClash, here.path, "name %q is also a name of %q (%s)", here.name, other.owner, where)
	}
}

// locate moves a problem found in the merged file to the overlay.
func (m *merge) locate(p Problem) Problem {
	at, ok := m.locateCycle(p.Cycle)
	if !ok {
		at, ok = m.locatePath(p.Path)
	}
	if ok {
		p.Path = at
		return p
	}
	// Not in the overlay: say where in the result, at the overlay's root.
	p.Message = "in the resulting taxonomy at " + p.Path + ": " + p.Message
	p.Path = ""
	return p
}

// locateCycle finds the overlay pointer of a link of the cycle c (the base
// has no cycle, so one of the links is the overlay's).
func (m *merge) locateCycle(c *Cycle) (string, bool) {
	if c == nil {
		return "", false
	}
	for i, id := range c.Skills {
		k, ok := m.skillIdx[id]
		if !ok {
			continue
		}
		j := slices.Index(m.f.Skills[k].Broader, c.Skills[(i+1)%len(c.Skills)])
		if j < 0 {
			continue
		}
		if at := m.skillFrom[k].at("broader", j); at != "" {
			return at, true
		}
	}
	return "", false
}

// locatePath turns a pointer into the merged file into a pointer into the
// overlay, when the value comes from the overlay: from an element that an
// extension added, or from an entry that the overlay defines.
func (m *merge) locatePath(path string) (string, bool) {
	tok := strings.Split(path, "/") // "", list, index, member, index, ...
	if len(tok) < 3 {
		return "", false
	}
	i, err := strconv.Atoi(tok[2])
	from := map[string][]origin{
		"roles": m.roleFrom, "skills": m.skillFrom, "responsibilities": m.respFrom, "hiringCues": m.cueFrom,
		"occupations": m.occFrom,
	}[tok[1]]
	if err != nil || i < 0 || i >= len(from) {
		return "", false
	}
	o := &from[i]
	if len(tok) >= 7 && tok[3] == "localized" {
		// An alternative name that an extension added to a localized entry.
		if j, err := strconv.Atoi(tok[6]); err == nil {
			if at := o.at(strings.Join(tok[3:6], "/"), j); at != "" {
				return strings.Join(append([]string{at}, tok[7:]...), "/"), true
			}
		}
	}
	if len(tok) >= 5 {
		if j, err := strconv.Atoi(tok[4]); err == nil {
			if at := o.at(tok[3], j); at != "" {
				return strings.Join(append([]string{at}, tok[5:]...), "/"), true
			}
		}
	}
	if o.path != "" {
		return strings.Join(append([]string{o.path}, tok[3:]...), "/"), true
	}
	return "", false
}

// mergeList builds one merged list of an overlay's result: the base's
// entries in order, removed ones dropped, replaced ones swapped for their
// replacement, those skip names dropped too, the rest passed through keep;
// then the added ones (add[i] for i in added). from records where each entry
// of the result came from: the overlay's member for a replacement or an
// addition ("/replace/skills/0"), nothing for a base entry.
func mergeList[T any](base, repl, add []T, added []int, replaced map[string]int, field string,
	id func(T) string, skip func(T) bool, keep func(T) T, gone func(string) bool) ([]T, []origin) {
	out := make([]T, 0, len(base)+len(added))
	var from []origin
	for _, x := range base {
		j, ok := replaced[id(x)]
		switch {
		case gone(id(x)):
			continue
		case ok:
			out = append(out, repl[j])
			from = append(from, origin{path: pointer("replace", field, j)})
			continue
		case skip != nil && skip(x):
			continue
		}
		out = append(out, keep(x))
		from = append(from, origin{})
	}
	for _, i := range added {
		out = append(out, add[i])
		from = append(from, origin{path: pointer("add", field, i)})
	}
	return out, from
}

// tooLong reports each name and phrase of o that has more than maxWords
// words.
func (o *Overlay) tooLong() []Problem {
	var l longPhrases
	l.lists("/add", o.Add)
	l.lists("/replace", o.Replace)
	for i, x := range o.Extend {
		l.names(pointer("extend", i), nil, x.AltNames, x.Localized, x.NameRules)
	}
	return l.probs
}
