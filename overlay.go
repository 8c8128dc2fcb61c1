package roles

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

//go:embed schema/overlay.schema.json
var overlaySchemaJSON []byte

// OverlaySchemaID is the absolute $id of the JSON Schema that describes the
// overlay format. An overlay file may name it in its "$schema" member.
const OverlaySchemaID = "https://openroles.github.io/roles/schema/overlay.schema.json"

// OverlaySchema returns the JSON Schema (draft 2020-12) that an overlay file
// must satisfy. It refers to the definitions of the taxonomy schema (see
// [Schema]) by its $id. The returned slice is a copy.
func OverlaySchema() []byte { return bytes.Clone(overlaySchemaJSON) }

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
//  1. Remove deletes the base's roles, skills, responsibilities and hiring
//     cues with the given IDs, and every link the base has to them: a removed
//     skill leaves the roles that require it, the responsibilities that
//     exercise it and the skills it was broader than; a removed
//     responsibility leaves its roles; a removed role leaves the relations
//     of other roles, and the hiring cues that point to it are removed too.
//     The concepts that linked to it stay. The overlay's own entries must
//     not name a removed concept.
//  2. Replace puts each entry in place of the base's concept of the same ID
//     and kind, whole: a field the entry leaves out is empty afterwards.
//     Qualifier lists given in Replace replace the base's lists.
//  3. Add adds concepts and hiring cues whose IDs the base does not have.
//     Qualifier phrases given in Add are added to the base's lists.
//  4. Extend adds names, name rules and links to a concept of the base or of
//     the overlay, keeping what it has; see [Extension].
//  5. The result gets the overlay's Version.
//
// Every mistake is an error rather than a silent no-op: removing or replacing
// an ID the base does not have, adding one it has, replacing a skill with a
// role, removing and defining the same ID, defining an ID twice, extending an
// unknown concept, a name that two concepts claim, a link to a concept that
// does not exist, a cycle among broader skills.
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

var compiledOverlaySchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	return compileSchema(OverlaySchemaID)
})

// ParseOverlay reads an overlay in the JSON format described by the schema
// that [OverlaySchema] returns. It checks the format only; what can be wrong
// with the overlay only in view of a base taxonomy is found by
// [Taxonomy.With]. On failure it returns an [*Error] whose paths are JSON
// pointers into data. It never reads files or URLs that the data names.
func ParseOverlay(data []byte) (Overlay, error) {
	data = trimBOM(data)
	probs, fatal := validateJSON(data, compiledOverlaySchema)
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
	if err := json.Unmarshal(data, &o); err != nil {
		return Overlay{}, &Error{Subject: "overlay", Problems: []Problem{{Message: err.Error()}}}
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
// path.
func (t *Taxonomy) With(o Overlay) (*Taxonomy, error) {
	data, err := marshalOverlay(o)
	if err != nil {
		return nil, &Error{Subject: "overlay", Problems: []Problem{{Message: "encoding overlay: " + err.Error()}}}
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
	f                                      file
	roleFrom, skillFrom, respFrom, cueFrom []origin
	probs                                  []Problem
	roleIdx, skillIdx, respIdx             map[string]int
	removedAt                              map[string]string
}

func (m *merge) add(path, format string, args ...any) {
	m.probs = append(m.probs, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

// apply applies an overlay decoded by ParseOverlay, whose memory it takes.
func (t *Taxonomy) apply(o Overlay) (*Taxonomy, error) {
	m := &merge{removedAt: map[string]string{}}
	base := &t.f
	cueAt := make(map[string]int, len(base.HiringCues))
	for i, c := range base.HiringCues {
		cueAt[c.ID] = i
	}
	kindOf := func(id string) (Kind, bool) {
		switch {
		case hasKey(t.roleAt, id):
			return KindRole, true
		case hasKey(t.skillAt, id):
			return KindSkill, true
		case hasKey(t.respAt, id):
			return KindResponsibility, true
		}
		return "", false
	}

	// 1. Remove.
	for i, id := range o.Remove {
		p := pointer("remove", i)
		if first, dup := m.removedAt[id]; dup {
			m.add(p, "%q is removed twice (first at %s)", id, first)
			continue
		}
		_, isConcept := kindOf(id)
		if _, isCue := cueAt[id]; !isConcept && !isCue {
			m.add(p, "no concept or hiring cue %q in the base taxonomy to remove", id)
			continue
		}
		m.removedAt[id] = p
	}

	// 2 and 3. Replace and add: check each entry's ID, keep the good ones.
	definedAt := map[string]string{}
	cueDefinedAt := map[string]string{}
	replaced := map[string]int{} // ID → index in its kind's Replace list
	replacedCue := map[string]int{}
	entry := func(section string, kind Kind, list string, i int, id string) bool {
		p := pointer(section, list, i, "id")
		if first, dup := definedAt[id]; dup {
			m.add(p, "duplicate ID %q (first defined at %s)", id, first)
			return false
		}
		definedAt[id] = p
		if r, ok := m.removedAt[id]; ok {
			m.add(p, "%q is also removed (at %s)", id, r)
			return false
		}
		got, exists := kindOf(id)
		switch {
		case section == "add" && exists && got == kind:
			m.add(p, "%s %q already exists in the base taxonomy: use \"replace\" or \"extend\"", kind, id)
			return false
		case section == "add" && exists:
			m.add(p, "%q is a %s in the base taxonomy", id, got)
			return false
		case section == "replace" && !exists:
			m.add(p, "no %s %q in the base taxonomy to replace: use \"add\"", kind, id)
			return false
		case section == "replace" && got != kind:
			m.add(p, "%q is a %s in the base taxonomy, not a %s", id, got, kind)
			return false
		}
		return true
	}
	cueEntry := func(section string, i int, id string) bool {
		p := pointer(section, "hiringCues", i, "id")
		if first, dup := cueDefinedAt[id]; dup {
			m.add(p, "duplicate hiring cue ID %q (first defined at %s)", id, first)
			return false
		}
		cueDefinedAt[id] = p
		if r, ok := m.removedAt[id]; ok {
			m.add(p, "hiring cue %q is also removed (at %s)", id, r)
			return false
		}
		_, exists := cueAt[id]
		switch {
		case section == "add" && exists:
			m.add(p, "hiring cue %q already exists in the base taxonomy: use \"replace\"", id)
			return false
		case section == "replace" && !exists:
			m.add(p, "no hiring cue %q in the base taxonomy to replace: use \"add\"", id)
			return false
		}
		return true
	}
	var addRoles, addSkills, addResps, addCues []int
	// file records an accepted entry: its index among the additions, or its
	// ID among the replacements.
	file := func(ok bool, section, id string, i int, added *[]int, repl map[string]int) {
		switch {
		case !ok:
		case section == "add":
			*added = append(*added, i)
		default:
			repl[id] = i
		}
	}
	for _, section := range []string{"replace", "add"} {
		e := &o.Replace
		if section == "add" {
			e = &o.Add
		}
		for i, r := range e.Roles {
			file(entry(section, KindRole, "roles", i, r.ID), section, r.ID, i, &addRoles, replaced)
		}
		for i, s := range e.Skills {
			file(entry(section, KindSkill, "skills", i, s.ID), section, s.ID, i, &addSkills, replaced)
		}
		for i, r := range e.Responsibilities {
			file(entry(section, KindResponsibility, "responsibilities", i, r.ID), section, r.ID, i, &addResps, replaced)
		}
		for i, c := range e.HiringCues {
			file(cueEntry(section, i, c.ID), section, c.ID, i, &addCues, replacedCue)
		}
	}

	// Build the merged lists: the base's entries in order (removed ones
	// dropped, replaced ones swapped, links to removed concepts cut), then
	// the added ones.
	gone := func(id string) bool { _, ok := m.removedAt[id]; return ok }
	cut := len(m.removedAt) > 0
	m.f.Roles, m.roleFrom = mergeList(base.Roles, o.Replace.Roles, o.Add.Roles, addRoles, replaced, "roles",
		func(r Role) string { return r.ID }, nil,
		func(r Role) Role {
			if cut {
				r = r.clone()
				r.Skills = slices.DeleteFunc(r.Skills, func(s RoleSkill) bool { return gone(s.Skill) })
				r.Responsibilities = slices.DeleteFunc(r.Responsibilities, gone)
				r.Relations = slices.DeleteFunc(r.Relations, func(rel RoleRelation) bool { return gone(rel.Role) })
			}
			return r
		}, gone)
	m.f.Skills, m.skillFrom = mergeList(base.Skills, o.Replace.Skills, o.Add.Skills, addSkills, replaced, "skills",
		func(s Skill) string { return s.ID }, nil,
		func(s Skill) Skill {
			if cut {
				s = s.clone()
				s.Broader = slices.DeleteFunc(s.Broader, gone)
			}
			return s
		}, gone)
	m.f.Responsibilities, m.respFrom = mergeList(base.Responsibilities, o.Replace.Responsibilities, o.Add.Responsibilities, addResps, replaced, "responsibilities",
		func(r Responsibility) string { return r.ID }, nil,
		func(r Responsibility) Responsibility {
			if cut {
				r = r.clone()
				r.Skills = slices.DeleteFunc(r.Skills, gone)
			}
			return r
		}, gone)
	m.f.HiringCues, m.cueFrom = mergeList(base.HiringCues, o.Replace.HiringCues, o.Add.HiringCues, addCues, replacedCue, "hiringCues",
		func(c HiringCue) string { return c.ID },
		func(c HiringCue) bool { return gone(c.Role) }, // a cue for a removed role goes with it
		func(c HiringCue) HiringCue {
			c.Phrases = slices.Clone(c.Phrases)
			return c
		}, gone)
	m.f.Qualifiers = mergeQualifiers(base.Qualifiers, o.Replace.Qualifiers, o.Add.Qualifiers)
	m.f.Version = o.Version

	// 4. Extend.
	m.index()
	for i, x := range o.Extend {
		m.extend(i, x)
	}

	// The merged file must be as valid as any file. check reports problems
	// by their place in the merged file; move them to the overlay.
	m.names()
	for _, p := range check(&m.f) {
		if isNameClash(p.Message) {
			continue // m.names reports these, at the overlay's side
		}
		m.probs = append(m.probs, m.locate(p))
	}
	if len(m.probs) > 0 {
		e := newError(m.probs)
		e.Subject = "overlay"
		return nil, e
	}
	return build(m.f)
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

func mergeQualifiers(base, replace, add QualifierCues) QualifierCues {
	one := func(b, r, a []string) []string {
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
	return QualifierCues{
		Preferred:    one(base.Preferred, replace.Preferred, add.Preferred),
		Required:     one(base.Required, replace.Required, add.Required),
		Negated:      one(base.Negated, replace.Negated, add.Negated),
		NegatedAfter: one(base.NegatedAfter, replace.NegatedAfter, add.NegatedAfter),
	}
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
}

// extend applies extension i. A concept is copied before its first change,
// so that nothing the base or the overlay holds is written to.
func (m *merge) extend(i int, x Extension) {
	base := pointer("extend", i)
	misfit := func(kind Kind) {
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
				m.add(base+"/"+f.name, "%q is a %s; only a %s has %s%s", x.ID, kind, f.fits, f.thing, hint)
			}
		}
	}
	names := func(o *origin, alt *[]string, rules *[]NameRule) {
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
	addIDs := func(o *origin, field string, ids *[]string, add []string) {
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
	if k, ok := m.roleIdx[x.ID]; ok {
		misfit(KindRole)
		r, o := &m.f.Roles[k], &m.roleFrom[k]
		names(o, &r.AltNames, &r.NameRules)
		if len(x.Skills) > 0 {
			r.Skills = slices.Clone(r.Skills)
		}
		for j, s := range x.Skills {
			p := pointer("extend", i, "skills", j)
			at := slices.IndexFunc(r.Skills, func(rs RoleSkill) bool { return rs.Skill == s.Skill })
			if at < 0 {
				r.Skills = append(r.Skills, s)
				at = len(r.Skills) - 1
			} else {
				r.Skills[at] = s
			}
			o.mark("skills", at, len(r.Skills), p)
		}
		addIDs(o, "responsibilities", &r.Responsibilities, x.Responsibilities)
		return
	}
	if k, ok := m.skillIdx[x.ID]; ok {
		misfit(KindSkill)
		s, o := &m.f.Skills[k], &m.skillFrom[k]
		names(o, &s.AltNames, &s.NameRules)
		addIDs(o, "broader", &s.Broader, x.Broader)
		return
	}
	if k, ok := m.respIdx[x.ID]; ok {
		misfit(KindResponsibility)
		r, o := &m.f.Responsibilities[k], &m.respFrom[k]
		names(o, &r.AltNames, &r.NameRules)
		return
	}
	if r, ok := m.removedAt[x.ID]; ok {
		m.add(base+"/id", "cannot extend %q: it is removed (at %s)", x.ID, r)
		return
	}
	m.add(base+"/id", "no role, skill or responsibility %q to extend", x.ID)
}

// names reports each name of the merged taxonomy that two concepts claim (or
// one concept twice), at the claim the overlay makes.
func (m *merge) names() {
	type claim struct {
		owner, name, path string // path "" is in the base
	}
	first := map[string]claim{}
	one := func(owner string, o *origin, name string, field string, i int) {
		k := nameKey(name)
		if k == "" {
			return // check reports it
		}
		p := ""
		switch {
		case field != "name":
			p = o.at(field, i)
		case o.path != "":
			p = o.path + "/name"
		}
		c, dup := first[k]
		if !dup {
			first[k] = claim{owner, name, p}
			return
		}
		// Report at the later claim, unless only the earlier one is the
		// overlay's.
		here, other := claim{owner, name, p}, c
		if p == "" {
			here, other = c, here
		}
		if here.path == "" {
			return // both in the base, which is valid
		}
		where := "in the base taxonomy"
		if other.path != "" {
			where = "at " + other.path
		}
		if owner == c.owner {
			m.add(here.path, "name %q repeats a name of %q (%s)", here.name, owner, where)
		} else {
			m.add(here.path, "name %q is also a name of %q (%s)", here.name, other.owner, where)
		}
	}
	all := func(id string, o *origin, name string, alt []string) {
		one(id, o, name, "name", 0)
		for i, a := range alt {
			one(id, o, a, "altNames", i)
		}
	}
	for i, r := range m.f.Roles {
		all(r.ID, &m.roleFrom[i], r.Name, r.AltNames)
	}
	for i, s := range m.f.Skills {
		all(s.ID, &m.skillFrom[i], s.Name, s.AltNames)
	}
	for i, r := range m.f.Responsibilities {
		all(r.ID, &m.respFrom[i], r.Name, r.AltNames)
	}
}

// isNameClash tells the problems of check that names reports instead.
func isNameClash(msg string) bool {
	return strings.HasPrefix(msg, "name ") && (strings.Contains(msg, " is also a name of ") || strings.Contains(msg, " repeats "))
}

// locate moves a problem found in the merged file to the overlay.
func (m *merge) locate(p Problem) Problem {
	if strings.HasPrefix(p.Message, "broader skills form a cycle") {
		// The base has no cycle, so one of the links is the overlay's. A
		// long cycle's message shows only its ends ("…" between).
		_, ids, _ := strings.Cut(p.Message, ": ")
		cyc := strings.Split(ids, " → ")
		for i := 0; i+1 < len(cyc); i++ {
			k, ok := m.skillIdx[cyc[i]]
			if !ok {
				continue
			}
			j := slices.Index(m.f.Skills[k].Broader, cyc[i+1])
			if j < 0 {
				continue
			}
			if at := m.skillFrom[k].at("broader", j); at != "" {
				p.Path = at
				return p
			}
		}
	}
	tok := strings.Split(p.Path, "/")
	if len(tok) >= 3 {
		if i, err := strconv.Atoi(tok[2]); err == nil {
			var from []origin
			switch tok[1] {
			case "roles":
				from = m.roleFrom
			case "skills":
				from = m.skillFrom
			case "responsibilities":
				from = m.respFrom
			case "hiringCues":
				from = m.cueFrom
			}
			if i < len(from) {
				o := &from[i]
				if len(tok) >= 5 {
					if j, err := strconv.Atoi(tok[4]); err == nil {
						if at := o.at(tok[3], j); at != "" {
							p.Path = strings.Join(append([]string{at}, tok[5:]...), "/")
							return p
						}
					}
				}
				if o.path != "" {
					p.Path = strings.Join(append([]string{o.path}, tok[3:]...), "/")
					return p
				}
			}
		}
	}
	// Not in the overlay: say where in the result, at the overlay's root.
	p.Message = "in the resulting taxonomy at " + p.Path + ": " + p.Message
	p.Path = ""
	return p
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
