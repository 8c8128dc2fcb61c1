package roles

import (
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// SeniorityLevel is how senior the work of a posting or a resume is, on a
// scale mapped to the levels of responsibility of SFIA, the Skills
// Framework for the Information Age (SFIA 9, "Levels of responsibility",
// https://sfia-online.org/en/sfia-9/responsibilities): seven levels named
// by guiding words, 1 Follow, 2 Assist, 3 Apply, 4 Enable, 5 Ensure,
// advise, 6 Initiate, influence, 7 Set strategy, inspire, mobilise. The
// zero value, "", is an unknown level. [SeniorityLevel.SFIA] gives the
// level.
type SeniorityLevel string

// The seniority levels, from least to most senior.
const (
	// SeniorityIntern: interns, working students, trainees and
	// apprentices. SFIA 1, Follow: "performs routine tasks under close
	// supervision, follows instructions".
	SeniorityIntern SeniorityLevel = "intern"
	// SeniorityJunior: junior and entry-level work, graduates. SFIA 2,
	// Assist: "provides assistance to others, works under routine
	// supervision".
	SeniorityJunior SeniorityLevel = "junior"
	// SeniorityMid: mid-level work. SFIA 3, Apply: "performs varied tasks,
	// sometimes complex and non-routine ... works under general direction".
	SeniorityMid SeniorityLevel = "mid"
	// SenioritySenior: senior work. SFIA 4, Enable: "performs diverse
	// complex activities, supports and guides others ... works
	// autonomously under general direction".
	SenioritySenior SeniorityLevel = "senior"
	// SeniorityStaff: staff and principal work, technical leadership
	// without reports. SFIA 5, Ensure, advise: "provides authoritative
	// guidance in their field and works under broad direction".
	SeniorityStaff SeniorityLevel = "staff"
	// SeniorityLead: leads, managers, heads and directors of teams. SFIA 5
	// as well, on the management track: "accountable for delivering
	// significant work outcomes"; the scale puts it last.
	SeniorityLead SeniorityLevel = "lead"
)

// seniorityOrder lists the levels from least to most senior.
var seniorityOrder = [...]SeniorityLevel{"", SeniorityIntern, SeniorityJunior, SeniorityMid, SenioritySenior, SeniorityStaff, SeniorityLead}

// sfiaLevels maps each level, by its place in seniorityOrder, to SFIA.
var sfiaLevels = [...]int{0, 1, 2, 3, 4, 5, 5}

// rank returns l's place on the scale: 0 for an unknown level.
func (l SeniorityLevel) rank() int { return max(slices.Index(seniorityOrder[:], l), 0) }

// SFIA returns the SFIA level of responsibility, 1 to 7, that l maps to,
// or 0 for an unknown level. Staff and lead are both 5.
func (l SeniorityLevel) SFIA() int { return sfiaLevels[l.rank()] }

// SeniorityCue says what kind of text is evidence of a seniority level.
type SeniorityCue string

// The kinds of evidence of seniority.
const (
	// CueTitle: a level word of a job title ("Senior", "Sr.", "Junior",
	// "Lead", "Staff", "Principal", "Werkstudent", "Praktikant",
	// "stagiaire", "becario"), in the title lines of the text or next to
	// a job noun elsewhere ("a Senior Backend Engineer", not "mentor
	// junior engineers").
	CueTitle SeniorityCue = "title"
	// CuePhrase: a phrase that names a level anywhere ("entry level",
	// "Berufseinsteiger", "internship", "alternance", "prácticas",
	// "Führungsverantwortung").
	CuePhrase SeniorityCue = "phrase"
	// CueDuty: leading people ("you will lead a team", "manage a team of",
	// "ein Team führen", "encadrer une équipe", "liderar un equipo").
	CueDuty SeniorityCue = "duty"
	// CueYears: the most years of experience on a mention (see
	// [Mention.Years]).
	CueYears SeniorityCue = "years"
)

// SeniorityEvidence is one place in a text that suggests a level.
type SeniorityEvidence struct {
	Level SeniorityLevel `json:"level"`           // the level it suggests
	Cue   SeniorityCue   `json:"cue"`             // what kind of evidence it is
	Text  string         `json:"text"`            // text[Start:End]: the words, or for CueYears the mention
	Start int            `json:"start"`           // byte offset of the first byte
	End   int            `json:"end"`             // byte offset just past the last byte
	Years float64        `json:"years,omitempty"` // for CueYears, the mention's years
}

// Seniority is how senior the work of a text is, with the evidence.
type Seniority struct {
	// Level is the level the evidence gives, or "" when there is none.
	Level SeniorityLevel `json:"level"`
	// Evidence lists every cue found, in text order; never nil.
	Evidence []SeniorityEvidence `json:"evidence"`
}

// Seniority says how senior the work of a posting or a resume is, with the
// evidence. The level words of the title lines decide when there are any
// (the first three non-blank lines, while each has twelve words or less: a
// posting's title, a resume's headline), the most senior of them
// ("Senior Engineering Manager" is lead); else the most senior level that
// any evidence gives: level words next to a singular job noun or a role
// ("a Senior Backend Engineer", not "mentor junior developers"), phrases,
// duties and years, so that a resume is as senior as its most senior
// entry. Titles of two words that need no job noun ("Tech Lead",
// "Engineering Manager", "Head of") count in the title lines only;
// elsewhere they are mostly someone else's. Years ask for or show a level
// on these thresholds, those of common job ladders: less than 2 years
// junior, 2 to under 5 mid, 5 or more senior ("7+ years" is senior);
// years never suggest staff or lead. Negated mentions count for nothing.
// The words are English, German, French and Spanish. A text with no
// evidence has the zero Level and empty Evidence.
func (t *Taxonomy) Seniority(text string) Seniority {
	return t.SeniorityMentions(text, t.Extract(text))
}

// SeniorityMentions says how senior text is as [Taxonomy.Seniority] does,
// from the mentions t found in it, so that a text scanned once can be
// decided, ranked and levelled. ms is not changed.
func (t *Taxonomy) SeniorityMentions(text string, ms []Mention) Seniority {
	v := seniorVocabulary()
	s := seniorScratchPool.Get().(*seniorScratch)
	if s.fold == nil {
		s.fold = make([]byte, 0, v.maxLen+utf8.UTFMax)
	}
	s.ws = v.splitSeniorWords(s.ws[:0], text, s.fold)
	titleEnd := titleLinesEnd(text)
	roles := roleEdges{ms: ms, edges: s.edges[:0]}
	s.ev = seniorityWords(s.ev[:0], text, s.ws, titleEnd, &roles)
	s.edges = roles.edges
	if y := mostYears(ms); y >= 0 {
		m := ms[y]
		s.ev = append(s.ev, SeniorityEvidence{Level: yearsLevel(m.Years), Cue: CueYears, Text: text[m.Start:m.End], Start: m.Start, End: m.End, Years: m.Years})
	}
	ev := append([]SeniorityEvidence{}, s.ev...)
	s.release()
	slices.SortStableFunc(ev, func(a, b SeniorityEvidence) int { return a.Start - b.Start })
	return Seniority{Level: decideLevel(ev, titleEnd), Evidence: ev}
}

// SeniorityOf says how senior the work of text is, on the default
// taxonomy. It is equivalent to Default().Seniority(text); see
// [Taxonomy.Seniority].
func SeniorityOf(text string) Seniority { return Default().Seniority(text) }

// decideLevel picks the most senior level of the title lines' level
// words, or else of all the evidence; titleEnd is where the title lines
// end.
func decideLevel(ev []SeniorityEvidence, titleEnd int) SeniorityLevel {
	best, inTitle := SeniorityLevel(""), false
	for _, e := range ev {
		title := e.Cue == CueTitle && e.Start < titleEnd
		if title && !inTitle || title == inTitle && e.Level.rank() > best.rank() {
			best, inTitle = e.Level, title
		}
	}
	return best
}

// yearsLevel is the level that years of experience suggest.
func yearsLevel(y float64) SeniorityLevel {
	switch {
	case y >= 5:
		return SenioritySenior
	case y >= 2:
		return SeniorityMid
	}
	return SeniorityJunior
}

// mostYears returns the index of the mention with the most years, not
// negated, or -1.
func mostYears(ms []Mention) int {
	at := -1
	for i := range ms {
		if ms[i].Years > 0 && ms[i].Qualifier != QualifierNegated && (at < 0 || ms[i].Years > ms[at].Years) {
			at = i
		}
	}
	return at
}

// The title lines of a text are its first non-blank lines, up to
// seniorTitleLines of them, as long as each is short enough to be a title or a
// headline: titleLineWords words or less.
const (
	seniorTitleLines = 3
	titleLineWords   = 12
)

// titleLinesEnd returns where the title lines of text end.
func titleLinesEnd(text string) int {
	end, lines := 0, 0
	for p := 0; p < len(text) && lines < seniorTitleLines; {
		q := strings.IndexByte(text[p:], '\n')
		if q < 0 {
			q = len(text)
		} else {
			q += p
		}
		if countWords(text[p:q], titleLineWords+1) > titleLineWords {
			break
		}
		if strings.TrimSpace(text[p:q]) != "" {
			lines, end = lines+1, q
		}
		p = q + 1
	}
	return end
}

// countWords returns how many words s has, counting no further than most.
func countWords(s string, most int) int {
	n, inWord := 0, false
	for p := 0; p < len(s); {
		word, size := false, 1
		if c := s[p]; c < utf8.RuneSelf {
			word = asciiWord[c]
		} else {
			word, size = wordRuneAt(s, p)
		}
		if word && !inWord {
			if n++; n == most {
				break
			}
		}
		inWord, p = word, p+size
	}
	return n
}

// nextWord returns where the first word of s at or after byte p, a
// character boundary, starts and ends: letters and digits. Both are
// len(s) when there is none.
func nextWord(s string, p int) (start, end int) {
	for p < len(s) {
		word, size := wordRuneAt(s, p)
		if word {
			break
		}
		p += size
	}
	start = p
	for p < len(s) {
		word, size := wordRuneAt(s, p)
		if !word {
			break
		}
		p += size
	}
	return start, p
}

// wordRuneAt reports whether the character of s at byte p is a letter or
// a digit, and returns its size.
func wordRuneAt(s string, p int) (bool, int) {
	if c := s[p]; c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[p:])
	return unicode.IsLetter(r) || unicode.IsDigit(r), size
}

// asciiWord says which ASCII bytes are letters or digits, and asciiClass
// has 1 for them and 2 for '\n'.
var asciiWord, asciiClass = func() (w [utf8.RuneSelf]bool, c [utf8.RuneSelf]uint8) {
	for b := range utf8.RuneSelf {
		w[b] = 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9'
		if w[b] {
			c[b] = 1
		}
	}
	c['\n'] = 2
	return w, c
}()

// seniorWord is a word of a text that is in the vocabulary of seniority:
// its bytes, its place among all the words of the text, the line it is
// on, where the word before it ends, and its entry.
type seniorWord struct {
	start, end int
	n          int // its place among the words of the text, from 0
	line       int // the line it is on, from 0
	prevEnd    int // where the word before it ends, or -1 for the first word
	seniorEntry
}

// seniorLists says which lists of seniority_words.go a folded word is in,
// one bit for each.
type seniorLists uint16

// The lists, one bit each.
const (
	inTitleWords     seniorLists = 1 << iota // levelTitleWords
	inPhraseWords                            // levelPhraseWords
	inPairFirst                              // the first words of levelPairs
	inPairSecond                             // the second words of levelPairs
	inJobNouns                               // jobNouns
	inNotOwnLevel                            // notOwnLevel
	inLeadVerbs                              // leadVerbs
	inLeadVerbsAfter                         // leadVerbsAfter
	inPeopleNouns                            // peopleNouns
)

// seniorEntry is a word of the vocabulary: its number and its lists. The
// zero entry is a word that is in none.
type seniorEntry struct {
	id uint16
	in seniorLists
}

// seniorPair is what a pair of levelPairs names.
type seniorPair = struct {
	level SeniorityLevel
	cue   SeniorityCue
}

// seniorVocab holds the lists of seniority_words.go as one table: each
// folded word with its number and lists, in an open-addressing hash table
// keyed by its first eight bytes and its length; the levels of the title
// and phrase words and the pairs by number.
type seniorVocab struct {
	slots  [1 << seniorSlotBits]uint16 // by seniorHash: the number of a word, or 0 for none
	words  []seniorVocabWord           // by number; the first is no word
	maxLen int                         // the length of the longest word
	title  []SeniorityLevel            // by number: the level of a word of levelTitleWords
	phrase []SeniorityLevel            // by number: the level of a word of levelPhraseWords
	pairs  map[uint32]seniorPair       // by pairKey
}

// seniorVocabWord is a word of seniorVocab.
type seniorVocabWord struct {
	prefix uint64 // its seniorPrefix
	word   string
	seniorEntry
}

// seniorSlotBits sizes the hash table of seniorVocab: sixteen slots or
// more for each word, so that most words outside it end at an empty slot.
const seniorSlotBits = 12

// seniorHash is the first slot of seniorVocab.slots for a word of n bytes
// whose seniorPrefix is prefix.
func seniorHash(prefix uint64, n int) uint {
	return uint((prefix ^ uint64(n)) * 0x9e3779b97f4a7c15 >> (64 - seniorSlotBits))
}

// seniorPrefix returns the first eight bytes of w, or all of them when it
// is shorter, the first the lowest, each with the bit 0x20 set: a word of
// ASCII letters and digits has the prefix of its folded form.
func seniorPrefix[S ~string | ~[]byte](w S) uint64 {
	var x uint64
	for i := range min(len(w), 8) {
		x |= uint64(w[i]|0x20) << (8 * i)
	}
	return x
}

// seniorVocabulary returns the table of the lists, built on first use.
var seniorVocabulary = sync.OnceValue(func() *seniorVocab {
	lists := map[string]seniorLists{}
	for l, words := range map[seniorLists]map[string]bool{inJobNouns: jobNouns, inNotOwnLevel: notOwnLevel,
		inLeadVerbs: leadVerbs, inLeadVerbsAfter: leadVerbsAfter, inPeopleNouns: peopleNouns} {
		for w := range words {
			lists[w] |= l
		}
	}
	for w := range levelTitleWords {
		lists[w] |= inTitleWords
	}
	for w := range levelPhraseWords {
		lists[w] |= inPhraseWords
	}
	for p := range levelPairs {
		lists[p[0]] |= inPairFirst
		lists[p[1]] |= inPairSecond
	}
	return newSeniorVocab(lists)
})

// newSeniorVocab builds the table of the words of lists.
func newSeniorVocab(lists map[string]seniorLists) *seniorVocab {
	v := &seniorVocab{words: make([]seniorVocabWord, 1, len(lists)+1), pairs: map[uint32]seniorPair{}}
	v.title, v.phrase = make([]SeniorityLevel, len(lists)+1), make([]SeniorityLevel, len(lists)+1)
	if len(lists) > len(v.slots)/16 {
		panic("roles: the seniority words do not fit their table")
	}
	ids := map[string]uint16{}
	for _, w := range slices.Sorted(maps.Keys(lists)) {
		if !isFoldedWord(w) {
			panic("roles: seniority word " + strconv.Quote(w) + " is not folded letters and digits")
		}
		id := uint16(len(v.words))
		v.words = append(v.words, seniorVocabWord{prefix: seniorPrefix(w), word: w, seniorEntry: seniorEntry{id: id, in: lists[w]}})
		h := seniorHash(seniorPrefix(w), len(w))
		for v.slots[h] != 0 {
			h = (h + 1) % uint(len(v.slots))
		}
		v.slots[h], ids[w] = id, id
		v.maxLen = max(v.maxLen, len(w))
		v.title[id], v.phrase[id] = levelTitleWords[w], levelPhraseWords[w]
	}
	for p, level := range levelPairs {
		v.pairs[pairKey(ids[p[0]], ids[p[1]])] = level
	}
	return v
}

// isFoldedWord reports whether w is a word as splitSeniorWords finds
// them, letters and digits, folded as strings.ToLower folds it.
func isFoldedWord(w string) bool {
	return w != "" && w == strings.ToLower(w) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) < 0
}

// pairKey is the key of seniorVocab.pairs of the words numbered a and b.
func pairKey(a, b uint16) uint32 { return uint32(a)<<16 | uint32(b) }

// lookUpASCII returns the entry of the word text[start:end], of ASCII
// letters and digits, folded as strings.ToLower folds it. Setting the bit
// 0x20 of such a byte folds it; the words of v are folded letters and
// digits, so that a byte of them with that bit set is itself.
func (v *seniorVocab) lookUpASCII(text string, start, end int) seniorEntry {
	n := end - start
	if n > v.maxLen {
		return seniorEntry{}
	}
	var prefix uint64
	if start+8 <= len(text) {
		prefix = asciiPrefix(load64(text, start), n)
	} else {
		prefix = seniorPrefix(text[start:end])
	}
	return v.findASCII(text[start:end], prefix, seniorHash(prefix, n))
}

// findASCII returns the entry of w, of ASCII letters and digits, whose
// seniorPrefix is prefix and whose hash is h.
func (v *seniorVocab) findASCII(w string, prefix uint64, h uint) seniorEntry {
	for ; v.slots[h] != 0; h = (h + 1) % uint(len(v.slots)) {
		if vw := &v.words[v.slots[h]]; vw.prefix == prefix && len(vw.word) == len(w) && foldedTail(w, vw.word) {
			return vw.seniorEntry
		}
	}
	return seniorEntry{}
}

// foldedTail reports whether the bytes of w after the eighth, ASCII
// letters and digits, fold to those of word, a word of the vocabulary of
// the same length.
func foldedTail(w, word string) bool {
	for i := 8; i < len(w); i++ {
		if w[i]|0x20 != word[i] {
			return false
		}
	}
	return true
}

// lookUp returns the entry of word w, beyond ASCII, folded as
// strings.ToLower folds it. fold is scratch of at least
// v.maxLen+utf8.UTFMax bytes.
func (v *seniorVocab) lookUp(w string, fold []byte) seniorEntry {
	f := fold[:0]
	for _, r := range w {
		if f = utf8.AppendRune(f, unicode.ToLower(r)); len(f) > v.maxLen {
			return seniorEntry{}
		}
	}
	prefix := seniorPrefix(f)
	for h := seniorHash(prefix, len(f)); v.slots[h] != 0; h = (h + 1) % uint(len(v.slots)) {
		if w := &v.words[v.slots[h]]; w.word == string(f) {
			return w.seniorEntry
		}
	}
	return seniorEntry{}
}

// splitSeniorWords appends to ws the words of text that are in v, each
// with its entry: words are letters and digits, with hyphens, slashes and
// dots between them. fold is scratch for v.lookUp. It reads text 64 bytes
// at a time, as masks of the bytes of words, of line ends and of bytes
// beyond ASCII, and finds each word from where the first mask changes.
func (v *seniorVocab) splitSeniorWords(ws []seniorWord, text string, fold []byte) []seniorWord {
	s := wordSplitter{v: v, text: text, fold: fold, ws: ws, prevEnd: -1, start: -1}
	var carry uint64 // the first bits of the mask of words of the next block
	for b := 0; b < len(text); b += 64 {
		m, nl, hi, ok := asciiBlockMasks(text, b)
		if !ok {
			m, nl, hi, carry = blockMasks(text, b, carry)
		}
		s.block(b, m, nl, hi)
	}
	if s.start >= 0 {
		s.word(s.start, len(text), s.startLine, s.startASCII)
	}
	return s.ws
}

// wordSplitter gathers the words of text that are in the vocabulary v
// for splitSeniorWords.
type wordSplitter struct {
	v          *seniorVocab
	text       string
	fold       []byte       // scratch for v.lookUp
	ws         []seniorWord // the words so far
	n          int          // how many words there were, in the vocabulary or not
	prevEnd    int          // where the last word ended, or -1
	line       int          // the lines before the block
	prev       uint64       // the last bit of the mask of words of the previous block
	start      int          // where the word that runs on from the previous block starts, or -1
	startLine  int          // its line
	startASCII bool         // whether its bytes so far are all ASCII
}

// block reads the words of the block of text from b, whose masks are m
// (letters and digits), nl (line ends) and hi (bytes beyond ASCII). It
// looks up a word only when it may be in the vocabulary: when it is not
// all ASCII, when it starts less than eight bytes before the end of text,
// or when it is short enough and the first slot of its hash is taken.
func (s *wordSplitter) block(b int, m, nl, hi uint64) {
	text, v := s.text, s.v
	if e := bits.TrailingZeros64(^m); s.start >= 0 {
		if s.startASCII = s.startASCII && hi&(1<<e-1) == 0; e < 64 {
			s.word(s.start, b+e, s.startLine, s.startASCII)
			s.start = -1
		}
	}
	for starts := m &^ (m<<1 | s.prev); starts != 0; starts &= starts - 1 {
		i := bits.TrailingZeros64(starts)
		e := i + bits.TrailingZeros64(^m>>i)
		if e >= 64 {
			s.start, s.startLine, s.startASCII = b+i, s.line+bits.OnesCount64(nl&(1<<i-1)), hi>>i == 0
			break
		}
		start, n := b+i, e-i
		ascii := hi>>i&(1<<n-1) == 0
		if !ascii || start+8 > len(text) {
			s.word(start, b+e, s.line+bits.OnesCount64(nl&(1<<i-1)), ascii)
			continue
		}
		prefix := asciiPrefix(load64(text, start), n)
		if h := seniorHash(prefix, n); n <= v.maxLen && v.slots[h] != 0 {
			s.add(start, b+e, s.line+bits.OnesCount64(nl&(1<<i-1)), v.findASCII(text[start:b+e], prefix, h))
		} else {
			s.n, s.prevEnd = s.n+1, b+e
		}
	}
	s.prev, s.line = m>>63, s.line+bits.OnesCount64(nl)
}

// asciiPrefix returns the seniorPrefix of a word of n ASCII letters and
// digits whose first eight bytes, or those of the word and then others,
// are x.
func asciiPrefix(x uint64, n int) uint64 {
	unused := 64 - 8*n // the bits of the eight bytes that are not the word's, if any
	unused &^= unused >> 63
	return (x | 0x20*ones) & (^uint64(0) >> unused)
}

// word counts the word text[start:end] on line line, and appends it with
// its entry when it is in the vocabulary; ascii says whether it is all
// ASCII.
func (s *wordSplitter) word(start, end, line int, ascii bool) {
	if ascii {
		s.add(start, end, line, s.v.lookUpASCII(s.text, start, end))
	} else {
		s.add(start, end, line, s.v.lookUp(s.text[start:end], s.fold))
	}
}

// add counts the word text[start:end] on line line, and appends it when
// its entry e is that of a word of the vocabulary.
func (s *wordSplitter) add(start, end, line int, e seniorEntry) {
	if e.in != 0 {
		s.ws = append(s.ws, seniorWord{start: start, end: end, n: s.n, line: line, prevEnd: s.prevEnd, seniorEntry: e})
	}
	s.n, s.prevEnd = s.n+1, end
}

// Bytes repeated in a uint64, for the masks of asciiBlockMasks.
const (
	ones  = 0x0101010101010101
	highs = 0x80 * ones
)

// asciiBlockMasks returns, for the 64 bytes of text from b when there are
// so many and all are ASCII, a mask of its bytes that are letters or
// digits, one of its line ends ('\n') and one of its bytes beyond ASCII,
// bit i for byte b+i; ok is false for a shorter block or one with a byte
// beyond ASCII.
func asciiBlockMasks(text string, b int) (w, nl, hi uint64, ok bool) {
	if len(text)-b < 64 {
		return 0, 0, 0, false
	}
	for i := 0; i < 8; i++ {
		x := load64(text, b+8*i)
		if x&highs != 0 {
			return 0, 0, 0, false
		}
		cw, cnl := chunkMasks(x)
		w, nl = w|cw<<(8*i), nl|cnl<<(8*i)
	}
	return w, nl, 0, true
}

// chunkMasks returns the masks of asciiBlockMasks for the eight ASCII
// bytes of x: the high bit of a byte of x+(0x80-lo)*ones is set when the
// byte is lo or more, that of x+(0x7f-hi)*ones when it is above hi, and
// ASCII bytes do not carry into the next.
func chunkMasks(x uint64) (w, nl uint64) {
	l := x | 0x20*ones
	letter := (l + (0x80-'a')*ones) &^ (l + (0x7f-'z')*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x7f-'9')*ones)
	newline := ^((x ^ '\n'*ones) + 0x7f*ones)
	return gatherHighs((letter | digit) & highs), gatherHighs(newline & highs)
}

// gatherHighs gathers the high bits of the eight bytes of x, which has no
// other bits, into its low eight bits: the multiplication moves each to
// its place, and no two products meet.
func gatherHighs(x uint64) uint64 { return (x >> 7) * 0x0102040810204080 >> 56 }

// load64 returns the eight bytes of s from i, the first the lowest.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// blockMasks returns the masks of asciiBlockMasks for any block of text
// from b, of 64 bytes or the rest of text. carry has the bits of the mask
// of words of the bytes that end a character of the previous block, and
// carryNext those of the next block, when a character of the block runs
// into it: decoded on their own, such bytes are neither letters nor
// digits. It reads eight bytes at a time, and decodes only the characters
// beyond ASCII.
func blockMasks(text string, b int, carry uint64) (w, nl, hi, carryNext uint64) {
	if len(text)-b < 64 {
		w, nl, hi = tailMasks(text, b, carry)
		return w, nl, hi, 0
	}
	w, p := carry, b // p: where the next character beyond ASCII may start
	for i := 0; i < 8; i++ {
		x := load64(text, b+8*i)
		// Without their high bits, the bytes carry nothing into the next;
		// the bytes that had one are not classified here.
		cw, cnl := chunkMasks(x &^ highs)
		ascii := gatherHighs(^x & highs)
		w, nl = w|(cw&ascii)<<(8*i), nl|(cnl&ascii)<<(8*i)
		for beyond := gatherHighs(x & highs); beyond != 0; beyond &= beyond - 1 {
			q := b + 8*i + bits.TrailingZeros64(beyond)
			if q < p {
				continue // a byte of the character before
			}
			r, size := utf8.DecodeRuneInString(text[q:])
			hi |= (1<<size - 1) << (q - b)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				w |= (1<<size - 1) << (q - b)
				carryNext = (1<<size - 1) >> (b + 64 - q)
			}
			p = q + size
		}
	}
	return w, nl, hi, carryNext
}

// tailMasks returns what blockMasks does for the last block of text, from
// b, shorter than 64 bytes, one character at a time.
func tailMasks(text string, b int, carry uint64) (w, nl, hi uint64) {
	w = carry
	for p := b; p < len(text); {
		if c := text[p]; c < utf8.RuneSelf {
			w |= uint64(asciiClass[c]&1) << (p - b)
			nl |= uint64(asciiClass[c]>>1) << (p - b)
			p++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[p:])
		hi |= (1<<size - 1) << (p - b)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			w |= (1<<size - 1) << (p - b)
		}
		p += size
	}
	return w, nl, hi
}

// seniorityWords appends to ev the level words, phrases and duties of
// text, whose words of the vocabulary are ws and whose title lines end at
// first; roles are where its roles, which stand for job nouns, start and
// end.
func seniorityWords(ev []SeniorityEvidence, text string, ws []seniorWord, first int, roles *roleEdges) []SeniorityEvidence {
	v := seniorVocabulary()
	add := func(l SeniorityLevel, c SeniorityCue, i, j int) {
		ev = append(ev, SeniorityEvidence{Level: l, Cue: c, Text: text[ws[i].start:ws[j].end], Start: ws[i].start, End: ws[j].end})
	}
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if w.in&inPairFirst != 0 && i+1 < len(ws) && ws[i+1].n == w.n+1 && ws[i+1].line == w.line && ws[i+1].in&inPairSecond != 0 {
			if p, ok := v.pairs[pairKey(w.id, ws[i+1].id)]; ok {
				if ownLevel(ws, i) && (p.cue == CuePhrase || w.start < first) {
					add(p.level, p.cue, i, i+1)
				}
				i++ // a pair that is others' title is not read again
				continue
			}
		}
		if j := leadsPeople(ws, i); j >= 0 {
			add(SeniorityLead, CueDuty, min(i, j), max(i, j))
		} else if w.in&inPhraseWords != 0 && ownLevel(ws, i) {
			add(v.phrase[w.id], CuePhrase, i, i)
		} else if w.in&inTitleWords != 0 && ownLevel(ws, i) && (w.start < first || nearJobNoun(text, ws, i, roles)) {
			add(v.title[w.id], CueTitle, i, i)
		}
	}
	return ev
}

// near reports whether word k is on the line of word i, at most d words
// from it.
func near(ws []seniorWord, i, k, d int) bool {
	return ws[k].line == ws[i].line && ws[k].n <= ws[i].n+d && ws[k].n >= ws[i].n-d
}

// ownLevel reports whether level word i is the text's own: no word of
// notOwnLevel stands up to two words before it on its line.
func ownLevel(ws []seniorWord, i int) bool {
	for k := i - 1; k >= 0 && near(ws, i, k, 2); k-- {
		if ws[k].in&inNotOwnLevel != 0 {
			return false
		}
	}
	return true
}

// nearJobNoun reports whether a job noun or a role follows level word i
// of text within three words on its line ("Senior Backend Engineer"), or
// comes just before it ("Backend-Entwickler (Junior)"). The words of ws
// are those of the vocabulary: the words between are read again from
// text when there are roles.
func nearJobNoun(text string, ws []seniorWord, i int, roles *roleEdges) bool {
	for k := i + 1; k < len(ws) && near(ws, i, k, 3); k++ {
		if ws[k].in&inJobNouns != 0 {
			return true
		}
	}
	w := ws[i]
	if i > 0 && near(ws, i, i-1, 1) && ws[i-1].in&inJobNouns != 0 {
		return true
	}
	if !roles.any() {
		return false
	}
	line := text
	if q := strings.IndexByte(text[w.end:], '\n'); q >= 0 {
		line = text[:w.end+q]
	}
	for k, p := 0, w.end; k < 3; k++ {
		start, end := nextWord(line, p)
		if start == len(line) {
			break
		}
		if roles.at(start) {
			return true
		}
		p = end
	}
	return w.prevEnd >= 0 && strings.IndexByte(text[w.prevEnd:w.start], '\n') < 0 && roles.at(w.prevEnd)
}

// leadsPeople returns, when word i is a verb of leading with a noun of
// people three words after it or less ("lead a team", "manage a team of"),
// or before it for a verb that takes its object first ("ein Team
// führen"), the index of that noun; else -1.
func leadsPeople(ws []seniorWord, i int) int {
	switch {
	case ws[i].in&inLeadVerbs != 0:
		for k := i + 1; k < len(ws) && near(ws, i, k, 3); k++ {
			if ws[k].in&inPeopleNouns != 0 {
				return k
			}
		}
	case ws[i].in&inLeadVerbsAfter != 0:
		for k := i - 1; k >= 0 && near(ws, i, k, 3); k-- {
			if ws[k].in&inPeopleNouns != 0 {
				return k
			}
		}
	}
	return -1
}

// roleEdges tells where the roles among a text's mentions, not negated,
// start or end. It gathers them, sorted, on the first question, as most
// texts ask none.
type roleEdges struct {
	ms    []Mention
	edges []int
	ready bool
}

// at reports whether a role starts or ends at byte pos.
func (r *roleEdges) at(pos int) bool {
	_, found := slices.BinarySearch(r.gather(), pos)
	return found
}

// any reports whether there are roles.
func (r *roleEdges) any() bool { return len(r.gather()) > 0 }

// gather returns the edges, gathering them on the first call.
func (r *roleEdges) gather() []int {
	if !r.ready {
		for _, m := range r.ms {
			if m.Kind == KindRole && m.Qualifier != QualifierNegated {
				r.edges = append(r.edges, m.Start, m.End)
			}
		}
		slices.Sort(r.edges)
		r.ready = true
	}
	return r.edges
}

// seniorScratch is the memory of one call of SeniorityMentions, kept for
// the next in seniorScratchPool: the words, the evidence before it is
// copied out, the edges of roles, the folded word.
type seniorScratch struct {
	ws    []seniorWord
	ev    []SeniorityEvidence
	edges []int
	fold  []byte
}

// seniorScratchPool holds the scratch of calls of SeniorityMentions.
var seniorScratchPool = sync.Pool{New: func() any { return new(seniorScratch) }}

// seniorScratchMax is the most words a pooled scratch keeps room for: a
// larger one, of a long text, is left to the collector.
const seniorScratchMax = 1 << 16

// release clears s of the text it saw and puts it back in the pool.
func (s *seniorScratch) release() {
	clear(s.ev)
	s.ws, s.ev, s.edges = s.ws[:0], s.ev[:0], s.edges[:0]
	if cap(s.ws) <= seniorScratchMax && cap(s.edges) <= seniorScratchMax && cap(s.ev) <= seniorScratchMax {
		seniorScratchPool.Put(s)
	}
}
