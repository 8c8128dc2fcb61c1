// Command compare prints the embedded taxonomy's two roles side by side: the
// skills and responsibilities they share and those only one of them has.
//
//	go run ./examples/compare
package main

import (
	"fmt"
	"os"
	"slices"

	"github.com/openroles/roles"
)

func main() {
	t := roles.Default()
	dev, _ := t.Role("backend-developer")
	eng, _ := t.Role("backend-engineer")
	fmt.Printf("%s vs %s (taxonomy %s)\n\n", dev.Name, eng.Name, t.Version())
	for _, rel := range eng.Relations {
		other, _ := t.Role(rel.Role)
		fmt.Printf("%s %s %s: %s\n\n", eng.Name, rel.Type, other.Name, rel.Description)
	}

	skillIDs := func(r roles.Role) []string {
		var ids []string
		for _, s := range r.Skills {
			ids = append(ids, s.Skill)
		}
		return ids
	}
	section("Skills", skillIDs(dev), skillIDs(eng), func(id string) string {
		s, _ := t.Skill(id)
		return s.Name
	})
	section("Responsibilities", dev.Responsibilities, eng.Responsibilities, func(id string) string {
		r, _ := t.Responsibility(id)
		return r.Name
	})
}

func section(title string, a, b []string, name func(string) string) {
	var both, onlyA, onlyB []string
	for _, id := range a {
		if slices.Contains(b, id) {
			both = append(both, id)
		} else {
			onlyA = append(onlyA, id)
		}
	}
	for _, id := range b {
		if !slices.Contains(a, id) {
			onlyB = append(onlyB, id)
		}
	}
	fmt.Fprintf(os.Stdout, "%s\n", title)
	for _, part := range []struct {
		label string
		ids   []string
	}{{"both", both}, {"developer only", onlyA}, {"engineer only", onlyB}} {
		slices.Sort(part.ids)
		fmt.Printf("  %s:\n", part.label)
		for _, id := range part.ids {
			fmt.Printf("    %-36s %s\n", id, name(id))
		}
	}
	fmt.Println()
}
