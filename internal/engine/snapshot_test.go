package engine

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"reflect"
	"slices"
	"testing"
)

// TestSnapshotRoundTrip checks that a snapshot loads into a matcher equal,
// field by field, to the one written, for the taxonomies of the module, and
// that it finds the same hits in the case texts; and that building twice
// gives the same bytes, as the check of package roles that its snapshot is
// fresh needs.
func TestSnapshotRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    *Config
	}{
		{"corpus", corpusConfig()},
		{"default", defaultConfig()},
		{"small", smallConfig()},
		{"languages", &Config{Names: []Name{{ID: "dev", Text: "developer"}, {ID: "dev", Text: "Entwickler", Lang: "de"}, {ID: "dev", Text: "développeur", Lang: "fr-CA"}}}},
		{"empty", &Config{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			built := New(tc.c)
			data := built.AppendBinary(nil)
			if again := New(tc.c).AppendBinary(nil); !bytes.Equal(data, again) {
				t.Fatal("two builds of one configuration give different snapshots")
			}
			loaded, err := Load(data)
			if err != nil {
				t.Fatal(err)
			}
			checkSameMatcher(t, "loaded", built, loaded)
		})
	}
}

// TestSnapshotCorrupt checks that a snapshot with any byte changed, cut
// short or with bytes added gives an error.
func TestSnapshotCorrupt(t *testing.T) {
	data := New(corpusConfig()).AppendBinary(nil)
	step := max(1, len(data)/5000)
	for i := 0; i < len(data); i += step {
		bad := slices.Clone(data)
		bad[i] ^= 1 << (i % 8)
		if _, err := Load(bad); err == nil {
			t.Fatalf("byte %d changed: no error", i)
		}
		if _, err := Load(data[:i]); err == nil {
			t.Fatalf("cut to %d bytes: no error", i)
		}
	}
	if _, err := Load(append(slices.Clone(data), 0)); err == nil {
		t.Fatal("a byte added: no error")
	}
	wrongVersion := slices.Clone(data)
	binary.LittleEndian.PutUint32(wrongVersion[4:], snapshotVersion+1)
	if _, err := Load(wrongVersion); err == nil {
		t.Fatal("another format version: no error")
	}
}

// FuzzLoad checks that Load never panics: it fails on what AppendBinary
// did not write, or gives a matcher that writes the same bytes back. The
// payload is also given a good header, so that the checks behind the
// checksum are fuzzed too: what they let through must write out and load
// back equal.
func FuzzLoad(f *testing.F) {
	f.Add(New(smallConfig()).AppendBinary(nil))
	f.Add(New(&Config{}).AppendBinary(nil))
	f.Add([]byte("rlem"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := Load(data); err == nil && !bytes.Equal(m.AppendBinary(nil), data) {
			t.Fatal("a snapshot loads but does not write back the same")
		}
		payload := data
		if len(data) >= snapshotHeader && string(data[:4]) == snapshotMagic {
			payload = data[snapshotHeader:]
		}
		m, err := Load(withHeader(payload))
		if err != nil {
			return
		}
		again, err := Load(m.AppendBinary(nil))
		if err != nil || !reflect.DeepEqual(m, again) {
			t.Fatalf("a loaded matcher does not write out and load back equal: %v", err)
		}
	})
}

// withHeader puts a good header before a payload.
func withHeader(p []byte) []byte {
	b := []byte(snapshotMagic)
	b = binary.LittleEndian.AppendUint32(b, snapshotVersion)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(p)))
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(p))
	return append(b, p...)
}

// smallConfig is a configuration with a little of everything a snapshot
// holds: forms, a shared rule with context and NotWithin phrases, a name
// with a gap, cues; small enough for the fuzzer.
func smallConfig() *Config {
	goRule := &Rule{CaseSensitive: true, Context: []string{"golang", "backend"}, NotWithin: []string{"go live"}}
	return &Config{
		Names: []Name{
			{ID: "api-design", Text: "API design", Forms: LastWord, Skill: true},
			{ID: "c-sharp", Text: "C#", Skill: true, Language: true},
			{ID: "ci-cd", Text: "CI/CD", Skill: true},
			{ID: "go", Text: "Go", Skill: true, Language: true, Rule: goRule},
			{ID: "go", Text: "Golang", Skill: true, Language: true, Rule: goRule},
			{ID: "node", Text: "Node.js", Skill: true},
			{ID: "review", Text: "code review", Forms: EdgeWords, Skill: true},
			{ID: "unit-tests", Text: "unit tests", Forms: LastWord, Skill: true},
		},
		Cues: Cues{Preferred: []string{"nice to have"}, Required: []string{"must have"}, Negated: []string{"no"}, NegatedAfter: []string{"not required"}},
	}
}

// collectHits returns the hits of text.
func collectHits(m *Matcher, text string) []Hit {
	var hits []Hit
	m.Collect(text, func(h []Hit) { hits = slices.Clone(h) })
	return hits
}

// TestFreezeRoundTrip checks that the tables BuiltinSource writes make a
// matcher equal, field by field, to the one frozen, for the taxonomies of
// the module (without compiling them: freeze and thaw are what the source
// stands between), and that it finds the same hits in the case texts.
func TestFreezeRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    *Config
	}{
		{"corpus", corpusConfig()},
		{"default", defaultConfig()},
		{"small", smallConfig()},
		{"empty", &Config{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			built := New(tc.c)
			thawed := built.freeze().thaw()
			checkSameMatcher(t, "thawed", built, thawed)
		})
	}
}

// checkSameMatcher checks that a matcher made again from built (loaded
// from a snapshot, or thawed from frozen tables) equals it field by field
// and finds the same hits in the case texts; how says how it was made.
func checkSameMatcher(t *testing.T, how string, built, again *Matcher) {
	t.Helper()
	if !reflect.DeepEqual(built, again) {
		t.Fatalf("the %s matcher differs from the one built", how)
	}
	if len(built.phrases) == 0 {
		return // an empty matcher finds nothing
	}
	for _, text := range caseTexts(t) {
		if want, got := collectHits(built, text), collectHits(again, text); !slices.Equal(want, got) {
			t.Fatalf("%q: %s matcher finds %v, built one %v", text, how, got, want)
		}
	}
}

// TestFrozenHoldsNoPointers checks that the tables of a frozen matcher are
// slices of pointer-free values, so that as static data the GC has nothing
// to scan in them; the text is one string.
func TestFrozenHoldsNoPointers(t *testing.T) {
	ft := reflect.TypeFor[frozen]()
	for i := range ft.NumField() {
		f := ft.Field(i)
		if f.Type.Kind() == reflect.Slice && hasPointers(f.Type.Elem()) {
			t.Errorf("frozen.%s holds pointers", f.Name)
		}
	}
}

// hasPointers reports whether values of type t hold pointers.
func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	case reflect.Array:
		return hasPointers(t.Elem())
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return false
	}
	return true
}
