package present

import (
	"fmt"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// Where an activity sits on each of the two readings, for the presentation
// screens. This is the one place the presentation decides it; everything else
// draws what it says.

// region2015 is a region of the 2015 drawing.
type region2015 int

const (
	noTier     region2015 = iota // no kind known: not placed
	tier1                        // protection through dialogue and engagement
	tier2                        // provision of physical protection
	tier3                        // establishment of a protective environment, outside SSR
	tier3InSSR                   // Tier 3 work on the security institutions: SSR inside POC
)

// placement is where one activity sits on both drawings, with a caption for
// each in words, so that nothing depends on seeing the marker.
type placement struct {
	In2015        region2015
	InNarrow      classify.Agenda // undetermined: not placed
	Caption2015   string
	CaptionNarrow string
	Short2015     string // the caption in a few words, for one line
	// On2015Suggested and OnNarrowSuggested: the engine's place on that
	// drawing rests on answers only suggested (classify.Result's
	// TierOnSuggested, AgendaOnSuggested); its marker is marked "~".
	On2015Suggested, OnNarrowSuggested bool
}

// placeOn draws where the engine placed a classified activity on both
// readings, with the captions of the activity screen (place2015 and
// placeNarrow), so the two screens never disagree; primary is not read: the
// engine decides.
func placeOn(rb *classify.Rulebook, res *classify.Result, _ string) placement {
	var p placement
	pol := &res.Policy
	_, p.Caption2015 = place2015(rb, res)
	short := fmt.Sprintf("Tier %d", pol.Tier)
	switch {
	case pol.Info == nil:
		p.In2015, p.Short2015 = noTier, "no tier yet"
	case pol.InsideSSR:
		p.In2015, p.Short2015 = tier3InSSR, short+", inside SSR"
	case pol.Tier == 1:
		p.In2015, p.Short2015 = tier1, short
	case pol.Tier == 2:
		p.In2015, p.Short2015 = tier2, short
	default:
		p.In2015, p.Short2015 = tier3, short+", outside SSR"
	}
	p.InNarrow = res.Agenda
	_, p.CaptionNarrow = component.PlaceNarrow(res)
	if res.Agenda == classify.Undetermined {
		p.CaptionNarrow = "not placed: " + component.LowerFirst(p.CaptionNarrow)
	}
	// A reading that rests on answers only suggested is marked "~", as
	// the worksheet marks it (report.VerdictTier, report.VerdictAgenda).
	p.On2015Suggested, p.OnNarrowSuggested = res.TierOnSuggested, res.AgendaOnSuggested
	p.Short2015 = report.ReadingMark(res.TierOnSuggested) + p.Short2015
	p.CaptionNarrow = report.ReadingMark(res.AgendaOnSuggested) + p.CaptionNarrow
	return p
}
