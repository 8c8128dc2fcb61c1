package roles

import "iter"

// Extract finds every mention of a role, skill or responsibility of the
// taxonomy in text: a job posting, a resume, text taken from HTML or PDF.
// The result is in text order, never nil, and the same as collecting
// [Taxonomy.Mentions]; text[m.Start:m.End] is what matched.
//
// Names match as technology names are written (C++, C#, .NET, Node.js;
// "Python-based" holds Python, and JavaScript holds no Java), without regard
// to case (Unicode simple folding), and for roles, responsibilities and
// skills of type [SkillTypeCompetency] or [SkillTypePractice] also in word
// forms ("microservices", "debugging"). A name that is also a common word counts
// only as its [NameRule] allows: "Go live" is not Go. Text in URLs and e-mail
// addresses is never a mention. Mentions never overlap: the longest match
// wins. Each carries a [Qualifier] that the taxonomy's [QualifierCues]
// decide: Negated ("no PHP"), Preferred ("Kafka is a plus", or a section
// headed "Nice to have") or Required. The rules in full are in the package
// documentation, in the sections "Finding skills in text". Mentions carry
// the years of experience the text attaches to them ("5+ years of Go",
// dated entries of a resume): the rules, and the date that "present"
// stands for, are on [Taxonomy.ExtractAt].
//
// The matcher is built once per taxonomy, on first use; a scan takes time
// linear in the length of the text. Extract is safe for concurrent use.
func (t *Taxonomy) Extract(text string) []Mention {
	return t.orEmpty().matcher().extract(text, thisMonth)
}

// Mentions returns the mentions of Extract one by one, in text order, without
// collecting them: for long texts, or to stop early. Each paragraph is read
// and settled before its mentions are yielded.
func (t *Taxonomy) Mentions(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		t.orEmpty().matcher().scan(text, yield)
	}
}

// Extract finds the mentions of the default taxonomy's concepts in text. It
// is equivalent to Default().Extract(text); see [Taxonomy.Extract].
func Extract(text string) []Mention { return Default().Extract(text) }

// Mentions yields the mentions of the default taxonomy's concepts in text.
// It is equivalent to Default().Mentions(text); see [Taxonomy.Mentions].
func Mentions(text string) iter.Seq[Mention] { return Default().Mentions(text) }
