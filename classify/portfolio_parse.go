package classify

import (
	"strings"

	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// The placeholders of a portfolio finding's templates. A finding is about a
// force and a set of activities, not one activity, so fact placeholders are
// not allowed.
var (
	portfolioWhyKeys   = []string{"force", "activities"}
	portfolioClearKeys = []string{"force", "clear_kinds"}
)

// parsePortfolio reads the portfolio findings of FRAMEWORK §8. The section is
// optional: a rulebook without it raises no portfolio finding.
func (p *rulebookParser) parsePortfolio(n *yaml.Node) {
	forces := p.rb.vocab.Values(model.Forces)
	p.rb.portfolioForces = forces
	seen := map[string]bool{}
	for i, item := range p.list(n, "portfolio") {
		f := p.fields(item, "a portfolio finding", []string{"id", "severity", "title", "forces", "raised_by", "answered_by",
			"clear_kinds", "why", "would_clear", "mitigation", "section", "example", "recommendations"},
			[]string{"id", "severity", "title", "raised_by", "answered_by", "clear_kinds", "why", "would_clear", "mitigation", "section"})
		r := &PortfolioRule{ID: p.text(f["id"], "id"), Severity: p.severity(f["severity"]), Title: p.text(f["title"], "title"),
			Mitigation: p.text(f["mitigation"], "mitigation"), Section: p.text(f["section"], "section"),
			Example: p.text(f["example"], "example"), order: i}
		if seen[r.ID] {
			p.errs.at(f["id"], "portfolio finding %q is defined twice", r.ID)
		}
		seen[r.ID] = true
		r.RaisedBy = p.cc.compile(f["raised_by"])
		r.AnsweredBy = p.cc.compile(f["answered_by"])
		if f["forces"] == nil {
			r.Forces = forces
		} else {
			r.Forces = p.valueList(f["forces"], "forces", model.Forces, forces)
		}
		for j, force := range forces {
			for _, x := range r.Forces {
				if x == force {
					r.mask |= 1 << j
				}
			}
		}
		r.ClearKinds = p.valueList(f["clear_kinds"], "clear_kinds", model.Kinds, p.rb.vocab.Values(model.Kinds))
		r.Why = p.portfolioTemplate(f["why"], portfolioWhyKeys)
		r.WouldClear = p.portfolioTemplate(f["would_clear"], portfolioClearKeys)
		for _, rec := range p.list(f["recommendations"], "recommendations") {
			if p.rb.Recommendation(rec.Value) == nil {
				p.errs.at(rec, "unknown recommendation %q; recommendations are: %s", rec.Value, recommendationIDs(p.rb))
				continue
			}
			r.Recommendations = append(r.Recommendations, rec.Value)
		}
		p.rb.Portfolio = append(p.rb.Portfolio, r)
	}
	if slots := len(p.rb.Portfolio) * len(forces); slots > maxFindingSlots {
		p.errs.at(n, "%d portfolio findings over %d forces make %d pairs; the limit is %d", len(p.rb.Portfolio), len(forces), slots, maxFindingSlots)
	}
}

// valueList reads a non-empty list of values of fact f, each once, in the
// rulebook's order of them.
func (p *rulebookParser) valueList(n *yaml.Node, what string, f model.Fact, allowed []string) []string {
	items := p.list(n, what)
	if n != nil && n.Kind == yaml.SequenceNode && len(items) == 0 {
		p.errs.at(n, "%s takes a non-empty list of values of %s; allowed: %s", what, f.Key(), strings.Join(allowed, ", "))
	}
	var out []string
	for _, v := range items {
		if v.Kind != yaml.ScalarNode {
			p.errs.at(v, "expected a value of %s in %s, found %s", f.Key(), what, describe(v))
			continue
		}
		if !p.rb.vocab.Allows(f, v.Value) {
			p.errs.at(v, "%q is not a value of %s; allowed: %s%s", v.Value, f.Key(), strings.Join(allowed, ", "), model.DidYouMean(v.Value, allowed))
			continue
		}
		dup := false
		for _, x := range out {
			dup = dup || x == v.Value
		}
		if dup {
			p.errs.at(v, "%q is listed twice in %s", v.Value, what)
			continue
		}
		out = append(out, v.Value)
	}
	return out
}

func (p *rulebookParser) portfolioTemplate(n *yaml.Node, keys []string) *Template {
	if n == nil {
		return nil
	}
	t := p.template(n, keys)
	if t == nil {
		return nil
	}
	for _, part := range t.parts {
		if part.isFact || part.name == "primary" || part.name == "kinds" {
			p.errs.at(n, "{%s}: a portfolio finding speaks of a force and its activities, not of one activity; use %s", part.name, strings.Join(keys, ", "))
			return nil
		}
	}
	return t
}
