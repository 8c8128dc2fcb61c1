package roles_test

import (
	"fmt"
	"strings"

	"github.com/openroles/roles"
)

// shopJSON is a small custom taxonomy for the examples: a keeper who runs a
// shop's existing app and a builder who designs its platform.
const shopJSON = `{
  "version": "shop-1",
  "roles": [
    {"id": "keeper", "name": "Shop Keeper", "description": "Keeps the shop's app running.",
     "skills": [
       {"skill": "storage", "requirement": "essential", "importance": 5},
       {"skill": "auth", "requirement": "essential", "importance": 3},
       {"skill": "lang", "requirement": "optional", "importance": 2}],
     "responsibilities": ["fix-bugs"],
     "relations": [{"type": "works-on-foundation-of", "role": "builder", "provenance": {"source": "extension"}}],
     "provenance": {"source": "extension"}},
    {"id": "builder", "name": "Shop Builder", "description": "Builds the shop's platform.",
     "skills": [
       {"skill": "lang", "requirement": "essential", "importance": 5},
       {"skill": "sql", "requirement": "essential", "importance": 4}],
     "responsibilities": ["design-systems"],
     "relations": [{"type": "builds-foundation-for", "role": "keeper", "description": "Builds what the keeper runs.", "provenance": {"source": "extension"}}],
     "provenance": {"source": "extension"}}
  ],
  "skills": [
    {"id": "storage", "name": "Data storage", "type": "competency", "description": "Storing data.", "provenance": {"source": "extension"}},
    {"id": "sql", "name": "SQL databases", "type": "competency", "description": "Relational databases.", "broader": ["storage"], "provenance": {"source": "extension"}},
    {"id": "pg", "name": "PostgreSQL", "altNames": ["Postgres"], "type": "database", "description": "A database.", "broader": ["sql"], "provenance": {"source": "extension"}},
    {"id": "lang", "name": "Server languages", "type": "competency", "description": "Languages.", "provenance": {"source": "extension"}},
    {"id": "golang", "name": "Go", "type": "language", "description": "A language.", "broader": ["lang"], "provenance": {"source": "extension"}},
    {"id": "python", "name": "Python", "type": "language", "description": "A language.", "broader": ["lang"], "provenance": {"source": "extension"}},
    {"id": "auth", "name": "Authentication", "type": "competency", "description": "Who is who.", "provenance": {"source": "extension"}}
  ],
  "responsibilities": [
    {"id": "fix-bugs", "name": "Fixing bugs", "description": "Fixing bugs.", "skills": ["lang"], "provenance": {"source": "extension"}},
    {"id": "design-systems", "name": "Designing systems", "description": "Designing systems.", "skills": ["storage"], "provenance": {"source": "extension"}}
  ],
  "hiringCues": [
    {"id": "plan", "role": "builder", "phrases": ["plan", "roadmap"], "weight": 5, "provenance": {"source": "extension"}},
    {"id": "maintain", "role": "keeper", "phrases": ["maintain", "existing app"], "weight": 4, "provenance": {"source": "extension"}}
  ],
  "qualifiers": {"preferred": ["nice to have"], "required": ["requirements"], "negated": ["no", "not"], "negatedAfter": ["not required"]}
}`

func shop() *roles.Taxonomy {
	t, err := roles.Parse([]byte(shopJSON))
	if err != nil {
		panic(err)
	}
	return t
}

// A candidate who knows Postgres and Go fits the builder best: Go counts 0.8
// toward "server languages" (one step up) and PostgreSQL 0.8 toward "SQL
// databases", so the builder's skills are 0.8 covered and the score is
// 0.75 × 0.8, the skills' share of it (the rest is responsibilities). For
// the keeper, PostgreSQL is two steps under "data storage" (0.64) and
// authentication is missing: (10×0.64 + 2×0.8) / 18 × 0.75 = 0.33.
func ExampleTaxonomy_Rank() {
	t := shop()
	matches, err := t.Rank(roles.Profile{Skills: []roles.ProfileSkill{
		{Skill: "Postgres", Years: 5},
		{Skill: "go"}, // "go" is no ID here: found by name
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range matches {
		fmt.Printf("%s %.2f\n", m.Role, m.Score)
		for _, c := range m.Matched {
			for _, e := range c.Evidence {
				fmt.Printf("  %s ← %s via %v (%.2f, entry %d)\n", c.ID, e.ID, e.Via, e.Weight, e.Entry)
			}
		}
		for _, c := range m.Missing {
			if c.Kind == roles.KindSkill {
				fmt.Printf("  missing %s (%s)\n", c.ID, c.Requirement)
			}
		}
	}
	// Output:
	// builder 0.60
	//   lang ← golang via [lang] (0.80, entry 1)
	//   sql ← pg via [sql] (0.80, entry 0)
	// keeper 0.33
	//   storage ← pg via [sql storage] (0.64, entry 0)
	//   lang ← golang via [lang] (0.80, entry 1)
	//   missing auth (essential)
}

// Unknown skills are all reported at once, each with its place in the
// profile.
func ExampleTaxonomy_Rank_errors() {
	_, err := shop().Rank(roles.Profile{Skills: []roles.ProfileSkill{
		{Skill: "Go"}, {Skill: "Pyhton"}, {Skill: "Shop Keeper"}, {Skill: "sql", Level: 9},
	}})
	fmt.Println(err)
	// Output:
	// roles: invalid profile: 3 problems:
	//	/skills/1: unknown skill "Pyhton"
	//	/skills/2: "Shop Keeper" is a role, not a skill
	//	/skills/3/level: level 9 is not between 0 and 5
}

// RankProfile leaves out what the taxonomy does not know, as a resume's
// keyword list always has some, and lists it with each entry's place.
func ExampleTaxonomy_RankProfile() {
	r, err := shop().RankProfile(roles.Profile{Skills: []roles.ProfileSkill{
		{Skill: "Go", Years: 3}, {Skill: "Figma"}, {Skill: "PG"}, {Skill: "Shop Keeper"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range r.Matches {
		fmt.Printf("%s %.2f\n", m.Role, m.Score)
	}
	for _, u := range r.Unknown {
		fmt.Println(u.Code, u)
	}
	// Output:
	// builder 0.60
	// keeper 0.33
	// unknown-skill /skills/1: unknown skill "Figma"
	// wrong-kind /skills/3: "Shop Keeper" is a role, not a skill
}

// Mentions found in a text rank the roles with their offsets kept as
// evidence. A negated mention counts against the roles that need the skill,
// a preferred one counts half, and a responsibility counts toward the roles
// that carry it. (Here the mentions are built by hand; text extraction
// finds them.)
func ExampleTaxonomy_RankMentions() {
	text := "We run our shop on PostgreSQL. You will be fixing bugs. Python is nice to have. No authentication work."
	at := func(kind roles.Kind, id, name string, q roles.Qualifier) roles.Mention {
		i := strings.Index(text, name)
		return roles.Mention{Kind: kind, ID: id, Start: i, End: i + len(name), Name: name, Qualifier: q}
	}
	ms := []roles.Mention{
		at(roles.KindSkill, "pg", "PostgreSQL", roles.QualifierRequired),
		at(roles.KindResponsibility, "fix-bugs", "fixing bugs", roles.QualifierRequired),
		at(roles.KindSkill, "python", "Python", roles.QualifierPreferred),
		at(roles.KindSkill, "auth", "authentication", roles.QualifierNegated),
	}
	for _, m := range shop().RankMentions(ms) {
		fmt.Printf("%s %.2f (skills %.2f, responsibilities %.2f)\n", m.Role, m.Score, m.Skills, m.Responsibilities)
		for _, list := range [][]roles.Coverage{m.Matched, m.Missing} {
			for _, c := range list {
				for _, e := range c.Evidence {
					for _, mm := range e.Mentions {
						fmt.Printf("  %s %+.2f from %q at %d\n", c.ID, e.Weight, text[mm.Start:mm.End], mm.Start)
					}
				}
			}
		}
	}
	// Output:
	// builder 0.43 (skills 0.58, responsibilities 0.00)
	//   lang +0.40 from "Python" at 56
	//   sql +0.80 from "PostgreSQL" at 19
	// keeper 0.30 (skills 0.07, responsibilities 1.00)
	//   storage +0.64 from "PostgreSQL" at 19
	//   lang +0.40 from "Python" at 56
	//   fix-bugs +1.00 from "fixing bugs" at 43
	//   auth -1.00 from "authentication" at 83
}

// Gaps lists what a candidate lacks for a role, essential skills first, with
// the concrete skills that would fill each.
func ExampleTaxonomy_Gaps() {
	gaps, err := shop().Gaps(roles.Profile{Skills: []roles.ProfileSkill{{Skill: "Python"}}}, "builder")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range gaps {
		fmt.Printf("%s (%s, importance %d)", g.Name, g.Requirement, g.Importance)
		for _, o := range g.Options {
			fmt.Printf(" · %s", o.Name)
		}
		fmt.Println()
	}
	// Output:
	// SQL databases (essential, importance 4) · PostgreSQL
}

// GapsFor holds a candidate against one posting: what the posting asks
// that the profile does not show, and the years it asks of a skill that the
// profile shows for fewer. (The mentions are built by hand here, with the
// years a posting saying "5+ years of Go" asks; text extraction finds
// them.)
func ExampleTaxonomy_GapsFor() {
	posting := []roles.Mention{
		{Kind: roles.KindSkill, ID: "golang", Name: "Go", Qualifier: roles.QualifierRequired, Years: 5},
		{Kind: roles.KindSkill, ID: "sql", Name: "SQL databases", Qualifier: roles.QualifierRequired, Years: 2},
		{Kind: roles.KindSkill, ID: "auth", Name: "authentication", Qualifier: roles.QualifierPreferred},
	}
	gaps, err := shop().GapsFor(posting, roles.Profile{Skills: []roles.ProfileSkill{
		{Skill: "Go", Years: 2},
		{Skill: "Postgres", Years: 4}, // counts toward SQL databases
		{Skill: "Figma"},              // unknown here: counts for nothing
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range gaps {
		if g.HaveYears > 0 {
			fmt.Printf("%s (%s): %g years, asked %g\n", g.Name, g.Requirement, g.HaveYears, g.WantYears)
		} else {
			fmt.Printf("%s (%s): missing\n", g.Name, g.Requirement)
		}
	}
	// Output:
	// Go (essential): 2 years, asked 5
	// Authentication (optional): missing
}

// Two roles of a custom taxonomy side by side.
func ExampleTaxonomy_Compare() {
	c, err := shop().Compare("builder", "keeper")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(c)
	// Output:
	// Shop Builder (builder) vs Shop Keeper (keeper)
	//
	// Shop Builder builds the foundation for Shop Keeper: Builds what the keeper runs.
	// Shop Keeper works on the foundation of Shop Builder
	//
	// Skills               Shop Builder  Shop Keeper
	//   Server languages   essential 5   optional 2
	//   SQL databases      essential 4   -
	//   Data storage       -             essential 5
	//   Authentication     -             essential 3
	//
	// Responsibilities     Shop Builder  Shop Keeper
	//   Designing systems  yes           -
	//   Fixing bugs        -             yes
}

// The article's two roles: the engineer builds the foundation the developer
// works on; both need server-side logic, the engineer leads on it.
func ExampleCompare() {
	c, err := roles.Compare("backend-engineer", "backend-developer")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rel := range c.AToB {
		fmt.Println(c.A.Name, rel.Type, c.B.Name)
	}
	for _, s := range c.SharedSkills {
		if s.Skill.ID == "server-side-logic" {
			fmt.Printf("%s: %s %d vs %s %d\n", s.Skill.Name, s.A.Requirement, s.A.Importance, s.B.Requirement, s.B.Importance)
		}
	}
	_, err = roles.Compare("backend-engineer", "game-developer")
	fmt.Println(err)
	// Output:
	// Backend Engineer builds-foundation-for Backend Developer
	// Server-side logic: essential 5 vs essential 4
	// roles: invalid argument: unknown role "game-developer"
}

// Advice on hiring needs, with the cues found and where.
func ExampleTaxonomy_Advise() {
	t := shop()
	for _, need := range []string{
		"We need someone to plan our new platform.",
		"Someone to maintain the existing app; no roadmap needed.",
		"A planet-friendly shop.",
	} {
		a := t.Advise(need)
		fmt.Printf("%q → %q\n", need, a.Role)
		for _, c := range a.Cues {
			fmt.Printf("  %s %q at %d:%d negated=%v\n", c.Cue, need[c.Start:c.End], c.Start, c.End, c.Negated)
		}
	}
	// Output:
	// "We need someone to plan our new platform." → "builder"
	//   plan "plan" at 19:23 negated=false
	// "Someone to maintain the existing app; no roadmap needed." → "keeper"
	//   maintain "maintain" at 11:19 negated=false
	//   maintain "existing app" at 24:36 negated=false
	//   plan "roadmap" at 41:48 negated=true
	// "A planet-friendly shop." → ""
}

// The article's closing advice, on the default taxonomy.
func ExampleAdvise() {
	for _, need := range []string{
		"We need a guided plan for a new product.",
		"We need someone to maintain our existing app long term.",
		"We sell flowers.",
	} {
		fmt.Printf("%q → %q\n", need, roles.Advise(need).Role)
	}
	a, _ := roles.AdviseCues("maintain-existing-app")
	fmt.Println(a.Role)
	// Output:
	// "We need a guided plan for a new product." → "backend-engineer"
	// "We need someone to maintain our existing app long term." → "backend-developer"
	// "We sell flowers." → ""
	// backend-developer
}
