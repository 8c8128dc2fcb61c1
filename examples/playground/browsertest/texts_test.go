package browsertest

import (
	"testing"
	"unicode/utf8"

	"github.com/openroles/roles"
)

// textCase is a text the test pastes into the page, and why.
type textCase struct {
	name string
	why  string
	text string
	// astral: the text has characters outside the BMP (emoji, rare CJK)
	// before mentions, each two UTF-16 code units, so that an offset
	// counted in code points would shift too.
	astral bool
}

// texts are pasted into the page one by one; each must keep the highlights
// exactly where roles.Extract puts the mentions. TestTexts checks that each
// exercises what its why says.
var texts = []textCase{
	{
		name: "German",
		why:  "a German posting: umlauts and ß (two bytes, one UTF-16 unit) before mentions, German qualifier cues",
		text: "Über uns: Wir sind ein Münchner Start-up für Zahlungsverkehr.\n\n" +
			"Senior Backend-Entwickler (m/w/d)\n\n" +
			"Deine Aufgaben: Du entwickelst und wartest unsere Dienste in Go und betreust die PostgreSQL-Datenbank. " +
			"Erfahrung mit Kubernetes ist ein Plus. Kein PHP nötig.\n\n" +
			"Anforderungen: mindestens 3 Jahre Erfahrung mit Go, gute Kenntnisse in Docker und CI/CD; Spaß an Code-Reviews.",
	},
	{
		name:   "emoji",
		why:    "emoji (surrogate pairs, ZWJ sequences, skin tones, flags) before and between mentions",
		astral: true,
		text: "🚀 We're hiring! 👩‍💻 Backend Engineer 🧑🏽‍🚀\n" +
			"✅ Go (5+ years) ✅ PostgreSQL ✅ Kafka is a plus 🙂\n" +
			"❌ No PHP. 🇫🇷 Python-based tooling, 🐳 Docker and Kubernetes.",
	},
	{
		name:   "CJK",
		why:    "Japanese (three bytes, one UTF-16 unit each), full-width punctuation around names, and an astral ideograph",
		astral: true,
		text: "東京オフィス｜バックエンドエンジニア募集 🗼\n" +
			"必須スキル：Go、PostgreSQL、Kubernetes\n" +
			"歓迎スキル：Kafka、Redis\n" +
			"𠮷野家のAPI開発 — REST APIs in Python and Java.",
	},
	{
		name: "combining and full-width",
		why:  "a combining accent (two code points for one letter) and full-width letters, which the library reads as ASCII",
		text: "Ame\u0301lie’s résumé: ｐｙｔｈｏｎ, Ｇｏ and ＲＥＳＴ; " +
			"Zoë built services in Rust and TypeScript at Société Générale.",
	},
	{
		name: "markup",
		why:  "HTML in the text: the page must show it as text (no tag of it in the DOM), and the library reads C&#35; as C#",
		text: `<p class="x">Équipe — Backend <b>Engineer</b></p><img src=x onerror="document.title='pwned'"> ` +
			`Go &amp; C&#35; and <script>alert(1)</script> Kafka, <a href="https://go.dev">Go</a> required.`,
	},
}

// TestTexts checks, without a browser, that each text of texts exercises
// what it claims: several mentions, non-ASCII text before at least one of
// them, and for astral texts characters outside the BMP before one.
func TestTexts(t *testing.T) {
	for _, c := range texts {
		ms := roles.Extract(c.text)
		if len(ms) < 3 {
			t.Errorf("%s: roles.Extract finds %d mentions, want at least 3: pick a text that names more", c.name, len(ms))
			continue
		}
		var shifted, astral bool
		for _, m := range ms {
			before := c.text[:m.Start]
			shifted = shifted || utf16Len(before) != len(before)
			astral = astral || utf16Len(before) != utf8.RuneCountInString(before)
		}
		if !shifted {
			t.Errorf("%s: no mention follows a non-ASCII character", c.name)
		}
		if c.astral && !astral {
			t.Errorf("%s: no mention follows a character outside the BMP", c.name)
		}
	}
}
