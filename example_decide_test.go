package roles_test

import (
	"fmt"

	"github.com/openroles/roles"
)

func ExampleDecide() {
	posting := `Backend Developer
Northwind Logistics

We are starting from scratch: you will design the architecture of our new
routing service, build the foundation the product teams build on, and create
reusable code libraries. Kotlin, PostgreSQL, Redis.`

	d := roles.Decide(posting)
	fmt.Printf("%s %.2f, leaning %+.2f\n", d.Role, d.Confidence, d.Leaning)
	for _, s := range d.LeaningEvidence {
		fmt.Printf("  %+.1f %s: %q\n", s.Weight, s.ID, posting[s.Mention.Start:s.Mention.End])
	}
	// Output:
	// backend-engineer 1.00, leaning +0.52
	//   +1.0 build-application-structure: "design the architecture"
	//   +1.0 create-reusable-code-libraries: "teams build on"
	//   -0.3 backend-developer: "Backend Developer"
}

// A text about none of the roles gets none, whatever its company paragraph
// names; Decision.None is how sure that is.
func ExampleDecide_none() {
	posting := `Senior Product Manager, Payments

You will own the roadmap of our checkout and talk to merchants every week.
About us: our platform runs on Go, Kafka, PostgreSQL and Kubernetes on AWS.`

	d := roles.Decide(posting)
	fmt.Printf("role %q, none %.2f, runner-up %s\n", d.Role, d.None, d.RunnerUp)
	fmt.Println("first evidence:", d.Evidence[0].ID, d.Evidence[0].Title)
	// Output:
	// role "", none 0.98, runner-up backend-developer
	// first evidence: product-manager true
}

// Scan once, then both decide and rank: the fit says which role the text is
// about, the coverage how much of each role it shows.
func ExampleTaxonomy_DecideMentions() {
	t := roles.Default()
	posting := "Frontend Developer\n\nReact, TypeScript and CSS; Node.js is a plus."
	ms := t.Extract(posting)
	d := t.DecideMentions(posting, ms)
	coverage := map[string]float64{}
	for _, m := range t.RankMentions(ms) {
		coverage[m.Role] = m.Score
	}
	for _, r := range d.Roles[:3] {
		fmt.Printf("%-20s fit %.2f  coverage %.2f\n", r.Role, r.Fit, coverage[r.Role])
	}
	// Output:
	// frontend-developer   fit 0.99  coverage 0.34
	// fullstack-developer  fit 0.00  coverage 0.30
	// backend-developer    fit 0.00  coverage 0.15
}

func ExampleDecideProfile() {
	d, err := roles.DecideProfile(roles.Profile{
		Skills:           []roles.ProfileSkill{{Skill: "Kubernetes"}, {Skill: "Terraform"}, {Skill: "Prometheus"}},
		Responsibilities: []string{"on-call rotation"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %.2f\n", d.Role, d.Confidence)
	// Output:
	// devops-engineer 0.58
}
