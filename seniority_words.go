package roles

import "strings"

// The words of seniority, in English, German, French and Spanish, folded.
var (
	// levelTitleWords are level words of job titles: they count in the
	// first line of a text, or next to a job noun or a role.
	levelTitleWords = map[string]SeniorityLevel{
		"intern": SeniorityIntern, "trainee": SeniorityIntern, "apprentice": SeniorityIntern, "azubi": SeniorityIntern,
		"werkstudent": SeniorityIntern, "werkstudentin": SeniorityIntern, "praktikant": SeniorityIntern, "praktikantin": SeniorityIntern,
		"stagiaire": SeniorityIntern, "alternant": SeniorityIntern, "alternante": SeniorityIntern,
		"becario": SeniorityIntern, "becaria": SeniorityIntern, "prácticas": SeniorityIntern, "practicas": SeniorityIntern,
		"junior": SeniorityJunior, "jr": SeniorityJunior, "graduate": SeniorityJunior, "débutant": SeniorityJunior, "débutante": SeniorityJunior,
		"mid": SeniorityMid, "intermediate": SeniorityMid, "medior": SeniorityMid, "confirmé": SeniorityMid, "confirmée": SeniorityMid,
		"senior": SenioritySenior, "sr": SenioritySenior, "sénior": SenioritySenior, "expérimenté": SenioritySenior,
		"staff": SeniorityStaff, "principal": SeniorityStaff, "distinguished": SeniorityStaff,
		"lead": SeniorityLead, "leader": SeniorityLead, "director": SeniorityLead, "teamleiter": SeniorityLead,
		"teamleiterin": SeniorityLead, "leiter": SeniorityLead, "leiterin": SeniorityLead, "líder": SeniorityLead, "lider": SeniorityLead,
	}
	// levelPhraseWords name a level wherever they stand.
	levelPhraseWords = map[string]SeniorityLevel{
		"internship": SeniorityIntern, "internships": SeniorityIntern, "werkstudent": SeniorityIntern, "werkstudentin": SeniorityIntern,
		"praktikum": SeniorityIntern, "pflichtpraktikum": SeniorityIntern, "stagiaire": SeniorityIntern, "alternance": SeniorityIntern,
		"becario": SeniorityIntern, "becaria": SeniorityIntern, "prácticas": SeniorityIntern, "practicas": SeniorityIntern,
		"berufseinsteiger": SeniorityJunior, "berufseinsteigerin": SeniorityJunior, "berufseinstieg": SeniorityJunior,
		"absolvent": SeniorityJunior, "absolventin": SeniorityJunior, "absolventen": SeniorityJunior,
		"führungsverantwortung": SeniorityLead, "personalverantwortung": SeniorityLead,
	}
	// levelPairs are two words that name a level: phrases, or titles
	// that need no job noun (CueTitle).
	levelPairs = map[[2]string]struct {
		level SeniorityLevel
		cue   SeniorityCue
	}{
		{"entry", "level"}: {SeniorityJunior, CuePhrase}, {"working", "student"}: {SeniorityIntern, CuePhrase},
		{"new", "grad"}: {SeniorityJunior, CuePhrase}, {"new", "graduate"}: {SeniorityJunior, CuePhrase},
		{"recent", "graduate"}: {SeniorityJunior, CuePhrase}, {"recent", "graduates"}: {SeniorityJunior, CuePhrase},
		{"jeune", "diplômé"}: {SeniorityJunior, CuePhrase}, {"jeunes", "diplômés"}: {SeniorityJunior, CuePhrase},
		{"recién", "graduado"}: {SeniorityJunior, CuePhrase}, {"recién", "titulado"}: {SeniorityJunior, CuePhrase},
		{"direct", "reports"}: {SeniorityLead, CuePhrase}, {"people", "management"}: {SeniorityLead, CuePhrase},
		{"tech", "lead"}: {SeniorityLead, CueTitle}, {"team", "lead"}: {SeniorityLead, CueTitle},
		{"technical", "lead"}: {SeniorityLead, CueTitle}, {"engineering", "manager"}: {SeniorityLead, CueTitle},
		{"development", "manager"}: {SeniorityLead, CueTitle}, {"head", "of"}: {SeniorityLead, CueTitle},
		{"stage", "de"}: {SeniorityIntern, CuePhrase}, {"stage", "développeur"}: {SeniorityIntern, CuePhrase},
		{"stage", "ingénieur"}: {SeniorityIntern, CuePhrase}, {"chef", "d"}: {SeniorityLead, CueTitle}, {"jefe", "de"}: {SeniorityLead, CueTitle},
	}
	// jobNouns are the nouns of job titles that a level word goes with,
	// singular: "junior developers" are others.
	jobNouns = wordSet("engineer developer dev programmer architect consultant administrator analyst scientist designer swe sre role position " +
		"ingenieur ingenieurin entwickler entwicklerin softwareentwickler softwareentwicklerin informatiker informatikerin stelle " +
		"ingénieur ingénieure développeur développeuse developpeur poste " +
		"ingeniero ingeniera desarrollador desarrolladora programador programadora puesto")
	// notOwnLevel are words that, up to two words before a level word,
	// make it the level of others: "mentor junior engineers", "report to
	// the team lead", "work with senior developers".
	notOwnLevel = wordSet("to with alongside mentor mentoring mentors coach coaching guide guiding support supporting among other our precept train training onboard " +
		"mit von unsere betreuen unterstützen avec nos accompagner con nuestros")
	// leadVerbs lead the people nouns after them ("lead a team"), and
	// leadVerbsAfter those before them ("ein Team führen").
	leadVerbs      = wordSet("lead leading manage managing head heading encadrer diriger manager piloter liderar dirigir gestionar liderarás dirigirás gestionarás")
	leadVerbsAfter = wordSet("führen leiten führst leitest")
	peopleNouns    = wordSet("team teams squad squads engineers developers people équipe équipes equipo equipos mitarbeiter mitarbeitende")
)

// wordSet makes a set of the words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
