package model

import (
	"slices"
	"strings"
	"unicode"
)

// Sources names the source documents a worksheet's activities were read
// from, each by a short name, so that a paragraph reference can say which
// document it numbers where a worksheet holds more than one: a resolution
// by its number ("1881" for "S/RES/1881 (2009)"), a document without one
// by its own name ("Case library"), which says what it is where no legend
// is at hand. The zero value is a worksheet of one document (or none): its
// references stay as they are.
type Sources struct {
	docs  []string          // in the order the activities first cite them
	short map[string]string // each document's short name, when several
}

// SourcesOf gathers the source documents of acts.
func SourcesOf(acts []*Activity) Sources {
	var s Sources
	for _, a := range acts {
		s.Add(a)
	}
	s.Finish()
	return s
}

// Add gathers the source document of a, for a pass that reads the
// activities one at a time; Finish names them once all are added.
func (s *Sources) Add(a *Activity) {
	d := strings.TrimSpace(a.Source.Document)
	if d == "" || slices.Contains(s.docs, d) {
		return
	}
	s.docs = append(s.docs, d)
}

// Finish gives each document its short name, once every activity is added.
// Where two documents would share one (two documents numbered alike), each
// is named in full, as its source line gives it: a name no screen explains,
// such as "D1", is never given.
func (s *Sources) Finish() {
	s.short = nil
	if len(s.docs) < 2 {
		return
	}
	s.short = make(map[string]string, len(s.docs))
	taken := make(map[string]bool, len(s.docs))
	for _, d := range s.docs {
		n := shortName(d)
		if taken[n] {
			for _, d := range s.docs {
				s.short[d] = d
			}
			return
		}
		taken[n] = true
		s.short[d] = n
	}
}

// Several says whether the activities come from more than one document.
func (s Sources) Several() bool { return len(s.docs) > 1 }

// Documents lists the source documents in the order first cited.
func (s Sources) Documents() []string { return s.docs }

// ShortNames lists each document's short name ("2012"), in the order
// first cited, where the activities come from several documents; nil where
// they come from one (or none).
func (s Sources) ShortNames() []string {
	if s.short == nil {
		return nil
	}
	out := make([]string, len(s.docs))
	for i, d := range s.docs {
		out[i] = s.short[d]
	}
	return out
}

// RefSep stands between a document's short name and a paragraph reference.
const RefSep = "·"

// Ref is an activity's paragraph reference as a worksheet of these sources
// shows it: "2070·13" where the worksheet holds several documents, "13"
// where it holds one; "" when the activity has no reference.
func (s Sources) Ref(a *Activity) string {
	ref := a.Source.Ref
	if s.short == nil || strings.TrimSpace(ref) == "" {
		return ref
	}
	if n := s.short[strings.TrimSpace(a.Source.Document)]; n != "" {
		return n + RefSep + ref
	}
	return ref
}

// ShortName is the short name of a's document ("2070") where the worksheet
// holds several documents, as Ref puts it before the paragraph; "" where
// it holds one, or a has no reference.
func (s Sources) ShortName(a *Activity) string {
	if strings.TrimSpace(a.Source.Ref) == "" {
		return ""
	}
	return s.DocumentShortName(a.Source.Document)
}

// DocumentShortName is document doc's short name ("2070") where the
// worksheet holds several documents, doc among them; "" where it holds one,
// or none of doc.
func (s Sources) DocumentShortName(doc string) string {
	if s.short == nil {
		return ""
	}
	return s.short[strings.TrimSpace(doc)]
}

// shortName is a document's short name: its number (documentNumber), else
// its own name on one line ("Case library").
func shortName(doc string) string {
	if n := documentNumber(doc); n != "" {
		return n
	}
	return strings.Join(strings.Fields(doc), " ")
}

// documentNumber is a document's number: the digits of "S/RES/1881 (2009)"
// before the year; "" when it has none.
func documentNumber(doc string) string {
	if i := strings.Index(doc, "("); i > 0 {
		doc = doc[:i]
	}
	doc = strings.TrimSpace(doc)
	if i := strings.LastIndexAny(doc, "/ "); i >= 0 {
		doc = doc[i+1:]
	}
	if doc == "" || strings.IndexFunc(doc, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return ""
	}
	return doc
}

// NameImport names, in the worksheet's mission and mandate, a document
// about to be imported with its mission and mandate: a worksheet that
// holds activities of another document lists both ("UNAMID, MINUSTAH"),
// since the fields are the one place a file keeps a document's mission;
// otherwise an empty field is filled and a filled one kept.
func (w *Worksheet) NameImport(doc, mission, mandate string) {
	doc = strings.TrimSpace(doc)
	for _, a := range w.Activities {
		if d := strings.TrimSpace(a.Source.Document); d != "" && doc != "" && d != doc {
			w.Mission, w.Mandate = JoinName(w.Mission, mission), JoinName(w.Mandate, mandate)
			return
		}
	}
	if w.Mission == "" {
		w.Mission = mission
	}
	if w.Mandate == "" {
		w.Mandate = mandate
	}
}

// OtherMission says whether mission, that of a document about to be
// imported, is none of the missions the worksheet names (its mission field,
// "UNAMID, MINUSTAH" where it holds several) while it holds activities: its
// portfolio findings would then count each force across missions. Where
// either mission is not known, or the worksheet holds nothing yet, it is
// not other.
func (w *Worksheet) OtherMission(mission string) bool {
	mission = strings.TrimSpace(mission)
	if mission == "" || strings.TrimSpace(w.Mission) == "" || len(w.Activities) == 0 {
		return false
	}
	for _, n := range strings.Split(w.Mission, ",") {
		if strings.EqualFold(strings.TrimSpace(n), mission) {
			return false
		}
	}
	return true
}

// JoinName adds name to a list of names kept in a free-text field ("UNAMID,
// MINUSTAH"): an empty field becomes name, one that names it already stays.
func JoinName(field, name string) string {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return field
	case strings.TrimSpace(field) == "":
		return name
	}
	for _, n := range strings.Split(field, ",") {
		if strings.TrimSpace(n) == name {
			return field
		}
	}
	return field + ", " + name
}

// Heading is how a worksheet names its mandate and mission wherever it
// shows them: a worksheet of several source documents says so, and lists
// the case library in its mission field as the cases it holds, not as a
// mission (MissionsOf).
type Heading struct {
	Mandate, Mission string
	// MandateLabel and MissionLabel are "Mandate" and "Mission", or
	// "Mandates" and "Missions" where the worksheet holds activities of
	// several documents and the field lists more than one (of missions:
	// the case library is none).
	MandateLabel, MissionLabel string
}

// HeadingOf is the heading of a worksheet with mission, mandate and
// activities of sources: a document an activity cites that the mandate
// does not name is added to it (a worksheet written before an import kept
// the fields up to date), unless a name the mandate lists, which names no
// document, stands for it: the mandate field was filled before each import
// in the order the worksheet first cites the documents, so such a name
// ("Cases from the chapter", of the "Case library") is that of the first
// documents it does not name. Each document is listed once.
func HeadingOf(mission, mandate string, s Sources) Heading {
	h := Heading{Mandate: mandate, Mission: mission, MandateLabel: "Mandate", MissionLabel: "Mission"}
	if !s.Several() {
		return h
	}
	var unnamed []string
	for _, d := range s.docs {
		if !strings.Contains(h.Mandate, d) {
			unnamed = append(unnamed, d)
		}
	}
	for _, d := range unnamed[min(len(unnamed), otherNames(h.Mandate, s.docs)):] {
		h.Mandate = JoinName(h.Mandate, d)
	}
	if strings.Contains(h.Mandate, ",") {
		h.MandateLabel = "Mandates"
	}
	if strings.Contains(h.Mission, ",") {
		h.MissionLabel = "Missions"
	}
	// The case library in the field is no mission: it is listed after the
	// missions as what it holds ("UNMISS, with the Case library's cases").
	if m := MissionsOf(h.Mission, s.docs); len(m.Documents) > 0 && len(m.Missions) > 0 {
		h.Mission = strings.Join(m.Missions, ", ") + ", with the " + strings.Join(m.Documents, " and the ") + "'s cases"
		h.MissionLabel = "Mission"
		if len(m.Missions) > 1 {
			h.MissionLabel = "Missions"
		}
	}
	return h
}

// otherNames counts the names a mandate field lists ("Cases from the
// chapter, S/RES/1927 (2010)") that contain none of the documents docs.
func otherNames(field string, docs []string) int {
	n := 0
	for _, name := range strings.Split(field, ",") {
		name = strings.TrimSpace(name)
		if name != "" && !slices.ContainsFunc(docs, func(d string) bool { return strings.Contains(name, d) }) {
			n++
		}
	}
	return n
}
