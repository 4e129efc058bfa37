package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// After a refused import, ? opens the help with the status line whole or
// empty: it kept the error's mark without its words, a bare "!".
func TestHelpAfterARefusedImportKeepsNoBareMark(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, "no-such-mandate.txt")
			requireScreen(t, m, "! Nothing imported: no-such-mandate.txt does not exist")
			press(t, m, "?")
			lines := strings.Split(screenText(m), "\n")
			if status := strings.TrimSpace(lines[len(lines)-2]); status != "" && !strings.Contains(status, "Nothing imported") {
				t.Fatalf("the status line over the help is %q:\n%s", status, screenText(m))
			}
			golden(t, m, size[0], size[1], "Keys of the worksheet screen")
		})
	}
}
