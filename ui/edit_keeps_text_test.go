package ui

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/ui/questionnaire"
)

// longText is n characters of words, with tabs and line breaks when lines is
// set, drawn from the seed.
func longText(r *rand.Rand, n int, lines bool) string {
	words := []string{"train", "the", "police", "in", "Juba", "éàü", "patrols", "—", "https://example.org/a/very/long/path"}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[r.Intn(len(words))])
		switch {
		case lines && r.Intn(6) == 0:
			b.WriteString("\n")
		case lines && r.Intn(20) == 0:
			b.WriteString("\t")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// toDescription opens the activity under the cursor in the questionnaire and
// goes back to its description step.
func toDescription(t *testing.T, m *Model) {
	t.Helper()
	press(t, m, "e")
	for i := 0; m.quest != nil && m.qs().Stage != questionnaire.Describing && i < 40; i++ {
		press(t, m, "left")
	}
	if m.quest == nil || m.qs().Stage != questionnaire.Describing {
		t.Fatalf("the questionnaire is not at the description step:\n%s", screenText(m))
	}
}

// TestEditKeepsEveryCharacter is a property: an activity is opened in the
// questionnaire, one character is typed at the end of its title or of its
// description, and the questionnaire is closed. The other field is never
// shortened or changed, and the field typed into holds every character it
// had, plus the one typed, or was left whole with a message saying why.
func TestEditKeepsEveryCharacter(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	for i := 0; i < 40; i++ {
		title := longText(r, 1+r.Intn(700), false)
		desc := longText(r, r.Intn(12000), r.Intn(2) == 0)
		if i == 0 { // the case seen: a 340-character title, a 10,000-character description
			title, desc = strings.Repeat("t", 340), strings.Repeat("d", 10000)
		}
		a := activity(t, "x", "implementer", "mission", "kinds", "training")
		a.Title, a.Description = title, desc
		m := newTestModel(t, sheetOf(a), 120, 40)
		toDescription(t, m)
		inDesc := i%2 == 1
		if inDesc {
			press(t, m, "tab", "ctrl+end")
		} else {
			press(t, m, "end")
		}
		typeText(t, m, "Z")
		refused := strings.Contains(screenText(m), "cannot be edited here")
		press(t, m, "esc")
		gotTitle, gotDesc := a.Title, a.Description
		if inDesc {
			if gotTitle != title {
				t.Fatalf("case %d: typing in the description changed the title from %d to %d characters", i, len(title), len(gotTitle))
			}
			if gotDesc != desc+"Z" && !(refused && gotDesc == desc) {
				t.Fatalf("case %d: description of %d characters became %d (refused: %v)", i, len(desc), len(gotDesc), refused)
			}
		} else {
			if gotDesc != desc {
				t.Fatalf("case %d: typing in the title changed the description from %d to %d characters", i, len(desc), len(gotDesc))
			}
			if gotTitle != strings.TrimSpace(title+"Z") && !(refused && gotTitle == strings.TrimSpace(title)) {
				t.Fatalf("case %d: title of %d characters became %d (refused: %v)", i, len(title), len(gotTitle), refused)
			}
		}
	}
}

// TestEditRefusedBeforeAnythingIsCut opens a description the text field
// cannot hold unchanged (more lines than it keeps): typing into it is refused
// with a message, and the text stays whole.
func TestEditRefusedBeforeAnythingIsCut(t *testing.T) {
	a := activity(t, "Long minutes", "implementer", "mission")
	a.Description = strings.Repeat("line\n", 10050)
	desc := a.Description
	m := newTestModel(t, sheetOf(a), 120, 40)
	toDescription(t, m)
	press(t, m, "tab")
	typeText(t, m, "Z")
	requireScreen(t, m, "cannot be edited here")
	press(t, m, "esc")
	if a.Description != desc {
		t.Fatalf("description of %d characters became %d", len(desc), len(a.Description))
	}
	if a.Title != "Long minutes" {
		t.Fatalf("title became %q", a.Title)
	}
}
