package classify

import (
	"fmt"
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
}

type tplPart struct {
	text    string     // literal text, when name is ""
	name    string     // placeholder: a fact key, "primary", "kinds" or an extra name
	fact    model.Fact // when the name is a fact key
	isFact  bool
	missing []string // {KEY|missing:...}
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

func parsePlaceholder(spec string, vocab *model.Vocabulary, extra []string) (tplPart, error) {
	name, mod, hasMod := strings.Cut(spec, "|")
	name = strings.TrimSpace(name)
	p := tplPart{name: name}
	if f, ok := model.FactByKey(name); ok {
		p.fact, p.isFact = f, true
	} else if name != "primary" && name != "kinds" && !contains(extra, name) {
		allowed := append([]string{"primary", "kinds"}, extra...)
		return p, fmt.Errorf("unknown placeholder {%s}: use a fact key or one of %s", name, strings.Join(allowed, ", "))
	}
	if hasMod {
		vals, ok := strings.CutPrefix(strings.TrimSpace(mod), "missing:")
		if !ok || !p.isFact || p.fact.Type() != model.SetOf {
			return p, fmt.Errorf("{%s}: only a list fact takes a modifier, and only missing:VALUE,...", spec)
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
// template's extra placeholders as name, value pairs.
func (t *Template) Render(rb *Rulebook, fs *model.Facts, extra ...string) string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	b.Grow(len(t.src) + 32)
	for _, p := range t.parts {
		switch {
		case p.name == "":
			b.WriteString(p.text)
		case p.missing != nil:
			var labels []string
			for _, v := range p.missing {
				if !fs.Has(p.fact, v) {
					labels = append(labels, lowerFirst(rb.Label(p.fact, v)))
				}
			}
			if len(labels) == 0 {
				b.WriteString("none")
			} else {
				b.WriteString(joinOr(labels))
			}
		case p.isFact:
			b.WriteString(rb.ValueText(fs, p.fact))
		case p.name == "primary":
			if k := rb.Kind(fs.Primary()); k != nil {
				b.WriteString(lowerFirst(k.Label))
			} else {
				b.WriteString("unknown")
			}
		case p.name == "kinds":
			b.WriteString(rb.ValueText(fs, model.Kinds))
		default:
			for i := 0; i+1 < len(extra); i += 2 {
				if extra[i] == p.name {
					b.WriteString(extra[i+1])
					break
				}
			}
		}
	}
	return capitalFirst(b.String())
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

func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
