package roles

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// schemaAccepts reports whether the compiled taxonomy schema accepts doc.
func schemaAccepts(t testing.TB, doc any) bool {
	t.Helper()
	sch, err := compiledSchema(SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	return sch.Validate(doc) == nil
}

// decodeAny decodes data as validateJSON does.
func decodeAny(data []byte) (any, error) {
	var doc any
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	err := d.Decode(&doc)
	return doc, err
}

// shapeCorpus returns the embedded taxonomy cut down to the concepts that
// show a member, or a member of a member, that no concept before them in
// their list shows, and their own arrays to two items: every construct of
// the data, in a document small enough to validate thousands of times.
func shapeCorpus(t testing.TB) map[string]any {
	doc, err := decodeAny(embeddedTaxonomy)
	if err != nil {
		t.Fatal(err)
	}
	top := doc.(map[string]any)
	for k, v := range top {
		list, ok := v.([]any)
		if !ok {
			continue
		}
		seen := map[string]bool{}
		var kept []any
		for _, item := range list {
			news := false
			for _, p := range memberPaths(item, "") {
				if !seen[p] {
					seen[p], news = true, true
				}
			}
			if news || len(kept) < 2 {
				kept = append(kept, item)
			}
		}
		top[k] = kept
	}
	for k, v := range top {
		top[k] = shorten(v)
	}
	addMembers(top)
	return top
}

// addMembers gives a corpus the members of the format that the embedded
// data may not show: a localized entry with every member, on the first
// role, and qualifier cues by language.
func addMembers(top map[string]any) {
	if roles, _ := top["roles"].([]any); len(roles) > 0 {
		r := roles[0].(map[string]any)
		loc, _ := r["localized"].([]any)
		r["localized"] = append(loc[:min(len(loc), 1)], map[string]any{
			"lang": "de-CH", "name": "Rolle", "altNames": []any{"Rollen"}, "description": "Eine Rolle."})
	}
	q := top["qualifiers"].(map[string]any)
	if _, ok := q["localized"]; !ok {
		q["localized"] = []any{map[string]any{"lang": "de", "preferred": []any{"von Vorteil"},
			"required": []any{"Anforderungen"}, "negated": []any{"keine"}, "negatedAfter": []any{"nicht erforderlich"}}}
	}
}

// shorten cuts every array inside the members of v to its first two
// items.
func shorten(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if a, ok := x.([]any); ok {
				x = a[:min(len(a), 2)]
			}
			v[k] = shorten(x)
		}
	case []any:
		for i, x := range v {
			v[i] = shorten(x)
		}
	}
	return v
}

// memberPaths lists the paths of the members in v, with the indexes of
// arrays left out, and for strings of a few values also the value.
func memberPaths(v any, at string) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			out = append(out, memberPaths(x, at+"/"+k)...)
		}
	case []any:
		for _, x := range v {
			out = append(out, memberPaths(x, at+"/*")...)
		}
	case string:
		if strings.HasSuffix(at, "/source") || strings.HasSuffix(at, "/type") {
			out = append(out, at+"="+v)
		}
	}
	return append(out, at)
}

// mutants are values put in place of a value of a document: of each JSON
// type, and strings and numbers at the edges of what the schema accepts.
var mutants = []any{
	nil, true, false, json.Number("0"), json.Number("1"), json.Number("5"), json.Number("6"),
	json.Number("-1"), json.Number("4.0"), json.Number("4.5"), json.Number("4e0"), json.Number("1e400"),
	"", "x", "X", "Bad ID", "a--b", "-a", "a-", "a-b", "é", "a\n", "article", "extension",
	"essential", "developer-skills", "http://x", "https://x", "ftp://x", "competency", "exact", "ESCO",
	"builds-foundation-for", []any{}, []any{"x"}, []any{json.Number("1")}, map[string]any{},
}

// mutate calls check with doc after each change of one of its values, or
// of one member of one of its objects, putting the value back after each,
// and with the pointer of what changed.
func mutate(doc any, check func(at string)) {
	var walk func(v any, at string, set func(any))
	walk = func(v any, at string, set func(any)) {
		for _, m := range mutants {
			set(m)
			check(fmt.Sprintf("%s = %#v", at, m))
		}
		set(v)
		switch v := v.(type) {
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(v)) {
				x := v[k]
				delete(v, k)
				check(at + "/" + k + " deleted")
				walk(x, at+"/"+k, func(y any) { v[k] = y })
			}
			for _, k := range []string{"extra", "part", "quote", "uri", "altNames", "$schema", "description"} {
				if _, ok := v[k]; !ok {
					for _, m := range []any{"x", "https://x", "developer-skills", []any{"x"}} {
						v[k] = m
						check(fmt.Sprintf("%s/%s added = %#v", at, k, m))
					}
					delete(v, k)
				}
			}
		case []any:
			for i, x := range v {
				walk(x, at+"/"+strconv.Itoa(i), func(y any) { v[i] = y })
			}
		}
	}
	walk(doc, "", func(any) {})
}

// TestShapesAgreeWithSchema checks that the shapes that restate the schema
// in Go accept exactly the documents the schema accepts: the embedded
// taxonomy, and every document that one change of a value or a member makes
// of the embedded taxonomy cut down to one concept (see shapeCorpus).
func TestShapesAgreeWithSchema(t *testing.T) {
	full, _ := decodeAny(embeddedTaxonomy)
	if !taxonomyShape()(full) {
		t.Fatal("the shapes reject the embedded taxonomy")
	}
	corpus := shapeCorpus(t)
	n, valid := 0, 0
	for _, list := range slices.Sorted(maps.Keys(corpus)) {
		items, ok := corpus[list].([]any)
		if !ok {
			continue
		}
		for i, item := range items {
			doc := maps.Clone(corpus)
			for k, v := range doc {
				if _, ok := v.([]any); ok {
					doc[k] = []any{}
				}
			}
			doc[list] = []any{item}
			if !taxonomyShape()(doc) || !schemaAccepts(t, doc) {
				t.Fatalf("/%s/%d of the embedded taxonomy, cut down, is not valid", list, i)
			}
			mutate(doc, func(at string) {
				n++
				got, want := taxonomyShape()(doc), schemaAccepts(t, doc)
				if got != want {
					t.Fatalf("/%s/%d: the shapes say valid=%v, the schema %v, after %s", list, i, got, want, at)
				}
				if got {
					valid++
					checkFileOf(t, doc)
				}
			})
		}
	}
	t.Logf("%d documents, %d valid", n, valid)
}

// FuzzShapes checks that the shapes accept exactly the documents that the
// schema accepts.
func FuzzShapes(f *testing.F) {
	small, err := json.Marshal(shapeCorpus(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	f.Add([]byte(badDoc("")))
	f.Add(fuzzTaxonomy("Go", "code review", "Golang", "nice to have"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := decodeAny(data)
		if err != nil {
			return
		}
		if got, want := taxonomyShape()(doc), schemaAccepts(t, doc); got != want {
			t.Fatalf("the shapes say valid=%v, the schema %v", got, want)
		}
	})
}

// checkFileOf checks that fileOf makes of doc, which the shapes accept, what
// encoding/json makes of its JSON.
func checkFileOf(t *testing.T, doc any) {
	t.Helper()
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var want file
	if p := unmarshal(data, &want); p != nil {
		t.Fatalf("encoding/json cannot decode a valid document: %v\n%s", p, data)
	}
	if got := fileOf(doc.(map[string]any)); !reflect.DeepEqual(got, want) {
		t.Fatalf("fileOf differs from encoding/json (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// TestFileOfIsUnmarshal checks that fileOf makes of valid documents what
// encoding/json makes of them: the embedded taxonomy and a generated one
// (the shapes' mutants are checked by TestShapesAgreeWithSchema).
func TestFileOfIsUnmarshal(t *testing.T) {
	for _, data := range [][]byte{embeddedTaxonomy, escoDocument(t, 3000)} {
		doc, err := decodeAny(data)
		if err != nil || !taxonomyShape()(doc) {
			t.Fatalf("not a valid document: %v", err)
		}
		checkFileOf(t, doc)
	}
}

// TestDecodeMembersNamedTwice checks that a document in which an object
// names a member twice decodes as encoding/json decodes it (which merges
// objects given twice), and that colons, quotes and backslashes in strings
// do not count as members.
func TestDecodeMembersNamedTwice(t *testing.T) {
	article := `{"source": "article", "part": "developer-skills", "quote": "Say: \\\"so\\\": x"}`
	skill := `{"id": "a", "name": "A: \"the\\ letter\"", "type": "tool", "description": "A: a.", "provenance": `
	tests := []struct {
		why   string
		doc   string
		twice bool
	}{
		{"no member twice, colons and escapes in strings", badDoc(`"skills": [` + skill + article + `}]`), false},
		{"a provenance given twice: encoding/json merges the two",
			badDoc(`"skills": [` + skill + article + `, "provenance": {"source": "extension"}}]`), true},
		{"altNames given twice", badDoc(`"skills": [` + skill + `{"source": "extension"}, "altNames": ["B"], "altNames": ["C"]}]`), true},
		{"a top-level list given twice", `{"skills": [],` + badDoc(`"skills": [` + skill + `{"source": "extension"}}]`)[1:], true},
	}
	for _, tt := range tests {
		data := []byte(tt.doc)
		doc, err := decodeAny(data)
		if err != nil {
			t.Fatalf("%s: %v", tt.why, err)
		}
		if twice := countMembers(data) != treeMembers(doc); twice != tt.twice {
			t.Errorf("%s: members named twice %v, want %v", tt.why, twice, tt.twice)
		}
		var want file
		if p := unmarshal(data, &want); p != nil {
			t.Fatalf("%s: %v", tt.why, p)
		}
		got, err := decode(data)
		if err != nil {
			t.Fatalf("%s: %v", tt.why, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decode differs from encoding/json (-want +got):\n%s", tt.why, cmp.Diff(want, got))
		}
	}
}
