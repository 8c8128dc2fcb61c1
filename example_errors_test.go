package roles_test

import (
	"errors"
	"fmt"

	"github.com/openroles/roles"
)

// A program tells problems apart by their Code, never by their message.
func ExampleCode() {
	_, err := roles.Rank(roles.Profile{Skills: []roles.ProfileSkill{
		{Skill: "go", Level: 9},
		{Skill: "klingon"},
	}})
	var e *roles.Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			switch p.Code {
			case roles.CodeLevel:
				fmt.Println("level out of range at", p.Path)
			case roles.CodeUnknownSkill:
				fmt.Println("unknown skill at", p.Path)
			}
		}
	}
	// Output:
	// level out of range at /skills/0/level
	// unknown skill at /skills/1
}
