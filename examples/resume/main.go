// Command resume ranks a resume against the embedded taxonomy's roles and
// lists what it lacks for each: the skills and duties the resume shows, the
// mentions and hierarchy steps through which they count, and the missing
// skills with the concrete technologies that would fill them.
//
//	go run ./examples/resume                     # a sample resume
//	go run ./examples/resume testdata/resumes/php-maintainer.txt
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/openroles/roles"
)

const sample = `Jane Roe, back-end developer

Skills: Go, PostgreSQL, Python, Docker, Kafka, REST, OAuth, clean code,
unit testing.

Experience
  2019-2024  Acme Shop. Maintained the database and kept it fast (database
             performance); troubleshooting production issues; mentoring
             junior developers; building features on the platform team's
             architecture.
`

func main() {
	log.SetFlags(0)
	text := sample
	if len(os.Args) > 1 {
		b, err := os.ReadFile(os.Args[1])
		if err != nil {
			log.Fatal(err)
		}
		text = string(b)
	} else {
		fmt.Print(sample)
	}
	t := roles.Default()
	mentions := t.Extract(text)
	for _, m := range t.RankMentions(mentions) {
		fmt.Printf("\n%s: %.2f (skills %.2f, responsibilities %.2f)\n", m.Name, m.Score, m.Skills, m.Responsibilities)
		for _, c := range m.Matched {
			var from []string
			for _, e := range c.Evidence {
				src := e.ID
				if len(e.Mentions) > 0 {
					mm := e.Mentions[0]
					src = fmt.Sprintf("%q", text[mm.Start:mm.End])
				}
				if len(e.Via) > 0 {
					src += " → " + strings.Join(e.Via, " → ")
				}
				from = append(from, src)
			}
			fmt.Printf("  + %-50s %.2f  %s\n", c.Name, c.Value, strings.Join(from, "; "))
		}
		gaps, err := t.GapsMentions(mentions, m.Role)
		if err != nil {
			log.Fatal(err)
		}
		for _, g := range gaps {
			fmt.Printf("  - %-50s %s %d", g.Name, g.Requirement, g.Importance)
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
