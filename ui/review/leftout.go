package review

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// The paragraphs an import left out are listed by l in the review; r
// restores the one marked as a draft, made as `pocssr import --all` makes
// it, where the mandate has it among the drafts of the same document. u
// takes it out again and puts it back on the list.

// Spare is a left-out part as a draft, and the references of the parts
// before it in the mandate (shared by all), so that it goes back in its place.
type Spare struct {
	activity *model.Activity
	after    []string
}

// Spares sets each left-out part's draft (spares, read in the same pass as
// the import's own drafts) beside the references of the parts before it;
// none when they do not match the parts left out. The import hands them to
// the review in Imported.
func Spares(mandate *suggest.Mandate, spares []*model.Activity) []Spare {
	if len(spares) == 0 || len(spares) != len(mandate.LeftOut()) {
		return nil
	}
	var out []Spare
	var order []string
	for _, p := range mandate.Parts {
		if p.Role != suggest.Task && p.Role != suggest.LeftOut {
			continue
		}
		if p.Role == suggest.LeftOut {
			out = append(out, Spare{activity: spares[len(out)], after: order[:len(order):len(order)]})
		}
		order = append(order, p.Ref)
	}
	return out
}

// leftOutHow says how to list the paragraphs left out of the document of
// the draft shown when the review holds none of them: they are not kept
// with the worksheet, but importing the mandate again lists them, and
// replacing keeps what was reviewed. "" when the draft is of no document,
// or of the one whose paragraphs left out were all restored.
func (r *Screen) leftOutHow() string {
	if r.activity == nil {
		return ""
	}
	doc := r.activity.Source.Document
	if doc == "" || doc == r.leftOutOf {
		return ""
	}
	// In 80 columns: r is the replace of the import's dialog.
	return "Left-out paragraphs are not saved: i imports again (r keeps the review)."
}

// syncRestore offers r only in the list of left-out parts, with a draft to
// restore; the verdict keys rest meanwhile, since the draft they would act
// on is not in view.
func (r *Screen) syncRestore() {
	r.leftOutAt = max(0, min(r.leftOutAt, len(r.leftOut)-1))
	r.keys.Restore.SetEnabled(r.showLeftOut && len(r.spare) > 0 && len(r.spare) == len(r.leftOut))
	for _, b := range []*key.Binding{&r.keys.Accept, &r.keys.Edit, &r.keys.Skip, &r.keys.Discard} {
		b.SetEnabled(!r.showLeftOut)
	}
}

// markLeftOut moves the mark in the list of left-out parts and scrolls the
// list to it.
func (r *Screen) markLeftOut(km tea.KeyMsg) {
	if key.Matches(km, r.keys.Up) {
		r.leftOutAt--
	} else {
		r.leftOutAt++
	}
	r.syncRestore()
	r.render()
	line := r.leftOutLine(r.leftOutAt)
	if line < r.view.YOffset || line+2 >= r.view.YOffset+r.view.Height {
		r.view.SetYOffset(max(0, line-1))
	}
}

// leftOutHead is the lines above the first left-out part.
const leftOutHead = 3

// leftOutLine is the line of the list where part i begins.
func (r *Screen) leftOutLine(i int) int {
	n := leftOutHead
	for j := 0; j < i && j < len(r.leftOut); j++ {
		n += 2 + len(component.WrapIndent("  ", report.OneLine(r.leftOut[j].Text), r.width))
	}
	return n
}

// restore puts the marked left-out part into the worksheet as a draft and
// shows it; u takes it out and puts it back on the list.
func (r *Screen) restore() tea.Cmd {
	if !r.keys.Restore.Enabled() {
		return nil
	}
	s := r.ctx.Sheet
	i := r.leftOutAt
	part, sp := r.leftOut[i], r.spare[i]
	a := sp.activity
	taken := make(map[string]bool, s.Len())
	for _, b := range s.Worksheet().Activities {
		taken[b.ID] = true
	}
	if taken[a.ID] {
		a.ID = model.UniqueID(model.Slug(a.Title), taken)
	}
	s.InsertAt(r.restorePlace(sp), a)
	r.leftOut = slices.Delete(r.leftOut, i, i+1)
	r.spare = slices.Delete(r.spare, i, i+1)
	r.began[a] = true
	if r.activity != nil {
		r.back = append(r.back, r.activity)
	}
	ref := report.OneLine(part.Ref)
	s.PushUndo("restore of paragraph "+ref, func() {
		if j := s.Index(a); j >= 0 {
			s.RemoveAt(j)
		}
		r.leftOut = slices.Insert(r.leftOut, i, part)
		r.spare = slices.Insert(r.spare, i, sp)
		r.keys.LeftOut.SetEnabled(true)
		if r.activity == a {
			if r.activity = r.returnTo(); r.activity == nil {
				r.activity = r.nextDraft()
			}
		}
		r.showLeftOut, r.leftOutAt = true, i
		r.syncRestore()
		r.render()
	})
	r.keys.LeftOut.SetEnabled(len(r.leftOut) > 0)
	r.show(a)
	r.syncRestore()
	return r.ctx.Status(fmt.Sprintf("Paragraph %s restored as a draft, as import --all makes it; u takes it out again.", ref))
}

// restorePlace is where a restored draft goes: after the activity of the
// same document from the nearest part before it in the mandate, else before
// the first activity of that document, else at the end.
func (r *Screen) restorePlace(sp Spare) int {
	s := r.ctx.Sheet
	doc := sp.activity.Source.Document
	at := map[string]int{}
	first := -1
	for j := 0; j < s.Len(); j++ {
		if src := s.At(j).Source; src.Document == doc {
			at[src.Ref] = j
			if first < 0 {
				first = j
			}
		}
	}
	for k := len(sp.after) - 1; k >= 0; k-- {
		if j, ok := at[sp.after[k]]; ok {
			return j + 1
		}
	}
	if first >= 0 {
		return first
	}
	return s.Len()
}

// leftOutLines lists what the last import left out: each part's reference
// and why, then its text, the part r would restore marked.
func (r *Screen) leftOutLines(w int) []string {
	st := r.ctx.Styles
	how := "(pocssr import --all keeps them as drafts.)"
	if len(r.spare) > 0 {
		how = "↑/↓ marks one; r restores it as a draft (as import --all); u undoes."
	}
	out := []string{st.Screen.Render(component.Cut("Left out of "+report.OneLine(r.leftOutOf), w)),
		st.Muted.Render(component.Cut(component.Plural(len(r.leftOut), "paragraph asks", "paragraphs ask")+" for no activity: no draft was made of them.", w)),
		st.Muted.Render(component.Cut(how, w))}
	for i, p := range r.leftOut {
		mark := "  "
		if i == r.leftOutAt && len(r.spare) > 0 {
			mark = "> "
		}
		head := mark + component.Cut(report.OneLine(p.Ref), 10) + " " + component.Cut(p.Reason.Why(), w-13)
		if mark == "> " {
			head = st.Selected.Render(component.Fit(head, w))
		} else {
			head = st.Heading.Render(head)
		}
		out = append(out, "", head)
		out = append(out, component.WrapIndent("  ", report.OneLine(p.Text), w)...)
	}
	return out
}
