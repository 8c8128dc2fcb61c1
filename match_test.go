package roles

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles/internal/engine"
)

// testTaxonomy is the fixed taxonomy of testdata/corpus: names chosen to
// exercise every boundary, rule and qualifier, independent of the default
// data, which changes.
var testTaxonomy = sync.OnceValue(func() *Taxonomy {
	data, err := os.ReadFile("testdata/corpus/taxonomy.json")
	if err != nil {
		panic(err)
	}
	t, err := Parse(data)
	if err != nil {
		panic(err)
	}
	return t
})

// brief renders mentions compactly: the matched text, "=", the ID, and the
// qualifier when it is not Required.
func brief(text string, ms []Mention) []string {
	out := []string{}
	for _, m := range ms {
		s := text[m.Start:m.End] + "=" + m.ID
		if m.Qualifier != Required {
			s += " " + string(m.Qualifier)
		}
		out = append(out, s)
	}
	return out
}

type extractCase struct {
	why  string
	text string
	want []string
}

// extractCases feed the table test, the benchmarks and the fuzz seeds.
var extractCases = []extractCase{
	// Boundaries.
	{"C++ and C# keep their symbols; plain C needs its context", "C++, C# and F# developers", []string{"C++=cpp", "C#=csharp", "F#=fsharp"}},
	{".NET starts with a dot", "Experience with .NET and ASP.NET Core.", []string{".NET=dotnet", "ASP.NET Core=aspnet"}},
	{"a dotted name is one word", "Node.js, Vue.js and React.js", []string{"Node.js=nodejs", "Vue.js=vue", "React.js=react"}},
	{"the .js of Vue.js is not JavaScript", "We use Vue.js daily", []string{"Vue.js=vue"}},
	{"an unknown dotted word reads as its first part", "We love Python.Then we ship", []string{"Python=python"}},
	{"slash-separated names", "CI/CD with PostgreSQL/MySQL", []string{"CI/CD=cicd", "PostgreSQL=postgresql", "MySQL=mysql"}},
	{"digits belong to the word", "HTML5 and HTML", []string{"HTML5=html", "HTML=html"}},
	{"hyphenated words", "Python-based services, Kafka-driven", []string{"Python=python", "Kafka=kafka"}},
	{"lists in parentheses", "Databases (PostgreSQL, Redis)", []string{"Databases=databases", "PostgreSQL=postgresql", "Redis=redis"}},
	{"Markdown emphasis", "**Go** and _Rust_ and `Docker`", []string{"Go=go", "Rust=rust", "Docker=docker"}},
	{"a Markdown link: the text counts, the URL not", "[Kafka](https://kafka.apache.org) streams", []string{"Kafka=kafka"}},
	{"bullets", "- Go\n- Rust\n* Docker", []string{"Go=go", "Rust=rust", "Docker=docker"}},
	{"Java is never in JavaScript", "JavaScript and TypeScript", []string{"JavaScript=javascript", "TypeScript=typescript"}},
	{"React is never in reactive", "reactive programming", []string{}},
	{"URLs are not mentions", "see https://github.com/golang/go and http://kafka.apache.org/docs", []string{}},
	{"bare domains are not mentions", "golang.org, github.com/docker/cli and www.python.org", []string{}},
	{"e-mail addresses are not mentions", "Write to go@kafka.io or jane.doe@python.com", []string{}},
	{"the longest match wins", "Ruby on Rails and Ruby", []string{"Ruby on Rails=rails", "Ruby=ruby"}},
	{"a phrase may span a line break", "Ruby on\nRails", []string{"Ruby on\nRails=rails"}},
	{"sentence punctuation breaks a phrase", "Spring. Boot camp", []string{}},
	{"hyphen joins a phrase", "a back-end developer", []string{"back-end developer=backend-developer"}},
	{"two hyphens do not join a phrase", "a back--end developer", []string{}},
	{"a bullet on the next line does not join a phrase", "Ruby on\n- Rails", []string{"Ruby=ruby", "Rails=rails"}},
	{"non-ASCII text, smart quotes, no-break spaces", "Entwickler für Kafka\u00a0und “Docker” – Müller’s Python", []string{"Kafka=kafka", "Docker=docker", "Python=python"}},
	{"a non-breaking space joins a phrase", "Ruby\u00a0on\u00a0Rails", []string{"Ruby\u00a0on\u00a0Rails=rails"}},
	{"zero-width characters inside a word are ignored", "Ku\u200bbernetes and Do\u00adcker", []string{"Ku\u200bbernetes=kubernetes", "Do\u00adcker=docker"}},
	{"case is folded", "POSTGRESQL, kafka, KuBeRnEtEs", []string{"POSTGRESQL=postgresql", "kafka=kafka", "KuBeRnEtEs=kubernetes"}},
	{"invalid UTF-8 does not break words around it", "Kafka\xff\xfeRedis", []string{"Kafka=kafka", "Redis=redis"}},
	// Rules.
	{"Go is case-sensitive", "go to the office and GO", []string{}},
	{"NotWithin: Go live", "Go live in May; Go-live plan", []string{}},
	{"NotWithin leaves other Go alone", "Go live with Go", []string{"Go=go"}},
	{"C needs context", "Series C funded, grade C", []string{}},
	{"C with context", "C programming for embedded systems", []string{"C=c"}},
	{"C with another skill mention nearby", "C and Python", []string{"C=c", "Python=python"}},
	{"context is limited to 8 words", "C one two three four five six seven eight nine Python", []string{"Python=python"}},
	{"context does not cross a paragraph", "C\n\nPython", []string{"Python=python"}},
	{"REST is not the rest of", "the rest of the team", []string{}},
	{"REST needs API context", "REST APIs over HTTP", []string{"REST=rest", "APIs=apis"}},
	{"a skill with a context rule is not context for another", "Node and Spring", []string{}},
	{"case-sensitive role abbreviation", "SRE team; sre", []string{"SRE=site-reliability-engineer"}},
	// Word forms.
	{"plural of a competency", "microservices and code reviews", []string{"microservices=microservices", "code reviews=code-review"}},
	{"verb forms with doubling", "debugged, debugging; troubleshooting", []string{"debugged=debugging", "debugging=debugging", "troubleshooting=troubleshooting"}},
	{"forms of the last word of responsibilities and roles", "optimize database queries; design APIs; Backend Developers", []string{"optimize database queries=optimize-queries", "design APIs=design-apis", "Backend Developers=backend-developer"}},
	{"the first word of a responsibility gets forms too", "reviewed code; reviewing code", []string{"reviewed code=review-code", "reviewing code=review-code"}},
	{"not both words at once", "reviewed codes", []string{}},
	{"no forms for languages", "Rusts and Kafkas", []string{}},
	{"no forms for Exact names", "CI/CDs", []string{}},
	{"unit tests", "writing unit tests", []string{"unit tests=unit-testing"}},
	// Qualifiers.
	{"negated before", "no PHP needed", []string{"PHP=php negated"}},
	{"not", "not microservices", []string{"microservices=microservices negated"}},
	{"without", "without Kubernetes", []string{"Kubernetes=kubernetes negated"}},
	{"negation reaches 3 words", "no prior experience with Kafka", []string{"Kafka=kafka negated"}},
	{"negation does not reach 4 words", "no years of paid work in Kafka", []string{"Kafka=kafka"}},
	{"negation stops at a clause", "No PHP, but Python", []string{"PHP=php negated", "Python=python"}},
	{"negation stops at but", "no PHP but Python", []string{"PHP=php negated", "Python=python"}},
	{"negated after", "Java not required", []string{"Java=java negated"}},
	{"negated after an aside in brackets", "Kafka (or Redis) is not required", []string{"Kafka=kafka negated", "Redis=redis"}},
	{"not only adds", "Not only PHP: we also use Java. I am not just a Java person", []string{"PHP=php", "Java=java", "Java=java"}},
	{"negation spreads over a list", "No PHP, Java or Kafka.", []string{"PHP=php negated", "Java=java negated", "Kafka=kafka negated"}},
	{"negation spreads back over a list", "PHP, Java, and Kafka are not required", []string{"PHP=php negated", "Java=java negated", "Kafka=kafka negated"}},
	{"a list needs a conjunction", "No PHP, Java is fine", []string{"PHP=php negated", "Java=java"}},
	{"two items with a comma and a conjunction are no list", "PHP is not needed, and Java is", []string{"PHP=php negated", "Java=java"}},
	{"a list ends at other words", "no PHP or Java but Kafka and Redis", []string{"PHP=php negated", "Java=java negated", "Kafka=kafka", "Redis=redis"}},
	{"a NegatedAfter label with a colon", "**Not required:** PHP or `Java`\nKafka", []string{"PHP=php negated", "Java=java negated", "Kafka=kafka"}},
	{"a NegatedAfter cue and a colon mid-line are no label", "PHP is not required: we teach Java", []string{"PHP=php negated", "Java=java"}},
	{"negated after with a word between", "Java experience is not required", []string{"Java=java negated"}},
	{"preferred in a sentence", "Kafka is a plus.", []string{"Kafka=kafka preferred"}},
	{"preferred ends with the sentence", "Kafka is a plus. Redis.", []string{"Kafka=kafka preferred", "Redis=redis"}},
	{"preferred section by Markdown heading", "## Nice to have\n- Kafka\n- Redis\n\n## Stack\n- Go", []string{"Kafka=kafka preferred", "Redis=redis preferred", "Go=go"}},
	{"preferred section by colon line", "Bonus points:\n- Rust\n\nRequirements:\n- Go", []string{"Rust=rust preferred", "Go=go"}},
	{"a bold colon line is a heading", "**Nice to have:**  \r\n- Rust\n- Docker", []string{"Rust=rust preferred", "Docker=docker preferred"}},
	{"a line with words after its colon is no heading", "Nice to have: Rust\n- Docker", []string{"Rust=rust preferred", "Docker=docker"}},
	{"preferred section by short cue line", "Nice to have\nRust\nDocker", []string{"Rust=rust preferred", "Docker=docker preferred"}},
	{"a list item with a cue is not a heading", "- Rust is a plus\n- Docker", []string{"Rust=rust preferred", "Docker=docker"}},
	{"a cue in brackets applies to what is in them", "SQL (PostgreSQL preferred)", []string{"SQL=sql", "PostgreSQL=postgresql preferred"}},
	{"a cue in brackets applies to the mention before them", "C# (required), F# (a plus)", []string{"C#=csharp", "F#=fsharp preferred"}},
	{"a Preferred cue before a Required one is one label", "Preferred Qualifications: Kafka, Redis", []string{"Kafka=kafka preferred", "Redis=redis preferred"}},
	{"a Required cue in another clause stays apart", "Preferred, qualifications: Kafka", []string{"Kafka=kafka"}},
	{"a cue that leads a mention does not reach back", "SQL, ideally PostgreSQL; Redis, bonus points for Kafka", []string{"SQL=sql", "PostgreSQL=postgresql preferred", "Redis=redis", "Kafka=kafka preferred"}},
	{"a cue that leads a list prefers the list", "SQL, ideally PostgreSQL, MySQL or Redis. Kafka", []string{"SQL=sql", "PostgreSQL=postgresql preferred", "MySQL=mysql preferred", "Redis=redis preferred", "Kafka=kafka"}},
	{"a cue that ends its clause reaches back", "Kafka, ideally, and Redis is a plus", []string{"Kafka=kafka preferred", "Redis=redis preferred"}},
	{"the nearer cue decides", "Go is required, Kafka is a plus", []string{"Go=go", "Kafka=kafka preferred"}},
	{"a section under a plain heading ends with its list", "Bonus:\n- Rust\n\nWe use Go.", []string{"Rust=rust preferred", "Go=go"}},
	{"a section under a Markdown heading ends after its list", "## Nice to have\n\n- Kafka\n- Redis\n\nWe ship Go.\n\nAnd Docker.", []string{"Kafka=kafka preferred", "Redis=redis preferred", "Go=go", "Docker=docker"}},
	{"a list in paragraphs stays in its section", "## Nice to have\n- Kafka\n\n- Redis", []string{"Kafka=kafka preferred", "Redis=redis preferred"}},
	{"a section under a Markdown heading goes on", "## Bonus\n\nWe like Rust.\n\nAnd Docker.", []string{"Rust=rust preferred", "Docker=docker preferred"}},
	{"negation beats preference", "## Bonus\n- no PHP", []string{"PHP=php negated"}},
	{"wrapped lines keep the sentence", "Experience with Kafka\nis a plus.", []string{"Kafka=kafka preferred"}},
	{"a line that ends with a word that leads on wraps", "Experience with Kafka or\nRedis is a plus", []string{"Kafka=kafka preferred", "Redis=redis preferred"}},
	{"a line that ends with a comma wraps", "Docker, Kafka,\nRedis is a plus", []string{"Docker=docker preferred", "Kafka=kafka preferred", "Redis=redis preferred"}},
	{"a list item starts a sentence, even in lower case", "Docker is a plus\n• experience with Redis\n• Kafka or\n• Go", []string{"Docker=docker preferred", "Redis=redis", "Kafka=kafka", "Go=go"}},
	{"a new line in upper case ends the sentence", "Kafka\nDocker is a plus", []string{"Kafka=kafka", "Docker=docker preferred"}},
	{"a name with context is no mention as a place", "Java developer | Spring, TXT; Spring, Texan; Spring, TX; Spring, Texas; Spring, New Mexico", []string{"Java=java", "Spring=spring", "Spring=spring"}},
	{"a cue after a semicolon does not reach back", "Docker and Kubernetes; Terraform is a plus", []string{"Docker=docker", "Kubernetes=kubernetes", "Terraform=terraform preferred"}},
	{"a cue before a semicolon reaches on", "Nice to have: Rust; Docker", []string{"Rust=rust preferred", "Docker=docker preferred"}},
	{"semicolons only bound a cue in their sentence", "Docker; Redis. Terraform is a plus; Kafka", []string{"Docker=docker", "Redis=redis", "Terraform=terraform preferred", "Kafka=kafka preferred"}},
}

// defaultNameCases check the name rules of the default taxonomy's
// technologies whose names are also ordinary words: each such name once as
// plain English, which must give no mention of it, and once or twice as the
// technology. Unlike extractCases they run on Default(), so their wants
// change with the data.
var defaultNameCases = []extractCase{
	{"teams and profiles are not skills", "Work with our compliance partners; to request an accommodation, contact our Accessibility Team; send a link to your GitHub profile", []string{}},
	{"security, ML and compliance teams are teams", "Partner with the security team and the ML team; work with Legal and Compliance on contracts", []string{}},
	{"boilerplate, money and departments", "Acme complies with the Americans with Disabilities Act; see our CCPA notice and our California Consumer Privacy Act (CCPA) notice for applicants. Backed by two VCs. Card authorization and payment authorizations with Finance, Risk and Compliance.", []string{}},
	{"the verb go, a Phoenix office, a UK clearance", "Go from idea to shipped code; our Elixir team sits in the Phoenix office; Security Check (SC) clearance", []string{"Elixir=elixir", "Security Check (SC) clearance=security-clearance"}},
	{"the regulations, version control and authorization themselves", "ADA compliance and CCPA, VCS and Git, OAuth authorization, regulatory compliance", []string{"ADA compliance=ada-compliance", "CCPA=ccpa", "VCS=version-control", "Git=git", "OAuth=oauth", "authorization=cross-system-authentication", "regulatory compliance=accessibility-compliance"}},
	{"titles, design docs, event-sourced, Cloud SQL", "Senior Site Reliability Engineer; Software Engineer III, Backend; wrote design docs for an event-sourced ledger on Cloud SQL for Postgres", []string{"Site Reliability Engineer=sre", "Software Engineer III, Backend=backend-engineer", "design docs=technical-documentation", "event-sourced=event-sourcing", "Cloud SQL=cloud-sql", "Postgres=postgresql"}},
	{"the skills themselves still count", "WCAG accessibility, regulatory compliance, and code on GitHub", []string{"WCAG=wcag", "accessibility=accessibility", "regulatory compliance=accessibility-compliance", "GitHub=github"}},
	{"Echo, Nomad, pandas and darts as plain English", "Our team echoes the values of a digital nomad lifestyle; we love pandas at the zoo and play darts on Fridays", []string{}},
	{"Echo as a device, a park, a company", "Amazon Echo and Echo Dot skills; our Echo Park office; Echo Global Logistics", []string{}},
	{"Echo, the Go framework", "REST APIs in Golang with Echo and Gin", []string{"REST APIs=rest", "Golang=go", "Echo=echo", "Gin=gin"}},
	{"Fiber as broadband", "Fiber optic technician for Google Fiber; Fiber internet installs", []string{}},
	{"Fiber, the Go framework", "Go microservices on the Fiber framework", []string{"Go=go", "microservices=microservices", "Fiber=fiber"}},
	{"Flux as a state", "The market is in flux; our plans are in Flux", []string{}},
	{"Flux, the GitOps tool", "GitOps with Flux on Kubernetes", []string{"GitOps=gitops", "Flux=flux", "Kubernetes=kubernetes"}},
	{"Bamboo as a material", "Bamboo flooring installer; Bamboo Garden restaurant", []string{}},
	{"Bamboo, the CI server", "Build plans in Bamboo and Jenkins, code in Bitbucket", []string{"Bamboo=bamboo", "Jenkins=jenkins", "Bitbucket=bitbucket"}},
	{"Hive and Presto as words", "The Hive mind; Hey Presto, the Hive café opens", []string{}},
	{"Hive, Presto and Trino, the query engines", "Queried the data lake with Presto and Trino; Hive tables on HDFS", []string{"data lake=data-warehousing", "Presto=presto", "Trino=trino", "Hive=hive", "HDFS=hadoop"}},
	{"Consul, Envoy and Nomad in diplomacy and travel", "The Consul General met the Special Envoy; a Nomad at heart", []string{}},
	{"Consul, Nomad and Envoy, the HashiCorp and proxy tools", "Service discovery with Consul; jobs scheduled on Nomad clusters; Envoy sidecars as the proxy", []string{"Consul=consul", "Nomad=nomad", "Envoy=envoy"}},
	{"Packer and Vagrant as words", "Worked as a meat packer in Omaha; Meat Packer at Tyson; a Vagrant near the Packer plant", []string{}},
	{"Packer and Vagrant, the HashiCorp tools", "Infrastructure as code: Terraform, Ansible, Packer, Vagrant", []string{"Infrastructure as code=infrastructure-as-code", "Terraform=terraform", "Ansible=ansible", "Packer=packer", "Vagrant=vagrant"}},
	{"Jetty and Spinnaker at the harbour", "Jetty repairs in spring; Spinnaker sailing instructor", []string{}},
	{"Jetty and Spinnaker, the Java server and the delivery tool", "Java services on Jetty; continuous delivery with Spinnaker", []string{"Java=java", "Jetty=jetty", "continuous delivery=ci-cd", "Spinnaker=spinnaker"}},
	{"Koa and hapi as words", "Koa wood furniture from Hawaii; a HAPI FHIR server in Java", []string{"FHIR=fhir", "Java=java"}},
	{"Koa and hapi, the Node.js frameworks", "Node.js APIs with Koa and hapi", []string{"Node.js=nodejs", "APIs=apis", "Koa=koa", "hapi=hapi"}},
	{"Stripe and Honeycomb as words", "Pin Stripe suits and Honeycomb cereal", []string{}},
	{"Stripe and Honeycomb, the services", "Payments through Stripe; tracing and observability in Honeycomb", []string{"Stripe=stripe", "observability=monitoring", "Honeycomb=honeycomb"}},
	{"Thrift and Avro as words", "Thrift store manager; Avro Lancaster restoration", []string{}},
	{"Thrift and Avro, the serialization formats", "Kafka events serialized with Avro; RPC over Thrift", []string{"Kafka=kafka", "Avro=avro", "Thrift=thrift"}},
	{"pandas with Python", "Data analysis in Python with pandas and NumPy", []string{"Python=python", "pandas=pandas", "NumPy=numpy"}},
	{"ML and LLM as a unit and a law degree", "Administered 5 ML of saline; LLM in Taxation, Georgetown Law", []string{}},
	{"ML and LLMs, the technologies", "RAG features with LLMs and the OpenAI API; ML models in production", []string{"RAG=rag", "LLMs=llm", "OpenAI API=openai-api", "ML=machine-learning"}},
	{"Ruby, Swift and Spring in proper names", "References: Ruby Chen, former manager. Driver at Swift Logistics, then a Java developer in Spring Hill at Ruby & Sons", []string{"Java=java"}},
	{"Ruby, Swift and Rust in Title Case", "Senior Rust Programmer; Ruby Developer; Experience In Swift And Kotlin; Ruby & Rails", []string{"Rust=rust", "Ruby=ruby", "Swift=swift", "Kotlin=kotlin", "Ruby=ruby", "Rails=rails"}},
	{"Ruby, the language", "Backend services in Ruby and Go, tested with RSpec", []string{"Ruby=ruby", "Go=go", "RSpec=rspec"}},
	{"job titles with a part set apart", "SOFTWARE ENGINEER, BACKEND; Senior Software Engineer (Back End); Software Developer – Backend, Payments; Software Engineer | Backend", []string{"SOFTWARE ENGINEER, BACKEND=backend-engineer", "Software Engineer (Back End)=backend-engineer", "Software Developer – Backend=backend-developer", "Software Engineer | Backend=backend-engineer"}},
	{"a sentence break is no title separator", "Software Engineer. Backend and frontend; Software Engineer; backend", []string{}},
	{"two languages in a sentence vouch for each other", "Real depth in Go; Rust is a nice-to-have", []string{"Go=go", "Rust=rust preferred"}},
	{"not across sentences", "Go for it. Rust never sleeps. Swift action", []string{}},
	{"another name's context word makes no phrase", "Launched Express Checkout for B2B customers with Node.js and Stripe", []string{"Node.js=nodejs", "Stripe=stripe"}},
	{"a name after a first name is a person", "References: Tomasz Jenkins, Engineering Manager. Contact Sarah Jenkins about our Java roles", []string{"Java=java"}},
	{"a capital at the start of a sentence or after a name is no first name", "Configure Jenkins pipelines. CI with GitLab Jenkins and Java; a Senior Go Engineer", []string{"Jenkins pipelines=jenkins", "GitLab=gitlab", "Jenkins=jenkins", "Java=java", "Go=go"}},
	{"Spark Structured Streaming", "Jobs in Spark Structured Streaming on Databricks", []string{"Spark Structured Streaming=spark", "Databricks=databricks"}},
	{"lower-case skills lists", "Skills: python, django, react, go, rust and docker", []string{"python=python", "django=django", "react=react", "go=go", "rust=rust", "docker=docker"}},
	{"a lower-case word beside one name is no list", "we rest, then go with python or rust", []string{"python=python"}},
	{"R&D and R&R are no R", "Our R&D team (R & D) works in SQL and statistics; the R&R program", []string{"SQL=sql"}},
	{"R beside R&D", "R&D in statistics with R and SQL", []string{"R=r", "SQL=sql"}},
	{"cloud run and app engine in lower case", "we run in the cloud; cloud run costs; an app engine for growth", []string{}},
	{"Cloud Run and App Engine", "Deployed to Cloud Run and App Engine", []string{"Cloud Run=cloud-run", "App Engine=app-engine"}},
}

// defaultCueCases check qualifier cues of the default taxonomy that the
// test taxonomy does not have.
var defaultCueCases = []extractCase{
	{"contractions negate", "We don't use Ruby or PHP. Java experience isn't needed; Kotlin is not part of our stack.", []string{"Ruby=ruby negated", "PHP=php negated", "Java=java negated", "Kotlin=kotlin negated"}},
	{"helpful, beneficial and nice", "Kafka is helpful. Terraform would be nice. Redis knowledge is beneficial. Go is required.", []string{"Kafka=kafka preferred", "Terraform=terraform preferred", "Redis=redis preferred", "Go=go"}},
	{"plural and other headings", "## Nice-to-haves\n- Rust services\n\n### Pluses\n- Kafka\n\n## Stack\nKotlin is not essential; Scala is not a prerequisite", []string{"Rust=rust preferred", "Kafka=kafka preferred", "Kotlin=kotlin negated", "Scala=scala negated"}},
	{"a Preferred label over a Required cue", "Preferred qualifications: Kafka and Terraform\nMinimum qualifications: Go", []string{"Kafka=kafka preferred", "Terraform=terraform preferred", "Go=go"}},
	{"welcome, appreciated and not expected", "Experience with Kafka is welcome. Candidates are welcome to apply for this Docker role. Terraform is appreciated. Rust is not expected. Prior Scala experience is not expected. Go is required.", []string{"Kafka=kafka preferred", "Docker=docker", "Terraform=terraform preferred", "Rust=rust negated", "Scala=scala negated", "Go=go"}},
	{"welcome as a greeting and not expected far away", "Welcome to the Python team! Our Linux hosts are patched weekly, so downtime is not expected", []string{"Python=python", "Linux=linux"}},
}

func TestExtractDefaultNames(t *testing.T) {
	for _, c := range slices.Concat(defaultNameCases, defaultCueCases, defaultDataCases) {
		got := brief(c.text, Extract(c.text))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", c.why, c.text, diff)
		}
	}
}

func TestExtract(t *testing.T) {
	tx := testTaxonomy()
	for _, c := range extractCases {
		got := brief(c.text, tx.Extract(c.text))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", c.why, c.text, diff)
		}
	}
}

func TestExtractNeverNil(t *testing.T) {
	for _, text := range []string{"", "   ", "nothing here"} {
		if got := testTaxonomy().Extract(text); got == nil {
			t.Errorf("Extract(%q) = nil, want empty slice", text)
		}
	}
}

// TestExtractName checks that Mention.Name is the literal name a match or a
// form came from.
func TestExtractName(t *testing.T) {
	text := "debugging with Golang"
	got := testTaxonomy().Extract(text)
	var names []string
	for _, m := range got {
		names = append(names, m.Name)
	}
	if diff := cmp.Diff([]string{"Debug", "Golang"}, names); diff != "" {
		t.Errorf("names mismatch (-want +got):\n%s", diff)
	}
}

// TestNoImplication documents that a framework does not imply its language.
func TestNoImplication(t *testing.T) {
	got := brief("Ruby on Rails, Spring Boot", testTaxonomy().Extract("Ruby on Rails, Spring Boot"))
	want := []string{"Ruby on Rails=rails", "Spring Boot=spring-boot"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestTies covers overlaps of equal length: the earlier start wins.
func TestTies(t *testing.T) {
	tx := mustBuild(t, `{"roles":[],"responsibilities":[],"hiringCues":[],"version":"1",
	 "qualifiers":{"preferred":[],"required":[],"negated":[],"negatedAfter":[]},
	 "skills":[
	  {"id":"ab","name":"alpha beta","type":"tool","description":"x","provenance":{"source":"extension"}},
	  {"id":"bc","name":"beta gamma","type":"tool","description":"x","provenance":{"source":"extension"}},
	  {"id":"long","name":"gamma delta epsilon","type":"tool","description":"x","provenance":{"source":"extension"}}]}`)
	for _, c := range []extractCase{
		{"equal length: earlier start wins", "alpha beta gamma", []string{"alpha beta=ab"}},
		{"longer wins even when it starts later", "beta gamma delta epsilon", []string{"gamma delta epsilon=long"}},
		{"the loser's leftover does not match", "alpha beta gamma delta epsilon", []string{"alpha beta=ab", "gamma delta epsilon=long"}},
	} {
		got := brief(c.text, tx.Extract(c.text))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", c.why, diff)
		}
	}
}

// TestFormsLiteralWins: a literal name beats another concept's form, and a
// form two concepts share is dropped.
func TestFormsLiteralWins(t *testing.T) {
	tx := mustBuild(t, `{"roles":[],"responsibilities":[],"hiringCues":[],"version":"1",
	 "qualifiers":{"preferred":[],"required":[],"negated":[],"negatedAfter":[]},
	 "skills":[
	  {"id":"test","name":"test","type":"practice","description":"x","provenance":{"source":"extension"}},
	  {"id":"tests","name":"tests","type":"tool","description":"x","provenance":{"source":"extension"}},
	  {"id":"build","name":"build","type":"practice","description":"x","provenance":{"source":"extension"}},
	  {"id":"builds","name":"builds s","altNames":["build x"],"type":"practice","description":"x","provenance":{"source":"extension"}},
	  {"id":"mod","name":"model","type":"practice","description":"x","provenance":{"source":"extension"}},
	  {"id":"mode","name":"mode","type":"practice","description":"x","provenance":{"source":"extension"}}]}`)
	text := "tests testing modeled modes moded"
	got := tx.Extract(text)
	want := []string{"tests=tests", "testing=test", "modeled=mod", "modes=mode", "moded=mode"}
	if diff := cmp.Diff(want, brief(text, got)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	for _, m := range got {
		if text[m.Start:m.End] == "testing" && m.Name != "test" {
			t.Errorf("form testing has Name %q, want test", m.Name)
		}
	}
}

func mustBuild(t testing.TB, js string) *Taxonomy {
	t.Helper()
	tx, err := Parse([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestWordForms(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"debug", []string{"debugs", "debuging", "debuged", "debugging", "debugged"}},
		{"review", []string{"reviews", "reviewing", "reviewed"}},
		{"test", []string{"tests", "testing", "tested"}},
		{"troubleshoot", []string{"troubleshoots", "troubleshooting", "troubleshooted"}},
		{"microservice", []string{"microservices", "microservicing", "microserviced"}},
		{"developer", []string{"developers", "developering", "developered", "developerring", "developerred"}},
		{"deploy", []string{"deploys", "deploying", "deployed"}},
		{"query", []string{"queries", "querying", "queried"}},
		{"process", []string{"processes", "processing", "processed"}},
		{"apis", []string{"apising", "apised"}},
		{"go", nil},
		{"c++", nil},
		{"über", nil},
	} {
		if diff := cmp.Diff(c.want, engine.WordForms(c.word)); diff != "" {
			t.Errorf("wordForms(%q) mismatch (-want +got):\n%s", c.word, diff)
		}
	}
}

func TestMentionsAgreesWithExtract(t *testing.T) {
	tx := testTaxonomy()
	for _, c := range extractCases {
		got := slices.Collect(tx.Mentions(c.text))
		if got == nil {
			got = []Mention{}
		}
		if diff := cmp.Diff(tx.Extract(c.text), got); diff != "" {
			t.Errorf("%q: Mentions and Extract differ (-Extract +Mentions):\n%s", c.text, diff)
		}
	}
	// Stopping early.
	n := 0
	for range tx.Mentions("Go and Rust\n\nKafka") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("stopped after %d mentions, want 1", n)
	}
}

// TestDefaultRobust checks facts about the default taxonomy that hold
// whatever names it gains.
func TestDefaultRobust(t *testing.T) {
	for _, c := range []struct {
		why, text string
		absent    string // an ID that must not be found
		present   string // an ID that must be found ("" for none)
	}{
		{"Go is not the verb", "We go to market and let's go live", "go", ""},
		{"Go is found", "Backend services in Go and PostgreSQL", "", "go"},
		{"JavaScript does not hold Java", "JavaScript, TypeScript", "java", ""},
		{"URLs are not mentions", "https://go.dev/golang https://www.postgresql.org", "go", ""},
		{"Golang in a Markdown link", "[Golang](https://golang.org)", "", "go"},
	} {
		got := Extract(c.text)
		ids := map[string]bool{}
		for _, m := range got {
			ids[m.ID] = true
		}
		if c.absent != "" && ids[c.absent] {
			t.Errorf("%s: Extract(%q) found %s: %v", c.why, c.text, c.absent, got)
		}
		if c.present != "" && !ids[c.present] {
			t.Errorf("%s: Extract(%q) did not find %s: %v", c.why, c.text, c.present, got)
		}
	}
	if diff := cmp.Diff(Default().Extract("Go"), Extract("Go")); diff != "" {
		t.Errorf("Extract differs from Default().Extract (-want +got):\n%s", diff)
	}
}

func TestExtractConcurrent(t *testing.T) {
	tx := testTaxonomy()
	text := strings.Repeat("Go, Kafka and Ruby on Rails; no PHP.\n\n", 50)
	want := tx.Extract(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if diff := cmp.Diff(want, tx.Extract(text)); diff != "" {
				t.Errorf("concurrent Extract differs (-want +got):\n%s", diff)
			}
		}()
	}
	wg.Wait()
}

// TestCorpus runs the test taxonomy over the postings and resumes of
// testdata/corpus and compares the mentions with the golden files beside
// them (go test -update rewrites them).
func TestCorpus(t *testing.T) {
	files, err := filepath.Glob("testdata/corpus/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".md" && ext != ".txt" {
			continue
		}
		n++
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		var b strings.Builder
		for _, m := range testTaxonomy().Extract(text) {
			line := strings.Count(text[:m.Start], "\n") + 1
			col := m.Start - strings.LastIndexByte(text[:m.Start], '\n')
			fmt.Fprintf(&b, "%d:%d\t%s\t%s\t%s\t%q\t(name %q)\n", line, col, m.Kind, m.ID, m.Qualifier, text[m.Start:m.End], m.Name)
		}
		golden(t, "corpus/"+filepath.Base(f)+".golden", []byte(b.String()))
	}
	if n < 10 {
		t.Errorf("corpus has %d texts, want at least 10", n)
	}
}

// TestLongParagraph checks that a paragraph too long to settle at once,
// settled in parts, gives what each of its sentences gives among a few.
func TestLongParagraph(t *testing.T) {
	tx := testTaxonomy()
	unit := "Go is required, Kafka is a plus. No PHP, but C programming (Rust a plus) and Ruby on Rails; not Java. "
	rel := func(text string, n int) [][]string {
		units := make([][]string, n)
		for _, m := range tx.Extract(text) {
			u := m.Start / len(unit)
			units[u] = append(units[u], fmt.Sprintf("%d-%d %s %s", m.Start%len(unit), m.End%len(unit), m.ID, m.Qualifier))
		}
		return units
	}
	want := rel(strings.Repeat(unit, 5), 5)[2]
	const n = 3000
	got := rel(strings.Repeat(unit, n), n)
	for u := 1; u < n-1; u++ {
		if diff := cmp.Diff(want, got[u]); diff != "" {
			t.Fatalf("sentence %d of a long paragraph differs (-alone +long):\n%s", u, diff)
		}
	}
}

// TestEveryQualifierCue puts each cue of the test taxonomy, which holds the
// default's cues, where it should work.
func TestEveryQualifierCue(t *testing.T) {
	tx := testTaxonomy()
	q := tx.QualifierCues()
	check := func(kind, text string, want Qualifier) {
		t.Helper()
		got := tx.Extract(text)
		var kafka *Mention
		for i := range got {
			if got[i].ID == "kafka" {
				kafka = &got[i]
			}
		}
		if kafka == nil {
			t.Errorf("%s cue: %q: Kafka not found: %v", kind, text, got)
			return
		}
		if kafka.Qualifier != want {
			t.Errorf("%s cue: %q: Kafka is %s, want %s", kind, text, kafka.Qualifier, want)
		}
	}
	for _, c := range q.Preferred {
		check("preferred", "Kafka: "+c+".", Preferred)
		check("preferred heading", "## "+c+"\n\n- Kafka", Preferred)
	}
	for _, c := range q.Required {
		check("required heading", "## Nice to have\n- Redis\n\n"+c+":\n- Kafka", Required)
	}
	for _, c := range q.Negated {
		check("negated", c+" Kafka", Negated)
	}
	for _, c := range q.NegatedAfter {
		check("negated after", "Kafka "+c, Negated)
	}
}

// TestLeadingSpace: a text that starts with one space reads as the same text
// without it (the tokenizer's fast path once left the first line blank, so
// that the first line break ended the paragraph).
func TestLeadingSpace(t *testing.T) {
	tx := Default()
	for _, text := range []string{"Kafka is\nnot required", "Go, Kafka is\nnot required"} {
		want := tx.Extract(text)
		got := tx.Extract(" " + text)
		for i := range got {
			got[i].Start--
			got[i].End--
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Extract(%q) and Extract(%q) differ (-want +got):\n%s", text, " "+text, diff)
		}
	}
}
