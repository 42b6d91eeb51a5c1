package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The UTC time an all-sky image was taken, from (in that order) its
// metadata, its file name, its modification time:
//   - JPEG: EXIF DateTimeOriginal (SubSecTimeOriginal, OffsetTimeOriginal
//     when present; without an offset the time is in exifZone, UTC unless
//     --exif-tz says otherwise), else EXIF DateTime;
//   - PNG: an eXIf chunk as above, else a tEXt "Creation Time", else tIME
//     (UTC by the PNG specification);
//   - FITS (also .fits.gz): DATE-OBS (with TIME-OBS when DATE-OBS holds
//     only a date, or the old dd/mm/yy form), else MJD-OBS; UTC.
// Every reader is bounded (a few MiB at most) and refuses what does not
// parse: a hostile file costs an error, not memory or time.

// Sources of an image's time, as allsky upload reports them.
const (
	timeFromMetadata = "metadata"
	timeFromName     = "file name"
	timeFromMTime    = "modification time"
)

// imageTime returns the time the image at path was taken and where it
// came from.
func imageTime(path string, exifZone *time.Location) (time.Time, string, error) {
	t, err := metadataTime(path, exifZone)
	if err == nil {
		return t.UTC(), timeFromMetadata, nil
	}
	if t, ok := nameTime(filepath.Base(path)); ok {
		return t, timeFromName, nil
	}
	info, serr := os.Stat(path)
	if serr != nil {
		return time.Time{}, "", serr
	}
	return info.ModTime().UTC(), timeFromMTime, nil
}

// allskyExtensions are the image files allsky upload sends.
func isAllSkyImage(name string) bool {
	n := strings.ToLower(name)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".fits", ".fit", ".fts", ".fits.gz", ".fit.gz", ".fts.gz"} {
		if strings.HasSuffix(n, ext) {
			return true
		}
	}
	return false
}

var errNoTime = errors.New("no time in the image's metadata")

func metadataTime(path string, exifZone *time.Location) (time.Time, error) {
	f, err := os.Open(path)
	if err != nil {
		return time.Time{}, err
	}
	defer f.Close()
	n := strings.ToLower(path)
	switch {
	case strings.HasSuffix(n, ".jpg") || strings.HasSuffix(n, ".jpeg"):
		return jpegTime(bufio.NewReader(f), exifZone)
	case strings.HasSuffix(n, ".png"):
		return pngTime(bufio.NewReader(f), exifZone)
	case strings.HasSuffix(n, ".gz"):
		z, err := gzip.NewReader(f)
		if err != nil {
			return time.Time{}, err
		}
		defer z.Close()
		return fitsTime(z)
	default:
		return fitsTime(f)
	}
}

// jpegTime reads the EXIF segment (APP1) among the JPEG's first segments.
func jpegTime(r *bufio.Reader, zone *time.Location) (time.Time, error) {
	var soi [2]byte
	if _, err := io.ReadFull(r, soi[:]); err != nil || soi != [2]byte{0xFF, 0xD8} {
		return time.Time{}, errors.New("not a JPEG file")
	}
	for range 64 { // segments before the image data
		var hdr [4]byte
		if _, err := io.ReadFull(r, hdr[:2]); err != nil {
			return time.Time{}, err
		}
		for hdr[1] == 0xFF { // fill bytes
			b, err := r.ReadByte()
			if err != nil {
				return time.Time{}, err
			}
			hdr[1] = b
		}
		if hdr[0] != 0xFF {
			return time.Time{}, errors.New("malformed JPEG segment")
		}
		marker := hdr[1]
		if marker == 0xDA || marker == 0xD9 { // start of scan, end of image
			break
		}
		if _, err := io.ReadFull(r, hdr[2:]); err != nil {
			return time.Time{}, err
		}
		size := int(binary.BigEndian.Uint16(hdr[2:])) - 2
		if size < 0 {
			return time.Time{}, errors.New("malformed JPEG segment length")
		}
		if marker != 0xE1 {
			if _, err := r.Discard(size); err != nil {
				return time.Time{}, err
			}
			continue
		}
		seg := make([]byte, size) // at most 64 KiB
		if _, err := io.ReadFull(r, seg); err != nil {
			return time.Time{}, err
		}
		if tiff, ok := bytes.CutPrefix(seg, []byte("Exif\x00\x00")); ok {
			return exifTime(tiff, zone)
		}
	}
	return time.Time{}, errNoTime
}

// EXIF tags read.
const (
	tagDateTime           = 0x0132
	tagExifIFD            = 0x8769
	tagDateTimeOriginal   = 0x9003
	tagOffsetTimeOriginal = 0x9011
	tagSubSecTimeOriginal = 0x9291
)

// exifTime reads DateTimeOriginal from a TIFF structure (the EXIF block).
func exifTime(tiff []byte, zone *time.Location) (time.Time, error) {
	if len(tiff) < 8 {
		return time.Time{}, errors.New("EXIF block too short")
	}
	var bo binary.ByteOrder
	switch string(tiff[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return time.Time{}, errors.New("EXIF block has no byte order")
	}
	ifd0 := readIFD(tiff, bo, bo.Uint32(tiff[4:]))
	tags := map[uint16]string{}
	if v, ok := ifd0[tagDateTime]; ok {
		tags[tagDateTime] = v
	}
	if off, ok := ifd0[tagExifIFD]; ok && len(off) == 4 {
		for k, v := range readIFD(tiff, bo, bo.Uint32([]byte(off))) {
			tags[k] = v
		}
	}
	s := asciiValue(tags[tagDateTimeOriginal])
	if s == "" {
		s = asciiValue(tags[tagDateTime])
	}
	if s == "" {
		return time.Time{}, errNoTime
	}
	t, err := time.ParseInLocation("2006:01:02 15:04:05", s, zone)
	if err != nil {
		return time.Time{}, fmt.Errorf("EXIF date %q: %w", s, err)
	}
	if off := asciiValue(tags[tagOffsetTimeOriginal]); off != "" {
		if o, err := time.Parse("-07:00", off); err == nil {
			_, secs := o.Zone()
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.FixedZone(off, secs))
		}
	}
	if sub := asciiValue(tags[tagSubSecTimeOriginal]); sub != "" && len(sub) <= 9 {
		if n, err := strconv.Atoi(sub); err == nil && n >= 0 {
			t = t.Add(time.Duration(n) * time.Duration(math.Pow10(9-len(sub))))
		}
	}
	return t, nil
}

// readIFD returns the raw values of the entries of the IFD at off (ASCII
// and LONG values only, which is all exifTime needs; LONGs in the block's
// byte order), bounds-checked.
func readIFD(tiff []byte, bo binary.ByteOrder, off uint32) map[uint16]string {
	out := map[uint16]string{}
	if uint64(off)+2 > uint64(len(tiff)) {
		return out
	}
	n := int(bo.Uint16(tiff[off:]))
	for i := range n {
		e := uint64(off) + 2 + uint64(i)*12
		if e+12 > uint64(len(tiff)) {
			break
		}
		tag, typ, count := bo.Uint16(tiff[e:]), bo.Uint16(tiff[e+2:]), uint64(bo.Uint32(tiff[e+4:]))
		var size uint64
		switch typ {
		case 2: // ASCII
			size = count
		case 4: // LONG
			size = 4 * count
		default:
			continue
		}
		var val []byte
		if size <= 4 {
			val = tiff[e+8 : e+8+size]
		} else {
			p := uint64(bo.Uint32(tiff[e+8:]))
			if p+size > uint64(len(tiff)) {
				continue
			}
			val = tiff[p : p+size]
		}
		out[tag] = string(val)
	}
	return out
}

func asciiValue(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// pngTime reads the PNG's chunks up to the end, skipping image data.
func pngTime(r *bufio.Reader, zone *time.Location) (time.Time, error) {
	var sig [8]byte
	if _, err := io.ReadFull(r, sig[:]); err != nil || string(sig[:]) != "\x89PNG\r\n\x1a\n" {
		return time.Time{}, errors.New("not a PNG file")
	}
	var text, tIME time.Time
	for range 100000 {
		var hdr [8]byte
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			break
		}
		size, typ := binary.BigEndian.Uint32(hdr[:4]), string(hdr[4:])
		if size > 1<<31 {
			return time.Time{}, errors.New("malformed PNG chunk")
		}
		small := typ == "eXIf" || typ == "tEXt" || typ == "tIME"
		if !small || size > 1<<20 {
			if typ == "IEND" {
				break
			}
			if _, err := r.Discard(int(size) + 4); err != nil {
				break
			}
			continue
		}
		data := make([]byte, size+4) // and the CRC
		if _, err := io.ReadFull(r, data); err != nil {
			break
		}
		data = data[:size]
		switch typ {
		case "eXIf":
			if t, err := exifTime(data, zone); err == nil {
				return t, nil
			}
		case "tEXt":
			if key, val, ok := bytes.Cut(data, []byte{0}); ok && string(key) == "Creation Time" && text.IsZero() {
				for _, layout := range []string{time.RFC3339Nano, time.RFC1123Z, time.RFC1123, "2006:01:02 15:04:05", "2006-01-02 15:04:05"} {
					if t, err := time.ParseInLocation(layout, strings.TrimSpace(string(val)), zone); err == nil {
						text = t
						break
					}
				}
			}
		case "tIME":
			if len(data) == 7 {
				tIME = time.Date(int(binary.BigEndian.Uint16(data)), time.Month(data[2]), int(data[3]), int(data[4]), int(data[5]), int(data[6]), 0, time.UTC)
			}
		}
	}
	switch {
	case !text.IsZero():
		return text, nil
	case !tIME.IsZero():
		return tIME, nil
	}
	return time.Time{}, errNoTime
}

// fitsTime reads the primary header's DATE-OBS (and TIME-OBS), or MJD-OBS.
func fitsTime(r io.Reader) (time.Time, error) {
	cards := map[string]string{}
	block := make([]byte, 2880)
	for range 100 { // 100 header blocks: 3600 cards
		if _, err := io.ReadFull(r, block); err != nil {
			return time.Time{}, fmt.Errorf("not a FITS file: %w", err)
		}
		if len(cards) == 0 && !bytes.HasPrefix(block, []byte("SIMPLE  =")) {
			return time.Time{}, errors.New("not a FITS file")
		}
		end := false
		for i := 0; i < 2880; i += 80 {
			card := string(block[i : i+80])
			key := strings.TrimSpace(card[:8])
			if key == "END" {
				end = true
				break
			}
			if card[8:10] == "= " {
				cards[key] = fitsValue(card[10:])
			}
		}
		if end {
			return fitsCardsTime(cards)
		}
	}
	return time.Time{}, errors.New("FITS header without END")
}

// fitsValue is a card's value: a quoted string (” for ') or a number.
func fitsValue(v string) string {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "'") {
		var b strings.Builder
		for i := 1; i < len(v); i++ {
			if v[i] == '\'' {
				if i+1 < len(v) && v[i+1] == '\'' {
					b.WriteByte('\'')
					i++
					continue
				}
				break
			}
			b.WriteByte(v[i])
		}
		return strings.TrimSpace(b.String())
	}
	if i := strings.IndexByte(v, '/'); i >= 0 {
		v = v[:i]
	}
	return strings.TrimSpace(v)
}

func fitsCardsTime(cards map[string]string) (time.Time, error) {
	d := cards["DATE-OBS"]
	if d != "" {
		for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05.999999999Z"} {
			if t, err := time.ParseInLocation(layout, d, time.UTC); err == nil {
				return t, nil
			}
		}
		day, err := time.ParseInLocation("2006-01-02", d, time.UTC)
		if err != nil {
			day, err = time.ParseInLocation("02/01/06", d, time.UTC) // before 2000, FITS's old form
		}
		if err == nil {
			for _, key := range []string{"TIME-OBS", "UT", "UTC-OBS"} {
				if tod, ok := parseTimeOfDay(cards[key]); ok {
					return day.Add(tod), nil
				}
			}
			return day, nil
		}
	}
	if mjd, err := strconv.ParseFloat(cards["MJD-OBS"], 64); err == nil && mjd > 0 && mjd < 1e6 {
		return time.Date(1858, 11, 17, 0, 0, 0, 0, time.UTC).Add(time.Duration(mjd * 86400 * 1e9)), nil
	}
	return time.Time{}, errNoTime
}

func parseTimeOfDay(s string) (time.Duration, bool) {
	t, err := time.Parse("15:04:05.999999999", s)
	if err != nil {
		return 0, false
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute + time.Duration(t.Second())*time.Second + time.Duration(t.Nanosecond()), true
}

// nameRE finds a date and time in a file name: 2026-11-27T23-14-05,
// 20261127_231405, 2026_11_27__23_14_05, image-20261127231405.jpg …
var nameRE = regexp.MustCompile(`(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})[-_.T ]{0,2}(\d{2})[-_.:h]?(\d{2})[-_.:m]?(\d{2})`)

// nameTime reads a UTC date and time from a file name.
func nameTime(name string) (time.Time, bool) {
	m := nameRE.FindStringSubmatch(name)
	if m == nil {
		return time.Time{}, false
	}
	n := make([]int, 6)
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	t := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.UTC)
	if n[0] < 1990 || n[0] > 2200 || t.Month() != time.Month(n[1]) || t.Day() != n[2] || t.Hour() != n[3] || t.Minute() != n[4] || t.Second() != n[5] {
		return time.Time{}, false // 20261345... is not a date
	}
	return t, true
}
