package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The plain mode's export: the formats of the export dialog (exportFormats,
// the one place the program says what it exports), checked against the
// file's extension as the command line's -o is, and a file that exists
// replaced only on a yes.

// exportable lists the formats an export writes, in the order of
// report.AllFormats, then the text briefing, which has no name on the
// command line: those of the export dialog.
func exportable() []report.Format {
	var out []report.Format
	for _, f := range append(report.AllFormats(), report.TextBriefing) {
		for _, g := range exportFormats {
			if f == g {
				out = append(out, f)
			}
		}
	}
	return out
}

// exportNames are the names of the exportable formats.
func exportNames() []string {
	fs := exportable()
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return names
}

// parseExportFormat reads the format of an export: one of exportable (md
// for markdown, as everywhere), else an error with the allowed ones.
func parseExportFormat(s string) (report.Format, error) {
	for _, f := range exportable() {
		if string(f) == s {
			return f, nil
		}
	}
	f, err := report.ParseFormat(s)
	switch {
	case err == nil && !slices.Contains(exportable(), f):
		// A format of pocssr's own (the worksheet's yaml) is no briefing:
		// "did you mean" another name would not say why it is refused.
		return "", fmt.Errorf("%s is no briefing format (the worksheet itself is saved at each change); the formats: %s", s, strings.Join(exportNames(), ", "))
	case err != nil:
		return "", model.UnknownValue("format", "formats", s, exportNames())
	}
	return f, nil
}

// extensionClash says why a file name cannot hold a format: its extension
// is another format's (a.md never holds HTML), as -o refuses it. A name
// with no format's extension holds any.
func extensionClash(path string, f report.Format) error {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == "" || ext == "."+f.Ext() {
		return nil
	}
	// The format the extension says, one exported first (.txt: the text
	// briefing, not the account).
	var says report.Format
	for _, g := range append(exportable(), report.AllFormats()...) {
		if ext == "."+g.Ext() {
			says = g
			break
		}
	}
	if says == "" {
		return nil
	}
	give := ""
	if slices.Contains(exportable(), says) {
		give = fmt.Sprintf("export %s %s, or ", says, model.QuoteName(path))
	}
	return fmt.Errorf("%s ends in %s but the format is %s; give %sa file name that ends in .%s",
		model.QuoteName(path), model.QuoteName(ext), f, give, f.Ext())
}

// export writes a briefing of the whole worksheet to a file, never the
// worksheet itself, and a file that exists only when the planner says so.
// The file name is the rest of the line, spaces and all, in quotes or not;
// ~ is the home folder.
func (m *plainMenu) export(rest string) {
	p := m.p
	format, file, _ := strings.Cut(strings.TrimSpace(rest), " ")
	path := expandHome(unquotePath(file))
	if format == "" || path == "" {
		p.say("export needs a format and a file name: export markdown plan.md (formats: %s).", strings.Join(exportNames(), ", "))
		return
	}
	f, err := parseExportFormat(format)
	if err != nil {
		p.say("Not exported: %s.", strings.TrimSuffix(err.Error(), "."))
		return
	}
	ws := m.sh.Worksheet()
	if ws.Path() != "" && sameFile(path, ws.Path()) {
		p.say("Not exported: that is the worksheet's own file.")
		return
	}
	if err := extensionClash(path, f); err != nil {
		p.say("Not exported: %s.", err)
		return
	}
	if _, err := disk.stat(path); err == nil {
		if !p.yesNo(model.QuoteName(path) + " exists. Replace it? (yes or no)") {
			p.say("Not exported.")
			return
		}
	}
	file = ws.Path()
	if file == "" {
		file = "case library"
	}
	var buf strings.Builder
	if err := report.Write(&buf, m.sh.Rulebook(), f, []report.Sheet{{File: file, Worksheet: ws, Today: m.today, Readings: suggest.DraftReader(m.sh.Rulebook()),
		Confirmed: m.sh.ConfirmedIn(ws, ws), LeftOut: m.leftOutOnImport()}}); err != nil {
		p.say("Not exported: %s.", err)
		return
	}
	if err := disk.writeFile(path, []byte(buf.String()), 0o644); err != nil {
		// The file is written through a temporary one beside it: the error
		// names that, which the planner never asked for.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		p.say("Not exported: cannot write %s: %v.", model.QuoteName(path), err)
		return
	}
	p.say("Exported %s as %s to %s.", plural(len(ws.Activities), "activity", "activities"), f, model.QuoteName(path))
}

// yesNo asks a question until the answer is yes or no (y or n), so that a
// command typed at it is never taken for an answer; the end of the input,
// or every try refused, is no.
func (p *plainQuestionnaire) yesNo(question string) bool {
	for tries := 0; tries < plainTries && !p.eof; tries++ {
		p.say("%s", question)
		text := p.line()
		switch ans := strings.ToLower(text); ans {
		case "yes", "y":
			return true
		case "no", "n":
			return false
		case "":
			if p.eof {
				return false
			}
		}
		p.refuse(text, "a question asked yes or no", "Please answer yes or no.")
	}
	p.giveUp()
	return false
}

// choose asks a question until the answer is one of answers, given whole
// or by its first letter; an empty line, the end of the input or every try
// refused is the last answer (the one that changes nothing).
func (p *plainQuestionnaire) choose(question string, answers ...string) string {
	none := answers[len(answers)-1]
	for tries := 0; tries < plainTries && !p.eof; tries++ {
		p.say("%s", question)
		text := p.line()
		ans := strings.ToLower(text)
		if ans == "" {
			return none
		}
		for _, a := range answers {
			if ans == a || ans == a[:1] {
				return a
			}
		}
		p.refuse(text, "a question of "+strings.Join(answers, ", "), "Please answer with one of: "+strings.Join(answers, ", ")+".")
	}
	p.giveUp()
	return none
}
