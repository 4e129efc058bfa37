package ui

import (
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
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
// movement, a sort, an answer in the questionnaire (one activity classified
// again), the same answer with the autosave's snapshot taken (its encoding
// and writing run off the loop and are not measured here), and opening the
// presentation after an edit and leaving it. The target is 16 ms each. The
// model has an autosave, as the program's has.
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
	b.Run("resize", func(b *testing.B) {
		defer reportProcessorTime(b)()
		for i := 0; b.Loop(); i++ {
			step(resize(120+i%2, 40))
		}
	})
	b.Run("move", func(b *testing.B) {
		defer reportProcessorTime(b)()
		for i := 0; b.Loop(); i++ {
			step(keyMsg([]string{"down", "up"}[i/500%2]))
		}
	})
	b.Run("sort", func(b *testing.B) {
		defer reportProcessorTime(b)()
		for b.Loop() {
			step(keyMsg("o"))
		}
	})
	b.Run("edit-autosave", func(b *testing.B) {
		step(keyMsg("e"))
		report := reportProcessorTime(b)
		for i := 0; b.Loop(); i++ {
			m.quest.GoTo(m.qs().Questions[0].Fact)
			step(keyMsg([]string{"down", "up"}[i%2]), keyMsg("space"), autosaveTickMsg{})
		}
		report()
		step(keyMsg("esc"))
	})
	b.Run("present-after-edit", func(b *testing.B) {
		defer reportProcessorTime(b)()
		for b.Loop() {
			step(keyMsg("e"))
			m.quest.GoTo(m.qs().Questions[0].Fact)
			step(keyMsg("down"), keyMsg("space"), keyMsg("esc"), keyMsg("p"), keyMsg("esc"))
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
	{"back to the worksheet", []tea.Msg{keyMsg("esc")}, nil},
	{"open the presentation after the edit", []tea.Msg{keyMsg("p")}, nil},
	{"resize the presentation", []tea.Msg{resize(140, 45)}, nil},
	{"leave the presentation", []tea.Msg{keyMsg("esc")}, nil},
	{"resize on the worksheet", []tea.Msg{resize(120, 40)}, nil},
}

// classifications counts what each step classifies on a worksheet of n
// activities.
func classifications(t *testing.T, n int) []int64 {
	// A rulebook of its own: nothing else classifies with it while it counts.
	rb, err := classify.Load(filepath.Join("..", "classify", "rulebook.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	m := NewModel(rb, sample.Worksheet(rb, n, 7), false, nil, nil)
	m.Update(resize(120, 40))
	step := func(msgs []tea.Msg, prep func(*Model)) int64 {
		before := rb.Classified()
		if prep != nil {
			prep(m)
		}
		for _, msg := range msgs {
			_, cmd := m.Update(msg)
			run(m, cmd)
			_ = m.View()
		}
		return rb.Classified() - before
	}
	step([]tea.Msg{keyMsg("p")}, nil) // the board is built once
	step([]tea.Msg{keyMsg("esc")}, nil)
	gen := m.sh.sheet.Gen()
	out := make([]int64, len(loopSteps))
	for i, s := range loopSteps {
		out[i] = step(s.msgs, s.prep)
	}
	if m.sh.sheet.Gen() == gen {
		t.Fatal("the answer changed nothing: the presentation was not opened after an edit")
	}
	return out
}

// No event on the loop classifies in proportion to the worksheet: each step
// classifies as many activities on 4,000 as on 200 (the one edited, the
// questionnaire's preview), counted, never timed.
func TestLoopWorkDoesNotGrowWithWorksheet(t *testing.T) {
	small, large := classifications(t, 200), classifications(t, 4000)
	for i, s := range loopSteps {
		if large[i] != small[i] || large[i] > 8 {
			t.Errorf("%s: %d classifications on 4,000 activities, %d on 200", s.name, large[i], small[i])
		}
	}
}

// reportProcessorTime starts measuring the processor time of a benchmark's
// loop; the function it returns reports it per operation (cpu-ns/op).
func reportProcessorTime(b *testing.B) func() {
	start := processorTime()
	return func() {
		if b.N > 0 {
			b.ReportMetric(float64(processorTime()-start)/float64(b.N), "cpu-ns/op")
		}
	}
}
