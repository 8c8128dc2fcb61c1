package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"
)

// The files the server adds to the page's.
const (
	wasmName     = "roles.wasm"
	wasmExecName = "wasm_exec.js"
)

// csp keeps the page to its own files: scripts, styles, images and
// fetches from this server only, and WebAssembly compiled from them.
const csp = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'"

// site is the set of files the playground serves, each read and
// compressed once.
type site struct {
	files map[string]*file // by path, without the leading slash
}

// file is one file of the site.
type file struct {
	body, gz   []byte // gz is nil when compressing does not pay
	ctype      string
	etag, gtag string // of body and of gz
}

// newSite makes the site of the page's files (those of page whose path has
// no element starting with "." or "_", as go:embed leaves out) and the
// WebAssembly with its wasm_exec.js.
func newSite(page fs.FS, wasm, wasmExec []byte) (*site, error) {
	s := &site{files: map[string]*file{}}
	err := fs.WalkDir(page, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || name == "." {
			return err
		}
		if hidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(page, name)
		if err == nil {
			s.add(name, data)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	s.add(wasmExecName, wasmExec)
	s.add(wasmName, wasm)
	return s, nil
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") }

// add adds a file, compressed when that makes it smaller.
func (s *site) add(name string, body []byte) {
	f := &file{body: body, ctype: contentType(name), etag: etag(body)}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b) // the default level: level 9 takes 4 times as long for 1% less wasm
	zw.Write(body)
	zw.Close()
	if b.Len() < len(body) {
		f.gz = b.Bytes()
		f.gtag = etag(f.gz)
	}
	s.files[name] = f
}

func etag(b []byte) string {
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}

// names returns the paths of the site's files, sorted.
func (s *site) names() []string {
	var out []string
	for name := range s.files {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// contentTypes are the types of the files a page has, so that they do not
// depend on the system's MIME tables.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".json": "application/json",
	".txt":  "text/plain; charset=utf-8",
	".md":   "text/markdown; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".wasm": "application/wasm",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// ServeHTTP serves the file at the request's path, "/" being index.html,
// gzip compressed when the request accepts it. Browsers revalidate every
// time (Cache-Control: no-cache), which costs a round trip on localhost:
// a page edited and reloaded is never stale.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" {
		name = "index.html"
	}
	f, ok := s.files[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", csp)
	body, tag := f.body, f.etag
	if f.gz != nil {
		h.Set("Vary", "Accept-Encoding")
		if acceptsGzip(r.Header.Get("Accept-Encoding")) {
			body, tag = f.gz, f.gtag
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", tag)
	if matchesETag(r.Header.Get("If-None-Match"), tag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// acceptsGzip reports whether an Accept-Encoding header accepts gzip: it
// names gzip (or x-gzip) without q=0, or else * without q=0.
func acceptsGzip(header string) bool {
	gz, star := -1.0, -1.0 // the q values given, -1 for none
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && strings.EqualFold(k, "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch strings.ToLower(strings.TrimSpace(coding)) {
		case "gzip", "x-gzip":
			gz = max(gz, q)
		case "*":
			star = max(star, q)
		}
	}
	if gz >= 0 {
		return gz > 0
	}
	return star > 0
}

// matchesETag reports whether an If-None-Match header names tag, or is *.
func matchesETag(header, tag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == tag || t == "*" {
			return true
		}
	}
	return false
}
