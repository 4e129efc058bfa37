package classify

import "github.com/pocssr/pocssr/model"

// CaseLinks ties the framework to the case library: which cases raise each
// risk, as the engine classifies them.
type CaseLinks struct {
	Cases   *model.Worksheet
	Results []Result // of Cases.Activities, in order
	byRisk  map[string][]int
}

// LinkCases classifies the case library with rb.
func LinkCases(rb *Rulebook) (*CaseLinks, error) {
	ws, err := Cases(rb)
	if err != nil {
		return nil, err
	}
	l := &CaseLinks{Cases: ws, Results: make([]Result, len(ws.Activities)), byRisk: map[string][]int{}}
	for i, a := range ws.Activities {
		l.Results[i] = rb.Classify(a)
		for _, r := range l.Results[i].Risks {
			l.byRisk[r.Rule.ID] = append(l.byRisk[r.Rule.ID], i)
		}
	}
	return l, nil
}

// Raising lists the positions in the case library of the cases that raise the
// risk, in library order.
func (l *CaseLinks) Raising(riskID string) []int { return l.byRisk[riskID] }

// Example is the place in the case library of the case risk r's example
// tells of (RiskRule.ExampleCase), and whether that case raises r as the
// library answers it; at is -1 where the example names no case of the
// library.
func (l *CaseLinks) Example(r *RiskRule) (at int, raises bool) {
	if r.ExampleCase == "" || l.Cases == nil {
		return -1, false
	}
	for i, a := range l.Cases.Activities {
		if a.ID == r.ExampleCase {
			for _, k := range l.Results[i].Risks {
				if k.Rule.ID == r.ID {
					return i, true
				}
			}
			return i, false
		}
	}
	return -1, false
}

// Section is the chapter section a case comes from, as the case library
// records it (the reference of its source).
func Section(a *model.Activity) string {
	if a.Source.Document != CaseLibraryDocument {
		return ""
	}
	return a.Source.Ref
}

// CaseLibraryDocument is the source document every case of the library names.
const CaseLibraryDocument = "Case library"
