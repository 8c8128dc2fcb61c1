package roles_test

import (
	"fmt"
	"log"

	"github.com/openroles/roles"
)

// A small taxonomy, inline so that the examples do not depend on the
// embedded data, which grows.
const exampleTaxonomy = `{
  "version": "example-1",
  "roles": [
    {"id": "backend-developer", "name": "Backend Developer", "altNames": ["back-end developer"],
     "description": "Builds server-side software.", "skills": [], "responsibilities": [],
     "provenance": {"source": "extension"}}
  ],
  "skills": [
    {"id": "go", "name": "Go", "altNames": ["Golang"], "type": "language",
     "nameRules": [{"name": "Go", "caseSensitive": true, "notWithin": ["Go live"]}],
     "description": "The Go language.", "provenance": {"source": "extension"}},
    {"id": "java", "name": "Java", "type": "language",
     "description": "The Java language.", "provenance": {"source": "extension"}},
    {"id": "javascript", "name": "JavaScript", "type": "language",
     "description": "The JavaScript language.", "provenance": {"source": "extension"}},
    {"id": "kafka", "name": "Kafka", "type": "database",
     "description": "Apache Kafka.", "provenance": {"source": "extension"}},
    {"id": "c", "name": "C", "type": "language",
     "nameRules": [{"name": "C", "caseSensitive": true, "context": ["embedded", "firmware"], "notWithin": ["Series C"]}],
     "description": "The C language.", "provenance": {"source": "extension"}},
    {"id": "code-review", "name": "code review", "type": "practice",
     "description": "Reviewing changes.", "provenance": {"source": "extension"}}
  ],
  "responsibilities": [],
  "hiringCues": [],
  "qualifiers": {
    "preferred": ["nice to have", "a plus"],
    "required": ["requirements"],
    "negated": ["no", "not", "without"],
    "negatedAfter": ["not required"]
  }
}`

func ExampleTaxonomy_Extract() {
	t, err := roles.Parse([]byte(exampleTaxonomy))
	if err != nil {
		log.Fatal(err)
	}
	text := "Back-end developer: **Go**, [Kafka](https://kafka.apache.org), code reviews. JavaScript; Java not required."
	for _, m := range t.Extract(text) {
		fmt.Printf("%-10s %-17s %-9s %q\n", m.Kind, m.ID, m.Qualifier, text[m.Start:m.End])
	}
	// Output:
	// role       backend-developer required  "Back-end developer"
	// skill      go                required  "Go"
	// skill      kafka             required  "Kafka"
	// skill      code-review       required  "code reviews"
	// skill      javascript        required  "JavaScript"
	// skill      java              negated   "Java"
}

func ExampleTaxonomy_Mentions() {
	t, err := roles.Parse([]byte(exampleTaxonomy))
	if err != nil {
		log.Fatal(err)
	}
	posting := "## Requirements\n\n- Golang\n\n## Nice to have\n\n- Kafka\n- no Java"
	// Mentions yields one at a time: stop at the first preferred one.
	for m := range t.Mentions(posting) {
		fmt.Println(m.ID, m.Qualifier)
		if m.Qualifier == roles.QualifierPreferred {
			break
		}
	}
	// Output:
	// go required
	// kafka preferred
}

// Name rules keep ordinary words from counting as names: Go is
// case-sensitive and not part of "Go live"; C needs a context word nearby
// and is never part of "Series C".
func ExampleNameRule() {
	t, err := roles.Parse([]byte(exampleTaxonomy))
	if err != nil {
		log.Fatal(err)
	}
	for _, text := range []string{
		"We go live after our Series C.",
		"Go live in May, then Go services.",
		"Firmware in C.",
	} {
		fmt.Printf("%q:", text)
		for _, m := range t.Extract(text) {
			fmt.Printf(" %s@%d", m.ID, m.Start)
		}
		fmt.Println()
	}
	// Output:
	// "We go live after our Series C.":
	// "Go live in May, then Go services.": go@21
	// "Firmware in C.": c@12
}
