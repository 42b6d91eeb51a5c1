package arcsecond

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar date of the API ("2006-01-02"). It also accepts a
// date-time, keeping its date, and null or "" (the zero Date). The zero Date
// encodes as null.
type Date struct{ time.Time }

// UnmarshalJSON implements json.Unmarshaler.
func (d *Date) UnmarshalJSON(b []byte) error {
	var ts Timestamp
	if err := ts.UnmarshalJSON(b); err != nil {
		return fmt.Errorf("arcsecond: cannot read date %s", excerpt(b, 64))
	}
	if ts.IsZero() {
		*d = Date{}
		return nil
	}
	d.Time = time.Date(ts.Year(), ts.Month(), ts.Day(), 0, 0, 0, 0, time.UTC)
	return nil
}

// MarshalJSON implements json.Marshaler.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.Format(time.DateOnly))
}

// String returns the date as "2006-01-02".
func (d Date) String() string { return d.Format(time.DateOnly) }
