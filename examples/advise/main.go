// Command advise reads a few hiring needs and recommends a role for each
// from the embedded taxonomy's hiring cues, the article's closing advice: a
// guided plan for the business app points to the back-end engineer, a
// permanent team member who maintains an already developed app to the
// back-end developer.
//
//	go run ./examples/advise
//	go run ./examples/advise "we need a roadmap for our new product"
package main

import (
	"fmt"
	"os"

	"github.com/openroles/roles"
)

func main() {
	needs := os.Args[1:]
	if len(needs) == 0 {
		needs = []string{
			"We need a plan for a new product and someone to design the system from scratch.",
			"We need someone to maintain our existing app long term, as part of the team.",
			"No need for a long-term hire: we want a roadmap and a scalable architecture.",
			"We are looking for a nurse for our night shift.",
		}
	}
	for _, need := range needs {
		a := roles.Advise(need)
		fmt.Printf("%q\n", need)
		if a.Role == "" {
			fmt.Println("  no recommendation: the need names no cue, or the roles tie")
		} else {
			fmt.Printf("  recommend: %s\n", a.Role)
		}
		for _, s := range a.Scores {
			fmt.Printf("  %-20s %g\n", s.Role, s.Score)
		}
		for _, c := range a.Cues {
			more := ""
			if c.Count > 1 {
				more = fmt.Sprintf(" (%d times)", c.Count)
			}
			if c.Negated {
				more += " (ruled out)"
			}
			fmt.Printf("    %s → %s, weight %d: %q at %d:%d%s\n", c.Cue, c.Role, c.Weight, need[c.Start:c.End], c.Start, c.End, more)
		}
		fmt.Println()
	}
}
