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
      "id": "integration-engineer",
      "name": "Integration Engineer",
      "altNames": ["integrations engineer", "integration developer"],
      "description": "Connects Acme's systems with its partners' APIs.",
      "skills": [
        {"skill": "apis", "requirement": "essential", "importance": 5},
        {"skill": "data-integration", "requirement": "essential", "importance": 4},
        {"skill": "cross-system-authentication", "requirement": "optional", "importance": 3},
        {"skill": "shipit", "requirement": "optional", "importance": 2}
      ],
      "responsibilities": ["debug-and-troubleshoot"],
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

// This example adds an Integration Engineer role and an in-house tool to the
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
	c, _ := acme.Lookup("Integrations Engineer")
	fmt.Println(c.Kind, c.ID)
	for _, rs := range acme.RoleSkills("integration-engineer") {
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
	_, found := roles.Default().Lookup("Integration Engineer")
	fmt.Println("in the default taxonomy:", found)

	// Rank a posting with the result: the new role and the new tool count.
	// The three best-covered roles are shown.
	posting := "Integration developer wanted: REST APIs, webhooks and OAuth between our CRM and our partners; deploys with ShipIt."
	for _, m := range acme.RankText(posting)[:3] {
		fmt.Printf("%-20s %.2f\n", m.Role, m.Score)
	}
	// Output:
	// version: acme-2026.11
	// role integration-engineer
	//   essential 5 APIs
	//   essential 4 Integrating data sources and databases
	//   optional  3 Authentication across systems
	//   optional  2 ShipIt
	// skill shipit under Web platform knowledge
	// role backend-developer asks for shipit: true
	// in the default taxonomy: false
	// integration-engineer 0.51
	// backend-engineer     0.14
	// fullstack-developer  0.14
}
