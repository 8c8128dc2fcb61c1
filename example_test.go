package roles_test

import (
	"errors"
	"fmt"

	"github.com/openroles/roles"
)

// Default gives the embedded taxonomy: the article's two roles, what they
// require, and the contrast roles beside them (provenance "extension").
func ExampleDefault() {
	t := roles.Default()
	for _, r := range t.Roles() {
		fmt.Printf("%s (%s, %s): %d skills, %d responsibilities\n", r.Name, r.ID, r.Provenance.Source, len(r.Skills), len(r.Responsibilities))
	}
	dev, _ := t.Role("backend-developer")
	for _, rel := range dev.Relations {
		fmt.Println(dev.ID, rel.Type, rel.Role)
	}
	// Output:
	// Backend Developer (backend-developer, article): 9 skills, 10 responsibilities
	// Backend Engineer (backend-engineer, article): 9 skills, 12 responsibilities
	// Data Engineer (data-engineer, extension): 25 skills, 3 responsibilities
	// Data Scientist (data-scientist, extension): 20 skills, 2 responsibilities
	// DevOps Engineer (devops-engineer, extension): 29 skills, 4 responsibilities
	// Frontend Developer (frontend-developer, extension): 23 skills, 3 responsibilities
	// Full-Stack Developer (fullstack-developer, extension): 22 skills, 5 responsibilities
	// Mobile Developer (mobile-developer, extension): 18 skills, 3 responsibilities
	// QA Engineer (qa-engineer, extension): 21 skills, 3 responsibilities
	// Security Engineer (security-engineer, extension): 19 skills, 2 responsibilities
	// backend-developer works-on-foundation-of backend-engineer
}

// Parse builds a caller's taxonomy from JSON in the schema's format.
func ExampleParse() {
	t, err := roles.Parse([]byte(`{
		"version": "2026.1",
		"roles": [{
			"id": "site-reliability-engineer", "name": "Site Reliability Engineer", "altNames": ["SRE"],
			"description": "Keeps production reliable.",
			"skills": [{"skill": "observability", "requirement": "essential", "importance": 5}],
			"responsibilities": [],
			"provenance": {"source": "extension"}
		}],
		"skills": [{
			"id": "observability", "name": "Observability", "altNames": ["monitoring"],
			"type": "practice", "description": "Seeing what a running system does.",
			"provenance": {"source": "extension"}
		}],
		"responsibilities": [],
		"hiringCues": [],
		"qualifiers": {"preferred": ["nice to have"], "required": ["requirements"], "negated": ["no"], "negatedAfter": ["not required"]}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := t.Lookup("sre")
	fmt.Println(t.Version(), c.Kind, c.ID)
	for _, rs := range t.RoleSkills(c.ID) {
		fmt.Println(rs.Skill, rs.Requirement, rs.Importance)
	}
	// Output:
	// 2026.1 role site-reliability-engineer
	// observability essential 5
}

// A taxonomy with problems gives one *Error listing all of them, each at
// its JSON pointer, sorted.
func ExampleParse_errors() {
	_, err := roles.Parse([]byte(`{
		"version": "1",
		"roles": [],
		"skills": [
			{"id": "go", "name": "Go", "type": "language", "description": "Go.",
			 "broader": ["programming"], "provenance": {"source": "extension"}},
			{"id": "golang", "name": "Golang", "type": "language", "description": "Go again.",
			 "altNames": ["GO"], "provenance": {"source": "extension"}}
		],
		"responsibilities": [],
		"hiringCues": [],
		"qualifiers": {"preferred": [], "required": [], "negated": [], "negatedAfter": []}
	}`))
	fmt.Println(err)
	var e *roles.Error
	if errors.As(err, &e) {
		fmt.Println(len(e.Problems), "problems; first at", e.Problems[0].Path)
	}
	// Output:
	// roles: invalid taxonomy: 2 problems:
	// 	/skills/0/broader/0: unknown skill "programming"
	// 	/skills/1/altNames/0: name "GO" is also a name of "go" (at /skills/0/name)
	// 2 problems; first at /skills/0/broader/0
}

// Lookup finds a concept by ID or by any of its names, whatever the case
// and the separators.
func ExampleTaxonomy_Lookup() {
	t := roles.Default()
	for _, q := range []string{"Golang", "back-end engineer", "Back End Developer", "postgres", "data storage solutions", "Fortran"} {
		c, ok := t.Lookup(q)
		fmt.Printf("%-24q %v %s %s\n", q, ok, c.Kind, c.ID)
	}
	// Output:
	// "Golang"                 true skill go
	// "back-end engineer"      true role backend-engineer
	// "Back End Developer"     true role backend-developer
	// "postgres"               true skill postgresql
	// "data storage solutions" true responsibility data-storage-solutions
	// "Fortran"                false
}

// Extract finds what a posting mentions in the embedded taxonomy, and how it
// means it. Ordinary words that look like skills ("go live", "the rest of
// the team") are not mentions.
func ExampleExtract() {
	posting := "Backend Engineer (Go, PostgreSQL/MySQL). Kafka is a plus; no PHP. " +
		"You'll go live with the rest of the team. Docs: https://golang.org/doc"
	for _, m := range roles.Extract(posting) {
		fmt.Printf("%-16s %-10s %q\n", m.ID, m.Qualifier, posting[m.Start:m.End])
	}
	// Output:
	// backend-engineer required   "Backend Engineer"
	// go               required   "Go"
	// postgresql       required   "PostgreSQL"
	// mysql            required   "MySQL"
	// kafka            preferred  "Kafka"
	// php              negated    "PHP"
}

// RankText ranks the roles against a resume's text. The score says how much
// of each role the text covers; the evidence says why. The three
// best-covered roles are shown.
func ExampleRankText() {
	resume := `Back-end developer. Five years maintaining a Laravel/PHP shop:
fixed bugs, kept the MySQL database fast, built features, wrote unit tests.
Single sign-on with SAML. JavaScript and HTML5 for the templates.`
	for _, m := range roles.RankText(resume)[:3] {
		fmt.Printf("%s %.2f\n", m.Role, m.Score)
	}
	best := roles.RankText(resume)[0]
	for _, c := range best.Matched[:3] {
		e := c.Evidence[0]
		fmt.Printf("  %s ← %q via %v\n", c.ID, resume[e.Mentions[0].Start:e.Mentions[0].End], e.Via)
	}
	// Output:
	// backend-developer 0.64
	// backend-engineer 0.41
	// fullstack-developer 0.35
	//   clean-code ← "unit tests" via [clean-code]
	//   data-integration ← "MySQL" via [data-integration]
	//   cross-system-authentication ← "SAML" via [cross-system-authentication]
}

// Narrower and Broader walk the skill hierarchy: the competencies of the
// article and the technologies under them.
func ExampleTaxonomy_Broader() {
	t := roles.Default()
	for _, s := range t.Broader("postgresql") {
		fmt.Println("PostgreSQL serves:", s.ID)
	}
	for _, s := range t.Narrower("backend-development")[:3] {
		fmt.Println("under back-end development:", s.ID)
	}
	// Output:
	// PostgreSQL serves: data-integration
	// PostgreSQL serves: relational-databases
	// under back-end development: accessibility-compliance
	// under back-end development: agile
	// under back-end development: apis
}
