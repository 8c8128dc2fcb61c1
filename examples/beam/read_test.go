package main

import "testing"

// TestDecodeRecord checks what a JSONL line must hold to be a record.
func TestDecodeRecord(t *testing.T) {
	for _, c := range []struct {
		why, line string
		want      record
		err       string
	}{
		{"a string id", `{"id": "a1", "text": "Go"}`, record{ID: "a1", Text: "Go"}, ""},
		{"a number id is kept as written", `{"id": 1.50, "text": ""}`, record{ID: "1.50"}, ""},
		{"a negative number id", `{"id": -3, "text": "x"}`, record{ID: "-3", Text: "x"}, ""},
		{"other members are ignored", `{"text": "x", "id": "b", "source": {"site": 1}}`, record{ID: "b", Text: "x"}, ""},
		{"no id", `{"text": "x"}`, record{}, `no "id"`},
		{"a null id", `{"id": null, "text": "x"}`, record{}, `no "id"`},
		{"an id that is an object", `{"id": {}, "text": "x"}`, record{}, `"id" is neither a string nor a number`},
		{"no text", `{"id": "a"}`, record{}, `no "text" string`},
		{"not JSON", `{"id": "a", "text": "x"`, record{}, "not a JSON object: unexpected end of JSON input"},
	} {
		got, err := decodeRecord([]byte(c.line))
		if msg := errString(err); got != c.want || msg != c.err {
			t.Errorf("%s: decodeRecord(%q) = %+v, %q; want %+v, %q", c.why, c.line, got, msg, c.want, c.err)
		}
	}
}

// TestTextID checks the IDs of text files: their paths under the directory
// of the glob that matched them.
func TestTextID(t *testing.T) {
	for _, c := range []struct{ why, glob, path, want string }{
		{"a flat glob keeps base names", "in/*", "in/posting.txt", "posting.txt"},
		{"a wildcard directory stays in the ID", "in/*/*.txt", "in/a/posting.txt", "a/posting.txt"},
		{"the glob's directory ends at its last slash before a wildcard", "/data/2026-*/post?.txt", "/data/2026-01/post1.txt", "2026-01/post1.txt"},
		{"a character class is a wildcard", "in/[ab]/p.txt", "in/a/p.txt", "a/p.txt"},
		{"filepath.Glob cleans the paths it returns", "./in//*.txt", "in/posting.txt", "posting.txt"},
		{"a parent directory", "../in/x*/p.txt", "../in/x1/p.txt", "x1/p.txt"},
		{"a glob without a directory", "*.txt", "a.txt", "a.txt"},
		{"a file named without a wildcard", "data/file.txt", "data/file.txt", "file.txt"},
		{"a bucket, ** matching levels", "gs://bucket/postings/**/*.txt", "gs://bucket/postings/2026/01/a.txt", "2026/01/a.txt"},
		{"a path not under the glob's directory is kept whole", "in/*", "elsewhere/a.txt", "elsewhere/a.txt"},
	} {
		if got := textID(globDir(c.glob), c.path); got != c.want {
			t.Errorf("%s: textID(globDir(%q) = %q, %q) = %q, want %q", c.why, c.glob, globDir(c.glob), c.path, got, c.want)
		}
	}
}

// TestGlobWarning checks that "**" is flagged where it matches one level.
func TestGlobWarning(t *testing.T) {
	for glob, warn := range map[string]bool{
		"data/**/*.txt":        true,
		"s3://b/**/*.jsonl":    true,
		"gs://b/**/*.jsonl":    false,
		"data/*/*.txt":         false,
		"/tmp/postings/*.json": false,
	} {
		if got := globWarning(glob) != ""; got != warn {
			t.Errorf("globWarning(%q) = %q, want a warning: %v", glob, globWarning(glob), warn)
		}
	}
}

// TestClip checks that clip cuts on a rune boundary.
func TestClip(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"short", "short"},
		{"abcdéfgh", "abcd…"}, // é is bytes 4 and 5: a cut at 5 backs up to 4
		{"abcdefgh", "abcde…"},
	} {
		if got := clip(c.s, 5); got != c.want {
			t.Errorf("clip(%q, 5) = %q, want %q", c.s, got, c.want)
		}
	}
}

// errString is err's message, "" for nil.
func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
