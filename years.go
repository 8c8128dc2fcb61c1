package roles

import (
	"time"

	"github.com/openroles/roles/internal/engine"
)

// ExtractAt is [Taxonomy.Extract] with the reference date that a dated
// entry running to the present ends at: "2019 - present" read on
// 2026-12-06 is 7.9 years.
//
// Extract, Mentions and ExtractAt read years of experience into
// [Mention.Years]: how many years the text attaches to a mention, the
// least it asks for or shows.
//
// A phrase of years ("5+ years", "at least three years'", "2-4 yrs" read
// as 2, "a decade", "mindestens 3 Jahre", "3 ans", "5 años", with numbers
// in digits or in words up to twenty in English, German, French and
// Spanish) gives its years to the mention it names: the first one after it
// in its sentence, a few words on ("5+ years of Go", "minimum 2 years in a
// backend role"), or else the one just before it on its line ("Go (3+
// years)", "Go: 5 years"); and from there to the mentions listed with it
// that have its qualifier ("3+ years with Go, Kafka and PostgreSQL"; in "3+
// years of Go; Kafka is a plus", Kafka has none). Negated mentions get no
// years. A time ago, an age, a rate, a time ahead, a run and a compound
// adjective are no years ("founded 10 years ago", "10 years old", "$120k a
// year", "within 2 years", "2 years in a row", "a 3-year roadmap"), nor are
// numbers without a year word ("18+", "24/7", "Java 17", "Python 3.11").
//
// A dated entry of a resume ("2019 - present: Go services at Acme", "Jan
// 2018 – Mar 2021", "(2016–2019)", "seit 2020:", "depuis 2019", "desde
// 2018") gives its span to the mentions of its entry that have no years of
// their own: from the line of the span to the line of the next span of the
// paragraph, the lines before the paragraph's first span included. When
// the span stands on the last line of its paragraph, as in a resume that
// puts the title and dates of a job above a list of what was done in it,
// the entry goes on over the paragraphs that follow, up to the next span
// or a paragraph that opens with a heading (a Markdown heading, a line that
// ends with a colon, a line in capitals, a line of one or two words:
// "Education", "SKILLS"); otherwise years never cross a paragraph. An
// entry dated by a single month or year at the start of a line ("10/2024
// Coding-Bootcamp") gives its mentions no years and takes none from the
// entries around it. A span
// stands apart as a date of an entry does (at the start of a line, or after
// a separator or a gap between columns, and before the end of the line or
// a separator); a year alone counts as its January. Years are rounded to a
// tenth of a year. Adding up the entries of one concept is left to the
// caller.
//
// "present" (and "heute", "aujourd'hui", "actualidad", ...) is the month
// of the reference date: for Extract and Mentions, the current month of
// the local clock (time.Now), read only when such a span is found; for
// ExtractAt, the date the caller gives, so that results do not change
// with the day they are computed on.
func (t *Taxonomy) ExtractAt(text string, now time.Time) []Mention {
	return t.orEmpty().matcher().extract(text, monthOf(now))
}

// ExtractAt finds the mentions of the default taxonomy's concepts in text,
// with now as the reference date of dated entries. It is equivalent to
// Default().ExtractAt(text, now); see [Taxonomy.ExtractAt].
func ExtractAt(text string, now time.Time) []Mention { return Default().ExtractAt(text, now) }

// monthOf returns the engine's Today for a fixed date.
func monthOf(now time.Time) engine.Today {
	return func() int { return now.Year()*12 + int(now.Month()) - 1 }
}

// thisMonth is the engine's Today for the local clock.
func thisMonth() int { return monthOf(time.Now())() }
