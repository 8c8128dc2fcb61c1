package bridge

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"
)

// slowUTF16 is the obviously right count: the UTF-16 length of text[:i]
// as Go converts it, an invalid byte being one U+FFFD.
func slowUTF16(text string, i int) int { return len(utf16.Encode([]rune(text[:i]))) }

// utf16Cases feed the table test, the benchmark and the fuzz seeds.
var utf16Cases = []struct {
	why  string
	text string
}{
	{"empty text", ""},
	{"ASCII: units equal bytes", "Go and PostgreSQL"},
	{"accents: two bytes, one unit", "Développeur·se back-end: Go, Kafka, procédures"},
	{"emoji: four bytes, two units (a surrogate pair)", "🚀 Go 👩‍💻 Rust 🎉"},
	{"CJK: three bytes, one unit", "バックエンドエンジニア: Go と PostgreSQL、経験5年"},
	{"a combining accent is a rune of its own", "Caf\u0065\u0301 Go"},
	{"invalid bytes: one unit each", "Go \xff\xfe Rust \xc3 Java \xe2\x82 end"},
	{"a truncated four-byte rune at the end", "Kafka \xf0\x9f\x9a"},
	{"a lone surrogate encoded in UTF-8 is invalid", "a\xed\xa0\x80b"},
	{"every width in a row", "aé€😀aé€😀"},
}

// TestUTF16Offsets checks every offset of each text, valid or cutting a
// rune, given in one call, against the slow count.
func TestUTF16Offsets(t *testing.T) {
	for _, tc := range utf16Cases {
		offs := make([]int, len(tc.text)+1)
		for i := range offs {
			offs[i] = i
		}
		got := utf16Offsets(tc.text, offs)
		for i, g := range got {
			if want := slowUTF16(tc.text, i); g != want {
				t.Errorf("%s: %q at byte %d: got %d units, want %d", tc.why, tc.text, i, g, want)
			}
		}
	}
}

// TestUTF16OffsetsOrder: offsets in any order, repeated and out of range
// come back in their own places, out of range ones clamped.
func TestUTF16OffsetsOrder(t *testing.T) {
	text := "é😀Go"                          // bytes: é 0-2, 😀 2-6, G 6, o 7
	offs := []int{8, 2, 0, 6, 2, -3, 99, 7} // units: é 1, 😀 2, G 1, o 1
	want := []int{5, 1, 0, 3, 1, 0, 5, 4}
	got := utf16Offsets(text, offs)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("offset %d: got %d, want %d (all: %v)", offs[i], got[i], want[i], got)
		}
	}
	if offs[0] != 8 || offs[5] != -3 {
		t.Errorf("the offsets were changed: %v", offs)
	}
}

// FuzzUTF16Offsets checks random offsets of any bytes against the slow
// count.
func FuzzUTF16Offsets(f *testing.F) {
	for _, tc := range utf16Cases {
		f.Add(tc.text, uint64(len(tc.text)))
	}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		r := rand.New(rand.NewPCG(seed, uint64(len(text))))
		offs := make([]int, r.IntN(16))
		for i := range offs {
			offs[i] = r.IntN(len(text) + 1)
		}
		got := utf16Offsets(text, offs)
		for i, off := range offs {
			if want := slowUTF16(text, off); got[i] != want {
				t.Fatalf("%q at byte %d: got %d units, want %d", text, off, got[i], want)
			}
		}
	})
}

// BenchmarkUTF16Offsets converts two offsets per word of a long text made
// of the cases.
func BenchmarkUTF16Offsets(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 64<<10 {
		for _, tc := range utf16Cases {
			sb.WriteString(tc.text)
			sb.WriteString("\n")
		}
	}
	text := sb.String()
	var offs []int
	for i := range len(text) {
		if text[i] == ' ' {
			offs = append(offs, i, i+1)
		}
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		utf16Offsets(text, offs)
	}
}
