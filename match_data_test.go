package roles

// defaultDataCases check the concepts and names that a held-out review of
// realistic postings found missing from the default taxonomy: each
// ambiguous name once as plain English, which must give no mention of it,
// and once as the skill. Like defaultNameCases they run on Default(), so
// their wants change with the data; TestExtractDefaultNames runs them.
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
	// Data and workflow tools.
	{"confluence as an ordinary word and a place", "A confluence of factors; the Confluence of the two rivers; we met at Confluence Park; nurse at Confluence Health with Python", []string{"Python=python"}},
	{"Confluence, the Atlassian wiki", "Document designs in Confluence and track work in Jira; Atlassian Confluence", []string{"Confluence=confluence", "Jira=jira", "Atlassian Confluence=confluence"}},
	{"Dagster and NiFi", "Pipelines orchestrated with Dagster; ingestion through Apache NiFi and NiFi flows", []string{"Dagster=dagster", "Apache NiFi=nifi", "NiFi=nifi"}},
	{"Delta Lake as a place", "Camping at Delta Lake State Park; a delta lake forms where the river slows", []string{}},
	{"Delta Lake, the table format", "A lakehouse on Databricks with Delta Lake; Delta tables in Spark", []string{"Databricks=databricks", "Delta Lake=delta-lake", "Delta tables=delta-lake", "Spark=spark"}},
	{"glue as an ordinary word", "Glue code between systems; Glue scripts in Python; glue and tape", []string{"Python=python"}},
	{"AWS Glue and Glue alone", "ETL on AWS Glue; S3, Glue and Athena; the Glue Data Catalog", []string{"ETL=etl", "AWS Glue=aws-glue", "S3=s3", "Glue=aws-glue", "Glue Data Catalog=aws-glue"}},
	{"EMR as electronic medical records", "Charting in the EMR; Epic EMR; EMR/EHR integration with HL7; our EMR systems and SQL reports", []string{"HL7=hl7", "SQL=sql"}},
	{"EMR, the AWS big data service", "Spark jobs on EMR; Amazon EMR and AWS EMR clusters", []string{"Spark=spark", "EMR=amazon-emr", "Amazon EMR=amazon-emr", "AWS EMR=amazon-emr"}},
	{"Debezium and change data capture", "Change data capture with Debezium from PostgreSQL into Kafka; CDC pipelines", []string{"Change data capture=change-data-capture", "Debezium=debezium", "PostgreSQL=postgresql", "Kafka=kafka", "CDC=change-data-capture"}},
	{"CDC as the health agency", "Follow CDC guidelines; data from the CDC on vaccination; CDC recommendations for Python", []string{"Python=python"}},
	{"temporal as an ordinary word", "temporal patterns in the data; Temporal tables in SQL Server; the temporal lobe; Temporal reasoning in Python", []string{"SQL Server=sql-server", "Python=python"}},
	{"Temporal, the workflow engine", "Durable workflows on Temporal; Temporal.io and Temporal Cloud", []string{"Temporal=temporal", "Temporal.io=temporal", "Temporal Cloud=temporal"}},
	{"cadence as an ordinary word and the EDA company", "a weekly release cadence; Release Cadence with CI/CD; layout in Cadence Virtuoso and Python; Cadence and Synopsys tools, Perl", []string{"CI/CD=ci-cd", "Python=python", "Perl=perl"}},
	{"Cadence, the workflow engine", "Workflow orchestration with Cadence and Temporal", []string{"Cadence=cadence", "Temporal=temporal"}},
	{"looker as an ordinary word", "she is a looker; onlookers gathered", []string{}},
	{"Looker, the BI tool", "Dashboards in Looker and LookML models over BigQuery", []string{"Looker=looker", "LookML=looker", "BigQuery=bigquery"}},
	{"great expectations as an ordinary phrase", "We have great expectations for this role; Dickens' Great Expectations", []string{}},
	{"Great Expectations, the data testing tool", "Data quality checks with Great Expectations in our Airflow pipelines", []string{"Data quality checks=data-quality", "Great Expectations=great-expectations", "Airflow=airflow"}},
	{"data quality, lineage and contracts", "Own data quality, data lineage and data contracts between teams", []string{"data quality=data-quality", "data lineage=data-lineage", "data contracts=data-contracts"}},
	{"trunk-based development and idempotency", "We practise trunk-based development; idempotent APIs with idempotency keys", []string{"trunk-based development=trunk-based-development", "idempotent=idempotency", "APIs=apis", "idempotency keys=idempotency"}},
	// File and table formats, and machine-learning infrastructure.
	{"parquet as flooring", "Parquet flooring in the new office; oak parquet floors and a Python meetup room", []string{"Python=python"}},
	{"Parquet, the columnar format", "Write Parquet files to S3; Apache Parquet and Avro; parquet and CSV exports", []string{"Parquet files=parquet", "S3=s3", "Apache Parquet=parquet", "Avro=avro", "parquet=parquet"}},
	{"iceberg as an ordinary word", "The tip of the iceberg; an iceberg of tech debt; Iceberg lettuce in the canteen", []string{}},
	{"Apache Iceberg", "Apache Iceberg tables on S3 queried by Trino; Iceberg and Delta Lake", []string{"Apache Iceberg tables=iceberg", "S3=s3", "Trino=trino", "Iceberg=iceberg", "Delta Lake=delta-lake"}},
	{"Jax as a name, JAX as an airport and in JAX-RS", "Jax joined in March; our JAX office by the airport; JAX-RS services in Java", []string{"Java=java"}},
	{"JAX, the array library", "Research code in JAX and Flax on TPUs; JAX or PyTorch", []string{"JAX=jax", "JAX=jax", "PyTorch=pytorch"}},
	{"Ray as a person and in other words", "Ray Chen is our CTO; contact Ray with questions; Ray's team; AWS X-Ray for tracing; ray tracing; a ray of hope", []string{"AWS=aws"}},
	{"Ray, the distributed computing framework", "Distributed training with Ray and PyTorch; Ray Serve and Ray Tune on KubeRay", []string{"Ray=ray", "PyTorch=pytorch", "Ray Serve=ray", "Ray Tune=ray", "KubeRay=ray"}},
	{"Triton as a college, a company and a moon", "Triton College alumni; ads from Triton Digital; Neptune's moon Triton", []string{}},
	{"Triton, the inference server, and the ML platform", "Serve models with Triton and TensorRT; NVIDIA Triton Inference Server and vLLM; Kubeflow Pipelines, MLflow and CUDA", []string{"Triton=triton-inference-server", "NVIDIA Triton Inference Server=triton-inference-server", "vLLM=vllm", "Kubeflow Pipelines=kubeflow", "MLflow=mlflow", "CUDA=cuda"}},
	// Government and financial compliance.
	{"NIST 800-53, DISA STIGs and Security+", "Implement NIST SP 800-53 controls and DISA STIGs with Ansible; CompTIA Security+ or Sec+ required", []string{"NIST SP 800-53=nist-800-53", "DISA STIGs=disa-stig", "Ansible=ansible", "CompTIA Security+=comptia-security-plus", "Sec+=comptia-security-plus"}},
	{"Stig and security plus as plain English", "Stig joined our Python team; job security plus great benefits", []string{"Python=python"}},
	{"STIG and Security Plus written so", "Harden RHEL to the STIG; Security Plus certified", []string{"RHEL=linux", "STIG=disa-stig", "Security Plus=comptia-security-plus"}},
	{"security clearances", "Active TS/SCI clearance with polygraph; Secret clearance; a Top Secret/SCI or DoD clearance", []string{"TS/SCI clearance=security-clearance", "Secret clearance=security-clearance", "Top Secret/SCI=security-clearance", "DoD clearance=security-clearance"}},
	{"clearance and top secret as plain English", "Clearance sale on our top secret recipe; social security", []string{}},
	{"AML as leukemia and know your customer as advice", "Python analysis of AML samples from AML patients; know your customer and their needs", []string{"Python=python"}},
	{"KYC/AML, the fintech rules", "KYC and AML checks for payments; Know Your Customer onboarding; anti-money laundering; BSA/AML", []string{"KYC=kyc-aml", "AML=kyc-aml", "Know Your Customer=kyc-aml", "anti-money laundering=kyc-aml", "BSA/AML=kyc-aml"}},
	{"ISO 20022", "ISO 20022 payment messages and ISO20022 migration", []string{"ISO 20022=iso-20022", "ISO20022=iso-20022"}},
	// Payment networks and messages.
	{"ACH as an interjection, a charity and a hospital", "Ach, what a week; volunteers for the ACH Foundation; nurses at ACH Children's Hospital", []string{}},
	{"ACH and Fedwire, the US payment rails", "ACH origination and Fedwire payments; ACH transfers in NACHA files", []string{"ACH=ach", "Fedwire=fedwire", "ACH transfers=ach", "NACHA files=ach"}},
	{"SEPA as the Scottish environment agency", "Scottish Environment Protection Agency (SEPA) permits for our Glasgow site", []string{}},
	{"SEPA and ISO 8583", "SEPA Direct Debit and SEPA Instant payments; SEPA and SWIFT transfers; card switching with ISO 8583", []string{"SEPA Direct Debit=sepa", "SEPA Instant=sepa", "SEPA=sepa", "ISO 8583=iso-8583"}},
	// Reliability, Kubernetes networking and release practices.
	{"SLO and SLI as a place, a GPU bridge and a speech disorder", "Drive from SLO to LA; Cal Poly SLO graduates; children with SLI; an NVIDIA SLI bridge", []string{}},
	{"SLOs and SLIs", "Define SLOs and SLIs with error budgets; an SLO of 99.9% availability; SLI latency metrics", []string{"SLOs=slos", "SLIs=slos", "error budgets=slos", "SLO=slos", "SLI=slos"}},
	{"cilium in biology", "Cilium length in ciliated cells; the primary cilium", []string{}},
	{"eBPF, Cilium and Karpenter", "eBPF programs with Cilium as our CNI; Karpenter for node autoscaling", []string{"eBPF=ebpf", "Cilium=cilium", "Karpenter=karpenter", "autoscaling=scalability"}},
	{"feature flags and LaunchDarkly", "Ship behind feature flags and feature toggles in LaunchDarkly; one feature flag per release", []string{"feature flags=feature-flags", "feature toggles=feature-flags", "LaunchDarkly=launchdarkly", "feature flag=feature-flags"}},
	{"blue-green and canary as colours and birds", "Blue-green algae in the lake; her blue/green eyes; the canary in the coal mine; Canary Wharf", []string{}},
	{"blue-green deployments and canary releases", "Blue/green deployments and canary releases on Kubernetes; blue-green with instant rollback", []string{"Blue/green deployments=blue-green-deployment", "canary releases=canary-release", "Kubernetes=kubernetes", "blue-green=blue-green-deployment"}},
	// Enterprise middleware and languages.
	{"IBM MQ, WebSphere, COBOL, Testcontainers and Drools", "IBM MQ and WebSphere MQ; IBM WebSphere Application Server; COBOL batch jobs; integration tests with Testcontainers; pricing rules in Drools", []string{"IBM MQ=ibm-mq", "WebSphere MQ=ibm-mq", "IBM WebSphere Application Server=websphere", "COBOL=cobol", "integration tests=integration-testing", "Testcontainers=testcontainers", "Drools=drools"}},
	{"drools as a verb", "The puppy drools; he drools over new gadgets", []string{}},
	// Healthcare data exchange.
	{"EDI as equity, diversity and inclusion", "We are committed to EDI and build in Python; join our EDI committee; Equity, Diversity and Inclusion (EDI) at our AWS team; EDI training for all staff", []string{"Python=python", "AWS=aws"}},
	{"EDI X12, HL7 and FHIR", "FHIR APIs and HL7 v2 interfaces; EDI X12 837 claims; X12 270/271 eligibility; EDI feeds to payers over AS2", []string{"FHIR APIs=fhir", "HL7 v2=hl7", "EDI X12=edi-x12", "X12=edi-x12", "EDI=edi-x12"}},
	// The Elixir ecosystem.
	{"absinthe as a drink and Oban as a town", "A glass of absinthe at the bar; Absinthe is a green spirit; a trip to Oban in Scotland; Oban whisky", []string{}},
	{"Ecto, LiveView, Absinthe and Oban", "Ecto queries and Phoenix LiveView; LiveView pages; a GraphQL API in Absinthe; Oban background jobs", []string{"Ecto=ecto", "Phoenix LiveView=phoenix-liveview", "LiveView=phoenix-liveview", "GraphQL=graphql", "API=apis", "Absinthe=absinthe", "Oban=oban"}},
	// Jenkins is also a surname.
	{"Jenkins as a person", "Your hiring manager is Marcus Jenkins; Dr. Jenkins will review your portfolio; please contact Ms. Jenkins", []string{}},
	{"Jenkins, the CI server", "Jenkins pipelines and Jenkins CI; a Jenkinsfile per repo; CI tools such as Jenkins, GitLab CI or CircleCI; git, jenkins, docker", []string{"Jenkins pipelines=jenkins", "Jenkins CI=jenkins", "Jenkinsfile=jenkins", "Jenkins=jenkins", "GitLab CI=gitlab-ci", "CircleCI=circleci", "git=git", "jenkins=jenkins", "docker=docker"}},
	// java is also coffee; a phrase around it tells, so a lowercase skill list keeps it.
	{"java as coffee", "Locally roasted java in our cafe; a cup of java; freshly brewed java every morning", []string{}},
	{"java in a lowercase skill list", "Skills: java, python, sql; roasted java on Fridays", []string{"java=java", "python=python", "sql=sql"}},
	// Soft skills: no broader skill, so they never count toward a role.
	{"communication as plain English", "Communication between services over gRPC; inter-service communication; all written communication from our recruiters comes from acme.com", []string{"gRPC=grpc"}},
	{"communication skills", "Excellent communication skills; strong written and verbal communication; a clear communicator who can communicate effectively", []string{"communication skills=communication", "written and verbal communication=communication", "communicator=communication", "communicate effectively=communication"}},
	{"team as plain English", "The team works on the REST APIs; our team played a role", []string{"REST APIs=rest"}},
	{"teamwork and collaboration", "A team player who values teamwork; cross-functional collaboration and interpersonal skills", []string{"team player=teamwork", "teamwork=teamwork", "cross-functional collaboration=teamwork", "interpersonal skills=teamwork"}},
	{"problem solving", "Strong analytical and problem-solving skills; a problem-solver with critical thinking", []string{"problem-solving skills=problem-solving", "problem-solver=problem-solving", "critical thinking=problem-solving"}},
	{"leadership as an audience, a team and a slogan", "Dashboards for leadership; report to the leadership team; thought leadership in Kubernetes; our Leadership Principles", []string{"Kubernetes=kubernetes"}},
	{"leadership as a skill", "Proven leadership and mentoring experience; you will lead a team of five; technical leadership", []string{"leadership=leadership", "mentoring=mentoring", "lead a team=leadership", "technical leadership=leadership"}},
	// Azure Key Vault is no HashiCorp Vault.
	{"Key Vault, Azure's secret store", "Secrets in Azure Key Vault, certificates in Key Vault; HashiCorp Vault on Kubernetes", []string{"Azure Key Vault=azure-key-vault", "Key Vault=azure-key-vault", "HashiCorp Vault=vault", "Kubernetes=kubernetes"}},
	// Java and .NET libraries.
	{"Spring Security, Spring Batch and JDBC", "Java with Spring Security and Spring Batch; JDBC and JPA; spring batch jobs", []string{"Java=java", "Spring Security=spring-security", "Spring Batch=spring-batch", "JDBC=jdbc", "JPA=jpa", "spring batch=spring-batch"}},
	{"a spring batch of people", "Our spring batch of interns starts in May; the Spring batch of graduate hires", []string{}},
	{"dapper as an adjective and a company", "A dapper young man in a suit; looking dapper; Dapper Labs is hiring", []string{}},
	{"Dapper, the .NET micro-ORM, and Blazor", "C# data access with Dapper and EF Core; Blazor front ends", []string{"C#=csharp", "Dapper=dapper", "EF Core=entity-framework", "Blazor=blazor"}},
	// Azure services.
	{"service bus and app service as plain English", "Integration over an Enterprise Service Bus with Java; a shuttle service bus; our app service desk", []string{"Java=java"}},
	{"Azure Service Bus and Azure App Service", "Azure Service Bus topics; Service Bus queues in C#; APIs on Azure App Service and App Service slots", []string{"Azure Service Bus=azure-service-bus", "Service Bus=azure-service-bus", "C#=csharp", "APIs=apis", "Azure App Service=azure-app-service", "App Service=azure-app-service"}},
	// Python and TypeScript libraries and front-end tools.
	{"Pydantic, mypy, Zod, tRPC, Vite and Vitest", "FastAPI with Pydantic models, checked by mypy; TypeScript with Zod and tRPC, built with Vite and tested with Vitest", []string{"FastAPI=fastapi", "Pydantic=pydantic", "mypy=mypy", "TypeScript=typescript", "Zod=zod", "tRPC=trpc", "Vite=vite", "Vitest=vitest"}},
	{"vite in French", "Postulez vite ! Faites vite, on vous attend", []string{}},
	{"hotwire and livewire as plain English", "He can hotwire a car; Hotwire Communications is our ISP; she is a real livewire in meetings", []string{}},
	{"Hotwire and Livewire", "Hotwire with Turbo and Stimulus on Rails; Laravel Livewire; Livewire components with Alpine.js", []string{"Hotwire=hotwire", "Rails=rails", "Laravel Livewire=livewire", "Livewire=livewire"}},
	// The Kafka ecosystem, AWS events and workflows, Kubernetes and logs.
	{"confluent, zookeeper, loki and step functions as plain English", "Cells grown to a confluent monolayer; our zookeeper feeds the lions; Loki and Thor in Norse myths; step functions in signal processing", []string{}},
	{"Kafka Connect, Confluent, Schema Registry and ZooKeeper", "Kafka Connect sinks; Confluent Cloud and Confluent Schema Registry; Schema Registry with Avro; ZooKeeper and Kafka", []string{"Kafka Connect=kafka", "Confluent Cloud=kafka", "Confluent Schema Registry=schema-registry", "Schema Registry=schema-registry", "Avro=avro", "ZooKeeper=zookeeper", "Kafka=kafka"}},
	{"Step Functions, EventBridge, Kustomize and Loki", "AWS Step Functions and Amazon EventBridge; Step Functions state machines; Kustomize overlays; logs in Grafana Loki; Prometheus, Loki and Tempo", []string{"AWS Step Functions=aws-step-functions", "Amazon EventBridge=eventbridge", "Step Functions=aws-step-functions", "Kustomize=kustomize", "Grafana Loki=loki", "Prometheus=prometheus", "Loki=loki"}},
	// Retrieval, vector search and AI coding assistants.
	{"rag as cloth and RAG as red, amber, green", "Clean with a rag; report RAG status to stakeholders with Jira; Red, Amber, Green (RAG) ratings in SQL; RAG indicators", []string{"Jira=jira", "SQL=sql"}},
	{"RAG, vector databases and pgvector", "Build RAG pipelines with LangChain over pgvector; vector search in a vector database; retrieval-augmented generation", []string{"RAG pipelines=rag", "LangChain=langchain", "pgvector=pgvector", "vector search=vector-databases", "vector database=vector-databases", "retrieval-augmented generation=rag"}},
	{"copilot as a pilot and Microsoft's office assistant", "The copilot landed the plane; Microsoft 365 Copilot rollout for AI adoption; bots in Copilot Studio", []string{}},
	{"GitHub Copilot and AI coding assistants", "We use GitHub Copilot and other AI coding assistants; Copilot for code review; AI-assisted coding with Claude Code", []string{"GitHub Copilot=ai-coding-assistants", "AI coding assistants=ai-coding-assistants", "Copilot=ai-coding-assistants", "code review=code-review", "AI-assisted coding=ai-coding-assistants", "Claude Code=ai-coding-assistants"}},
	// Messaging patterns.
	{"an e-mail outbox", "Emails stuck in your Outlook outbox; check the outbox", []string{}},
	{"the transactional outbox", "Reliable events with the outbox pattern and Kafka; the Transactional Outbox pattern with Debezium", []string{"outbox pattern=transactional-outbox", "Kafka=kafka", "Transactional Outbox pattern=transactional-outbox", "Debezium=debezium"}},
}
