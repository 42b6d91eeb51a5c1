package arcsecondtest

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

// fitsCards pads cards to 80 characters and the header to whole blocks,
// ending it with END.
func fitsCards(cards ...string) []byte {
	var b bytes.Buffer
	for _, c := range append(cards, "END") {
		b.WriteString(fmt.Sprintf("%-80s", c))
	}
	for b.Len()%fitsBlock != 0 {
		b.WriteByte(' ')
	}
	return b.Bytes()
}

func padData(n int) []byte { return make([]byte, (n+fitsBlock-1)/fitsBlock*fitsBlock) }

// sampleFITS is a 10×5 16-bit image of NGC 4151 followed by a binary table
// of 3 rows of 12 bytes.
func sampleFITS() []byte {
	var f []byte
	f = append(f, fitsCards(
		"SIMPLE  =                    T / conforms to FITS standard",
		"BITPIX  =                   16",
		"NAXIS   =                    2",
		"NAXIS1  =                   10",
		"NAXIS2  =                    5",
		"OBJECT  = 'NGC 4151'           / target",
		"DATE-OBS= '2007-02-07T07:01:51.000'",
		"OBSERVER= 'O''Brien'",
	)...)
	f = append(f, padData(10*5*2)...)
	f = append(f, fitsCards(
		"XTENSION= 'BINTABLE'",
		"BITPIX  =                    8",
		"NAXIS   =                    2",
		"NAXIS1  =                   12",
		"NAXIS2  =                    3",
		"PCOUNT  =                    0",
		"GCOUNT  =                    1",
		"TFIELDS =                    1",
		"EXTNAME = 'EVENTS  '",
	)...)
	return append(f, padData(36)...)
}

func TestParseFITSHeader(t *testing.T) {
	h := parseFITSHeader(sampleFITS())
	if len(h.hdus) != 2 {
		t.Fatalf("%d HDUs, want 2", len(h.hdus))
	}
	p, e := h.hdus[0], h.hdus[1]
	if p.name != "PRIMARY" || p.dataType != "img" || p.dims != [3]int{10, 5, 0} || len(p.cards) != 8 {
		t.Errorf("primary HDU %+v", p)
	}
	if e.name != "EVENTS" || e.dataType != "bintab" || e.index != 1 || e.dims != [3]int{12, 3, 0} {
		t.Errorf("extension %+v", e)
	}
	if h.object != "NGC 4151" || !h.date.Equal(time.Date(2007, 2, 7, 7, 1, 51, 0, time.UTC)) {
		t.Errorf("object %q date %v", h.object, h.date)
	}
	if got := fitsValues(p.cards)["OBSERVER"]; got != "O'Brien" {
		t.Errorf("quoted string %q", got)
	}
	if !strings.HasPrefix(h.header(), "SIMPLE  =                    T") || strings.Count(h.header(), "\n") != 7 {
		t.Errorf("header %q", h.header())
	}
}

func TestFITSDates(t *testing.T) {
	for _, c := range []struct{ date, tm, want string }{
		{"2007-02-07T07:01:51.25", "", "2007-02-07T07:01:51.25Z"},
		{"2007-02-07", "07:01:51", "2007-02-07T07:01:51Z"},
		{"2007-02-07", "", "2007-02-07T00:00:00Z"},
		{"07/02/97", "", "1997-02-07T00:00:00Z"},
		{"yesterday", "", ""},
	} {
		got := fitsDate(c.date, c.tm)
		s := ""
		if !got.IsZero() {
			s = got.Format(time.RFC3339Nano)
		}
		if s != c.want {
			t.Errorf("fitsDate(%q, %q) = %q, want %q", c.date, c.tm, s, c.want)
		}
	}
}

// Malformed files give what could be read, never a panic.
func TestParseFITSMalformed(t *testing.T) {
	good := sampleFITS()
	noEnd := bytes.Replace(good[:fitsBlock], []byte(fmt.Sprintf("%-80s", "END")), []byte(fmt.Sprintf("%-80s", "COMMENT")), 1)
	binary := append([]byte{}, good...)
	binary[fitsCard*3+5] = 0 // a NUL inside NAXIS1
	huge := fitsCards("SIMPLE  =                    T", "BITPIX  =                  -64", "NAXIS   =                    3",
		"NAXIS1  =  9223372036854775807", "NAXIS2  =  9223372036854775807", "NAXIS3  =                    2")
	for name, c := range map[string]struct {
		data []byte
		hdus int
	}{
		"empty":              {nil, 0},
		"not FITS":           {[]byte(strings.Repeat("hello ", 1000)), 0},
		"no END":             {noEnd, 1},
		"cut in the header":  {good[:200], 1},
		"cut in the data":    {good[:fitsBlock+100], 1},
		"binary in a card":   {binary, 1},
		"overflowing NAXISn": {huge, 1},
		"garbage after":      {append(append([]byte{}, good...), bytes.Repeat([]byte("x"), 5000)...), 2},
	} {
		h := parseFITSHeader(c.data)
		if len(h.hdus) != c.hdus {
			t.Errorf("%s: %d HDUs, want %d", name, len(h.hdus), c.hdus)
		}
	}
}

// sampleXISF is a monolithic XISF 1.0 file with one 4×3 RGB image.
func sampleXISF() []byte {
	header := `<?xml version="1.0" encoding="UTF-8"?>
<xisf version="1.0" xmlns="http://www.pixinsight.com/xisf">
<Image id="light" geometry="4:3:3" sampleFormat="UInt16" colorSpace="RGB" location="attachment:4096:72">
<FITSKeyword name="OBJECT" value="'M 42'" comment="Orion Nebula"/>
<FITSKeyword name="DATE-OBS" value="'2026-01-15T21:30:00'" comment=""/>
<FITSKeyword name="EXPTIME" value="120." comment="seconds"/>
</Image>
<Metadata><Property id="XISF:CreatorApplication" type="String">test</Property></Metadata>
</xisf>`
	var b bytes.Buffer
	b.WriteString("XISF0100")
	_ = binary.Write(&b, binary.LittleEndian, uint32(len(header)))
	b.Write([]byte{0, 0, 0, 0})
	b.WriteString(header)
	return b.Bytes()
}

func TestParseXISFHeader(t *testing.T) {
	h := parseFileHeader(sampleXISF(), true)
	if len(h.hdus) != 1 || h.hdus[0].dims != [3]int{4, 3, 3} || h.hdus[0].name != "light" {
		t.Fatalf("HDUs %+v", h.hdus)
	}
	if h.object != "M 42" || !h.date.Equal(time.Date(2026, 1, 15, 21, 30, 0, 0, time.UTC)) {
		t.Errorf("object %q date %v", h.object, h.date)
	}
	if h.hdus[0].cards[2] != "EXPTIME = 120. / seconds" {
		t.Errorf("card %q", h.hdus[0].cards[2])
	}
	// Cut in the middle of the XML: nothing, but no panic.
	if h := parseFileHeader(sampleXISF()[:100], true); len(h.hdus) != 0 {
		t.Errorf("cut XISF: %+v", h)
	}
}

// An uploaded FITS file comes back described by its header, gzipped or not.
func TestUploadedFITSHeader(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "vera")
	ds := str(send(t, c, http.MethodPost, "datasets/", map[string]any{"name": "NGC 4151"}).object()["uuid"])
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(sampleFITS())
	_ = zw.Close()
	for name, data := range map[string][]byte{"a.fits": sampleFITS(), "b.fits.gz": gz.Bytes(), "c.xisf": sampleXISF()} {
		r := sendMultipart(t, c, http.MethodPost, "datafiles/", map[string]string{"dataset": ds}, name, data)
		wantStatus(t, "upload "+name, r, http.StatusCreated)
		f := r.object()
		hdus, _ := f["hdus"].([]any)
		want := map[string]struct {
			target, date string
			hdus         int
		}{
			"a.fits":    {"NGC 4151", "2007-02-07T07:01:51.000000Z", 2},
			"b.fits.gz": {"NGC 4151", "2007-02-07T07:01:51.000000Z", 2},
			"c.xisf":    {"M 42", "2026-01-15T21:30:00.000000Z", 1},
		}[name]
		if f["target_name"] != want.target || f["date"] != want.date || len(hdus) != want.hdus || str(f["header"]) == "" {
			t.Errorf("%s: target %v date %v hdus %d header %.40q", name, f["target_name"], f["date"], len(hdus), f["header"])
		}
		if len(hdus) > 0 {
			h := hdus[0].(map[string]any)
			if h["pk"] == nil || h["index"] != 0.0 || h["header_string"] == "" {
				t.Errorf("%s: first HDU %v", name, h)
			}
		}
	}
	// The uploader's own target name wins over OBJECT.
	r := sendMultipart(t, c, http.MethodPost, "datafiles/", map[string]string{"dataset": ds, "target_name": "NGC4151 nucleus"}, "d.fits", sampleFITS())
	if r.object()["target_name"] != "NGC4151 nucleus" {
		t.Errorf("target_name given by the uploader: %v", r.object()["target_name"])
	}
	// An empty file is refused as DRF's FileField refuses it.
	r = sendMultipart(t, c, http.MethodPost, "datafiles/", map[string]string{"dataset": ds}, "e.fits", nil)
	if r.status != http.StatusBadRequest || fmt.Sprint(r.object()["file"]) != "[The submitted file is empty.]" {
		t.Errorf("empty file: %d %v", r.status, r.body)
	}
}

// FuzzParseFileHeader: any bytes, as FITS or XISF, parse without a panic
// and within the bounds.
func FuzzParseFileHeader(f *testing.F) {
	f.Add(sampleFITS(), false)
	f.Add(sampleFITS()[:fitsBlock+37], false)
	f.Add(sampleXISF(), true)
	f.Add(fitsCards("SIMPLE  =                    T", "NAXIS   =                   -1", "OBJECT  = 'unterminated"), false)
	f.Fuzz(func(t *testing.T, data []byte, xisf bool) {
		h := parseFileHeader(data, xisf)
		if len(h.hdus) > maxHDUs {
			t.Fatalf("%d HDUs", len(h.hdus))
		}
		for _, u := range h.hdus {
			if len(u.cards) > maxHeaderBytes/fitsCard {
				t.Fatalf("%d cards", len(u.cards))
			}
		}
	})
}
