package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
	"slices"
)

// A snapshot is a compiled Matcher written out by AppendBinary and read back
// by Load, so that a program can ship the matcher of a fixed configuration
// instead of building it at run time (for a matcher built into the
// program, see BuiltinSource). It is not a stable format: it holds the matcher's
// tables as this version of the engine builds them, and Load refuses a
// snapshot of another format version. A snapshot is
//
//	magic    "rlem"
//	version  uint32, little-endian (snapshotVersion)
//	length   uint32, little-endian, of the payload
//	crc      uint32, little-endian, CRC-32 (IEEE) of the payload
//	payload
//
// and the payload is, in this order: the strings of phrases and names (a
// count, each length, then their bytes); their lists (a count, then the
// index of each string); the rules; the names; the phrases; the trie
// nodes; the two edge tables, as their size and the slot of each edge (the
// edge itself is the node it leads to); the two bit sets; the dotted
// tokens; the gaps and the phrases text cannot match; the coordination
// flags; the depth. Numbers are unsigned varints, index+1 where an index
// may be -1, and token hashes and bit set words are little-endian uint64s.
// What the builder derives from constants (coordHashes, coordMask,
// wellHash) is derived again by Load.
const (
	snapshotMagic   = "rlem"
	snapshotVersion = 3 // 3: phrases of the words that end a clause and of "not only" by language
	snapshotHeader  = 16
)

// AppendBinary appends a snapshot of m to b and returns the extended
// buffer. Load reads it back into a matcher equal to m. The same matcher
// always gives the same bytes.
func (m *Matcher) AppendBinary(b []byte) []byte {
	var w snapWriter
	m.writeStrings(&w)
	m.writeTables(&w)
	b = append(b, snapshotMagic...)
	b = binary.LittleEndian.AppendUint32(b, snapshotVersion)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(w.b)))
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(w.b))
	return append(b, w.b...)
}

// Load reads a snapshot that AppendBinary wrote. It returns an error, and
// no matcher, when data is not a snapshot of this format version, when its
// checksum does not match, or when an index in it is out of range.
func Load(data []byte) (*Matcher, error) {
	if len(data) < snapshotHeader || string(data[:4]) != snapshotMagic {
		return nil, errors.New("roles: engine snapshot: not a snapshot")
	}
	if v := binary.LittleEndian.Uint32(data[4:]); v != snapshotVersion {
		return nil, fmt.Errorf("roles: engine snapshot: format version %d, want %d", v, snapshotVersion)
	}
	n, sum := binary.LittleEndian.Uint32(data[8:]), binary.LittleEndian.Uint32(data[12:])
	p := data[snapshotHeader:]
	if uint64(len(p)) != uint64(n) {
		return nil, fmt.Errorf("roles: engine snapshot: %d bytes of payload, want %d", len(p), n)
	}
	if crc32.ChecksumIEEE(p) != sum {
		return nil, errors.New("roles: engine snapshot: checksum mismatch")
	}
	return loadPayload(p)
}

// loadPayload decodes and checks a payload whose checksum matched.
func loadPayload(p []byte) (*Matcher, error) {
	r := &snapReader{b: p}
	m := &Matcher{known: map[uint64]bool{}, gaps: map[int32][]uint64{}, never: map[int32]bool{}}
	setConstants(m)
	m.readTables(r)
	if r.err == nil && len(r.b) > 0 {
		r.fail("%d bytes left over", len(r.b))
	}
	if r.err != nil {
		return nil, r.err
	}
	return m, nil
}

// writeTables writes the payload after the strings.
func (m *Matcher) writeTables(w *snapWriter) {
	m.writeRules(w)
	m.writeNames(w)
	m.writePhrases(w)
	m.writeNodes(w)
	w.edges(&m.edges)
	w.edges(&m.roots)
	w.bloom(&m.first)
	w.bloom(&m.pairs)
	w.hashSet(m.known)
	w.uint(len(m.gaps))
	for _, p := range sortedKeys(m.gaps) {
		w.uint(int(p))
		w.uint(len(m.gaps[p]))
		for _, g := range m.gaps[p] {
			w.u64(g)
		}
	}
	w.uint(len(m.never))
	for _, p := range sortedKeys(m.never) {
		w.uint(int(p))
	}
	w.uint(len(m.coordOf))
	w.b = append(w.b, m.coordOf...)
	w.uint(m.depth)
}

// readTables reads what writeTables wrote, checking every index.
func (m *Matcher) readTables(r *snapReader) {
	m.readStrings(r)
	m.readRules(r)
	m.readNames(r)
	m.readPhrases(r)
	m.readNodes(r)
	r.readEdges(&m.edges, m.nodes, false)
	r.readEdges(&m.roots, m.nodes, true)
	r.readBloom(&m.first)
	r.readBloom(&m.pairs)
	r.readHashSet(m.known)
	for range r.count(2) {
		p := r.index(len(m.phrases))
		g := make([]uint64, r.count(8))
		for i := range g {
			g[i] = r.u64()
		}
		if len(g) == 0 || m.gaps[p] != nil {
			r.fail("bad gaps of phrase %d", p)
		}
		m.gaps[p] = g
	}
	for range r.count(1) {
		m.never[r.index(len(m.phrases))] = true
	}
	if r.count(1) != len(m.phrases) {
		r.fail("coordination flags do not match the phrases")
	}
	m.coordOf = r.bytes(len(m.phrases))
	if m.depth = r.num(); r.err == nil && m.depth != trieDepth(m.nodes) {
		r.fail("depth %d, but the trie is %d deep", m.depth, trieDepth(m.nodes))
	}
}

// writeStrings writes the string table.
func (m *Matcher) writeStrings(w *snapWriter) {
	n := max(0, len(m.strs.ends)-1)
	w.uint(n)
	for i := range n {
		w.uint(int(m.strs.ends[i+1] - m.strs.ends[i]))
	}
	w.b = append(w.b, m.strs.text...)
	w.uint(len(m.strs.lists))
	for _, s := range m.strs.lists {
		w.uint(int(s))
	}
}

// readStrings reads the string table: the strings share one allocation.
func (m *Matcher) readStrings(r *snapReader) {
	n := r.count(1)
	ends := make([]uint32, n+1)
	for i := range n {
		ends[i+1] = ends[i] + uint32(r.index(len(r.b)+1))
		if int(ends[i+1]) > len(r.b) {
			r.fail("strings overrun")
		}
	}
	text := string(r.bytes(int(ends[n])))
	lists := makeOrNil[uint32](r.count(1))
	for i := range lists {
		lists[i] = uint32(r.index(n))
	}
	m.strs = strTable{text: text, ends: ends, lists: lists}
}

func (m *Matcher) writeRules(w *snapWriter) {
	w.uint(len(m.rules))
	for _, ri := range m.rules {
		w.bool(ri.caseSensitive)
		w.indexes(ri.context)
		w.indexes(ri.notWithin)
	}
}

// readRules reads the rules; their phrase indexes are checked by
// readPhrases, which knows how many phrases there are.
func (m *Matcher) readRules(r *snapReader) {
	m.rules = makeOrNil[ruleInfo](r.count(3))
	for i := range m.rules {
		m.rules[i] = ruleInfo{caseSensitive: r.bool(), context: r.indexes(), notWithin: r.indexes()}
	}
}

// Flags of a name in a snapshot.
const (
	snapGenerated = 1 << iota
	snapSkill
	snapLanguage
	snapNameFlags = 1<<iota - 1
)

func (m *Matcher) writeNames(w *snapWriter) {
	w.uint(len(m.names))
	for _, n := range m.names {
		w.uint(int(n.src))
		w.uint(int(n.id))
		w.b = append(w.b, b2u(n.generated)|b2u(n.skill)<<1|b2u(n.language)<<2)
		w.uint(int(n.rule))
		w.list(n.raw)
	}
}

func (m *Matcher) readNames(r *snapReader) {
	m.names = makeOrNil[nameEntry](r.count(5))
	for i := range m.names {
		n := &m.names[i]
		n.src, n.id = int32(r.num()), uint32(r.index(len(m.strs.ends)-1))
		f := r.byte()
		n.generated, n.skill, n.language = f&snapGenerated != 0, f&snapSkill != 0, f&snapLanguage != 0
		if f&^snapNameFlags != 0 {
			r.fail("bad flags of name %d", i)
		}
		n.rule = r.index(len(m.rules) + 1)
		n.raw = r.list(len(m.strs.lists))
	}
}

func (m *Matcher) writePhrases(w *snapWriter) {
	w.uint(len(m.phrases))
	for _, ph := range m.phrases {
		w.list(ph.toks)
		w.uint(int(ph.name + 1))
		w.uint(int(ph.form + 1))
		w.b = append(w.b, ph.cues)
	}
}

// readPhrases reads the phrases; a phrase of a name takes the name's rule
// and index, as setNodes gave them.
func (m *Matcher) readPhrases(r *snapReader) {
	m.phrases = makeOrNil[phrase](r.count(5))
	for i := range m.phrases {
		ph := &m.phrases[i]
		if ph.toks = r.list(len(m.strs.lists)); ph.toks.n == 0 {
			r.fail("phrase %d has no tokens", i)
		}
		ph.name = r.index(len(m.names)+1) - 1
		ph.form = int32(r.num()) - 1
		ph.cues = r.byte()
		if ph.name >= 0 {
			ph.rule, ph.src = m.names[ph.name].rule, m.names[ph.name].src
		}
	}
	for _, ri := range m.rules {
		for _, p := range slices.Concat(ri.context, ri.notWithin) {
			if p < 0 || int(p) >= len(m.phrases) {
				r.fail("rule phrase %d out of range", p)
			}
		}
	}
}

func (m *Matcher) writeNodes(w *snapWriter) {
	w.uint(len(m.nodes))
	for _, n := range m.nodes {
		w.uint(int(n.parent + 1))
		w.uint(int(n.phrase + 1))
		w.u64(n.h)
		w.uint(int(n.kids))
		w.b = append(w.b, n.flags, n.cues)
	}
}

// readNodes reads the trie's nodes: each after its parent, with as many
// kids as nodes name it their parent.
func (m *Matcher) readNodes(r *snapReader) {
	m.nodes = make([]trieNode, r.count(12))
	kids := make([]int32, len(m.nodes))
	for i := range m.nodes {
		n := &m.nodes[i]
		n.parent = r.index(i+1) - 1
		if (i == 0) != (n.parent < 0) {
			r.fail("node %d has parent %d", i, n.parent)
		}
		if n.parent >= 0 {
			kids[n.parent]++
		}
		n.phrase = r.index(len(m.phrases)+1) - 1
		n.h = r.u64()
		n.kids = int32(r.num())
		n.flags, n.cues = r.byte(), r.byte()
	}
	if r.err == nil && len(m.nodes) == 0 {
		r.fail("no root")
	}
	for i := range m.nodes {
		if r.err == nil && m.nodes[i].kids != kids[i] {
			r.fail("node %d has %d kids, not %d", i, kids[i], m.nodes[i].kids)
		}
	}
}

// trieDepth is the depth of the deepest node, or -1 when a node is deeper
// than maxDepth; parents come first.
func trieDepth(nodes []trieNode) int {
	d, deepest := make([]uint8, len(nodes)), 0
	for i := 1; i < len(nodes); i++ {
		if d[i] = d[nodes[i].parent] + 1; d[i] > maxDepth {
			return -1
		}
		deepest = max(deepest, int(d[i]))
	}
	return deepest
}

// sortedKeys returns the keys of a map in increasing order.
func sortedKeys[V any](m map[int32]V) []int32 {
	keys := make([]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// makeOrNil makes a slice of n items, nil for none, as append leaves a
// slice the builder never appended to.
func makeOrNil[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, n)
}

func b2u(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// snapWriter writes a payload.
type snapWriter struct {
	b []byte
}

func (w *snapWriter) uint(v int) { w.b = binary.AppendUvarint(w.b, uint64(v)) }
func (w *snapWriter) u64(v uint64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, v)
}
func (w *snapWriter) bool(v bool) { w.b = append(w.b, b2u(v)) }

// list writes a list of strings as its start and length.
func (w *snapWriter) list(l strList) {
	w.uint(int(l.at))
	w.uint(int(l.n))
}

func (w *snapWriter) indexes(l []int32) {
	w.uint(len(l))
	for _, p := range l {
		w.uint(int(p))
	}
}

// edges writes the size of t and the slot and node of each edge in
// increasing order of slot, the slot as the distance from the one before.
func (w *snapWriter) edges(t *edgeTable) {
	w.uint(len(t.e))
	w.uint(t.n)
	last := -1
	for i, e := range t.e {
		if e.child != 0 {
			w.uint(i - last)
			w.uint(int(e.child))
			last = i
		}
	}
}

func (w *snapWriter) bloom(b *bloom) {
	w.uint(len(b.bits))
	w.uint(int(b.shift))
	for _, x := range b.bits {
		w.u64(x)
	}
}

func (w *snapWriter) hashSet(s map[uint64]bool) {
	keys := sortedHashes(s)
	w.uint(len(keys))
	for _, k := range keys {
		w.u64(k)
	}
}

// snapReader reads a payload. The first error it meets sticks: later reads
// return zero values, so that a decoder checks r.err once at the end.
type snapReader struct {
	b   []byte
	err error
}

func (r *snapReader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("roles: engine snapshot: "+format, args...)
	}
	r.b = nil
}

func (r *snapReader) uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("truncated or bad number")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a number of items of at least minSize bytes each (minSize
// >= 1), which the rest of the payload must be able to hold.
func (r *snapReader) count(minSize int) int {
	v := r.uint()
	if v > uint64(len(r.b)/minSize) {
		r.fail("count %d out of range", v)
		return 0
	}
	return int(v)
}

// num reads a number that fits an int32.
func (r *snapReader) num() int {
	v := r.uint()
	if v > math.MaxInt32 {
		r.fail("number %d out of range", v)
		return 0
	}
	return int(v)
}

// index reads a number below n.
func (r *snapReader) index(n int) int32 {
	v := r.uint()
	if v >= uint64(n) {
		r.fail("index %d out of range [0, %d)", v, n)
		return 0
	}
	return int32(v)
}

func (r *snapReader) u64() uint64 {
	if len(r.b) < 8 {
		r.fail("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *snapReader) byte() byte {
	if len(r.b) < 1 {
		r.fail("truncated")
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *snapReader) bool() bool {
	v := r.byte()
	if v > 1 {
		r.fail("bad bool %d", v)
	}
	return v == 1
}

func (r *snapReader) bytes(n int) []byte {
	if len(r.b) < n {
		r.fail("truncated")
		return make([]byte, n)
	}
	v := slices.Clone(r.b[:n])
	r.b = r.b[n:]
	return v
}

// list reads a list of strings, within n strings of lists.
func (r *snapReader) list(n int) strList {
	at := r.index(n + 1)
	k := r.index(n - int(at) + 1)
	return strList{at: uint32(at), n: uint32(k)}
}

func (r *snapReader) indexes() []int32 {
	n := r.count(1)
	if n == 0 {
		return nil
	}
	l := make([]int32, n)
	for i := range l {
		l[i] = int32(r.num())
	}
	return l
}

// readEdges reads an edge table, each edge from the node it leads to; the
// root's table holds the root's edges, the other every edge. The table is
// at most half full, so that a probe for an absent token ends at an empty
// slot, and at least an eighth when larger than 1024 slots: insert leaves
// it between an eighth and a quarter full, and a snapshot made while it
// left tables half full reads as well.
func (r *snapReader) readEdges(t *edgeTable, nodes []trieNode, roots bool) {
	size, n := r.num(), r.count(1)
	if r.err != nil || size < 1024 || size&(size-1) != 0 || 2*n > size || size > max(1024, 8*n) {
		r.fail("bad edge table of %d edges in %d slots", n, size)
		return
	}
	t.e, t.mask, t.shift, t.n = make([]edge, size), uint64(size-1), uint(64-bits.Len(uint(size-1))), n
	slot, seen := -1, make([]bool, len(nodes))
	for range n {
		d := int(r.index(size - slot)) // slot+d < size
		slot += d
		c := r.index(len(nodes))
		if r.err != nil || d == 0 || c == 0 || seen[c] || roots && nodes[c].parent != 0 {
			r.fail("bad edge at slot %d", slot)
			return
		}
		seen[c] = true
		t.e[slot] = edge{h: nodes[c].h, parent: nodes[c].parent, child: c}
	}
	want := len(nodes) - 1
	if roots {
		want = int(nodes[0].kids)
	}
	if n != want {
		r.fail("%d edges, want %d", n, want)
	}
}

func (r *snapReader) readBloom(b *bloom) {
	words, shift := r.count(8), r.num()
	size := words * 64
	if r.err != nil || words == 0 || size&(size-1) != 0 || shift+bits.Len(uint(size-1)) > 64 {
		r.fail("bad bit set of %d words", words)
		*b = bloom{bits: make([]uint64, 1)}
		return
	}
	b.bits, b.mask, b.shift = make([]uint64, words), uint64(size-1), uint(shift)
	for i := range b.bits {
		b.bits[i] = r.u64()
	}
}

func (r *snapReader) readHashSet(s map[uint64]bool) {
	for range r.count(8) {
		s[r.u64()] = true
	}
}
