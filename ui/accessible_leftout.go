package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/review"
)

// The plain mode's lists of paragraphs left out, one a document imported
// in the run, as the review keeps them (review/lists.go): an import of
// another document adds its list beside the earlier ones, an import of the
// same document replaces that document's. left lists every one, each under
// the document it is of; restore takes a paragraph from any of them. Where
// the worksheet holds several documents, a paragraph is named as the plain
// mode names it elsewhere ("paragraph 8 of 2012"), and typed with its
// document first ("restore 2012:8"); a bare reference does where one list
// alone has it. A worksheet of one document names its paragraphs bare, as
// it always did.

// keepLeftOut keeps what an import left out: in place of the list of an
// earlier import of the same document, beside those of the others.
func (m *plainMenu) keepLeftOut(l plainLeftOut) {
	kept := slices.DeleteFunc(slices.Clone(m.left), func(o plainLeftOut) bool { return o.doc == l.doc })
	m.left = append(kept, l)
}

// leftOutNow brings every list up to date with the worksheet: a draft of an
// import discarded since is listed, one back since is not
// (review.WithDiscardedNow).
func (m *plainMenu) leftOutNow() {
	for i := range m.left {
		l := &m.left[i]
		l.parts, l.spare = review.WithDiscardedNow(m.sh.Discarded, l.parts, l.spare, l.drafts)
	}
}

// leftOutOnImport is what the imports of the run left out, which a
// briefing exported now lists (review.LeftOutOf).
func (m *plainMenu) leftOutOnImport() []report.LeftOut {
	var out []report.LeftOut
	for _, l := range m.left {
		out = append(out, review.LeftOutOf(m.sh, l.doc, l.parts, l.spare, l.drafts))
	}
	return out
}

// leftSources names the documents of the worksheet and of the lists, as
// the worksheet names them: a document all of whose paragraphs are left
// out still counts among them.
func (m *plainMenu) leftSources() model.Sources {
	var s model.Sources
	for _, a := range m.sh.Worksheet().Activities {
		s.Add(a)
	}
	for _, l := range m.left {
		s.Add(&model.Activity{Source: model.Source{Document: l.doc}})
	}
	s.Finish()
	return s
}

// leftRef is how the plain mode says a paragraph ref of document doc
// ("8 of 2012" where the worksheet holds several documents, "8" where it
// holds one) and how restore takes it ("2012:8", or "8").
func leftRef(src model.Sources, doc, ref string) (said, typed string) {
	ref = report.OneLine(ref)
	if name := src.ShortName(&model.Activity{Source: model.Source{Document: doc, Ref: ref}}); name != "" {
		return ref + " of " + name, name + ":" + ref
	}
	return ref, ref
}

// listLeftOut lists every document's paragraphs left out, for left.
func (m *plainMenu) listLeftOut(withText bool) {
	m.leftOutNow()
	if len(m.left) == 0 {
		m.p.say("%s", m.noLeftOutList())
		return
	}
	src := m.leftSources()
	for _, l := range m.left {
		m.sayLeftOut(src, l, withText)
	}
}

// listLeftOutOf lists the paragraphs an import of doc left out, as the
// import does.
func (m *plainMenu) listLeftOutOf(doc string, withText bool) {
	m.leftOutNow()
	src := m.leftSources()
	for _, l := range m.left {
		if l.doc == doc {
			m.sayLeftOut(src, l, withText)
		}
	}
}

// sayLeftOut lists the paragraphs of l (and those a replace kept
// discarded), each with its reference and why, and with its text under it
// where withText: the import lists them as pocssr import does, one line
// each, and left gives them whole.
func (m *plainMenu) sayLeftOut(src model.Sources, l plainLeftOut, withText bool) {
	p := m.p
	if len(l.parts) == 0 {
		p.say("Nothing of %s is left out now: every paragraph is in the worksheet.", oneLine(l.doc))
		return
	}
	restore := "restore REF"
	if name := src.ShortName(&model.Activity{Source: model.Source{Document: l.doc, Ref: l.parts[0].Ref}}); name != "" {
		// The form restore takes: the mandate's name first.
		restore = "restore " + name + ":REF"
	}
	how := restore + " brings one back as a draft, as import --all makes it; left gives their text."
	if withText {
		how = restore + " brings one back as a draft, as import --all makes it."
	}
	if len(l.spare) == 0 {
		how = "pocssr import --all keeps them as drafts."
	}
	p.say("Left out of %s: %s; %s", oneLine(l.doc), review.LeftOutWhyNow(review.Counts(l.spare, len(l.parts))), how)
	for i, part := range l.parts {
		why := part.Reason.Why()
		if len(l.spare) > 0 {
			why = l.spare[i].Why(part)
		}
		ref, _ := leftRef(src, l.doc, part.Ref)
		if src.Several() {
			ref = "paragraph " + ref
		}
		p.say("  %s — %s", ref, why)
		if withText {
			p.say("      %s", report.OneLine(part.Text))
		}
	}
}

// leftPlace is a paragraph left out: part i of list l of the menu.
type leftPlace struct{ l, i int }

// restore brings back the left-out paragraph of reference ref as a draft:
// "2012:8" (or "8 of 2012") is paragraph 8 of that document's list, a bare
// "8" the one list that has a paragraph 8.
func (m *plainMenu) restore(ref string) error {
	m.leftOutNow()
	p := m.p
	src := m.leftSources()
	ref = strings.TrimSpace(ref)
	var refs []string // as restore takes them, from lists with drafts
	var first string
	withDrafts := false
	for _, l := range m.left {
		for _, part := range l.parts {
			_, typed := leftRef(src, l.doc, part.Ref)
			if first == "" {
				first = typed
			}
			if len(l.spare) > 0 {
				refs = append(refs, typed)
			}
		}
		withDrafts = withDrafts || (len(l.spare) > 0 && len(l.parts) > 0)
	}
	found := m.leftOutAt(src, ref)
	switch {
	case first == "":
		m.listLeftOut(false)
		return nil
	case ref == "":
		p.say("restore needs the reference of a paragraph left out: restore %s (left lists them).", first)
		return nil
	case len(found) == 1 && len(m.left[found[0].l].spare) == 0, len(found) == 0 && !withDrafts:
		p.say("Not restored: these paragraphs have no drafts; pocssr import --all keeps them.")
		return nil
	case len(found) == 0:
		p.say("Not restored: %q is not a paragraph left out. Allowed: %s (left lists them).", ref, strings.Join(refs, ", "))
		return nil
	case len(found) > 1:
		var docs, typed []string
		for _, f := range found {
			l := m.left[f.l]
			docs = append(docs, oneLine(l.doc))
			_, t := leftRef(src, l.doc, l.parts[f.i].Ref)
			typed = append(typed, "restore "+t)
		}
		p.say("Not restored: paragraph %s is left out of %s: %s says which.", report.OneLine(ref), joinAnd(docs), strings.Join(typed, " or "))
		return nil
	}
	l := &m.left[found[0].l]
	i := found[0].i
	part, sp := l.parts[i], l.spare[i]
	said, _ := leftRef(src, l.doc, part.Ref)
	if j := m.sh.Index(sp.Draft()); j >= 0 {
		// A redo brought it back since: it is in the worksheet already.
		l.parts = append(l.parts[:i:i], l.parts[i+1:]...)
		l.spare = append(l.spare[:i:i], l.spare[i+1:]...)
		p.say("Paragraph %s is in the worksheet already: activity %d.", said, j+1)
		return nil
	}
	doc := l.doc
	at := m.sh.Restore(sp.Draft(), sp.After(), "restore of paragraph "+said, func() {
		// Undone, it is left out again, back in its place on its list.
		for k := range m.left {
			if o := &m.left[k]; o.doc == doc {
				o.parts = insertAt(o.parts, i, part)
				o.spare = insertAt(o.spare, i, sp)
			}
		}
	})
	l.parts = append(l.parts[:i:i], l.parts[i+1:]...)
	l.spare = append(l.spare[:i:i], l.spare[i+1:]...)
	_, whole := review.RestoredNote(said, sp)
	p.say("%s: activity %d, “%s”%s.", whole, at+1, oneLine(sp.Draft().Title), m.undoHint("; undo takes it out again"))
	return m.save()
}

// leftOutAt finds the paragraphs left out that ref names: with its
// document ("2012:8", "2012·8" or "8 of 2012"), that document's; bare, those
// of every list, one a list (the last of a list that has it twice). A
// reference with a colon of its own that names no document is taken bare.
func (m *plainMenu) leftOutAt(src model.Sources, ref string) []leftPlace {
	doc, bare := "", ref
	if i := strings.IndexAny(ref, ":"+model.RefSep); i > 0 {
		_, n := utf8.DecodeRuneInString(ref[i:])
		doc, bare = ref[:i], ref[i+n:]
	} else if i := strings.LastIndex(strings.ToLower(ref), " of "); i > 0 {
		bare, doc = ref[:i], ref[i+len(" of "):]
	}
	if found := m.leftOutIn(src, strings.TrimSpace(doc), strings.TrimSpace(bare)); len(found) > 0 || doc == "" {
		return found
	}
	return m.leftOutIn(src, "", ref)
}

// leftOutIn finds paragraph ref in the list of document doc (its short
// name or its whole name), or in every list where doc is "".
func (m *plainMenu) leftOutIn(src model.Sources, doc, ref string) []leftPlace {
	var found []leftPlace
	for k, l := range m.left {
		at := -1
		for j, part := range l.parts {
			if !strings.EqualFold(strings.TrimSpace(part.Ref), ref) {
				continue
			}
			name := src.ShortName(&model.Activity{Source: model.Source{Document: l.doc, Ref: part.Ref}})
			if doc == "" || strings.EqualFold(doc, name) || strings.EqualFold(doc, oneLine(l.doc)) {
				at = j
			}
		}
		if at >= 0 {
			found = append(found, leftPlace{k, at})
		}
	}
	return found
}

// joinAnd joins names as a sentence lists them: "A and B", "A, B and C".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
