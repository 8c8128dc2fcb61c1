package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles"
)

// run runs an action with a timeout, failing the test on error.
func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// jsString returns s as a JavaScript string literal: JSON is one, and
// encoding/json escapes U+2028, U+2029, <, > and &.
func jsString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // a string always marshals
	}
	return string(b)
}

// mark is a highlighted mention as the page shows it, or as Extract says
// the page should show it.
type mark struct {
	Text      string `json:"text"`      // the mark's textContent
	ID        string `json:"id"`        // data-id
	Kind      string `json:"kind"`      // data-kind
	Qualifier string `json:"qualifier"` // data-qualifier
	Start     int    `json:"start"`     // data-start, in UTF-16 code units
	End       int    `json:"end"`       // data-end, in UTF-16 code units
}

// pageState is what the analyze panel shows, read in one go.
type pageState struct {
	Run     int    `json:"run"`     // #highlighted data-run
	Count   string `json:"count"`   // #highlighted data-count
	Skipped string `json:"skipped"` // #highlighted data-skipped
	Text    string `json:"text"`    // the textarea's value
	Marks   []mark `json:"marks"`
	Foreign int    `json:"foreign"` // elements of the text's own markup found inside #highlighted
	// #decision's data-role, data-confidence and data-leaning.
	Role       string `json:"role"`
	Confidence string `json:"confidence"`
	Leaning    string `json:"leaning"`
	// Coverage is data-role of each #coverage section, in order; Gaps
	// data-requirement of each #gaps item, in order.
	Coverage []string `json:"coverage"`
	Gaps     []string `json:"gaps"`
	Advice   string   `json:"advice"` // #advice data-role
	Status   string   `json:"status"` // #status text
}

// readStateJS reads a pageState.
const readStateJS = `(() => {
	const h = document.getElementById('highlighted');
	const d = document.getElementById('decision').dataset;
	const all = (sel, f) => [...document.querySelectorAll(sel)].map(f);
	return {
		run: Number(h.dataset.run || 0),
		count: h.dataset.count ?? '',
		skipped: h.dataset.skipped ?? '',
		text: document.getElementById('posting').value,
		marks: all('#highlighted mark.mention', m => ({
			text: m.textContent, id: m.dataset.id ?? '', kind: m.dataset.kind ?? '',
			qualifier: m.dataset.qualifier ?? '',
			start: Number(m.dataset.start), end: Number(m.dataset.end)})),
		foreign: h.querySelectorAll('img, script, iframe, b, a').length,
		role: d.role ?? '<none>', confidence: d.confidence ?? '', leaning: d.leaning ?? '',
		coverage: all('#coverage section[data-role]', s => s.dataset.role),
		gaps: all('#gaps li[data-id]', li => li.dataset.requirement ?? ''),
		advice: document.getElementById('advice').dataset.role ?? '<none>',
		status: document.getElementById('status').textContent,
	};
})()`

// readState reads what the analyze panel shows now.
func readState(t *testing.T, ctx context.Context) pageState {
	t.Helper()
	return run(t, ctx, "reading the analyze panel", chromedp.Evaluate[pageState](readStateJS))
}

// runCount reads #highlighted's data-run.
func runCount(t *testing.T, ctx context.Context) int {
	t.Helper()
	return run(t, ctx, "reading data-run", chromedp.Evaluate[int](
		`Number(document.getElementById('highlighted').dataset.run || 0)`))
}

// quiet is how long data-run must stay the same for the page to count as
// settled: longer than the page's debounce (about 150 ms) plus an analysis.
const quiet = 500 * time.Millisecond

// settle waits until an analysis after the one numbered before is shown
// and no other follows within quiet, and returns what the page shows.
func settle(t *testing.T, ctx context.Context, before int) pageState {
	t.Helper()
	run(t, ctx, fmt.Sprintf("waiting for #highlighted data-run to pass %d", before),
		chromedp.Poll[bool](fmt.Sprintf(`Number(document.getElementById('highlighted').dataset.run || 0) > %d`, before),
			chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(50*time.Second)))
	s := readState(t, ctx)
	for {
		time.Sleep(quiet)
		next := readState(t, ctx)
		if next.Run == s.Run {
			return next
		}
		s = next
	}
}

// setPosting puts text in the posting's textarea as a paste would, and
// returns what the page shows once the analysis it triggers is shown.
func setPosting(t *testing.T, ctx context.Context, text string) pageState {
	t.Helper()
	before := runCount(t, ctx)
	run(t, ctx, "setting the posting", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const ta = document.getElementById('posting');
		ta.value = %s;
		ta.dispatchEvent(new Event('input', {bubbles: true}));
	})()`, jsString(text))))
	s := settle(t, ctx, before)
	if s.Text != text {
		t.Fatalf("the textarea holds %q, want the text set, %q", s.Text, text)
	}
	return s
}

// choose sets a select's value and dispatches change, as a person picking
// an option does.
func choose(t *testing.T, ctx context.Context, id, value string) {
	t.Helper()
	got := run(t, ctx, "choosing "+value+" in #"+id, chromedp.Evaluate[string](fmt.Sprintf(`(() => {
		const s = document.getElementById(%s);
		s.value = %s;
		s.dispatchEvent(new Event('change', {bubbles: true}));
		return s.value;
	})()`, jsString(id), jsString(value))))
	if got != value {
		t.Fatalf("#%s has no option %q", id, value)
	}
}

// utf16Len is the length of s in UTF-16 code units, the slow and obvious
// way: what a JavaScript string of s has as its length.
func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// wantMarks returns the marks the page must show for text: one per mention
// of roles.Extract, in its order.
func wantMarks(text string) []mark {
	ms := roles.Extract(text)
	want := make([]mark, 0, len(ms))
	for _, m := range ms {
		want = append(want, mark{
			Text: text[m.Start:m.End], ID: m.ID, Kind: string(m.Kind), Qualifier: string(m.Qualifier),
			Start: utf16Len(text[:m.Start]), End: utf16Len(text[:m.End]),
		})
	}
	return want
}

// checkAnalysis compares what the analyze panel shows with what the library
// returns for the text in the textarea.
func checkAnalysis(t *testing.T, s pageState) {
	t.Helper()
	if s.Status != "Ready" {
		t.Errorf("#status says %q after the analysis, want Ready", s.Status)
	}
	text := s.Text
	want := wantMarks(text)
	if diff := cmp.Diff(want, s.Marks); diff != "" {
		t.Errorf("highlighted mentions differ from roles.Extract (-Extract +page):\n%s\ntext: %q", diff, text)
	}
	if s.Count != strconv.Itoa(len(s.Marks)) {
		t.Errorf("#highlighted data-count = %q, but it holds %d marks", s.Count, len(s.Marks))
	}
	if s.Skipped != "" && s.Skipped != "0" {
		t.Errorf("#highlighted data-skipped = %q: the library's mentions do not overlap", s.Skipped)
	}
	if s.Foreign != 0 {
		t.Errorf("#highlighted holds %d elements of the text's own markup: the text must be shown as text", s.Foreign)
	}
	d := roles.Decide(text)
	if s.Role != d.Role {
		t.Errorf("#decision data-role = %q, roles.Decide says %q", s.Role, d.Role)
	}
	checkNumber(t, "#decision data-confidence", s.Confidence, d.Confidence)
	checkNumber(t, "#decision data-leaning", s.Leaning, d.Leaning)
	var ranked []string
	for _, r := range roles.RankText(text) {
		ranked = append(ranked, r.Role)
	}
	if diff := cmp.Diff(ranked, s.Coverage); diff != "" {
		t.Errorf("#coverage sections differ from roles.RankText (-RankText +page):\n%s", diff)
	}
	for i := 1; i < len(s.Gaps); i++ {
		if s.Gaps[i-1] != "essential" && s.Gaps[i] == "essential" {
			t.Errorf("#gaps lists an essential gap after a %q one: %q", s.Gaps[i-1], s.Gaps)
			break
		}
	}
	if a := roles.Advise(text); s.Advice != a.Role {
		t.Errorf("#advice data-role = %q, roles.Advise says %q", s.Advice, a.Role)
	}
}

// checkNumber checks that an attribute holds the number want, within 1e-9.
func checkNumber(t *testing.T, what, got string, want float64) {
	t.Helper()
	x, err := strconv.ParseFloat(got, 64)
	if err != nil || math.Abs(x-want) > 1e-9 {
		t.Errorf("%s = %q, the library says %v", what, got, want)
	}
}

// tip is what the tooltip shows while a mark has the focus.
type tip struct {
	Shown    bool   `json:"shown"`    // the tooltip shows
	Text     string `json:"text"`     // its textContent
	TabIndex int    `json:"tabIndex"` // the mark's tabIndex: 0, so Tab reaches it
}

// readTipsJS focuses each mark in turn, as Tab does, and reads the tooltip.
const readTipsJS = `(() => {
	const tips = [...document.querySelectorAll('#highlighted mark.mention')].map(m => {
		m.focus();
		const t = document.querySelector('[role=tooltip]');
		return {shown: !!t && t.checkVisibility(), text: t ? t.textContent : '', tabIndex: m.tabIndex};
	});
	document.getElementById('posting').focus(); // away from the marks, which hides the tooltip
	return tips;
})()`

// blurTipJS focuses the first mark, then takes the focus away to nothing,
// as a click on empty space does, and says whether the tooltip is hidden.
const blurTipJS = `(() => {
	const m = document.querySelector('#highlighted mark.mention');
	if (!m) return true;
	m.focus();
	m.blur();
	const t = document.querySelector('[role=tooltip]');
	const hidden = !t || !t.checkVisibility();
	document.getElementById('posting').focus();
	return hidden;
})()`

// qualifierWords are the words, any of which the tooltip must use to say
// a qualifier: colour is never the only signal.
var qualifierWords = map[roles.Qualifier][]string{
	roles.QualifierRequired:  {"required"},
	roles.QualifierPreferred: {"preferred", "nice to have"},
	roles.QualifierNegated:   {"negated", "ruled out"},
}

// checkTooltips focuses every mark and checks that the tooltip shows and
// names the concept's ID, its name in lang, the name that matched, the
// qualifier in words and the years.
func checkTooltips(t *testing.T, ctx context.Context, s pageState, lang string) {
	t.Helper()
	tips := run(t, ctx, "reading the tooltips", chromedp.Evaluate[[]tip](readTipsJS))
	ms := roles.Extract(s.Text)
	if len(tips) != len(ms) {
		return // checkAnalysis says why
	}
	bad := 0
	for i, m := range ms {
		wants := []string{m.ID, roles.Default().NameIn(roles.Concept{Kind: m.Kind, ID: m.ID}, lang), m.Name}
		if m.Years > 0 {
			wants = append(wants, strconv.FormatFloat(m.Years, 'f', -1, 64))
		}
		ok := tips[i].Shown && tips[i].TabIndex == 0 && slices.ContainsFunc(qualifierWords[m.Qualifier], func(w string) bool {
			return strings.Contains(tips[i].Text, w)
		})
		for _, w := range wants {
			ok = ok && strings.Contains(tips[i].Text, w)
		}
		if !ok {
			if bad++; bad <= 3 {
				t.Errorf("mark %d (%s %q, %s) with the focus: tooltip shown %v, tabIndex %d, text %q; want it shown, tabIndex 0, and %q and the qualifier in words",
					i, m.ID, s.Text[m.Start:m.End], m.Qualifier, tips[i].Shown, tips[i].TabIndex, tips[i].Text, wants)
			}
		}
	}
	if bad > 3 {
		t.Errorf("and %d more marks", bad-3)
	}
	if !run(t, ctx, "blurring a mark", chromedp.Evaluate[bool](blurTipJS)) {
		t.Errorf("a mark's tooltip still shows after the mark lost the focus to nothing")
	}
}
