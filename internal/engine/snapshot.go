package engine

import (
	"cmp"
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
// instead of building it at run time (package roles does so for its
// embedded taxonomy). It is not a stable format: it holds the matcher's
// tables as this version of the engine builds them, and Load refuses a
// snapshot of another format version. A snapshot is
//
//	magic    "rlem"
//	version  uint32, little-endian (snapshotVersion)
//	length   uint32, little-endian, of the payload
//	crc      uint32, little-endian, CRC-32 (IEEE) of the payload
//	payload
//
// and the payload is, in this order: the strings (a count, each length,
// then their bytes); the rules; the names and the phrases, each after
// the number of tokens they hold together (the reader makes room for all
// at once); the trie nodes; the
// two edge tables, as their size and the slot of each edge (the edge
// itself is the node it leads to); the two bit sets; the dotted tokens; the
// gaps and the phrases text cannot match; the coordination flags; the
// depth. Numbers are unsigned varints, index+1 where an index may be -1,
// and token hashes and bit set words are little-endian uint64s. What the
// builder derives from constants (coordHashes, coordMask, wellHash) is
// derived again by Load.
const (
	snapshotMagic   = "rlem"
	snapshotVersion = 2
	snapshotHeader  = 16
)

// AppendBinary appends a snapshot of m to b and returns the extended
// buffer. Load reads it back into a matcher equal to m. The same matcher
// always gives the same bytes.
func (m *Matcher) AppendBinary(b []byte) []byte {
	var w snapWriter
	w.strIndex = map[string]int{}
	m.writeTables(&w)
	var p []byte
	p = binary.AppendUvarint(p, uint64(len(w.strs)))
	for _, s := range w.strs {
		p = binary.AppendUvarint(p, uint64(len(s)))
	}
	for _, s := range w.strs {
		p = append(p, s...)
	}
	p = append(p, w.b...)
	b = append(b, snapshotMagic...)
	b = binary.LittleEndian.AppendUint32(b, snapshotVersion)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(p)))
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(p))
	return append(b, p...)
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
	r.readStrings()
	m := &Matcher{known: map[uint64]bool{}, gaps: map[int32][]uint64{}, never: map[int32]bool{}}
	m.coordHashes, m.wellHash = coordHashes(), hashString("well")
	for _, h := range m.coordHashes {
		m.coordMask |= 1 << (h >> 58)
	}
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
	rules := m.writeRules(w)
	m.writeNames(w, rules)
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
	rules := r.readRules()
	m.readNames(r, rules)
	m.readPhrases(r, rules)
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

// writeRules writes each rule once, in the order names first have them,
// and returns the index of each.
func (m *Matcher) writeRules(w *snapWriter) map[*ruleInfo]int {
	at := map[*ruleInfo]int{}
	var list []*ruleInfo
	for _, n := range m.names {
		if _, ok := at[n.rule]; n.rule != nil && !ok {
			at[n.rule] = len(list)
			list = append(list, n.rule)
		}
	}
	w.uint(len(list))
	for _, ri := range list {
		w.bool(ri.caseSensitive)
		w.indexes(ri.context)
		w.indexes(ri.notWithin)
	}
	return at
}

// readRules reads the rules; their phrase indexes are checked by
// readPhrases, which knows how many phrases there are.
func (r *snapReader) readRules() []*ruleInfo {
	rules := make([]*ruleInfo, r.count(3))
	for i := range rules {
		rules[i] = &ruleInfo{caseSensitive: r.bool(), context: r.indexes(), notWithin: r.indexes()}
	}
	return rules
}

// Flags of a name in a snapshot.
const (
	snapGenerated = 1 << iota
	snapSkill
	snapLanguage
	snapSharedRaw // raw is that of the literal name of the same src
	snapNameFlags = 1<<iota - 1
)

// writeNames writes the names. A word form has the tokens of the literal
// name it comes from, which precedes it: they are written once.
func (m *Matcher) writeNames(w *snapWriter, rules map[*ruleInfo]int) {
	w.uint(len(m.names))
	shared := make([]bool, len(m.names))
	var lits []int32
	for i, n := range m.names {
		if !n.generated {
			lits = append(lits, int32(i))
		} else if lit, ok := literalOf(m.names, lits, n.src); ok {
			shared[i] = slices.Equal(m.names[lit].raw, n.raw)
		}
	}
	w.total(len(m.names), func(i int) []string {
		if shared[i] {
			return nil
		}
		return m.names[i].raw
	})
	for i, n := range m.names {
		w.uint(int(n.src))
		w.str(n.id)
		w.str(n.lang)
		w.b = append(w.b, b2u(n.generated)|b2u(n.skill)<<1|b2u(n.language)<<2|b2u(shared[i])<<3)
		rule := 0
		if n.rule != nil {
			rule = rules[n.rule] + 1
		}
		w.uint(rule)
		if !shared[i] {
			w.strList(n.raw)
		}
	}
}

// literalOf finds, among the literal names at lits (in increasing order of
// src, as the builder adds them), the one of src.
func literalOf(names []nameEntry, lits []int32, src int32) (int32, bool) {
	k, ok := slices.BinarySearchFunc(lits, src, func(i, src int32) int { return cmp.Compare(names[i].src, src) })
	if !ok {
		return 0, false
	}
	return lits[k], true
}

func (m *Matcher) readNames(r *snapReader, rules []*ruleInfo) {
	m.names = makeOrNil[nameEntry](r.count(4))
	r.lists = make([]string, r.count(1))
	var lits []int32
	for i := range m.names {
		n := &m.names[i]
		n.src, n.id, n.lang = int32(r.num()), r.str(), r.str()
		f := r.byte()
		n.generated, n.skill, n.language = f&snapGenerated != 0, f&snapSkill != 0, f&snapLanguage != 0
		if k := r.index(len(rules) + 1); k > 0 {
			n.rule = rules[k-1]
		}
		switch lit, ok := literalOf(m.names, lits, n.src); {
		case f&^snapNameFlags != 0:
			r.fail("bad flags of name %d", i)
		case f&snapSharedRaw == 0:
			n.raw = r.strList()
		case n.generated && ok:
			n.raw = m.names[lit].raw
		default:
			r.fail("name %d shares the tokens of no literal name", i)
		}
		if !n.generated {
			if len(lits) > 0 && m.names[lits[len(lits)-1]].src >= n.src {
				r.fail("literal names out of order at %d", i)
			}
			lits = append(lits, int32(i))
		}
	}
}

func (m *Matcher) writePhrases(w *snapWriter) {
	w.uint(len(m.phrases))
	w.total(len(m.phrases), func(i int) []string { return m.phrases[i].toks })
	for _, ph := range m.phrases {
		w.uint(int(ph.name + 1))
		w.uint(int(ph.form + 1))
		w.b = append(w.b, ph.cues)
		w.strList(ph.toks)
	}
}

// readPhrases reads the phrases; a phrase of a name takes the name's rule
// and index, as setNodes gave them.
func (m *Matcher) readPhrases(r *snapReader, rules []*ruleInfo) {
	m.phrases = makeOrNil[phrase](r.count(4))
	r.lists = make([]string, r.count(1))
	for i := range m.phrases {
		ph := &m.phrases[i]
		ph.name = r.index(len(m.names)+1) - 1
		ph.form = int32(r.num()) - 1
		ph.cues = r.byte()
		if ph.toks = r.strList(); len(ph.toks) == 0 {
			r.fail("phrase %d has no tokens", i)
		}
		if ph.name >= 0 {
			ph.rule, ph.src = m.names[ph.name].rule, m.names[ph.name].src
		}
	}
	for _, ri := range rules {
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

// snapWriter writes a payload, with its strings kept apart, each once.
type snapWriter struct {
	b        []byte
	strs     []string
	strIndex map[string]int
}

func (w *snapWriter) uint(v int) { w.b = binary.AppendUvarint(w.b, uint64(v)) }
func (w *snapWriter) u64(v uint64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, v)
}
func (w *snapWriter) bool(v bool) { w.b = append(w.b, b2u(v)) }

func (w *snapWriter) str(s string) {
	i, ok := w.strIndex[s]
	if !ok {
		i = len(w.strs)
		w.strIndex[s] = i
		w.strs = append(w.strs, s)
	}
	w.uint(i)
}

// strs_ writes a list of strings; a nil list is written as an empty one
// and read back as nil.
func (w *snapWriter) strList(l []string) {
	w.uint(len(l))
	for _, s := range l {
		w.str(s)
	}
}

// total writes the number of strings in n lists, which the reader
// allocates at once.
func (w *snapWriter) total(n int, list func(int) []string) {
	sum := 0
	for i := range n {
		sum += len(list(i))
	}
	w.uint(sum)
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
		if e.child >= 0 {
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
	keys := make([]uint64, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.uint(len(keys))
	for _, k := range keys {
		w.u64(k)
	}
}

// snapReader reads a payload. The first error it meets sticks: later reads
// return zero values, so that a decoder checks r.err once at the end.
type snapReader struct {
	b     []byte
	strs  []string
	lists []string // room for the lists of strings still to read
	err   error
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

// readStrings reads the string table: the strings share one allocation.
func (r *snapReader) readStrings() {
	n, total := r.count(1), 0
	lens := r.b // read twice: for the total, then for each string
	for range n {
		total += r.num()
	}
	if r.err != nil || total > len(r.b) {
		r.fail("strings overrun")
		return
	}
	all := string(r.b[:total])
	r.b, lens = r.b[total:], lens[:len(lens)-len(r.b)]
	r.strs = make([]string, n)
	for i := range r.strs {
		k, w := binary.Uvarint(lens)
		r.strs[i], all, lens = all[:k], all[k:], lens[w:]
	}
}

func (r *snapReader) str() string {
	i := r.index(len(r.strs))
	if r.err != nil {
		return ""
	}
	return r.strs[i]
}

// strList reads a list of strings into the room made for it.
func (r *snapReader) strList() []string {
	n := r.count(1)
	if n == 0 {
		return nil
	}
	if n > len(r.lists) {
		r.fail("more strings in lists than stated")
		return nil
	}
	l := r.lists[:n:n]
	r.lists = r.lists[n:]
	for i := range l {
		l[i] = r.str()
	}
	return l
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
// as full as insert leaves it: at most a quarter, so that a probe for an
// absent token ends at an empty slot, and at least an eighth when larger
// than 1024 slots.
func (r *snapReader) readEdges(t *edgeTable, nodes []trieNode, roots bool) {
	size, n := r.num(), r.count(1)
	if r.err != nil || size < 1024 || size&(size-1) != 0 || 4*n > size || size > max(1024, 8*n) {
		r.fail("bad edge table of %d edges in %d slots", n, size)
		return
	}
	t.e, t.mask, t.shift, t.n = make([]edge, size), uint64(size-1), uint(64-bits.Len(uint(size-1))), n
	for i := range t.e {
		t.e[i].child = -1
	}
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
