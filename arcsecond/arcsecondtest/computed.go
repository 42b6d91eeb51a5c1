package arcsecondtest

import (
	"crypto/md5"
	"encoding/hex"
	"strings"
)

// Members of answers that the server computes rather than stores, so that
// records created through the API answer with every member their schema
// requires.

// gravatar is the avatar URL of an e-mail address, as Gravatar serves it
// (https://docs.gravatar.com/api/avatars/hash/: MD5 of the trimmed,
// lower-cased address), with generated identicons for unknown addresses.
func gravatar(email string) string {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email))))
	return "https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:]) + "?d=identicon"
}

// viewIndexed numbers observations and calibrations within their night log
// (index, from 0, in creation order), and points them to no data file until
// one is attached.
func viewIndexed(name string) func(c *call, rec record) {
	return func(c *call, rec record) {
		if _, ok := rec["index"]; ok {
			return
		}
		log := str(rec["night_log"])
		i := 0
		for _, r := range c.s.db.coll(name).snapshot(func(r record) bool { return str(r["night_log"]) == log }) {
			if str(r["uuid"]) == str(rec["uuid"]) {
				break
			}
			i++
		}
		rec["index"] = i
	}
}

// viewInvitation dates an invitation (date_accepted is read-only and always
// present in the 2023 schema: the server stamps it at creation).
func viewInvitation(c *call, rec record) {
	if _, ok := rec["date_accepted"]; !ok {
		rec["date_accepted"] = stamp(c, rec)
	}
}

// viewBeta dates a beta registration.
func viewBeta(c *call, rec record) {
	if _, ok := rec["date"]; !ok {
		rec["date"] = stamp(c, rec)
	}
}

// viewPeriod counts the proposals of an observing period (none are kept).
func viewPeriod(_ *call, rec record) {
	if _, ok := rec["proposals_count"]; !ok {
		rec["proposals_count"] = 0
	}
}

// viewDataPackage counts the datasets of a data package and their files.
func viewDataPackage(c *call, rec record) {
	datasets, _ := rec["datasets"].([]any)
	files, volume := 0, 0
	for _, d := range datasets {
		_, fs := c.s.children("datafiles", "dataset", d, "pk")
		files += len(fs)
		for _, f := range fs {
			n, _ := intOf(f["size"])
			volume += n
		}
	}
	rec["datasets_count"], rec["data_files_count"], rec["data_files_volume"] = len(datasets), files, volume
}

// viewSubscription gives an activity subscription its counters.
func viewSubscription(c *call, rec record) {
	if _, ok := rec["emails_sent"]; !ok {
		rec["emails_sent"] = 0
	}
	if _, ok := rec["is_active"]; !ok {
		rec["is_active"] = true
	}
	if _, ok := rec["date_created"]; !ok {
		rec["date_created"] = stamp(c, rec)
	}
}

// stamp is the record's creation date, or now.
func stamp(c *call, rec record) string {
	for _, k := range []string{"creation_date", "date_created"} {
		if v := str(rec[k]); v != "" {
			return v
		}
	}
	return c.s.now().Format(dateTimeLayout)
}
