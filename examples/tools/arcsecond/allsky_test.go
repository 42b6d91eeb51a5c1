package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// tiffBlock builds an EXIF block (TIFF, in byte order bo) holding
// DateTimeOriginal and, if not empty, SubSecTimeOriginal and
// OffsetTimeOriginal, in an Exif IFD that IFD0 points to.
func tiffBlock(bo binary.ByteOrder, dto, subsec, offset string) []byte {
	type entry struct {
		tag uint16
		val string
	}
	exif := []entry{{tagDateTimeOriginal, dto + "\x00"}}
	if offset != "" {
		exif = append(exif, entry{tagOffsetTimeOriginal, offset + "\x00"})
	}
	if subsec != "" {
		exif = append(exif, entry{tagSubSecTimeOriginal, subsec + "\x00"})
	}
	var b bytes.Buffer
	if bo == binary.LittleEndian {
		b.WriteString("II")
	} else {
		b.WriteString("MM")
	}
	put16 := func(v uint16) { binary.Write(&b, bo, v) }
	put32 := func(v uint32) { binary.Write(&b, bo, v) }
	put16(42)
	put32(8)
	// IFD0: one entry, the Exif IFD pointer (LONG), at 8.
	put16(1)
	exifAt := uint32(8 + 2 + 12 + 4)
	put16(tagExifIFD)
	put16(4)
	put32(1)
	put32(exifAt)
	put32(0)
	// Exif IFD, its values after it.
	dataAt := exifAt + 2 + uint32(len(exif))*12 + 4
	put16(uint16(len(exif)))
	var data bytes.Buffer
	for _, e := range exif {
		put16(e.tag)
		put16(2)
		put32(uint32(len(e.val)))
		if len(e.val) <= 4 {
			v := []byte(e.val + "\x00\x00\x00\x00")[:4]
			b.Write(v)
		} else {
			put32(dataAt + uint32(data.Len()))
			data.WriteString(e.val)
		}
	}
	put32(0)
	b.Write(data.Bytes())
	return b.Bytes()
}

func jpegWithExif(tiff []byte) []byte {
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xD8})
	b.Write([]byte{0xFF, 0xE0, 0, 16}) // a JFIF APP0 first, as cameras write
	b.WriteString("JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
	seg := append([]byte("Exif\x00\x00"), tiff...)
	b.Write([]byte{0xFF, 0xE1})
	binary.Write(&b, binary.BigEndian, uint16(len(seg)+2))
	b.Write(seg)
	b.Write([]byte{0xFF, 0xDA, 0, 2, 1, 2, 3, 0xFF, 0xD9})
	return b.Bytes()
}

func pngChunk(typ string, data []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, uint32(len(data)))
	b.WriteString(typ)
	b.Write(data)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	return b.Bytes()
}

func pngWith(chunks ...[]byte) []byte {
	b := []byte("\x89PNG\r\n\x1a\n")
	b = append(b, pngChunk("IHDR", []byte{0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0})...)
	for _, c := range chunks {
		b = append(b, c...)
	}
	b = append(b, pngChunk("IDAT", bytes.Repeat([]byte{1}, 5000))...)
	return append(b, pngChunk("IEND", nil)...)
}

func TestImageTimes(t *testing.T) {
	dir := t.TempDir()
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mtime := time.Date(2026, 11, 28, 1, 2, 3, 0, time.UTC)
	noise := write("noise.png", []byte("not an image"))
	os.Chtimes(noise, mtime, mtime)
	fits := filepath.Join(dir, "sky.fits")
	writeFITS(t, fits, 10, "DATE-OBS= '2026-11-27'           / date\nTIME-OBS= '23:15:00.5'")
	mjd := filepath.Join(dir, "sky2.fit")
	writeFITS(t, mjd, 10, "MJD-OBS =        61371.5 / 2026-11-27T12:00")
	tIME := []byte{0x07, 0xEA, 11, 27, 23, 17, 30}
	for _, c := range []struct {
		path   string
		zone   *time.Location
		want   time.Time
		source string
	}{
		{write("ii.jpg", jpegWithExif(tiffBlock(binary.LittleEndian, "2026:11:27 23:14:05", "25", "+01:00"))), time.UTC,
			time.Date(2026, 11, 27, 22, 14, 5, 250e6, time.UTC), timeFromMetadata},
		{write("mm.JPEG", jpegWithExif(tiffBlock(binary.BigEndian, "2026:11:27 23:14:06", "", ""))), time.UTC,
			time.Date(2026, 11, 27, 23, 14, 6, 0, time.UTC), timeFromMetadata},
		{write("zone.jpg", jpegWithExif(tiffBlock(binary.BigEndian, "2026:11:27 23:14:06", "", ""))), paris,
			time.Date(2026, 11, 27, 22, 14, 6, 0, time.UTC), timeFromMetadata},
		{write("exif.png", pngWith(pngChunk("eXIf", tiffBlock(binary.LittleEndian, "2026:11:27 23:16:00", "", "")))), time.UTC,
			time.Date(2026, 11, 27, 23, 16, 0, 0, time.UTC), timeFromMetadata},
		{write("text.png", pngWith(pngChunk("tEXt", []byte("Creation Time\x002026-11-27T23:16:30Z")), pngChunk("tIME", tIME))), time.UTC,
			time.Date(2026, 11, 27, 23, 16, 30, 0, time.UTC), timeFromMetadata},
		{write("time.png", pngWith(pngChunk("tIME", tIME))), time.UTC, time.Date(2026, 11, 27, 23, 17, 30, 0, time.UTC), timeFromMetadata},
		{fits, time.UTC, time.Date(2026, 11, 27, 23, 15, 0, 500e6, time.UTC), timeFromMetadata},
		{mjd, time.UTC, time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC), timeFromMetadata},
		{write("allsky_20261127_231800.jpg", []byte("truncated")), time.UTC, time.Date(2026, 11, 27, 23, 18, 0, 0, time.UTC), timeFromName},
		{write("2026-11-27T23-19-00.png", pngWith()), time.UTC, time.Date(2026, 11, 27, 23, 19, 0, 0, time.UTC), timeFromName},
		{noise, time.UTC, mtime, timeFromMTime},
	} {
		got, source, err := imageTime(c.path, c.zone)
		if err != nil || !got.Equal(c.want) || source != c.source {
			t.Errorf("%s: %v from its %s (%v), want %v from its %s", filepath.Base(c.path), got, source, err, c.want, c.source)
		}
	}
	for _, name := range []string{"img_20261345_250000.jpg", "12345678901234.jpg", "frame.jpg"} {
		if got, ok := nameTime(name); ok {
			t.Errorf("nameTime(%q) = %v, want none", name, got)
		}
	}
}

// FuzzImageMetadata feeds hostile bytes to the metadata readers: they may
// fail, never panic, loop or allocate without bound.
func FuzzImageMetadata(f *testing.F) {
	f.Add(jpegWithExif(tiffBlock(binary.LittleEndian, "2026:11:27 23:14:05", "25", "+01:00")))
	f.Add(jpegWithExif([]byte("MM\x00\x2a\xff\xff\xff\xff")))
	f.Add(pngWith(pngChunk("eXIf", tiffBlock(binary.BigEndian, "2026:11:27 23:16:00", "", ""))))
	f.Add([]byte("SIMPLE  =                    T"))
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		for _, name := range []string{"x.jpg", "x.png", "x.fits"} {
			p := filepath.Join(dir, name)
			os.WriteFile(p, b, 0o600)
			metadataTime(p, time.UTC)
		}
		exifTime(b, time.UTC)
	})
}

func TestAllskyUpload(t *testing.T) {
	srv := newServer(t)
	vera := login(t, srv, srv.UserWithRole("member").Username, "upload")
	org := arcsecondtest.SeedOrganisation
	admin, _ := srv.ClientAs(srv.UserWithRole("admin").Username, arcsecond.WithOrganisation(org))
	ctx := context.Background()
	req, err := admin.NewRequest(ctx, "POST", org+"/allskycameras/", map[string]any{"name": "Dome cam"})
	if err != nil {
		t.Fatal(err)
	}
	var cam arcsecond.AllSkyCamera
	if _, err := admin.Do(req, &cam); err != nil || cam.UUID == "" {
		t.Fatalf("creating a camera: %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.jpg"), jpegWithExif(tiffBlock(binary.LittleEndian, "2026:11:27 23:14:05", "", "")), 0o600)
	os.WriteFile(filepath.Join(dir, "20261127_231500.png"), pngWith(), 0o600)
	writeFITS(t, filepath.Join(dir, "c.fits"), 100, "DATE-OBS= '2026-11-27T23:16:00.125'")
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o600)
	os.WriteFile(filepath.Join(dir, ".d.jpg"), []byte("x"), 0o600)

	r := cli(t, "allsky", "upload", dir, "-c", cam.UUID, "-p", org, "-o", "json")
	var sum allskySummary
	if r.code != 0 || json.Unmarshal([]byte(r.out), &sum) != nil || len(sum.Uploaded) != 3 {
		t.Fatalf("allsky upload: %+v", r)
	}
	images := map[float64]bool{}
	for img, err := range admin.AllSkyCameras.Images(cam.UUID).All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		images[img.UTCTimestamp] = true
		if img.Camera != cam.UUID {
			t.Errorf("image of camera %q", img.Camera)
		}
	}
	for _, want := range []time.Time{
		time.Date(2026, 11, 27, 23, 14, 5, 0, time.UTC),
		time.Date(2026, 11, 27, 23, 15, 0, 0, time.UTC),
		time.Date(2026, 11, 27, 23, 16, 0, 125e6, time.UTC),
	} {
		ts := float64(want.UnixNano()) / 1e9
		if !images[ts] && !images[math.Round(ts*1000)/1000] {
			t.Errorf("no image at %v (%v); the server has %v", want, ts, images)
		}
	}
	// Rerun through a symbolic link to the folder: the same images.
	link := filepath.Join(t.TempDir(), "tonight")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	r = cli(t, "allsky", "upload", link, "-c", cam.UUID, "-p", org)
	if r.code != 0 || !strings.Contains(r.out, "0 uploaded, 3 skipped (sent before), 0 failed") {
		t.Errorf("rerun: %+v", r)
	}
	// Unknown camera; not a uuid; a camera of the organisation asked for personally.
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"allsky", "upload", dir, "-c", "00000000-0000-4000-8000-000000000000", "-p", org}, 4, "is not among " + org + "'s all-sky cameras"},
		{[]string{"allsky", "upload", dir, "-c", "dome"}, 2, "not a camera uuid"},
		{[]string{"allsky", "upload", dir}, 2, "-c needs"},
		{[]string{"allsky", "upload", dir, "-c", cam.UUID, "--exif-tz", "Mars/Olympus"}, 2, "--exif-tz"},
		{[]string{"allsky", "upload", dir, "-c", cam.UUID}, 4, "is not among your all-sky cameras"},
	} {
		r := cli(t, c.args...)
		if r.code != c.code || !strings.Contains(r.errOut, c.msg) {
			t.Errorf("%q: exit %d %q, want %d and %q", c.args, r.code, r.errOut, c.code, c.msg)
		}
	}
	_ = vera
}

func TestAllskyWatch(t *testing.T) {
	srv := newServer(t)
	carl := srv.UserWithRole("")
	login(t, srv, carl.Username, "access")
	c, _ := srv.ClientAs(carl.Username)
	ctx := context.Background()
	req, _ := c.NewRequest(ctx, "POST", "allskycameras/", map[string]any{"name": "Backyard"})
	var cam arcsecond.AllSkyCamera
	if _, err := c.Do(req, &cam); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	stop := watchRun(t, "allsky", "upload", dir, "-c", cam.UUID, "--watch", "--settle", "200ms")
	count := func() int {
		n := 0
		for _, err := range c.AllSkyCameras.Images(cam.UUID).All(ctx, nil) {
			if err == nil {
				n++
			}
		}
		return n
	}
	for i := range 3 { // one image a "minute"
		name := filepath.Join(dir, time.Date(2026, 11, 27, 23, i, 0, 0, time.UTC).Format("20060102_150405")+".jpg")
		os.WriteFile(name, []byte("jpeg"), 0o600)
		deadline := time.Now().Add(10 * time.Second)
		for count() < i+1 && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
	}
	r := stop()
	if n := count(); n != 3 || r.code != 0 || !strings.Contains(r.out, "3 uploaded") {
		t.Errorf("watch: %d images, %+v", n, r)
	}
}
