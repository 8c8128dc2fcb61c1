package roles_test

import (
	"fmt"

	"github.com/openroles/roles"
)

// A JSON Resume document becomes a profile: keywords with the level of
// their group, years from the work entries that name a skill, and the
// keywords the taxonomy does not know, each with its JSON pointer.
func ExampleProfileFromJSONResume() {
	doc := []byte(`{
	  "basics": {"name": "Ada Example", "label": "Backend Developer"},
	  "work": [
	    {"name": "Acme", "position": "Developer", "startDate": "2019-04", "endDate": "2023-03",
	     "summary": "Payment services in Go.", "highlights": ["Moved reporting to PostgreSQL"]},
	    {"name": "Initech", "position": "Intern", "startDate": "2018", "endDate": "2018",
	     "highlights": ["Python scripts for the finance team"]}
	  ],
	  "skills": [
	    {"name": "Backend", "level": "Advanced", "keywords": ["Go", "PostgreSQL", "Storybook"]},
	    {"name": "Other", "level": "Beginner", "keywords": ["Python"]}
	  ]
	}`)
	r, err := roles.ProfileFromJSONResume(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("headline:", r.Headline)
	for _, s := range r.Profile.Skills {
		fmt.Printf("%s level %d, %g years\n", s.Skill, s.Level, s.Years)
	}
	for _, u := range r.Unknown {
		fmt.Println(u)
	}
	// Output:
	// headline: Backend Developer
	// go level 4, 4 years
	// postgresql level 4, 4 years
	// python level 1, 1 years
	// /skills/0/keywords/2: unknown skill "Storybook"
}

// A document with members of the wrong type is reported at once, each
// member by its JSON pointer.
func ExampleProfileFromJSONResume_errors() {
	_, err := roles.ProfileFromJSONResume([]byte(`{"skills": [{"keywords": ["Go", 3]}], "work": [{"startDate": "spring 2019"}]}`))
	fmt.Println(err)
	// Output:
	// roles: invalid JSON Resume: 2 problems:
	//	/skills/0/keywords/1: a number is not a string
	//	/work/0/startDate: "spring 2019" is not a date such as 2019-04-15, 2019-04 or 2019
}
