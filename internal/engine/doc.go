// Package engine finds the names of a taxonomy in text: the text engine
// behind roles.Extract. It knows nothing of the package roles. A Config
// goes in (names with their ID, word-form mode, skill and language flags and
// rule; the qualifier cue phrases), New compiles it into a Matcher, and
// Scan or Collect give Hits back: byte offsets, the index of the name in the
// Config, and a Qualifier. What counts as a mention, which overlapping
// match wins and how qualifiers are decided is the rulebook in the
// documentation of package roles (sections "Finding skills in text"); this
// comment says where each rule lives.
//
// Calls between files go one way, in the order a text takes: scan.go calls
// clean.go, sections.go and settle.go, settle.go calls coord.go,
// rules.go, qualify.go and years.go, and all of them use hits.go, words.go
// and hash.go below them; none calls back.
//
// # The way of a text
//
// A Matcher holds every phrase it knows (names and their word forms, the
// Context and NotWithin phrases of rules, qualifier cues, words that break
// a clause) in a trie over token hashes (build.go). A text that holds
// markup (HTML tags, character references, full-width letters) is first
// made into a clean copy, which all that follows reads; the offsets of its
// Hits are mapped back to the text as given (clean.go). A scan (scan.go)
// asks the tokenizer (tokens.go) for tokens into a ring; at each token that
// the first-token bit sets let through, it walks the trie, checks the text
// of what it found and records a hit with where it stands: clause,
// sentence, brackets, the section a heading opened (sections.go). At the
// end of each paragraph (settle.go) the modifiers coordinated with names
// are added (coord.go), and the hits are settled: names are kept when
// their rule allows (rules.go), overlapping names are decided by length,
// and each mention is qualified (qualify.go). Only then are the
// paragraph's Hits handed out.
//
// # Files
//
//   - clean.go: the clean copy of a text with markup, and its offsets
//     mapped back; clean_tags.go: which '<' starts a tag, and what the tag
//     does; clean_chars.go: character references and compatibility forms.
//   - words.go: character classes; reading one word (scanWord); Unicode
//     simple case folding (foldRune); the tokens of a name and the marks
//     between them (NameTokens, nameGaps); French elision (elisionEnd)
//     and gender marks after a title (genderMarkEnd); accents.go: accents
//     folded for matching (appendMatchFold).
//   - hash.go: the hash of a folded token and the eight-bytes-at-a-time
//     paths for ASCII words.
//   - tokens.go: the tokenizer: fill (the common case, inline) and next
//     (the general case) make the same tokens, which TestFillMatchesNext
//     and FuzzScan check; URLs, e-mail addresses and domains are skipped
//     here; clause, sentence, paragraph and line breaks are counted here;
//     Markdown emphasis on a word does not part it from the next
//     (emphasisAt).
//   - forms.go: word forms of a name (plurals, -ing, -ed) and its British
//     spelling (-ise for -ize); forms_lang.go: the forms of a name by its
//     language (German, French, Spanish plurals and gender forms; German
//     and Spanish verb phrases conjugated, "du entwickelst neue Features",
//     "desarrollarás nuevas funcionalidades") and the ae, oe, ue spelling
//     of umlauts.
//   - compound.go: names inside closed German compounds
//     ("Javakenntnisse"), which the scanner tries at tokens the tokenizer
//     marks.
//   - build.go: the trie, its edge table, the first-token bit sets, and
//     the builder that compiles a Config step by step.
//   - snapshot.go: a compiled Matcher written out and read back
//     (AppendBinary, Load), so that a program can ship a matcher instead
//     of building it at run time; frozen.go: a compiled Matcher as Go
//     source of pointer-free tables (BuiltinSource), which package roles
//     generates for its embedded taxonomy into builtin_tables.go, and
//     Builtin makes at run time.
//   - scan.go: the scanner: its loop, matching at a token, verifying a hit.
//   - hits.go: a hit, and the hits of the paragraph being read.
//   - sections.go: headings, and the sections of preferred or negated
//     items they open and close; what a heading says is decided in
//     qualify.go (headingQualifier).
//   - settle.go: a paragraph settled, in parts when it is very long;
//     overlaps decided (pick).
//   - coord.go: coordinated names that share words ("unit and
//     integration tests"): the hits of their modifiers, added to a
//     paragraph's hits before it is settled.
//   - rules.go: name rules: CaseSensitive (and lower-case lists),
//     NotWithin, Context, places ("Phoenix, AZ") and proper names ("Ruby
//     Chen").
//   - qualify.go: negation (qualify, negatedByLabel), cues that are part of
//     a longer match and do not count (counts), preference (in scope, how
//     far a cue after its mention reaches back, in brackets, nearer than a
//     Required cue), lists that share a qualifier (spreadLists) and
//     brackets after a negated mention (negateAsides); the
//     words that end a clause and "not only" by language are in build.go.
//   - years.go: years of experience attached to mentions ("5+ years of
//     Go"), read when a paragraph is settled from hits of year words;
//     yearspan.go: the dated entries of a resume ("2019 - present"), from
//     hits of calendar years.
//
// # Tests
//
// ref_test.go holds a slow, plain reference for finding hits (words by a
// regular expression, every phrase compared at every word), checked
// against the scanner on the extraction cases of package roles, the test
// corpus, random text and in FuzzScan. The configurations of the tests
// come from the taxonomy files of the module (config_test.go).
// clean_ref_test.go holds a slow, plain reference for the clean copy
// (regular expressions, package html, an NFKC table in testdata), which
// refHits reads; FuzzHygiene builds random HTML and Markdown around names
// and checks the offsets of what is found.
package engine
