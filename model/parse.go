package model

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

var activityKeys = func() []string {
	keys := []string{"id", "title", "description"}
	for f := Fact(0); f < NumFacts; f++ {
		keys = append(keys, f.Key())
	}
	return append(keys, "notes", "source", "status", "register", "hrddp_review")
}()

var (
	worksheetKeys = []string{"schema", "mission", "mandate", "activities"}
	sourceKeys    = []string{"document", "ref", "text"}
	entryKeys     = []string{"status", "owner", "due", "note"}
	statusValues  = []string{string(StatusDraft), string(StatusReviewed)}
)

// Parse reads a worksheet from data; file names it in messages. Every problem
// found is reported in one *InputError, each with its line and column.
//
// A file named .json (or, without a .yaml or .yml name, text that begins as a
// JSON object: '{' and a key in double quotes) must be RFC 8259 JSON: anything
// else is refused with its position. Other
// files are YAML; one whose text is valid JSON is read as JSON, which it is (the
// YAML reader knows neither surrogate pairs nor the escape \/). A valid JSON
// worksheet takes a fast path; the JSON reader gives the positions of problems.
func Parse(file string, data []byte, vocab *Vocabulary) (*Worksheet, error) {
	if err := checkSize(file, data); err != nil {
		return nil, err
	}
	if looksLikeJSON(data) {
		// The fast path refuses the characters checkCharacters does.
		if w, ok := parseJSONFast(data, vocab); ok {
			return w, nil
		}
	}
	if err := checkCharacters(file, data); err != nil {
		return nil, err
	}
	return parseChecked(file, data, vocab, nil)
}

// parseChecked reads text that passed checkText with the reader its name and
// content call for. With each set, activities go to each one by one instead
// of into the worksheet, and the YAML tree is let go of as it is read; each(nil)
// then means: forget the activities given so far, they are given again.
func parseChecked(file string, data []byte, vocab *Vocabulary, each func(*Activity)) (*Worksheet, error) {
	strict := readsAsJSON(file, data)
	if !strict && !looksLikeJSON(data) {
		if each != nil && len(data) > chunkAbove {
			if w, err, ok := parseYAMLInChunks(file, data, vocab, each); ok {
				return w, err
			}
		}
		return parseYAML(file, data, vocab, each)
	}
	w, jsonErr, syntaxOK := parseJSONText(file, data, vocab, each)
	if syntaxOK {
		return w, jsonErr
	}
	if strict {
		return nil, jsonErr
	}
	w, err := parseYAML(file, data, vocab, each)
	var syntax *InputError
	if errors.As(err, &syntax) && len(syntax.Problems) == 1 && strings.HasPrefix(syntax.Problems[0].Msg, "not valid YAML") &&
		(writtenAsJSON(data) || strings.Contains(err.Error(), "invalid Unicode character escape")) {
		// Text that is neither JSON nor YAML but written as JSON gets the JSON
		// reader's account, which places the problem exactly: the YAML reader
		// gives only a line, and refuses the surrogate pairs JSON writers use
		// for emoji (\ud83d\ude00), hiding the real problem.
		return nil, jsonErr
	}
	return w, err
}

// readsAsJSON reports whether a file must be JSON: by its name, or, without a
// .yaml or .yml name (standard input), by its text.
func readsAsJSON(file string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".json":
		return true
	case ".yaml", ".yml":
		return false
	}
	return writtenAsJSON(data)
}

// writtenAsJSON reports whether text begins as a JSON object does: '{' and a
// key in double quotes (a YAML flow mapping, {activities: []}, does not).
func writtenAsJSON(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '{' && len(bytes.TrimLeft(t[1:], " \t\r\n")) > 0 && bytes.TrimLeft(t[1:], " \t\r\n")[0] == '"'
}

// reader walks a YAML node tree (read from YAML or from JSON) into a
// worksheet, gathering problems.
type reader struct {
	errs   Problems
	vocab  *Vocabulary
	budget int // node visits left, against alias expansion bombs
	// each, when set, takes the activities one by one; the reader then drops
	// each activity's part of the tree once read, so that the tree and the
	// activities are never all held at once.
	each func(*Activity)
	// keepNodes ties each activity to its mapping, for a save that keeps the
	// file's comments and layout (YAML files only).
	keepNodes bool
	reuse     *Activity // the one activity handed to each, again and again
	pieces    *pieces   // the activities of a worksheet read in chunks
}

func newReader(file string, vocab *Vocabulary, size int, each func(*Activity)) *reader {
	r := &reader{vocab: vocab, budget: size + 1024, each: each}
	r.errs.File = file
	return r
}

// finish returns the worksheet read, or every problem found; a worksheet read
// whole gets its derived ids.
func (r *reader) finish(w *Worksheet, doc *yaml.Node) (*Worksheet, error) {
	if err := r.errs.Err(); err != nil {
		return nil, err
	}
	if r.each == nil {
		w.doc = doc
		AssignIDs(w)
	}
	return w, nil
}

var errAliasBomb = errors.New("alias expansion")

func parseYAML(file string, data []byte, vocab *Vocabulary, each func(*Activity)) (w *Worksheet, err error) {
	doc, err := decodeYAML(file, data)
	if err != nil {
		return nil, err
	}
	r := newReader(file, vocab, len(data), each)
	r.keepNodes = each == nil
	return parseWalk(r, doc)
}

// parseWalk reads the worksheet from a document tree, refusing alias bombs.
func parseWalk(r *reader, doc *yaml.Node) (w *Worksheet, err error) {
	defer func() {
		if p := recover(); p != nil {
			if p != errAliasBomb {
				panic(p)
			}
			w, err = nil, &InputError{Problems: []Problem{{File: r.errs.File,
				Msg: "the document expands too far through YAML aliases (*name); write the values out"}}}
		}
	}()
	w = r.worksheet(doc)
	if !r.keepNodes {
		doc = nil
	}
	return r.finish(w, doc)
}

// resolve follows aliases, charging the expansion budget.
func (r *reader) resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n != nil {
		r.budget -= 1 + len(n.Content)
		if r.budget < 0 {
			panic(errAliasBomb)
		}
	}
	return n
}

func (r *reader) at(n *yaml.Node, format string, args ...any) {
	r.errs.Add(n.Line, n.Column, format, args...)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func what(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing"
		case "!!bool":
			return "the boolean " + n.Value
		case "!!int", "!!float":
			return "the number " + n.Value
		}
		if len(n.Value) > 40 {
			return fmt.Sprintf("the text %q...", n.Value[:40])
		}
		return fmt.Sprintf("the text %q", n.Value)
	}
	return "something else"
}

func (r *reader) worksheet(doc *yaml.Node) *Worksheet {
	w := &Worksheet{}
	root := doc
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			r.errs.Add(0, 0, "the file holds no worksheet")
			return w
		}
		root = doc.Content[0]
	}
	root = r.resolve(root)
	if root.Kind != yaml.MappingNode {
		r.at(root, "expected a worksheet (a mapping with schema, mission, mandate, activities), found %s", what(root))
		return w
	}
	var activities *yaml.Node
	var seen keysSeen
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], r.resolve(root.Content[i+1])
		switch k.Value {
		case "schema":
			if s, ok := r.text(v, "schema"); ok && s != Schema {
				r.at(v, "schema must be %s, found %q", Schema, s)
			}
		case "mission":
			w.Mission, _ = r.text(v, "mission")
		case "mandate":
			w.Mandate, _ = r.text(v, "mandate")
		case "activities":
			activities = v
		default:
			r.at(k, "unknown key %q; a worksheet has: %s%s", k.Value, strings.Join(worksheetKeys, ", "), DidYouMean(k.Value, worksheetKeys))
		}
		r.dup(&seen, root, i, "")
	}
	if activities == nil {
		r.at(root, "the worksheet has no \"activities:\" list")
		return w
	}
	if r.pieces != nil && activities == r.pieces.at {
		ids := map[string]int{}
		r.pieces.failed = !r.pieces.layout.items(func(item *yaml.Node) bool {
			if a := r.activity(item, ids); a != nil {
				r.each(a)
			}
			return !(r.errs.Full() && r.errs.Len() > MaxProblems*4)
		})
		return w
	}
	if isNull(activities) {
		return w
	}
	if activities.Kind != yaml.SequenceNode {
		r.at(activities, "\"activities\" must be a list of activities, found %s", what(activities))
		return w
	}
	ids := map[string]int{} // the line of each id given
	for i, item := range activities.Content {
		a := r.activity(item, ids)
		switch {
		case a == nil:
		case r.each != nil:
			r.each(a)
			activities.Content[i] = nil
		default:
			w.Activities = append(w.Activities, a)
		}
		if r.errs.Full() && r.errs.Len() > MaxProblems*4 {
			break
		}
	}
	return w
}

// keysSeen indexes the keys of one long mapping: where each key occurs.
type keysSeen struct{ index map[string][]int }

// dup reports whether the key at index i of mapping m is a repeat of an earlier
// one; where names the mapping in the message. Neither YAML nor JSON reading
// refuses a key given twice by itself, and the last one would win silently.
// The first repeat of a key is reported with the positions of all its
// occurrences, the later ones only skipped. Long mappings are indexed, so that
// the check stays linear.
func (r *reader) dup(seen *keysSeen, m *yaml.Node, i int, where string) bool {
	k := m.Content[i]
	var at []int // the indexes of every occurrence of the key
	if len(m.Content) <= 32 {
		for j := 0; j+1 < len(m.Content); j += 2 {
			if m.Content[j].Value == k.Value {
				at = append(at, j)
			}
		}
	} else {
		if seen.index == nil {
			seen.index = make(map[string][]int, len(m.Content)/2)
			for j := 0; j+1 < len(m.Content); j += 2 {
				seen.index[m.Content[j].Value] = append(seen.index[m.Content[j].Value], j)
			}
		}
		at = seen.index[k.Value]
	}
	if len(at) < 2 || at[0] == i {
		return false
	}
	if at[1] == i {
		f := m.Content[at[0]]
		more := ""
		if len(at) > 2 {
			var lines []string
			for n, j := range at[1:] {
				if n == 5 {
					lines = append(lines, "...")
					break
				}
				lines = append(lines, fmt.Sprint(m.Content[j].Line))
			}
			more = fmt.Sprintf(" (%d times in all: again at lines %s)", len(at), strings.Join(lines, ", "))
		}
		r.at(k, "%q is given twice%s: first at line %d, column %d, again here%s; keep one", k.Value, where, f.Line, f.Column, more)
	}
	return true
}

func (r *reader) text(n *yaml.Node, key string) (string, bool) {
	if isNull(n) {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		r.at(n, "%s must be text, found %s", key, what(n))
		return "", false
	}
	return n.Value, true
}

func (r *reader) activity(item *yaml.Node, ids map[string]int) *Activity {
	n := r.resolve(item)
	if n.Kind != yaml.MappingNode {
		r.at(n, "expected an activity (a mapping with title, kinds, ...), found %s", what(n))
		return nil
	}
	a := &Activity{}
	switch {
	case r.keepNodes:
		a.node = n
	case r.each != nil:
		// each takes an activity only for the time of the call.
		if r.reuse == nil {
			r.reuse = &Activity{}
		}
		a = r.reuse
		*a = Activity{}
	}
	hasTitle := false
	var seen keysSeen
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], r.resolve(n.Content[i+1])
		if r.dup(&seen, n, i, " in this activity") {
			continue
		}
		if f, ok := FactByKey(k.Value); ok {
			r.fact(a, f, v)
			continue
		}
		switch k.Value {
		case "id":
			id, ok := r.text(v, "id")
			if !ok {
				break
			}
			if !validID(id) {
				r.at(v, "id %q may hold only letters, digits, '-', '_' and '.', and must start with a letter or digit", id)
				break
			}
			if first, used := ids[id]; used {
				r.at(v, "id %q is already used by the activity at line %d", id, first)
				break
			}
			ids[id] = v.Line
			a.ID = id
		case "title":
			a.Title, hasTitle = r.text(v, "title")
			if hasTitle && blankTitle(a.Title) {
				r.at(v, "title is empty")
			}
		case "description":
			a.Description, _ = r.text(v, "description")
		case "notes":
			a.Notes, _ = r.text(v, "notes")
		case "source":
			a.Source = r.source(v)
		case "register":
			a.Register = r.register(v)
		case "hrddp_review":
			a.HRDDPReview = r.date(v, "hrddp_review")
		case "status":
			if s, ok := r.text(v, "status"); ok {
				if !slices.Contains(statusValues, s) {
					r.at(v, "%q is not a status; allowed: %s%s", s, strings.Join(statusValues, ", "), DidYouMean(s, statusValues))
				}
				a.Status = Status(s)
				a.Confirmed = confirmedIn(k.HeadComment)
			}
		default:
			r.at(k, "unknown key %q in an activity; allowed: %s%s", k.Value, strings.Join(activityKeys, ", "), DidYouMean(k.Value, activityKeys))
		}
	}
	if !hasTitle {
		r.at(n, "this activity has no title (title is required)")
	}
	if a.Status != StatusDraft {
		a.Confirmed = nil
	}
	return a
}

func (r *reader) source(n *yaml.Node) Source {
	var s Source
	if isNull(n) {
		return s
	}
	if n.Kind != yaml.MappingNode {
		r.at(n, "source must be a mapping with document, ref, text; found %s", what(n))
		return s
	}
	var seen keysSeen
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], r.resolve(n.Content[i+1])
		if r.dup(&seen, n, i, " in source") {
			continue
		}
		switch k.Value {
		case "document":
			s.Document, _ = r.text(v, "source.document")
		case "ref":
			s.Ref, _ = r.text(v, "source.ref")
		case "text":
			s.Text, _ = r.text(v, "source.text")
		default:
			r.at(k, "unknown key %q in source; allowed: %s%s", k.Value, strings.Join(sourceKeys, ", "), DidYouMean(k.Value, sourceKeys))
		}
	}
	return s
}

func (r *reader) fact(a *Activity, f Fact, v *yaml.Node) {
	if isNull(v) {
		return // null is the same as absent: unknown
	}
	key := f.Key()
	switch f.Type() {
	case YesNo:
		if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
			r.at(v, "%s must be true or false, found %s", key, what(v))
			return
		}
		var b bool
		_ = v.Decode(&b)
		a.Facts.SetYes(f, b)
	case OneOf:
		if v.Kind != yaml.ScalarNode {
			r.at(v, "%s takes one value (%s), found %s", key, strings.Join(r.vocab.Values(f), ", "), what(v))
			return
		}
		if !r.vocab.Allows(f, v.Value) {
			r.notAllowed(v, f)
			return
		}
		a.Facts.SetOne(f, v.Value)
	case SetOf:
		if v.Kind != yaml.SequenceNode {
			hint := ""
			switch {
			case v.Kind == yaml.ScalarNode && r.vocab.Allows(f, v.Value):
				hint = fmt.Sprintf(" (write [%s])", v.Value)
			case v.Kind == yaml.ScalarNode && (v.Value == "none" || v.Value == "[]"):
				hint = " (write [] for none)"
			}
			r.at(v, "%s takes a list of values, found %s%s", key, what(v), hint)
			return
		}
		vals := make([]string, 0, len(v.Content))
		ok := true
		for _, item := range v.Content {
			item = r.resolve(item)
			if item.Kind != yaml.ScalarNode || isNull(item) {
				r.at(item, "expected a value of %s (%s), found %s", key, strings.Join(r.vocab.Values(f), ", "), what(item))
				ok = false
				continue
			}
			if !r.vocab.Allows(f, item.Value) {
				r.notAllowed(item, f)
				ok = false
				continue
			}
			if slices.Contains(vals, item.Value) {
				r.at(item, "%q is listed twice in %s", item.Value, key)
				ok = false
				continue
			}
			vals = append(vals, item.Value)
		}
		if ok {
			a.Facts[f] = Value{Known: true, Set: vals}
		}
	}
}

func (r *reader) notAllowed(v *yaml.Node, f Fact) {
	allowed := r.vocab.Values(f)
	r.at(v, "%q is not a value of %s; allowed: %s%s", v.Value, f.Key(), strings.Join(allowed, ", "), DidYouMean(v.Value, allowed))
}

// blankTitle reports whether a title is empty or only white space (any
// Unicode white space, such as a no-break space): both readers refuse it.
func blankTitle(s string) bool { return strings.TrimSpace(s) == "" }

// validID reports whether id holds only letters, digits, '-', '_' and '.', and
// starts with a letter or digit.
func validID(id string) bool {
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case i > 0 && (c == '-' || c == '_' || c == '.'):
		default:
			return false
		}
	}
	return id != ""
}
