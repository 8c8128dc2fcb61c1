package roles_test

import (
	"fmt"
	"log"

	"github.com/openroles/roles"
)

// acmeOverlay is what an HR tool keeps beside its code: its own role, its
// in-house tool as a skill, and the title its postings give an existing role.
const acmeOverlay = `{
  "version": "acme-2026.11",
  "add": {
    "skills": [{
      "id": "shipit",
      "name": "ShipIt",
      "altNames": ["ShipIt CD"],
      "type": "tool",
      "description": "Acme's in-house deployment pipeline.",
      "broader": ["web-platform-knowledge"],
      "provenance": {"source": "extension"}
    }],
    "roles": [{
      "id": "frontend-developer",
      "name": "Frontend Developer",
      "altNames": ["front-end developer", "UI developer"],
      "description": "Builds the parts of web apps that users see.",
      "skills": [
        {"skill": "web-platform-knowledge", "requirement": "essential", "importance": 5},
        {"skill": "cross-platform-compatibility", "requirement": "essential", "importance": 4},
        {"skill": "apis", "requirement": "optional", "importance": 3},
        {"skill": "shipit", "requirement": "optional", "importance": 2}
      ],
      "responsibilities": ["optimize-ui-performance"],
      "provenance": {"source": "extension"}
    }]
  },
  "extend": [
    {"id": "backend-developer", "altNames": ["services developer"],
      "skills": [{"skill": "shipit", "requirement": "optional", "importance": 2}]}
  ]
}`

// asks tells whether a role requires a skill.
func asks(t *roles.Taxonomy, roleID, skillID string) bool {
	for _, rs := range t.RoleSkills(roleID) {
		if rs.Skill == skillID {
			return true
		}
	}
	return false
}

// This example adds a Frontend Developer role and an in-house tool to the
// embedded taxonomy, and a job title of its own to the Backend Developer,
// then ranks a posting with the result. The embedded taxonomy is left as it
// was.
func Example_customTaxonomy() {
	acme, err := roles.Default().Overlay([]byte(acmeOverlay))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("version:", acme.Version())

	// The new role is found by any of its names, in any case or spelling.
	c, _ := acme.Lookup("Front-End Developer")
	fmt.Println(c.Kind, c.ID)
	for _, rs := range acme.RoleSkills("frontend-developer") {
		s, _ := acme.Skill(rs.Skill)
		fmt.Printf("  %-9s %d %s\n", rs.Requirement, rs.Importance, s.Name)
	}

	// The in-house tool is a skill like any other, under a competency.
	c, _ = acme.Lookup("shipit cd")
	fmt.Println(c.Kind, c.ID, "under", acme.Broader(c.ID)[0].Name)

	// An existing role under a new name, now asking for the tool too.
	c, _ = acme.Lookup("Services Developer")
	fmt.Println(c.Kind, c.ID, "asks for shipit:", asks(acme, c.ID, "shipit"))

	// The embedded taxonomy does not know any of it.
	_, found := roles.Default().Lookup("Frontend Developer")
	fmt.Println("in the default taxonomy:", found)

	// Rank a posting with the result: the new role and the new tool count.
	posting := "UI developer wanted: HTML5, CSS3 and TypeScript, cross-browser compatibility, deploys with ShipIt."
	for _, m := range acme.RankText(posting) {
		fmt.Printf("%-18s %.2f\n", m.Role, m.Score)
	}
	// Output:
	// version: acme-2026.11
	// role frontend-developer
	//   essential 5 Web platform knowledge
	//   essential 4 Cross-platform compatibility
	//   optional  3 APIs
	//   optional  2 ShipIt
	// skill shipit under Web platform knowledge
	// role backend-developer asks for shipit: true
	// in the default taxonomy: false
	// frontend-developer 0.70
	// backend-developer  0.19
	// backend-engineer   0.10
}
