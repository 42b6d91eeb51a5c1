package arcsecond_test

import (
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestBillingRoutes(t *testing.T) {
	c, last := recordingClient(t, `{"url":"https://billing.stripe.com/session/x"}`)
	ctx := t.Context()
	for want, call := range map[string]func() (map[string]any, *arcsecond.Response, error){
		"POST /stripe/billing-portal/":   func() (map[string]any, *arcsecond.Response, error) { return c.Billing.BillingPortal(ctx) },
		"POST /stripe/new-subscription/": func() (map[string]any, *arcsecond.Response, error) { return c.Billing.NewSubscription(ctx) },
		"POST /stripe/payment-setup/":    func() (map[string]any, *arcsecond.Response, error) { return c.Billing.PaymentSetup(ctx) },
	} {
		out, _, err := call()
		if err != nil || *last != want || out["url"] == nil {
			t.Errorf("sent %s, got %v, %v; want %s", *last, out, err, want)
		}
	}
}
