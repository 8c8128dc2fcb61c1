package roles_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles"
	"github.com/openroles/roles/internal/taxdoc"
)

// TestDocs fails while docs/taxonomy.md, the listing of the embedded
// taxonomy, is not what gen_docs.go makes from it now: after changing the
// data, run go generate ./... and commit the file.
func TestDocs(t *testing.T) {
	const path = "docs/taxonomy.md"
	want := taxdoc.Markdown(roles.Default())
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run go generate ./...", err)
	}
	if !bytes.Equal(want, got) {
		diff := cmp.Diff(string(want), string(got))
		if len(diff) > 4000 {
			diff = diff[:4000] + "\n..."
		}
		t.Errorf("%s is stale: run go generate ./...\n(-generated +committed):\n%s", path, diff)
	}
}
