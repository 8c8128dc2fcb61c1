package main

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles"
)

// marshal encodes v as jsonWriter must: encoding/json without HTML
// escapes and without the encoder's newline.
func marshal(t testing.TB, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// jsonStrings are strings with every kind of byte appendString treats
// apart: quotes, backslashes, each control character, DEL, HTML's
// characters, U+2028 and U+2029, invalid and truncated UTF-8, and
// characters of two, three and four bytes.
var jsonStrings = func() []string {
	ss := []string{"", "plain", `"quoted" \ back\slash/`, "<b>&amp;</b>", "\x7f", "line\u2028sep\u2029para",
		"bad \xff byte", "cut \xe2\x82", "\xc3", "é ü ß 日本 🚀", "\ufffd real", "tab\tnew\nret\rbs\bff\f"}
	var ctl strings.Builder
	for c := range 0x20 {
		ctl.WriteByte(byte(c))
		ctl.WriteByte('a')
	}
	return append(ss, ctl.String())
}()

func TestAppendString(t *testing.T) {
	for _, s := range jsonStrings {
		if got, want := string(appendString(nil, s)), marshal(t, s); got != want {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range jsonStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendString(nil, s)), marshal(t, s); got != want {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

// TestAppendFloat checks appendFloat against encoding/json on the edges
// of its two forms and on random values of every magnitude.
func TestAppendFloat(t *testing.T) {
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.0 / 3, 2.0 / 3, -0.8333333333333334, 1e-6, 9.99999e-7,
		1e-7, 1.5e-7, 1e20, 1e21, 9.999999999999999e20, 123456789, 1e-300, 5e-324, math.MaxFloat64, 0.1 + 0.2}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		f := math.Float64frombits(rng.Uint64())
		if !math.IsNaN(f) && !math.IsInf(f, 0) {
			fs = append(fs, f)
		}
		fs = append(fs, rng.Float64(), rng.NormFloat64()*math.Pow(10, float64(rng.IntN(60)-30)))
	}
	for _, f := range fs {
		if got, want := string(appendFloat(nil, f)), marshal(t, f); got != want {
			t.Errorf("appendFloat(%v) = %s, want %s", f, got, want)
		}
	}
}

// TestRoleLists checks the JSON of a role's matched, missing and evidence
// lists against encoding/json on the shapes they stand for: the IDs as a
// []string, never null, and the evidence as a map from each matched ID to
// its chains, "id→via→via", only for IDs with evidence.
func TestRoleLists(t *testing.T) {
	tax := roles.Default()
	texts := append([]string{"", "Go", "Senior Backend Engineer: Go, Kafka, PostgreSQL, REST APIs, on-call. No PHP."}, positionTexts...)
	for _, tc := range decideCases {
		texts = append(texts, tc.text)
	}
	dup := []roles.Coverage{ // not from a ranking: one ID twice shares a key, in order
		{ID: "b", Evidence: []roles.Evidence{{ID: "x", Via: []string{"y", "z"}}}},
		{ID: "a"},
		{ID: "b", Evidence: []roles.Evidence{{ID: "w\"<"}}},
	}
	lists := [][]roles.Coverage{nil, {}, dup}
	for _, text := range texts {
		for _, m := range tax.RankMentions(tax.Extract(text)) {
			lists = append(lists, m.Matched, m.Missing)
		}
	}
	for _, cs := range lists {
		ids := []string{}
		ev := map[string][]string{}
		for _, c := range cs {
			ids = append(ids, c.ID)
			for _, e := range c.Evidence {
				ev[c.ID] = append(ev[c.ID], strings.Join(append([]string{e.ID}, e.Via...), "→"))
			}
		}
		if diff := cmp.Diff(marshal(t, ids), string(coverageIDs(cs).appendJSON(nil))); diff != "" {
			t.Errorf("coverageIDs (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(marshal(t, ev), string(evidenceOf(cs).appendJSON(nil))); diff != "" {
			t.Errorf("evidenceOf (-want +got):\n%s", diff)
		}
	}
}

// TestJSONWriterSpills: a report longer than spillAt is written in pieces
// and still comes out whole, as encoding/json prints it.
func TestJSONWriterSpills(t *testing.T) {
	tax := roles.Default()
	text := strings.Repeat("Backend engineer with Go, Kafka and PostgreSQL; \"REST\" APIs.\n", 400)
	r := analyze(tax, "big.md", document{text: text, line: 1}, false, "", -1)
	want := marshal(t, r) + "\n"
	if len(want) < 4*spillAt {
		t.Fatalf("the report is %d bytes, want more than %d for the test to spill", len(want), 4*spillAt)
	}
	var got bytes.Buffer
	if err := newJSONWriter(&got).report(r); err != nil {
		t.Fatal(err)
	}
	if got.String() != want {
		t.Errorf("a spilled report differs from encoding/json's: %d bytes, want %d", got.Len(), len(want))
	}
}

// TestPlain8 checks plain8 against a test of each byte: every byte value
// at every place among plain bytes, and random words.
func TestPlain8(t *testing.T) {
	slow := func(s string) bool {
		for i := range len(s) {
			if s[i] >= utf8.RuneSelf || !jsonPlain[s[i]] {
				return false
			}
		}
		return true
	}
	check := func(s string) {
		if got, want := plain8(s), slow(s); got != want {
			t.Errorf("plain8(%q) = %v, want %v", s, got, want)
		}
	}
	for c := range 256 {
		for at := range 8 {
			b := []byte("aZ9 ~!#a")
			b[at] = byte(c)
			check(string(b))
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b [8]byte
		for i := range b {
			b[i] = byte(rng.IntN(256))
			if rng.IntN(2) == 0 {
				b[i] = byte(0x20 + rng.IntN(0x60))
			}
		}
		check(string(b[:]))
	}
}
