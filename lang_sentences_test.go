package roles

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// langSentences are texts written for these tests, as postings and resumes in
// German, French and Spanish phrase them, with what Extract must make of
// them: want lists mentions as "text=id qualifier", absent lists IDs
// that must not be found. Each says why it is here.
var langSentences = []struct {
	lang, why, text string
	want            []string
	absent          []string
}{
	// German.
	{"de", "a gendered title", "Backend-Entwickler (m/w/d) Java",
		[]string{"Backend-Entwickler=backend-developer required", "Java=java required"}, nil},
	{"de", "a required heading, then a preferred one; compounds and declined forms",
		"Was du mitbringst:\n- Erfahrung in der Backend-Entwicklung mit Java\n- Kenntnisse in agilen Methoden (Scrum)\n- Erfahrung mit Code-Reviews und Unit-Tests\n- Erfahrung mit Microservices-Architektur\n\nWünschenswert:\n- Erfahrung mit Kubernetes\n- Kenntnisse in der IT-Sicherheit",
		[]string{"Backend-Entwicklung=backend-development required", "agilen Methoden=agile required", "Scrum=scrum required",
			"Code-Reviews=code-review required", "Unit-Tests=unit-testing required", "Microservices-Architektur=microservices required",
			"Kubernetes=kubernetes preferred", "IT-Sicherheit=security preferred"}, nil},
	{"de", "preferred cues in a sentence", "Kenntnisse in Kafka sind von Vorteil, Erfahrung mit Terraform ist ein Plus.",
		[]string{"Kafka=kafka preferred", "Terraform=terraform preferred"}, nil},
	{"de", "wären hilfreich", "Kenntnisse in Kafka wären hilfreich.", []string{"Kafka=kafka preferred"}, nil},
	{"de", "idealerweise leads what follows", "Erfahrung mit Kotlin, idealerweise auch mit Terraform.",
		[]string{"Kotlin=kotlin required", "Terraform=terraform preferred"}, nil},
	{"de", "the issue's negation", "Es sind keine Vorkenntnisse in Java nötig.", []string{"Java=java negated"}, nil},
	{"de", "nicht erforderlich after the mention", "Erfahrung mit Kotlin ist nicht erforderlich.", []string{"Kotlin=kotlin negated"}, nil},
	{"de", "kein Muss", "Kotlin ist kein Muss.", []string{"Kotlin=kotlin negated"}, nil},
	{"de", "ohne", "Du arbeitest ohne Java, nur mit Kotlin.", []string{"Java=java negated", "Kotlin=kotlin required"}, nil},
	{"de", "a preferred heading without a colon", "Dein Profil\n- Sehr gute Kenntnisse in Python\nVon Vorteil\n- Erfahrung mit AWS",
		[]string{"Python=python required", "AWS=aws preferred"}, nil},
	{"de", "declined adjectives before a noun", "Du hast Erfahrung mit testgetriebener Entwicklung, kontinuierlicher Integration und sauberem Code.",
		[]string{"testgetriebener Entwicklung=tdd required", "kontinuierlicher Integration=ci-cd required", "sauberem Code=clean-code required"}, nil},
	{"de", "soft skills", "Teamfähigkeit, Kommunikationsstärke und analytisches Denkvermögen",
		[]string{"Teamfähigkeit=teamwork required", "Kommunikationsstärke=communication required", "analytisches Denkvermögen=problem-solving required"}, nil},
	{"de", "Sicherheit alone is safety, not a skill", "Die Sicherheit unserer Mitarbeitenden hat für uns höchste Priorität.",
		nil, []string{"security"}},
	{"de", "Datenschutz in the closing is boilerplate", "Hinweise zum Datenschutz findest du auf unserer Website.",
		nil, []string{"data-privacy", "gdpr"}},
	{"de", "an agile team is no method, and gerne is no cue", "Ein agiles Team freut sich auf dich, gerne auch mit Java.",
		[]string{"Java=java required"}, []string{"agile"}},
	{"de", "a resume line", "Kenntnisse: Java, Spring Boot, Datenbankoptimierung, Datenmodellierung, Versionsverwaltung mit Git",
		[]string{"Datenbankoptimierung=database-optimization required", "Datenmodellierung=data-modeling required",
			"Versionsverwaltung=version-control required", "Git=git required"}, nil},

	{"de", "setzen wir voraus is nearer to Java than wünschenswert", "Kenntnisse in Java setzen wir voraus, Kotlin ist wünschenswert.",
		[]string{"Java=java required", "Kotlin=kotlin preferred"}, nil},
	{"de", "a resume", "BERUFSERFAHRUNG\n2019 – heute: Backend-Entwickler, Acme GmbH\n- Einführung von Code-Reviews und Unit-Tests, Verbesserung der Codequalität\nKENNTNISSE\nDatenbanken: PostgreSQL\nMethoden: Scrum, testgetriebene Entwicklung",
		[]string{"Backend-Entwickler=backend-developer required", "Code-Reviews=code-review required", "Unit-Tests=unit-testing required",
			"Verbesserung der Codequalität=improve-code-quality-with-unit-tests required", "Datenbanken=databases required",
			"testgetriebene Entwicklung=tdd required"}, nil},

	{"de", "an agile environment, declined", "Du arbeitest in einem agilen Umfeld mit Scrum.",
		[]string{"agilen Umfeld=agile required", "Scrum=scrum required"}, nil},

	{"de", "Schön wäre, the verb after its adjective, as a label", "**Schön wäre:** Erfahrung mit Terraform oder Ansible.",
		[]string{"Terraform=terraform preferred", "Ansible=ansible preferred"}, nil},
	{"de", "Was du nicht brauchst as a label", "Was du nicht brauchst: Kenntnisse in PHP oder Ruby.\nDafür Go.",
		[]string{"PHP=php negated"}, nil},
	{"de", "brauchst du nicht after the mention", "Kotlin-Kenntnisse brauchst du nicht.", []string{"Kotlin=kotlin negated"}, nil},
	{"de", "relational and NoSQL databases, declined, name no databases alone",
		"Erfahrung mit relationalen Datenbanken (PostgreSQL) und mit NoSQL-Datenbanken wie MongoDB.",
		[]string{"relationalen Datenbanken=relational-databases required", "NoSQL-Datenbanken=nosql required"}, []string{"databases"}},
	{"de", "scripts: Skript in its plural, a shell script before a Skript",
		"Du automatisierst Abläufe mit Python-Skripten und pflegst unsere Bash-Skripte.",
		[]string{"Skripten=scripting required", "Bash-Skripte=shell-scripting required"}, nil},
	{"de", "in der Cloud and a Cloud-Anbieter", "Unser Shop läuft in der Cloud; Erfahrung mit einem Cloud-Anbieter hilft dir.",
		[]string{"in der Cloud=cloud-computing required", "Cloud-Anbieter=cloud-computing required"}, nil},
	{"de", "partitioning and event-driven systems, hyphenated and declined",
		"Du kümmerst dich um Partitionierung und Replikation und baust Event-getriebene Systeme; Erfahrung mit eventgetriebenen Systemen.",
		[]string{"Partitionierung=database-scaling required", "Event-getriebene Systeme=event-driven required", "eventgetriebenen Systemen=event-driven required"}, nil},
	{"de", "Frontend-Erfahrung, negated, and Backend-Kenntnisse", "Solide Backend-Kenntnisse, aber keine Frontend-Erfahrung nötig.",
		[]string{"Backend-Kenntnisse=backend-development required", "Frontend-Erfahrung=frontend-development negated"}, nil},
	{"de", "a title that names the work", "Werkstudent Softwareentwicklung Frontend (React)",
		[]string{"Softwareentwicklung Frontend=frontend-development required"}, nil},
	{"de", "written communication, declined", "Du überzeugst mit klarer schriftlicher Kommunikation.",
		[]string{"schriftlicher Kommunikation=communication required"}, nil},
	{"de", "duties in the second person", "Du reviewst den Code im Team, behebst Bugs, schreibst Tests und optimierst Abfragen.",
		[]string{"reviewst den Code=code-review required", "behebst Bugs=debug-and-troubleshoot required",
			"schreibst Tests=software-testing required", "optimierst Abfragen=database-optimization required"}, nil},
	{"de", "a test written before a verb stays a unit test", "Du lernst, Unit-Tests zu schreiben.", []string{"Unit-Tests=unit-testing required"}, nil},
	{"de", "testers' duties", "Du erstellst Testfälle für neue Releases und meldest Fehler an die Entwicklung.",
		[]string{"erstellst Testfälle=assure-software-quality required", "meldest Fehler=assure-software-quality required"}, nil},
	{"de", "slow queries made fast are query optimization", "Du findest langsame Abfragen und machst sie schnell.",
		[]string{"langsame Abfragen=database-optimization required"}, []string{"maintain-database-performance"}},
	{"de", "Datenschutz near its context counts", "Du berätst die Fachbereiche zu Datenschutz und DSGVO.",
		[]string{"Datenschutz=data-privacy required", "DSGVO=gdpr required"}, nil},
	{"de", "Datenschutz in the closing, even near DSGVO, does not", "Informationen zum Datenschutz nach DSGVO findest du auf unserer Website.",
		nil, []string{"data-privacy"}},
	{"de", "running the infrastructure, and version control systems",
		"Du verantwortest den Betrieb unserer Infrastruktur und arbeitest mit Versionskontrollsystemen wie Git.",
		[]string{"Betrieb unserer Infrastruktur=operate-production-infrastructure required", "Versionskontrollsystemen=version-control required"}, nil},
	{"de", "German context words for a name that needs context", "Toll wäre, wenn du Erfahrung mit Rust hast. Sehr gute Go-Kenntnisse.",
		[]string{"Rust=rust preferred", "Go=go required"}, nil},
	{"de", "a Go-Live is no Go, near Erfahrung too", "Erfahrung mit Go-Lives von SAP-Systemen.", nil, []string{"go"}},
	{"de", "a closed compound on a name whose rule lists phrases around it alone", "Du bringst fundierte Javakenntnisse für unsere Plattform mit.",
		[]string{"Java=java required"}, nil},
	{"de", "wären super, Bonuspunkte and Was wir uns wünschen",
		"Erste Erfahrungen mit Kafka wären super.\nBonuspunkte: GraphQL.\n\nWas wir uns wünschen:\n- Erfahrung mit Ansible",
		[]string{"Kafka=kafka preferred", "GraphQL=graphql preferred", "Ansible=ansible preferred"}, nil},

	{"de", "across the stack as postings phrase it", "Du arbeitest sowohl im Frontend als auch im Backend, von der Datenbank bis zur Oberfläche.",
		[]string{"sowohl im Frontend als auch im Backend=build-features-end-to-end required", "von der Datenbank bis zur Oberfläche=build-features-end-to-end required"}, []string{"databases"}},
	{"de", "agil arbeiten with a method near, and Barrierefreiheit with the web near",
		"Wir arbeiten agil nach Kanban und achten auf Barrierefreiheit nach WCAG 2.1.",
		[]string{"arbeiten agil=agile required", "Kanban=kanban required", "Barrierefreiheit=accessibility required", "WCAG=wcag required"}, nil},
	{"de", "a sales team, a building, a hospital and bookkeeping: no agile, accessibility, on-call duty or documentation",
		"Im Vertrieb arbeiten wir agil und mit flachen Hierarchien. Die Barrierefreiheit unseres Gebäudes ist durch Aufzüge gewährleistet. Sie nehmen am ärztlichen Bereitschaftsdienst teil. Die Dokumentation der Buchungen gehört zu Ihren Aufgaben. Die Pflege und Weiterentwicklung unserer Pflegestandards liegt bei einer Arbeitsgruppe.",
		nil, []string{"agile", "accessibility", "incident-management", "technical-documentation", "maintain-existing-app"}},
	{"de", "duties in the du-form from names ending in a verb",
		"Du optimierst Datenbankabfragen, modellierst Daten, behebst Incidents und entwickelst barrierefreie Webanwendungen.",
		[]string{"optimierst Datenbankabfragen=database-optimization required", "modellierst Daten=data-modeling required",
			"behebst Incidents=debug-and-troubleshoot required", "barrierefreie Webanwendungen=accessibility required"}, nil},
	{"de", "Data Vault is a model, HashiCorp Vault a tool", "Datenmodellierung nach Data Vault 2.0 im Snowflake-Warehouse.",
		[]string{"Datenmodellierung=data-modeling required"}, []string{"vault"}},
	{"de", "streaming and data contracts", "Echtzeitverarbeitung von Bestellereignissen aus Kafka und Datenverträge zwischen Teams.",
		[]string{"Echtzeitverarbeitung=stream-processing required", "Kafka=kafka required", "Datenverträge=data-contracts required"}, nil},
	// French.
	{"fr", "a title", "Développeur back-end (H/F) - Node.js",
		[]string{"Développeur back-end=backend-developer required", "Node.js=nodejs required"}, nil},
	{"fr", "Profil recherché, then Les petits plus",
		"Profil recherché :\n- Maîtrise de Node.js\n- Expérience des tests unitaires et des revues de code\n- Connaissance des méthodes agiles\n\nLes petits plus :\n- Une expérience en cybersécurité\n- Docker",
		[]string{"Node.js=nodejs required", "tests unitaires=unit-testing required", "revues de code=code-review required",
			"méthodes agiles=agile required", "cybersécurité=security preferred", "Docker=docker preferred"}, nil},
	{"fr", "serait un plus", "Une connaissance de Kafka serait un plus.", []string{"Kafka=kafka preferred"}, nil},
	{"fr", "est un atout", "La maîtrise de Docker est un atout.", []string{"Docker=docker preferred"}, nil},
	{"fr", "Atouts as a heading", "Atouts :\n- Expérience avec GraphQL\n- Notions de sécurité informatique",
		[]string{"GraphQL=graphql preferred", "sécurité informatique=security preferred"}, nil},
	{"fr", "pas de before", "Pas de connaissance en PHP nécessaire.", []string{"PHP=php negated"}, nil},
	{"fr", "aucune before", "Aucune expérience en Java n'est requise.", []string{"Java=java negated"}, nil},
	{"fr", "n'est pas nécessaire after", "Une expérience en Kotlin n'est pas nécessaire.", []string{"Kotlin=kotlin negated"}, nil},
	{"fr", "pas besoin de", "Vous n'avez pas besoin de connaître Kotlin.", []string{"Kotlin=kotlin negated"}, nil},
	{"fr", "missions", "Vous participerez à la conception de l'architecture logicielle et à l'optimisation des requêtes SQL.",
		[]string{"optimisation des requêtes=database-optimization required", "SQL=sql required"}, nil},
	{"fr", "continuous integration and delivery", "Tu es à l'aise avec l'intégration continue et le déploiement continu (GitLab CI).",
		[]string{"intégration continue=ci-cd required", "déploiement continu=ci-cd required", "GitLab CI=gitlab-ci required"}, nil},
	{"fr", "sécurité de l'emploi is a benefit, not a skill", "Mutuelle, tickets restaurant et sécurité de l'emploi.",
		nil, []string{"security"}},
	{"fr", "faire preuve d'agilité is no agile method", "Vous faites preuve d'agilité et de rigueur.", nil, []string{"agile"}},
	{"fr", "Bienvenue opens no preferred section", "Bienvenue chez Acme !\nNous utilisons Java et Kotlin.",
		[]string{"Java=java required", "Kotlin=kotlin required"}, nil},
	{"fr", "soft skills", "Esprit d'équipe, capacité d'analyse et qualités de communication.",
		[]string{"Esprit d'équipe=teamwork required", "capacité d'analyse=problem-solving required", "qualités de communication=communication required"}, nil},
	{"fr", "RGPD", "Des connaissances en RGPD sont appréciées.", []string{"RGPD=gdpr preferred"}, nil},

	{"fr", "Compétences souhaitées heads the required section", "Compétences souhaitées :\n- Java\nSeraient un plus :\n- Kotlin",
		[]string{"Java=java required", "Kotlin=kotlin preferred"}, nil},
	{"fr", "a resume", "COMPÉTENCES\n- Conception et développement d'API REST en Node.js\n- Mise en place de l'intégration continue et des tests automatisés\n- Optimisation des requêtes SQL et modélisation des données",
		[]string{"développement d'API=apis required", "intégration continue=ci-cd required", "tests automatisés=software-testing required",
			"Optimisation des requêtes=database-optimization required", "modélisation des données=data-modeling required"}, nil},

	{"fr", "a typographic apostrophe", "Expérience en développement d’API et tests d’intégration.",
		[]string{"développement d’API=apis required", "tests d’intégration=integration-testing required"}, nil},
	{"fr", "incidents in a mission", "Assurer le suivi de la production et corriger les incidents.",
		[]string{"corriger les incidents=debug-and-troubleshoot required"}, nil},

	{"fr", "Québec: infonuagique, and Atouts after Ce que tu apportes",
		"Ce que tu apportes :\n- Maîtrise de Java\n- Expérience de l'infrastructure infonuagique\n\nAtouts :\n- Connaissance de Kafka",
		[]string{"Java=java required", "infrastructure infonuagique=cloud-computing required", "Kafka=kafka preferred"}, nil},

	{"fr", "continuous integration and deployment coordinated, after d'", "Vous maintenez la chaîne d'intégration et de déploiement continus.",
		[]string{"intégration et de déploiement continus=ci-cd required"}, nil},
	{"fr", "CI GitLab is GitLab CI in French word order", "Les pipelines tournent dans la CI GitLab.",
		[]string{"CI GitLab=gitlab-ci required"}, []string{"gitlab"}},
	{"fr", "API REST and API GraphQL name the protocol", "Vous exposez des API REST et une API GraphQL.",
		[]string{"API REST=rest required", "API GraphQL=graphql required"}, []string{"apis"}},
	{"fr", "security requirements, not food safety", "Vous veillez aux exigences de sécurité de nos applications.",
		[]string{"exigences de sécurité=security required"}, nil},
	{"fr", "exigences de sécurité alimentaire are safety", "Vous respectez les exigences de sécurité alimentaire en cuisine.",
		nil, []string{"security"}},
	{"fr", "agile rituals in the plural", "Vous animez les rituels agiles de l'équipe.", []string{"rituels agiles=agile required"}, nil},
	{"fr", "test cases with les, defects followed", "Rédiger les cas de test et assurer le suivi des anomalies.",
		[]string{"Rédiger les cas de test=assure-software-quality required", "suivi des anomalies=assure-software-quality required"}, nil},
	{"fr", "communication and writing", "Sens de la communication et aisance rédactionnelle.",
		[]string{"Sens de la communication=communication required", "aisance rédactionnelle=communication required"}, nil},
	{"fr", "backend without a hyphen, and côté back-end", "Cinq ans en développement backend, plutôt côté back-end.",
		[]string{"développement backend=backend-development required", "côté back-end=backend-development required"}, nil},
	{"fr", "front to back", "Vous intervenez du front au back.", []string{"du front au back=build-features-end-to-end required"}, nil},
	{"fr", "a schema with un, and slow queries optimised", "Concevoir un schéma de données et optimiser les requêtes lentes.",
		[]string{"Concevoir un schéma=data-modeling required", "optimiser les requêtes lentes=database-optimization required"},
		[]string{"maintain-database-performance"}},
	{"fr", "the root cause", "Identifier la cause racine des pannes.", []string{"cause racine=debugging required"}, nil},
	{"fr", "supervision beside monitoring tools", "Mettre en place la supervision (Prometheus, Grafana).",
		[]string{"supervision=monitoring required"}, nil},
	{"fr", "sous la supervision de is management", "Sous la supervision du directeur, vous suivez les stocks avec SAP et Excel.",
		nil, []string{"monitoring"}},
	{"fr", "taking part in on-call, as participate in on-call", "Participer aux astreintes et à la gestion des incidents.",
		[]string{"Participer aux astreintes=operate-production-infrastructure required", "gestion des incidents=incident-management required"}, nil},
	{"fr", "juniors are trained; helping developers adopt a tool is no training",
		"Accompagner les développeurs juniors. Accompagner les développeurs dans l'adoption de Kubernetes.",
		[]string{"Accompagner les développeurs juniors=train-and-support-team required"}, nil},
	{"fr", "relational databases, not also databases", "Bonne connaissance des bases de données relationnelles.",
		[]string{"bases de données relationnelles=relational-databases required"}, []string{"databases"}},
	{"fr", "LCB-FT is AML", "Connaissance de la réglementation LCB-FT.", []string{"LCB-FT=kyc-aml required"}, nil},
	{"fr", "personal data protection as a duty", "Vous veillez à la protection des données personnelles des clients.",
		[]string{"protection des données personnelles=data-privacy required"}, nil},
	{"fr", "a privacy policy is boilerplate", "Consultez notre politique de protection des données personnelles.",
		nil, []string{"data-privacy"}},
	{"fr", "il n'est pas nécessaire de, then a verb", "Il n'est pas nécessaire de savoir coder en Python.",
		[]string{"Python=python negated"}, nil},
	{"fr", "en vue de and point de vue are no Vue", "En vue de notre croissance, et du point de vue technique, nous recrutons.",
		nil, []string{"vue"}},
	{"fr", "Vue the framework", "Le front est en Vue et Nuxt.", []string{"Vue=vue required"}, nil},
	{"fr", "accessibility of interfaces", "Vous garantissez l'accessibilité de nos interfaces.",
		[]string{"accessibilité=accessibility required"}, nil},
	{"fr", "accessibilité PMR is the building's", "Locaux proches du tram, accessibilité PMR.", nil, []string{"accessibility"}},
	{"fr", "leading a team, working in one", "Encadrer une équipe de quatre personnes ; capacité à travailler en équipe.",
		[]string{"Encadrer une équipe=leadership required", "travailler en équipe=teamwork required"}, nil},
	{"fr", "data words", "Qualité de la donnée, traitement en flux avec Kafka, sur un cloud public.",
		[]string{"Qualité de la donnée=data-quality required", "traitement en flux=stream-processing required", "cloud public=cloud-computing required"}, nil},
	{"fr", "verbs conjugated: vous, future, tu", "Vous participerez aux astreintes, et tu rédigeras les cas de test.",
		[]string{"participerez aux astreintes=operate-production-infrastructure required", "rédigeras les cas de test=assure-software-quality required"}, nil},
	{"fr", "c'est is no C", "C'est un poste clé en C++.", []string{"C++=cpp required"}, []string{"c"}},
	{"fr", "third-group verbs in the future, a possessive for the article", "Vous concevrez le schéma et construirez nos pipelines de données.",
		[]string{"concevrez le schéma=data-modeling required", "construirez nos pipelines de données=build-data-pipelines required"}, nil},
	{"fr", "maintenir and partager conjugated, with possessives", "Vous maintiendrez nos pipelines de données et partagerez vos connaissances.",
		[]string{"maintiendrez nos pipelines de données=build-data-pipelines required", "partagerez vos connaissances=train-and-support-team required"}, nil},
	{"fr", "securing applications, conjugated, with a possessive", "Vous sécuriserez nos applications.",
		[]string{"sécuriserez nos applications=security required"}, nil},
	{"fr", "migrating databases, conjugated, with a possessive", "Vous migrerez nos bases de données vers PostgreSQL.",
		[]string{"migrerez nos bases de données=database-migrations required", "PostgreSQL=postgresql required"}, nil},
	{"fr", "a resume in past participles", "Conçu le schéma de la base, optimisé les requêtes SQL et corrigé les anomalies.",
		[]string{"Conçu le schéma=data-modeling required", "optimisé les requêtes SQL=database-optimization required", "corrigé les anomalies=debug-and-troubleshoot required"}, nil},
	{"fr", "nouns in -er and verbs of other families find nothing", "Le conseiller clientèle tient le cahier de caisse ; vous suivrez les dossiers des patients et ferez les transmissions.",
		nil, []string{"test-planning", "data-lineage", "maintain-existing-app", "data-modeling", "assure-software-quality"}},

	// Spanish.
	{"es", "a gendered title", "Desarrollador/a backend con experiencia en Python",
		[]string{"Desarrollador/a backend=backend-developer required", "Python=python required"}, nil},
	{"es", "Requisitos, then Se valorará",
		"Requisitos:\n- Experiencia con Python y Django\n- Conocimientos de pruebas unitarias y revisión de código\n- Experiencia en metodologías ágiles\n\nSe valorará:\n- Experiencia con AWS\n- Conocimientos de ciberseguridad",
		[]string{"Python=python required", "pruebas unitarias=unit-testing required", "revisión de código=code-review required",
			"metodologías ágiles=agile required", "AWS=aws preferred", "ciberseguridad=security preferred"}, nil},
	{"es", "Requisitos deseables is a preferred heading", "Requisitos deseables:\n- Kotlin\n- Terraform",
		[]string{"Kotlin=kotlin preferred", "Terraform=terraform preferred"}, nil},
	{"es", "Valorable as a heading", "Perfil:\n- Java\nValorable:\n- Kotlin", []string{"Java=java required", "Kotlin=kotlin preferred"}, nil},
	{"es", "se valorará in a sentence", "Se valorará experiencia con Kubernetes.", []string{"Kubernetes=kubernetes preferred"}, nil},
	{"es", "se valorarán, the plural", "Se valorarán conocimientos de Docker y Kubernetes.",
		[]string{"Docker=docker preferred", "Kubernetes=kubernetes preferred"}, nil},
	{"es", "deseable in brackets", "Conocimientos de Docker (deseable).", []string{"Docker=docker preferred"}, nil},
	{"es", "no excluyente is preferred, not negated", "Experiencia en AWS (no excluyente).", []string{"AWS=aws preferred"}, nil},
	{"es", "no es necesario before", "No es necesario tener experiencia en Java.", []string{"Java=java negated"}, nil},
	{"es", "no hace falta", "No hace falta experiencia previa en Kotlin.", []string{"Kotlin=kotlin negated"}, nil},
	{"es", "sin", "Sin experiencia en Kotlin también puedes aplicar.", []string{"Kotlin=kotlin negated"}, nil},
	{"es", "ni ... ni", "Ni Java ni PHP.", []string{"Java=java negated", "PHP=php negated"}, nil},
	{"es", "sin embargo, then a comma, negates nothing", "Sin embargo, Java es imprescindible.", []string{"Java=java required"}, nil},
	{"es", "database work", "Experiencia en diseño de bases de datos y optimización de consultas SQL.",
		[]string{"diseño de bases de datos=databases required", "optimización de consultas SQL=database-optimization required"}, nil},
	{"es", "the DAM and DAW degrees are no skills",
		"Titulación: Ciclo Formativo de Grado Superior en Desarrollo de Aplicaciones Multiplataforma o Desarrollo de Aplicaciones Web.",
		nil, []string{"cross-platform-compatibility", "develop-clean-web-apps", "mobile-development"}},
	{"es", "Seguridad Social is a benefit", "Alta en la Seguridad Social desde el primer día.", nil, []string{"security"}},
	{"es", "agilizar is no agile", "Buscamos agilizar nuestros procesos con Python.", []string{"Python=python required"}, []string{"agile"}},
	{"es", "de forma ágil is no agile method", "Resolver incidencias de forma ágil.", nil, []string{"agile"}},
	{"es", "soft skills", "Capacidad de trabajo en equipo y habilidades de comunicación.",
		[]string{"Capacidad de trabajo en equipo=teamwork required", "habilidades de comunicación=communication required"}, nil},
	{"es", "Imprescindible and Deseable as headings, then an offer", "Imprescindible:\n- Java\nDeseable:\n- Kotlin\nOfrecemos:\n- Formación en Docker",
		[]string{"Java=java required", "Kotlin=kotlin preferred", "Docker=docker required"}, nil},
	{"es", "a resume", "EXPERIENCIA\n- Desarrollo de microservicios con Go\n- Optimización de consultas SQL y modelado de datos\nHABILIDADES\nTrabajo en equipo, resolución de problemas, liderazgo técnico",
		[]string{"microservicios=microservices required", "Optimización de consultas SQL=database-optimization required",
			"modelado de datos=data-modeling required", "Trabajo en equipo=teamwork required",
			"resolución de problemas=problem-solving required", "liderazgo técnico=leadership required"}, nil},
	{"es", "Latin American headings: Requisitos excluyentes, Deseables (no excluyentes)",
		"Requisitos excluyentes:\n- Experiencia con Django\n- Trabajo en un entorno ágil\n\nDeseables (no excluyentes):\n- Experiencia con AWS",
		[]string{"Django=django required", "entorno ágil=agile required", "AWS=aws preferred"}, nil},
	{"es", "relational databases are no bare databases, and BBDD is bases de datos",
		"Conocimientos sólidos de SQL y de bases de datos relacionales. Experiencia con BBDD NoSQL.",
		[]string{"bases de datos relacionales=relational-databases required", "BBDD=databases required"}, nil},
	{"es", "servicios REST", "Consumir servicios REST y SOAP.", []string{"servicios REST=rest required"}, nil},
	{"es", "verbs of data modelling and code review",
		"Modelar los datos en PostgreSQL, diseñar el esquema de la base de datos y revisar el código del equipo.",
		[]string{"Modelar los datos=data-modeling required", "diseñar el esquema=data-modeling required", "revisar el código=code-review required"}, nil},
	{"es", "desarrollo de software backend", "Cinco años de experiencia en desarrollo de software backend.",
		[]string{"desarrollo de software backend=backend-development required"}, nil},
	{"es", "buena comunicación is a skill, but not of an office near the metro",
		"Capacidad de trabajo en equipo y buena comunicación.\n\nOficinas con buena comunicación en transporte público.",
		[]string{"buena comunicación=communication required"}, nil},
	{"es", "an office near the metro has no communication skill", "Oficinas con buena comunicación en transporte público.", nil, []string{"communication"}},
	{"es", "a data engineer's duties",
		"- Construir y mantener pipelines de datos\n- Integrar fuentes de datos\n- Implantar controles de calidad del dato y documentar cada proceso\n\nValorable:\n- Un proveedor cloud (Azure o AWS)\n- Procesamiento distribuido",
		[]string{"Construir y mantener pipelines de datos=build-data-pipelines required", "Integrar fuentes de datos=data-integration required",
			"calidad del dato=data-quality required", "documentar=technical-documentation required",
			"proveedor cloud=cloud-computing preferred", "Procesamiento distribuido=distributed-systems preferred"}, nil},
	{"es", "mentoring, guardias, queries and queues in a resume",
		"- Mentorización de desarrolladores junior y participación en guardias\n- Mentorización del equipo\n- Optimizar consultas SQL\n- Colas de mensajería con RabbitMQ",
		[]string{"Mentorización de desarrolladores junior=train-and-support-team required", "participación en guardias=operate-production-infrastructure required",
			"Mentorización=mentoring required", "Optimizar consultas=database-optimization required", "Colas de mensajería=message-queue required"}, nil},
	{"es", "bajo el prisma is an idiom, Prisma beside an ORM the tool",
		"Miramos el negocio bajo el prisma de los datos con Python.\n\nUsamos Prisma como ORM con Node.js.",
		[]string{"Prisma=prisma required"}, nil},
	{"es", "bajo el prisma alone", "Bajo el prisma de los datos, con Python.", []string{"Python=python required"}, []string{"prisma"}},
	{"es", "informática is computing, Informatica a product",
		"Grado en Ingeniería Informática, experiencia con Java. Ingenieria Informatica (sin tilde) y Departamento de Informatica.",
		[]string{"Java=java required"}, []string{"informatica"}},
	{"es", "Informatica beside ETL", "Procesos ETL con Informatica PowerCenter.", []string{"Informatica PowerCenter=informatica required"}, nil},
	{"es", "Contrato: Temporal is a contract", "Tipo de contrato: Temporal. Stack: Node.js, TypeScript y microservicios.",
		[]string{"Node.js=nodejs required"}, []string{"temporal"}},
	{"es", "Envío Express is delivery", "Envío Express en 24 horas: nuestra API en Node.js gestiona los pedidos.",
		[]string{"Node.js=nodejs required"}, []string{"express"}},
	{"es", "la Piedra Angular is a cornerstone", "La Piedra Angular de nuestra plataforma es Java.", []string{"Java=java required"}, []string{"angular"}},
	{"es", "C/ is a street, C/C++ a list", "Oficina en C/ Orense 12 y en C/Alcalá 5. Usamos C# y .NET.", []string{"C#=csharp required"}, []string{"c"}},
	{"es", "C/C++ is a list", "Experiencia en C/C++ para sistemas embebidos.", []string{"C=c required", "C++=cpp required"}, nil},
	{"es", "Serie C and tipo C are no C", "Ronda Serie C cerrada; carnet de conducir tipo C. Programación en C++.", []string{"C++=cpp required"}, []string{"c"}},
	{"es", "gendered titles with a slash on a first word that other titles share",
		"Ingeniero/a de plataforma\nDesarrollador/a de apps\nTécnico/a QA\nIngeniero/a de pruebas\nIngeniero/a DevOps",
		[]string{"Ingeniero/a de plataforma=devops-engineer required", "Desarrollador/a de apps=mobile-developer required",
			"Técnico/a QA=qa-engineer required", "Ingeniero/a de pruebas=qa-engineer required", "Ingeniero/a DevOps=devops-engineer required"}, nil},
	{"es", "Spanish context words vouch for language names",
		"Experiencia con Go.\nAl menos 3 años de experiencia en Rust.\nProgramación en C para microcontroladores.\nConocimientos de React.",
		[]string{"Go=go required", "Rust=rust required", "C=c required", "React=react required"}, nil},
	{"es", "the position named with de", "Experiencia en puestos de DevOps o SRE. No busco un rol de backend.",
		[]string{"puestos de DevOps=devops-engineer required", "rol de backend=backend-developer negated"}, []string{"devops"}},
	{"es", "accesibilidad and revisión por pares with their context, and without",
		"Implementé pautas de accesibilidad WCAG y la revisión por pares del código. Nuestras oficinas cuentan con plena accesibilidad. La revisión por pares de los artículos científicos es anónima.",
		[]string{"accesibilidad=accessibility required", "WCAG=wcag required", "revisión por pares=code-review required"}, nil},
	{"es", "ordinary prose of other jobs names no practice",
		"Guardamos tus fotos en la nube. Tu objetivo será mejorar el rendimiento comercial de la zona. En el almacén hacemos el trabajo en pares. Deberás investigar incidencias con los transportistas. El sistema de alertas de la alarma se revisa cada mes. El puesto de enfermería incluye guardias de 24 horas.",
		nil, []string{"cloud-computing", "performance-optimization", "pair-programming", "debug-and-troubleshoot", "monitoring", "incident-management", "operate-production-infrastructure"}},
	{"es", "guardias, investigar incidencias, trabajo en pares and mejorar el rendimiento with software near",
		"Despliega y atiende las guardias de producción. Sabrás investigar incidencias complejas en producción. Metodologías: Scrum, trabajo en pares. Mejoré el rendimiento de la API.",
		[]string{"guardias=incident-management required", "investigar incidencias=debug-and-troubleshoot required", "trabajo en pares=pair-programming required",
			"Mejoré el rendimiento=performance-optimization required"}, nil},
	{"es", "a cloud platform and the performance of an application", "Somos una plataforma en la nube. Mejoré el rendimiento de la aplicación.",
		[]string{"plataforma en la nube=cloud-computing required", "rendimiento de la aplicación=performance-optimization required"}, nil},
}

// TestLangSentences runs the sentences on the default taxonomy: each
// mention it wants is found, with its qualifier, and no concept it rules
// out is.
func TestLangSentences(t *testing.T) {
	tx := Default()
	for _, c := range langSentences {
		ms := tx.Extract(c.text)
		got := showMentions(c.text, ms)
		for _, w := range c.want {
			if !strings.Contains(got, `"`+w+`"`) {
				t.Errorf("%s, %s: %q\nwant %q among %s", c.lang, c.why, c.text, w, got)
			}
		}
		for _, id := range c.absent {
			if slices.ContainsFunc(ms, func(m Mention) bool { return m.ID == id }) {
				t.Errorf("%s, %s: %q\nwant no %s; got %s", c.lang, c.why, c.text, id, got)
			}
		}
	}
}

// TestLocalizedNamesFindThemselves checks that every localized name of the
// default taxonomy, written alone, is found as its own concept over its
// whole length, in that language. A name whose rule asks for context is
// written before its first context word.
func TestLocalizedNamesFindThemselves(t *testing.T) {
	tx := Default()
	check := func(kind Kind, id string, loc []Localized, rules []NameRule) {
		for _, l := range loc {
			for _, n := range append([]string{l.Name}, l.AltNames...) {
				text := n
				for _, r := range rules {
					if r.Name == n && len(r.Context) > 0 {
						text = n + " (" + r.Context[0] + ")"
					}
				}
				ms := tx.Extract(text)
				if !slices.ContainsFunc(ms, func(m Mention) bool {
					return m.Kind == kind && m.ID == id && m.Start == 0 && m.End == len(n)
				}) {
					t.Errorf("%s %s (%s): %q alone is found as %s", kind, id, l.Lang, text, showMentions(text, ms))
				}
			}
		}
	}
	for _, r := range tx.Roles() {
		check(KindRole, r.ID, r.Localized, r.NameRules)
	}
	for _, s := range tx.Skills() {
		check(KindSkill, s.ID, s.Localized, s.NameRules)
	}
	for _, r := range tx.Responsibilities() {
		check(KindResponsibility, r.ID, r.Localized, r.NameRules)
	}
	for _, o := range tx.Occupations() {
		check(KindOccupation, o.ID, o.Localized, o.NameRules)
	}
}

// showMentions writes mentions as "text=id qualifier", quoted, for test
// messages.
func showMentions(text string, ms []Mention) string {
	if len(ms) == 0 {
		return "nothing"
	}
	var parts []string
	for _, m := range ms {
		parts = append(parts, strconv.Quote(text[m.Start:m.End]+"="+m.ID+" "+string(m.Qualifier)))
	}
	return strings.Join(parts, " ")
}
