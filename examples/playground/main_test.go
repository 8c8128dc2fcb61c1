package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// fakeWasm starts as WebAssembly does and compresses well.
var fakeWasm = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("roles "), 1000)...)

// testPage is a page as the web/ directory holds one, with files that
// must not be served.
var testPage = fstest.MapFS{
	"index.html":          {Data: []byte("<!doctype html><title>roles</title>" + strings.Repeat("<p>text</p>", 100))},
	"style.css":           {Data: []byte("body { margin: 0 }")},
	"app.js":              {Data: []byte("console.log('hi')")},
	"samples/index.json":  {Data: []byte(`[{"file": "posting.txt"}]`)},
	"samples/posting.txt": {Data: []byte("Backend Engineer: Go")},
	".keep":               {Data: []byte{}},
	"_draft/notes.txt":    {Data: []byte("not served")},
	"samples/.DS_Store":   {Data: []byte("not served")},
}

func testSite(t *testing.T) *site {
	t.Helper()
	s, err := newSite(testPage, fakeWasm, []byte("// wasm_exec.js "+strings.Repeat("x", 300)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// get requests path from h with the given Accept-Encoding.
func get(h http.Handler, method, path, accept string) *http.Response {
	r := httptest.NewRequest(method, path, nil)
	if accept != "" {
		r.Header.Set("Accept-Encoding", accept)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

// body reads a response's body, uncompressed.
func body(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	var r io.Reader = resp.Body
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestSiteServes(t *testing.T) {
	s := testSite(t)
	tests := []struct {
		why, method, path, accept string
		status                    int
		ctype                     string
		gzip                      bool
		want                      []byte
	}{
		{"/ is the page", "GET", "/", "gzip", 200, "text/html; charset=utf-8", true, testPage["index.html"].Data},
		{"the wasm, compressed for a browser", "GET", "/roles.wasm", "gzip, deflate, br", 200, "application/wasm", true, fakeWasm},
		{"the wasm, plain for a client without gzip", "GET", "/roles.wasm", "", 200, "application/wasm", false, fakeWasm},
		{"q=0 refuses gzip", "GET", "/roles.wasm", "gzip;q=0, *", 200, "application/wasm", false, fakeWasm},
		{"* accepts gzip", "GET", "/roles.wasm", "*", 200, "application/wasm", true, fakeWasm},
		{"wasm_exec.js", "GET", "/wasm_exec.js", "gzip", 200, "text/javascript; charset=utf-8", true, nil},
		{"a style sheet too short to compress", "GET", "/style.css", "gzip", 200, "text/css; charset=utf-8", false, testPage["style.css"].Data},
		{"a script", "GET", "/app.js", "", 200, "text/javascript; charset=utf-8", false, testPage["app.js"].Data},
		{"a sample list", "GET", "/samples/index.json", "", 200, "application/json", false, testPage["samples/index.json"].Data},
		{"a sample", "GET", "/samples/posting.txt", "", 200, "text/plain; charset=utf-8", false, testPage["samples/posting.txt"].Data},
		{"a dot file is not served", "GET", "/.keep", "", 404, "", false, nil},
		{"nor one in a folder", "GET", "/samples/.DS_Store", "", 404, "", false, nil},
		{"nor a folder starting with _", "GET", "/_draft/notes.txt", "", 404, "", false, nil},
		{"an unknown path", "GET", "/nope.js", "", 404, "", false, nil},
		{"a folder is no file", "GET", "/samples/", "", 404, "", false, nil},
		{"POST is refused", "POST", "/", "", 405, "", false, nil},
	}
	for _, tt := range tests {
		resp := get(s, tt.method, tt.path, tt.accept)
		if resp.StatusCode != tt.status {
			t.Errorf("%s: %s %s: status %d, want %d", tt.why, tt.method, tt.path, resp.StatusCode, tt.status)
			continue
		}
		if tt.status != 200 {
			continue
		}
		h := resp.Header
		if h.Get("Content-Type") != tt.ctype || (h.Get("Content-Encoding") == "gzip") != tt.gzip ||
			h.Get("Cache-Control") != "no-cache" || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s: %s: headers %v", tt.why, tt.path, h)
		}
		if got := body(t, resp); tt.want != nil && !bytes.Equal(got, tt.want) {
			t.Errorf("%s: %s: body %.40q, want %.40q", tt.why, tt.path, got, tt.want)
		}
	}
}

// TestSiteRevalidates: a HEAD has no body; a request with the ETag of what
// the browser holds gets 304, for each encoding its own tag.
func TestSiteRevalidates(t *testing.T) {
	s := testSite(t)
	head := get(s, "HEAD", "/roles.wasm", "gzip")
	if data, _ := io.ReadAll(head.Body); head.StatusCode != 200 || len(data) != 0 ||
		head.Header.Get("Content-Length") != strconv.Itoa(len(s.files[wasmName].gz)) {
		t.Errorf("HEAD: %d, %v", head.StatusCode, head.Header)
	}
	for _, accept := range []string{"gzip", ""} {
		tag := get(s, "GET", "/roles.wasm", accept).Header.Get("ETag")
		r := httptest.NewRequest("GET", "/roles.wasm", nil)
		r.Header.Set("Accept-Encoding", accept)
		r.Header.Set("If-None-Match", tag)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code != 304 || w.Body.Len() != 0 {
			t.Errorf("Accept-Encoding %q, If-None-Match %s: %d with %d bytes", accept, tag, w.Code, w.Body.Len())
		}
	}
	if get(s, "GET", "/roles.wasm", "gzip").Header.Get("ETag") == get(s, "GET", "/roles.wasm", "").Header.Get("ETag") {
		t.Error("the gzip and plain wasm share an ETag")
	}
}

// TestEmbeddedPage: every file of the embedded web/ but dot files is
// served, and none loads anything from another host.
func TestEmbeddedPage(t *testing.T) {
	page, err := fs.Sub(web, "web")
	if err != nil {
		t.Fatal(err)
	}
	s, err := newSite(page, fakeWasm, nil)
	if err != nil {
		t.Fatal(err)
	}
	remote := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//|url\(\s*["']?(https?:)?//|@import\s+["'](https?:)?//|import\s*\(?\s*["'](https?:)?//|from\s*["'](https?:)?//|fetch\(\s*["'](https?:)?//`)
	err = fs.WalkDir(page, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || hidden(d.Name()) || strings.Contains(name, "/_") || strings.Contains(name, "/.") {
			return err
		}
		if _, ok := s.files[name]; !ok {
			t.Errorf("web/%s is not served", name)
		}
		data, _ := fs.ReadFile(page, name)
		for _, m := range remote.FindAll(data, -1) {
			if !strings.Contains(string(m), "href") { // a link may lead elsewhere; nothing may load from there
				t.Errorf("web/%s loads from another host: %s", name, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSiteURL(t *testing.T) {
	for addr, want := range map[string]string{
		"127.0.0.1:8080": "http://127.0.0.1:8080/",
		"0.0.0.0:80":     "http://localhost:80/",
		"[::]:8080":      "http://localhost:8080/",
		"[::1]:9":        "http://[::1]:9/",
	} {
		a, err := net.ResolveTCPAddr("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := siteURL(a); got != want {
			t.Errorf("%s: %s, want %s", addr, got, want)
		}
	}
}

// lineWriter hands each line written to it to a channel.
type lineWriter struct {
	buf   bytes.Buffer
	lines chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.buf.Write(p)
	for {
		line, err := w.buf.ReadString('\n')
		if err != nil {
			w.buf.WriteString(line) // not a whole line yet
			return len(p), nil
		}
		w.lines <- strings.TrimSuffix(line, "\n")
	}
}

// TestRunServes runs the command as the browser test does: it builds the
// WebAssembly, prints the one line with the URL, serves the wasm
// compressed and wasm_exec.js of the toolchain, and stops when told.
func TestRunServes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the WebAssembly")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout := &lineWriter{lines: make(chan string, 10)}
	var stderr bytes.Buffer // written by run only until it returns
	code := make(chan int, 1)
	go func() { code <- run(ctx, []string{"-addr", "127.0.0.1:0"}, stdout, &stderr) }()
	var url string
	select {
	case line := <-stdout.lines:
		m := regexp.MustCompile(`^playground: serving on (http://127\.0\.0\.1:[0-9]+/)$`).FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("first line %q", line)
		}
		url = m[1]
	case c := <-code:
		t.Fatalf("exit %d before serving: %s", c, stderr.String())
	case <-time.After(5 * time.Minute):
		t.Fatal("no URL after 5 minutes")
	}
	resp, err := http.Get(url + wasmName) // the client asks for gzip and unpacks it
	if err != nil {
		t.Fatal(err)
	}
	wasm := body(t, resp)
	if !resp.Uncompressed || resp.Header.Get("Content-Type") != "application/wasm" || !bytes.HasPrefix(wasm, []byte("\x00asm")) {
		t.Errorf("%s: compressed %v, %v, %d bytes starting %q", wasmName, resp.Uncompressed, resp.Header, len(wasm), wasm[:min(8, len(wasm))])
	}
	resp, err = http.Get(url + wasmExecName)
	if err != nil {
		t.Fatal(err)
	}
	if got := body(t, resp); !bytes.Equal(got, toolchainWasmExec(t)) {
		t.Errorf("%s is not the toolchain's (%d bytes)", wasmExecName, len(got))
	}
	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit %d after an interrupt: %s", c, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("still serving 10 s after an interrupt")
	}
	if len(stdout.lines) > 0 || stdout.buf.Len() > 0 {
		t.Errorf("more output than the URL line: %q %q", <-stdout.lines, stdout.buf.String())
	}
}

// toolchainWasmExec is the wasm_exec.js of the go command the tests run.
func toolchainWasmExec(t *testing.T) []byte {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestRunOut: -out writes the site, the same files the server serves, and
// says how large the wasm is.
func TestRunOut(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the WebAssembly")
	}
	dir := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	if c := run(context.Background(), []string{"-out", dir}, &stdout, &stderr); c != 0 {
		t.Fatalf("exit %d: %s", c, stderr.String())
	}
	if !regexp.MustCompile(`^playground: wrote [0-9]+ files to .*; roles\.wasm is [0-9]+ bytes, [0-9]+ gzipped\n$`).MatchString(stdout.String()) {
		t.Errorf("stdout %q", stdout.String())
	}
	page, _ := fs.Sub(web, "web")
	s, err := newSite(page, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range s.names() {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Error(err)
		}
	}
	wasm, err := os.ReadFile(filepath.Join(dir, wasmName))
	if err != nil || !bytes.HasPrefix(wasm, []byte("\x00asm")) {
		t.Errorf("%s: %v, %d bytes", wasmName, err, len(wasm))
	}
	if got, _ := os.ReadFile(filepath.Join(dir, wasmExecName)); !bytes.Equal(got, toolchainWasmExec(t)) {
		t.Errorf("%s is not the toolchain's", wasmExecName)
	}
}

// TestRunUsage: usage errors exit 2, and a bad address 1 before anything
// is built.
func TestRunUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-port", "1"}, 2, "flag provided but not defined"},
		{[]string{"extra"}, 2, "usage: playground"},
		{[]string{"-addr", "127.0.0.1:http-alt-nope"}, 1, "playground: listen tcp"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		c := run(context.Background(), tt.args, &stdout, &stderr)
		if c != tt.code || !strings.Contains(stderr.String(), tt.want) || stdout.Len() != 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", tt.args, c, stdout.String(), stderr.String(), tt.code, tt.want)
		}
	}
}
