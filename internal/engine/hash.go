package engine

import (
	"math/bits"
)

// The hash of a folded token packs its bytes eight at a time into 64-bit
// words (little-endian, the last one padded with zeros, which no token
// holds) and mixes each word in. hashASCII computes the same hash eight
// bytes at a time for a run of ASCII letters and digits. hashMix(0, w) is a
// bijection of w (a multiplication by an odd constant, then a xorshift), so
// two tokens of at most 8 bytes with the same hash are the same token.
type hasher struct {
	h, acc uint64
	k      uint
}

func hashMix(h, w uint64) uint64 {
	h = (h ^ w) * 0x9e3779b97f4a7c15
	return h ^ h>>32
}

func (x *hasher) add(b byte) {
	x.acc |= uint64(b) << (8 * x.k)
	x.k++
	if x.k == 8 {
		x.h = hashMix(x.h, x.acc)
		x.acc, x.k = 0, 0
	}
}

func (x *hasher) sum() uint64 {
	if x.k > 0 {
		return hashMix(x.h, x.acc)
	}
	return x.h
}

// hashASCII hashes text[p:q], a run of ASCII letters and digits, folded.
// Or-ing 0x20 lowers letters and leaves digits as they are.
func hashASCII(text string, p, q int) uint64 {
	var h uint64
	for ; q-p >= 8; p += 8 {
		h = hashMix(h, load64(text, p)|0x2020202020202020)
	}
	if p < q && p+8 <= len(text) {
		// One load; the bytes past the word are masked off.
		n := uint(q-p) * 8
		return hashMix(h, (load64(text, p)|0x2020202020202020)&(1<<n-1))
	}
	if p < q {
		var w uint64
		for k := 0; p < q; p, k = p+1, k+8 {
			w |= uint64(text[p]|0x20) << k
		}
		h = hashMix(h, w)
	}
	return h
}

// alnumRun returns the end of the run of ASCII letters and digits that
// starts at text[p], and its hash (hashASCII). A run of fewer than 8 bytes
// is found in one load, without a branch per byte that the processor
// would mispredict at the end of each word; its hash comes from the same
// load.
func alnumRun(text string, p int) (end int, h uint64) {
	if p+16 <= len(text) {
		// Up to 15 bytes in two loads, and without a branch on the length.
		x, y := load64(text, p), load64(text, p+8)
		o1, o2 := ^alnumLanes(x)&lanes80, ^alnumLanes(y)&lanes80
		if o1|o2 != 0 {
			n1 := uint(bits.TrailingZeros64(o1)) // 8 × length + 7, or 64
			n2 := uint(bits.TrailingZeros64(o2)) & (uint(0) - uint(n1>>6))
			// n2 is 0 unless the word is 8 bytes or more.
			h1 := hashMix(0, (x|lanes20)&(1<<(n1&^7)-1))
			h2 := hashMix(h1, (y|lanes20)&(1<<(n2&^7)-1))
			if n2 < 8 {
				h2 = h1 // under 9 bytes: no second word in the hash
			}
			return p + int(n1>>3+n2>>3), h2
		}
	} else if p+8 <= len(text) {
		x := load64(text, p)
		if other := ^alnumLanes(x) & lanes80; other != 0 {
			n := uint(bits.TrailingZeros64(other))
			return p + int(n>>3), hashMix(0, (x|lanes20)&(1<<(n&^7)-1))
		}
	}
	end = p
	for end < len(text) && wordLower[text[end]] != 0 {
		end++
	}
	return end, hashASCII(text, p, end)
}

// load64 reads 8 bytes of text at p, little-endian.
func load64(text string, p int) uint64 {
	b := text[p : p+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// load32 reads 4 bytes of text at p, little-endian.
func load32(text string, p int) uint32 {
	b := text[p : p+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func hashString(s string) uint64 {
	var x hasher
	for i := 0; i < len(s); i++ {
		x.add(s[i])
	}
	return x.sum()
}

const (
	lanes7f = 0x7f7f7f7f7f7f7f7f
	lanes80 = 0x8080808080808080
	lanes20 = 0x2020202020202020
)

// alnumLanes sets the high bit of each byte of x that is an ASCII letter or
// digit, and clears every other bit. Each byte is compared in its own lane:
// with the high bits cleared first, no addition carries into the next byte.
func alnumLanes(x uint64) uint64 {
	y := x & lanes7f
	l := y | lanes20                                               // letters in lower case
	letter := (l + 0x1f1f1f1f1f1f1f1f) &^ (l + 0x0505050505050505) // 'a' <= l <= 'z'
	digit := (y + 0x5050505050505050) &^ (y + 0x4646464646464646)  // '0' <= y <= '9'
	return (letter | digit) &^ x & lanes80
}

// alnumEqual is foldEqual(text[p:q], f) for a token of ASCII letters and
// digits, eight bytes at a time.
func alnumEqual(text string, p, q int, f string) bool {
	if q-p != len(f) {
		return false
	}
	k := 0
	for ; q-p >= 8; p, k = p+8, k+8 {
		if load64(text, p)|0x2020202020202020 != load64(f, k) {
			return false
		}
	}
	for ; p < q; p, k = p+1, k+1 {
		if text[p]|0x20 != f[k] {
			return false
		}
	}
	return true
}
