module github.com/arcsecond-go/arcsecond

go 1.24

require (
	github.com/coder/websocket v1.8.15
	github.com/dnaeon/go-vcr/v2 v2.1.0
	github.com/google/go-querystring v1.2.0
	github.com/hashicorp/go-retryablehttp v0.7.8
	go.uber.org/goleak v1.3.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/kr/text v0.2.0 // indirect
)
