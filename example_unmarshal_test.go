package roles_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"

	"github.com/openroles/roles"
)

// A program's configuration can hold a taxonomy. Decoding validates it as
// Parse does; the paths of problems point into the taxonomy's own document.
// A field left out of the configuration is an empty taxonomy.
func ExampleTaxonomy_UnmarshalJSON() {
	type config struct {
		Service  string          `json:"service"`
		Taxonomy *roles.Taxonomy `json:"taxonomy"`
		Fallback roles.Taxonomy  `json:"fallback"`
	}
	data := `{"service": "matcher", "taxonomy": {
		"version": "tiny-1",
		"roles": [],
		"skills": [{"id": "go", "name": "Go", "type": "language",
			"description": "The Go language.", "provenance": {"source": "extension"}}],
		"responsibilities": [], "hiringCues": [],
		"qualifiers": {"preferred": [], "required": [], "negated": [], "negatedAfter": []}}}`
	var cfg config
	if err := json.Unmarshal([]byte(data), &cfg); err != nil {
		log.Fatal(err)
	}
	fmt.Println(cfg.Taxonomy.Version(), len(cfg.Taxonomy.Skills()), "skill")
	fmt.Printf("fallback: version %q, %d mentions\n", cfg.Fallback.Version(), len(cfg.Fallback.Extract("Go")))

	bad := `{"taxonomy": {"version": "tiny-2", "roles": [], "skills": [], "responsibilities": [],
		"hiringCues": [{"id": "plan", "role": "cto", "phrases": ["plan"], "weight": 9,
			"provenance": {"source": "extension"}}],
		"qualifiers": {"preferred": [], "required": [], "negated": [], "negatedAfter": []}}}`
	err := json.Unmarshal([]byte(bad), &cfg)
	var e *roles.Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			fmt.Println(p.Path)
		}
	}
	fmt.Println("still", cfg.Taxonomy.Version())
	// Output:
	// tiny-1 1 skill
	// fallback: version "", 0 mentions
	// /hiringCues/0/role
	// /hiringCues/0/weight
	// still tiny-1
}
