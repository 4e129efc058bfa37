// Package component is what every screen of the terminal program is built
// on: the one interface a screen offers the root model (Screen), the typed
// messages that move between screens (Open, Replace, Back, Select) and say
// something on the status line (Status), and the context every screen reads
// (Context: the worksheet being edited, styles, the keys that work
// everywhere, the queue of messages to the root). A screen lives in a package of its own under ui/ and imports
// this one; the root model in ui registers it with one line and never sees
// its fields.
package component

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// Screen is one screen: a tea.Model that draws in the area it is given,
// lists its keys (for the footer and the help screen) and names itself in
// the title bar.
type Screen interface {
	tea.Model
	help.KeyMap
	SetSize(w, h int)
	Title() string
}

// Opener is a screen opened with something to show (an activity, where to
// start). Open reports whether there is something to show: when not, the
// screen is not opened, and the command it returns says why.
type Opener interface {
	Open(arg any) (tea.Cmd, bool)
}

// Selector is a screen that keeps an activity under its cursor, and follows
// the activity other screens show (Select).
type Selector interface {
	Select(a *model.Activity)
}

// Term is a word a screen's heading uses, and what it means.
type Term struct{ Word, Meaning string }

// Glossary is a screen whose heading uses words of its own (the review's
// "asked of others"): its help screen explains each under its keys.
type Glossary interface {
	Terms() []Term
}

// GlossaryOf is a Glossary whose words are not its heading's (the
// worksheet's marks before a title): GlossaryOf heads them on the help
// screen in place of "Words of the heading".
type GlossaryOf interface {
	GlossaryOf() string
}

// WholeText is a screen that cut a text of its own for want of rows (the
// question's help at 80×24): its help screen shows the text whole, first,
// under heading; "" when nothing is cut.
type WholeText interface {
	WholeText() (heading, text string)
}

// Recaller is a screen that keeps, for its help, a message the status line
// gave in short and has since let go (an import's note, "… +3 more (?)"):
// the help shows it whole under heading, said in the past, as long as the
// screen keeps it; "" when it keeps none.
type Recaller interface {
	Recalled() (heading, text string)
}

// TextFocuser is a screen that has text fields (the worksheet's filter,
// the questionnaire's description): TextFocused says whether one has the
// keys now. Its help says what text fields do with the keys; the help of a
// screen without one does not.
type TextFocuser interface{ TextFocused() bool }

// KeysOf is a screen with parts that take keys of their own (the
// presentation's board, walk-through and account): its help is titled
// after the part in front ("Keys of the presentation's walk-through"), not
// after the screen; "" names the screen.
type KeysOf interface {
	KeysOf() string
}

// ID names a registered screen.
type ID int

// The navigation messages a screen sends (Context.Send).
type (
	// Open opens a screen in front, with Arg for its Open. A screen already
	// open is brought back: the screens above it close.
	Open struct {
		To  ID
		Arg any
	}
	// Replace closes the screen in front and opens another in its place.
	Replace struct {
		To  ID
		Arg any
	}
	// Back closes the screen in front; Result, when set, goes to the screen
	// below it, which is then in front.
	Back struct{ Result tea.Msg }
	// Select asks every open Selector to put its cursor on an activity.
	Select struct{ Activity *model.Activity }
	// Status shows a line in the status bar, marked as an error when Err.
	// Full, when set, is the whole message that Text shortens to the line:
	// the help screen shows it.
	Status struct {
		Text string
		Err  bool
		Full string
		// Recall, when set, heads the message whole in the help of the
		// worksheet once the line has let it go, said in the past ("When
		// the review ended, the status line said"): the end of a review
		// counts what no screen keeps.
		Recall string
	}
	// Edited is the questionnaire's result for the screen below it, what the
	// edit of Activity did: whether the planner answered or changed anything
	// (Changed), and how many suggested answers are left unconfirmed
	// (Pending). The review of drafts counts the edit and goes on; outside
	// it the questionnaire sends Select first, so the worksheet follows.
	Edited struct {
		Activity *model.Activity
		Changed  bool
		Pending  int
		// Unkept counts the suggested answers of a draft confirmed in this
		// run that the worksheet keeps as answers only: it has no mark of a
		// confirmation, so a draft opened again in a later run shows them
		// suggested again. Only a reviewed activity keeps them confirmed.
		Unkept int
		// Replaced counts the suggested answers of a draft the planner
		// changed in this edit: their answer is the planner's now
		// (KeptNote), and a later run shows it as the planner gave it.
		Replaced int
		// Unticked are the lists whose every suggested value the planner
		// unticked, not known now: nothing confirmed, they keep the draft
		// a draft until answered.
		Unticked []model.Fact
		// Dropped are the answers only the words suggested, on questions
		// not asked, that becoming reviewed took away
		// (session.Sheet.DropUnasked).
		Dropped session.Unasked
		// Then, when set, is what the screen below sends once it has gone
		// on: r in the questionnaire opened from the review of drafts
		// opens the register on the activity, over the review, which has
		// gone on to its next draft meanwhile.
		Then tea.Msg
	}
	// Copy asks the root to put Text on the terminal's clipboard, which
	// only the root can write to.
	Copy struct{ Text string }
)

// Request asks the root model for something only it can do: quit, or open
// one of its prompts (save as, export, the heading, import, compare) or the
// briefing of what it holds. A screen sends it with Send.
type Request int

// The requests a screen may send.
const (
	RequestQuit Request = iota
	RequestSaveAs
	RequestExport
	RequestBriefing
	RequestHeading
	RequestImport
	RequestCompare
)

// Context is what every screen reads: the worksheet being edited (with its
// rulebook, cached verdicts, tally and undo), the styles, the keys that work
// on every screen, and the queue of messages to the root model. The root
// owns it; screens hold a pointer.
type Context struct {
	Sheet  *session.Sheet
	Styles *Styles
	Keys   GlobalKeys
	// StatusWidth is how wide the status line is: the screen's width,
	// wider than a screen's area on a wide terminal. A note shortened to
	// the line takes it as its room (StatusRoom).
	StatusWidth int
	// OpenedOver names the screen that a screen being opened goes back to
	// ("review of drafts"), as the help names it: the root sets it just
	// before it calls the screen's Open, so that the screen's help says
	// where its way back leads from where it was opened.
	OpenedOver string
	// pending holds the messages screens sent the root (see Send).
	pending []tea.Msg
}

// Send queues a message for the root model, which handles it as soon as the
// screen's Update returns. The queue is for navigation and the status line
// only: as a command, the message would run beside the program, and a key
// typed ahead (enter, then a letter) could reach the screen the first key
// meant to leave. Work that takes time is a command. It returns a nil
// command, so that screens can return it.
func (c *Context) Send(msg tea.Msg) tea.Cmd {
	c.pending = append(c.pending, msg)
	return nil
}

// StatusRoom is how many cells the status line gives a note, at least w
// (the screen's area, before the root has measured the terminal).
func (c *Context) StatusRoom(w int) int { return max(w, c.StatusWidth) }

// Status shows a line in the status bar.
func (c *Context) Status(text string) tea.Cmd { return c.Send(Status{Text: text}) }

// StatusError shows a line in the status bar, marked as an error.
func (c *Context) StatusError(text string) tea.Cmd { return c.Send(Status{Text: text, Err: true}) }

// Next takes the first message queued for the root; ok is false when none is.
func (c *Context) Next() (msg tea.Msg, ok bool) {
	if len(c.pending) == 0 {
		return nil, false
	}
	msg = c.pending[0]
	c.pending = c.pending[1:]
	return msg, true
}

// Bind declares a key binding with its help text.
func Bind(keys []string, k, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
}

// GlobalKeys work on every screen (outside text fields, except ctrl+c and ctrl+s).
type GlobalKeys struct {
	ForceQuit key.Binding
	Save      key.Binding
	Help      key.Binding
	// Suspend stops the program and gives the shell back (fg resumes it), as
	// in every other terminal program; undo is u.
	Suspend key.Binding
}

// NewGlobalKeys declares the keys that work on every screen.
func NewGlobalKeys() GlobalKeys {
	return GlobalKeys{
		ForceQuit: Bind([]string{"ctrl+c"}, "ctrl+c", "quit now (unsaved work stays in the autosave)"),
		Save:      Bind([]string{"ctrl+s"}, "ctrl+s", "save"),
		// f1 opens the help from a text field too, where ? is typed
		Help:    Bind([]string{"?", "f1"}, "?", "help: all keys of this screen"),
		Suspend: Bind([]string{"ctrl+z"}, "ctrl+z", "suspend to the shell (fg comes back)"),
	}
}

// UndoKeys are the keys that undo a change to the worksheet and make it
// again, the same on every screen that edits it.
func UndoKeys() (undo, redo key.Binding) {
	return Bind([]string{"u"}, "u", "undo"), Bind([]string{"ctrl+r"}, "ctrl+r", "redo what u undid")
}

// Undo reverts the last change to the worksheet, or with redo makes again
// the last change undone, and says on the status line which it was. The
// worksheet's cursor follows (Select) to the activity the change was made
// on, brought back or changed, or to the one now in its place where it was
// taken out, as it follows the activity of any other edit.
func (c *Context) Undo(redo bool) tea.Cmd {
	if redo {
		r := c.Sheet.RedoLast()
		if r.What == "" {
			return c.Status("Nothing to redo.")
		}
		c.follow(r)
		return c.StatusTitled("Redid the " + r.What + "; u undoes it again.")
	}
	r := c.Sheet.UndoLast()
	if r.What == "" {
		return c.Status("Nothing to undo.")
	}
	c.follow(r)
	return c.StatusTitled("Undid the last " + r.What + "; ctrl+r redoes it.")
}

// follow asks the lists to put their cursor where an undo or a redo
// changed the worksheet.
func (c *Context) follow(r session.Replayed) {
	if r.Cursor != nil {
		c.Send(Select{Activity: r.Cursor})
	}
}

// StatusTitled shows a note that names a draft between “ and ” on the
// status line (TitledNote), its title fitted to the line.
func (c *Context) StatusTitled(note string) tea.Cmd {
	open, end := strings.Index(note, "“"), strings.LastIndex(note, "”")
	if open < 0 || end < open {
		return c.Status(note)
	}
	start := open + len("“")
	return c.Send(TitledNote(note[:start], note[start:end], note[end:], c.StatusRoom(0), leastTitle))
}

// HelpSign ends a status line cut for room: ? shows it whole.
const HelpSign = " (?)"

// TitledNote is a status note naming a title between lead and tail, on a
// line of room cells: whole where it fits; else the title cut (CutTitle,
// never to fewer than least cells) so that the note's end, the key that
// undoes it, stays on the line, followed by HelpSign, and the note whole
// for the help. Every note that names an activity is cut this one way.
func TitledNote(lead, title, tail string, room, least int) Status {
	whole := lead + title + tail
	if ansi.StringWidth(whole) <= room {
		return Status{Text: whole}
	}
	tail = strings.TrimSuffix(tail, ".") + HelpSign
	shown := CutTitle(title, max(least, room-ansi.StringWidth(lead+tail)))
	return Status{Text: lead + shown + tail, Full: whole}
}

// StatusCut shows text on the status line, a shortened form of whole,
// which the help shows where the two differ.
func (c *Context) StatusCut(text, whole string) tea.Cmd {
	st := Status{Text: text}
	if whole != text {
		st.Full = whole
	}
	return c.Send(st)
}

// leastTitle is the fewest cells a draft's title is cut to in a note, however
// narrow the line: fewer would no longer name it. It is less than the 40 a
// note of the review keeps, so that at 80 columns the key a note ends with
// ("; u undoes it again.") stays on the line.
const leastTitle = 20

// FitTitle fits a note that names a draft between “ and ” to the status
// line (StatusRoom): the title is cut only where the line has no room for
// the whole note, and never to fewer than leastTitle cells. The undo
// history keeps a title whole, so that its note is cut to the screen it is
// said on, not the one the change was made on.
func (c *Context) FitTitle(note string) string {
	open := strings.Index(note, "“")
	if open < 0 {
		return note
	}
	start := open + len("“")
	end := strings.LastIndex(note, "”")
	if end < start {
		return note
	}
	title := note[start:end]
	room := max(leastTitle, c.StatusRoom(0)-(ansi.StringWidth(note)-ansi.StringWidth(title)))
	return note[:start] + Cut(title, room) + note[end:]
}

// ScrollKeys move a scrollable text.
type ScrollKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
}

// PagerScrollKeys are the keys that scroll a long text, declared alike on
// every screen that pages one (the activity, the framework, help).
func PagerScrollKeys() ScrollKeys {
	return ScrollKeys{
		Up:       Bind([]string{"up", "k"}, "↑/k", "scroll up"),
		Down:     Bind([]string{"down", "j"}, "↓/j", "scroll down"),
		PageUp:   Bind([]string{"pgup", "b"}, "pgup", "page up"),
		PageDown: Bind([]string{"pgdown", " ", "f"}, "pgdn/space", "page down"),
		Top:      Bind([]string{"home", "g"}, "home", "top"),
		Bottom:   Bind([]string{"end", "G"}, "end", "bottom"),
	}
}

// ListKeys are the keys that move a cursor through a list, declared alike on
// every list screen.
func ListKeys() ScrollKeys {
	return ScrollKeys{
		Up:       Bind([]string{"up", "k"}, "↑/k", "up"),
		Down:     Bind([]string{"down", "j"}, "↓/j", "down"),
		PageUp:   Bind([]string{"pgup"}, "pgup", "page up"),
		PageDown: Bind([]string{"pgdown"}, "pgdn", "page down"),
		Top:      Bind([]string{"home", "g"}, "home/g", "first"),
		Bottom:   Bind([]string{"end", "G"}, "end/G", "last"),
	}
}

// Move returns where km moves a cursor in a list of n rows shown page rows
// at a time, and whether km was one of these keys. The screen keeps the
// cursor in range and in view, as it does after any change.
func (k ScrollKeys) Move(km tea.KeyMsg, cursor, page, n int) (int, bool) {
	switch {
	case key.Matches(km, k.Up):
		return cursor - 1, true
	case key.Matches(km, k.Down):
		return cursor + 1, true
	case key.Matches(km, k.PageUp):
		return cursor - page, true
	case key.Matches(km, k.PageDown):
		return cursor + page, true
	case key.Matches(km, k.Top):
		return 0, true
	case key.Matches(km, k.Bottom):
		return max(0, n-1), true
	}
	return cursor, false
}

// Within is k as a footer offers it over v: a key that would not move v
// (down at the bottom, up at the top, any when the text fits) is disabled,
// so that the footer never offers a key that does nothing. The keys that
// are matched stay k's own.
func (k ScrollKeys) Within(v *viewport.Model) ScrollKeys {
	for _, b := range []*key.Binding{&k.Down, &k.PageDown, &k.Bottom} {
		b.SetEnabled(b.Enabled() && !v.AtBottom())
	}
	for _, b := range []*key.Binding{&k.Up, &k.PageUp, &k.Top} {
		b.SetEnabled(b.Enabled() && !v.AtTop())
	}
	return k
}

// Scroll moves v when km is one of the scroll keys, and reports whether it was.
func (k ScrollKeys) Scroll(v *viewport.Model, km tea.KeyMsg) bool {
	switch {
	case key.Matches(km, k.Up):
		v.ScrollUp(1)
	case key.Matches(km, k.Down):
		v.ScrollDown(1)
	case key.Matches(km, k.PageUp):
		v.PageUp()
	case key.Matches(km, k.PageDown):
		v.PageDown()
	case key.Matches(km, k.Top):
		v.GotoTop()
	case key.Matches(km, k.Bottom):
		v.GotoBottom()
	default:
		return false
	}
	return true
}

// FitPager gives v the h rows of its area less one for its ScrollSign
// where its text is longer than h, so that the sign never covers a line.
// Call it whenever the text or the area changes.
func FitPager(v *viewport.Model, h int) {
	v.Height = max(1, h)
	if v.TotalLineCount() > v.Height && h > 1 {
		v.Height = h - 1
	}
	v.SetYOffset(v.YOffset) // kept in range of the rows it now has
}

// PagerSign is the ScrollSign of a paged text: how many of its lines are
// above and below the rows in sight; "" when it fits.
func PagerSign(st *Styles, v *viewport.Model, w int) string {
	return ScrollSign(st, v.YOffset, max(0, v.TotalLineCount()-v.YOffset-v.Height), w)
}

// UnkeptNote says, on leaving a draft, that the suggested answers confirmed
// in it (unkept) are kept as answers only: the worksheet has no mark of a
// confirmation, so a later run shows them suggested again; confirming every
// suggestion (pending are left) makes the draft reviewed, which it keeps.
// The suggested answers changed in the edit (changed) are named too, in the
// words of KeptNote ("your answer now"): the line counted only the one
// confirmed while the questionnaire's heading counted both as answered.
// The line opens with the first of leads that fits w cells with one of its
// wordings, and the help shows it whole, opened by full; accept names the
// keys that accept the draft where the note is said.
func UnkeptNote(full string, leads []string, accept string, unkept, changed, pending, w int) Status {
	st, _ := unkeptNote(full, leads, accept, unkept, changed, pending, w)
	return st
}

// unkeptNote is UnkeptNote, and whether one of leads fit with a wording:
// where none did, the line is the shortest wording, cut.
func unkeptNote(full string, leads []string, accept string, unkept, changed, pending, w int) (Status, bool) {
	confirmed := Plural(unkept, "suggested answer", "suggested answers")
	as := "as answers"
	if unkept == 1 {
		as = "as an answer"
	}
	var changedWhole, changedShort string
	if changed > 0 {
		changedWhole = fmt.Sprintf(" The %s you changed %s your answer now.", Plural(changed, "suggested answer", "suggested answers"), isAre(changed))
		changedShort = fmt.Sprintf(", %d changed %s your answer now", changed, isAre(changed))
	}
	whole := full + fmt.Sprintf("The %s you confirmed %s kept %s, but the worksheet's file keeps no mark of a confirmation: opened from the file in a later run, the draft shows %s as suggested (~) again, until it is accepted.%s",
		confirmed, isAre(unkept), as, itThem(unkept), changedWhole)
	if pending > 0 {
		// With none left, confirming is not what is missing: the plain
		// prompts leave a draft so when their input ends after the last
		// suggestion.
		whole += fmt.Sprintf(" Confirming the %s left makes it reviewed, which the worksheet keeps.", Plural(pending, "suggestion", "suggestions"))
	}
	var text string
	// One wording at every width, that says without the help what became
	// of the answers and what to do: "3 answers confirmed this run only,
	// until it is reviewed (?)" read cryptic, and "kept as suggested until
	// you accept it" read as if the confirmation had not been taken. The
	// file keeps the answers as suggested until the draft is accepted,
	// with the key that accepts it (accept: "R, a" from the questionnaire,
	// "a" in the review).
	key := ""
	if accept != "" {
		key = " (" + accept + ")"
	}
	bodies := []string{
		fmt.Sprintf("%s confirmed%s; accept the draft%s so the file keeps %s (?).", Plural(unkept, "answer", "answers"), changedShort, key, itThem(unkept)),
	}
	// The lead gives way last: it says what became of the draft; the
	// terse wording only where no plain one fits with any lead (a changed
	// answer counted too).
	terse := fmt.Sprintf("%s confirmed%s (?).", Plural(unkept, "answer", "answers"), changedShort)
	for _, set := range [][]string{bodies, {terse}} {
		for _, lead := range leads {
			for _, body := range set {
				if text == "" && ansi.StringWidth(lead+body) <= w {
					text = lead + body
				}
			}
		}
	}
	if text == "" {
		return Status{Text: Cut(terse, w), Full: whole}, false
	}
	return Status{Text: text, Full: whole}, true
}

// isAre and itThem agree with a count.
func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func itThem(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// CutTitle is Cut for a line that ends in an activity's title: the mark of
// a copy, " (copy)" or " (copy n)", stays in sight and the name before it
// gives way, so that a copy never reads as its original ("Training and
// equipping uni…" twice at 80 columns).
func CutTitle(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	name, mark := session.CopyMark(s)
	if mark == "" || ansi.StringWidth(mark)+2 > w {
		return Cut(s, w)
	}
	return Cut(name, w-ansi.StringWidth(mark)) + mark
}
