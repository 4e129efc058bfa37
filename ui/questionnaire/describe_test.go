package questionnaire

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/words"
)

// Under the description, where the suggestions do not all fit, whole
// suggestions give way and are counted: none is cut in the middle of the
// words it quotes (“protect … with no closing quote and no sign). The count
// adds up: the rows in sight and the rows counted are every row, and with
// room for one line only, that line is the count.
func TestSuggestionsGiveWayWhole(t *testing.T) {
	q := atReview(t, 80, 24)
	q.activity.Title = "Joint training and mentoring of the national police and army battalions deployed to the eastern provinces under the mission's protection mandate"
	q.activity.Description = "UN police will train police officers in human rights and the mission will run joint patrols with army battalions to protect civilians in camps, without vetting."
	q.reread()
	all := q.suggestionLines(60, 0)
	if len(all) < 6 {
		t.Fatalf("the reading suggests too little to cut: %q", all)
	}
	// Every suggestion and every reading set aside is counted where it
	// gives way: with one line, all of them; with each line more, at most
	// one comes into sight.
	groups := len(words.Values(q.reading)) + len(q.reading.Declined)
	counted := regexp.MustCompile(`(\d+) (?:more )?(?:answers?|readings?)|(\d+) set aside`)
	before := groups
	for room := 1; room < len(all); room++ {
		lines := q.suggestionLines(60, room)
		if len(lines) > room {
			t.Errorf("room %d: %d lines", room, len(lines))
		}
		last := ansi.Strip(lines[len(lines)-1])
		if !strings.HasPrefix(last, "  … and ") && !(room == 1 && strings.HasPrefix(last, "Suggested: ")) {
			t.Errorf("room %d: the last line does not count what gave way: %q", room, last)
		}
		n := 0
		for _, m := range counted.FindAllStringSubmatch(last, -1) {
			c, _ := strconv.Atoi(m[1] + m[2])
			n += c
		}
		if (room <= 2 && n != groups) || n > before || n < before-1 {
			t.Errorf("room %d: %q counts %d of %d (%d with a line less)", room, last, n, groups, before)
		}
		before = n
		text := ansi.Strip(strings.Join(lines[:len(lines)-1], " "))
		if strings.Count(text, "“") != strings.Count(text, "”") {
			t.Errorf("room %d: a quotation is cut without its end: %q", room, text)
		}
	}
}
