package model

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"
)

// EncodeYAML writes the worksheet as YAML. A worksheet read from a YAML file keeps
// its comments, key order and layout wherever its content did not change.
func (w *Worksheet) EncodeYAML() ([]byte, error) {
	doc := w.doc
	if doc == nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		// A new worksheet names its schema, for editors; one read from a
		// file keeps the comments its author gave it.
		doc = &yaml.Node{Kind: yaml.DocumentNode, HeadComment: "# " + SchemaComment, Content: []*yaml.Node{{Kind: yaml.MappingNode}}}
	}
	expandAliases(doc, map[*yaml.Node]bool{})
	root := doc.Content[0]
	root.Style = 0
	setKey(root, "schema", textNode(Schema), worksheetKeys)
	setKey(root, "mission", optText(w.Mission), worksheetKeys)
	setKey(root, "mandate", optText(w.Mandate), worksheetKeys)
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	if old := valueOf(root, "activities"); old != nil && old.Kind == yaml.SequenceNode {
		seq = old
		seq.Style = 0
	}
	used := map[*yaml.Node]bool{}
	seq.Content = seq.Content[:0]
	for _, a := range w.Activities {
		n := a.node
		if n == nil || used[n] {
			n = &yaml.Node{Kind: yaml.MappingNode}
		}
		used[n] = true
		updateActivity(n, a)
		a.node = n
		seq.Content = append(seq.Content, n)
	}
	setKey(root, "activities", seq, worksheetKeys)
	w.doc = doc
	if len(seq.Content) > chunkSize {
		if out, ok, err := encodeInChunks(doc, root, seq); ok || err != nil {
			return out, err
		}
	}
	return encodeNode(doc)
}

func encodeNode(n *yaml.Node) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// chunkSize is how many activities one YAML encoder writes at a time.
const chunkSize = 500

// activitiesPlaceholder stands in for the activities while the rest of the
// document is written.
const activitiesPlaceholder = "pocssr-activities-placeholder-5e1c0a"

// encodeInChunks writes a long activity list a few hundred at a time and joins
// the pieces: the YAML emitter keeps every event of a document until it ends,
// which makes one large document slow to write and heavy to hold. It declines
// (false) when comments sit on the list itself, which the joined text could
// misplace.
func encodeInChunks(doc, root, seq *yaml.Node) ([]byte, bool, error) {
	key := root.Content[indexOfKey(root, "activities")]
	if seq.Style != 0 || seq.HeadComment+seq.LineComment+seq.FootComment+key.LineComment+key.FootComment != "" {
		return nil, false, nil
	}
	items := seq.Content
	placeholder := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: activitiesPlaceholder}
	root.Content[indexOfKey(root, "activities")+1] = placeholder
	head, err := encodeNode(doc)
	root.Content[indexOfKey(root, "activities")+1] = seq
	if err != nil {
		return nil, false, err
	}
	line := []byte("activities: " + activitiesPlaceholder + "\n")
	at := bytes.Index(head, line)
	if at < 0 || bytes.Count(head, []byte(activitiesPlaceholder)) != 1 || (at > 0 && head[at-1] != '\n') {
		return nil, false, nil
	}
	out := make([]byte, 0, len(head)+len(items)*400)
	out = append(out, head[:at]...)
	out = append(out, "activities:\n"...)
	for start := 0; start < len(items); start += chunkSize {
		part, err := encodeNode(&yaml.Node{Kind: yaml.SequenceNode, Content: items[start:min(start+chunkSize, len(items))]})
		if err != nil {
			return nil, false, err
		}
		// Shifting every line of a block document right keeps its meaning.
		for _, l := range yamlLines(part) {
			if s := string(l); s != "\n" && s != "\u2028" && s != "\u2029" {
				out = append(out, "  "...)
			}
			out = append(out, l...)
		}
	}
	return append(out, head[at+len(line):]...), true, nil
}

// yamlLines splits YAML text after each line break, as the YAML writer counts
// them: besides "\n" it breaks lines (and indents after them) at U+2028 and
// U+2029 inside a value.
func yamlLines(text []byte) [][]byte {
	var lines [][]byte
	start := 0
	for i := 0; i < len(text); i++ {
		end := 0
		switch {
		case text[i] == '\n':
			end = i + 1
		case text[i] == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xa8 || text[i+2] == 0xa9):
			end = i + 3
		default:
			continue
		}
		lines = append(lines, text[start:end])
		start, i = end, end-1
	}
	if start < len(text) {
		lines = append(lines, text[start:])
	}
	return lines
}

func indexOfKey(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// expandAliases replaces every alias with a copy of what it names, and drops the
// anchors, so that reordering or deleting activities cannot leave an alias
// pointing nowhere.
func expandAliases(n *yaml.Node, seen map[*yaml.Node]bool) {
	n.Anchor = ""
	for i, c := range n.Content {
		if c.Kind == yaml.AliasNode && c.Alias != nil {
			n.Content[i] = deepCopy(c.Alias)
			c = n.Content[i]
		}
		if !seen[c] {
			seen[c] = true
			expandAliases(c, seen)
		}
	}
}

func deepCopy(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	c := *n
	c.Anchor = ""
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, x := range n.Content {
		c.Content[i] = deepCopy(x)
	}
	return &c
}

func textNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

func optText(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return textNode(s)
}

func boolNode(b bool) *yaml.Node {
	v := "false"
	if b {
		v = "true"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: v}
}

func listNode(vals []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, v := range vals {
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v})
	}
	return n
}

func valueOf(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// setKey sets key to val in mapping m (val nil removes it). An unchanged value
// keeps its old node, with its comments and style; a changed one takes over the
// old node's comments. A new key goes after the keys that precede it in order.
func setKey(m *yaml.Node, key string, val *yaml.Node, order []string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != key {
			continue
		}
		if val == nil {
			m.Content = append(m.Content[:i], m.Content[i+2:]...)
			return
		}
		old := m.Content[i+1]
		if sameValue(old, val) {
			return
		}
		if old.Kind == val.Kind {
			val.HeadComment, val.LineComment, val.FootComment = old.HeadComment, old.LineComment, old.FootComment
			if old.Kind == yaml.SequenceNode {
				val.Style = old.Style
			}
		} else {
			k := m.Content[i]
			k.HeadComment = joinComments(k.HeadComment, old.HeadComment, old.LineComment)
		}
		if (val.Kind == yaml.SequenceNode || val.Kind == yaml.MappingNode) && (val.Style == yaml.FlowStyle || len(val.Content) == 0) {
			// The emitter cannot put a comment between a key and a flow list
			// ("key: # note" then "[]"): the comment moves above the key.
			k := m.Content[i]
			k.HeadComment = joinComments(k.HeadComment, k.LineComment, val.HeadComment)
			k.LineComment, val.HeadComment = "", ""
		}
		m.Content[i+1] = val
		return
	}
	if val == nil {
		return
	}
	pos := 0
	rank := indexOf(order, key)
	for i := 0; i+1 < len(m.Content); i += 2 {
		if r := indexOf(order, m.Content[i].Value); r >= 0 && r < rank {
			pos = i + 2
		}
	}
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
	m.Content = append(m.Content[:pos], append([]*yaml.Node{k, val}, m.Content[pos:]...)...)
}

func indexOf(list []string, v string) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return len(list)
}

// sameValue reports whether two nodes hold the same scalar or list of scalars.
func sameValue(a, b *yaml.Node) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case yaml.ScalarNode:
		return a.Value == b.Value && a.ShortTag() == b.ShortTag()
	case yaml.SequenceNode:
		if len(a.Content) != len(b.Content) {
			return false
		}
		for i := range a.Content {
			if !sameValue(a.Content[i], b.Content[i]) {
				return false
			}
		}
		return true
	}
	return false
}

func updateActivity(n *yaml.Node, a *Activity) {
	set := func(key string, val *yaml.Node) { setKey(n, key, val, activityKeys) }
	set("id", optText(a.ID))
	set("title", textNode(a.Title))
	set("description", optText(a.Description))
	for f := Fact(0); f < NumFacts; f++ {
		v := a.Facts[f]
		var val *yaml.Node
		if v.Known {
			switch f.Type() {
			case OneOf:
				val = textNode(v.One)
			case SetOf:
				val = listNode(v.Set)
			case YesNo:
				val = boolNode(v.Yes)
			}
		}
		set(f.Key(), val)
	}
	set("notes", optText(a.Notes))
	if a.Source.IsZero() {
		set("source", nil)
	} else {
		src := valueOf(n, "source")
		if src == nil || src.Kind != yaml.MappingNode {
			src = &yaml.Node{Kind: yaml.MappingNode}
		}
		setKey(src, "document", optText(a.Source.Document), sourceKeys)
		setKey(src, "ref", optText(a.Source.Ref), sourceKeys)
		setKey(src, "text", optText(a.Source.Text), sourceKeys)
		if valueOf(n, "source") != src {
			set("source", src)
		}
	}
	set("status", optText(string(a.Status)))
	if i := indexOfKey(n, "status"); i >= 0 {
		var held []Fact
		if a.Status == StatusDraft {
			held = a.Confirmed
		}
		n.Content[i].HeadComment = withConfirmed(n.Content[i].HeadComment, held)
	}
	set("register", registerNode(valueOf(n, "register"), a.Register))
	set("hrddp_review", dateNode(a.HRDDPReview))
}

// registerNode writes a register over the mapping it was read from (old, which
// may be nil), so that each entry keeps its comments and layout; an entry the
// register no longer holds is left out. An empty register is no key at all.
func registerNode(old *yaml.Node, reg Register) *yaml.Node {
	if len(reg) == 0 {
		return nil
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	if old != nil && old.Kind == yaml.MappingNode {
		m = old
	}
	content := make([]*yaml.Node, 0, 2*len(reg))
	for _, e := range reg {
		k, v := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: e.Risk}, (*yaml.Node)(nil)
		if i := indexOfKey(m, e.Risk); i >= 0 {
			k, v = m.Content[i], m.Content[i+1]
		}
		if v == nil || v.Kind != yaml.MappingNode {
			v = &yaml.Node{Kind: yaml.MappingNode}
		}
		setKey(v, "status", textNode(string(e.Status)), entryKeys)
		setKey(v, "owner", optText(e.Owner), entryKeys)
		setKey(v, "due", dateNode(e.Due), entryKeys)
		setKey(v, "note", optText(e.Note), entryKeys)
		content = append(content, k, v)
	}
	m.Content = content
	return m
}

// dateNode writes a date plainly (2026-03-31), as people write dates in YAML.
func dateNode(d Date) *yaml.Node {
	if d == "" {
		return nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: string(d)}
}

func joinComments(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n")
}
