package engine

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
)

// A matcher can also be frozen into Go source (BuiltinSource), as
// x/net/publicsuffix ships its tables: package roles writes the matcher of
// its embedded taxonomy into builtin_tables.go with go generate, and
// Builtin makes it at run time. Its tables are arrays of pointer-free
// values there (the strings of phrases and names are pieces of one
// constant), which the linker lays out as static data: no code runs to
// make them, the GC has nothing to scan in them, and only the pages a scan
// touches are read from the binary. Builtin makes only the rules and three
// small maps.
//
// Should a change to the types below leave builtin_tables.go unable to
// compile, make its builtinFrozen return &frozen{} and run go generate.

// frozen is a matcher as pointer-free tables (see freeze and thaw).
type frozen struct {
	text        string
	ends        []uint32
	lists       []uint32
	phrases     []phrase
	names       []nameEntry
	rules       []frozenRule
	rulePhrases []int32 // the context and NotWithin phrases of the rules
	nodes       []trieNode
	edges       []edge
	roots       []edge
	edgeCount   int
	rootCount   int
	first       []uint64
	pairs       []uint64
	firstShift  uint
	pairsShift  uint
	known       []uint64
	gaps        []frozenGap
	gapKeys     []uint64
	never       []int32
	coordOf     []uint8
	depth       int
}

// frozenRule is a rule whose context phrases are
// rulePhrases[context:context+nContext], and its NotWithin phrases the
// nNotWithin that follow.
type frozenRule struct {
	context       uint32
	nContext      uint16
	nNotWithin    uint16
	caseSensitive bool
}

// frozenGap is the gaps of phrase p: gapKeys[at:at+n].
type frozenGap struct {
	p  int32
	at uint32
	n  uint32
}

// Builtin returns the matcher that builtin_tables.go holds. Every call
// returns a new Matcher that shares the static tables, which nothing writes.
func Builtin() *Matcher { return builtinFrozen().thaw() }

// BuiltinSource returns builtin_tables.go for m, unformatted: Go source of
// package engine from which Builtin makes a matcher equal to m.
func (m *Matcher) BuiltinSource() []byte { return m.freeze().appendGo(nil) }

// freeze makes the pointer-free tables of m.
func (m *Matcher) freeze() *frozen {
	f := &frozen{text: m.strs.text, ends: m.strs.ends, lists: m.strs.lists, phrases: m.phrases, names: m.names,
		nodes: m.nodes, edges: m.edges.e, roots: m.roots.e, edgeCount: m.edges.n, rootCount: m.roots.n,
		first: m.first.bits, pairs: m.pairs.bits, firstShift: m.first.shift, pairsShift: m.pairs.shift,
		known: sortedHashes(m.known), never: sortedKeys(m.never), coordOf: m.coordOf, depth: m.depth}
	for _, r := range m.rules {
		f.rules = append(f.rules, frozenRule{context: uint32(len(f.rulePhrases)),
			nContext: uint16(len(r.context)), nNotWithin: uint16(len(r.notWithin)), caseSensitive: r.caseSensitive})
		f.rulePhrases = append(append(f.rulePhrases, r.context...), r.notWithin...)
	}
	for _, p := range sortedKeys(m.gaps) {
		f.gaps = append(f.gaps, frozenGap{p: p, at: uint32(len(f.gapKeys)), n: uint32(len(m.gaps[p]))})
		f.gapKeys = append(f.gapKeys, m.gaps[p]...)
	}
	return f
}

// thaw makes the matcher of f. The slices of its tables are f's own.
func (f *frozen) thaw() *Matcher {
	m := &Matcher{
		first:   bloom{bits: f.first, mask: uint64(len(f.first)*64 - 1), shift: f.firstShift},
		pairs:   bloom{bits: f.pairs, mask: uint64(len(f.pairs)*64 - 1), shift: f.pairsShift},
		edges:   frozenTable(f.edges, f.edgeCount),
		roots:   frozenTable(f.roots, f.rootCount),
		nodes:   f.nodes,
		phrases: orNil(f.phrases),
		names:   orNil(f.names),
		strs:    strTable{text: f.text, ends: f.ends, lists: orNil(f.lists)},
		depth:   f.depth,
		coordOf: f.coordOf,
		known:   make(map[uint64]bool, len(f.known)),
		gaps:    make(map[int32][]uint64, len(f.gaps)),
		never:   make(map[int32]bool, len(f.never)),
	}
	setConstants(m)
	if len(f.rules) > 0 {
		m.rules = make([]ruleInfo, len(f.rules))
	}
	for i, r := range f.rules {
		c, w := r.context, r.context+uint32(r.nContext)
		e := w + uint32(r.nNotWithin)
		m.rules[i] = ruleInfo{caseSensitive: r.caseSensitive, context: orNil(f.rulePhrases[c:w:w]), notWithin: orNil(f.rulePhrases[w:e:e])}
	}
	for _, h := range f.known {
		m.known[h] = true
	}
	for _, g := range f.gaps {
		m.gaps[g.p] = f.gapKeys[g.at : g.at+g.n : g.at+g.n]
	}
	for _, p := range f.never {
		m.never[p] = true
	}
	return m
}

// frozenTable is the edge table over e, which holds n edges.
func frozenTable(e []edge, n int) edgeTable {
	if len(e) == 0 {
		return edgeTable{}
	}
	size := uint(len(e))
	return edgeTable{e: e, mask: uint64(size - 1), shift: 64 - uint(bits.Len(size-1)), n: n}
}

// orNil returns s, or nil when it is empty, as append leaves a list that
// the builder never appended to.
func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// sortedHashes returns the hashes in a set in increasing order.
func sortedHashes(s map[uint64]bool) []uint64 {
	keys := make([]uint64, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// appendGo appends builtin_tables.go, unformatted.
func (f *frozen) appendGo(b []byte) []byte {
	b = append(b, "// Code generated by go generate (TestGenerated in package roles, default_gen_test.go); DO NOT EDIT.\n\n"...)
	b = append(b, "package engine\n\n"...)
	b = fmt.Appendf(b, "const builtinText = %s\n\n", strconv.Quote(f.text))
	b = appendArray(b, "builtinEnds", "uint32", f.ends, appendUint32)
	b = appendArray(b, "builtinLists", "uint32", f.lists, appendUint32)
	b = appendArray(b, "builtinPhrases", "phrase", f.phrases, func(b []byte, p phrase) []byte {
		return fmt.Appendf(b, "{strList{%d, %d}, %d, %d, %d, %d, %d}", p.toks.at, p.toks.n, p.name, p.src, p.rule, p.cues, p.form)
	})
	b = appendArray(b, "builtinNames", "nameEntry", f.names, func(b []byte, n nameEntry) []byte {
		return fmt.Appendf(b, "{%d, %d, %d, strList{%d, %d}, %t, %t, %t}", n.src, n.id, n.rule, n.raw.at, n.raw.n, n.generated, n.skill, n.language)
	})
	b = appendArray(b, "builtinRules", "frozenRule", f.rules, func(b []byte, r frozenRule) []byte {
		return fmt.Appendf(b, "{%d, %d, %d, %t}", r.context, r.nContext, r.nNotWithin, r.caseSensitive)
	})
	b = appendArray(b, "builtinRulePhrases", "int32", f.rulePhrases, appendInt32)
	b = appendArray(b, "builtinNodes", "trieNode", f.nodes, func(b []byte, n trieNode) []byte {
		return fmt.Appendf(b, "{%d, %d, %#x, %d, %d, %d}", n.parent, n.phrase, n.h, n.kids, n.flags, n.cues)
	})
	b = appendEdges(b, "builtinEdges", f.edges)
	b = appendEdges(b, "builtinRoots", f.roots)
	b = appendArray(b, "builtinFirst", "uint64", f.first, appendHex)
	b = appendArray(b, "builtinPairs", "uint64", f.pairs, appendHex)
	b = appendArray(b, "builtinKnown", "uint64", f.known, appendHex)
	b = appendArray(b, "builtinGaps", "frozenGap", f.gaps, func(b []byte, g frozenGap) []byte {
		return fmt.Appendf(b, "{%d, %d, %d}", g.p, g.at, g.n)
	})
	b = appendArray(b, "builtinGapKeys", "uint64", f.gapKeys, appendHex)
	b = appendArray(b, "builtinNever", "int32", f.never, appendInt32)
	b = appendArray(b, "builtinCoordOf", "uint8", f.coordOf, func(b []byte, v uint8) []byte { return strconv.AppendUint(b, uint64(v), 10) })
	b = append(b, "// builtinFrozen returns the tables above.\nfunc builtinFrozen() *frozen {\n\treturn &frozen{\n"...)
	b = append(b, "text: builtinText, ends: builtinEnds[:], lists: builtinLists[:],\n"...)
	b = append(b, "phrases: builtinPhrases[:], names: builtinNames[:], rules: builtinRules[:], rulePhrases: builtinRulePhrases[:],\n"...)
	b = fmt.Appendf(b, "nodes: builtinNodes[:], edges: builtinEdges[:], roots: builtinRoots[:], edgeCount: %d, rootCount: %d,\n", f.edgeCount, f.rootCount)
	b = fmt.Appendf(b, "first: builtinFirst[:], pairs: builtinPairs[:], firstShift: %d, pairsShift: %d,\n", f.firstShift, f.pairsShift)
	b = append(b, "known: builtinKnown[:], gaps: builtinGaps[:], gapKeys: builtinGapKeys[:], never: builtinNever[:],\n"...)
	b = fmt.Appendf(b, "coordOf: builtinCoordOf[:], depth: %d,\n}\n}\n", f.depth)
	return b
}

// appendArray appends the declaration of an array of the values of s.
func appendArray[T any](b []byte, name, typ string, s []T, value func([]byte, T) []byte) []byte {
	b = fmt.Appendf(b, "var %s = [...]%s{", name, typ)
	for i, v := range s {
		if i%8 == 0 {
			b = append(b, "\n"...)
		} else {
			b = append(b, ' ')
		}
		b = append(value(b, v), ',')
	}
	return append(b, "\n}\n\n"...)
}

// appendEdges appends the declaration of an edge table: its edges by slot.
func appendEdges(b []byte, name string, e []edge) []byte {
	b = fmt.Appendf(b, "var %s = [%d]edge{\n", name, len(e))
	for i, x := range e {
		if x.child != 0 {
			b = fmt.Appendf(b, "%d: {%#x, %d, %d},\n", i, x.h, x.parent, x.child)
		}
	}
	return append(b, "}\n\n"...)
}

func appendHex(b []byte, v uint64) []byte    { return fmt.Appendf(b, "%#x", v) }
func appendUint32(b []byte, v uint32) []byte { return strconv.AppendUint(b, uint64(v), 10) }
func appendInt32(b []byte, v int32) []byte   { return strconv.AppendInt(b, int64(v), 10) }
