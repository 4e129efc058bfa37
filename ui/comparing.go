package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/compareview"
	"github.com/pocssr/pocssr/ui/component"
)

// Comparing the worksheet with another mandate (C on the worksheet): the
// other file is a worksheet or a resolution's text, imported on the fly as
// `pocssr compare` imports it. The open worksheet is OLD and the file NEW,
// the usual case of a reviewed worksheet and its renewal; w on the
// comparison swaps them. Reading, importing and comparing run as a task; the
// worksheet is compared as a detached copy, so editing goes on meanwhile.

// promptCompare asks for the file to compare the worksheet with.
const promptCompare promptID = 210

// requestCompare asks the root for the file to compare the worksheet with.
const requestCompare = component.RequestCompare

// comparedMsg is how a comparison ended.
type comparedMsg struct {
	c   *compare.Comparison
	err error
}

// askCompare asks for the file to compare the worksheet with.
func (m *Model) askCompare() {
	m.prompt = newPathPrompt(promptCompare, "Compare with another mandate",
		[]string{"The worksheet is OLD and the file NEW (w on the comparison swaps them). The file is a worksheet (.yaml, .yml, .json) or a resolution as plain text, imported as pocssr import would.", m.folderNote()},
		"File", "")
}

// compareWith starts comparing the worksheet (OLD) with the file at path
// (NEW) as a task.
func (m *Model) compareWith(path string) tea.Cmd {
	if path == "" {
		return m.sh.statusError("Nothing compared: no file name given.")
	}
	ws := m.sh.sheet.Worksheet()
	name := ws.Path()
	if name == "" {
		name = "the worksheet"
	}
	rb, reader := m.sh.rb, m.sh.reader()
	return m.startCompare(compareview.Run{OldFile: name, Old: ws.Detach(), NewFile: path}, func() (*model.Worksheet, []compare.Term, error) {
		return loadMandate(rb.Vocabulary(), reader, path)
	})
}

// startCompare runs a comparison as a task; when r.New is nil, load reads
// it first, with its terms when it is a mandate's text.
func (m *Model) startCompare(r compareview.Run, load func() (*model.Worksheet, []compare.Term, error)) tea.Cmd {
	rb := m.sh.rb
	doing := fmt.Sprintf("Comparing %s (old) with %s (new)… (esc cancels)", oneLine(filepath.Base(r.OldFile)), oneLine(filepath.Base(r.NewFile)))
	return m.startTask(doing, reads, func(context.Context) tea.Msg {
		if r.New == nil && load == nil {
			return comparedMsg{err: errors.New("no mandate to compare with")}
		}
		if r.New == nil {
			ws, terms, err := load()
			if err != nil {
				return comparedMsg{err: err}
			}
			r.New, r.NewTerms = ws, terms
		}
		opts := compare.Options{OldTerms: r.OldTerms, NewTerms: r.NewTerms}
		return comparedMsg{c: compare.Compare(rb, r.OldFile, r.Old, r.NewFile, r.New, opts)}
	})
}

// compared opens the comparison, or says why there is none.
func (m *Model) compared(msg comparedMsg) tea.Cmd {
	if msg.err != nil {
		return m.sh.statusError("Nothing compared: " + oneLine(msg.err.Error()))
	}
	c := msg.c
	status := m.sh.status(fmt.Sprintf("OLD is %s, NEW is %s; w swaps them.", oneLine(filepath.Base(c.Old.File)), oneLine(filepath.Base(c.New.File))))
	// Open on a comparison already in front (w swapped the sides) shows
	// the new one in its place.
	return tea.Batch(m.open(compareScreen, c, false), status)
}

// loadMandate reads the other side of a comparison through disk: a
// worksheet by its extension, else a mandate's text imported as the import
// reads it, with the paragraphs the import left out as the mandate's terms
// (end date, ceilings, reports), which a worksheet does not hold.
func loadMandate(vocab *model.Vocabulary, reader *suggest.Reader, path string) (*model.Worksheet, []compare.Term, error) {
	switch filepath.Ext(path) {
	case ".yaml", ".yml", ".json", ".YAML", ".YML", ".JSON":
		ws, err := disk.load(path, vocab)
		return ws, nil, err
	}
	text, err := readMandateFile(path)
	if err != nil {
		return nil, nil, err
	}
	ws, mandate, err := suggest.Import(reader, path, text, suggest.ImportOptions{})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return ws, compare.TermsOf(mandate), nil
}
