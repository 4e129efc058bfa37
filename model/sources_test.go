package model

import (
	"slices"
	"testing"
)

// sourcesOf are the sources of one activity of each document, paragraph 4.
func sourcesOf(docs ...string) Sources {
	acts := make([]*Activity, len(docs))
	for i, d := range docs {
		acts[i] = &Activity{Source: Source{Document: d, Ref: "4"}}
	}
	return SourcesOf(acts)
}

// A resolution is named by its number wherever the worksheet holds another
// document, also one without a number, as the case library: "D1" and
// "D2·4", which no screen explained, stood for "Case library" and
// "1927·4" once the demo imported S/RES/1927 (2010).
func TestSourcesNameEachDocumentByWhatItIs(t *testing.T) {
	for _, c := range []struct {
		docs, names []string
		ref         string // the last document's paragraph 4
	}{
		{[]string{"Case library", "S/RES/1927 (2010)"}, []string{"Case library", "1927"}, "1927·4"},
		{[]string{"S/RES/1892 (2009)", "S/RES/1794 (2007)"}, []string{"1892", "1794"}, "1794·4"},
		{[]string{"S/RES/1927 (2010)", "Concept  of\noperations"}, []string{"1927", "Concept of operations"}, "Concept of operations·4"},
		// Two documents numbered alike are told apart by their whole names.
		{[]string{"S/RES/1927 (2010)", "S/PRST/1927"}, []string{"S/RES/1927 (2010)", "S/PRST/1927"}, "S/PRST/1927·4"},
	} {
		s := sourcesOf(c.docs...)
		if got := s.ShortNames(); !slices.Equal(got, c.names) {
			t.Errorf("%q are named %q, want %q", c.docs, got, c.names)
		}
		last := &Activity{Source: Source{Document: c.docs[len(c.docs)-1], Ref: "4"}}
		if got := s.Ref(last); got != c.ref {
			t.Errorf("%q: paragraph 4 of the last is %q, want %q", c.docs, got, c.ref)
		}
	}
}

// A worksheet's heading lists each document once: the demo's mandate field,
// "Cases from the chapter", names the case library in its own words, and
// the import of S/RES/1927 (2010) added that; "Case library" was listed
// after both as a third mandate.
func TestHeadingListsEachDocumentOnce(t *testing.T) {
	for _, c := range []struct {
		mandate string
		docs    []string
		want    string
	}{
		{"Cases from the chapter, S/RES/1927 (2010)", []string{"Case library", "S/RES/1927 (2010)"}, "Cases from the chapter, S/RES/1927 (2010)"},
		// A field written before an import kept it up to date gets the
		// documents it does not name, after the one it names in its words.
		{"Darfur mandate", []string{"S/RES/1881 (2009)", "S/RES/2070 (2012)"}, "Darfur mandate, S/RES/2070 (2012)"},
		{"S/RES/1881 (2009)", []string{"S/RES/1881 (2009)", "S/RES/2070 (2012)"}, "S/RES/1881 (2009), S/RES/2070 (2012)"},
		{"", []string{"S/RES/1881 (2009)", "S/RES/2070 (2012)"}, "S/RES/1881 (2009), S/RES/2070 (2012)"},
	} {
		h := HeadingOf("", c.mandate, sourcesOf(c.docs...))
		if h.Mandate != c.want || h.MandateLabel != "Mandates" {
			t.Errorf("%q of %q: %s: %q, want Mandates: %q", c.mandate, c.docs, h.MandateLabel, h.Mandate, c.want)
		}
	}
}
