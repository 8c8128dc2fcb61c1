package engine

import (
	"slices"
	"strings"
	"testing"
)

// langFormCases are names by language and texts that spell them in a
// generated form (match), or in a form of another language (no match).
var langFormCases = []struct {
	why, lang, name, text string
	match                 bool
}{
	{"German feminine", "de", "Backend-Entwickler", "Backend-Entwicklerin", true},
	{"German feminine plural", "de", "Backend-Entwickler", "Backend-EntwicklerInnen", true},
	{"German slash", "de", "Backend-Entwickler", "Backend-Entwickler/in", true},
	{"German colon", "de", "Backend-Entwickler", "Backend-Entwickler:in", true},
	{"German star", "de", "Backend-Entwickler", "Backend-Entwickler*in", true},
	{"German underscore", "de", "Backend-Entwickler", "Backend-Entwickler_innen", true},
	{"German bracket", "de", "Backend-Entwickler", "Backend-Entwickler(in)", true},
	{"German gender mark", "de", "Backend-Entwickler", "Backend-Entwickler (m/w/d)", true},
	{"German dative", "de", "Softwareentwickler", "Softwareentwicklern", true},
	{"German plural -en", "de", "Datenbank", "Datenbanken", true},
	{"German plural -e", "de", "Schnittstelle", "Schnittstellen", true},
	{"German adjective declined", "de", "agile Methode", "agilen Methoden", true},
	{"German umlaut as ae", "de", "Qualitätssicherung", "Qualitaetssicherung", true},
	{"German umlaut left off", "de", "Qualitätssicherung", "Qualitatssicherung", true},
	{"no English forms in German", "de", "Entwicklung", "Entwicklunging", false},
	{"a space is no gender mark", "de", "Entwickler", "Entwickler in", false},
	{"French feminine", "fr", "Développeur back-end", "Développeuse back-end", true},
	{"French middle dot", "fr", "Développeur back-end", "Développeur·se back-end", true},
	{"French middle dot, whole ending", "fr", "Développeur back-end", "développeur·euse back-end", true},
	{"French bracket", "fr", "Développeur back-end", "Développeur(se) back-end", true},
	{"French dot", "fr", "Développeur back-end", "Développeur.euse back-end", true},
	{"French plural", "fr", "Développeur back-end", "Développeurs back-end", true},
	{"French plural of a phrase", "fr", "test unitaire", "tests unitaires", true},
	{"French singular of a phrase", "fr", "tests unitaires", "test unitaire", true},
	{"French -teur", "fr", "administrateur système", "administratrice système", true},
	{"French -teur with a dot", "fr", "administrateur système", "administrateur·rice système", true},
	{"French number stops at de", "fr", "base de données", "bases de données", true},
	{"French article: les for des", "fr", "rédiger des cas de test", "rédiger les cas de test", true},
	{"French article: un for le", "fr", "concevoir le schéma", "concevoir un schéma", true},
	{"French article, with the plural of the first word", "fr", "exécution des cas de test", "exécutions les cas de test", true},
	{"French verb: vous", "fr", "optimiser les requêtes", "optimisez les requêtes", true},
	{"French verb: future", "fr", "optimiser les requêtes", "optimiserez les requêtes", true},
	{"French verb: participle, accent folded", "fr", "développer des API", "Développé des API", true},
	{"French verb: nous after g", "fr", "corriger les bugs", "corrigeons les bugs", true},
	{"French verb and article", "fr", "rédiger des cas de test", "rédigez les cas de test", true},
	{"a verb alone gets no forms", "fr", "vulgariser", "vulgarisez", false},
	{"French verb: present participle", "fr", "optimiser les requêtes", "optimisant les requêtes", true},
	{"French verb: -yer", "fr", "déployer les applications", "déploierez les applications", true},
	{"French third group: concevoir, future", "fr", "concevoir le schéma", "concevrez le schéma", true},
	{"French third group: concevoir, participle with ç", "fr", "concevoir le schéma", "Conçu le schéma", true},
	{"French third group: maintenir", "fr", "maintenir les bases de données", "maintiendrez les bases de données", true},
	{"French third group: construire", "fr", "construire des pipelines de données", "construisez des pipelines de données", true},
	{"French third group: résoudre", "fr", "résoudre les incidents", "résolvez les incidents", true},
	{"French third group: faire, participle", "fr", "faire évoluer l'existant", "fait évoluer l'existant", true},
	{"French third group: écrire", "fr", "écrire des tests", "écrirez des tests", true},
	{"French third group: mettre", "fr", "mettre en place la supervision", "mis en place la supervision", true},
	{"French second group", "fr", "définir l'architecture", "définissez l'architecture", true},
	{"French second group, participle", "fr", "garantir la qualité du code", "garanti la qualité du code", true},
	{"French determiner: nos for des", "fr", "construire des pipelines de données", "construirez nos pipelines de données", true},
	{"French determiner: votre for le", "fr", "concevoir le schéma", "concevoir votre schéma", true},
	{"French determiner of the wrong number", "fr", "construire des pipelines de données", "construire notre pipelines de données", false},
	{"-oir outside the table gets no forms", "fr", "savoir communiquer", "savez communiquer", false},
	{"no French verb forms in English", "", "order the tests", "ordered the tests", false},
	{"a first word is no article to swap", "fr", "la stabilité", "une stabilité", false},
	{"no French articles in English", "", "write the tests", "write des tests", false},
	{"Spanish feminine", "es", "Desarrollador backend", "Desarrolladora backend", true},
	{"Spanish slash", "es", "Desarrollador backend", "Desarrollador/a backend", true},
	{"Spanish bracket", "es", "Desarrollador backend", "desarrollador(a) backend", true},
	{"Spanish plural", "es", "Desarrollador backend", "desarrolladores backend", true},
	{"Spanish -o", "es", "ingeniero de software", "ingeniero/a de software", true},
	{"Spanish one word", "es", "programador", "programador/a", true},
	{"Spanish plural of a phrase", "es", "prueba unitaria", "pruebas unitarias", true},
	{"Spanish plural before de", "es", "revisión de código", "revisiones de código", true},
	{"German du, verb first", "de", "neue Features entwickeln", "entwickelst neue Features", true},
	{"German Sie, verb first", "de", "neue Features entwickeln", "entwickeln neue Features", true},
	{"German du, stem in -d", "de", "Fehler melden", "meldest Fehler", true},
	{"German du, stem in -z", "de", "Features umsetzen", "setzt Features um", true},
	{"German separable verb", "de", "Datenpipelines aufbauen", "baust Datenpipelines auf", true},
	{"German separable verb for Sie", "de", "Datenpipelines aufbauen", "bauen Datenpipelines auf", true},
	{"German verb with an umlaut", "de", "Testfälle durchführen", "führst Testfälle durch", true},
	{"a German noun is no verb", "de", "Wartung bestehender Anwendungen", "Anwendungenst Wartung bestehender", false},
	{"German verb forms need an object", "de", "entwickeln", "entwickelst", false},
	{"Spanish future", "es", "desarrollar nuevas funcionalidades", "desarrollarás nuevas funcionalidades", true},
	{"Spanish future, third person", "es", "desarrollar nuevas funcionalidades", "desarrollará nuevas funcionalidades", true},
	{"Spanish preterite", "es", "automatizar los despliegues", "automaticé los despliegues", true},
	{"Spanish preterite of -ir", "es", "corregir errores", "corregí errores", true},
	{"Spanish gerund after a vowel", "es", "construir aplicaciones web", "construyendo aplicaciones web", true},
	{"Spanish participle", "es", "desarrollar nuevas funcionalidades", "desarrollado nuevas funcionalidades", true},
	{"Spanish present, tú", "es", "diseñar la arquitectura", "diseñas la arquitectura", true},
	{"no Spanish present for nosotros", "es", "reportar errores", "reportamos errores", false},
	{"no Spanish noun from a verb", "es", "diseñar la arquitectura", "diseño la arquitectura", false},
	{"no verb forms of a title", "es", "Tester de software", "Testeras de software", false},
	{"no verb forms of one word", "es", "documentar", "documentarás", false},
	{"English keeps English forms", "", "Backend Developer", "Backend Developers", true},
	{"no gender forms in English", "", "Backend Developer", "Backend Developer/in", false},
	{"no English forms in Spanish", "es", "prueba unitaria", "prueba unitarias", false},
}

// TestLangForms checks the word forms of names by language: each text
// holds one hit, on the whole form, or none.
func TestLangForms(t *testing.T) {
	for _, c := range langFormCases {
		m := New(&Config{Names: []Name{{ID: "x", Text: c.name, Lang: c.lang, Forms: LastWord}}})
		text := "Wir: " + c.text + "; y."
		var got []string
		for _, h := range collectHits(m, text) {
			got = append(got, text[h.Start:h.End])
		}
		// Without a match, the name itself may be found in the text, but
		// not the whole text.
		want := []string{c.text}
		_, nameToks := NameTokens(c.name)
		if _, toks := NameTokens(c.text); !c.match && len(toks) > len(nameToks) && slices.Equal(toks[:len(nameToks)], nameToks) ||
			strings.HasSuffix(c.text, " (m/w/d)") {
			want = []string{c.name}
		} else if !c.match {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q (%s) in %q: found %q, want %q", c.why, c.name, c.lang, text, got, want)
		}
	}
}

// TestPrimaryLang checks the primary subtag of language tags.
func TestPrimaryLang(t *testing.T) {
	for tag, want := range map[string]string{"de": "de", "de-CH": "de", "ES-419": "es", "": ""} {
		if got := primaryLang(tag); got != want {
			t.Errorf("primaryLang(%q) = %q, want %q", tag, got, want)
		}
	}
}

// TestGermanDu checks the present tense for du of regular German verbs.
func TestGermanDu(t *testing.T) {
	for inf, want := range map[string]string{
		"entwickeln": "entwickelst", "verbessern": "verbesserst", "melden": "meldest", "arbeiten": "arbeitest",
		"rechnen": "rechnest", "lernen": "lernst", "setzen": "setzt", "fixen": "fixt", "bauen": "baust", "schließen": "schließt",
	} {
		if got := germanDu(inf); got != want {
			t.Errorf("germanDu(%q) = %q, want %q", inf, got, want)
		}
	}
}
