package arcsecond_test

import "testing"

func TestFindingChartsRoute(t *testing.T) {
	c, last := recordingClient(t, `[{"pk":1,"input":"M 1","survey_name":"2MASS","band_name":"J","observing_date":"1998-11-02","width":300,"height":null}]`)
	charts, _, err := c.FindingCharts.List(t.Context(), "M 1")
	if err != nil || *last != "GET /findingcharts/M%201/" {
		t.Fatalf("sent %s, %v", *last, err)
	}
	if len(charts) != 1 || charts[0].SurveyName != "2MASS" || charts[0].ObservingDate.String() != "1998-11-02" || charts[0].Height != nil {
		t.Errorf("charts = %+v", charts[0])
	}
	if _, _, err := forbidSending(t).FindingCharts.List(t.Context(), ""); err == nil {
		t.Error("empty input accepted")
	}
}
