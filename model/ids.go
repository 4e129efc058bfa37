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
	var ids *IDSet
	for _, a := range w.Activities {
		if a.ID != "" {
			continue
		}
		if ids == nil {
			ids = NewIDSet(len(w.Activities))
			for _, b := range w.Activities {
				if b.ID != "" {
					ids.Take(b.ID)
				}
			}
		}
		a.ID = ids.Derive(Slug(a.Title))
	}
}

// UniqueID returns base, or base-2, base-3 ... whichever is not taken. It tries
// the numbers from 2 on every call: for many ids from one base use an IDSet.
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

// IDSet hands out unique ids. It remembers, for each base, the number it tried
// last, so that deriving n ids from one title takes time linear in n (a
// worksheet of thousands of activities titled alike stays fast to read).
type IDSet struct {
	taken map[string]bool
	next  map[string]int
}

// NewIDSet returns an empty set with room for about n ids.
func NewIDSet(n int) *IDSet {
	return &IDSet{taken: make(map[string]bool, n), next: map[string]int{}}
}

// Take marks id as used.
func (s *IDSet) Take(id string) { s.taken[id] = true }

// Taken reports whether id is used.
func (s *IDSet) Taken(id string) bool { return s.taken[id] }

// Derive returns base, or base-2, base-3 ... whichever is not taken, as
// UniqueID does, and marks it used.
func (s *IDSet) Derive(base string) string {
	id := base
	if s.taken[id] {
		i := max(s.next[base], 2)
		for ; ; i++ {
			id = base + "-" + strconv.Itoa(i)
			if !s.taken[id] {
				break
			}
		}
		s.next[base] = i + 1
	}
	s.taken[id] = true
	return id
}
