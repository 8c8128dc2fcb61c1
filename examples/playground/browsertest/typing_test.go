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

// longPosting joins the samples, then the corpus postings of the
// library's testdata when the samples are too short, and cuts the result
// after longWords words.
func longPosting(t *testing.T, samples []string) string {
	t.Helper()
	parts := samples
	corpus, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "corpus", "posting-*.md"))
	if err != nil {
		t.Fatal(err)
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
	start := s.Run
	for _, word := range strings.SplitAfter(typed, " ") {
		run(t, ctx, "typing "+word, chromedp.SendKeys(chromedp.ID("posting"), word))
		time.Sleep(300 * time.Millisecond) // longer than the debounce: each word is analysed
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
}
