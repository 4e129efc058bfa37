package model

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlug is the longest id derived from a title.
const maxSlug = 40

// Slug derives a readable id from a title: lower-case words joined by hyphens,
// accents dropped, cut at a word boundary ("Joint offensive with the army" →
// "joint-offensive-with-the-army").
func Slug(title string) string {
	var b strings.Builder
	pendingHyphen := false
	for _, r := range norm.NFKD.String(title) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if pendingHyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingHyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			pendingHyphen = true
		}
	}
	s := b.String()
	if len(s) > maxSlug {
		s = s[:maxSlug]
		if i := strings.LastIndexByte(s, '-'); i > maxSlug/2 {
			s = s[:i]
		}
		s = strings.TrimRight(s, "-")
	}
	if s == "" {
		s = "activity"
	}
	return s
}

// AssignIDs gives every activity without an id one derived from its title,
// unique within the worksheet.
func AssignIDs(w *Worksheet) {
	var taken map[string]bool
	for _, a := range w.Activities {
		if a.ID != "" {
			continue
		}
		if taken == nil {
			taken = make(map[string]bool, len(w.Activities))
			for _, b := range w.Activities {
				if b.ID != "" {
					taken[b.ID] = true
				}
			}
		}
		a.ID = UniqueID(Slug(a.Title), taken)
		taken[a.ID] = true
	}
}

// UniqueID returns base, or base-2, base-3 ... whichever is not taken.
func UniqueID(base string, taken map[string]bool) string {
	if !taken[base] {
		return base
	}
	for i := 2; ; i++ {
		id := base + "-" + strconv.Itoa(i)
		if !taken[id] {
			return id
		}
	}
}
