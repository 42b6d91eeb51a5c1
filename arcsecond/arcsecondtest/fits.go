package arcsecondtest

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"encoding/binary"
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// The server reads the header of an uploaded FITS or XISF file, as the real
// one does before it files the data (HDU list, target, date). Uploads are
// hostile input: the reader never panics, reads at most maxHeaderBytes of
// (decompressed) data per HDU header and at most maxHDUs HDUs, and keeps
// what it understood when a header is cut short or malformed.
const (
	fitsBlock      = 2880
	fitsCard       = 80
	maxHeaderBytes = 64 * fitsBlock // 2 048 cards per HDU
	maxHDUs        = 64
	maxXISFHeader  = 1 << 20
)

// fitsHDU is one header-and-data unit as the API describes it (HDU schema).
type fitsHDU struct {
	name     string // EXTNAME, or "PRIMARY" for the first HDU
	index    int
	dims     [3]int // NAXIS1..3
	dataType string // DataTypeEnum: any, img, ascitab, bintab, undef
	cards    []string
}

// fileHeader is what the server learns from a file's headers.
type fileHeader struct {
	hdus   []fitsHDU
	object string    // OBJECT of the first HDU that has one
	date   time.Time // DATE-OBS (with TIME-OBS when the date has no time)
}

// header is the primary header, one card a line, right-trimmed.
func (h fileHeader) header() string {
	if len(h.hdus) == 0 {
		return ""
	}
	return strings.Join(h.hdus[0].cards, "\n")
}

// decompressed returns the bytes of a file named name, gunzipped or
// bunzipped after its extension, at most limit of them. A corrupt archive
// gives what could be read.
func decompressed(name string, data []byte, limit int64) []byte {
	var r io.Reader
	switch n := strings.ToLower(name); {
	case strings.HasSuffix(n, ".gz"):
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil
		}
		r = zr
	case strings.HasSuffix(n, ".bz2"):
		r = bzip2.NewReader(bytes.NewReader(data))
	default:
		return data[:min(int64(len(data)), limit)]
	}
	out, _ := io.ReadAll(io.LimitReader(r, limit))
	return out
}

// parseFileHeader reads the headers of a FITS or XISF file.
func parseFileHeader(data []byte, isXISF bool) fileHeader {
	if isXISF || bytes.HasPrefix(data, []byte("XISF0100")) {
		return parseXISFHeader(data)
	}
	return parseFITSHeader(data)
}

// parseFITSHeader walks the HDUs of a FITS file (FITS Standard 4.0, §3–§4):
// 2880-byte blocks of 80-character cards ending with END, each header
// followed by its data, whose size the header gives.
func parseFITSHeader(data []byte) fileHeader {
	var out fileHeader
	pos := 0
	for len(out.hdus) < maxHDUs && pos < len(data) {
		cards, next, ok := readFITSCards(data, pos)
		if len(cards) == 0 {
			break
		}
		kv := fitsValues(cards)
		if len(out.hdus) == 0 && kv["SIMPLE"] == "" {
			break // not a FITS file
		}
		if len(out.hdus) > 0 && kv["XTENSION"] == "" {
			break // garbage after the last HDU
		}
		hdu := fitsHDU{index: len(out.hdus), cards: cards, name: kv["EXTNAME"]}
		if hdu.name == "" && hdu.index == 0 {
			hdu.name = "PRIMARY"
		}
		naxis, _ := strconv.Atoi(kv["NAXIS"])
		for i := range min(max(naxis, 0), 3) {
			hdu.dims[i], _ = strconv.Atoi(kv["NAXIS"+strconv.Itoa(i+1)])
			hdu.dims[i] = max(hdu.dims[i], 0)
		}
		switch x := strings.ToUpper(kv["XTENSION"]); {
		case hdu.index == 0 && naxis <= 0:
			hdu.dataType = "undef"
		case hdu.index == 0 || x == "IMAGE":
			hdu.dataType = "img"
		case x == "TABLE":
			hdu.dataType = "ascitab"
		case x == "BINTABLE":
			hdu.dataType = "bintab"
		default:
			hdu.dataType = "any"
		}
		if out.object == "" {
			out.object = kv["OBJECT"]
		}
		if out.date.IsZero() {
			out.date = fitsDate(kv["DATE-OBS"], kv["TIME-OBS"])
		}
		out.hdus = append(out.hdus, hdu)
		if !ok {
			break // header without END: the rest is not trustworthy
		}
		size, known := fitsDataSize(kv, naxis)
		if !known || size > int64(len(data)-next) {
			break
		}
		pos = next + int((size+fitsBlock-1)/fitsBlock*fitsBlock)
	}
	return out
}

// readFITSCards reads the cards of the header starting at pos, up to END
// (ok true) or the end of the data or maxHeaderBytes (ok false); next is
// the offset of the block after the header.
func readFITSCards(data []byte, pos int) (cards []string, next int, ok bool) {
	end := min(len(data), pos+maxHeaderBytes)
	for p := pos; p+fitsCard <= end; p += fitsCard {
		card := data[p : p+fitsCard]
		if !printable(card) {
			return cards, 0, false
		}
		kw := strings.TrimSpace(string(card[:8]))
		if kw == "END" {
			after := p + fitsCard - pos
			return cards, pos + (after+fitsBlock-1)/fitsBlock*fitsBlock, true
		}
		if line := strings.TrimRight(string(card), " "); line != "" {
			cards = append(cards, line)
		}
	}
	return cards, 0, false
}

// printable reports whether a card holds only the ASCII text FITS allows.
func printable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// fitsValues reads the value of each keyword card (the first occurrence):
// strings unquoted (” is a quote), others up to the comment.
func fitsValues(cards []string) map[string]string {
	kv := map[string]string{}
	for _, c := range cards {
		if len(c) < 10 || c[8:10] != "= " {
			continue
		}
		kw := strings.TrimSpace(c[:8])
		if _, seen := kv[kw]; seen {
			continue
		}
		kv[kw] = cardValue(c[10:])
	}
	return kv
}

func cardValue(s string) string {
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, "'") {
		v, _, _ := strings.Cut(s, "/")
		return strings.TrimSpace(v)
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] == '\'' {
			if i+1 < len(s) && s[i+1] == '\'' {
				b.WriteByte('\'')
				i++
				continue
			}
			break
		}
		b.WriteByte(s[i])
	}
	return strings.TrimRight(b.String(), " ") // trailing blanks are not significant (§4.2.1.1)
}

// fitsDataSize is the size in bytes of an HDU's data (FITS Standard §4.4.1):
// |BITPIX|/8 × GCOUNT × (PCOUNT + NAXIS1 × … × NAXISn), zero for NAXIS 0.
// known is false for values that are missing, negative or overflow.
func fitsDataSize(kv map[string]string, naxis int) (int64, bool) {
	if naxis <= 0 {
		return 0, true
	}
	if naxis > 999 {
		return 0, false
	}
	bitpix, err := strconv.Atoi(kv["BITPIX"])
	if err != nil || bitpix == 0 {
		return 0, false
	}
	first := 1
	if kv["NAXIS1"] == "0" && kv["GROUPS"] == "T" {
		first = 2 // random groups (§6): NAXIS1 = 0 is not a dimension
	}
	product := int64(1)
	for i := first; i <= naxis; i++ {
		n, err := strconv.ParseInt(kv["NAXIS"+strconv.Itoa(i)], 10, 64)
		if err != nil || n < 0 || (n > 0 && product > math.MaxInt64/n) {
			return 0, false
		}
		product *= n
	}
	pcount, gcount := int64(0), int64(1)
	if v, ok := kv["PCOUNT"]; ok {
		if pcount, err = strconv.ParseInt(v, 10, 64); err != nil || pcount < 0 {
			return 0, false
		}
	}
	if v, ok := kv["GCOUNT"]; ok {
		if gcount, err = strconv.ParseInt(v, 10, 64); err != nil || gcount < 0 {
			return 0, false
		}
	}
	bytesPer := int64(abs(bitpix) / 8)
	if product > math.MaxInt64-pcount {
		return 0, false
	}
	n := product + pcount
	if gcount > 0 && n > math.MaxInt64/gcount/max(bytesPer, 1) {
		return 0, false
	}
	return bytesPer * gcount * n, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// fitsDate reads DATE-OBS in the layouts FITS allows (ISO 8601 with or
// without time; the pre-2000 dd/mm/yy, §4.4.2.1), adding TIME-OBS when the
// date has no time of day. The zero time means none.
func fitsDate(date, tm string) time.Time {
	date = strings.TrimSpace(date)
	for _, layout := range []string{"2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, date); err == nil {
			return t.UTC()
		}
	}
	var day time.Time
	if t, err := time.Parse(time.DateOnly, date); err == nil {
		day = t
	} else if t, err := time.Parse("02/01/06", date); err == nil {
		day = t.AddDate(-100*btoi(t.Year() >= 2000), 0, 0) // two-digit years are 19yy
	} else {
		return time.Time{}
	}
	if t, err := time.Parse("15:04:05.999999999", strings.TrimSpace(tm)); err == nil {
		day = day.Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute +
			time.Duration(t.Second())*time.Second + time.Duration(t.Nanosecond()))
	}
	return day
}

// parseXISFHeader reads an XISF 1.0 monolithic file: the signature
// "XISF0100", the header length (uint32, little-endian), 4 reserved bytes,
// then the XML header, whose Image elements are the HDUs and whose
// FITSKeyword elements are the cards (XISF 1.0 specification, §8 and §11.5).
func parseXISFHeader(data []byte) fileHeader {
	var out fileHeader
	if len(data) < 16 || string(data[:8]) != "XISF0100" {
		return out
	}
	n := int64(binary.LittleEndian.Uint32(data[8:12]))
	xmlBytes := data[16:]
	if n < int64(len(xmlBytes)) {
		xmlBytes = xmlBytes[:n]
	}
	xmlBytes = xmlBytes[:min(len(xmlBytes), maxXISFHeader)]
	type keyword struct {
		Name    string `xml:"name,attr"`
		Value   string `xml:"value,attr"`
		Comment string `xml:"comment,attr"`
	}
	type image struct {
		ID       string    `xml:"id,attr"`
		Geometry string    `xml:"geometry,attr"`
		Keywords []keyword `xml:"FITSKeyword"`
	}
	// Decode element by element, so that a header cut short or broken
	// further on still yields the images before the damage.
	dec := xml.NewDecoder(bytes.NewReader(xmlBytes))
	dec.Strict = false
	for len(out.hdus) < maxHDUs {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Image" {
			continue
		}
		var img image
		if dec.DecodeElement(&img, &se) != nil {
			break
		}
		hdu := fitsHDU{index: len(out.hdus), name: img.ID, dataType: "img"}
		if hdu.name == "" && hdu.index == 0 {
			hdu.name = "PRIMARY"
		}
		for i, g := range strings.SplitN(img.Geometry, ":", 4) {
			if i < 3 {
				hdu.dims[i], _ = strconv.Atoi(strings.TrimSpace(g))
				hdu.dims[i] = max(hdu.dims[i], 0)
			}
		}
		kv := map[string]string{}
		for _, k := range img.Keywords[:min(len(img.Keywords), maxHeaderBytes/fitsCard)] {
			name := strings.ToUpper(strings.TrimSpace(k.Name))
			v := strings.TrimSpace(k.Value)
			hdu.cards = append(hdu.cards, xisfCard(name, v, k.Comment))
			if _, seen := kv[name]; !seen {
				kv[name] = cardValue(v)
			}
		}
		if out.object == "" {
			out.object = kv["OBJECT"]
		}
		if out.date.IsZero() {
			out.date = fitsDate(kv["DATE-OBS"], kv["TIME-OBS"])
		}
		out.hdus = append(out.hdus, hdu)
	}
	return out
}

// xisfCard renders a FITSKeyword element as a FITS card.
func xisfCard(name, value, comment string) string {
	card := name
	if len(card) < 8 {
		card += strings.Repeat(" ", 8-len(card))
	}
	if value != "" {
		card += "= " + value
	}
	if comment != "" {
		card += " / " + comment
	}
	return strings.TrimRight(card, " ")
}

// describeHeader records what the headers of an uploaded FITS or XISF file
// tell on its data file: header, hdus, target_name (unless the uploader gave
// one) and date (DATE-OBS, a Cloud-era member absent from the 2023 schema).
func (s *Server) describeHeader(rec record, filename string, data []byte) {
	isFITS, isXISF := fileKind(filename)
	if !isFITS && !isXISF {
		return
	}
	h := parseFileHeader(decompressed(filename, data, maxHDUs*maxHeaderBytes), isXISF)
	rec["header"] = h.header()
	hdus := make([]any, 0, len(h.hdus))
	for _, u := range h.hdus {
		stored := s.db.coll("hdus").insert(record{"name": u.name}, pkID) // unique ids for the HDUs
		hdus = append(hdus, map[string]any{
			"pk": stored["pk"], "name": u.name, "index": u.index,
			"dimension_x": u.dims[0], "dimension_y": u.dims[1], "dimension_z": u.dims[2],
			"data_type": u.dataType, "header_string": strings.Join(u.cards, "\n"),
			"small_preview_size": 0, "small_preview": nil,
		})
	}
	rec["hdus"] = hdus
	if str(rec["target_name"]) == "" && h.object != "" {
		rec["target_name"] = h.object
	}
	if !h.date.IsZero() {
		rec["date"] = h.date.UTC().Format(dateTimeLayout)
	}
}
