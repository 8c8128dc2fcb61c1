package roles

import (
	"slices"
	"strings"
)

// SkillType says what sort of thing a skill is.
type SkillType string

// The types of skill. Competencies are the broad abilities the article names;
// the other types are concrete things that postings name, each linked to the
// competencies it serves through [Skill.Broader].
const (
	SkillTypeCompetency SkillType = "competency" // a broad ability: "integrating data sources and databases"
	SkillTypeLanguage   SkillType = "language"   // a programming, markup or query language: Go, SQL, HTML
	SkillTypeFramework  SkillType = "framework"  // a framework or runtime: Django, Spring, Node.js
	SkillTypeDatabase   SkillType = "database"   // a data store: PostgreSQL, Redis, Kafka
	SkillTypePlatform   SkillType = "platform"   // a cloud or operating platform: AWS, Linux, Kubernetes
	SkillTypeTool       SkillType = "tool"       // a tool: Git, Docker, Terraform
	SkillTypeProtocol   SkillType = "protocol"   // a protocol or API style: REST, gRPC, OAuth
	SkillTypePractice   SkillType = "practice"   // a way of working: code review, TDD, debugging
	SkillTypeStandard   SkillType = "standard"   // a regulation or standard: GDPR, PCI DSS
)

// Skill is a competency or a concrete technology. Skills form a hierarchy:
// a skill's Broader skills are the competencies it serves (PostgreSQL serves
// "integrating data sources and databases"); see [Taxonomy.Narrower] for the
// other direction.
type Skill struct {
	ID          string      `json:"id"`                  // stable, lowercase kebab-case, unique in the taxonomy
	Name        string      `json:"name"`                // the preferred name: "PostgreSQL"
	AltNames    []string    `json:"altNames,omitempty"`  // other names text uses: "Postgres"
	NameRules   []NameRule  `json:"nameRules,omitempty"` // when a name counts as a mention in text
	Type        SkillType   `json:"type"`                // what sort of skill it is
	Description string      `json:"description"`         // the skill, in our own words
	Localized   []Localized `json:"localized,omitempty"` // names and description by language
	Broader     []string    `json:"broader,omitempty"`   // IDs of the skills it serves
	Provenance  Provenance  `json:"provenance"`          // where the skill comes from
}

func (s Skill) clone() Skill {
	s.AltNames = slices.Clone(s.AltNames)
	s.NameRules = cloneEach(s.NameRules)
	s.Broader = slices.Clone(s.Broader)
	s.Localized = cloneEach(s.Localized)
	return s
}

// Skills returns every skill, sorted by ID.
func (t *Taxonomy) Skills() []Skill { return listOf(t.f.Skills) }

// Skill returns the skill with the given ID.
func (t *Taxonomy) Skill(id string) (Skill, bool) { return byID(t.skillAt, t.f.Skills, id) }

// Narrower returns the skills directly under the skill with the given ID,
// sorted by ID: the concrete technologies of a competency, say. It returns
// nil when the skill has none or does not exist.
func (t *Taxonomy) Narrower(id string) []Skill { return t.skillsOf(t.narrower[id]) }

// Broader returns the skills directly above the skill with the given ID,
// sorted by ID. It returns nil when the skill has none or does not exist.
func (t *Taxonomy) Broader(id string) []Skill {
	i, ok := t.skillAt[id]
	if !ok {
		return nil
	}
	return t.skillsOf(slices.Sorted(slices.Values(t.f.Skills[i].Broader)))
}

// skillsOf returns copies of the skills with the given IDs, in their order,
// or nil for none.
func (t *Taxonomy) skillsOf(ids []string) []Skill {
	if len(ids) == 0 {
		return nil
	}
	out := make([]Skill, len(ids))
	for i, id := range ids {
		out[i] = t.f.Skills[t.skillAt[id]].clone()
	}
	return out
}

// RoleSkills returns the skills the role with the given ID requires, with
// their requirement and importance, essential skills first, then by
// importance (highest first), then by ID. It returns nil for an unknown role.
func (t *Taxonomy) RoleSkills(roleID string) []RoleSkill {
	i, ok := t.roleAt[roleID]
	if !ok {
		return nil
	}
	out := slices.Clone(t.f.Roles[i].Skills)
	slices.SortFunc(out, compareRoleSkills)
	return out
}

func compareRoleSkills(a, b RoleSkill) int {
	if a.Requirement != b.Requirement {
		if a.Requirement == RequirementEssential {
			return -1
		}
		return 1
	}
	if a.Importance != b.Importance {
		return b.Importance - a.Importance
	}
	return strings.Compare(a.Skill, b.Skill)
}

// nameKey folds a name to the form under which names are compared: its
// tokens, as the text scanner reads them, folded to lower case and joined by
// single spaces. So "Back-end  Developer" and "back end developer" share a
// key, and "C++", "C#", "Node.js" and ".NET" keep theirs.
func nameKey(s string) string {
	_, toks := nameTokens(s)
	return strings.Join(toks, " ")
}
