//go:build ignore

// gen_docs writes docs/taxonomy.md, the listing of the embedded taxonomy.
// Run it with go generate after changing taxonomy/backend.json; TestDocs
// fails while the file is stale.
package main

import (
	"log"
	"os"

	"github.com/openroles/roles"
	"github.com/openroles/roles/internal/taxdoc"
)

func main() {
	if err := os.MkdirAll("docs", 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("docs/taxonomy.md", taxdoc.Markdown(roles.Default()), 0o644); err != nil {
		log.Fatal(err)
	}
}
