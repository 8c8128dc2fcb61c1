package roles

import (
	"bytes"
	_ "embed"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

//go:generate go run gen_docs.go

// embeddedTaxonomy is taxonomy/backend.json, the data of Default. go generate
// lists it in docs/taxonomy.md (see gen_docs.go).
//
//go:embed taxonomy/backend.json
var embeddedTaxonomy []byte

// Kind says what sort of concept an ID names.
type Kind string

// The kinds of concept a taxonomy holds.
const (
	KindRole           Kind = "role"           // a job role, such as backend-developer
	KindSkill          Kind = "skill"          // a competency or a concrete technology
	KindResponsibility Kind = "responsibility" // a duty a role carries
	// KindOccupation is a job outside the taxonomy's roles, such as
	// product-manager: a text whose title names one is about no role.
	KindOccupation Kind = "occupation"
)

// Concept identifies one role, skill, responsibility or occupation of a
// taxonomy.
type Concept struct {
	Kind Kind   `json:"kind"` // role, skill, responsibility or occupation
	ID   string `json:"id"`   // the concept's ID
	Name string `json:"name"` // the preferred name
}

// Source says where a statement of the taxonomy comes from.
type Source string

// The sources a concept can have.
const (
	// SourceArticle marks a concept that states part of the seed article,
	// "Difference between Backend Developers and Backend Engineers".
	SourceArticle Source = "article"
	// SourceExtension marks a concept added around the article so that real
	// postings and resumes can be matched: concrete technologies, practices,
	// regulations.
	SourceExtension Source = "extension"
)

// Provenance records where a concept comes from. For concepts taken from the
// article, Part names the part of the article and Quote holds the sentence or
// bullet it states, word for word.
type Provenance struct {
	Source Source `json:"source"` // the article, or an extension of it
	// Part is one of "backend-development", "developer-skills",
	// "developer-responsibilities", "engineer-skills",
	// "engineer-responsibilities", "engineer-day-to-day" and "hiring-advice"
	// for article concepts, and empty for extensions.
	Part  string `json:"part,omitempty"`
	Quote string `json:"quote,omitempty"` // the article's words, for article concepts
}

// NameRule restricts when one of a concept's names counts as a mention of it
// in free text. Rules exist for names that are also ordinary words: the
// programming language Go and the verb "go", C and "Series C", REST and "the
// rest of the team".
type NameRule struct {
	// Name is the name the rule applies to; it must equal the concept's Name
	// or one of its AltNames, or a name of one of its Localized entries.
	Name string `json:"name"`
	// CaseSensitive makes the name match only when written exactly so.
	CaseSensitive bool `json:"caseSensitive,omitempty"`
	// Context, when not empty, makes the name count only when one of these
	// words or phrases, or another skill mention without context rules,
	// occurs near it.
	Context []string `json:"context,omitempty"`
	// NotWithin lists phrases that contain the name; inside them it is not a
	// mention ("go live", "Series C", "the rest of").
	NotWithin []string `json:"notWithin,omitempty"`
	// Exact turns off word forms (plurals, verb forms) for this name.
	Exact bool `json:"exact,omitempty"`
}

// Requirement says how much a role needs a skill.
type Requirement string

// The requirements a role can place on a skill.
const (
	RequirementEssential Requirement = "essential" // the role cannot be done without it
	RequirementOptional  Requirement = "optional"  // it helps, and is often asked for
)

// RoleSkill is one skill a role requires.
type RoleSkill struct {
	Skill       string      `json:"skill"`       // the skill's ID
	Requirement Requirement `json:"requirement"` // Essential or Optional
	// Importance rates the skill for the role from 1 (useful) to 5
	// (central), as O*NET rates importance.
	Importance int `json:"importance"`
}

// RoleRelation links a role to another role.
type RoleRelation struct {
	// Type is "builds-foundation-for" or "works-on-foundation-of".
	Type        string     `json:"type"`
	Role        string     `json:"role"`                  // the other role's ID
	Description string     `json:"description,omitempty"` // the relation in words
	Provenance  Provenance `json:"provenance"`            // where the relation is stated
}

// Crosswalk links a role to an occupation of another classification.
type Crosswalk struct {
	// Scheme is "O*NET-SOC", "ISCO-08" or "ESCO".
	Scheme string `json:"scheme"`
	Code   string `json:"code"`          // the occupation's code in the scheme: "15-1252.00", "2512", "2512.4"
	URI    string `json:"uri,omitempty"` // the occupation's URI, where the scheme has one (ESCO)
	Label  string `json:"label"`         // the occupation's name in the scheme
	// Match is the kind of match, as SKOS names them: "exact", "close",
	// "broad" (the other occupation is broader) or "related".
	Match string `json:"match"`
}

// Role is a job role: the skills it requires, the responsibilities it carries
// and how it relates to other roles.
type Role struct {
	ID               string         `json:"id"`                  // stable, lowercase kebab-case, unique in the taxonomy
	Name             string         `json:"name"`                // the preferred name: "Backend Developer"
	AltNames         []string       `json:"altNames,omitempty"`  // other names text uses: "back-end developer"
	NameRules        []NameRule     `json:"nameRules,omitempty"` // when a name counts as a mention in text
	Description      string         `json:"description"`         // what the role is, in our own words
	Localized        []Localized    `json:"localized,omitempty"` // names and description by language
	Skills           []RoleSkill    `json:"skills"`              // the skills the role requires
	Responsibilities []string       `json:"responsibilities"`    // responsibility IDs
	Relations        []RoleRelation `json:"relations,omitempty"` // how the role relates to other roles
	Crosswalk        []Crosswalk    `json:"crosswalk,omitempty"` // occupations of other classifications
	Provenance       Provenance     `json:"provenance"`          // where the role comes from
}

// Responsibility is a duty a role carries, linked to the skills it exercises.
type Responsibility struct {
	ID          string      `json:"id"`                  // stable, lowercase kebab-case, unique in the taxonomy
	Name        string      `json:"name"`                // the preferred name
	AltNames    []string    `json:"altNames,omitempty"`  // other names text uses
	NameRules   []NameRule  `json:"nameRules,omitempty"` // when a name counts as a mention in text
	Description string      `json:"description"`         // the duty, in our own words
	Localized   []Localized `json:"localized,omitempty"` // names and description by language
	Skills      []string    `json:"skills"`              // IDs of the skills the duty exercises
	Provenance  Provenance  `json:"provenance"`          // where the duty comes from
}

// Occupation is a job that none of the taxonomy's roles is, known by the
// titles postings and resumes give it: "Product Manager", "Buchhalterin",
// "Infirmier". A text whose own title names an occupation is about none of
// the roles, whatever technology its company boilerplate names (see
// [Taxonomy.Decide]). Extract reports its names as mentions of
// [KindOccupation]; ranking and gaps ignore them.
type Occupation struct {
	ID          string      `json:"id"`                  // stable, lowercase kebab-case, unique in the taxonomy
	Name        string      `json:"name"`                // the preferred name: "Product Manager"
	AltNames    []string    `json:"altNames,omitempty"`  // other titles: English, or the same in every language
	NameRules   []NameRule  `json:"nameRules,omitempty"` // when a name counts as a mention in text
	Description string      `json:"description"`         // what the job is, in our own words
	Localized   []Localized `json:"localized,omitempty"` // names and description by language
	Provenance  Provenance  `json:"provenance"`          // where the occupation comes from
}

// HiringCue is one sign, in the description of a hiring need, that points to
// a role. The article's closing advice is stored as cues: a guided plan points
// to the engineer, maintaining an existing app long term to the developer.
type HiringCue struct {
	ID   string `json:"id"`   // stable, lowercase kebab-case
	Role string `json:"role"` // the role the cue points to
	// Phrases are the words that show the cue in a description of the need.
	Phrases    []string   `json:"phrases"`
	Weight     int        `json:"weight"`     // 1 to 5
	Provenance Provenance `json:"provenance"` // where the cue comes from
}

// QualifierCues are the phrases that tell how a text means a mention. A
// mention is required unless a cue says otherwise.
type QualifierCues struct {
	// Preferred phrases mark the mentions of their sentence, or of the
	// section they head, as wished for rather than required: "nice to
	// have", "a plus", "bonus".
	Preferred []string `json:"preferred"`
	// Required phrases in a heading end a preferred section: "requirements",
	// "must have".
	Required []string `json:"required"`
	// Negated phrases before a mention negate it: "no", "not", "without".
	Negated []string `json:"negated"`
	// NegatedAfter phrases after a mention negate it: "not required", "not
	// needed".
	NegatedAfter []string `json:"negatedAfter"`
	// NotNegating phrases hold a Negated or NegatedAfter cue and negate
	// nothing: "not limited to", "no matter", "keine Scheu vor". A cue
	// inside one of them is part of it and does not count, as a cue inside
	// a mention does not ("tests de non-régression"). "Not only" and its
	// kin in German, French and Spanish need no listing.
	NotNegating []string `json:"notNegating,omitempty"`
	// Localized holds the cues of other languages, at most one entry per
	// language. The cues of every language apply to every text, so that
	// mixed text needs no telling which language it is in.
	Localized []LocalizedCues `json:"localized,omitempty"`
}

// file is the JSON document a taxonomy is read from and written to.
type file struct {
	Schema           string           `json:"$schema,omitempty"`
	Version          string           `json:"version"`
	Roles            []Role           `json:"roles"`
	Skills           []Skill          `json:"skills"`
	Responsibilities []Responsibility `json:"responsibilities"`
	HiringCues       []HiringCue      `json:"hiringCues"`
	Qualifiers       QualifierCues    `json:"qualifiers"`
	Occupations      []Occupation     `json:"occupations,omitempty"`
}

// Taxonomy is a validated, immutable set of roles, skills and
// responsibilities. Its methods are safe for concurrent use, and nothing they
// return shares memory with it; the one method that changes a Taxonomy,
// [Taxonomy.UnmarshalJSON], is for decoding a new one.
//
// The zero Taxonomy, such as a field of a struct that was never set, is an
// empty taxonomy: it has no concepts and no version, finds nothing in text,
// ranks no roles and reports unknown IDs as errors; [Taxonomy.With] builds on
// it as on any base, and it encodes as JSON null. A nil *Taxonomy is not a
// taxonomy: its methods panic.
type Taxonomy struct {
	f       file
	roleAt  map[string]int
	skillAt map[string]int
	respAt  map[string]int
	occAt   map[string]int
	// asNamed maps every name, exactly as the data writes it, to its
	// concept; the default taxonomy makes it on first use.
	asNamed  func() map[string]Concept
	names    int // how many names there are, localized ones included
	narrower map[string][]string
	// langs, when restricted, are the languages whose localized names the
	// matcher finds, lower case (see WithLanguages); an unrestricted
	// taxonomy finds those of every language.
	langs      []string
	restricted bool
	// ranker, byName, cues, matcher and decider are built on first use;
	// they are nil in a zero Taxonomy, so reach them through orEmpty:
	// t.orEmpty().matcher().
	ranker  func() *ranker            // indexes for ranking
	byName  func() map[string]Concept // nameKey of every name → concept, for Lookup
	cues    func() *cueIndex          // the hiring-cue index for advice
	matcher func() *matcher           // the text scanner
	decider func() *decider           // indexes for deciding
}

// emptyTaxonomy is the taxonomy built from an empty file. It lends its
// matcher and ranker to zero Taxonomies.
var emptyTaxonomy = sync.OnceValue(func() *Taxonomy {
	t, err := build(file{})
	if err != nil {
		panic("roles: the empty taxonomy is invalid: " + err.Error())
	}
	return t
})

// orEmpty returns t, or the shared empty taxonomy when t is a zero Taxonomy,
// which was never built and so has no matcher or ranker. Code reaches the
// lazily built parts through it, as t.orEmpty().matcher(): the empty
// taxonomy's parts suit a zero Taxonomy, which has no concepts either.
func (t *Taxonomy) orEmpty() *Taxonomy {
	if t.isZero() {
		return emptyTaxonomy()
	}
	return t
}

// isZero reports whether t is a zero Taxonomy: every built one has a matcher.
func (t *Taxonomy) isZero() bool { return t.matcher == nil }

var defaultTaxonomy = sync.OnceValues(newDefault)

// builtDefault is the taxonomy Default returns, once built, so that
// UnmarshalJSON can refuse to change it without building it.
var builtDefault atomic.Pointer[Taxonomy]

// newDefault builds the embedded taxonomy from what go generate made of
// taxonomy/backend.json (see default.go): its data, decoded, checked and
// sorted, and its compiled matcher. TestGenerated checks that they are
// fresh and equal to what Parse builds.
func newDefault() (*Taxonomy, error) {
	t := loadDefault()
	builtDefault.Store(t)
	return t, nil
}

// Default returns the taxonomy embedded in the package: the roles, skills and
// responsibilities of the article "Difference between Backend Developers and
// Backend Engineers", and the concrete technologies around them. It is built
// on the first call and shared afterwards; it is immutable and safe for
// concurrent use.
func Default() *Taxonomy {
	t, err := defaultTaxonomy()
	if err != nil {
		// The embedded data is validated by the package's tests.
		panic("roles: embedded taxonomy is invalid: " + err.Error())
	}
	return t
}

// Load reads a taxonomy in the JSON format described by the schema (see
// [Schema]) from r and validates it as [Parse] does.
func Load(r io.Reader) (*Taxonomy, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{Problems: []Problem{{Code: CodeRead, Message: "reading taxonomy: " + err.Error()}}}
	}
	return Parse(data)
}

// Parse builds a taxonomy from JSON data in the format described by the
// schema (see [Schema]). It checks the data against the schema and then
// checks what a schema cannot express: duplicate IDs, references to concepts
// that do not exist, cycles among broader skills, a name claimed by two
// concepts (localized names included), malformed language tags and two
// entries of one language ([CodeLanguage]), empty names, names and phrases (of name rules, qualifier cues
// and hiring cues) of more than 32 words, the most the matcher finds whole
// ([CodeTooLong]). When anything is wrong it returns an [*Error] that
// lists every problem, each with its JSON-pointer path, sorted by path.
// Parse does not keep or change data, and never reads files or URLs that the
// data names. [Taxonomy.UnmarshalJSON] parses the same way for encoding/json.
func Parse(data []byte) (*Taxonomy, error) {
	f, err := decode(data)
	if err != nil {
		return nil, err
	}
	return buildParsed(f)
}

// build indexes a decoded file after checking it. It takes ownership of f.
func build(f file) (*Taxonomy, error) { return buildChecked(f, newChecker(&f, false)) }

// buildParsed is build for a file that decode returned: its checker also
// reports names of too many words, which decode leaves to it.
func buildParsed(f file) (*Taxonomy, error) { return buildChecked(f, newChecker(&f, true)) }

// buildChecked indexes f after c has checked it, taking the indexes of
// names from c. It takes ownership of f.
func buildChecked(f file, c *checker) (*Taxonomy, error) {
	if probs := c.run(); len(probs) > 0 {
		return nil, newError(probs)
	}
	slices.SortFunc(f.Roles, func(a, b Role) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Skills, func(a, b Skill) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Responsibilities, func(a, b Responsibility) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Occupations, func(a, b Occupation) int { return strings.Compare(a.ID, b.ID) })
	t := index(f, c)
	t.matcher = sync.OnceValue(func() *matcher { return newMatcher(t) })
	return t, nil
}

// index makes the indexes of a checked file whose concepts are sorted by
// ID, and sets up the parts built on first use but the matcher, which the
// caller sets. It takes the indexes of names from the checker c that
// checked f, or with a nil c, makes them on the first Lookup that needs
// them, the names as written first and the folded ones after: folding or
// even hashing every name is most of what indexing the embedded taxonomy
// would cost, and most programs never look a name up. It takes ownership
// of f.
func index(f file, c *checker) *Taxonomy {
	t := &Taxonomy{
		f:        f,
		roleAt:   make(map[string]int, len(f.Roles)),
		skillAt:  make(map[string]int, len(f.Skills)),
		respAt:   make(map[string]int, len(f.Responsibilities)),
		occAt:    make(map[string]int, len(f.Occupations)),
		narrower: make(map[string][]string),
	}
	if c != nil {
		// In a valid file, every name of every concept.
		byName, asNamed := c.byName, c.asNamed
		t.asNamed, t.byName = func() map[string]Concept { return asNamed }, func() map[string]Concept { return byName }
	} else {
		t.asNamed = sync.OnceValue(func() map[string]Concept { return namesAsWritten(&t.f) })
		t.byName = sync.OnceValue(t.namesByKey)
	}
	eachName(&t.f, func(Concept, string) { t.names++ })
	for i, r := range t.f.Roles {
		t.roleAt[r.ID] = i
	}
	for i, s := range t.f.Skills {
		t.skillAt[s.ID] = i
		for _, b := range s.Broader {
			t.narrower[b] = append(t.narrower[b], s.ID)
		}
	}
	for i, r := range t.f.Responsibilities {
		t.respAt[r.ID] = i
	}
	for i, o := range t.f.Occupations {
		t.occAt[o.ID] = i
	}
	t.ranker = sync.OnceValue(func() *ranker { return newRanker(t) })
	t.cues = sync.OnceValue(func() *cueIndex { return newCueIndex(t) })
	t.decider = sync.OnceValue(func() *decider { return newDecider(t) })
	return t
}

// namesAsWritten maps every name of f, as the data writes it, to its
// concept.
func namesAsWritten(f *file) map[string]Concept {
	m := map[string]Concept{}
	eachName(f, func(c Concept, name string) { m[name] = c })
	return m
}

// namesByKey maps the nameKey of every name to its concept. It is made on
// the first Lookup that needs it, as folding every name is most of the
// cost of indexing a taxonomy; check makes sure no key names two concepts.
func (t *Taxonomy) namesByKey() map[string]Concept {
	m := make(map[string]Concept, t.names)
	eachName(&t.f, func(c Concept, name string) { m[nameKey(name)] = c })
	return m
}

// eachName calls add with every name of every concept of f, localized
// names included.
func eachName(f *file, add func(c Concept, name string)) {
	eachConcept(f, func(c Concept, _ int, alt []string, loc []Localized) {
		add(c, c.Name)
		for _, a := range alt {
			add(c, a)
		}
		for _, l := range loc {
			add(c, l.Name)
			for _, a := range l.AltNames {
				add(c, a)
			}
		}
	})
}

// eachConcept calls visit with every concept of f that has names, in the
// order of its lists (roles, skills, responsibilities, occupations): the
// concept with its preferred name, its index in its list, its alternative
// names and its localized entries.
func eachConcept(f *file, visit func(c Concept, i int, alt []string, loc []Localized)) {
	for i := range f.Roles {
		r := &f.Roles[i]
		visit(Concept{KindRole, r.ID, r.Name}, i, r.AltNames, r.Localized)
	}
	for i := range f.Skills {
		s := &f.Skills[i]
		visit(Concept{KindSkill, s.ID, s.Name}, i, s.AltNames, s.Localized)
	}
	for i := range f.Responsibilities {
		r := &f.Responsibilities[i]
		visit(Concept{KindResponsibility, r.ID, r.Name}, i, r.AltNames, r.Localized)
	}
	for i := range f.Occupations {
		o := &f.Occupations[i]
		visit(Concept{KindOccupation, o.ID, o.Name}, i, o.AltNames, o.Localized)
	}
}

// Version returns the version of the taxonomy's data, as its file states it.
func (t *Taxonomy) Version() string { return t.f.Version }

// Roles returns every role, sorted by ID.
func (t *Taxonomy) Roles() []Role { return listOf(t.f.Roles) }

// Role returns the role with the given ID.
func (t *Taxonomy) Role(id string) (Role, bool) { return byID(t.roleAt, t.f.Roles, id) }

// Responsibilities returns every responsibility, sorted by ID.
func (t *Taxonomy) Responsibilities() []Responsibility { return listOf(t.f.Responsibilities) }

// Responsibility returns the responsibility with the given ID.
func (t *Taxonomy) Responsibility(id string) (Responsibility, bool) {
	return byID(t.respAt, t.f.Responsibilities, id)
}

// Occupations returns every occupation, sorted by ID: the jobs outside the
// taxonomy's roles that it knows by their titles.
func (t *Taxonomy) Occupations() []Occupation { return listOf(t.f.Occupations) }

// Occupation returns the occupation with the given ID.
func (t *Taxonomy) Occupation(id string) (Occupation, bool) {
	return byID(t.occAt, t.f.Occupations, id)
}

// HiringCues returns the cues that point a hiring need to a role, sorted by
// ID.
func (t *Taxonomy) HiringCues() []HiringCue {
	out := listOf(t.f.HiringCues)
	slices.SortFunc(out, func(a, b HiringCue) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// QualifierCues returns the phrases that tell whether a text requires,
// prefers or negates what it mentions.
func (t *Taxonomy) QualifierCues() QualifierCues {
	q := t.f.Qualifiers
	return QualifierCues{
		Preferred:    slices.Clone(q.Preferred),
		Required:     slices.Clone(q.Required),
		Negated:      slices.Clone(q.Negated),
		NegatedAfter: slices.Clone(q.NegatedAfter),
		NotNegating:  slices.Clone(q.NotNegating),
		Localized:    cloneEach(q.Localized),
	}
}

// Lookup finds a concept by its ID or by any of its names, localized names
// included; the Concept it returns has the concept's own Name. Names are
// compared without regard to case, and runs of spaces, hyphens and other
// separators count as one space, so "Back-end developer" finds
// backend-developer. IDs are tried first, as spelled; an ID in another case
// is found last, after the names, so that "Communication" finds the skill
// communication by its ID, and a name that folds to another concept's ID
// keeps finding its own concept.
func (t *Taxonomy) Lookup(idOrName string) (Concept, bool) {
	if c, ok := t.lookupID(idOrName); ok {
		return c, true
	}
	if c, ok := t.orEmpty().asNamed()[idOrName]; ok {
		return c, true // spelled as the data spells it: no need to fold
	}
	if c, ok := t.orEmpty().byName()[nameKey(idOrName)]; ok {
		return c, true
	}
	if lower := strings.ToLower(idOrName); lower != idOrName {
		return t.lookupID(lower) // IDs are lower case (see the schema)
	}
	return Concept{}, false
}

// lookupID finds a concept by its ID, as spelled.
func (t *Taxonomy) lookupID(idOrName string) (Concept, bool) {
	if i, ok := t.roleAt[idOrName]; ok {
		r := t.f.Roles[i]
		return Concept{KindRole, r.ID, r.Name}, true
	}
	if i, ok := t.skillAt[idOrName]; ok {
		s := t.f.Skills[i]
		return Concept{KindSkill, s.ID, s.Name}, true
	}
	if i, ok := t.respAt[idOrName]; ok {
		r := t.f.Responsibilities[i]
		return Concept{KindResponsibility, r.ID, r.Name}, true
	}
	if i, ok := t.occAt[idOrName]; ok {
		o := t.f.Occupations[i]
		return Concept{KindOccupation, o.ID, o.Name}, true
	}
	return Concept{}, false
}

// cloner is a type whose clone method returns a deep copy of its value:
// one that shares no memory with it.
type cloner[T any] interface{ clone() T }

// cloneEach returns a new slice holding a deep copy of each item. Like
// [slices.Clone] it keeps nil as nil, so that a copy of a concept compares
// equal to the concept.
func cloneEach[T cloner[T]](items []T) []T {
	if items == nil {
		return nil
	}
	out := make([]T, len(items))
	for i, it := range items {
		out[i] = it.clone()
	}
	return out
}

// listOf returns deep copies of items, and an empty slice rather than nil
// when there are none: what the methods that list concepts return.
func listOf[T cloner[T]](items []T) []T {
	if items == nil {
		return []T{}
	}
	return cloneEach(items)
}

// byID returns a deep copy of the item whose index at holds for id.
func byID[T cloner[T]](at map[string]int, items []T, id string) (T, bool) {
	i, ok := at[id]
	if !ok {
		var zero T
		return zero, false
	}
	return items[i].clone(), true
}

func (r Role) clone() Role {
	r.AltNames = slices.Clone(r.AltNames)
	r.NameRules = cloneEach(r.NameRules)
	r.Skills = slices.Clone(r.Skills)
	r.Responsibilities = slices.Clone(r.Responsibilities)
	r.Relations = slices.Clone(r.Relations)
	r.Crosswalk = slices.Clone(r.Crosswalk)
	r.Localized = cloneEach(r.Localized)
	return r
}

func (r Responsibility) clone() Responsibility {
	r.AltNames = slices.Clone(r.AltNames)
	r.NameRules = cloneEach(r.NameRules)
	r.Skills = slices.Clone(r.Skills)
	r.Localized = cloneEach(r.Localized)
	return r
}

func (o Occupation) clone() Occupation {
	o.AltNames = slices.Clone(o.AltNames)
	o.NameRules = cloneEach(o.NameRules)
	o.Localized = cloneEach(o.Localized)
	return o
}

func (c HiringCue) clone() HiringCue {
	c.Phrases = slices.Clone(c.Phrases)
	return c
}

func (r NameRule) clone() NameRule {
	r.Context = slices.Clone(r.Context)
	r.NotWithin = slices.Clone(r.NotWithin)
	return r
}

// trimBOM drops a UTF-8 byte order mark, which some editors write.
func trimBOM(data []byte) []byte { return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) }
