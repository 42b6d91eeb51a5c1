package arcsecond

import (
	"context"
	"net/http"
)

// BillingService starts Stripe sessions for the authenticated user's
// subscription: POST /stripe/billing-portal/, /stripe/new-subscription/ and
// /stripe/payment-setup/. The 2023 schema documents neither body nor
// answer; the answer (typically the session's URL) is returned as sent.
type BillingService struct{ ep endpoint }

func (s *BillingService) post(ctx context.Context, name string) (map[string]any, *Response, error) {
	ep := s.ep
	ep.path += name + "/"
	return fetchValue[map[string]any](ctx, ep, http.MethodPost, nil, nil, nil)
}

// BillingPortal opens a session of Stripe's billing portal.
//
// POST /stripe/billing-portal/
func (s *BillingService) BillingPortal(ctx context.Context) (map[string]any, *Response, error) {
	return s.post(ctx, "billing-portal")
}

// NewSubscription starts a Stripe checkout for a new subscription.
//
// POST /stripe/new-subscription/
func (s *BillingService) NewSubscription(ctx context.Context) (map[string]any, *Response, error) {
	return s.post(ctx, "new-subscription")
}

// PaymentSetup starts a Stripe session that records a payment method.
//
// POST /stripe/payment-setup/
func (s *BillingService) PaymentSetup(ctx context.Context) (map[string]any, *Response, error) {
	return s.post(ctx, "payment-setup")
}
