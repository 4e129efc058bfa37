package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/ui/present"
	"github.com/pocssr/pocssr/ui/session"
)

// bigModel is the root model on a generated worksheet of n activities at 120×40.
func bigModel(tb testing.TB, n int) *Model {
	tb.Helper()
	rb := classify.Default()
	m := NewModel(rb, sample.Worksheet(rb, n, 7), false, nil, nil)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return m
}

func benchmarkKeystroke(b *testing.B, n int) {
	m := bigModel(b, n)
	down, up := keyMsg("down"), keyMsg("up")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if i/500%2 == 1 {
			k = up
		}
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkKeystroke10k is one key (Update and View) on the worksheet of
// 10,000 activities at 120×40: the target is at most 2 ms.
func BenchmarkKeystroke10k(b *testing.B) { benchmarkKeystroke(b, 10000) }

// BenchmarkKeystroke100 is the same on 100 activities: the cost must not grow
// with the activities off screen.
func BenchmarkKeystroke100(b *testing.B) { benchmarkKeystroke(b, 100) }

// BenchmarkFilterKeystroke10k types into the filter of 10,000 activities, which
// matches every title again on each key.
func BenchmarkFilterKeystroke10k(b *testing.B) {
	m := bigModel(b, 10000)
	m.Update(keyMsg("/"))
	keys := []tea.KeyMsg{keyMsg("v"), keyMsg("e"), keyMsg("backspace"), keyMsg("backspace")}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(keys[i%len(keys)])
		_ = m.View()
	}
}

// BenchmarkQuestionnaireKeystroke10k moves through the choices of a question,
// with the live panel classifying the preview on each key.
func BenchmarkQuestionnaireKeystroke10k(b *testing.B) {
	m := bigModel(b, 10000)
	_, cmd := m.Update(keyMsg("e"))
	run(m, cmd)
	k := keyMsg("down")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkEditAnswer10k answers a question (a change: one activity is
// classified again and the tally updated) on 10,000 activities.
func BenchmarkEditAnswer10k(b *testing.B) {
	m := bigModel(b, 10000)
	_, cmd := m.Update(keyMsg("e"))
	run(m, cmd)
	m.quest.GoTo(m.qs().Questions[0].Fact)
	keys := []tea.KeyMsg{keyMsg("space"), keyMsg("down")}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(keys[i%2])
		_ = m.View()
	}
}

// BenchmarkDescriptionKeystroke10k types into a description of one paragraph
// on 10,000 activities: every key reads the words again for the suggestions.
func BenchmarkDescriptionKeystroke10k(b *testing.B) {
	m := bigModel(b, 10000)
	_, cmd := m.Update(keyMsg("n"))
	run(m, cmd)
	m.Update(keyMsg("tab"))
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(policeReform + ". " + policeReform), Paste: true})
	if len(m.qs().Reading.Evidence) == 0 {
		b.Fatalf("nothing read from %q", m.qs().Activity.Description)
	}
	keys := []tea.KeyMsg{keyMsg("x"), keyMsg("backspace")}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(keys[i%2])
		_ = m.View()
	}
}

// BenchmarkOpen10k builds the model of 10,000 activities: every activity is
// classified once.
func BenchmarkOpen10k(b *testing.B) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 10000, 7)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		NewModel(rb, ws, false, nil, nil)
	}
}

// TestRenderingDoesNotGrowWithActivitiesOffScreen compares the allocations of a
// keystroke on 100 and on 10,000 activities.
func TestRenderingDoesNotGrowWithActivitiesOffScreen(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a worksheet of 10,000 activities")
	}
	allocs := func(n int) float64 {
		m := bigModel(t, n)
		k := keyMsg("down")
		return testing.AllocsPerRun(50, func() {
			m.Update(k)
			_ = m.View()
		})
	}
	small, big := allocs(100), allocs(10000)
	if big > small*1.2+20 {
		t.Errorf("a keystroke allocates %.0f times on 10,000 activities, %.0f on 100", big, small)
	}
}

// BenchmarkAutosaveCapture10k copies 10,000 activities afresh for the
// autosave, as every autosave did in Update before the copies were kept from
// one snapshot to the next (see the edit-autosave step of BenchmarkLoop40k).
func BenchmarkAutosaveCapture10k(b *testing.B) {
	ws := sample.Worksheet(classify.Default(), 10000, 7)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		captureRecovery(ws, time.Time{})
	}
}

// BenchmarkAutosaveEncode10k encodes the copy, in the background.
func BenchmarkAutosaveEncode10k(b *testing.B) {
	snap := captureRecovery(sample.Worksheet(classify.Default(), 10000, 7), time.Time{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := snap.encode(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRegisterKeystroke10k moves the cursor of the risk register over
// the risks of 10,000 activities: the rows are built once, not per key.
func BenchmarkRegisterKeystroke10k(b *testing.B) {
	m := bigModel(b, 10000)
	m.Update(keyMsg("r"))
	down, up := keyMsg("down"), keyMsg("up")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if i/500%2 == 1 {
			k = up
		}
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkRegisterEdit10k edits the register of 10,000 activities, an
// entry set (s) and removed (x) in turn: each edit lists the register again.
func BenchmarkRegisterEdit10k(b *testing.B) {
	m := bigModel(b, 10000)
	m.Update(keyMsg("r"))
	keys := []tea.KeyMsg{keyMsg("s"), keyMsg("x")}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(keys[i%2])
		_ = m.View()
	}
	if m.reg().TextFocused() {
		b.Fatal("a field opened: the keys typed into it instead of editing")
	}
}

// BenchmarkLoop40k is one event of each kind that must not wait on the
// worksheet (Update and View) on 40,000 activities at 120×40: a resize, a
// movement, a sort (each to an order that sorts: the file order costs
// nothing), an answer in the questionnaire (one activity classified again)
// with the autosave's snapshot taken (its encoding and writing run off the
// loop and are not measured here), the return to the sorted list after an
// edit, opening the presentation after an edit, and opening it the first
// time. The target is 16 ms each. The model has an autosave, as the
// program's has. cpu-ns/op is the processor time of the event measured
// alone; ns/op includes the steps that lead to it.
func BenchmarkLoop40k(b *testing.B) {
	m := bigModel(b, 40000)
	b.Setenv("XDG_STATE_HOME", b.TempDir())
	rec, _, _ := startRecovery("", false, session.Base{}, nil, m.sh.rb.Vocabulary())
	b.Cleanup(rec.end)
	rec.timer = func(time.Duration) tea.Cmd { return nil }
	rec.run = func(func() tea.Msg) tea.Cmd { return nil }
	m.recovery = rec
	m.copyForAutosave()
	step := func(msgs ...tea.Msg) {
		for _, msg := range msgs {
			_, cmd := m.Update(msg)
			run(m, cmd)
			_ = m.View()
		}
	}
	step(keyMsg("p"), keyMsg("esc")) // the board is built once
	var spent int64
	timed := func(msgs ...tea.Msg) {
		start := processorTime()
		step(msgs...)
		spent += processorTime() - start
	}
	measure := func(name string, op func(i int)) {
		b.Run(name, func(b *testing.B) {
			spent = 0
			for i := 0; b.Loop(); i++ {
				op(i)
			}
			b.ReportMetric(float64(spent)/float64(b.N), "cpu-ns/op")
		})
	}
	edit := func(i int) {
		step(keyMsg("e"))
		m.quest.GoTo(m.qs().Questions[0].Fact)
		step(keyMsg([]string{"down", "up"}[i%2]), keyMsg("space"))
	}
	measure("resize", func(i int) { timed(resize(120+i%2, 40)) })
	measure("move", func(i int) { timed(keyMsg([]string{"down", "up"}[i/500%2])) })
	measure("sort", func(int) {
		if m.worksheet.OrderCue() == "(sorted by open questions · view only)" {
			step(keyMsg("o")) // to the file order, which sorts nothing
		}
		timed(keyMsg("o"))
	})
	if m.worksheet.OrderCue() == "" {
		step(keyMsg("o"))
	}
	measure("edit-autosave", func(i int) {
		if i == 0 {
			step(keyMsg("e"))
		}
		m.quest.GoTo(m.qs().Questions[0].Fact)
		timed(keyMsg([]string{"down", "up"}[i%2]), keyMsg("space"), autosaveTickMsg{})
	})
	step(keyMsg("esc"))
	measure("back-to-sorted-list-after-edit", func(i int) {
		edit(i)
		timed(keyMsg("esc"))
	})
	measure("present-after-edit", func(i int) {
		edit(i)
		step(keyMsg("esc"))
		timed(keyMsg("p"))
		step(keyMsg("esc"))
	})
	// The first opening places boardChunk activities in its Update and as
	// many in its View; the messages that follow place the rest, each
	// measured as one more event (present-placing).
	var chunks, chunkTime int64
	measure("present-first", func(int) {
		p := present.New(m.sh.ctx, m.sh.account, nil)
		p.SetSize(m.areaSize(wholeArea))
		m.nav.screens[presentScreen] = p
		start := processorTime()
		_, cmd := m.Update(keyMsg("p"))
		_ = m.View()
		spent += processorTime() - start
		for cmd != nil {
			msg := cmd()
			start := processorTime()
			_, cmd = m.Update(msg)
			_ = m.View()
			chunkTime += processorTime() - start
			chunks++
		}
		if p.Placing().Pending {
			b.Fatal("the board was left half placed")
		}
		step(keyMsg("esc"))
	})
	b.Run("present-placing", func(b *testing.B) {
		for b.Loop() {
		}
		if chunks > 0 {
			b.ReportMetric(float64(chunkTime)/float64(chunks), "cpu-ns/op")
		}
	})
}

// loopSteps are the events of the worksheet that must cost the same on any
// worksheet: each is sent to Update and the screen drawn, as the program
// does. The presentation has been shown once before (its board is built
// then), so opening it again after an edit must reuse what did not change.
var loopSteps = []struct {
	name string
	msgs []tea.Msg
	prep func(m *Model) // before the messages, counted with them
}{
	{"resize", []tea.Msg{resize(131, 41)}, nil},
	{"resize back", []tea.Msg{resize(120, 40)}, nil},
	{"move down", []tea.Msg{keyMsg("down")}, nil},
	{"move up", []tea.Msg{keyMsg("up")}, nil},
	{"sort", []tea.Msg{keyMsg("o")}, nil},
	{"sort again", []tea.Msg{keyMsg("o")}, nil},
	{"open the questionnaire", []tea.Msg{keyMsg("e")}, nil},
	{"answer", []tea.Msg{keyMsg("down"), keyMsg("space")}, func(m *Model) { m.quest.GoTo(m.qs().Questions[0].Fact) }},
	{"answer again", []tea.Msg{keyMsg("up"), keyMsg("space")}, func(m *Model) { m.quest.GoTo(m.qs().Questions[0].Fact) }},
	{"back to the sorted worksheet", []tea.Msg{keyMsg("esc")}, nil},
	{"open the presentation after the edit", []tea.Msg{keyMsg("p")}, nil},
	{"resize the presentation", []tea.Msg{resize(140, 45)}, nil},
	{"leave the presentation", []tea.Msg{keyMsg("esc")}, nil},
	{"resize on the worksheet", []tea.Msg{resize(120, 40)}, nil},
	{"sort once more", []tea.Msg{keyMsg("o")}, nil},
	{"open the presentation the first time", []tea.Msg{keyMsg("p")}, func(m *Model) {
		p := present.New(m.sh.ctx, m.sh.account, nil)
		p.PlaceAtMost(testChunk)
		p.SetSize(m.areaSize(wholeArea))
		m.nav.screens[presentScreen] = p
	}},
}

// loopWork is what one step did in proportion to what it touched:
// activities classified, references parsed for sorting, titles measured for
// the presentation's legend; in all, and at most in one Update (with the
// View after it), the commands' messages included.
type loopWork struct {
	classified, refsParsed, titlesMeasured int64
	mostInOneUpdate                        int64 // of the three together
}

// testChunk is how many activities a message places on the board in the
// counting test: fewer than the program's, to see the steps on 4,000.
const testChunk = 150

// workOfSteps counts what each step does on a worksheet of n activities.
func workOfSteps(t *testing.T, n int) []loopWork {
	// A rulebook of its own: nothing else classifies with it while it counts.
	rb, err := classify.Load(filepath.Join("..", "classify", "rulebook.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ws := sample.Worksheet(rb, n, 7)
	for i, a := range ws.Activities {
		// References as many as the activities: a sort that parsed them
		// all again would count in proportion.
		a.Source.Ref = fmt.Sprintf("%d(%c)", i/4+1, 'a'+rune(i%4))
	}
	m := NewModel(rb, ws, false, nil, nil)
	m.nav.screens[presentScreen].(*present.Screen).PlaceAtMost(testChunk)
	m.Update(resize(120, 40))
	now := func() loopWork {
		w := loopWork{classified: rb.Classified(), refsParsed: int64(m.worksheet.RefsParsed())}
		if p, ok := m.nav.screens[presentScreen].(*present.Screen); ok {
			w.titlesMeasured = int64(p.Placing().TitlesMeasured)
		}
		return w
	}
	step := func(msgs []tea.Msg, prep func(*Model)) loopWork {
		before := now()
		if prep != nil {
			shown := m.nav.screens[presentScreen]
			prep(m)
			if m.nav.screens[presentScreen] != shown {
				before.titlesMeasured = 0 // a new presentation counts from 0
			}
		}
		var most int64
		last := before
		update := func(msg tea.Msg) tea.Cmd {
			_, cmd := m.Update(msg)
			_ = m.View()
			w := now()
			most = max(most, w.classified-last.classified+w.refsParsed-last.refsParsed+w.titlesMeasured-last.titlesMeasured)
			last = w
			return cmd
		}
		for _, msg := range msgs {
			queue := []tea.Cmd{update(msg)}
			for len(queue) > 0 {
				c := queue[0]
				queue = queue[1:]
				if c == nil {
					continue
				}
				switch msg := c().(type) {
				case nil, timerSetMsg:
				case tea.BatchMsg:
					queue = append(queue, msg...)
				default:
					queue = append(queue, update(msg))
				}
			}
		}
		after := now()
		return loopWork{after.classified - before.classified, after.refsParsed - before.refsParsed,
			after.titlesMeasured - before.titlesMeasured, most}
	}
	step([]tea.Msg{keyMsg("o"), keyMsg("o"), keyMsg("o"), keyMsg("o"), keyMsg("o"), keyMsg("o")}, nil) // every order once: the references are ranked
	step([]tea.Msg{keyMsg("p")}, nil)                                                                  // the board is built once
	step([]tea.Msg{keyMsg("esc")}, nil)
	gen := m.sh.sheet.Gen()
	out := make([]loopWork, len(loopSteps))
	for i, s := range loopSteps {
		out[i] = step(s.msgs, s.prep)
	}
	if m.sh.sheet.Gen() == gen {
		t.Fatal("the answer changed nothing: the presentation was not opened after an edit")
	}
	return out
}

// No event on the loop classifies, parses references or measures titles in
// proportion to the worksheet: each step does as much on 4,000 activities
// as on 200 (the activity edited, the questionnaire's preview), counted,
// never timed. The first opening of the presentation places every activity
// once, testChunk at a time, one chunk in each Update and the View after
// it; it classifies nothing: the sheet's results serve it.
func TestLoopWorkDoesNotGrowWithWorksheet(t *testing.T) {
	small, large := workOfSteps(t, 200), workOfSteps(t, 4000)
	for i, s := range loopSteps {
		l, m := large[i], small[i]
		if s.name == "open the presentation the first time" {
			if l.classified != 0 || l.refsParsed != 0 || l.titlesMeasured != 4000 || l.mostInOneUpdate > 2*testChunk {
				t.Errorf("%s: %+v on 4,000 activities, want no classification, every title measured once, "+
					"at most %d in one Update", s.name, l, 2*testChunk)
			}
			continue
		}
		if l != m || l.classified > 8 || l.refsParsed > 1 || l.titlesMeasured > 1 {
			t.Errorf("%s: %+v on 4,000 activities, %+v on 200", s.name, l, m)
		}
	}
}

// A large worksheet's board is drawn in steps: the first frame says how far
// the placing is, before it is done; the messages that follow place the
// rest, and the board then shows every activity, each placed once.
func TestBoardOfALargeWorksheetShowsFirstThenPlaces(t *testing.T) {
	const chunk = 100
	m := bigModel(t, 450)
	p := m.nav.screens[presentScreen].(*present.Screen)
	p.PlaceAtMost(chunk)
	_, cmd := m.Update(keyMsg("p"))
	if got := screenText(m); !strings.Contains(got, "Placing the activities on both readings") {
		t.Fatalf("the first frame after p is not the placing's progress:\n%s", got)
	}
	if at := p.Placing(); !at.Pending || at.TitlesMeasured > 2*chunk {
		t.Fatalf("the first Update and View placed %d activities, at most %d wanted", at.TitlesMeasured, 2*chunk)
	}
	run(m, cmd)
	got := screenText(m)
	if p.Placing().Pending || strings.Contains(got, "Placing") || !strings.Contains(got, "Both readings") {
		t.Fatalf("the placing did not end in the board:\n%s", got)
	}
	if n := p.Placing().TitlesMeasured; n != 450 {
		t.Errorf("%d activities placed, want each of the 450 once", n)
	}
}
