package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/review"
)

// Importing a mandate from the plain menu, as i does on the worksheet: the
// same reading (suggest.ImportWithSpares), into the open worksheet; a
// document imported before asks whether to replace its drafts, add beside
// them or cancel, and a replace keeps what the planner did since, through
// the same session step as the screens' (session.Sheet.ReplaceDocument).
// The paragraphs left out are listed at once, each with its reference and
// why; left lists them again, with those of the other documents imported
// in the run, and restore brings one back as a draft, in its place in the
// mandate (session.Sheet.Restore), as r does in the review
// (accessible_leftout.go). Each is one step for undo. A mandate of another
// mission than the worksheet's asks first, as the screens do
// (other_mission.go), in the same words.

// plainLeftOut is what the last import of a document in the run left out
// (the menu keeps one a document, as the review does): the parts of
// document doc, and their drafts (spare, one for each part; none when they
// could not be made).
type plainLeftOut struct {
	doc   string
	parts []suggest.LeftOutPart
	spare []review.Spare
	// drafts are the import's drafts: one discarded since is listed
	// (review.WithDiscardedNow).
	drafts []review.Spare
}

// importMandate imports the mandate at path into the worksheet.
func (m *plainMenu) importMandate(path string) error {
	p := m.p
	path = expandHome(unquotePath(path))
	if path == "" {
		p.say("import needs a file name: import S-RES-1925-2010.txt (a resolution as plain text, or any numbered list of tasks).")
		return nil
	}
	text, err := readMandateFile(path)
	var ws *model.Worksheet
	var spares []*model.Activity
	var mandate *suggest.Mandate
	if err == nil {
		taken := make(map[string]bool, m.sh.Len())
		for _, a := range m.sh.Worksheet().Activities {
			taken[a.ID] = true
		}
		ws, spares, mandate, err = suggest.ImportWithSpares(suggest.NewReader(m.sh.Rulebook()), path, text,
			suggest.ImportOptions{Taken: taken, TopicFirst: true})
	}
	if why := importRefusal(path, ws, mandate, err); why != "" {
		p.say("%s", why)
		return nil
	}
	if m.sh.Worksheet().OtherMission(ws.Mission) {
		c := otherMissionChoices(m.sh.Worksheet().HeldMissions(), ws.Mandate, ws.Mission)
		p.say("%s", c.asked)
		p.say("  i, import: %s.", c.anyway)
		p.say("  c, cancel (an empty line too): %s.", c.cancel)
		if m.p.choose("Import it all the same, or cancel? (i or c; an empty line cancels)", "import", "cancel") == "cancel" {
			p.say("Nothing imported: %s is as it was.", m.name())
			return nil
		}
	}
	spare := review.Spares(mandate, spares)
	replace := false
	if had := m.sh.AlreadyImported(ws.Mandate); had > 0 {
		c := importAgainChoices(had, ws.Mandate, len(ws.Activities), m.sh.ReplaceWould(ws.Mandate, ws.Activities, spares))
		p.say("%s", c.asked)
		p.say("  r, replace: %s.", c.replace)
		p.say("  a, add: %s.", c.add)
		p.say("  c, cancel (an empty line too): %s", c.cancel)
		switch m.p.choose("Replace them, add beside them, or cancel? (r, a or c; an empty line cancels)", "replace", "add", "cancel") {
		case "replace":
			replace = true
		case "cancel":
			p.say("Nothing imported: %s is as it was.", m.name())
			return nil
		}
	}
	mark := m.sh.Undoable()
	// The first step of the import, and so the last its undo reverts:
	// the list of what was left out goes back to what it was before.
	before := slices.Clone(m.left)
	m.sh.PushUndo("import", func() { m.left = before })
	var discarded []review.Spare
	var how []string
	if replace {
		r := m.sh.ReplaceDocument(ws.Mandate, ws.Activities, spares, ws.Mission, ws.Mandate)
		discarded = review.Discards(mandate, r.DiscardedDrafts)
		for _, d := range replaceDid(r) {
			how = append(how, d.full)
		}
	} else {
		freeIDs(m.sh.Worksheet(), ws)
		m.sh.AddDrafts(ws.Activities, ws.Mission, ws.Mandate)
	}
	m.sh.JoinUndo(mark, "import of "+oneLine(ws.Mandate))
	parts, spare := stillLeftOut(m.sh.Worksheet(), ws.Mandate, mandate.LeftOut(), spare)
	parts, spare = review.List(review.Imported{Document: ws.Mandate, LeftOut: parts, Spare: spare, Discarded: discarded})
	m.keepLeftOut(plainLeftOut{doc: ws.Mandate, parts: parts, spare: spare, drafts: review.Drafts(mandate, ws.Activities)})
	added := 0
	for _, a := range ws.Activities {
		if m.sh.Index(a) >= 0 {
			added++
		}
	}
	line := plural(added, "draft", "drafts") + " imported from " + oneLine(ws.Mandate)
	if across, _ := report.ImportAcross(model.SourcesOf(m.sh.Worksheet().Activities)); across != "" {
		how = append(how, across)
	}
	if len(how) > 0 {
		line += " (" + strings.Join(how, "; ") + ")"
	}
	p.say("%s; %s in %s, %s to review (review goes through them).%s", line, plural(m.sh.Len(), "activity", "activities"), m.name(), plural(m.sh.Drafts(), "draft", "drafts"), m.undoHint(" undo takes the import out."))
	m.listLeftOutOf(ws.Mandate, false)
	return m.save()
}

// replaceWill says what a replace will do, by the counts the session
// works out for it (session.Sheet.ReplaceWould): the drafts it puts in and
// those they take the place of first, then what stays as the planner left
// it, then the registers that go along.
func replaceWill(r model.Reimport) []string {
	will := []string{plural(r.Added, "new draft", "new drafts") + " in place of " + plural(r.Replaced, "earlier draft", "earlier drafts")}
	if r.Reviewed > 0 {
		will = append(will, plural(r.Reviewed, "reviewed activity stays", "reviewed activities stay")+" reviewed")
	}
	if refs := paragraphRefs(r.RestoredKept); refs != "" {
		// Named, as the paragraphs discarded are on the status line: a
		// restored paragraph reviewed since is counted with the reviewed
		// activities, and the count alone said nothing of it.
		if len(r.RestoredKept) == 1 {
			will = append(will, "paragraph "+refs+", restored, stays")
		} else {
			will = append(will, "paragraphs "+refs+", restored, stay")
		}
	} else if r.Restored > 0 {
		will = append(will, plural(r.Restored, "paragraph restored stays", "paragraphs restored stay"))
	}
	// The paragraphs discarded are named too, as the status line after the
	// replace names them ("left paragraph 16 discarded"): the count alone
	// did not say which paragraph stays out.
	// Past a few, they are counted: the list of those left out (l) names
	// them, and 31 references made the question a paragraph of its own.
	if refs := paragraphRefs(r.DiscardedDrafts); refs != "" && r.Discarded <= discardedNamed && len(r.DiscardedDrafts) == r.Discarded {
		if r.Discarded == 1 {
			will = append(will, "paragraph "+refs+", discarded, stays out")
		} else {
			will = append(will, "paragraphs "+refs+", discarded, stay out")
		}
	} else if r.Discarded > 0 {
		will = append(will, plural(r.Discarded, "paragraph discarded stays", "paragraphs discarded stay")+" out")
	}
	switch {
	case r.Kept == 1:
		will = append(will, "the register of 1 earlier draft goes to its new draft")
	case r.Kept > 1:
		will = append(will, fmt.Sprintf("the registers of %d earlier drafts go to their new drafts", r.Kept))
	}
	if n := len(r.Stale); n > 0 {
		will = append(will, plural(n, "earlier draft stays", "earlier drafts stay")+" for a register no new draft takes")
	}
	return will
}

// discardedNamed is how many paragraphs discarded the question before a
// replace names; more are counted.
const discardedNamed = 3

// paragraphRefs is the references of the paragraphs of acts, joined: ""
// where one of them has none. They are those of the one document a replace
// imports again, which its line names, and so bare.
func paragraphRefs(acts []*model.Activity) string {
	refs := make([]string, 0, len(acts))
	for _, a := range acts {
		ref := oneLine(a.Source.Ref)
		if ref == "" {
			return ""
		}
		refs = append(refs, ref)
	}
	return strings.Join(refs, ", ")
}

// unquotePath takes the quotes off a file name given in them, as a shell
// would: "my brief.md" or 'my brief.md'.
func unquotePath(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// noLeftOutList says why left has nothing to list when no import of this
// run left a paragraph out, and how to have the list again: the worksheet
// keeps none, and a new import of its mandate, replacing its drafts, lists
// them while keeping what was reviewed. The mandate is named by its
// activities' source, the worksheet's knowledge of it.
func (m *plainMenu) noLeftOutList() string {
	var docs []string
	for _, a := range m.sh.Worksheet().Activities {
		if d := oneLine(a.Source.Document); d != "" && !slices.Contains(docs, d) {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		return "No import in this run left a paragraph out: import FILE lists those it leaves."
	}
	return "No import in this run left a paragraph out, and the worksheet keeps no list of those an import left out. To list them again, import the file of " +
		strings.Join(docs, " or ") + " again (import FILE) and answer r, replace: the drafts are read anew, and reviewed activities stay reviewed, with their registers."
}

// insertAt puts v at position i of s, or at its end when s is shorter.
func insertAt[T any](s []T, i int, v T) []T {
	i = min(i, len(s))
	return append(s[:i:i], append([]T{v}, s[i:]...)...)
}
