package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Importing a document a second time says so and offers replace, add or
// cancel; each of replace and add is undone by one u.
func TestImportOfADocumentAlreadyInTheWorksheet(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	s := m.sh.sheet
	n := s.Len()
	accepted := s.At(0)
	press(t, m, "esc") // leave the review
	again := func(answer string) {
		t.Helper()
		importFile(t, m, resolution)
		if m.prompt == nil || m.prompt.id != promptImportAgain {
			t.Fatalf("no warning on importing the same document again:\n%s", screenText(m))
		}
		requireScreen(t, m, "Already imported", "S/RES/1925 (2010)", "[r] replace them", "[a] add beside them")
		press(t, m, answer)
		if m.front == reviewScreen {
			press(t, m, "esc")
		}
	}
	again("esc")
	if s.Len() != n {
		t.Fatalf("cancel still imported: %d activities", s.Len())
	}
	again("a")
	if s.Len() != 2*n {
		t.Fatalf("add: %d activities; want %d", s.Len(), 2*n)
	}
	press(t, m, "u")
	if s.Len() != n {
		t.Fatalf("u after add: %d activities", s.Len())
	}
	again("r")
	if s.Len() != n || s.Index(accepted) >= 0 {
		t.Fatalf("replace: %d activities, the earlier first at %d", s.Len(), s.Index(accepted))
	}
	press(t, m, "u")
	if s.Len() != n || s.Index(accepted) != 0 {
		t.Fatalf("u after replace: %d activities, the earlier first at %d", s.Len(), s.Index(accepted))
	}
}

// Replacing the earlier import keeps the register entries and the HRDDP
// review of each task the resolution gives again, on its new draft, and says
// so; u gives the earlier activities back, register and all.
func TestImportAgainKeepsTheRegister(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	press(t, m, "esc")
	s := m.sh.sheet
	first := s.At(0)
	risk := s.Rulebook().Vocabulary().Risks()[0]
	entry := model.RegisterEntry{Risk: risk, Status: model.Planned, Owner: "Human Rights Division", Due: "2026-03-31", Note: "kept across imports"}
	if err := s.SetMitigation(first, entry); err != nil {
		t.Fatal(err)
	}
	if err := s.SetHRDDPReview(first, "2026-06-30"); err != nil {
		t.Fatal(err)
	}
	importFile(t, m, resolution)
	press(t, m, "r")
	requireScreen(t, m, "replaced, 1 register moved: 34 drafts imported, 10 paragraphs left out: l lists them, u undoes the import · +1 more (?)")
	if m.front == reviewScreen {
		press(t, m, "esc")
	}
	var again *model.Activity
	for i := 0; i < s.Len(); i++ {
		if a := s.At(i); a.Source.Ref == first.Source.Ref && a != first {
			again = a
		}
	}
	if again == nil {
		t.Fatalf("no new draft of paragraph %s", first.Source.Ref)
	}
	if e := again.Register.Entry(risk); e == nil || *e != entry || again.HRDDPReview != "2026-06-30" {
		t.Fatalf("the new draft of %s has %+v, review %q", first.Source.Ref, again.Register, again.HRDDPReview)
	}
	press(t, m, "u")
	if s.Index(first) != 0 || first.Register.Entry(risk) == nil {
		t.Fatalf("u after replace: the earlier first at %d with %+v", s.Index(first), first.Register)
	}
}

// Importing again at 80 columns keeps the status line's keys whole, and
// says the earlier ones were replaced: the document, the longer counts and
// the details give way whole first, never cut into (the keys were cut
// behind "replaced the earlier ones, keeping the risk register of…").
func TestImportAgainStatusKeepsItsKeys(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			press(t, m, "esc")
			s := m.sh.sheet
			risk := s.Rulebook().Vocabulary().Risks()[0]
			for i, ref := range []string{"", "99"} { // the second's paragraph is in no new draft
				a := s.At(i)
				if ref != "" {
					a.Source.Ref = ref
				}
				if err := s.SetMitigation(a, model.RegisterEntry{Risk: risk, Status: model.Planned}); err != nil {
					t.Fatal(err)
				}
			}
			importFile(t, m, resolution)
			press(t, m, "r")
			lines := strings.Split(screenText(m), "\n")
			status := strings.TrimSpace(lines[len(lines)-2])
			if !strings.Contains(status, "l lists them, u undoes ") || !strings.Contains(status, "replaced") || strings.Contains(status, "…") {
				t.Fatalf("the status line after importing again: %q", status)
			}
			golden(t, m, size[0], size[1], "Review of drafts")
		})
	}
}

// However large the import, what the status line says of it fits its
// width with its keys whole, and says that the import replaced the earlier
// ones where it did; where the width allows, each thing it did.
func TestImportNoteFitsWithItsKeys(t *testing.T) {
	how := []importDid{{"replaced the earlier ones", "replaced", false, ""}, {"12 registers had no new draft to go to", "12 registers left behind", false, ""},
		{"moving the risk register of 2,241 replaced drafts to the new drafts", "2,241 registers moved", false, ""}}
	for _, w := range []int{80, 96, 120, 160, 200} {
		for _, c := range []struct{ drafts, leftOut int }{{1, 0}, {34, 10}, {2241, 0}, {2241, 1200}, {99999, 99999}} {
			for _, did := range [][]importDid{nil, how} {
				got := importNote(w, c.drafts, c.leftOut, did, "S/RES/2241 (2015)")
				keys := "u undoes "
				if c.leftOut > 0 {
					keys = "l lists them, u undoes "
				}
				if ansi.StringWidth(got) > w || !strings.Contains(got, keys) || !strings.Contains(got, fmt.Sprint(c.drafts)) ||
					(did != nil && !strings.HasPrefix(got, "replaced")) {
					t.Errorf("width %d, %+v, %v: %q", w, c, did, got)
				}
				// The document left out is read whole on the help.
				if whole := importNoteWhole(got, c.drafts, c.leftOut, did, "S/RES/2241 (2015)"); !strings.Contains(got, "S/RES/2241 (2015)") && !strings.Contains(whole, "S/RES/2241 (2015)") {
					t.Errorf("width %d, %+v: the help does not show the document: %q", w, c, whole)
				}
				if shown := importDidShown(got, did, "S/RES/2241 (2015)"); shown != len(did) {
					t.Errorf("width %d, %+v: %q tells %d of the %d things the import did", w, c, got, shown, len(did))
				}
				if w >= 160 && did != nil && (!strings.Contains(got, "12 registers") || !strings.Contains(got, "2,241 ") || !strings.Contains(got, "moved") && !strings.Contains(got, "moving")) {
					t.Errorf("width %d, %+v: what the import did is left out: %q", w, c, got)
				}
			}
		}
	}
}

// The status line after a replace at 80 columns drops no count without a
// sign: "1 register kept, 1 discarded kept out" went silently.
func TestImportNoteCountsWhatGivesWay(t *testing.T) {
	how := replaceDid(model.Reimport{Replaced: 10, Reviewed: 3, Kept: 1, Discarded: 1})
	for _, w := range []int{60, 80, 120, 200} {
		got := importNote(w, 13, 8, how, "S/RES/1925 (2010)")
		if shown := importDidShown(got, how, "S/RES/1925 (2010)"); shown != len(how) || ansi.StringWidth(got) > w {
			t.Errorf("width %d: %q tells %d of the %d things the replace did", w, got, shown, len(how))
		}
	}
}

// importDidShown counts the things of how that note tells, in full, in short
// or in its "+n more"; the document's name, where the note leaves it out,
// must be counted there too ("+n more" at the end when all else is told),
// and is taken off the count.
func importDidShown(note string, how []importDid, document string) int {
	n := 0
	for _, h := range how {
		if strings.Contains(note, h.full) || strings.Contains(note, h.short) || h.least != "" && strings.Contains(note, h.least) {
			n++
		}
	}
	var more int
	if i := strings.Index(note, "+"); i >= 0 {
		fmt.Sscanf(note[i:], "+%d more", &more)
	}
	if !strings.Contains(note, document) {
		if more == 0 {
			return -1 // the document is left out without a sign
		}
		more--
	}
	return n + more
}

// Replacing an earlier import of the same mandate keeps what the planner
// did since: a reviewed activity stays reviewed, in its place, with its
// register (a critical entry stays counted, never made stale); a discarded
// paragraph stays out; a restored one stays; and the dialog and the status
// line say so.
func TestImportAgainKeepsThePlannersReview(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	s := m.sh.sheet
	reviewed := m.draftReview().Draft()
	press(t, m, "a")
	discarded := ""
	for i := 0; i < s.Len() && discarded == ""; i++ { // x discards the first draft of no facts
		d := m.draftReview().Draft()
		if press(t, m, "x"); s.Index(d) < 0 {
			discarded = d.Source.Ref
		} else {
			press(t, m, "s")
		}
	}
	press(t, m, "l", "down", "down", "r") // restores paragraph 3
	press(t, m, "esc")
	risk := s.Rulebook().Vocabulary().Risks()[0]
	if err := s.SetMitigation(reviewed, model.RegisterEntry{Risk: risk, Status: model.Planned, Owner: "Force headquarters"}); err != nil {
		t.Fatal(err)
	}
	order, at := refs(s.Worksheet()), s.Index(reviewed)
	tally := s.Tally().Register
	if !strings.Contains(strings.Join(order, " "), "3 ") || strings.Contains(" "+strings.Join(order, " ")+" ", " "+discarded+" ") {
		t.Fatalf("before the import again: %v (paragraph %s discarded, 3 restored)", order, discarded)
	}

	importFile(t, m, resolution)
	// The paragraph discarded is named, as the status line after names it.
	keeps := "1 reviewed activity stays reviewed; paragraph 3, restored, stays; paragraph " + discarded + ", discarded, stays out."
	if got := strings.Join(m.prompt.message, " "); !strings.Contains(got, keeps) {
		t.Fatalf("the question does not say what a replace keeps: %q", got)
	}
	var dialog []string // the dialog's lines, inside its frame
	for _, l := range strings.Split(screenText(m), "\n") {
		if parts := strings.Split(l, "║"); len(parts) == 3 {
			dialog = append(dialog, parts[1])
		}
	}
	if !containsFlat(strings.Join(dialog, "\n"), keeps) {
		t.Fatalf("the screen does not ask %q:\n%s", keeps, screenText(m))
	}
	press(t, m, "r")
	requireScreen(t, m, "1 reviewed kept", "[l] left out (9)") // 3 is not offered again
	// At 80 columns too, the keys in short, and that the reviewed one was
	// kept told or counted, as the document is (the help has them whole).
	how := replaceDid(model.Reimport{Replaced: 32, Reviewed: 1})
	note := importNote(78, 33, 10, how, "S/RES/1925 (2010)")
	if !strings.Contains(note, "l lists them, u undoes it") || importDidShown(note, how, "S/RES/1925 (2010)") != len(how) {
		t.Errorf("the status line at 80 columns: %q", note)
	}
	if got := refs(s.Worksheet()); strings.Join(got, " ") != strings.Join(order, " ") {
		t.Errorf("paragraphs after replace %v, want as before %v", got, order)
	}
	if s.Index(reviewed) != at || reviewed.Status != model.StatusReviewed || reviewed.Register.Entry(risk) == nil {
		t.Errorf("the reviewed activity: at %d, %s, %+v", s.Index(reviewed), reviewed.Status, reviewed.Register)
	}
	if got := s.Tally().Register; got != tally {
		t.Errorf("register counts %+v after replace, were %+v", got, tally)
	}
}

// refs are the paragraphs of the worksheet's activities, in order.
func refs(ws *model.Worksheet) []string {
	var out []string
	for _, a := range ws.Activities {
		out = append(out, a.Source.Ref)
	}
	return out
}

// Importing the same mandate again and replacing the drafts changes no id:
// the ids of the drafts the replace takes out are not taken from the new
// drafts of their paragraphs (they came back as "…-2", and a third import
// switched them back).
func TestImportAgainKeepsTheIDs(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, resolution)
	press(t, m, "esc")
	s := m.sh.sheet
	want := idsOf(s.Worksheet())
	for round := 2; round <= 3; round++ {
		importFile(t, m, resolution)
		press(t, m, "r")
		if m.front == reviewScreen {
			press(t, m, "esc")
		}
		if got := idsOf(s.Worksheet()); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("import %d: ids\n%v\nwant\n%v", round, got, want)
		}
	}
}

func idsOf(ws *model.Worksheet) []string {
	var out []string
	for _, a := range ws.Activities {
		out = append(out, a.ID)
	}
	return out
}

// At 80 columns the status line after an import has no room for the
// document's name: it is counted ("+1 more (?)") and the help shows the
// whole note with it, as at 200 columns the line itself does (a first use
// found "(S/RES/2180 (2014))" gone at 80 columns without a sign).
func TestImportNoteCountsTheDocumentItLeavesOut(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, minustah2180)
			lines := strings.Split(screenText(m), "\n")
			status := lines[len(lines)-2]
			switch {
			case strings.Contains(status, "(S/RES/2180 (2014))."):
			case strings.Contains(status, "+1 more (?)"):
				press(t, m, "?")
				requireScreen(t, m, "(S/RES/2180 (2014))")
				press(t, m, "esc")
			default:
				t.Fatalf("the status line leaves the document out without a sign: %q", status)
			}
			if !strings.Contains(status, "16 drafts") || !strings.Contains(status, "14 ") || !strings.Contains(status, "u undoes") {
				t.Errorf("the status line lacks a count or a key: %q", status)
			}
			golden(t, m, size[0], size[1], "u undoes")
		})
	}
}

// A paragraph discarded in a review stays out when the mandate is imported
// again and the earlier drafts replaced: the help's whole message names it,
// l lists it among the paragraphs left out, marked discarded, and r brings
// it back as a draft, in its place; u takes it out again.
func TestReplaceNamesTheParagraphDiscardedEarlier(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			press(t, m, "s") // the second draft: a paragraph the first does not come before
			gone := m.draftReview().Draft()
			ref, at := gone.Source.Ref, m.sh.sheet.Index(gone)
			press(t, m, "x", "esc")
			importFile(t, m, resolution)
			press(t, m, "r")
			if m.front != reviewScreen {
				t.Fatal("the replace opened no review")
			}
			// Where the status line holds it (200 columns), it reads
			// there; else the help shows it whole.
			if !strings.Contains(screenText(m), "left paragraph "+ref+" discarded") {
				press(t, m, "?")
				requireScreen(t, m, "left paragraph "+ref+" discarded")
				press(t, m, "esc")
			}
			press(t, m, "l")
			requireScreen(t, m, "discarded in an earlier review")
			mark := "> " + ref + " [discarded]"
			for i := 0; i < 40 && !strings.Contains(screenText(m), mark); i++ {
				press(t, m, "down")
			}
			// The mark says it in the words of the key: "discarded earlier".
			requireScreen(t, m, mark+" earlier; the replace kept it out")
			golden(t, m, size[0], size[1], "[discarded]")
			s := m.sh.sheet
			n := s.Len()
			press(t, m, "r")
			back := m.draftReview().Draft()
			if s.Len() != n+1 || back.Source.Ref != ref || s.Index(back) != at {
				t.Fatalf("r brought back %q at row %d (%d activities, were %d), want paragraph %s at row %d", back.Source.Ref, s.Index(back), s.Len(), n, ref, at)
			}
			// At 80 columns that it was discarded earlier gives way, the
			// line saying the help has the note in full, and the help says
			// it whole.
			if !strings.Contains(screenText(m), "Paragraph "+ref+", discarded earlier, brought back as a draft; u takes it out again.") {
				requireScreen(t, m, "Paragraph "+ref+" brought back as a draft; u takes it out again. · in full (?)")
				press(t, m, "?")
				if !containsFlat(screenText(m), "Paragraph "+ref+", discarded earlier, brought back as a draft; u takes it out again.") {
					t.Fatalf("the help does not show the note whole:\n%s", screenText(m))
				}
				press(t, m, "esc")
			}
			press(t, m, "u") // back on the list, the paragraph on it again
			if s.Len() != n {
				t.Fatalf("u left %d activities, want %d", s.Len(), n)
			}
			requireScreen(t, m, mark)
		})
	}
}

// What gives way on the status line is counted at its end ("… · +3 more
// (?)"), never amid the sentence where it read as a count of drafts; and
// where a replace kept drafts of its own, the line says how many the
// review has to do, the number its heading gives ("34 left").
func TestImportNoteCountsWhatGivesWayAtTheEnd(t *testing.T) {
	how := replaceDid(model.Reimport{Replaced: 30, Reviewed: 3, Kept: 1, Restored: 1, Discarded: 1,
		DiscardedDrafts: []*model.Activity{{Source: model.Source{Ref: "13"}}}})
	for _, w := range []int{78, 80, 118, 120, 200} {
		for _, c := range []importCount{{33, 33, 10}, {33, 34, 10}, {13, 14, 8}} {
			got := importNoteOf(w, c, how, "S/RES/2012 (2011)")
			if i := strings.Index(got, " more"); i >= 0 && !strings.HasSuffix(got, " more (?)") && !strings.HasSuffix(got, " more") {
				t.Errorf("width %d, %+v: %q counts what gives way amid the line", w, c, got)
			}
			if strings.Contains(got, "+") && !strings.Contains(got, " · +") {
				t.Errorf("width %d, %+v: %q: the count of what gives way is not set apart", w, c, got)
			}
			if c.toReview != c.drafts && !strings.Contains(got, fmt.Sprintf("%d to review", c.toReview)) {
				t.Errorf("width %d, %+v: %q does not say how many the review has to do", w, c, got)
			}
			if ansi.StringWidth(got) > w || !strings.HasPrefix(got, "replaced") {
				t.Errorf("width %d, %+v: %q", w, c, got)
			}
			whole := importNoteWholeOf(got, c, how, "S/RES/2012 (2011)")
			if strings.Contains(got, " more") && !strings.Contains(whole, fmt.Sprintf("%d drafts imported", c.drafts)) {
				t.Errorf("width %d, %+v: the whole note %q lacks the drafts imported", w, c, whole)
			}
		}
	}
}

// The question of a mandate imported before says what each answer will do
// with the numbers it will do it with: a replace puts fewer new drafts in
// than the reading holds where reviewed activities stay reviewed (it said
// "Importing it again adds 37 drafts", and r then imported 34); an add puts
// them all beside. Nothing is cut without a sign at 80×24 and 200×60.
func TestImportAgainSaysWhatEachAnswerWillDo(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := importedSheet(t, mandate2241)
			for _, a := range ws.Activities[:3] {
				a.Status = model.StatusReviewed
			}
			m := newTestModel(t, ws, size[0], size[1])
			n := len(ws.Activities)
			importFile(t, m, mandate2241)
			if m.prompt == nil || m.prompt.id != promptImportAgain {
				t.Fatalf("no question on importing the mandate again:\n%s", screenText(m))
			}
			want := fmt.Sprintf("The worksheet already holds %d activities of S/RES/2241 (2015). Each answer does this: "+
				"r, replace: %d new drafts in place of %d earlier drafts; 3 reviewed activities stay reviewed. "+
				"a, add: %d new drafts beside the %d activities there now.", n, n-3, n-3, n, n)
			if !strings.Contains(strings.Join(m.prompt.message, " "), want) {
				t.Fatalf("the question does not say %q:\n%s", want, screenText(m))
			}
			golden(t, m, size[0], size[1], "Already imported")
			press(t, m, "r")
			requireScreen(t, m, fmt.Sprintf("%d drafts", n-3))
		})
	}
}

// The question before a replace names the paragraphs restored that stay,
// reviewed since or not: a paragraph restored and then reviewed was
// counted with the reviewed activities alone ("4 reviewed activities stay
// reviewed; 1 paragraph discarded stays out"), and the restore went unsaid.
func TestImportAgainNamesTheParagraphRestoredAndReviewed(t *testing.T) {
	for _, reviewed := range []bool{false, true} {
		m := newTestModel(t, model.New(""), 80, 24)
		importFile(t, m, resolution)
		press(t, m, "l", "down", "down", "r", "esc") // restores paragraph 3
		var restored *model.Activity
		for _, a := range m.sh.sheet.Worksheet().Activities {
			if a.Source.Ref == "3" {
				restored = a
			}
		}
		if restored == nil {
			t.Fatal("paragraph 3 was not restored")
		}
		want := "in place of 34 earlier drafts; paragraph 3, restored, stays."
		if reviewed {
			restored.Status = model.StatusReviewed
			want = "in place of 34 earlier drafts; 1 reviewed activity stays reviewed; paragraph 3, restored, stays."
		}
		importFile(t, m, resolution)
		if got := strings.Join(m.prompt.message, " "); !strings.Contains(got, want) {
			t.Errorf("reviewed %v: the question does not name the paragraph restored: %q", reviewed, got)
		}
	}
}
