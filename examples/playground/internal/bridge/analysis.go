// Package bridge builds what the playground's page shows, as JSON, from
// the library: the mentions of a text with their offsets in UTF-16 code
// units (the units of JavaScript strings), the decision, the coverage of
// each role, the gaps and the hiring advice; two roles compared; a custom
// overlay or a JSON Resume applied. It is pure Go, so that it is tested on
// the host; the WebAssembly program in ../../wasm only hands the page's
// strings to the functions of api.go and their JSON back.
//
// Names are given in the language the page asks for ("", English, or a
// tag such as "de"), as [roles.Taxonomy.NameIn] finds them; matching always
// uses all the languages of the taxonomy.
package bridge

import (
	"slices"

	"github.com/openroles/roles"
)

// Analysis is everything the page shows for one text.
type Analysis struct {
	Mentions  []Mention       `json:"mentions"`  // in the order of roles.Extract
	Decision  Decision        `json:"decision"`  // from roles.Taxonomy.DecideMentions
	Coverage  []Coverage      `json:"coverage"`  // from roles.Taxonomy.RankMentions, in its order
	Gaps      Gaps            `json:"gaps"`      // for the decided role, else the best covered one
	Advice    Advice          `json:"advice"`    // from roles.Taxonomy.Advise
	Seniority roles.Seniority `json:"seniority"` // from roles.Taxonomy.SeniorityMentions
}

// Mention is a [roles.Mention] with its offsets in UTF-16 code units as
// well as in bytes, its concept's name in the page's language and its
// broader skills.
type Mention struct {
	Kind      roles.Kind      `json:"kind"`
	ID        string          `json:"id"`
	Name      string          `json:"name"`    // the concept's preferred name in the page's language
	Matched   string          `json:"matched"` // the name that matched: roles.Mention.Name
	Lang      string          `json:"lang"`    // the language of Matched: roles.Mention.Lang
	Qualifier roles.Qualifier `json:"qualifier"`
	Years     float64         `json:"years"` // 0 when the text states none
	// Start and End locate the mention in UTF-16 code units, for
	// text.slice(start, end) in JavaScript.
	Start int `json:"start"`
	End   int `json:"end"`
	// ByteStart and ByteEnd are the library's byte offsets.
	ByteStart int `json:"byteStart"`
	ByteEnd   int `json:"byteEnd"`
	// Broader are the skills directly above a skill mentioned, sorted by
	// ID, as roles.Taxonomy.Broader lists them; empty for other kinds.
	Broader []Ref `json:"broader"`
}

// Ref is a concept by ID, with its name in the page's language.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Analyze analyses text with the taxonomy t, naming concepts in lang: it
// extracts the mentions once and hands them to [AnalyzeMentions].
func Analyze(t *roles.Taxonomy, text, lang string) Analysis {
	return AnalyzeMentions(t, text, t.Extract(text), lang)
}

// AnalyzeMentions analyses text from the mentions ms that t found in it
// (by roles.Taxonomy.Extract), naming concepts in lang. ms is not changed.
func AnalyzeMentions(t *roles.Taxonomy, text string, ms []roles.Mention, lang string) Analysis {
	n := namer{t: t, lang: lang}
	a := Analysis{
		Mentions:  n.mentions(text, ms),
		Decision:  n.decision(t.DecideMentions(text, ms)),
		Coverage:  n.coverage(t.RankMentions(ms)),
		Advice:    n.advice(t.Advise(text)),
		Seniority: t.SeniorityMentions(text, ms),
	}
	if a.Seniority.Evidence == nil {
		a.Seniority.Evidence = []roles.SeniorityEvidence{}
	}
	a.Gaps = n.gapsFor(a.Decision.Role, a.Coverage, ms)
	return a
}

// namer names concepts of t in lang.
type namer struct {
	t    *roles.Taxonomy
	lang string
	// broader holds the Broader list of each skill already named.
	broader map[string][]Ref
}

func (n *namer) name(kind roles.Kind, id string) string {
	if id == "" {
		return ""
	}
	return n.t.NameIn(roles.Concept{Kind: kind, ID: id}, n.lang)
}

func (n *namer) role(id string) string { return n.name(roles.KindRole, id) }

func (n *namer) ref(kind roles.Kind, id string) Ref { return Ref{ID: id, Name: n.name(kind, id)} }

// broaderOf returns the skills directly above the skill id, once per skill.
func (n *namer) broaderOf(id string) []Ref {
	if refs, ok := n.broader[id]; ok {
		return refs
	}
	refs := []Ref{}
	for _, s := range n.t.Broader(id) {
		refs = append(refs, Ref{ID: s.ID, Name: s.NameIn(n.lang)})
	}
	if n.broader == nil {
		n.broader = map[string][]Ref{}
	}
	n.broader[id] = refs
	return refs
}

// mentions converts ms, the mentions found in text, with one walk over
// the text for all their UTF-16 offsets.
func (n *namer) mentions(text string, ms []roles.Mention) []Mention {
	offs := make([]int, 0, 2*len(ms))
	for _, m := range ms {
		offs = append(offs, m.Start, m.End)
	}
	units := utf16Offsets(text, offs)
	out := make([]Mention, len(ms))
	for i, m := range ms {
		broader := []Ref{}
		if m.Kind == roles.KindSkill {
			broader = n.broaderOf(m.ID)
		}
		out[i] = Mention{
			Kind: m.Kind, ID: m.ID, Name: n.name(m.Kind, m.ID), Matched: m.Name, Lang: m.Lang,
			Qualifier: m.Qualifier, Years: m.Years,
			Start: units[2*i], End: units[2*i+1], ByteStart: m.Start, ByteEnd: m.End,
			Broader: broader,
		}
	}
	return out
}

// Decision is a [roles.Decision] with names in the page's language.
type Decision struct {
	Role            string    `json:"role"` // "" for no role
	RoleName        string    `json:"roleName"`
	Confidence      float64   `json:"confidence"`
	None            float64   `json:"none"`
	RunnerUp        string    `json:"runnerUp"`
	RunnerUpName    string    `json:"runnerUpName"`
	Leaning         float64   `json:"leaning"`
	Roles           []RoleFit `json:"roles"`
	Evidence        []Signal  `json:"evidence"`
	LeaningEvidence []Signal  `json:"leaningEvidence"`
}

// RoleFit is a [roles.RoleFit] with the role's name in the page's language.
type RoleFit struct {
	Role string  `json:"role"`
	Name string  `json:"name"`
	Fit  float64 `json:"fit"`
}

// Signal is a [roles.Signal]: a concept that moved a decision, and by how
// much.
type Signal struct {
	Kind   roles.Kind `json:"kind"`
	ID     string     `json:"id"`
	Name   string     `json:"name"`
	Weight float64    `json:"weight"`
	Title  bool       `json:"title"` // the concept is the text's title
}

func (n *namer) decision(d roles.Decision) Decision {
	out := Decision{
		Role: d.Role, RoleName: n.role(d.Role), Confidence: d.Confidence, None: d.None,
		RunnerUp: d.RunnerUp, RunnerUpName: n.role(d.RunnerUp), Leaning: d.Leaning,
		Roles:    make([]RoleFit, len(d.Roles)),
		Evidence: n.signals(d.Evidence), LeaningEvidence: n.signals(d.LeaningEvidence),
	}
	for i, f := range d.Roles {
		out.Roles[i] = RoleFit{Role: f.Role, Name: n.role(f.Role), Fit: f.Fit}
	}
	return out
}

func (n *namer) signals(ss []roles.Signal) []Signal {
	out := make([]Signal, len(ss))
	for i, s := range ss {
		out[i] = Signal{Kind: s.Kind, ID: s.ID, Name: n.t.NameIn(s.Concept, n.lang), Weight: s.Weight, Title: s.Title}
	}
	return out
}

// Coverage is a [roles.RoleMatch]: how much of one role the input shows.
type Coverage struct {
	Role    string  `json:"role"`
	Name    string  `json:"name"`
	Score   float64 `json:"score"`
	Matched []Item  `json:"matched"` // what the input shows of the role
	Missing []Item  `json:"missing"` // the role's skills it does not show, and what it rules out
}

// Item is one skill, responsibility or title of a role, as
// [roles.Coverage] gives it.
type Item struct {
	Kind        roles.Kind        `json:"kind"`
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	Requirement roles.Requirement `json:"requirement"` // "" but for skills
	Importance  int               `json:"importance"`  // 0 but for skills
}

func (n *namer) coverage(ms []roles.RoleMatch) []Coverage {
	out := make([]Coverage, len(ms))
	for i, m := range ms {
		out[i] = Coverage{Role: m.Role, Name: n.role(m.Role), Score: m.Score,
			Matched: n.items(m.Matched), Missing: n.items(m.Missing)}
	}
	return out
}

func (n *namer) items(cs []roles.Coverage) []Item {
	out := make([]Item, len(cs))
	for i, c := range cs {
		out[i] = Item{Kind: c.Kind, ID: c.ID, Name: n.name(c.Kind, c.ID), Requirement: c.Requirement, Importance: c.Importance}
	}
	return out
}

// Gaps lists what the input lacks for one role, essential skills first.
type Gaps struct {
	Role     string `json:"role"` // "" when the taxonomy has no role
	RoleName string `json:"roleName"`
	Items    []Gap  `json:"items"`
}

// Gap is a [roles.Gap]: a skill the role requires that the input does not
// show, and the narrower skills that would show it.
type Gap struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	Requirement roles.Requirement `json:"requirement"`
	Importance  int               `json:"importance"`
	RuledOut    bool              `json:"ruledOut"` // the input rules the skill out
	Options     []Ref             `json:"options"`
}

// gapsFor lists the gaps of the mentions ms for role, or, when that is "",
// for the role that cov covers best.
func (n *namer) gapsFor(role string, cov []Coverage, ms []roles.Mention) Gaps {
	if role == "" && len(cov) > 0 {
		role = cov[0].Role
	}
	out := Gaps{Role: role, RoleName: n.role(role), Items: []Gap{}}
	if role == "" {
		return out
	}
	gaps, err := n.t.GapsMentions(ms, role)
	if err != nil { // role comes from t, so t knows it
		panic(err)
	}
	slices.SortStableFunc(gaps, func(a, b roles.Gap) int {
		return essentialFirst(a.Requirement) - essentialFirst(b.Requirement)
	})
	for _, g := range gaps {
		item := Gap{ID: g.Skill, Name: n.name(roles.KindSkill, g.Skill), Requirement: g.Requirement,
			Importance: g.Importance, RuledOut: g.RuledOut, Options: make([]Ref, len(g.Options))}
		for i, o := range g.Options {
			item.Options[i] = n.ref(roles.KindSkill, o.ID)
		}
		out.Items = append(out.Items, item)
	}
	return out
}

func essentialFirst(r roles.Requirement) int {
	if r == roles.RequirementEssential {
		return 0
	}
	return 1
}

// Advice is a [roles.Advice]: the role the text's hiring cues point to.
type Advice struct {
	Role     string  `json:"role"` // "" when the cues do not choose
	RoleName string  `json:"roleName"`
	Leaning  float64 `json:"leaning"`
	Scores   []Score `json:"scores"`
	Cues     []Cue   `json:"cues"`
}

// Score is a [roles.RoleScore]: one role's score for the hiring need.
type Score struct {
	Role  string  `json:"role"`
	Name  string  `json:"name"`
	Score float64 `json:"score"`
}

// Cue is a [roles.CueMatch]: a hiring cue the text shows.
type Cue struct {
	ID      string `json:"id"`      // the cue's ID
	Phrase  string `json:"phrase"`  // the phrase that matched
	Negated bool   `json:"negated"` // the text rules the cue out
	Count   int    `json:"count"`   // how often the text shows the phrase
}

func (n *namer) advice(a roles.Advice) Advice {
	out := Advice{Role: a.Role, RoleName: n.role(a.Role), Leaning: a.Leaning,
		Scores: make([]Score, len(a.Scores)), Cues: make([]Cue, len(a.Cues))}
	for i, s := range a.Scores {
		out.Scores[i] = Score{Role: s.Role, Name: n.role(s.Role), Score: s.Score}
	}
	for i, c := range a.Cues {
		out.Cues[i] = Cue{ID: c.Cue, Phrase: c.Phrase, Negated: c.Negated, Count: c.Count}
	}
	return out
}
