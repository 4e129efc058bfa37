package questionnaire

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/words"
)

// Under the description, where the suggestions do not all fit, whole
// suggestions give way and are counted: none is cut in the middle of the
// words it quotes (“protect … with no closing quote and no sign). The count
// adds up: the rows in sight and the rows counted are every row, and with
// room for no row of them, the lines are the count. The count wraps whole
// but in a room of one line.
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
	groups := len(words.Values(q.reading)) + len(report.DeclinedOnce(q.reading))
	counted := regexp.MustCompile(`(\d+) (?:more )?(?:answers?|readings?)|(\d+) set aside`)
	before := groups
	for room := 1; room < len(all); room++ {
		lines := q.suggestionLines(60, room)
		if len(lines) > room {
			t.Errorf("room %d: %d lines", room, len(lines))
		}
		// The count is the last rows, wrapped whole: cut, it named
		// neither what nor where ("… 1 more reading your answer…").
		c := len(lines) - 1
		for c > 0 && !strings.HasPrefix(ansi.Strip(lines[c]), "  … and ") && !strings.HasPrefix(ansi.Strip(lines[c]), "Suggested: ") {
			c--
		}
		last := strings.Join(strings.Fields(ansi.Strip(strings.Join(lines[c:], " "))), " ")
		if !strings.HasPrefix(last, "… and ") && !(c == 0 && strings.HasPrefix(last, "Suggested: ")) {
			t.Errorf("room %d: the last lines do not count what gave way: %q", room, last)
		}
		if room > 1 && (strings.Contains(last, "…") && !strings.HasPrefix(last, "…") || strings.Count(last, "…") > 1) {
			t.Errorf("room %d: the count is cut: %q", room, last)
		}
		// "… and N more" follows a row of them, never the heading alone.
		if strings.HasPrefix(last, "… and ") && c < 2 {
			t.Errorf("room %d: %q counts more than no row: %q", room, last, lines)
		}
		n := 0
		for _, m := range counted.FindAllStringSubmatch(last, -1) {
			c, _ := strconv.Atoi(m[1] + m[2])
			n += c
		}
		// A line more may bring two rows into sight where the count takes
		// a row less: never does it count more.
		if (c == 0 && n != groups) || n > before {
			t.Errorf("room %d: %q counts %d of %d (%d with a line less)", room, last, n, groups, before)
		}
		before = n
		text := ansi.Strip(strings.Join(lines[:c], " "))
		if strings.Count(text, "“") != strings.Count(text, "”") {
			t.Errorf("room %d: a quotation is cut without its end: %q", room, text)
		}
	}
}

// wholeRows counts the rows a description wraps to by drawing it whole in a
// text area of its own, each row under the text marked.
func wholeRows(q *Screen) int {
	const mark = '\uE000'
	a := textarea.New()
	a.ShowLineNumbers, a.CharLimit, a.MaxHeight = false, 0, 0
	a.Prompt, a.EndOfBufferCharacter = q.desc.Prompt, mark
	a.SetWidth(q.descWidth())
	a.SetValue(q.desc.Value())
	for tall := a.LineCount() + 1; ; tall *= 2 {
		a.SetHeight(tall)
		for i, l := range strings.Split(a.View(), "\n") {
			if strings.ContainsRune(l, mark) {
				return i
			}
		}
	}
}

// The description's box counts the rows of the description as a text area
// drawing it whole does, whatever is typed, wherever the cursor goes; the
// rows in sight and those it signs above and below are every row.
func TestDescriptionBoxCountsItsRows(t *testing.T) {
	q := atReview(t, 80, 24)
	q.describe()
	q.Update(tea.KeyMsg{Type: tea.KeyTab})
	if q.focus != 1 {
		t.Fatal("tab did not go to the description")
	}
	words := []string{"police", "training of the national army", "in the eastern provinces",
		"a-word-too-long-for-any-row-of-the-box-so-that-the-box-must-break-it-where-it-can"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 150 {
		switch n := r.IntN(10); {
		case n == 0:
			q.Update(tea.KeyMsg{Type: tea.KeyEnter})
		case n == 1:
			q.Update(tea.KeyMsg{Type: tea.KeyUp})
		case n == 2:
			q.Update(tea.KeyMsg{Type: tea.KeyBackspace})
		case n == 3:
			q.Update(tea.KeyMsg{Type: tea.KeyDown})
		default:
			q.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(words[r.IntN(len(words))] + " ")})
		}
		want := wholeRows(q)
		if got := q.descCount(); got != want {
			t.Fatalf("step %d: the box counts %d rows of %d:\n%s", i, got, want, q.desc.Value())
		}
		box, above, below := q.descBox()
		// The rows in sight are those neither above nor below: at least
		// one, the box's height where more are below (the box may show
		// the rows under the text after a line is taken out).
		h, inSight := q.desc.Height(), want-above-below
		if len(box) != h || inSight < 1 || inSight > h || below > 0 && inSight != h || want <= h && above+below != 0 {
			t.Fatalf("step %d: %d rows, %d in sight, %d above, %d below", i, want, len(box), above, below)
		}
	}
}
