package browsertest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles"
)

// checkWasm fetches /roles.wasm plain and gzipped, checks both, and logs
// the sizes for the README.
func checkWasm(t *testing.T, server string) {
	t.Helper()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}, Timeout: time.Minute}
	get := func(acceptEncoding string) (*http.Response, []byte) {
		req, err := http.NewRequest("GET", server+"roles.wasm", nil)
		if err != nil {
			t.Fatal(err)
		}
		if acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", acceptEncoding)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET /roles.wasm (Accept-Encoding %q): %s, %v", acceptEncoding, resp.Status, err)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("GET /roles.wasm: Content-Type %q, want application/wasm", ct)
		}
		if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("GET /roles.wasm: Cache-Control %q, want no-cache (a rebuilt library is fetched again)", cc)
		}
		return resp, body
	}
	_, plain := get("")
	if !bytes.HasPrefix(plain, []byte("\x00asm")) {
		t.Errorf("/roles.wasm does not start with the WebAssembly magic number: %q", plain[:min(8, len(plain))])
	}
	resp, gz := get("gzip")
	if enc := resp.Header.Get("Content-Encoding"); enc != "gzip" {
		t.Errorf("GET /roles.wasm accepting gzip: Content-Encoding %q, want gzip", enc)
		return
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatalf("/roles.wasm gzipped: %v", err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(unzipped, plain) {
		t.Errorf("/roles.wasm gzipped does not unzip to /roles.wasm (%d bytes, %v)", len(unzipped), err)
	}
	t.Logf("roles.wasm: %d bytes (%.1f MB), %d bytes gzipped (%.1f MB)",
		len(plain), float64(len(plain))/1e6, len(gz), float64(len(gz))/1e6)
}

// tabState is which tab has the focus, which is selected and which panel
// shows.
type tabState struct {
	Focused  string   `json:"focused"`  // the id of document.activeElement
	Selected []string `json:"selected"` // the ids of tabs with aria-selected="true"
	Shown    []string `json:"shown"`    // the ids of the panels that show
}

const readTabsJS = `({
	focused: document.activeElement ? document.activeElement.id : '',
	selected: [...document.querySelectorAll('[role=tablist] [role=tab]')]
		.filter(b => b.getAttribute('aria-selected') === 'true').map(b => b.id),
	shown: [...document.querySelectorAll('[role=tabpanel]')]
		.filter(p => p.checkVisibility()).map(p => p.id),
})`

// showTab clicks a tab and checks that its panel shows.
func showTab(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	run(t, ctx, "clicking #tab-"+name, chromedp.Click(chromedp.ID("tab-"+name)))
	got := run(t, ctx, "reading the tabs", chromedp.Evaluate[tabState](readTabsJS))
	if !slices.Equal(got.Shown, []string{"panel-" + name}) {
		t.Fatalf("after a click on #tab-%s the panels that show are %q", name, got.Shown)
	}
}

// checkTabKeys moves between the tabs with the arrow keys and opens each
// with Enter: the tabs work without a mouse.
func checkTabKeys(t *testing.T, ctx context.Context) {
	run(t, ctx, "focusing #tab-analyze", chromedp.Focus(chromedp.ID("tab-analyze")))
	for _, step := range []struct{ key, want string }{
		{kb.ArrowRight, "compare"}, {kb.ArrowRight, "apply"}, {kb.ArrowLeft, "compare"}, {kb.ArrowLeft, "analyze"},
	} {
		run(t, ctx, "pressing a key", chromedp.KeyEvent(step.key))
		run(t, ctx, "pressing Enter", chromedp.KeyEvent(kb.Enter))
		want := tabState{Focused: "tab-" + step.want, Selected: []string{"tab-" + step.want}, Shown: []string{"panel-" + step.want}}
		got := run(t, ctx, "reading the tabs", chromedp.Evaluate[tabState](readTabsJS))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("after an arrow key and Enter toward %s (-want +got):\n%s", step.want, diff)
		}
	}
}

// textOf reads an element's textContent.
func textOf(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	return run(t, ctx, "reading #"+id, chromedp.Evaluate[string](fmt.Sprintf(`document.getElementById(%s).textContent`, jsString(id))))
}

// checkCompare checks the compare panel's defaults, and that each table
// names the skills roles.Compare sets side by side.
func checkCompare(t *testing.T, ctx context.Context) {
	showTab(t, ctx, "compare")
	run(t, ctx, "waiting for the comparison", chromedp.WaitVisible(`#compare-result table`))
	a := run(t, ctx, "reading #compare-a", chromedp.Value(chromedp.ID("compare-a")))
	b := run(t, ctx, "reading #compare-b", chromedp.Value(chromedp.ID("compare-b")))
	if a != "backend-developer" || b != "backend-engineer" {
		t.Errorf("the compare panel starts with %q and %q, want backend-developer and backend-engineer", a, b)
	}
	checkComparison(t, ctx, a, b)
	other := roles.Default().Roles()[0].ID
	before := textOf(t, ctx, "compare-result")
	choose(t, ctx, "compare-b", other)
	run(t, ctx, "waiting for a new comparison", chromedp.Poll[bool](fmt.Sprintf(
		`document.getElementById('compare-result').textContent !== %s`, jsString(before)),
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second)))
	checkComparison(t, ctx, a, other)
}

// checkComparison checks that #compare-result names every skill of
// roles.Compare(a, b).
func checkComparison(t *testing.T, ctx context.Context, a, b string) {
	t.Helper()
	c, err := roles.Compare(a, b)
	if err != nil {
		t.Fatal(err)
	}
	shown := textOf(t, ctx, "compare-result")
	for _, s := range slices.Concat(c.SharedSkills, c.OnlyASkills, c.OnlyBSkills) {
		if !strings.Contains(shown, s.Skill.Name) {
			t.Errorf("comparing %s with %s, #compare-result does not name %s (%q)", a, b, s.Skill.ID, s.Skill.Name)
		}
	}
}

// problemItem is an li of #apply-errors.
type problemItem struct {
	Path string `json:"path"` // data-path
	Code string `json:"code"` // data-code
	Text string `json:"text"` // what it says
}

// applyInput puts input in #apply-input, presses #apply-run and waits for
// #apply-errors or #apply-result to change; it returns the problems listed.
func applyInput(t *testing.T, ctx context.Context, input string) []problemItem {
	t.Helper()
	const shownJS = `document.getElementById('apply-errors').innerHTML + '\x00' + document.getElementById('apply-result').innerHTML`
	before := run(t, ctx, "reading the apply panel", chromedp.Evaluate[string](shownJS))
	run(t, ctx, "setting #apply-input", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const ta = document.getElementById('apply-input');
		ta.value = %s;
		ta.dispatchEvent(new Event('input', {bubbles: true}));
	})()`, jsString(input))))
	run(t, ctx, "clicking #apply-run", chromedp.Click(chromedp.ID("apply-run")))
	run(t, ctx, "waiting for the apply panel to change", chromedp.Poll[bool](
		shownJS+` !== `+jsString(before),
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second)))
	time.Sleep(quiet) // let the panel finish drawing
	return run(t, ctx, "reading #apply-errors", chromedp.Evaluate[[]problemItem](
		`[...document.querySelectorAll('#apply-errors li')].map(li => ({
			path: li.dataset.path ?? '<none>', code: li.dataset.code ?? '<none>', text: li.textContent}))`))
}

// libraryProblems returns the problems the library finds in an overlay.
func libraryProblems(t *testing.T, overlay string) []roles.Problem {
	t.Helper()
	_, err := roles.Default().Overlay([]byte(overlay))
	var e *roles.Error
	if !errors.As(err, &e) {
		t.Fatalf("roles.Default().Overlay(%q) = %v: the test needs a broken overlay", overlay, err)
	}
	return e.Problems
}

// repoFile reads a file of the library's repository.
func repoFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", filepath.FromSlash(path)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
