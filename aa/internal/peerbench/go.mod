module github.com/arcsecond-go/arcsecond/aa/internal/peerbench

go 1.24

require (
	github.com/arcsecond-go/arcsecond v0.0.0-00010101000000-000000000000
	github.com/soniakeys/meeus/v3 v3.0.1
	github.com/soniakeys/unit v1.0.0
)

require go.uber.org/goleak v1.3.0

replace github.com/arcsecond-go/arcsecond => ../../..
