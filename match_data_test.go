package roles

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// defaultDataCases check the concepts and names that a held-out review of
// realistic postings found missing from the default taxonomy: each
// ambiguous name once as plain English, which must give no mention of it,
// and once as the skill. Like defaultNameCases they run on Default(), so
// their wants change with the data.
var defaultDataCases = []extractCase{
	// Back-end and back end: the tokenizer reads "back-end" as two words,
	// so every "backend …" name has its "back-end …" twin and back.
	{"back-end twins of backend names", "Back-end software developer, back end dev; back-end programming, back-end architecture, back end languages and backend programming languages",
		[]string{"Back-end software developer=backend-developer", "back end dev=backend-developer", "back-end programming=backend-development", "back-end architecture=website-architecture", "back end languages=server-side-languages", "backend programming languages=server-side-languages"}},
	{"back-end twins of backend duties", "You will design back-end systems and build back-end services",
		[]string{"design back-end systems=build-design-maintain-server", "build back-end services=build-design-maintain-server"}},
	{"micro-services and highly available", "Highly available micro-services; a highly-available micro service",
		[]string{"Highly available=high-availability", "micro-services=microservices", "highly-available=high-availability", "micro service=microservices"}},
	{"Aurora as a place, a hospital and a light", "Our office in Aurora, CO uses Python; Aurora, Illinois; nurse at Aurora Health Care; the Aurora Borealis; Aurora joined us",
		[]string{"Python=python"}},
	{"Aurora, the AWS database", "Aurora and DynamoDB on AWS; Aurora Postgres read replicas",
		[]string{"Aurora=aurora", "DynamoDB=dynamodb", "AWS=aws", "Aurora Postgres=aurora", "read replicas=database-scaling"}},
}

func TestExtractDefaultData(t *testing.T) {
	m := Default().matcher()
	for _, c := range defaultDataCases {
		got := brief(c.text, Extract(c.text))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", c.why, c.text, diff)
		}
		checkAgainstReference(t, m, c.why, c.text)
	}
}
