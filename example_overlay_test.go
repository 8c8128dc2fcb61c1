package roles_test

import (
	"bytes"
	"errors"
	"fmt"
	"log"

	"github.com/openroles/roles"
)

// An overlay built in Go: drop a skill the organisation never asks for, make
// Go essential for its back-end developers, and give it a name its postings
// use.
func ExampleTaxonomy_With() {
	t, err := roles.Default().With(roles.Overlay{
		Version: "acme-2",
		Remove:  []string{"postgresql"},
		Extend: []roles.Extension{
			{ID: "go", AltNames: []string{"Go (Acme flavour)"}},
			{ID: "backend-developer", Skills: []roles.RoleSkill{
				{Skill: "go", Requirement: roles.RequirementEssential, Importance: 5},
			}},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	_, found := t.Skill("postgresql")
	fmt.Println("postgresql:", found)
	c, _ := t.Lookup("go (acme flavour)")
	fmt.Println("found", c.ID)
	for _, rs := range t.RoleSkills("backend-developer") {
		if rs.Skill == "go" {
			fmt.Println("backend-developer needs go:", rs.Requirement, rs.Importance)
		}
	}
	// Output:
	// postgresql: false
	// found go
	// backend-developer needs go: essential 5
}

// Every problem of an overlay comes back at once, each at a JSON pointer
// into the overlay, sorted.
func ExampleTaxonomy_Overlay_errors() {
	_, err := roles.Default().Overlay([]byte(`{
	  "version": "acme-3",
	  "add": {"roles": [{
	    "id": "gopher", "name": "Gopher", "altNames": ["Golang"],
	    "description": "Writes Go.", "skills": [{"skill": "fortran", "requirement": "essential", "importance": 5}],
	    "responsibilities": [], "provenance": {"source": "extension"}
	  }]},
	  "extend": [{"id": "go", "skills": [{"skill": "apis", "requirement": "optional", "importance": 2}]}],
	  "remove": ["php-7"]
	}`))
	var e *roles.Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// /add/roles/0/altNames/0: name "Golang" is also a name of "go" (in the base taxonomy)
	// /add/roles/0/skills/0/skill: unknown skill "fortran"
	// /extend/0/skills: "go" is a skill; only a role has skills with a requirement and importance
	// /remove/0: no concept or hiring cue "php-7" in the base taxonomy to remove
}

// A customised taxonomy can be saved as a file of its own, which Parse reads
// back to an equal taxonomy.
func ExampleTaxonomy_WriteJSON() {
	t, err := roles.Default().With(roles.Overlay{Version: "acme-4", Remove: []string{"postgresql"}})
	if err != nil {
		log.Fatal(err)
	}
	var file bytes.Buffer
	if err := t.WriteJSON(&file); err != nil {
		log.Fatal(err)
	}
	back, err := roles.Parse(file.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(back.Version(), len(back.Skills()) == len(t.Skills()))
	// Output:
	// acme-4 true
}
