package roles

import (
	"math/rand/v2"
	"testing"
)

// TestAlnumRun checks alnumRun, which reads eight bytes at a time, against
// a byte loop and hashASCII: runs of every length from 0 to 40, at every
// distance from the end of the text, followed by every kind of byte.
func TestAlnumRun(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	const alnum = "abcXYZ0189"
	after := []byte{' ', '.', '-', '/', '+', '#', '@', '[', '`', '{', '~', 0, 0x7f, 0x80, 0xc3, 0xff, '\n'}
	for n := 0; n <= 40; n++ {
		for _, a := range after {
			for tail := 0; tail <= 17; tail++ {
				b := make([]byte, 0, n+1+tail)
				for range n {
					b = append(b, alnum[r.IntN(len(alnum))])
				}
				b = append(b, a)
				for range tail {
					b = append(b, byte(r.IntN(256)))
				}
				for _, text := range []string{string(b), string(b[:n])} {
					want := 0
					for want < len(text) && wordLower[text[want]] != 0 {
						want++
					}
					end, h := alnumRun(text, 0)
					if end != want {
						t.Fatalf("alnumRun(%q) ends at %d, want %d", text, end, want)
					}
					if want > 0 && h != hashASCII(text, 0, want) {
						t.Fatalf("alnumRun(%q): hash %x, want %x", text, h, hashASCII(text, 0, want))
					}
					if want > 0 && h != hashString(fold(text[:want])) {
						t.Fatalf("alnumRun(%q): hash is not the folded token's", text)
					}
				}
			}
		}
	}
}
