package review

import (
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// The review keeps what each document imported in this run left out, one
// list a document: a later import of another document adds its list beside
// the earlier ones, an import of the same document replaces that
// document's. l lists the paragraphs of the draft shown's document, r
// restores one of them, and the counts of the line of keys are of that
// document. An undo of an import sets its list aside and a redo gives it
// back; the lists of the other documents stay as they were.

// importLists are what an import of one document gave the review: the parts
// it left out, their drafts (spare, none when they could not be made) and
// its own drafts (one discarded is listed: Drafts). While an undo has taken
// the import back (Sheet.Made of state), they are set aside with the drafts
// of it the review had begun with, and a redo gives them back
// (followImport).
type importLists struct {
	document      string
	leftOut       []suggest.LeftOutPart
	spare, drafts []Spare
	// state names the worksheet as the import left it.
	state    uint64
	setAside bool
	began    []*model.Activity
	note     string // Imported.Note
}

// imported records the lists of an import (Imported): in place of those of
// an earlier import of the same document, beside those of the others.
func (r *Screen) imported(in Imported) {
	parts, spare := withDiscards(in.LeftOut, in.Spare, in.Discarded)
	if len(spare) != len(parts) {
		spare = nil
	}
	l := &importLists{document: in.Document, leftOut: parts, spare: spare, drafts: in.Drafts, state: r.ctx.Sheet.State(), note: in.Note}
	var kept []*importLists
	for _, o := range r.imports {
		if o.document != in.Document {
			kept = append(kept, o)
		}
	}
	r.imports = append(kept, l)
	r.list, r.showLeftOut, r.leftOutAt = l, false, 0
	r.syncLeftOut()
}

// importedFirst is the draft the review begins with after import in: its
// first (At), or where that is asked of others, the first of the mission's
// own drafts of the document imported, whose list l shows and the import's
// note counts. Where the worksheet holds none, start finds one elsewhere.
func (r *Screen) importedFirst(in Imported) *model.Activity {
	s := r.ctx.Sheet
	if in.At == nil || !s.Verdict(in.At).Others {
		return in.At
	}
	for _, a := range s.Worksheet().Activities {
		if a.Status == model.StatusDraft && a.Source.Document == in.Document && !s.Verdict(a).Others {
			return a
		}
	}
	return in.At
}

// listOf is the list of document doc's left-out paragraphs, nil when no
// import of it in this run has one. A draft of no document is shown the
// list of the last import, as the review did when it kept only that one.
func (r *Screen) listOf(doc string) *importLists {
	var last *importLists
	for _, l := range r.imports {
		if l.setAside {
			continue
		}
		if l.document == doc {
			return l
		}
		last = l
	}
	if doc == "" {
		return last
	}
	return nil
}

// listFor is the list of a's document (listOf); nil for no draft.
func (r *Screen) listFor(a *model.Activity) *importLists {
	if a == nil {
		return nil
	}
	return r.listOf(a.Source.Document)
}

// pickList makes the list l shows that of the draft shown's document,
// unless the screen lists a document's paragraphs now (an undone restore
// shows the list its paragraph went back to), and lists what of it is left
// out now (syncLeftOut). The mark goes to the top of another list.
func (r *Screen) pickList() {
	if !r.showLeftOut {
		if l := r.listFor(r.activity); l != r.list {
			r.list, r.leftOutAt = l, 0
		}
	}
	r.syncLeftOut()
}

// leftOutOf is the document whose paragraphs l lists, "" for none.
func (r *Screen) leftOutOf() string {
	if r.list == nil {
		return ""
	}
	return r.list.document
}

// followImport sets aside what each import of this run gave the review once
// an undo has taken the import back, and reports whether it did: its
// drafts went with it, so none of them counts as discarded here, and its
// paragraphs left out and discarded are not offered (restoring one put a
// paragraph in the worksheet twice, beside the earlier draft the undo
// brought back). A redo of the import gives them back: the review goes on
// with what the worksheet holds either way. The lists of the other
// documents stay as they were.
func (r *Screen) followImport() (setAside bool) {
	s := r.ctx.Sheet
	changed := false
	for _, l := range r.imports {
		switch made := s.Made(l.state); {
		case !made && !l.setAside:
			l.setAside, l.began = true, nil
			for a := range r.began {
				if s.Index(a) < 0 {
					l.began = append(l.began, a)
					delete(r.began, a)
				}
			}
			r.back = nil
			for _, m := range []map[*model.Activity]bool{r.skipped, r.edited} {
				for a := range m {
					if s.Index(a) < 0 {
						delete(m, a)
					}
				}
			}
			changed, setAside = true, true
		case made && l.setAside:
			l.setAside = false
			for _, a := range l.began {
				if r.began != nil {
					r.began[a] = true
				}
			}
			l.began = nil
			changed = true
		}
	}
	if !changed {
		return false
	}
	r.list, r.showLeftOut, r.leftOutAt = r.listFor(r.activity), false, 0
	r.syncLeftOut()
	// The review goes on with the drafts the worksheet holds now.
	for _, a := range s.Worksheet().Activities {
		if a.Status == model.StatusDraft && r.began != nil {
			r.began[a] = true
		}
	}
	return setAside
}

// LeftOutNow is what the imports of this run left out, one list a
// document, for a briefing written now to list (report.LeftOut). An import
// undone gives none.
func (r *Screen) LeftOutNow() []report.LeftOut {
	var out []report.LeftOut
	for _, l := range r.imports {
		if !l.setAside {
			out = append(out, LeftOutOf(r.ctx.Sheet, l.document, l.leftOut, l.spare, l.drafts))
		}
	}
	return out
}

// LeftOutOf is what the import of document doc left out, as a briefing
// lists it: the paragraphs left out (parts, with their drafts spare) and
// not restored since, and the import's drafts discarded since, those of
// an earlier review marked as a replace kept them out. The review and the
// plain mode give their lists so.
func LeftOutOf(s *session.Sheet, doc string, parts []suggest.LeftOutPart, spare, drafts []Spare) report.LeftOut {
	lo := report.LeftOut{Document: report.OneLine(doc)}
	parts, spare = WithDiscardedNow(s.Discarded, parts, spare, drafts)
	if len(spare) != len(parts) {
		spare = nil
	}
	for i, p := range parts {
		part := report.LeftOutPart{Ref: report.OneLine(p.Ref), Why: p.Reason.Why()}
		if spare != nil {
			sp := spare[i]
			if s.Index(sp.activity) >= 0 {
				continue // restored: an activity of the briefing
			}
			part.DiscardedNow, part.DiscardedEarlier = sp.now, sp.discarded && !sp.now
		}
		lo.Parts = append(lo.Parts, part)
	}
	if spare == nil {
		// The parts have no drafts to go back in their places: the
		// drafts discarded since follow them.
		for _, d := range drafts {
			if s.Discarded(d.activity) {
				lo.Parts = append(lo.Parts, report.LeftOutPart{Ref: report.OneLine(d.activity.Source.Ref), DiscardedNow: true})
			}
		}
	}
	return lo
}
