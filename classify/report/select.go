package report

import (
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Selection chooses the activities a report covers. The zero Selection keeps
// every activity. The command line (--status, --agenda, --min-severity,
// --ref) and the worksheet screen's export both build one and call Select, so
// that a file and a screen agree on what a filter keeps.
type Selection struct {
	// Status keeps drafts (model.StatusDraft) or the activities that are not
	// drafts (model.StatusReviewed: reviewed, or written by hand and never
	// imported, which carry no status); "" keeps both.
	Status model.Status
	// Agendas keeps the activities placed on one of these agendas; none keeps all.
	Agendas []classify.Agenda
	// MinSeverity keeps the activities whose most serious risk is at least
	// this serious; "" keeps all, with or without risks.
	MinSeverity classify.Severity
	// RefPrefix keeps the activities whose reference (Ref) begins with it,
	// at a boundary: "15" keeps 15 and 15(c) but not 150.
	RefPrefix string
}

// IsZero reports whether the selection keeps every activity.
func (s Selection) IsZero() bool {
	return s.Status == "" && len(s.Agendas) == 0 && s.MinSeverity == "" && s.RefPrefix == ""
}

// Keeps reports whether the selection keeps activity a, classified as r, whose
// reference is ref.
func (s Selection) Keeps(a *model.Activity, r *classify.Result, ref string) bool {
	switch s.Status {
	case model.StatusDraft:
		if a.Status != model.StatusDraft {
			return false
		}
	case model.StatusReviewed:
		if a.Status == model.StatusDraft {
			return false
		}
	}
	if len(s.Agendas) > 0 && !containsAgenda(s.Agendas, r.Agenda) {
		return false
	}
	if s.MinSeverity != "" && r.Highest().Rank() < s.MinSeverity.Rank() {
		return false
	}
	return s.RefPrefix == "" || refHasPrefix(ref, s.RefPrefix)
}

func containsAgenda(as []classify.Agenda, a classify.Agenda) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// refHasPrefix reports whether ref begins with prefix, not in the middle of a
// number: "15(c)" and "15" begin with "15", "150" does not.
func refHasPrefix(ref, prefix string) bool {
	if !strings.HasPrefix(ref, prefix) {
		return false
	}
	if len(ref) == len(prefix) {
		return true
	}
	last, next := prefix[len(prefix)-1], ref[len(prefix)]
	return !(isDigit(last) && isDigit(next))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// String says in words what the selection keeps, for a report's heading:
// "reviewed · agenda overlap · high or worse · ref 15".
func (s Selection) String() string {
	var parts []string
	switch s.Status {
	case model.StatusDraft:
		parts = append(parts, "drafts only")
	case model.StatusReviewed:
		parts = append(parts, "reviewed only")
	}
	if len(s.Agendas) > 0 {
		names := make([]string, len(s.Agendas))
		for i, a := range s.Agendas {
			names[i] = string(a)
		}
		parts = append(parts, "agenda "+strings.Join(names, " or "))
	}
	if s.MinSeverity != "" {
		parts = append(parts, string(s.MinSeverity)+" risks or worse")
	}
	if s.RefPrefix != "" {
		parts = append(parts, "ref "+OneLine(s.RefPrefix))
	}
	return strings.Join(parts, " · ")
}

// Ref is how a report names an activity: its mark, where its source numbers
// no other document (Mark).
func Ref(a *model.Activity, pos int) string { return Mark(a.Source.Ref, pos) }

// SourcesRef is Ref in a worksheet of sources: where it holds several
// documents, the reference says which one numbers it ("2070·13").
func SourcesRef(s model.Sources, a *model.Activity, pos int) string {
	if p := SourcesParagraph(s, a); p != "" {
		return p
	}
	return Mark("", pos)
}

// SourcesParagraph is the paragraph a's source numbers as a worksheet of
// sources names it ("13", "2070·13", "Case library·3"); "" where it numbers
// none, and SourcesRef names a by its place. The document's name is not
// read again as a paragraph: "Case library·3" is paragraph 3.
func SourcesParagraph(s model.Sources, a *model.Activity) string {
	if ParagraphRef(a.Source.Ref) == "" {
		return ""
	}
	return OneLine(s.Ref(a))
}

// Mark is how every screen and report names an activity: the paragraph its
// source numbers (ref: "5(f)", "2070·13"), else "#n", its place (from 1) in
// the worksheet. A section title, as the case library's sources give, is no
// paragraph: it is long, and several activities share it.
func Mark(ref string, pos int) string {
	if p := ParagraphRef(ref); p != "" {
		return p
	}
	return "#" + strconv.Itoa(pos)
}

// ParagraphRef is a source's reference when it numbers a paragraph ("12",
// "12(a)(ii)", "(c)", "7.I(b)", "2070·13"), else "": a section title, as the
// case library's sources give, is no paragraph to sort, group or number by.
func ParagraphRef(ref string) string {
	// a section title is told at its first letter, before any copy: the
	// worksheet's list asks of every row
	if t := strings.TrimLeft(ref, " \t\r\n"); t == "" || !(t[0] >= '0' && t[0] <= '9' || t[0] == '(') {
		return ""
	}
	ref = OneLine(ref)
	if ref == "" || len(ref) > maxParagraphRef || !(ref[0] >= '0' && ref[0] <= '9' || ref[0] == '(') || strings.Contains(ref, " ") {
		return ""
	}
	return ref
}

// maxParagraphRef is the longest reference taken for a paragraph's number:
// the worksheet's Ref column (12 cells) and a little more.
const maxParagraphRef = 16

// Select returns the sheet of the activities of ws that sel keeps, in their
// order, each still known by its reference in the whole worksheet (a position
// is counted before selecting; "2070·13" where it holds several documents,
// which sel's RefPrefix is matched against: see InWorksheet). Pass the
// result to Write.
func Select(rb *classify.Rulebook, ws *model.Worksheet, sel Selection) Sheet {
	sub := &model.Worksheet{Mission: ws.Mission, Mandate: ws.Mandate}
	sh := Sheet{Worksheet: sub, Selection: sel, Of: len(ws.Activities), Whole: ws}
	src := model.SourcesOf(ws.Activities)
	for i, a := range ws.Activities {
		r := rb.Classify(a)
		if sel.Keeps(a, &r, SourcesRef(src, a, i+1)) {
			sub.Activities = append(sub.Activities, a)
			sh.Positions = append(sh.Positions, i+1)
		}
	}
	return sh
}

// ref is the reference of the sheet's i-th activity (from 0).
func (sh Sheet) ref(a *model.Activity, i int) string {
	if sh.Positions != nil && i < len(sh.Positions) {
		return Ref(a, sh.Positions[i])
	}
	return Ref(a, i+1)
}

// sourcesRef is ref in a worksheet of the sources src: "2070·13" where it
// holds several documents.
func (sh Sheet) sourcesRef(src model.Sources, a *model.Activity, i int) string {
	if sh.Positions != nil && i < len(sh.Positions) {
		return SourcesRef(src, a, sh.Positions[i])
	}
	return SourcesRef(src, a, i+1)
}

// sources are the source documents of the sheet's whole worksheet, known
// without a pass over the activities once the sheet's file is checked.
func (sh Sheet) sources() model.Sources {
	switch {
	case sh.Whole != nil:
		return model.SourcesOf(sh.Whole.Activities)
	case sh.Worksheet != nil:
		return model.SourcesOf(sh.Worksheet.Activities)
	}
	return sh.Stream.Sources()
}

// ParseStatus checks a --status value.
func ParseStatus(s string) (model.Status, error) {
	switch model.Status(s) {
	case model.StatusDraft, model.StatusReviewed:
		return model.Status(s), nil
	}
	return "", model.UnknownValue("status", "statuses", s, []string{string(model.StatusReviewed), string(model.StatusDraft)})
}

// ParseAgendas checks --agenda values, each an agenda id or a comma list of them.
func ParseAgendas(vals []string) ([]classify.Agenda, error) {
	var out []classify.Agenda
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			s = strings.TrimSpace(s)
			a, ok := agendaByID(s)
			if !ok {
				names := make([]string, len(classify.Agendas))
				for i, a := range classify.Agendas {
					names[i] = string(a)
				}
				return nil, model.UnknownValue("agenda", "agendas", s, names)
			}
			if !containsAgenda(out, a) {
				out = append(out, a)
			}
		}
	}
	return out, nil
}

func agendaByID(s string) (classify.Agenda, bool) {
	for _, a := range classify.Agendas {
		if string(a) == s {
			return a, true
		}
	}
	return "", false
}

// ParseSeverity checks a --min-severity value.
func ParseSeverity(s string) (classify.Severity, error) {
	for _, sev := range classify.Severities {
		if string(sev) == s {
			return sev, nil
		}
	}
	names := make([]string, len(classify.Severities))
	for i, sev := range classify.Severities {
		names[i] = string(sev)
	}
	return "", model.UnknownValue("severity", "severities", s, names)
}
