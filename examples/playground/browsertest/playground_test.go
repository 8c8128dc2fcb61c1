package browsertest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

var update = flag.Bool("update", false, "write the screenshot to docs/playground.png")

// TestPlayground starts the playground's server and drives the page in
// headless Chromium: what the page shows must be what the library returns
// for the same text.
func TestPlayground(t *testing.T) {
	chrome := findChrome(t)
	server := startServer(t)
	checkWasm(t, server)
	events := &pageEvents{}
	ctx := startBrowser(t, chrome, events)
	load(t, ctx, server, "first load")
	t.Run("start", func(t *testing.T) {
		s := readState(t, ctx)
		if strings.TrimSpace(s.Text) == "" || len(s.Marks) == 0 {
			t.Errorf("at start the page shows %d mentions of %q: want the sample posting analysed", len(s.Marks), s.Text)
		}
		checkAnalysis(t, s)
	})
	var samples []string
	t.Run("samples", func(t *testing.T) { samples = checkSamples(t, ctx) })
	t.Run("texts", func(t *testing.T) {
		for _, c := range texts {
			t.Run(c.name, func(t *testing.T) {
				s := setPosting(t, ctx, c.text)
				checkAnalysis(t, s)
				checkTooltips(t, ctx, s, "")
			})
		}
	})
	t.Run("phone width", func(t *testing.T) { checkPhoneWidth(t, ctx) })
	t.Run("tabs by keyboard", func(t *testing.T) { checkTabKeys(t, ctx) })
	t.Run("compare", func(t *testing.T) { checkCompare(t, ctx) })
	t.Run("overlay errors", func(t *testing.T) { checkOverlayErrors(t, ctx) })
	t.Run("resume", func(t *testing.T) { checkResume(t, ctx) })
	t.Run("typing", func(t *testing.T) { checkTyping(t, ctx, samples) })
	t.Run("screenshot", func(t *testing.T) {
		run(t, ctx, "sizing the viewport", chromedp.EmulateViewport(screenshotWidth, screenshotHeight))
		defer clearViewport(t, ctx)
		load(t, ctx, server, "second load")
		writeScreenshot(t, ctx)
	})
	events.check(t, server)
}

// load navigates to the page, waits for the first analysis to be shown,
// and logs the page's own measure of the time from navigation to it.
func load(t *testing.T, ctx context.Context, server, what string) {
	t.Helper()
	run(t, ctx, "loading "+server, chromedp.Navigate(server))
	settle(t, ctx, 0)
	ms := run(t, ctx, "reading playgroundStats", chromedp.Evaluate[float64](`window.playgroundStats.loadToFirstResultMs`))
	t.Logf("%s: %.0f ms from navigation to the first result shown", what, ms)
}

// checkSamples picks each sample in #sample, in English and with names in
// German, and checks the analysis of each. It returns the samples' texts.
func checkSamples(t *testing.T, ctx context.Context) []string {
	values := run(t, ctx, "listing #sample", chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('#sample option')].map(o => o.value)`))
	if len(values) < 5 {
		t.Errorf("#sample offers %d samples %q, want at least 5 (a posting, a resume, a front-end posting, a German one, a French or Spanish one)", len(values), values)
	}
	var got []string
	for _, lang := range []string{"", "de"} {
		choose(t, ctx, "lang", lang)
		time.Sleep(quiet) // the page may analyse again for the new language
		for _, v := range values {
			t.Run(fmt.Sprintf("%s lang=%q", v, lang), func(t *testing.T) {
				before := runCount(t, ctx)
				choose(t, ctx, "sample", v)
				s := settle(t, ctx, before)
				if strings.TrimSpace(s.Text) == "" {
					t.Fatalf("sample %q leaves the textarea empty", v)
				}
				if lang == "" {
					got = append(got, s.Text)
				}
				checkAnalysis(t, s)
				checkTooltips(t, ctx, s, lang)
			})
		}
	}
	choose(t, ctx, "lang", "")
	time.Sleep(quiet)
	if u := slices.Compact(slices.Sorted(slices.Values(got))); len(u) != len(got) {
		t.Errorf("of %d samples, only %d load different texts", len(got), len(u))
	}
	return got
}

// checkPhoneWidth checks that the page fits 360 CSS pixels without
// scrolling sideways.
func checkPhoneWidth(t *testing.T, ctx context.Context) {
	run(t, ctx, "emulating a phone", chromedp.EmulateViewport(360, 780))
	defer clearViewport(t, ctx)
	time.Sleep(200 * time.Millisecond)
	w := run(t, ctx, "measuring the page", chromedp.Evaluate[[]int](
		`[document.documentElement.scrollWidth, document.documentElement.clientWidth]`))
	if w[0] > w[1] {
		t.Errorf("at 360 px the page is %d px wide: it scrolls sideways", w[0])
	}
}

// clearViewport ends the emulation of a viewport size.
func clearViewport(t *testing.T, ctx context.Context) {
	t.Helper()
	run(t, ctx, "clearing the viewport size", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.ClearDeviceMetricsOverride, cdp.Empty{})
		return err
	}))
}

// The size of the viewport for the screenshot, in CSS pixels; the
// screenshot is as tall as the page.
const screenshotWidth, screenshotHeight = 1280, 900

// writeScreenshot writes a screenshot of the whole page: to
// docs/playground.png with -update, else to $PLAYGROUND_SCREENSHOT or a
// file in the system's temporary directory.
func writeScreenshot(t *testing.T, ctx context.Context) {
	png := run(t, ctx, "taking a screenshot", chromedp.FullScreenshot(100))
	path := os.Getenv("PLAYGROUND_SCREENSHOT")
	switch {
	case *update:
		path = filepath.Join("..", "..", "..", "docs", "playground.png")
	case path == "":
		path = filepath.Join(os.TempDir(), "roles-playground.png")
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
}

// median returns the median of xs, which must not be empty.
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
