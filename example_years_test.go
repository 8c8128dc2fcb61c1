package roles_test

import (
	"fmt"
	"time"

	"github.com/openroles/roles"
)

// ExampleExtractAt reads the years a posting asks for and the years a
// resume's dated entries show. Kafka is a plus: the years of Python do not
// reach it. The reference date makes "present" December 2026.
func ExampleExtractAt() {
	now := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	posting := "5+ years of Python; Kafka is a plus. Founded 10 years ago."
	for _, m := range roles.ExtractAt(posting, now) {
		fmt.Printf("%s %s %v\n", m.ID, m.Qualifier, m.Years)
	}
	resume := "Backend Engineer, Acme — Jan 2019 – present\nBuilt Java services."
	for _, m := range roles.ExtractAt(resume, now) {
		fmt.Printf("%s %v\n", m.ID, m.Years)
	}
	// Output:
	// python required 5
	// kafka preferred 0
	// backend-engineer 7.9
	// java 7.9
}

// ExampleSeniorityOf finds the level of a posting: the title says senior,
// the years agree, and leading a team is evidence too, but the title
// decides. Each level maps to SFIA's levels of responsibility.
func ExampleSeniorityOf() {
	s := roles.SeniorityOf("Senior Backend Engineer\n\n7+ years of Java. You will lead a team of three.")
	fmt.Println(s.Level, "SFIA", s.Level.SFIA())
	for _, e := range s.Evidence {
		fmt.Printf("%s %s %q\n", e.Cue, e.Level, e.Text)
	}
	// Output:
	// senior SFIA 4
	// title senior "Senior"
	// years senior "Java"
	// duty lead "lead a team"
}
