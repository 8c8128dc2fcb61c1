package browsertest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles"
)

// overlayCase is a broken overlay pasted into the apply panel.
type overlayCase struct {
	name, why, input string
	// locate is the data-path of the problem whose button the test
	// clicks; at is a byte offset into input (all ASCII, so also a UTF-16
	// offset) that the selection must then hold, on the line of that
	// offset. A nil at takes the offset of the problem's line and column.
	locate string
	at     func(input string) int
}

var brokenOverlays = []overlayCase{
	{
		name: "unknown IDs",
		why:  "problems found in view of the base taxonomy, each at a JSON pointer into the overlay",
		input: "{\n  \"version\": \"acme-1\",\n  \"remove\": [\"no-such-skill\", \"go\", \"go\"],\n" +
			"  \"extend\": [{\"id\": \"nope\", \"altNames\": [\"Golang 2\"]}]\n}\n",
		locate: "/remove/0",
		at:     func(input string) int { return strings.Index(input, `"no-such-skill"`) + 1 },
	},
	{
		name:   "syntax",
		why:    "a syntax error, located by line and column rather than a pointer",
		input:  "{\n  \"version\": \"acme-1\",\n  \"remove\": [\"php\",\n}\n",
		locate: "",
		at:     nil, // from the problem's line and column
	},
}

// offsetOf returns the byte offset of a line and column (both from 1) in s.
func offsetOf(s string, line, column int) int {
	off := 0
	for range line - 1 {
		off += strings.IndexByte(s[off:], '\n') + 1
	}
	return off + column - 1
}

// checkOverlayErrors pastes broken overlays into the apply panel: each
// problem the library finds must be listed at its pointer, with its code
// and message, and the button of the first must select its place.
func checkOverlayErrors(t *testing.T, ctx context.Context) {
	showTab(t, ctx, "analyze")
	posting := setPosting(t, ctx, texts[1].text).Text // names PHP, which the valid overlay removes
	showTab(t, ctx, "apply")
	choose(t, ctx, "apply-kind", "overlay")
	for _, c := range brokenOverlays {
		t.Run(c.name, func(t *testing.T) {
			probs := libraryProblems(t, c.input)
			got := applyInput(t, ctx, c.input)
			var want, gotKeys []string
			for _, p := range probs {
				want = append(want, p.Path+" "+string(p.Code))
			}
			for _, li := range got {
				gotKeys = append(gotKeys, li.Path+" "+li.Code)
			}
			if diff := cmp.Diff(want, gotKeys); diff != "" {
				t.Fatalf("#apply-errors items (path code) differ from the library's problems (-library +page):\n%s", diff)
			}
			for i, p := range probs {
				if !strings.Contains(got[i].Text, p.Path) || !strings.Contains(got[i].Text, p.Message) {
					t.Errorf("#apply-errors item %d says %q: want the pointer %q and the message %q", i, got[i].Text, p.Path, p.Message)
				}
			}
			i := slices.IndexFunc(probs, func(p roles.Problem) bool { return p.Path == c.locate })
			if i < 0 {
				t.Fatalf("the library finds no problem at %q", c.locate)
			}
			at := offsetOf(c.input, probs[i].Line, probs[i].Column)
			if c.at != nil {
				at = c.at(c.input)
			}
			checkPlaceButton(t, ctx, c.input, c.locate, at)
		})
	}
	t.Run("valid", func(t *testing.T) { checkValidOverlay(t, ctx, posting) })
}

// checkPlaceButton clicks the button of the problem at path, which must
// focus #apply-input and select a span that holds offset at and stays on
// its line.
func checkPlaceButton(t *testing.T, ctx context.Context, input, path string, at int) {
	t.Helper()
	run(t, ctx, "clicking the button of the problem at "+path,
		chromedp.Click(fmt.Sprintf(`#apply-errors li[data-path=%s] button`, jsString(path))))
	sel := run(t, ctx, "reading the selection", chromedp.Evaluate[[]any](`(() => {
		const ta = document.getElementById('apply-input');
		return [document.activeElement === ta, ta.selectionStart, ta.selectionEnd];
	})()`))
	focused, start, end := sel[0].(bool), int(sel[1].(float64)), int(sel[2].(float64))
	lineStart := strings.LastIndexByte(input[:at], '\n') + 1
	lineEnd := len(input)
	if i := strings.IndexByte(input[at:], '\n'); i >= 0 {
		lineEnd = at + i
	}
	if !focused || start > at || end < at || start < lineStart || end > lineEnd {
		t.Errorf("the button of the problem at %q selects %d..%d %q (focused: %v), want a span of line %q that holds offset %d",
			path, start, end, input[min(start, len(input)):min(end, len(input))], focused, input[lineStart:lineEnd], at)
	}
}

// checkValidOverlay applies an overlay that removes PHP: no error is
// listed, and the posting's analysis under it names no PHP.
func checkValidOverlay(t *testing.T, ctx context.Context, posting string) {
	const overlay = `{"version": "acme-1", "remove": ["php"]}`
	ot, err := roles.Default().Overlay([]byte(overlay))
	if err != nil {
		t.Fatal(err)
	}
	if probs := applyInput(t, ctx, overlay); len(probs) != 0 {
		t.Fatalf("a valid overlay lists problems: %q", probs)
	}
	var want []mark
	for _, m := range ot.Extract(posting) {
		want = append(want, mark{Text: posting[m.Start:m.End], ID: m.ID, Kind: string(m.Kind), Qualifier: string(m.Qualifier),
			Start: utf16Len(posting[:m.Start]), End: utf16Len(posting[:m.End])})
	}
	got := run(t, ctx, "reading #apply-result", chromedp.Evaluate[[]mark](`[...document.querySelectorAll('#apply-result mark.mention')].map(m => ({
		text: m.textContent, id: m.dataset.id ?? '', kind: m.dataset.kind ?? '', qualifier: m.dataset.qualifier ?? '',
		start: Number(m.dataset.start), end: Number(m.dataset.end)}))`))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("#apply-result's mentions differ from Extract under the overlay (-library +page):\n%s", diff)
	}
}

// checkResume applies a JSON Resume: no error is listed, and the result
// names the role the library decides for it.
func checkResume(t *testing.T, ctx context.Context) {
	showTab(t, ctx, "apply")
	choose(t, ctx, "apply-kind", "resume")
	doc := repoFile(t, "testdata/jsonresume/backend.json")
	rp, err := roles.ProfileFromJSONResume([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	d, err := roles.DecideProfile(rp.Profile)
	if err != nil || d.Role == "" {
		t.Fatalf("the test resume decides %q, %v: want a role", d.Role, err)
	}
	if probs := applyInput(t, ctx, doc); len(probs) != 0 {
		t.Fatalf("a valid JSON Resume lists problems: %q", probs)
	}
	role, _ := roles.Default().Role(d.Role)
	if shown := textOf(t, ctx, "apply-result"); !strings.Contains(shown, role.Name) {
		t.Errorf("#apply-result does not name the decided role %q: %q", role.Name, shown)
	}
}
