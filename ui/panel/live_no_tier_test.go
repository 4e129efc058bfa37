package panel

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// The live verdict's column names a tier not known as the compact line and
// the walk-through do (report.NoTierYet): at 200 columns it said "Tier
// undetermined" beside "No agenda yet".
func TestLiveSideSaysNoTierYet(t *testing.T) {
	rb := classify.Default()
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	r := rb.Classify(&model.Activity{ID: "a", Title: "Joint patrols"})
	side := ansi.Strip(p.Side(&r, Notes{}, 60, 30))
	if !strings.Contains(side, "Tier   "+report.NoTierYet) || strings.Contains(side, "undetermined") {
		t.Errorf("the live verdict does not say %q:\n%s", report.NoTierYet, side)
	}
}
