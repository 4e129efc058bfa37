package ui

import "github.com/pocssr/pocssr/classify"

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
}

// placeOn says where a classified activity sits on both readings; primary is
// its primary kind.
func placeOn(rb *classify.Rulebook, res *classify.Result, primary string) placement {
	var p placement
	switch res.Tier {
	case 1:
		p.In2015, p.Caption2015, p.Short2015 = tier1, "Tier 1: protection through dialogue and engagement", "Tier 1"
	case 2:
		p.In2015, p.Caption2015, p.Short2015 = tier2, "Tier 2: provision of physical protection", "Tier 2"
	case 3:
		if k := rb.Kind(primary); k != nil && k.Institutions {
			p.In2015, p.Caption2015, p.Short2015 = tier3InSSR, "Tier 3, inside SSR: the 2015 policy counts it as protection", "Tier 3, inside SSR"
		} else {
			p.In2015, p.Caption2015, p.Short2015 = tier3, "Tier 3: establishment of a protective environment", "Tier 3, outside SSR"
		}
	default:
		p.In2015, p.Caption2015, p.Short2015 = noTier, "not placed: no kind of activity is known", "no tier yet"
	}
	p.InNarrow = res.Agenda
	switch res.Agenda {
	case classify.POCOnly:
		p.CaptionNarrow = "POC only"
	case classify.Overlap:
		p.CaptionNarrow = "the overlap of POC and SSR"
	case classify.SSROnly:
		p.CaptionNarrow = "SSR only"
	case classify.Outside:
		p.CaptionNarrow = "outside both agendas (yet Tier 3 POC under the 2015 policy)"
	default:
		p.InNarrow = classify.Undetermined
		p.CaptionNarrow = "not placed: undetermined until the open questions are answered"
	}
	return p
}

// readingReasons are the engine's reasons for the tier and for the agenda: it
// gives the tier's first and the agenda's last.
func readingReasons(res *classify.Result) (tier, agenda string) {
	if len(res.Reasons) == 0 {
		return "", ""
	}
	return res.Reasons[0], res.Reasons[len(res.Reasons)-1]
}
