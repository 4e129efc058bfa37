package questionnaire

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Under the description, where the suggestions do not all fit, whole
// suggestions give way and are counted: none is cut in the middle of the
// words it quotes (“protect … with no closing quote and no sign).
func TestSuggestionsGiveWayWhole(t *testing.T) {
	q := atReview(t, 80, 24)
	q.activity.Title = "Joint training and mentoring of the national police and army battalions deployed to the eastern provinces under the mission's protection mandate"
	q.activity.Description = "UN police will train police officers in human rights and the mission will run joint patrols with army battalions to protect civilians in camps."
	q.reread()
	all := q.suggestionLines(60, 0)
	if len(all) < 6 {
		t.Fatalf("the reading suggests too little to cut: %q", all)
	}
	for room := 3; room < len(all); room++ {
		lines := q.suggestionLines(60, room)
		if len(lines) > room {
			t.Errorf("room %d: %d lines", room, len(lines))
		}
		last := ansi.Strip(lines[len(lines)-1])
		if !strings.Contains(last, "more (each shows on its question)") {
			t.Errorf("room %d: the last line does not count what gave way: %q", room, last)
		}
		text := ansi.Strip(strings.Join(lines[:len(lines)-1], " "))
		if strings.Count(text, "“") != strings.Count(text, "”") {
			t.Errorf("room %d: a quotation is cut without its end: %q", room, text)
		}
	}
}
