package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// textWidth is the width the text account wraps at.
const textWidth = 80

// writeText writes a readable account of each activity. It reads each
// sheet's activities twice, once for the summary and the portfolio that head
// the account and once to write each activity's account as it is made, so
// that a long worksheet is never held whole, nor its account.
func writeText(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	b := bufio.NewWriterSize(w, outputBuffer)
	memo := &wrapMemo{lines: map[string]string{}}
	words := newRuleWords()
	for si, sh := range sheets {
		if si > 0 {
			b.WriteString("\n")
		}
		st := sh.stream()
		var s *classify.Summary
		var p *classify.Portfolio
		// The counts keep nothing of an activity but what its conditions
		// decided, so that the accounts do not test them again.
		var decided []classify.Decisions
		var src model.Sources
		// The findings the drafts' suggested answers change, as the
		// screens and the briefing list them.
		var changed *classify.SuggestedTally
		err := st.FirstPass(func() {
			src = model.Sources{}
			s, p = classify.NewSummary(), rb.NewPortfolio()
			changed = rb.NewSuggestedTally()
			if sh.Whole != nil {
				p = portfolioOf(rb, sh.Whole)
				for _, a := range sh.Whole.Activities {
					changed.Add(a, sh.suggested(rb, a))
				}
			}
			decided = make([]classify.Decisions, 0, st.Len())
			for a := range st.Each() {
				suggested := sh.suggested(rb, a)
				r, d := rb.DecideSuggested(a, sh.Today, suggested)
				decided = append(decided, d)
				src.Add(a)
				s.Add(&r)
				if sh.Whole == nil {
					p.Add(a)
					changed.Add(a, suggested)
				}
			}
		})
		if err != nil {
			return err
		}
		if sh.Whole != nil {
			src = model.SourcesOf(sh.Whole.Activities)
		} else {
			src.Finish()
		}
		h := model.HeadingOf(OneLine(st.Mission), OneLine(st.Mandate), src)
		head := h.Mission
		if head == "" {
			head = sh.File
		} else if src.Several() {
			head = h.MissionLabel + ": " + head
		}
		if head != "" {
			fmt.Fprintf(b, "%s\n", head)
		}
		if h.Mandate != "" {
			fmt.Fprintf(b, "%s: %s\n", h.MandateLabel, h.Mandate)
		}
		fmt.Fprintf(b, "%s\n\n", SummaryLine(s))
		writePortfolioText(b, p, changed.Changes(), src, textWidth)
		// An account keeps nothing of its activity once written.
		i := 0
		for a := range st.Each() {
			var d classify.Decisions
			if i < len(decided) {
				d = decided[i]
			}
			i++
			r := rb.ClassifyAgain(a, sh.Today, d)
			writeActivityAccount(b, rb, a, &r, textWidth, memo, words)
			if d := sh.reading(a); d != nil {
				writeReadingText(b, rb, a, d, textWidth)
			}
			b.WriteString("\n")
		}
	}
	return b.Flush()
}

// SummaryLine sums up a worksheet in one line.
func SummaryLine(s *classify.Summary) string {
	return summaryLine(s, func(a classify.Agenda) string { return string(a) })
}

// SummaryLineTitled is SummaryLine with each agenda named by its title in
// the rulebook ("POC only 8"), as the accounts name it, not by its id.
func SummaryLineTitled(rb *classify.Rulebook, s *classify.Summary) string {
	return summaryLine(s, rb.AgendaTitle)
}

// onSuggested says how many of a count of the summary line are placed, or
// fire, only on suggested answers, as the screens mark them: " (1 ~)".
func onSuggested(n int) string {
	if n > 0 {
		return fmt.Sprintf(" (%d ~)", n)
	}
	return ""
}

// summaryLine is the summary line with each agenda named by agenda.
func summaryLine(s *classify.Summary, agenda func(classify.Agenda) string) string {
	parts := []string{plural(s.Activities, "activity", "activities")}
	for t := 1; t <= 3; t++ {
		if s.ByTier[t] > 0 {
			parts = append(parts, fmt.Sprintf("T%d %d", t, s.ByTier[t])+onSuggested(s.TierOnSuggested[t]))
		}
	}
	for _, a := range classify.Agendas {
		if s.ByAgenda[a] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", agenda(a), s.ByAgenda[a])+onSuggested(s.AgendaOnSuggested[a]))
		}
	}
	var risks []string
	for _, sev := range classify.Severities {
		if s.BySeverity[sev] > 0 {
			r := fmt.Sprintf("%d %s", s.BySeverity[sev], sev)
			// Of them, those that fire only on suggested answers, as
			// the screens count them: "2 critical (1 ~)".
			r += onSuggested(s.OnSuggested[sev])
			risks = append(risks, r)
		}
	}
	line := strings.Join(parts, " · ")
	if len(risks) > 0 {
		line += " · risks: " + strings.Join(risks, ", ")
	} else {
		line += " · no risks"
	}
	if s.Register.Keeping > 0 {
		line += " · register: " + RegisterLine(&s.Register)
	}
	return line
}

// RegisterLine sums up the register: "3 open, 2 mitigated, 1 accepted, 1
// overdue".
func RegisterLine(c *classify.RegisterCounts) string {
	return fmt.Sprintf("%d open, %d mitigated, %d accepted, %d overdue", c.Open, c.Mitigated, c.Accepted, c.Overdue)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// WriteResultText writes the account of one result, wrapped at width: the
// account without the activity's own facts and text.
func WriteResultText(b *strings.Builder, rb *classify.Rulebook, r *classify.Result, width int) {
	acc := &Account{Title: OneLine(r.Title), Sections: resultSections(rb, nil, r)}
	writeAccount(b, r.ID, r, acc, width, nil)
}

// WriteActivityText writes the full account of one activity.
func WriteActivityText(b *strings.Builder, rb *classify.Rulebook, a *model.Activity, r *classify.Result, width int) {
	WriteAccountText(b, NewAccount(rb, a, r), r, width)
}

// WriteAccountText writes an account made by NewAccount as
// WriteActivityText does: the plain prompts mark and order its facts
// first, and write it so.
func WriteAccountText(b *strings.Builder, acc *Account, r *classify.Result, width int) {
	writeAccount(b, r.ID, r, acc, width, nil)
}

// writeAccount renders an account as indented plain text. Its fixed lines
// are taken from memo, and kept there, when memo is not nil: the same memo
// serves only one width.
func writeAccount(b sink, id string, r *classify.Result, acc *Account, width int, memo *wrapMemo) {
	fmt.Fprintf(b, "%s — %s\n", OneLine(id), acc.Title)
	if len(acc.Meta) > 1 {
		wrap(b, strings.Join(acc.Meta[1:], " · "), "  ", "  ", width)
	}
	for _, p := range acc.About {
		wrap(b, p, "  ", "  ", width)
	}
	wrap(b, "Verdict: "+VerdictLine(r), "  ", "    ", width)
	w := &accountWriter{b: b, width: width, memo: memo}
	if memo != nil {
		w.room = memo.line[:0]
	}
	for _, sec := range acc.Sections {
		w.section(sec.Part, sec.Heading, sec.Empty, -1)
		for _, l := range sec.Lines {
			w.line(l)
		}
	}
	w.close()
	if memo != nil {
		memo.line = w.room
	}
}

// wrapMemo holds the lines a long report has wrapped that are the
// rulebook's alone (Line.Fixed, an empty section's text), each as it was
// written, by the line it was made of after a byte that tells its indent:
// a risk's mitigation or example, a question, is written for thousands of
// activities alike, and wrapping was most of a text report's time. It is
// bounded by the rulebook's text, and by wrapMemoSize.
type wrapMemo struct {
	lines map[string]string
	line  []byte // the room a line is put together in, from account to account
}

// wrapMemoSize is how many lines a memo keeps at most.
const wrapMemoSize = 4096

// emptyLine is the key byte of an empty section's text, which is indented
// as no line of a section is.
const emptyLine = 0xff

// wrap writes key[1:] as wrap does, indented as key[0] says; a nil memo
// keeps nothing.
func (m *wrapMemo) wrap(b sink, key []byte, first, rest string, width int) {
	if m == nil {
		wrap(b, unsafe.String(unsafe.SliceData(key[1:]), len(key)-1), first, rest, width)
		return
	}
	if s, ok := m.lines[string(key)]; ok {
		b.WriteString(s)
		return
	}
	if len(m.lines) >= wrapMemoSize {
		wrap(b, unsafe.String(unsafe.SliceData(key[1:]), len(key)-1), first, rest, width)
		return
	}
	var out strings.Builder
	wrap(&out, string(key[1:]), first, rest, width)
	m.lines[string(key)] = out.String()
	b.WriteString(out.String())
}

// indentOf is depth steps of two spaces.
func indentOf(depth int) string {
	const spaces = "                "
	if 2*depth <= len(spaces) {
		return spaces[:2*depth]
	}
	return strings.Repeat("  ", depth)
}

// wrap writes text word-wrapped to width, the first line after first and the
// rest after rest: the lines Wrap makes of OneLine(text), written straight to
// b word by word, since a long report wraps every line it writes.
func wrap(b sink, text, first, rest string, width int) {
	width -= cells(rest)
	if width < 10 {
		width = 10
	}
	lines, n, open := 0, 0, false
	start := func() {
		if lines == 0 {
			b.WriteString(first)
		} else {
			b.WriteString(rest)
		}
		lines++
		open = true
	}
	end := func() {
		b.WriteByte('\n')
		n, open = 0, false
	}
	put := func(word string, wl int) {
		if n > 0 && n+1+wl > width {
			end()
		}
		if wl > width {
			parts := strings.Split(ansi.Hardwrap(word, width, true), "\n")
			for _, p := range parts[:len(parts)-1] {
				if n > 0 {
					end()
				}
				start()
				b.WriteString(p)
				end()
			}
			word = parts[len(parts)-1]
			wl = cells(word)
		}
		if word == "" {
			return
		}
		if n > 0 {
			b.WriteByte(' ')
			n++
		} else if !open {
			start()
		}
		b.WriteString(word)
		n += wl
	}
	// Plain text is what Safe leaves as it is: one look decides both.
	plain, ascii := plainText(text)
	if !plain {
		text = Safe(text)
		plain, ascii = plainText(text)
	}
	if plain {
		// Most of a report is plain text: its words are split at the
		// spaces byte by byte, each a cell a character, where FieldsSeq
		// would decode and test every rune and cells measure each word.
		measure := func(s string) int {
			if ascii {
				return len(s)
			}
			return runeCount(s)
		}
		for i := 0; i < len(text); {
			for i < len(text) && asciiSpace[text[i]] {
				i++
			}
			if n == 0 && i < len(text) {
				// At a line's start, the words that fill it, one space
				// apart as they stand in the text, are written at once.
				if k := lineRun(text, i, width, ascii); k > i {
					if !open {
						start()
					}
					b.WriteString(text[i:k])
					n, i = measure(text[i:k]), k
					continue
				}
			} else if i < len(text) && width-n-1 > 0 {
				// After a line's first word, the words that fill the rest
				// of it, each after one space as put writes it.
				if k := lineRun(text, i, width-n-1, ascii); k > i {
					b.WriteByte(' ')
					b.WriteString(text[i:k])
					n, i = n+1+measure(text[i:k]), k
					continue
				}
			}
			j := i
			for j < len(text) && !asciiSpace[text[j]] {
				j++
			}
			if j > i {
				put(text[i:j], measure(text[i:j]))
			}
			i = j
		}
	} else {
		for word := range strings.FieldsSeq(text) {
			put(word, cells(word))
		}
	}
	if open || lines == 0 {
		if !open {
			start()
		}
		end()
	}
}

// lineRun is where the words of plain text from i (not a space) that fit
// on a line of width cells end, when they stand one space apart: the line
// put would make of them, word by word, is text[i:lineRun]. It is i when
// the first word is wider than the line. Text that is not all ASCII
// (ascii false) holds plainRunes, a cell each.
func lineRun(text string, i, width int, ascii bool) int {
	end := min(len(text), i+width)
	if !ascii {
		end = i
		for cells := 0; end < len(text); end++ {
			if text[end]&0xc0 != 0x80 { // a character starts here
				if cells == width {
					break
				}
				cells++
			}
		}
	}
	// Words are one space apart up to the first other space, the first of
	// two spaces together, or a space that ends the text.
	for q := i; q < end; q++ {
		if c := text[q]; c <= ' ' && (c != ' ' || q+1 == len(text) || asciiSpace[text[q+1]]) {
			return q
		}
	}
	if end == len(text) || asciiSpace[text[end]] {
		return end
	}
	// The line ends inside a word: it ends at the space before it.
	if k := strings.LastIndexByte(text[i:end], ' '); k > 0 {
		return i + k
	}
	return i
}

// runeCount is how many characters s holds: a cell each in plain text.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace says are space, as
// strings.Fields splits at them.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// plainText says whether text is plain: printable ASCII, tabs, line breaks
// and plainRunes, what Safe leaves as it is, a cell a character, split at
// asciiSpace as strings.Fields splits it; and whether it is all ASCII.
func plainText(text string) (plain, ascii bool) {
	ascii = true
	for i := 0; i < len(text); {
		// Eight bytes at a time through printable ASCII.
		for i+8 <= len(text) && printableWord(text[i:]) {
			i += 8
		}
		if i >= len(text) {
			break
		}
		if c := text[i]; c < utf8.RuneSelf {
			if !plainByte[c] {
				return false, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(plainRunes, r) {
			return false, false
		}
		ascii = false
		i += size
	}
	return true, ascii
}

// plainRunes are the characters beyond ASCII the program's own text writes
// (dashes, the middle dot, quotation marks, the ellipsis): each a cell wide,
// none a space, none that Safe changes or that joins a neighbour into one
// character on a terminal (TestPlainRunesAreOneCellEach).
const plainRunes = "—–·“”‘’…"

// printableWord reports whether the first eight bytes of s are printable
// ASCII: none from 0x7f up, none below a space.
func printableWord(s string) bool {
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, high = 0x0101010101010101, 0x8080808080808080
	return (x|(x&^high+ones))&high == 0 && (x-ones*0x20)&^x&high == 0
}

// plainByte marks the ASCII bytes of plain text (plainText).
var plainByte = func() (t [256]bool) {
	for c := ' '; c < 0x7f; c++ {
		t[c] = true
	}
	t['\t'], t['\n'] = true, true
	return t
}()

// Wrap splits text into lines of at most width terminal cells, at spaces. A
// word is measured in cells (a CJK character or an emoji takes two), and a
// word wider than a line is broken inside, so no text is ever cut off.
func Wrap(text string, width int) []string {
	return wrapAt(text, max(width, 10))
}

// wrapAt is Wrap at any width of at least one cell: a table's narrow column
// wraps its cells to its own width.
func wrapAt(text string, width int) []string {
	width = max(width, 1)
	var lines []string
	var line strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		wl := cells(word)
		if n > 0 && n+1+wl > width {
			l := line.String()
			line.Reset()
			n = 0
			if isDate(word) && strings.HasSuffix(l, " due") && len("due ")+wl <= width {
				// A due date goes to the next line with its "due".
				l = l[:len(l)-len(" due")]
				line.WriteString("due")
				n = len("due")
			}
			lines = append(lines, l)
		}
		if wl > width {
			// Break the word: whole lines of it, then the rest starts a line.
			parts := strings.Split(ansi.Hardwrap(word, width, true), "\n")
			for _, p := range parts[:len(parts)-1] {
				if n > 0 {
					lines = append(lines, line.String())
					line.Reset()
					n = 0
				}
				lines = append(lines, p)
			}
			word = parts[len(parts)-1]
			wl = cells(word)
		}
		if n > 0 {
			line.WriteByte(' ')
			n++
		}
		line.WriteString(word)
		n += wl
	}
	if n > 0 || len(lines) == 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// isDate reports whether word is a date as the register writes one,
// 2026-03-31.
func isDate(word string) bool {
	if len(word) != len("2026-03-31") || word[4] != '-' || word[7] != '-' {
		return false
	}
	for i := 0; i < len(word); i++ {
		if i != 4 && i != 7 && (word[i] < '0' || word[i] > '9') {
			return false
		}
	}
	return true
}

// cells is the width of a word on a terminal.
func cells(word string) int {
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf || word[i] < ' ' {
			return ansi.StringWidth(word)
		}
	}
	return len(word)
}

// ChangeText says what would move an activity: "POC and SSR overlap if ...",
// with the agenda's label from the rulebook.
func ChangeText(rb *classify.Rulebook, c classify.Change) string {
	cond := c.If
	if r, n := utf8.DecodeRuneInString(cond); unicode.IsUpper(r) {
		if r2, _ := utf8.DecodeRuneInString(cond[n:]); !unicode.IsUpper(r2) {
			cond = string(unicode.ToLower(r)) + cond[n:]
		}
	}
	return rb.AgendaTitle(c.Agenda) + " if " + cond
}
