package suggest

import (
	"slices"
	"sort"
	"strconv"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// choose settles each fact from the occurrences read, and records the evidence.
//
//   - One-value and yes/no facts take the value of the heaviest occurrence, the
//     earliest among equals.
//   - Lists take every value read, in order of appearance; "none" only when no
//     value was read.
//   - Kinds are ordered by where they were read (the main clause before an
//     elaboration such as "including ..."), then by weight, then by position:
//     the first is the primary kind.
func (rd *reading) choose(s *Suggestion) {
	rd.declineGeneric()
	rd.declineDefaults()
	rd.declinePurposes()
	var byFact [model.NumFacts][]*candidate
	for i := range rd.cands {
		c := &rd.cands[i]
		if c.declined != "" {
			if !c.overlapped {
				s.Declined = append(s.Declined, Declined{Evidence: rd.evidence(c), Reason: c.declined, Weight: c.cue.Weight})
			}
			continue
		}
		byFact[c.cue.Fact] = append(byFact[c.cue.Fact], c)
	}
	for f := model.Fact(0); f < model.NumFacts; f++ {
		cs := byFact[f]
		if len(cs) == 0 {
			continue
		}
		var order []string
		switch {
		case f == model.Kinds:
			order = rd.chooseKinds(cs)
		case f.Type() == model.SetOf:
			order = chooseList(cs)
		default:
			best := chooseOne(cs)
			rd.weight[f] = best.cue.Weight
			order = []string{rd.together(f, best, cs)}
		}
		if len(order) == 0 {
			continue
		}
		rd.setFact(s, f, order, cs)
	}
	s.Lead = rd.lead
}

// together applies the fact's together rules to the value chosen: a value
// read beside another makes a third ("the mission" asked "to support the
// authorities" is mission support), unless the cue chosen is heavier than the
// rule allows.
func (rd *reading) together(f model.Fact, best *candidate, cs []*candidate) string {
	v := best.value.String()
	fc := rd.lx.facts[f]
	if fc == nil {
		return v
	}
	for _, t := range fc.Together {
		other := ""
		switch v {
		case t.Read[0]:
			other = t.Read[1]
		case t.Read[1]:
			other = t.Read[0]
		default:
			continue
		}
		if t.UpTo > 0 && best.cue.Weight > t.UpTo {
			continue
		}
		// What an elaboration names ("its approach, including through
		// support to the commission") says how, not who acts.
		if slices.ContainsFunc(cs, func(c *candidate) bool { return c.value.String() == other && !rd.elaborates(c.zone) }) {
			return t.Suggest
		}
	}
	return v
}

// declineGeneric sets aside a generic cue ("good offices", "advice and
// support") when another cue of its fact is read in its sentence, in a
// purpose too: what the help is for decides the kind.
func (rd *reading) declineGeneric() {
	for i := range rd.cands {
		c := &rd.cands[i]
		if c.declined != "" || !c.cue.Generic {
			continue
		}
		for j := range rd.cands {
			o := &rd.cands[j]
			if o.declined == "" && !o.cue.Generic && o.cue.Fact == c.cue.Fact && rd.ws[o.from].sent == rd.ws[c.from].sent {
				c.declined = "generic help, for " + o.value.String()
				break
			}
		}
	}
}

// declineDefaults sets aside the default cues of a fact ("support the
// police" read as capacity building) when another cue of the fact, outside a
// purpose and in the same sentence part (up to a comma) or an elaboration of
// it ("including ..."), says more. In
// another part, the default stands for an activity of its own: "continue its
// support of the police, and ... deterrent actions".
func (rd *reading) declineDefaults() {
	for i := range rd.cands {
		c := &rd.cands[i]
		if c.declined != "" || !c.cue.Default {
			continue
		}
		for j := range rd.cands {
			o := &rd.cands[j]
			if o.declined == "" && !o.cue.Default && !o.cue.Generic && o.cue.Fact == c.cue.Fact && rd.effect(o.zone) != classify.KindsFallback &&
				(c.cue.Fact != model.Kinds || rd.elaborates(o.zone) || rd.sameClause(o.from, c.from) || rd.sameClause(o.to-1, c.to-1)) &&
				!rd.givesWayTo(o, c) {
				c.declined = "a default reading, outweighed by " + o.value.String()
				c.overlapped = true
				break
			}
		}
	}
}

// givesWayTo reports whether the kind o reads gives way, by the rulebook's
// gives_way, to the kind c reads: such a kind never outweighs c's default
// reading ("the protection of civilians, including humanitarian personnel"
// stays protection, with humanitarian access beside it).
func (rd *reading) givesWayTo(o, c *candidate) bool {
	return c.cue.Fact == model.Kinds && rd.kindGivesWay(o.value.String(), c.value.String())
}

// kindGivesWay reports whether kind gives way, by the rulebook's gives_way,
// to the kind to: to has one of the properties kind gives way to.
func (rd *reading) kindGivesWay(kind, to string) bool {
	props := rd.lx.cues.GivesWay[kind]
	k := rd.lx.rb.Kind(to)
	return len(props) > 0 && k != nil && takesLead(k, props)
}

// elaborates reports whether a scope zone says more about what came before it:
// any scope but a new decision of the sentence.
func (rd *reading) elaborates(zone int) bool {
	return zone > 0 && !rd.lx.cues.Scopes[zone-1].Decision
}

// declinePurposes sets aside the kinds read in a fallback scope (a purpose)
// when another kind says what the activity does.
func (rd *reading) declinePurposes() {
	outside := false
	for i := range rd.cands {
		c := &rd.cands[i]
		if c.declined == "" && c.cue.Fact == model.Kinds && rd.effect(c.zone) != classify.KindsFallback {
			outside = true
		}
	}
	if !outside {
		return
	}
	for i := range rd.cands {
		c := &rd.cands[i]
		if c.declined == "" && c.cue.Fact == model.Kinds && rd.effect(c.zone) == classify.KindsFallback {
			c.declined = purposeDeclined(rd.lx.cues.Scopes[c.zone-1].Name)
		}
	}
}

// setFact records the chosen values of f and their evidence, value by value.
func (rd *reading) setFact(s *Suggestion, f model.Fact, order []string, cs []*candidate) {
	switch {
	case f.Type() == model.SetOf && len(order) == 1 && order[0] == "none":
		s.Facts.SetSet(f, nil)
	case f.Type() == model.SetOf:
		s.Facts.SetSet(f, order)
	case f.Type() == model.YesNo:
		s.Facts.SetYes(f, order[0] == "true")
	default:
		s.Facts.SetOne(f, order[0])
	}
	type place struct {
		value      string
		start, end int
	}
	seen := map[place]bool{}
	// The strongest evidence of a value comes first, then in text order.
	byWeight := cs
	if len(cs) > 1 {
		byWeight = append(make([]*candidate, 0, len(cs)), cs...)
		slices.SortStableFunc(byWeight, func(a, b *candidate) int { return b.cue.Weight - a.cue.Weight })
	}
	for _, v := range order {
		for _, c := range byWeight {
			if c.value.String() != v {
				continue
			}
			e := rd.evidence(c)
			if k := (place{e.Value, e.Start, e.End}); !seen[k] {
				seen[k] = true
				s.Evidence = append(s.Evidence, e)
			}
		}
	}
	for _, c := range cs {
		if !slices.Contains(order, c.value.String()) {
			s.Declined = append(s.Declined, Declined{Evidence: rd.evidence(c), Reason: "outweighed by " + order[0], Weight: c.cue.Weight})
		}
	}
}

// chooseOne picks the heaviest occurrence, then the earliest, then the
// shortest: "calls upon the Government" before "calls upon the Government
// and neighbouring States".
func chooseOne(cs []*candidate) *candidate {
	best := cs[0]
	for _, c := range cs[1:] {
		switch {
		case c.cue.Weight != best.cue.Weight:
			if c.cue.Weight > best.cue.Weight {
				best = c
			}
		case c.from != best.from:
			if c.from < best.from {
				best = c
			}
		case c.to < best.to:
			best = c
		}
	}
	return best
}

func chooseList(cs []*candidate) []string {
	var order []string
	sawNone := false
	for _, c := range sortedByPosition(cs) {
		if c.value.None {
			sawNone = true
			continue
		}
		if !slices.Contains(order, c.value.Value) {
			order = append(order, c.value.Value)
		}
	}
	if len(order) == 0 && sawNone {
		return []string{"none"}
	}
	return order
}

func (rd *reading) chooseKinds(cs []*candidate) []string {
	var ranks []rank
	for _, c := range cs {
		if c.value.None {
			continue
		}
		r := rank{kind: c.value.Value, zone: rd.kindsRank(c.zone), weight: c.cue.Weight, from: c.from, c: c}
		found := false
		for i := range ranks {
			if ranks[i].kind != r.kind {
				continue
			}
			found = true
			if better(r.zone, r.weight, r.from, ranks[i].zone, ranks[i].weight, ranks[i].from) {
				ranks[i] = r
			}
		}
		if !found {
			ranks = append(ranks, r)
		}
	}
	sort.SliceStable(ranks, func(i, j int) bool {
		a, b := ranks[i], ranks[j]
		return better(a.zone, a.weight, a.from, b.zone, b.weight, b.from)
	})
	// A kind that gives way (the rulebook's gives_way) is the secondary
	// element beside a kind of the properties it names, read in the same
	// part: "national security and rule of law institutions" is
	// restructuring first.
	gaveWay := false
	for i := 1; i < len(ranks); i++ {
		beside := ranks[i].zone == ranks[0].zone || rd.listsMembers(ranks[0].c.zone, ranks[i].c.zone)
		if beside && rd.kindGivesWay(ranks[0].kind, ranks[i].kind) {
			lead := ranks[i]
			copy(ranks[1:i+1], ranks[:i])
			ranks[0] = lead
			gaveWay = true
			break
		}
	}
	if len(ranks) > 1 {
		rd.lead = rd.leadOf(ranks[0], ranks[1], gaveWay)
	}
	order := make([]string, len(ranks))
	for i, r := range ranks {
		order[i] = r.kind
	}
	return order
}

// listsMembers reports whether scope zone b lists the members of what the
// main clause (zone a) names (the rulebook's scopes marked lists): a kind
// read there stands beside one read in the main clause, for giving way.
func (rd *reading) listsMembers(a, b int) bool {
	return a == 0 && b > 0 && rd.lx.cues.Scopes[b-1].Lists
}

// rank is a kind's best occurrence, by which kinds are ordered.
type rank struct {
	kind         string
	zone, weight int
	from         int
	c            *candidate
}

// leadOf says why kind a leads kind b: the ordering rule that decided, with
// the words of each. gaveWay: b was first but gives way to a.
func (rd *reading) leadOf(a, b rank, gaveWay bool) *Lead {
	l := &Lead{Kind: a.kind, Over: b.kind, Phrase: rd.evidence(a.c).Phrase, OverPhrase: rd.evidence(b.c).Phrase}
	switch {
	case gaveWay:
		l.Rule, l.Detail = LeadGivesWay, b.kind
	case a.zone != b.zone:
		l.Rule, l.Detail, l.OverDetail = LeadPart, rd.partName(a.c.zone), rd.partName(b.c.zone)
	case a.weight != b.weight:
		l.Rule, l.Detail, l.OverDetail = LeadWeight, strconv.Itoa(a.weight), strconv.Itoa(b.weight)
	default:
		l.Rule = LeadEarlier
	}
	return l
}

// partName names the part of the sentence a scope zone is: the rulebook's
// scope name, or "" for the main clause.
func (rd *reading) partName(zone int) string {
	if zone == 0 {
		return ""
	}
	return rd.lx.cues.Scopes[zone-1].Name
}

// kindsRank orders the scope zones for kinds: the main clause 0, an
// elaboration 1, a fallback 2.
func (rd *reading) kindsRank(zone int) int {
	switch rd.effect(zone) {
	case classify.KindsSecondary:
		return 1
	case classify.KindsFallback:
		return 2
	}
	return 0
}

// takesLead reports whether kind k has one of the properties props.
func takesLead(k *classify.Kind, props []classify.KindProperty) bool {
	for _, p := range props {
		if p == classify.ActsOnInstitutions && k.Institutions || p == classify.DirectProtection && k.Direct {
			return true
		}
	}
	return false
}

// effect is what the scope zone does to kinds; "" for the main clause.
func (rd *reading) effect(zone int) classify.ScopeEffect {
	if zone == 0 {
		return ""
	}
	return rd.lx.cues.Scopes[zone-1].Kinds
}

// better orders kind occurrences: main clause first, then heavier, then earlier.
func better(zoneA, weightA, fromA, zoneB, weightB, fromB int) bool {
	if zoneA != zoneB {
		return zoneA < zoneB
	}
	if weightA != weightB {
		return weightA > weightB
	}
	return fromA < fromB
}

func sortedByPosition(cs []*candidate) []*candidate {
	out := append([]*candidate(nil), cs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].from < out[j].from })
	return out
}
