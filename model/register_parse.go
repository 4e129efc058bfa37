package model

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// register reads an activity's register: a mapping from risk ids to entries.
// Every problem is placed at its key or value; the entries that read well are
// kept even when another one does not, so that all problems show at once.
func (r *reader) register(n *yaml.Node) Register {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		r.at(n, "register must be a mapping from risk ids to entries (status, owner, due, note), found %s", what(n))
		return nil
	}
	var reg Register
	var seen keysSeen
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := r.resolve(n.Content[i]), r.resolve(n.Content[i+1])
		if r.dup(&seen, n, i, " in register") {
			continue
		}
		if k.Kind != yaml.ScalarNode || isNull(k) {
			r.at(k, "a register is keyed by risk ids, found %s", what(k))
			continue
		}
		if !r.vocab.AllowsRisk(k.Value) {
			risks := r.vocab.Risks()
			r.at(k, "%q is not a risk of the rulebook in use, so the register cannot hold an entry for it; risks: %s%s",
				k.Value, strings.Join(risks, ", "), DidYouMean(k.Value, risks))
			continue
		}
		if e, ok := r.entry(k, v); ok {
			reg = append(reg, e)
		}
	}
	return reg
}

// entry reads the entry of one risk: status is required, not-needed needs a
// note, owner and due are optional.
func (r *reader) entry(k, n *yaml.Node) (RegisterEntry, bool) {
	e := RegisterEntry{Risk: k.Value}
	if n.Kind != yaml.MappingNode {
		r.at(n, "the register entry for %s must be a mapping with status (required), owner, due, note; found %s", k.Value, what(n))
		return e, false
	}
	ok := true
	hasStatus := false
	var noteAt *yaml.Node
	var seen keysSeen
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, v := n.Content[i], r.resolve(n.Content[i+1])
		if r.dup(&seen, n, i, " in the register entry for "+k.Value) {
			ok = false
			continue
		}
		switch key.Value {
		case "status":
			s, given := r.text(v, "status")
			if !given {
				break
			}
			st, err := ParseMitigationStatus(s)
			if err != nil {
				r.at(v, "%s", err.Error())
				ok = false
				break
			}
			e.Status, hasStatus = st, true
		case "owner":
			e.Owner, _ = r.text(v, "owner")
		case "due":
			e.Due = r.date(v, "due")
		case "note":
			e.Note, _ = r.text(v, "note")
			noteAt = v
		default:
			r.at(key, "unknown key %q in the register entry for %s; allowed: %s%s", key.Value, k.Value,
				strings.Join(entryKeys, ", "), DidYouMean(key.Value, entryKeys))
			ok = false
		}
	}
	switch {
	case !hasStatus && ok:
		r.at(n, "the register entry for %s has no status (status is required; allowed: %s)", k.Value, strings.Join(mitigationStatusValues, ", "))
		ok = false
	case e.Status == NotNeeded && blankTitle(e.Note):
		at := n
		if noteAt != nil {
			at = noteAt
		}
		r.at(at, "the register entry for %s is not-needed, which needs a note saying why the risk needs no measures", k.Value)
		ok = false
	}
	return e, ok
}

// date reads a date written YYYY-MM-DD; null is no date.
func (r *reader) date(n *yaml.Node, key string) Date {
	if isNull(n) {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		r.at(n, "%s must be a date written YYYY-MM-DD, found %s", key, what(n))
		return ""
	}
	d, err := ParseDate(n.Value)
	if err != nil {
		r.at(n, "%s: %s", key, err.Error())
		return ""
	}
	return d
}
