package engine

// hit is one phrase of the matcher found in the text.
type hit struct {
	phrase           int32
	section          Qualifier // of the section a heading opened (see headingQualifier), or Required
	name, ruled      bool      // the phrase is a name; a name with a rule
	cues             uint8     // the phrase's cues
	t0, t1           int       // tokens [t0, t1)
	start, end       int       // bytes
	clause0, clause1 int32     // clause of the first and last token
	sent             int32
	semi             int32 // semicolons before it
	// gaps is, for a phrase with marks between its words, the bytes between
	// them; for the hit of a coordinated modifier ("unit" in "unit and
	// integration tests"), less the bytes of the words it shares with the
	// name (see coord.go), so that it counts them in its size.
	gaps  int32
	paren bool  // the first token is inside brackets
	coord uint8 // nodeCoordBefore and nodeCoordAfter of its phrase (see coord.go)
}

// size is the length of h's text for choosing among overlapping hits: its
// bytes, or for a phrase with marks between its words (gaps > 0) the bytes
// of its words alone, so that "software developer, back end" is no longer
// than "Back-end software developer". A coordinated modifier counts as
// long as the name it makes.
func (h *hit) size() int { return h.end - h.start - int(h.gaps) }

// paragraph holds the hits of the paragraph being read, and what settling
// them needs to know of its cues and sentences.
type paragraph struct {
	hits       []hit
	dropped    bool // hits of the paragraph were let go
	paraNames  int  // hits of names
	paraCoord  int  // hits of names whose words others may share (see coord.go)
	settled    int  // candidates before this token are settled
	settleAt   int  // settle part of a long paragraph at this many hits
	sentStarts []int
	// Whether hits may hold Negated or NegatedAfter cues: when not,
	// qualify need not look for them.
	negCues, negAfterCues bool
	yearHits              []int32 // hits of year words and calendar years
	prefSents             []int32 // sentences with a Preferred cue
	parenPrefs            []int   // hits of Preferred cues in brackets
}

// reset empties p for the next paragraph, keeping its buffers. Field by
// field: x = x[:0] stores a length only, where a whole struct would be
// copied with write barriers, once per paragraph.
func (p *paragraph) reset() {
	p.hits = p.hits[:0]
	p.prefSents = p.prefSents[:0]
	p.parenPrefs = p.parenPrefs[:0]
	p.sentStarts = p.sentStarts[:0]
	p.paraNames, p.paraCoord, p.settled, p.settleAt = 0, 0, 0, settleEvery
	p.yearHits = p.yearHits[:0]
	p.dropped, p.negCues, p.negAfterCues = false, false, false
}

// nameOf returns the name entry of hit i, a name.
func (s *scanner) nameOf(i int) *nameEntry {
	return &s.m.names[s.m.phrases[s.hits[i].phrase].name]
}
