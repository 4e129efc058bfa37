package report

import (
	"strings"
	"testing"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/pocssr/pocssr/classify"
)

// The briefing's markdown drawn by glamour (glow's renderer, the one b in
// the terminal program uses) at 80 columns loses nothing to the width: no
// header or cell is cut to "…" (every ellipsis of the drawing is one the
// briefing wrote), and every table's headers (the agendas of the summary,
// the register's) stand whole.
func TestBriefingReadsWholeInGlamourAt80Columns(t *testing.T) {
	lib, err := classify.Cases(classify.Default())
	if err != nil {
		t.Fatal(err)
	}
	r, err := glamour.NewTermRenderer(glamour.WithStyles(styles.ASCIIStyleConfig), glamour.WithWordWrap(80))
	if err != nil {
		t.Fatal(err)
	}
	for name, sh := range map[string]Sheet{"imported resolution": importedSheet(t), "case library": {Worksheet: lib}} {
		md := render(t, Markdown, sh)
		out, err := r.Render(md)
		if err != nil {
			t.Fatal(err)
		}
		if got, wrote := strings.Count(out, "…"), strings.Count(md, "…"); got != wrote {
			t.Errorf("%s: glamour at 80 columns draws %d ellipses, the briefing wrote %d: something was cut", name, got, wrote)
		}
		for _, tb := range mdTables(md) {
			for _, header := range tb.header {
				if !strings.Contains(out, header) {
					t.Errorf("%s: the header %q is not whole in the drawing at 80 columns", name, header)
				}
			}
		}
		for _, l := range strings.Split(out, "\n") {
			if w := len([]rune(l)); w > 80 {
				t.Errorf("%s: a line of %d columns: %q", name, w, l)
				break
			}
		}
	}
}
