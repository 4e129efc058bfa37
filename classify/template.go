package classify

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/model"
)

// Template is explanation text with placeholders naming facts, checked when the
// rulebook loads: {rights_record}, {accountability|missing:v1,v2}, {primary}, ...
type Template struct {
	src   string
	parts []tplPart
	// byKind holds the text for each primary kind, for a template whose only
	// placeholder is {primary}: it is the same for every activity of a kind.
	byKind map[string]string
}

type tplPart struct {
	text    string     // literal text, when name is ""
	name    string     // placeholder: a fact key, "primary", "kinds" or an extra name
	fact    model.Fact // when the name is a fact key
	isFact  bool
	missing []string // {KEY|missing:...}
	// has keeps, of {kinds|has:PROPERTY}, only the kinds with that
	// property ("the HRDDP covers"), and in, of {kinds|in:K1,K2}, only those
	// kinds: the kinds a risk's condition names, not every kind of the
	// activity.
	has kindProperty
	in  []string
}

// String is the template's source text.
func (t *Template) String() string { return t.src }

func parseTemplate(src string, vocab *model.Vocabulary, extra []string) (*Template, error) {
	t := &Template{src: src}
	rest := src
	for rest != "" {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			t.parts = append(t.parts, tplPart{text: rest})
			break
		}
		if i > 0 {
			t.parts = append(t.parts, tplPart{text: rest[:i]})
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("unclosed placeholder in %q", src)
		}
		spec := rest[i+1 : i+j]
		rest = rest[i+j+1:]
		part, err := parsePlaceholder(spec, vocab, extra)
		if err != nil {
			return nil, err
		}
		t.parts = append(t.parts, part)
	}
	return t, nil
}

// kindsOnly reads the modifier of {kinds|has:PROPERTY} or {kinds|in:K1,K2}.
func kindsOnly(p tplPart, spec, mod string, vocab *model.Vocabulary) (tplPart, error) {
	if prop, ok := strings.CutPrefix(mod, "has:"); ok {
		if p.has = kindProperties[strings.TrimSpace(prop)]; p.has != 0 {
			return p, nil
		}
		return p, fmt.Errorf("{%s}: %q is no property of a kind: use one of %s", spec, strings.TrimSpace(prop), strings.Join(slices.Sorted(maps.Keys(kindProperties)), ", "))
	}
	vals, ok := strings.CutPrefix(mod, "in:")
	if !ok {
		return p, fmt.Errorf("{%s}: kinds takes only the modifier has:PROPERTY or in:KIND[,KIND]", spec)
	}
	for _, v := range strings.Split(vals, ",") {
		v = strings.TrimSpace(v)
		if !vocab.Allows(model.Kinds, v) {
			return p, fmt.Errorf("{%s}: %q is not a value of kinds", spec, v)
		}
		p.in = append(p.in, v)
	}
	return p, nil
}

func parsePlaceholder(spec string, vocab *model.Vocabulary, extra []string) (tplPart, error) {
	name, mod, hasMod := strings.Cut(spec, "|")
	name = strings.TrimSpace(name)
	p := tplPart{name: name}
	if f, ok := model.FactByKey(name); ok {
		p.fact, p.isFact = f, true
	} else if name != "primary" && name != "kinds" && !slices.Contains(extra, name) {
		allowed := append([]string{"primary", "kinds"}, extra...)
		return p, fmt.Errorf("unknown placeholder {%s}: use a fact key or one of %s", name, strings.Join(allowed, ", "))
	}
	if hasMod && name == "kinds" {
		return kindsOnly(p, spec, strings.TrimSpace(mod), vocab)
	}
	if hasMod {
		vals, ok := strings.CutPrefix(strings.TrimSpace(mod), "missing:")
		if !ok || !p.isFact || p.fact.Type() != model.SetOf {
			return p, fmt.Errorf("{%s}: only a list fact takes a modifier, and only missing:VALUE[,VALUE]", spec)
		}
		for _, v := range strings.Split(vals, ",") {
			v = strings.TrimSpace(v)
			if !vocab.Allows(p.fact, v) {
				return p, fmt.Errorf("{%s}: %q is not a value of %s", spec, v, name)
			}
			p.missing = append(p.missing, v)
		}
	}
	return p, nil
}

// Render fills the template for an activity; extra gives values for the
// template's extra placeholders as name, value pairs. The text starts with a
// capital letter.
func (t *Template) Render(rb *Rulebook, fs *model.Facts, extra ...string) string {
	return t.render(rb, fs, 0, extra...)
}

// render is Render with the facts that hold only a suggested answer
// (suggested, a bit per fact): each value of theirs is marked "~", as the
// screens mark a suggested answer, so that no sentence states one as a
// fact.
func (t *Template) render(rb *Rulebook, fs *model.Facts, suggested uint64, extra ...string) string {
	if t == nil {
		return ""
	}
	if t.byKind != nil && suggested&(1<<model.Kinds) == 0 {
		if s, ok := t.byKind[fs.Primary()]; ok {
			return s
		}
	}
	w := sentence{}
	w.b.Grow(len(t.src) + 48)
	for _, p := range t.parts {
		switch {
		case p.name == "":
			w.put(p.text)
		case p.missing != nil:
			n := 0
			for _, v := range p.missing {
				if !fs.Has(p.fact, v) {
					n++
				}
			}
			if n == 0 {
				w.put("none")
				break
			}
			i := 0
			for _, v := range p.missing {
				if !fs.Has(p.fact, v) {
					w.put(listSep(i, n, "or"))
					w.put(rb.lowerLabel(p.fact, v))
					i++
				}
			}
		case p.name == "kinds" && (p.has != 0 || p.in != nil):
			rb.writeKindsOnly(&w, fs, &p, suggested)
		case p.isFact:
			writeMarked(rb, &w, fs, p.fact, suggested)
		case p.name == "primary":
			if k := rb.Kind(fs.Primary()); k != nil {
				w.put(SuggestedMark(suggested&(1<<model.Kinds) != 0) + k.lowerLabel)
			} else {
				w.put(notYetKnown(model.Kinds))
			}
		case p.name == "kinds":
			writeMarked(rb, &w, fs, model.Kinds, suggested)
		default:
			for i := 0; i+1 < len(extra); i += 2 {
				if extra[i] == p.name {
					w.put(extra[i+1])
					break
				}
			}
		}
	}
	return w.b.String()
}

// writeMarked writes the value of fact f into a sentence: "~ " before a
// suggested answer, and for a fact not known its name and "not yet known"
// ("training format not yet known"), never the bare word "unknown" after a
// statement, which read as if the statement held ("built into the
// institution (unknown)").
func writeMarked(rb *Rulebook, w *sentence, fs *model.Facts, f model.Fact, suggested uint64) {
	if !fs.Known(f) {
		w.put(notYetKnown(f))
		return
	}
	w.put(SuggestedMark(suggested&(1<<f) != 0))
	rb.writeValue(w, fs, f)
}

// writeKindsOnly writes the kinds of an activity that p keeps, as
// writeMarked writes them all; all of them where it keeps none.
func (rb *Rulebook) writeKindsOnly(w *sentence, fs *model.Facts, p *tplPart, suggested uint64) {
	v := &fs[model.Kinds]
	kept := slices.DeleteFunc(slices.Clone(v.Set), func(x string) bool {
		if p.in != nil {
			return !slices.Contains(p.in, x)
		}
		k := rb.Kind(x)
		return k == nil || !k.has(p.has)
	})
	if !v.Known || len(kept) == 0 || len(kept) == len(v.Set) {
		writeMarked(rb, w, fs, model.Kinds, suggested)
		return
	}
	var only model.Facts
	only.SetSet(model.Kinds, kept)
	writeMarked(rb, w, &only, model.Kinds, suggested)
}

// notYetKnown is what an explanation says in place of the value of a fact
// not known: its name and that it is not yet known.
func notYetKnown(f model.Fact) string {
	return strings.ReplaceAll(f.Key(), "_", " ") + " not yet known"
}

// SuggestedMark is the sign before an answer suggested by an activity's
// words and not yet confirmed, "~ ", as every screen marks one; "" for an
// answer that is not suggested.
func SuggestedMark(suggested bool) string {
	if suggested {
		return "~ "
	}
	return ""
}

// fill makes placeholder name literal text: for a value fixed when the rulebook
// loads, such as the label of the agenda an explanation states.
func (t *Template) fill(name, value string) {
	if t == nil {
		return
	}
	for i := range t.parts {
		if t.parts[i].name == name && !t.parts[i].isFact {
			t.parts[i] = tplPart{text: value}
		}
	}
}

// primaryOnly reports whether {primary} is the template's only placeholder.
func (t *Template) primaryOnly() bool {
	for _, p := range t.parts {
		if p.name != "" && p.name != "primary" {
			return false
		}
	}
	return true
}

// prepare renders, once, a template that depends on the primary kind alone.
func (t *Template) prepare(rb *Rulebook) {
	if t == nil || !t.primaryOnly() {
		return
	}
	byKind := make(map[string]string, len(rb.Kinds))
	for _, k := range rb.Kinds {
		var fs model.Facts
		fs.SetSet(model.Kinds, []string{k.ID})
		byKind[k.ID] = t.Render(rb, &fs)
	}
	t.byKind = byKind
}

// sentence builds text whose first letter is a capital.
type sentence struct {
	b     strings.Builder
	plain bool // leave the first letter as it is
}

func (w *sentence) put(s string) {
	if w.b.Len() == 0 && s != "" && !w.plain {
		r, n := utf8.DecodeRuneInString(s)
		if unicode.IsLower(r) {
			w.b.WriteRune(unicode.ToUpper(r))
			s = s[n:]
		}
	}
	w.b.WriteString(s)
}

// listSep is what goes before item i of n in "a, b and c".
func listSep(i, n int, last string) string {
	switch {
	case i == 0:
		return ""
	case i == n-1:
		return " " + last + " "
	}
	return ", "
}

// ValueText renders what is known of fact f in words: labels joined with "and",
// "none" for an empty list, "yes"/"no", or "unknown".
func (rb *Rulebook) ValueText(fs *model.Facts, f model.Fact) string {
	if v := &fs[f]; !v.Known || f.Type() != model.SetOf || len(v.Set) < 2 {
		return rb.valueWord(fs, f) // one piece: no sentence is made of it
	}
	w := sentence{plain: true}
	rb.writeValue(&w, fs, f)
	return w.b.String()
}

func (rb *Rulebook) writeValue(w *sentence, fs *model.Facts, f model.Fact) {
	v := &fs[f]
	if !v.Known || f.Type() != model.SetOf || len(v.Set) < 2 {
		w.put(rb.valueWord(fs, f))
		return
	}
	for i, x := range v.Set {
		w.put(listSep(i, len(v.Set), "and"))
		w.put(rb.lowerLabel(f, x))
	}
}

// valueWord is a value of fact f that is one piece: a label, yes or no,
// none, unknown.
func (rb *Rulebook) valueWord(fs *model.Facts, f model.Fact) string {
	v := &fs[f]
	switch {
	case !v.Known:
		return "unknown"
	case f.Type() == model.OneOf:
		return rb.lowerLabel(f, v.One)
	case f.Type() == model.YesNo && v.Yes:
		return "yes"
	case f.Type() == model.YesNo:
		return "no"
	case len(v.Set) == 0:
		return "none"
	}
	return rb.lowerLabel(f, v.Set[0])
}

// lowerLabel is the label of a value as it reads inside a sentence.
func (rb *Rulebook) lowerLabel(f model.Fact, value string) string {
	for _, c := range rb.inSentence.Choices(f) {
		if c.Value == value {
			return c.Label
		}
	}
	return value
}

func joinAnd(items []string) string { return joinWith(items, "and") }
func joinOr(items []string) string  { return joinWith(items, "or") }

func joinWith(items []string, last string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + last + " " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + last + " " + items[len(items)-1]
}

// lowerFirst lowers a label's first letter for use inside a sentence, unless the
// label starts with an acronym ("HRDDP", "UN").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) || unicode.IsDigit(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
