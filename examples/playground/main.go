// Command playground serves a page to try the library in a browser: paste a
// posting and see its skills highlighted and its role decided, compare two
// roles, apply a custom overlay or a JSON Resume. The library runs in the
// browser, compiled to WebAssembly; no text leaves the reader's machine,
// and the page loads nothing from any other host.
//
// Run it from anywhere inside the module:
//
//	go run ./examples/playground                    # serves http://127.0.0.1:8080/
//	go run ./examples/playground -addr 127.0.0.1:0  # on a free port
//	go run ./examples/playground -out site          # writes the static site into site/ and exits
//
// On start it builds the WebAssembly (GOOS=js GOARCH=wasm go build of
// ./wasm, with the go command on PATH, which must be the one that runs it),
// takes wasm_exec.js from that toolchain's GOROOT (lib/wasm), and then
// prints one line, "playground: serving on http://HOST:PORT/", and serves
// the page (the files of web/, embedded), wasm_exec.js and roles.wasm, gzip
// compressed for browsers that accept it. It stops on an interrupt or
// SIGTERM. With -out it writes the same files into a directory, for any
// static file server (which must serve .wasm as application/wasm), prints
// the size of roles.wasm and exits.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"
)

// web holds the page: index.html, style.css, app.js, samples/. all: lets
// the pattern compile while the directory holds only dot files; those are
// not served.
//
//go:embed all:web
var web embed.FS

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command with its arguments, until ctx is done; it returns the
// exit code: 2 for a usage error, 1 for a failure.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("playground", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "127.0.0.1:8080", "listen on `host:port`; port 0 picks a free one")
	out := flags.String("out", "", "write the static site into `dir` and exit")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: playground [-addr host:port] [-out dir]")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() > 0 {
		flags.Usage()
		return 2
	}
	if *out != "" {
		return fail(stderr, writeSite(ctx, *out, stdout, stderr))
	}
	return fail(stderr, serve(ctx, *addr, stdout, stderr))
}

// fail reports err, if any, and returns the exit code.
func fail(stderr io.Writer, err error) int {
	if err != nil {
		fmt.Fprintln(stderr, "playground:", err)
		return 1
	}
	return 0
}

// serve listens on addr, builds the site and serves it until ctx is done.
func serve(ctx context.Context, addr string, stdout, stderr io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	s, err := buildSite(ctx, stderr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "playground: serving on %s\n", siteURL(ln.Addr()))
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(stderr, "playground: stopped")
	return nil
}

// siteURL is the address a browser opens for a listener at a: the
// loopback name for an unspecified host.
func siteURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// buildSite builds the WebAssembly and makes the site of it and the page.
func buildSite(ctx context.Context, stderr io.Writer) (*site, error) {
	fmt.Fprintln(stderr, "playground: building the WebAssembly (GOOS=js GOARCH=wasm go build)")
	start := time.Now()
	wasm, wasmExec, err := buildWasm(ctx)
	if err != nil {
		return nil, err
	}
	page, err := fs.Sub(web, "web")
	if err != nil {
		return nil, err
	}
	s, err := newSite(page, wasm, wasmExec)
	if err != nil {
		return nil, err
	}
	w := s.files[wasmName]
	fmt.Fprintf(stderr, "playground: built in %.1f s: %s %d bytes, %d gzipped\n",
		time.Since(start).Seconds(), wasmName, len(w.body), len(w.gz))
	return s, nil
}

// writeSite builds the site and writes its files into dir.
func writeSite(ctx context.Context, dir string, stdout, stderr io.Writer) error {
	s, err := buildSite(ctx, stderr)
	if err != nil {
		return err
	}
	for _, name := range s.names() {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, s.files[name].body, 0o644); err != nil {
			return err
		}
	}
	w := s.files[wasmName]
	fmt.Fprintf(stdout, "playground: wrote %d files to %s; %s is %d bytes, %d gzipped\n",
		len(s.files), dir, wasmName, len(w.body), len(w.gz))
	return nil
}
