package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// resolution is a Security Council resolution as plain text: 34 tasks, 10
// paragraphs left out (an extension, troop numbers, demands, reports, the mission's own conduct).
const resolution = "testdata/S-RES-1925-2010.txt"

// importFile imports a mandate through the worksheet's prompt.
func importFile(t *testing.T, m *Model, path string) {
	t.Helper()
	press(t, m, "i")
	if m.prompt == nil || m.prompt.id != promptImport {
		t.Fatal("i did not ask for a mandate file")
	}
	typeText(t, m, path)
	press(t, m, "enter")
}

// importedSheet is the worksheet `pocssr import` makes of the resolution.
func importedSheet(t testing.TB, path string) *model.Worksheet {
	t.Helper()
	ws, _ := importedMandate(t, path)
	return ws
}

// importedMandate is importedSheet with the mandate as the import read it
// (what it left out).
func importedMandate(t testing.TB, path string) (*model.Worksheet, *suggest.Mandate) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ws, m, err := suggest.Import(suggest.NewReader(classify.Default()), path, string(data), suggest.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return ws, m
}

func TestImportAppendsDraftsWithTheirSourceAndOpensTheReview(t *testing.T) {
	// An activity already holds the id the first task would take.
	mine := activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence")
	mine.ID = "4-keep-a-reserve-force-capable-of"
	m := newTestModel(t, sheetOf(mine), 100, 30)
	importFile(t, m, resolution)
	s := m.sh.sheet
	if s.Len() != 35 || s.At(0) != mine {
		t.Fatalf("%d activities after the import, first %q", s.Len(), s.At(0).ID)
	}
	requireScreen(t, m, "34 drafts imported, 10 paragraphs left out: l lists them, u undoes the import (S/RES/1925 (2010)).", "Review of drafts", "34 left · 6 by others, reviewed last · 34 DRAFT")
	ids := map[string]bool{}
	for _, a := range s.Worksheet().Activities {
		if ids[a.ID] {
			t.Fatalf("id %q twice", a.ID)
		}
		ids[a.ID] = true
	}
	first := s.At(1)
	if first.ID != "4-keep-a-reserve-force-capable-of-2" || first.Status != model.StatusDraft ||
		first.Source.Document != "S/RES/1925 (2010)" || first.Source.Ref != "4" || !strings.HasPrefix(first.Source.Text, "4. Authorizes") {
		t.Fatalf("first draft %q %q %+v", first.ID, first.Status, first.Source)
	}
	if ws := s.Worksheet(); ws.Mission != "MONUSCO" || ws.Mandate != "S/RES/1925 (2010)" {
		t.Errorf("mission %q, mandate %q", ws.Mission, ws.Mandate)
	}
	if m.front != reviewScreen || m.draftReview().Draft() != first {
		t.Fatalf("the review did not open at the first draft: screen %d", m.front)
	}
	// The drafts are marked in the list until reviewed.
	press(t, m, "esc")
	requireScreen(t, m, "[draft] ~Presence and deterrence: keep a reserve", "Patrols")
	refuseScreen(t, m, "[draft] Patrols")
	if s.Drafts() != 34 {
		t.Errorf("%d drafts counted", s.Drafts())
	}
}

func TestImportIsUndoneInOneStep(t *testing.T) {
	mine := activity(t, "Patrols", "kinds", "deterrence")
	m := newTestModel(t, sheetOf(mine), 100, 30)
	importFile(t, m, resolution)
	press(t, m, "esc", "u")
	s := m.sh.sheet
	if s.Len() != 1 || s.At(0) != mine || s.Drafts() != 0 || s.Tally().Activities != 1 {
		t.Fatalf("after undo: %d activities, %d drafts", s.Len(), s.Drafts())
	}
	if s.Worksheet().Mission != "" || s.Worksheet().Mandate != "" {
		t.Errorf("undo left mission %q, mandate %q", s.Worksheet().Mission, s.Worksheet().Mandate)
	}
	requireScreen(t, m, "Undid the last import; ctrl+r redoes it.")
	refuseScreen(t, m, "[draft]")
}

func TestImportOfABadFileSaysWhyAndChangesNothing(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := map[string]struct{ path, want string }{
		"missing":   {filepath.Join(dir, "nowhere.txt"), "nowhere.txt does not exist"},
		"folder":    {dir, "is a folder, not a mandate"},
		"binary":    {write("scan.pdf", "%PDF-1.4\x00\x01\x02"), "scan.pdf: the file is not plain text"},
		"not utf-8": {write("latin1.txt", "1. D\xe9cide"), "latin1.txt: the file is not plain text"},
		"empty":     {write("empty.txt", " \n\n"), "empty.txt: the file is empty"},
		"no tasks":  {write("prose.txt", "The Council met and talked.\nNothing was decided.\n"), "prose.txt has no numbered paragraphs"},
		"no name":   {"", "no file name given"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			m := demoModel(t, 120, 40)
			importFile(t, m, c.path)
			if m.sh.sheet.Len() != 23 || m.sh.sheet.Dirty() || m.front != worksheetScreen {
				t.Fatalf("a bad file changed the worksheet: %d activities, screen %d", m.sh.sheet.Len(), m.front)
			}
			if !m.statusErr || !strings.Contains(m.status, "Nothing imported: ") || !strings.Contains(m.status, c.want) {
				t.Fatalf("status %q, want %q", m.status, c.want)
			}
			requireScreen(t, m, "! Nothing imported")
		})
	}
}

func TestReviewAcceptSkipAndEdit(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	s := m.sh.sheet
	d := s.Worksheet().Activities
	requireScreen(t, m, "Source text", "4. Authorizes MONUSCO, while concentrating", "S/RES/1925 (2010) 4",
		"~ implementer: the mission itself", "Verdict with these facts", "[a] accept")

	press(t, m, "a")
	if d[0].Status != model.StatusReviewed || m.draftReview().Draft() != d[2] {
		t.Fatalf("a: first %q, shown %q", d[0].Status, m.draftReview().Draft().ID)
	}
	press(t, m, "s")
	if d[2].Status != model.StatusDraft || m.draftReview().Draft() != d[3] {
		t.Fatalf("s: second %q, shown %q", d[2].Status, m.draftReview().Draft().ID)
	}
	requireScreen(t, m, "32 left · ", " · 1 reviewed · 1 skipped · 0 discarded · 33 DRAFT")

	// e edits the draft in the questionnaire; finishing goes on with the review.
	press(t, m, "s") // skip one more: on to 6(iii) (5 is asked of others: it comes last)
	edited := d[4]
	press(t, m, "e")
	if m.front != questionnaireScreen || m.qs().Activity != edited || !m.qs().InReview {
		t.Fatalf("e: screen %d", m.front)
	}
	requirePending(t, m, model.Implementer, model.Kinds)
	press(t, m, "enter", "enter") // accept both suggestions
	requirePending(t, m)
	for m.quest != nil && m.qs().Stage != questionnaire.Reviewing {
		press(t, m, "0")
	}
	requireScreen(t, m, "enter: finish and go on with the review of drafts")
	press(t, m, "enter")
	if m.front != reviewScreen || m.draftReview().Draft() != d[5] {
		t.Fatalf("after the questionnaire: screen %d", m.front)
	}
	if edited.Status != model.StatusReviewed {
		t.Errorf("the edited draft is %q", edited.Status)
	}
	requireScreen(t, m, "30 left · ", " · 2 reviewed · 2 skipped · 0 discarded · 32 DRAFT")

	// esc stops; the worksheet's cursor is on the draft shown.
	press(t, m, "esc")
	if m.front != worksheetScreen || m.worksheet.Selected() != d[5] {
		t.Fatalf("esc: screen %d", m.front)
	}
	// Undo takes back the last verdict first; the cursor follows each
	// draft it makes a draft again.
	press(t, m, "u")
	if edited.Status != model.StatusDraft || m.worksheet.Selected() != edited {
		t.Errorf("undo left the edited draft %q", edited.Status)
	}
	press(t, m, "u")
	if d[0].Status != model.StatusDraft || m.worksheet.Selected() != d[0] {
		t.Errorf("undo left the accepted draft %q", d[0].Status)
	}
	// R reviews again, from the draft under the cursor. Leaving the
	// questionnaire with its suggestions unconfirmed leaves it a draft.
	press(t, m, "R")
	if m.front != reviewScreen || m.draftReview().Draft() != d[0] {
		t.Fatalf("R: screen %d", m.front)
	}
	press(t, m, "e", "esc")
	if m.front != reviewScreen || m.draftReview().Draft() == d[0] || d[0].Status != model.StatusDraft {
		t.Fatalf("after esc in the questionnaire: screen %d, draft %q", m.front, d[0].Status)
	}
	requireScreen(t, m, "0 reviewed · 1 skipped · 0 discarded")
}

func TestReviewEndsWhenNoDraftIsLeft(t *testing.T) {
	a := activity(t, "Vetting of the police", "kinds", "vetting")
	b := activity(t, "Patrols", "kinds", "deterrence")
	c := activity(t, "Reform", "kinds", "restructuring")
	a.Status, c.Status = model.StatusDraft, model.StatusDraft
	m := newTestModel(t, sheetOf(a, b, c), 100, 30)
	press(t, m, "j", "R") // from a non-draft: the next draft
	if m.front != reviewScreen || m.draftReview().Draft() != c {
		t.Fatalf("R started at %v", m.draftReview().Draft())
	}
	press(t, m, "a", "a")
	if m.front != worksheetScreen || a.Status != model.StatusReviewed || c.Status != model.StatusReviewed {
		t.Fatalf("screen %d, statuses %q %q", m.front, a.Status, c.Status)
	}
	requireScreen(t, m, "Review done: no draft left; 2 reviewed, 0 skipped, 0 discarded.")
	// With no draft left, R is not offered.
	press(t, m, "R")
	if m.front != worksheetScreen {
		t.Error("R opened a review without drafts")
	}
}

func TestHelpListsImportAndReviewWhenTheyApply(t *testing.T) {
	m := demoModel(t, 100, 30)
	press(t, m, "?")
	requireScreen(t, m, "import a mandate as drafts")
	refuseScreen(t, m, "review the drafts")
	press(t, m, "esc")
	m = newTestModel(t, importedSheet(t, resolution), 100, 30)
	requireScreen(t, m, "R review the drafts")
	press(t, m, "?")
	requireScreen(t, m, "import a mandate as drafts", "R          review the drafts")
	press(t, m, "esc", "R", "?")
	requireScreen(t, m, "Keys of the review of drafts screen", "a       accept (reviewed)",
		"e       edit (questionnaire)", "s       skip (stays a draft)", "esc     stop reviewing")
	press(t, m, "esc")
	if m.front != reviewScreen {
		t.Errorf("closing help returned to screen %d", m.front)
	}
}

// After an import, l lists the paragraphs it left out with their reference
// and why, and l again goes back to the draft; without an import l does
// nothing and help does not offer it.
func TestReviewListsLeftOutParagraphs(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	requireScreen(t, m, "[l] left out (10)")
	press(t, m, "l")
	requireScreen(t, m, "Left out of S/RES/1925 (2010)", "10 paragraphs ask for no activity",
		"1 extends a mandate or an authorization by reference", "2 sets the number of troops or police",
		"1. Decides to extend the mandate of MONUC until 30 June 2010", "[l/esc] back to the draft")
	press(t, m, "pgdown", "pgdown")
	requireScreen(t, m, "23 keeps the matter before the Council, which asks for no activity")
	press(t, m, "l")
	requireScreen(t, m, "4. Authorizes MONUSCO, while concentrating", "[l] left out (10)")
	press(t, m, "?")
	requireScreen(t, m, "left-out paragraphs and why")

	// A worksheet opened again holds no list: l says how to get it back
	// (it said nothing, and the key was gone).
	m = newTestModel(t, importedSheet(t, resolution), 120, 40)
	press(t, m, "R")
	requireScreen(t, m, "[l] left out: how to list them")
	press(t, m, "l")
	refuseScreen(t, m, "Left out of")
	requireScreen(t, m, "Left-out paragraphs are not saved: esc, then i imports again (?)")
	press(t, m, "esc", "i")
	typeText(t, m, resolution)
	press(t, m, "enter", "r")
	requireScreen(t, m, "[l] left out (10)")
}

// Esc from an edit in the review, with a change made and a suggestion left
// unconfirmed: the heading, the status line and the end of the review all
// count it skipped, the status line and the end saying it was edited.
func TestReviewEscAfterAnEditCountsAnEdit(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	d := m.draftReview().Draft()
	press(t, m, "e")
	requirePending(t, m, model.Implementer, model.Kinds)
	press(t, m, "enter") // the implementer confirmed, the kinds left suggested
	press(t, m, "esc")
	if m.front != reviewScreen || m.draftReview().Draft() == d {
		t.Fatalf("after esc in the questionnaire: screen %d", m.front)
	}
	if d.Status != model.StatusDraft {
		t.Fatalf("a draft with an unconfirmed suggestion became %q", d.Status)
	}
	requireScreen(t, m, "33 left · ", " · 0 reviewed · 1 skipped · 0 discarded · 34 DRAFT", "Skipped: 1 answer confirmed; accept the draft (a) so the file keeps it")
	// The end of the review counts the edit among the skipped, as the
	// heading and the status line do.
	for i := 0; i < 50 && m.front == reviewScreen; i++ {
		press(t, m, "s")
	}
	requireScreen(t, m, "Review ended: 34 drafts to review (R); 0 reviewed, 34 skipped (1 edited), 0 discarded.")
}

// The questionnaire opened with e from the review says esc goes back to the
// review, where it goes (it said the worksheet).
func TestReviewEditSaysEscGoesBackToTheReview(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			press(t, m, "e")
			if size[0] >= 200 { // at 80 columns the footer has no room for esc
				requireScreen(t, m, "esc done: back to the review")
			}
			refuseScreen(t, m, "back to the worksheet")
			golden(t, m, size[0], size[1], "Live verdict")
			press(t, m, "esc")
			if m.front != reviewScreen {
				t.Errorf("esc went to screen %d, not the review", m.front)
			}
		})
	}
}

// The draft's live verdict (tier · agenda · risks) is what the planner
// reviews it for: at 80×24 it is in view on every draft, above the words
// it stands on, where it was below the fold behind "↓ more"; what goes on
// below is signed.
func TestReviewKeepsTheVerdictInView(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, importedSheet(t, resolution), size[0], size[1])
			press(t, m, "R")
			for i := 0; i < 12; i++ {
				s := screenText(m)
				if !strings.Contains(s, "Verdict with these facts") || !strings.Contains(s, "open question") {
					t.Fatalf("draft %d: the verdict is out of sight:\n%s", i+1, s)
				}
				if strings.Index(s, "Verdict with these facts") > strings.Index(s, "Suggested by the words") &&
					strings.Contains(s, "Suggested by the words") {
					t.Fatalf("draft %d: the verdict is below the words it stands on:\n%s", i+1, s)
				}
				if i < 11 {
					press(t, m, "s")
				}
			}
			golden(t, m, size[0], size[1], "Verdict with these facts")
		})
	}
}

// Esc from an edit in the review that confirmed every suggestion: the
// heading counts the draft reviewed, and the status line says so, naming
// it and how to take it back (it said nothing); u takes it back.
func TestReviewEscAfterAnEditThatReviewsSaysSo(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, resolution)
	d := m.draftReview().Draft()
	press(t, m, "e")
	requirePending(t, m, model.Implementer, model.Kinds)
	press(t, m, "enter", "enter") // the implementer and the kinds confirmed
	press(t, m, "esc")
	if d.Status != model.StatusReviewed || m.front != reviewScreen {
		t.Fatalf("after esc: %q, screen %d", d.Status, m.front)
	}
	// At 80 columns the reviewed count gives way, signed "… (?)": the
	// help's heading whole counts it.
	requireScreen(t, m, "… (?)", "Edited and reviewed (u undoes the edit): “"+d.Title[:20])
	if whole := m.draftReview().Terms()[0].Word; !strings.Contains(whole, " · 1 reviewed · ") {
		t.Fatalf("the heading whole does not count the draft reviewed: %q", whole)
	}
	golden(t, m, 80, 24, "Edited and reviewed")
	press(t, m, "u")
	if d.Status != model.StatusDraft {
		t.Fatalf("u after the edit left it %q", d.Status)
	}
}
