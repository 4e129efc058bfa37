package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// These tests hold what new users at 80×24 and 200×60 read as missing: what
// a screen cannot show whole it shortens with a sign that says so, and what
// it shows is labelled and agrees with its help.

// The questionnaire's compact verdict keeps a line for its risks when rows
// run out: the suggestions and the open questions' names give way first,
// and a risk past the rows is counted ("+1 more risk (?)", ? listing them
// whole), never dropped.
func TestCompactVerdictCountsTheRisksItCannotShow(t *testing.T) {
	want := map[int][]string{
		// At 80×24 the question of kinds keeps five choices and more in
		// sight (TestKindsKeepFiveChoicesInSight): the risk past the
		// rows is counted, as TestCompactVerdictNeverDropsARiskSilently
		// in ui/panel holds.
		80:  {"2 risks", "[CRIT] Support to forces implicated in grave violations · +1 more risk (?)"},
		200: {"Risks (2)", "[CRIT] Support to forces implicated", "[LOW]  Governance support"},
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Mentoring army battalion commanders on HRDDP")
			press(t, m, "tab")
			typeText(t, m, twoKinds)
			press(t, m, "tab", "enter")
			requireScreen(t, m, want[size[0]]...)
			golden(t, m, size[0], size[1], "Live verdict")
		})
	}
}

// The questionnaire opened from the review of drafts says, where risks
// fire, that r opens the register and that esc there goes on with the
// review of drafts.
func TestReviewEditSaysWhereTheRegisterIs(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			risky := activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations",
				"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")
			next := activity(t, "Dialogue", "implementer", "mission", "kinds", "security-dialogue")
			risky.Status, next.Status = model.StatusDraft, model.StatusDraft
			m := newTestModel(t, sheetOf(risky, next), size[0], size[1])
			press(t, m, "R", "e")
			for i := 0; i < 30 && m.qs().Stage != questionnaire.Reviewing; i++ {
				press(t, m, "right")
			}
			requireScreen(t, m, "2 risks fire: what is being done about them? r: the register")
			if !containsFlat(screenText(m), "esc there goes on with the review of drafts") {
				t.Fatalf("the review step does not say where esc in the register goes:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "review of drafts")
		})
	}
}

// A replace's status line that cannot hold all it did at 80 columns counts
// the rest and says where it reads whole: the help, which opens with the
// status line's message in full, as it does wherever the line says it in
// short; where the line holds it word for word, the help does not repeat it.
func TestReplaceStatusReadsWholeInTheHelp(t *testing.T) {
	how := replaceDid(model.Reimport{Replaced: 12, Reviewed: 3, Discarded: 1,
		DiscardedDrafts: []*model.Activity{{Source: model.Source{Document: "S/RES/2180 (2014)", Ref: "13"}}}})
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			w, _ := m.areaSize(contentArea)
			text := importNote(w, 13, 13, how, "S/RES/2180 (2014)")
			m.Update(statusMsg{Text: text, Full: importNoteWhole(text, 13, 13, how, "S/RES/2180 (2014)")})
			if size[0] < 200 {
				requireScreen(t, m, "+3 more (?)") // two things it did, and the document
				press(t, m, "?")
				requireScreen(t, m, "The status line's message, whole", "left 3 reviewed activities as reviewed", "paragraph 13 discarded", "(S/RES/2180 (2014))")
			} else {
				// The paragraph kept out named in short; the counts in
				// short too, which the help has whole.
				requireScreen(t, m, "3 reviewed kept, discarded 13 kept out", "(S/RES/2180 (2014))")
				press(t, m, "?")
				requireScreen(t, m, "The status line's message, whole", "left 3 reviewed activities as reviewed", "paragraph 13 discarded", "13 drafts imported")
			}
			golden(t, m, size[0], size[1], "Keys of the")
		})
	}
}

// The replace itself, from the import of a mandate already imported to the
// help: the status line counts what it cannot hold, the help has it whole.
func TestReplaceOfADocumentSaysAllItDid(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, resolution)
	press(t, m, "a", "a")
	s := m.sh.sheet
	for i, n := 0, s.Len(); i < 40 && s.Len() == n; i++ { // x discards a draft of no facts
		if press(t, m, "x"); s.Len() == n {
			press(t, m, "s")
		}
	}
	press(t, m, "esc")
	importFile(t, m, resolution)
	press(t, m, "r")
	requireScreen(t, m, "more (?)")
	press(t, m, "?")
	requireScreen(t, m, "The status line's message, whole", "replaced the earlier drafts", "reviewed activities as")
}

// Any status message cut at the line's end reads whole in the help.
func TestCutStatusReadsWholeInTheHelp(t *testing.T) {
	m := demoModel(t, 80, 24)
	long := "Saved the worksheet to a file whose name is long enough that the status line cannot hold it: ends-here.yaml"
	m.Update(statusMsg{Text: long})
	refuseScreen(t, m, "ends-here.yaml")
	press(t, m, "?")
	requireScreen(t, m, "The status line's message, whole", "ends-here.yaml")
}

// In the list of left-out paragraphs ↑/↓ move the mark, as the list says:
// the help and the footer say so too, not that they scroll.
func TestLeftOutListHelpSaysTheArrowsMark(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, resolution)
			press(t, m, "l")
			requireScreen(t, m, "↑/↓ marks one")
			for _, g := range m.draftReview().FullHelp() {
				for _, b := range g {
					if d := b.Help().Desc; b.Enabled() && strings.HasPrefix(d, "scroll") {
						t.Errorf("the help offers %q %q in the list, where ↑/↓ mark", b.Help().Key, d)
					}
				}
			}
			press(t, m, "?")
			requireScreen(t, m, "mark the paragraph above", "mark the next paragraph")
			golden(t, m, size[0], size[1], "Keys of the")
		})
	}
}

// The review's footer offers the scroll keys only where the draft goes on
// below: not at 200×60, where a short draft fits.
func TestReviewOffersScrollKeysOnlyWhereTheDraftScrolls(t *testing.T) {
	scrolls := map[int]bool{80: true, 200: false}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			d := activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations",
				"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")
			d.Status = model.StatusDraft
			d.Description = strings.Repeat("Joint operations with the national army against armed groups in the eastern provinces. ", 6)
			m := newTestModel(t, sheetOf(d), size[0], size[1])
			press(t, m, "R")
			offered := false
			for _, b := range m.draftReview().ShortHelp() {
				offered = offered || b.Enabled() && b.Help().Desc == "scroll down"
			}
			if offered != scrolls[size[0]] {
				t.Errorf("the footer offers scrolling: %v, want %v:\n%s", offered, scrolls[size[0]], screenText(m))
			}
			golden(t, m, size[0], size[1], "Review of drafts")
		})
	}
}

// The description step's heading counts the questions the live verdict
// counts: with the suggested answers previewed, the relevant questions
// answered and suggested leave as many open as the verdict names
// ("answered 0 of 2 relevant" stood beside "12 open questions").
func TestDescriptionCountsTheQuestionsTheVerdictCounts(t *testing.T) {
	head := regexp.MustCompile(`answered (\d+) of (\d+) relevant(?:, (\d+) suggested)?`)
	open := regexp.MustCompile(`(\d+) open questions?`)
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Mentoring army battalion commanders")
			press(t, m, "tab")
			typeText(t, m, twoKinds)
			screen := screenText(m)
			h, o := head.FindStringSubmatch(screen), open.FindStringSubmatch(screen)
			if size[0] >= 200 {
				o = regexp.MustCompile(`Open questions \((\d+)\)`).FindStringSubmatch(screen)
			}
			if h == nil || o == nil {
				t.Fatalf("no counts:\n%s", screen)
			}
			n := func(s string) int { v, _ := strconv.Atoi(s); return v }
			if n(h[3]) == 0 || n(h[2])-n(h[1])-n(h[3]) != n(o[1]) {
				t.Errorf("the heading's %q does not leave the verdict's %s open", h[0], o[1])
			}
			golden(t, m, size[0], size[1], "suggested")
		})
	}
}

// A long owner in the register is cut in its row, so that it squeezes no
// other column: the risks' titles stay whole and the activities keep the
// width; the entry under the list has the owner whole.
func TestRegisterCutsALongOwnerInTheRow(t *testing.T) {
	const owner = "Civil Affairs Section team leader, Port-au-Prince regional office and Les Cayes field office"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "r", "w")
			typeText(t, m, owner)
			press(t, m, "enter")
			requireScreen(t, m, "Entry: due", "Les Cayes field office")
			// The status line names the risk by its title, as the list does,
			// not by the rulebook's id.
			if st := screenText(m); strings.Contains(st, "of grave-violations-support saved") || !containsFlat(st, "Owner of “Support to") {
				t.Errorf("the status line names the risk by its id, not its title:\n%s", st)
			}
			if !containsFlat(screenText(m), "owner "+owner+" · ") {
				t.Fatalf("the entry under the list lacks the whole owner:\n%s", screenText(m))
			}
			if size[0] >= 200 {
				row := ""
				for _, l := range strings.Split(screenText(m), "\n") {
					if strings.HasPrefix(l, ">") {
						row = l
					}
				}
				for _, want := range []string{"Joint offensive with the Congolese army against", "Support to forces implicated in grave violations  ", "Civil Affairs Section team leader, …  "} {
					if !strings.Contains(row, want) {
						t.Errorf("the row lacks %q:\n%s", want, row)
					}
				}
			}
			golden(t, m, size[0], size[1], "Entry: ")
		})
	}
}

// At 80 columns the register's rows of two lines label the activity's
// number (Act, beside the risk it would read as the risk's) and the
// paragraph (Ref, ending the first line), as the columns of the wide list
// do (# Ref Activity).
func TestRegisterLabelsTheNumberAndTheParagraph(t *testing.T) {
	want := map[int][]string{
		80:  {"Act Risk", "Status       Ref", "no entry     22", "owner - · Joint offensive"},
		200: {"# Ref  Activity", "1 22   Joint offensive"},
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations",
				"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")
			a.Source = model.Source{Document: "S/RES/2180 (2014)", Ref: "22"}
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "r")
			requireScreen(t, m, want[size[0]]...)
			golden(t, m, size[0], size[1], "Note: ")
		})
	}
}

// A title cut right after its full stop ends in the ellipsis alone, not
// ".…"; where the width holds it, it reads whole.
func TestTitleCutAfterAStopShowsOneMark(t *testing.T) {
	const title = "Support to the Haitian police service. Training of its officers in the north"
	want := map[int]string{80: "Support to the Haitian police service…", 200: title}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := activity(t, title, "implementer", "mission", "kinds", "vetting")
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			requireScreen(t, m, want[size[0]])
			refuseScreen(t, m, ".…")
			golden(t, m, size[0], size[1], "Summary")
		})
	}
}

// The worksheet's Open column is a count: 0 when every relevant question
// is answered, as the other rows count theirs; "-" stays the Risk column's
// word for no severity.
func TestWorksheetCountsNoOpenQuestionAsZero(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := activity(t, "Mediation with community input", "implementer", "mission", "kinds", "mediation", "community_input", "yes")
			if n := len(classify.Default().Classify(a).OpenQuestions); n != 0 {
				t.Fatalf("the activity has %d open questions", n)
			}
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			row := regexp.MustCompile(`Mediation with community input +T\d +\S+(?: \S+)? +(\S+) +(\S+)`).FindStringSubmatch(screenText(m))
			if row == nil || row[2] != "0" {
				t.Fatalf("Risk and Open: %q:\n%s", row, screenText(m))
			}
			golden(t, m, size[0], size[1], "Summary")
		})
	}
}

// belowSign and aboveSign are the one sign every scrolled view gives of
// the lines out of sight (ui/component ScrollSign).
var (
	belowSign = regexp.MustCompile(`↓ more: \d+ lines? below \(↓/j, pgdn\)`)
	aboveSign = regexp.MustCompile(`↑ \d+ above \(pgup\)`)
)

// Every section of the framework that is longer than the screen says so on
// its last row, and what is above once scrolled, as the portfolio does (a
// first use found Kinds, Readings and Risks at 80×24 with no sign of more,
// their footers' scroll keys given way to "…"); so do the activity's
// account, the help and the briefing. At the end nothing says more is below.
func TestScrolledViewsSignWhatIsOutOfSight(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "f")
			sections := []string{"1", "2", "3", "4"}
			if size[0] == 200 {
				sections = []string{"3", "4"} // the kinds and the readings fit
			}
			for _, sec := range sections {
				press(t, m, sec)
				s := screenText(m)
				if !belowSign.MatchString(s) || aboveSign.MatchString(s) {
					t.Fatalf("section %s at its top gives no sign of what is below:\n%s", sec, s)
				}
				press(t, m, "end")
				s = screenText(m)
				if !aboveSign.MatchString(s) || belowSign.MatchString(s) {
					t.Fatalf("section %s at its end gives no sign of what is above:\n%s", sec, s)
				}
			}
			press(t, m, "1")
			golden(t, m, size[0], size[1], "Kinds")
			press(t, m, "esc", "enter")
			if s := screenText(m); !belowSign.MatchString(s) {
				t.Fatalf("the account gives no sign of what is below:\n%s", s)
			}
			// The help and the briefing, longer than the screen, alike.
			views := [][]string{{"esc", "b"}}
			if size[0] == 80 {
				views = [][]string{{"?"}, {"esc", "esc", "b"}} // the help fits at 200×60
			}
			for _, keys := range views {
				press(t, m, keys...)
				if s := screenText(m); !belowSign.MatchString(s) {
					t.Fatalf("%v gives no sign of what is below:\n%s", keys, s)
				}
				press(t, m, "end")
				if s := screenText(m); !aboveSign.MatchString(s) || belowSign.MatchString(s) {
					t.Fatalf("%v at its end gives no sign of what is above:\n%s", keys, s)
				}
			}
		})
	}
}

// title150 is a title of 150 characters, as a planner names an activity
// from a mandate's paragraph.
const title150 = "Joint training of the national army and police battalions in the eastern provinces on human rights, IHL, and the protection of civilians in operations"

// The account of an activity, on the worksheet (enter) and in the
// presentation (p, enter), shows its title whole, wrapped at its top: the
// bars above have room for part of it only (a first use found it cut with
// "…" at 80 columns and nothing that showed the rest).
func TestAccountShowsALongTitleWhole(t *testing.T) {
	if len(title150) != 150 {
		t.Fatalf("the title has %d characters", len(title150))
	}
	for _, size := range sizes {
		for _, way := range []struct {
			name string
			keys []string
			wait string
		}{{"activity", []string{"enter"}, "Verdict:"}, {"presentation", []string{"p", "enter"}, "Account"}} {
			t.Run(fmt.Sprintf("%s_%dx%d", way.name, size[0], size[1]), func(t *testing.T) {
				a := activity(t, title150, "implementer", "mission", "kinds", "rights-training", "forces", "army")
				m := newTestModel(t, sheetOf(a), size[0], size[1])
				press(t, m, way.keys...)
				lines := strings.Split(screenText(m), "\n")
				// Below the bars, not in them: the account's own lines.
				if !containsFlat(strings.Join(lines[1:5], "\n"), title150) {
					t.Fatalf("the account does not show the title whole at its top:\n%s", screenText(m))
				}
				golden(t, m, size[0], size[1], way.wait)
			})
		}
	}
}

// The register's columns are parted by two spaces at least: with one, a
// risk's title cut to its column read on into the severity ("… does not
// look at low").
func TestRegisterPartsItsColumnsByTwoSpaces(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "r", "s")
			rows := 0
			for _, l := range strings.Split(screenText(m), "\n") {
				for _, sev := range []string{"critical", "high", "medium", "low"} {
					if i := strings.Index(l, " "+sev+" "); i > 0 && strings.Contains(l, "no entry") || i > 0 && strings.Contains(l, "not-started") {
						rows++
						if !strings.Contains(l, "  "+sev+"  ") {
							t.Errorf("the severity %q is not parted by two spaces:\n%s", sev, l)
						}
						if strings.Contains(l, "not-started ") && !strings.Contains(l, "not-started  ") {
							t.Errorf("the status is not parted by two spaces:\n%s", l)
						}
					}
				}
			}
			if rows == 0 {
				t.Fatalf("no row of the register on the screen:\n%s", screenText(m))
			}
		})
	}
}
