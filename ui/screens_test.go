package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// These tests run the root model in a bubbletea program (teatest) at fixed
// sizes and compare the final screen with golden files in testdata/; run
// `go test ./ui/... -update` to regenerate them after an intended change.

// waitText waits until the program has drawn every piece of text.
func waitText(t *testing.T, tm *teatest.TestModel, texts ...string) {
	t.Helper()
	seen := make([]bool, len(texts))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		all := true
		for i, s := range texts {
			seen[i] = seen[i] || bytes.Contains(b, []byte(s))
			all = all && seen[i]
		}
		return all
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// sendKeys sends key names (see keyMsg) to the program.
func sendKeys(tm *teatest.TestModel, keys ...string) {
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
}

// finalScreen quits the program and returns the root model's last screen.
func finalScreen(t *testing.T, tm *teatest.TestModel) (*Model, string) {
	t.Helper()
	tm.Send(tea.Quit())
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	return m, m.View()
}

func TestScreens(t *testing.T) {
	screens := []struct {
		name string
		keys []string
		wait string // text the screen shows once drawn
	}{
		{"worksheet", nil, "Risks by severity"},
		{"questionnaire", []string{"j", "e"}, "Live verdict"},
		{"description", []string{"n"}, "Describe the activity"},
		{"activity", []string{"enter"}, "Verdict: T2"},
		{"framework", []string{"f"}, "Protection through dialogue"},
		{"help", []string{"?"}, "Keys of the worksheet screen"},
		{"export", []string{"x"}, "markdown briefing"},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				if len(s.keys) == 0 {
					waitText(t, tm, "Joint offensiv", s.wait)
				} else {
					waitText(t, tm, "Joint offensiv")
					sendKeys(tm, s.keys...)
					waitText(t, tm, s.wait)
				}
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}

// The description step with what its words suggest, and the review of a
// draft imported from a resolution.
func TestScreensOfSuggestionsAndDrafts(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("description_suggested_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "No activities yet")
			sendKeys(tm, "n")
			waitText(t, tm, "Describe the activity")
			tm.Type("Police reform")
			sendKeys(tm, "tab")
			tm.Type(policeReform)
			waitText(t, tm, "without oversight")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
		t.Run(fmt.Sprintf("draft_review_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "No activities yet")
			sendKeys(tm, "i")
			waitText(t, tm, "Import a mandate")
			tm.Type(resolution)
			sendKeys(tm, "enter")
			waitText(t, tm, "34 drafts")
			// The review of the draft of paragraph 12(c), found by the filter.
			sendKeys(tm, "esc", "/")
			tm.Type("12-c-")
			sendKeys(tm, "enter", "R")
			waitText(t, tm, "S/RES/1925 (2010) 12(c)")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
		// The paragraphs the import left out, and why (l in the review).
		t.Run(fmt.Sprintf("left_out_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "No activities yet")
			sendKeys(tm, "i")
			waitText(t, tm, "Import a mandate")
			tm.Type(resolution)
			sendKeys(tm, "enter")
			waitText(t, tm, "34 drafts")
			sendKeys(tm, "l")
			waitText(t, tm, "Left out of S/RES/1925 (2010)")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

func TestScreenTooSmall(t *testing.T) {
	m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	waitText(t, tm, "Joint offensiv")
	tm.Send(resize(60, 15))
	waitText(t, tm, "Terminal too small")
	tm.Send(resize(80, 24))
	waitText(t, tm, "Mission: Case library")
	_, view := finalScreen(t, tm)
	if !strings.Contains(view, "Joint offensiv") {
		t.Errorf("after growing back:\n%s", view)
	}
}

// A questionnaire answered to the end gives the verdict, in the live panel and
// then in the full account.
func TestFlowQuestionnaireToVerdict(t *testing.T) {
	m := NewModel(classify.Default(), model.New(""), false, nil, nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	waitText(t, tm, "No activities yet")
	sendKeys(tm, "n")
	waitText(t, tm, "Describe the activity")
	tm.Type("Joint offensive with the army")
	sendKeys(tm, "tab")
	tm.Type("Peacekeepers and soldiers attack an armed group together.")
	sendKeys(tm, "tab")
	waitText(t, tm, "Who carries out the activity?", "~ suggested from: “Peacekeepers”")
	sendKeys(tm, "1") // the mission, as suggested
	// The words suggested combined operations: enter accepts it.
	waitText(t, tm, "What does the activity do?", "~ Combined operations (primary)")
	// An enter right after the key that moved here does nothing; the next
	// one answers.
	sendKeys(tm, "enter")
	waitText(t, tm, "enter again to answer it")
	sendKeys(tm, "enter")
	waitText(t, tm, "Which state security institutions")
	sendKeys(tm, "enter") // army, as suggested
	waitText(t, tm, "Which accountability measures")
	sendKeys(tm, "2", "enter") // discipline
	waitText(t, tm, "What is the human rights record")
	sendKeys(tm, "4") // grave ongoing violations
	waitText(t, tm, "[CRIT] Support to forces")
	for i := 0; i < 8; i++ {
		sendKeys(tm, "0")
	}
	waitText(t, tm, "questions answered")
	sendKeys(tm, "enter")
	// After the verdict, the register step of its one risk: enter skips it.
	waitText(t, tm, "What is being done about this risk?", "Risk 1 of 1")
	sendKeys(tm, "enter")
	waitText(t, tm, "Tier 2 — Provision of physical protection", "Agenda — POC only")
	final, view := finalScreen(t, tm)
	a := final.sh.sheet.At(0)
	v := final.sh.sheet.Verdict(a)
	if final.front != detailScreen || v.Tier != 2 || v.Agenda != classify.POCOnly || v.Highest != classify.Critical {
		t.Fatalf("verdict %+v on screen %d:\n%s", v, final.front, view)
	}
	if a.ID != "joint-offensive-with-the-army" || a.Facts.Primary() != "combined-operations" {
		t.Errorf("activity %s %v", a.ID, a.Facts[model.Kinds].Set)
	}
}

// Changing an answer makes a risk appear, and changing it back makes it vanish.
func TestFlowRiskAppearsAndVanishes(t *testing.T) {
	a := activity(t, "Training of the police", "implementer", "mission", "kinds", "capacity-training",
		"forces", "police", "combined_ops", "true", "training_format", "curriculum")
	m := NewModel(classify.Default(), sheetOf(a), false, nil, nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	waitText(t, tm, "Training of the police")
	sendKeys(tm, "e")
	waitText(t, tm, "Which accountability measures")
	sendKeys(tm, "down", "down", "down", "down", "down", "down", "down", "down", "down") // none of these
	sendKeys(tm, "space")
	waitText(t, tm, "[HIGH] Capacity built")
	sendKeys(tm, "2") // discipline: an institutional measure
	waitText(t, tm, "POC and SSR overlap")
	final, view := finalScreen(t, tm)
	if strings.Contains(view, "Capacity built with no accountability") {
		t.Errorf("the risk stayed after accountability was added:\n%s", view)
	}
	if got := final.sh.sheet.Verdict(a).Agenda; got != classify.Overlap {
		t.Errorf("agenda %s", got)
	}
}

// Answers make questions appear and disappear: the count of relevant questions
// and the jump list follow.
func TestFlowRelevanceHidesAndShowsQuestions(t *testing.T) {
	m := NewModel(classify.Default(), model.New(""), false, nil, nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	waitText(t, tm, "No activities yet")
	sendKeys(tm, "n", "tab", "tab")
	waitText(t, tm, "Question 1 of 2")
	sendKeys(tm, "1")
	waitText(t, tm, "Question 2 of 3")
	// The cursor starts on "don't know", the last row; down wraps to the top.
	for i := 0; i < 14; i++ {
		sendKeys(tm, "down")
	}
	sendKeys(tm, "space") // operational training
	waitText(t, tm, "now also asked: forces, combined ops, accountability")
	sendKeys(tm, "space") // untick
	waitText(t, tm, "no longer asked: forces, combined ops")
	sendKeys(tm, "g")
	waitText(t, tm, "Jump to a question")
	final, view := finalScreen(t, tm)
	if strings.Contains(view, "combined ops") || len(final.quest.State().Questions) != 3 {
		t.Errorf("%d questions, screen:\n%s", len(final.quest.State().Questions), view)
	}
}
