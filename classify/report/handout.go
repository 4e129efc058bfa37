package report

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// The workshop handout: both readings drawn with the cases of the library
// placed on each, the kinds by tier, each risk's condition in plain words with
// its mitigation and the cases that raise it, and the five recommendations.
// handout gathers it once; the markdown and HTML writers only lay it out.

type handout struct {
	title   string
	rb      *classify.Rulebook
	cases   []handoutCase
	by2015  map[string][]int // region of the 2015 drawing → case numbers
	byAgeda map[classify.Agenda][]int
	drawing *readings // the same, as labels on the HTML drawings
	risks   []handoutRisk
}

type handoutCase struct {
	num     int
	title   string
	section string
	verdict string
}

type handoutRisk struct {
	rule   *classify.RiskRule
	when   string
	raises []string // "high when …"
	cases  []int    // numbers of the cases that raise it
	recs   []string
}

// The regions of the 2015 drawing.
const (
	region2015Tier1 = "tier1"
	region2015Tier2 = "tier2"
	region2015Tier3 = "tier3"
	region2015SSR   = "ssr"
	region2015None  = "none"
)

// region2015Of is where the engine placed a classified case on the 2015
// drawing: its tier, and inside SSR for Tier 3 work on the security
// institutions.
func region2015Of(r *classify.Result) string {
	switch {
	case r.Policy.InsideSSR:
		return region2015SSR
	case r.Tier == 1:
		return region2015Tier1
	case r.Tier == 2:
		return region2015Tier2
	case r.Tier == 3:
		return region2015Tier3
	}
	return region2015None
}

func newHandout(rb *classify.Rulebook) (*handout, error) {
	links, err := classify.LinkCases(rb)
	if err != nil {
		return nil, err
	}
	h := &handout{title: rb.Title, rb: rb, by2015: map[string][]int{}, byAgeda: map[classify.Agenda][]int{}, drawing: newReadings(rb)}
	if h.title == "" {
		h.title = "The POC/SSR activity framework"
	}
	for i, a := range links.Cases.Activities {
		r := &links.Results[i]
		n := i + 1
		h.cases = append(h.cases, handoutCase{num: n, title: OneLine(a.Title), section: OneLine(classify.Section(a)),
			verdict: TierText(r.Tier) + ", " + AgendaLabel(&r.Narrow)})
		reg := region2015Of(r)
		h.by2015[reg] = append(h.by2015[reg], n)
		h.byAgeda[r.Agenda] = append(h.byAgeda[r.Agenda], n)
		h.drawing.place(r, fmt.Sprint(n))
	}
	for _, sev := range classify.Severities {
		for _, rule := range rb.Risks {
			if rule.Severity != sev {
				continue
			}
			hr := handoutRisk{rule: rule, when: sentence(rule.When.Words(rb))}
			for _, x := range rule.Raise {
				hr.raises = append(hr.raises, fmt.Sprintf("It is %s when %s.", x.Severity, x.When.Words(rb)))
			}
			for _, i := range links.Raising(rule.ID) {
				hr.cases = append(hr.cases, i+1)
			}
			for _, id := range rule.Recommendations {
				if rec := rb.Recommendation(id); rec != nil {
					hr.recs = append(hr.recs, rec.Title)
				}
			}
			h.risks = append(h.risks, hr)
		}
	}
	return h, nil
}

// sentence makes words a sentence: a capital first and a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// answers lists the titles of the risks a recommendation answers.
func (h *handout) answers(recID string) []string {
	var out []string
	for _, r := range h.risks {
		for _, id := range r.rule.Recommendations {
			if id == recID {
				out = append(out, r.rule.Title)
			}
		}
	}
	return out
}

func (h *handout) tierTitle(t classify.Tier) string {
	if info := h.rb.Tier(t); info != nil {
		return info.Title
	}
	return ""
}

func numbers(ns []int) string {
	if len(ns) == 0 {
		return "–"
	}
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, " ")
}
