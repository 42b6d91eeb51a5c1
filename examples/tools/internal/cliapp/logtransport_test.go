package cliapp

import (
	"net/url"
	"strings"
	"testing"
)

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.arcsecond.io/datasets/?page=2":                                "https://api.arcsecond.io/datasets/?page=2",
		"https://ada:pw@api.arcsecond.io/x/":                                       "https://api.arcsecond.io/x/",
		"https://bucket.example/f.fits?X-Amz-Signature=abc&X-Amz-Credential=k&n=1": "https://bucket.example/f.fits?X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED&n=1",
		"http://127.0.0.1/?api_key=s3cret&token=t&name=M31":                        "http://127.0.0.1/?api_key=REDACTED&name=M31&token=REDACTED",
	} {
		u, err := url.Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		got := safeURL(u)
		if got != want {
			t.Errorf("safeURL(%s) = %s, want %s", in, got, want)
		}
		for _, secret := range []string{"pw", "abc", "s3cret"} {
			if strings.Contains(got, secret) {
				t.Errorf("safeURL(%s) keeps %q", in, secret)
			}
		}
	}
}
