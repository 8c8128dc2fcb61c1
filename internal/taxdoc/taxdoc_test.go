package taxdoc

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/openroles/roles"
)

// fixture is the small taxonomy of the overlay tests, not the embedded one,
// so that the test does not grow with the embedded data.
func fixture(t *testing.T) *roles.Taxonomy {
	t.Helper()
	data, err := os.ReadFile("../../testdata/overlay/base.json")
	if err != nil {
		t.Fatal(err)
	}
	tx, err := roles.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestMarkdownListsEverything(t *testing.T) {
	// Every concept appears, with each of its names, so that the listing
	// can answer "does the taxonomy know X?".
	tx := fixture(t)
	md := string(Markdown(tx))
	for _, r := range tx.Roles() {
		for _, n := range append([]string{"`" + r.ID + "`", r.Name}, r.AltNames...) {
			if !strings.Contains(md, n) {
				t.Errorf("role name or ID %q missing", n)
			}
		}
	}
	for _, s := range tx.Skills() {
		for _, n := range append([]string{"`" + s.ID + "`", s.Name}, s.AltNames...) {
			if !strings.Contains(md, n) {
				t.Errorf("skill name or ID %q missing", n)
			}
		}
	}
	for _, r := range tx.Responsibilities() {
		if !strings.Contains(md, "`"+r.ID+"`") {
			t.Errorf("responsibility %q missing", r.ID)
		}
	}
	for _, c := range tx.HiringCues() {
		if !strings.Contains(md, "`"+c.ID+"`") {
			t.Errorf("hiring cue %q missing", c.ID)
		}
	}
	if !strings.Contains(md, Header) {
		t.Error("the header that says how the listing is made is missing")
	}
	if !bytes.Equal(Markdown(tx), Markdown(fixture(t))) {
		t.Error("Markdown is not deterministic")
	}
}
