package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// longWords is the length of the posting typed into, in words.
const longWords = 1000

// longPosting joins the samples, then the sample posting and the corpus
// postings and resumes of the library's testdata (for when the samples are
// too short, or not read: -run TestPlayground/typing), and cuts the result
// after longWords words.
func longPosting(t *testing.T, samples []string) string {
	t.Helper()
	parts := samples
	var corpus []string
	for _, pattern := range []string{"posting.md", "corpus/posting-*", "corpus/resume-*.txt"} {
		paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", filepath.FromSlash(pattern)))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			if !strings.HasSuffix(p, ".golden") {
				corpus = append(corpus, p)
			}
		}
	}
	for _, path := range corpus {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, string(b))
	}
	text := strings.Join(parts, "\n\n")
	n, inWord := 0, false
	for i, r := range text {
		space := strings.ContainsRune(" \t\n\r\v\f", r)
		if inWord && space {
			if n++; n == longWords {
				return text[:i]
			}
		}
		inWord = !space
	}
	t.Fatalf("the samples and the corpus hold fewer than %d words", longWords)
	return ""
}

// typed is what the test types at the end of the long posting, a word at a
// time, pausing after each as a person does.
const typed = " Experience with Kafka, Redis and gRPC is a plus; no PHP."

// checkTyping pastes a 1,000-word posting, types a sentence at its end,
// checks the final analysis, and logs the time of each analysis the
// typing triggered, as the page measures it.
func checkTyping(t *testing.T, ctx context.Context, samples []string) {
	showTab(t, ctx, "analyze")
	text := longPosting(t, samples)
	s := setPosting(t, ctx, text)
	checkAnalysis(t, s)
	before := run(t, ctx, "reading playgroundStats", chromedp.Evaluate[[]float64](`window.playgroundStats.analyses`))
	run(t, ctx, "putting the caret at the end", chromedp.Evaluate[chromedp.Void](
		`(() => { const ta = document.getElementById('posting'); ta.setSelectionRange(ta.value.length, ta.value.length); })()`))
	run(t, ctx, "watching keystrokes", chromedp.Evaluate[chromedp.Void](watchKeysJS))
	start := s.Run
	for _, word := range strings.SplitAfter(typed, " ") {
		run(t, ctx, "typing "+word, chromedp.SendKeys(chromedp.ID("posting"), word))
		time.Sleep(600 * time.Millisecond) // a pause: the next word's first key is analysed at once
	}
	s = settle(t, ctx, start)
	if s.Text != text+typed {
		t.Fatalf("after typing, the textarea ends with %q, want %q", s.Text[max(0, len(s.Text)-len(typed)):], typed)
	}
	checkAnalysis(t, s)
	after := run(t, ctx, "reading playgroundStats", chromedp.Evaluate[[]float64](`window.playgroundStats.analyses`))
	if len(after) <= len(before) || len(before) == 0 {
		t.Fatalf("playgroundStats.analyses has %d entries before typing and %d after: want one per analysis", len(before), len(after))
	}
	times := after[len(before):]
	t.Logf("pasting a %d-word posting (%d bytes, %d mentions): analysed and shown in %.1f ms",
		longWords, len(text), len(s.Marks), before[len(before)-1])
	t.Logf("typing into it: %d analyses, median %.1f ms, max %.1f ms (from calling analyze to the DOM updated)",
		len(times), median(times), slices.Max(times))
	lags := run(t, ctx, "reading the keystroke lags", chromedp.Evaluate[[]float64](`window.keystrokeLags`))
	if len(lags) != len(times) {
		t.Fatalf("saw %d updates of data-run after keystrokes, and %d analyses", len(lags), len(times))
	}
	logLags(t, lags)
}

// logLags logs the time from the last keystroke to the highlights updated:
// apart, those the page analysed at once and those it analysed after its
// debounce, told apart by the length of the debounce.
func logLags(t *testing.T, lags []float64) {
	const debounceMs = 150
	var now, later []float64
	for _, l := range lags {
		if l < debounceMs {
			now = append(now, l)
		} else {
			later = append(later, l)
		}
	}
	for _, g := range []struct {
		what string
		lags []float64
	}{{"at once", now}, {"after the debounce", later}} {
		if len(g.lags) > 0 {
			t.Logf("from the last keystroke to the highlights updated, %s: %d times, median %.1f ms, max %.1f ms",
				g.what, len(g.lags), median(g.lags), slices.Max(g.lags))
		}
	}
}

// watchKeysJS records, for each update of #highlighted's data-run, the
// time since the last input event of the textarea: what a person typing
// waits for, the page's debounce included.
const watchKeysJS = `(() => {
	let last = 0;
	window.keystrokeLags = [];
	// In the capture phase, before the page's own listener, which may
	// analyse at once.
	document.addEventListener('input', (ev) => { if (ev.target.id === 'posting') last = performance.now(); }, true);
	new MutationObserver(() => { window.keystrokeLags.push(performance.now() - last); })
		.observe(document.getElementById('highlighted'), {attributes: true, attributeFilter: ['data-run']});
})()`
