package roles

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// defaultHygieneCases are the extraction cases of text as people paste it:
// HTML, character references, full-width and styled letters.
var defaultHygieneCases = mustReadCases("testdata/extract/default-hygiene.txt")

func TestExtractHygiene(t *testing.T) {
	for _, c := range defaultHygieneCases {
		got := brief(c.text, Extract(c.text))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", c.why, c.text, diff)
		}
	}
}
