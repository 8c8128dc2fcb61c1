// Package browsertest drives the playground of examples/playground in a
// real, headless Chromium and checks that what the page shows is what the
// library returns for the same text: the highlighted mentions are those of
// roles.Extract (same substrings, IDs and qualifiers, and UTF-16 offsets
// that never shift on accents, emoji or CJK), the decided role and its
// leaning those of roles.Decide, the coverage that of roles.RankText, and
// an overlay's errors appear at the JSON pointers that
// roles.Taxonomy.Overlay gives.
//
// It is a module of its own, so that the library's go.mod gains nothing
// from the DevTools client (github.com/chromedp/chromedp). It holds only
// tests:
//
//	cd examples/playground/browsertest
//	go test -v .            # skips when no Chromium is installed
//	go test -v . -update    # also rewrites docs/playground.png
//
// The test builds the server from examples/playground, starts it on a free
// port, and looks for a browser named chromium, chromium-browser,
// google-chrome or google-chrome-stable on PATH; the environment variable
// CHROME names another. PLAYGROUND_SCREENSHOT names the file the screenshot
// is written to when -update is not given. The timings it logs (load to
// first result, and each analysis of a 1,000-word posting while typing)
// are for the README: nothing is asserted on them.
package browsertest
