package browsertest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browserNames are the names findChrome looks for on PATH, in order.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// findChrome returns the path of the browser to drive, or skips the test
// when there is none. CHROME, when set, names it; a CHROME that names
// nothing runnable fails the test rather than skipping it.
func findChrome(t *testing.T) string {
	t.Helper()
	if name := os.Getenv("CHROME"); name != "" {
		path, err := exec.LookPath(name)
		if err != nil {
			t.Fatalf("CHROME=%q: %v", name, err)
		}
		return path
	}
	for _, name := range browserNames {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skipf("no browser to drive: none of %s is on PATH. Install Chromium "+
		"(Debian: apt-get install -y chromium) or set CHROME to a Chrome or Chromium binary",
		strings.Join(browserNames, ", "))
	return ""
}

// servingLine is the one line the server prints once it listens.
var servingLine = regexp.MustCompile(`^playground: serving on (http://127\.0\.0\.1:[0-9]+/)$`)

// lockedBuffer collects a process's stderr, which os/exec writes from a
// goroutine of its own.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startServer builds the playground's server from .. and runs it on a free
// port of 127.0.0.1 until the test ends; it returns the URL the server
// prints. The server builds the WebAssembly when it starts, which takes a
// while. When the test ends, the server must stop cleanly on SIGINT.
func startServer(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "playground")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the playground server in ..: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0")
	cmd.Dir = ".." // in the library's module, where the server builds the WebAssembly
	stderr := &lockedBuffer{}
	cmd.Stderr = stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting the playground server: %v", err)
	}
	exited := make(chan error, 1)
	first := make(chan string, 1)
	go readLines(stdout, first)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { stopServer(t, cmd, exited, stderr) })
	select {
	case line := <-first:
		m := servingLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("the server's first line is %q, want %q\nstderr:\n%s",
				line, "playground: serving on http://127.0.0.1:PORT/", stderr)
		}
		t.Logf("server: %s", line)
		return m[1]
	case err := <-exited:
		exited <- err // for stopServer
		t.Fatalf("the playground server exited before serving: %v\nstderr:\n%s", err, stderr)
	case <-time.After(5 * time.Minute):
		t.Fatalf("the playground server printed nothing in 5 minutes\nstderr:\n%s", stderr)
	}
	return ""
}

// readLines sends the first line of r on first and reads the rest, so that
// the process never blocks on a full pipe.
func readLines(r io.Reader, first chan<- string) {
	sc := bufio.NewScanner(r)
	if sc.Scan() {
		first <- sc.Text()
	}
	for sc.Scan() {
	}
	_, _ = io.Copy(io.Discard, r)
}

// stopServer sends SIGINT and waits for the server to exit with status 0.
func stopServer(t *testing.T, cmd *exec.Cmd, exited chan error, stderr *lockedBuffer) {
	if err := cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Errorf("interrupting the server: %v", err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("the server did not stop cleanly on SIGINT: %v\nstderr:\n%s", err, stderr)
		}
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		t.Errorf("the server did not stop within 10 s of SIGINT\nstderr:\n%s", stderr)
	}
}

// pageEvents records what the page does that the test checks at the end:
// every URL it requests, and every uncaught exception and console error.
type pageEvents struct {
	mu       sync.Mutex
	requests []string
	problems []string
}

// listen is a chromedp listener: it must return fast and never block.
func (e *pageEvents) listen(ev any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		e.requests = append(e.requests, ev.Request.URL)
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		e.problems = append(e.problems, fmt.Sprintf("exception at %s:%d:%d: %s", d.URL, d.LineNumber+1, d.ColumnNumber+1, msg))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			e.problems = append(e.problems, "console.error: "+strings.Join(args, " "))
		}
	}
}

// check fails the test for every exception or console error the page
// raised, and for every request to another origin than the server's:
// everything the page needs is built from this repository.
func (e *pageEvents) check(t *testing.T, server string) {
	t.Helper()
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, p := range e.problems {
		t.Errorf("page: %s", p)
	}
	base, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range e.requests {
		u, err := url.Parse(r)
		if err != nil || (u.Scheme != "data" && u.Scheme != "blob" && u.Host != base.Host) {
			t.Errorf("the page requested %q, which is not served by the playground at %s", r, server)
		}
	}
	if len(e.requests) == 0 {
		t.Error("saw no request of the page: the listener is not working")
	}
}

// startBrowser starts headless Chromium for the test and returns its
// context; events go to ev.
func startBrowser(t *testing.T, chrome string, ev *pageEvents) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox, // Chromium refuses to run as root with its sandbox
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(ev.listen))
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", chrome, err)
	}
	// A headless window never has the system's focus, so focus and focusin
	// events would not fire; a person's window has it.
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatalf("emulating a focused page: %v", err)
	}
	return ctx
}
