package bridge

import (
	"slices"
	"unicode/utf8"
)

// utf16Offsets converts byte offsets of text into offsets in UTF-16 code
// units, as JavaScript counts a string's length: out[i] is
// len(utf16.Encode([]rune(text[:offs[i]]))). It walks the text once,
// whatever the number or order of the offsets. Offsets below 0 or past
// the end are taken as 0 or len(text).
//
// The rule of []rune holds for any bytes: an invalid byte is one U+FFFD,
// one unit, and an offset inside the encoding of a rune cuts it into as
// many invalid bytes as the cut keeps, one unit each.
func utf16Offsets(text string, offs []int) []int {
	out := make([]int, len(offs))
	order := make([]int, len(offs))
	for i := range order {
		order[i] = i
	}
	sorted := slices.IsSortedFunc(order, func(a, b int) int { return offs[a] - offs[b] })
	if !sorted {
		slices.SortStableFunc(order, func(a, b int) int { return offs[a] - offs[b] })
	}
	pos, units := 0, 0 // pos is at a rune boundary, units counts text[:pos]
	for _, k := range order {
		off := min(max(offs[k], 0), len(text))
		for pos < off {
			r, size := utf8.DecodeRuneInString(text[pos:])
			if pos+size > off {
				break // off cuts the rune at pos
			}
			pos += size
			units++
			if r >= 0x10000 {
				units++ // a surrogate pair
			}
		}
		out[k] = units + off - pos
	}
	return out
}
