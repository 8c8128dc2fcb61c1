package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// wasmPackage is the program that buildWasm compiles.
const wasmPackage = "github.com/openroles/roles/examples/playground/wasm"

// buildWasm compiles wasmPackage for js/wasm with the go command on PATH,
// and reads the wasm_exec.js of the same toolchain, which must match it.
func buildWasm(ctx context.Context) (wasm, wasmExec []byte, err error) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		return nil, nil, fmt.Errorf("building the WebAssembly needs the go command: %w", err)
	}
	dir, err := goOutput(ctx, gobin, "", "list", "-f", "{{.Dir}}", wasmPackage)
	if err != nil {
		return nil, nil, fmt.Errorf("finding %s (run the playground from inside the module): %w", wasmPackage, err)
	}
	tmp, err := os.MkdirTemp("", "playground-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "roles.wasm")
	if _, err := goOutput(ctx, gobin, dir, "build", "-trimpath", "-ldflags=-s -w", "-o", out, "."); err != nil {
		return nil, nil, fmt.Errorf("building the WebAssembly: %w", err)
	}
	if wasm, err = os.ReadFile(out); err != nil {
		return nil, nil, err
	}
	goroot, err := goOutput(ctx, gobin, "", "env", "GOROOT")
	if err != nil {
		return nil, nil, err
	}
	// lib/wasm since Go 1.24, misc/wasm before.
	for _, sub := range []string{"lib", "misc"} {
		if wasmExec, err = os.ReadFile(filepath.Join(goroot, sub, "wasm", "wasm_exec.js")); err == nil {
			return wasm, wasmExec, nil
		}
	}
	return nil, nil, fmt.Errorf("wasm_exec.js of the toolchain: %w", err)
}

// goOutput runs the go command gobin with args in dir ("" for the current
// directory), for js/wasm, and returns its standard output, trimmed. An
// error carries what it wrote to standard error.
func goOutput(ctx context.Context, gobin, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, gobin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(stdout.String()), nil
}
