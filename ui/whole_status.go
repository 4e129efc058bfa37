package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// wholeView is a screen that takes the whole terminal (the presentation),
// with the status line's message, while one stands, on its last line, the
// line of its keys: the chrome is hidden there, and a message said only on
// the help (a restored autosave's, at the start of `pocssr present`) left
// the board without a sign of it. The message takes the keys' place until
// the next key, as it leaves the status line of other screens; "? keys"
// stays beside it, since the help shows the message whole where it is cut
// ("… (?)"). No row of the drawings gives way, so they do not move.
func (m *Model) wholeView() string {
	view := m.current().View()
	if m.statusText() == "" && m.autosaveWarning() == "" {
		return view
	}
	st := m.sh.st
	help := st.Key.Render("?") + " " + st.Muted.Render("keys")
	sep := st.Muted.Render(" · ")
	line := m.statusIn(m.width - ansi.StringWidth(sep+help))
	lines := strings.Split(view, "\n")
	lines[len(lines)-1] = fit(line+sep+help, m.width)
	return strings.Join(lines, "\n")
}
