// Command resume ranks a resume against the embedded taxonomy's roles and
// lists what it lacks for each: the skills and duties the resume shows, the
// hierarchy steps through which they count, and the missing skills with the
// concrete technologies that would fill them.
//
//	go run ./examples/resume
//
// The profile is taken by hand from the resume's skills and experience; the
// names that the taxonomy does not know are reported and left out.
package main

import (
	"fmt"
	"log"
	"strings"

	"github.com/openroles/roles"
)

const resume = `Jane Roe, back-end developer

Skills: Go, PostgreSQL, Python, Docker, Kafka, REST, authentication,
clean code, unit testing.

Experience
  2019-2024  Acme Shop. Maintained the database and kept it fast (database
             performance); troubleshooting production issues; mentoring
             junior developers; building features on the platform team's
             architecture.
`

// Read off the resume above: each skill with years where the resume says.
var (
	skills = []roles.ProfileSkill{
		{Skill: "Go", Years: 5}, {Skill: "PostgreSQL", Years: 5}, {Skill: "Python", Years: 2},
		{Skill: "Docker"}, {Skill: "Kafka"}, {Skill: "REST"}, {Skill: "authentication"},
		{Skill: "clean code"}, {Skill: "unit testing"},
	}
	duties = []string{
		"database performance", "troubleshooting production issues",
		"mentoring junior developers", "building features",
	}
)

func main() {
	t := roles.Default()
	var p roles.Profile
	var unknown []string
	for _, s := range skills {
		if c, ok := t.Lookup(s.Skill); ok && c.Kind == roles.KindSkill {
			p.Skills = append(p.Skills, s)
		} else {
			unknown = append(unknown, s.Skill)
		}
	}
	for _, d := range duties {
		if c, ok := t.Lookup(d); ok && c.Kind == roles.KindResponsibility {
			p.Responsibilities = append(p.Responsibilities, d)
		} else {
			unknown = append(unknown, d)
		}
	}
	fmt.Print(resume)
	if len(unknown) > 0 {
		fmt.Printf("\nNot in the taxonomy (version %s), left out: %s\n", t.Version(), strings.Join(unknown, ", "))
	}

	matches, err := t.Rank(p)
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range matches {
		fmt.Printf("\n%s: %.2f (skills %.2f, responsibilities %.2f)\n", m.Name, m.Score, m.Skills, m.Responsibilities)
		for _, c := range m.Matched {
			var from []string
			for _, e := range c.Evidence {
				src := e.ID
				if len(e.Via) > 0 {
					src += " → " + strings.Join(e.Via, " → ")
				}
				from = append(from, fmt.Sprintf("%s (%.2f)", src, e.Weight))
			}
			fmt.Printf("  + %-52s %.2f  %s\n", c.Name, c.Value, strings.Join(from, "; "))
		}
		gaps, err := t.Gaps(p, m.Role)
		if err != nil {
			log.Fatal(err)
		}
		for _, g := range gaps {
			fmt.Printf("  - %-52s %s %d", g.Name, g.Requirement, g.Importance)
			if len(g.Options) > 0 {
				var names []string
				for i, o := range g.Options {
					if i == 5 {
						names = append(names, fmt.Sprintf("and %d more", len(g.Options)-5))
						break
					}
					names = append(names, o.Name)
				}
				fmt.Printf("  (learn: %s)", strings.Join(names, ", "))
			}
			fmt.Println()
		}
	}
}
