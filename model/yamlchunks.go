package model

import (
	"bytes"

	"go.yaml.in/yaml/v3"
)

// chunkAbove is the size above which a YAML worksheet read only for its
// activities (OpenStream) is read in pieces; tests lower it.
var chunkAbove = 1 << 20

// itemsPerChunk is how many activities one piece holds.
const itemsPerChunk = 500

// The YAML reader builds a tree of the whole document, some thirty times the
// size of the text, and the activities read from it are as large again. A
// worksheet in the usual block layout (a top-level "activities:" line and its
// items below it) is therefore read in pieces: the document with its
// activities blanked out (lines kept, so that positions stay), then the items
// a few hundred at a time. Whatever does not fit that layout exactly (anchors
// used across items, a multi-line quoted or flow value that a split would cut)
// makes a piece fail to parse, and the whole document is read at once instead,
// so the result is always that of reading it whole.

// yamlChunk is a run of activity items: their text and the line it starts on.
type yamlChunk struct {
	text  []byte
	line  int // of the first line of text
	items int // how many items begin in text
}

// yamlLayout is a worksheet split for reading in pieces.
type yamlLayout struct {
	blanked []byte // the document with the activities' lines left empty
	keyLine int    // the line of "activities:"
	chunks  []yamlChunk
}

// splitActivities finds the activities of a block-layout worksheet; ok is false
// for any other layout.
func splitActivities(data []byte) (yamlLayout, bool) {
	var l yamlLayout
	if otherLineBreaks(data) {
		return l, false
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	key := -1
	for i, line := range lines {
		if rest, found := bytes.CutPrefix(line, []byte("activities:")); found {
			rest = bytes.TrimSpace(rest)
			if key >= 0 || (len(rest) > 0 && rest[0] != '#') {
				return l, false
			}
			key = i
		}
	}
	if key < 0 {
		return l, false
	}
	l.keyLine = key + 1
	indentOf := func(line []byte) (int, bool) {
		n := 0
		for n < len(line) && line[n] == ' ' {
			n++
		}
		rest := bytes.TrimSpace(line[n:])
		return n, len(rest) == 0 || rest[0] == '#'
	}
	isItem := func(line []byte, ind int) bool {
		rest := line[ind:]
		return len(rest) > 0 && rest[0] == '-' && (len(rest) == 1 || rest[1] == ' ' || rest[1] == '\n' || rest[1] == '\r')
	}
	ind := -1
	end := len(lines)
	var starts []int // the lines where items begin
	for i := key + 1; i < len(lines); i++ {
		line := lines[i]
		if bytes.HasPrefix(bytes.TrimLeft(line, " "), []byte("\t")) {
			return l, false
		}
		n, empty := indentOf(line)
		if empty {
			continue
		}
		if ind < 0 {
			if !isItem(line, n) {
				return l, false
			}
			ind = n
		}
		switch {
		case n == ind && isItem(line, n):
			starts = append(starts, i)
			continue
		case n > ind:
			continue
		case n > 0:
			// Only a line at the left edge (a key of the worksheet, a
			// document marker) surely ends the list.
			return l, false
		}
		end = i
		break
	}
	if len(starts) == 0 {
		return l, false
	}
	offset := make([]int, len(lines)+1)
	for i, line := range lines {
		offset[i+1] = offset[i] + len(line)
	}
	for c := 0; c < len(starts); c += itemsPerChunk {
		from := starts[c]
		to := end
		if c+itemsPerChunk < len(starts) {
			to = starts[c+itemsPerChunk]
		}
		l.chunks = append(l.chunks, yamlChunk{text: data[offset[from]:offset[to]], line: from + 1, items: min(itemsPerChunk, len(starts)-c)})
	}
	first := key + 1
	l.blanked = make([]byte, 0, offset[first]+(end-first)+len(data)-offset[end])
	l.blanked = append(l.blanked, data[:offset[first]]...)
	l.blanked = append(l.blanked, bytes.Repeat([]byte("\n"), end-first)...)
	l.blanked = append(l.blanked, data[offset[end]:]...)
	return l, true
}

// otherLineBreaks reports whether text holds a line break the YAML reader
// counts and a split at "\n" would not see: a carriage return alone, U+2028,
// U+2029 (U+0085 is refused before).
func otherLineBreaks(data []byte) bool {
	if bytes.Contains(data, []byte("\u2028")) || bytes.Contains(data, []byte("\u2029")) {
		return true
	}
	for i := bytes.IndexByte(data, '\r'); i >= 0; {
		if i+1 >= len(data) || data[i+1] != '\n' {
			return true
		}
		j := bytes.IndexByte(data[i+1:], '\r')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// items decodes the chunks one at a time, yielding every activity item with
// the position it has in the whole file; false when a chunk does not parse
// as exactly its items.
func (l *yamlLayout) items(yield func(*yaml.Node) bool) bool {
	for _, c := range l.chunks {
		var doc yaml.Node
		if err := yaml.Unmarshal(c.text, &doc); err != nil || len(doc.Content) != 1 {
			return false
		}
		seq := doc.Content[0]
		if seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 || len(seq.Content) != c.items {
			return false
		}
		shiftLines(seq, c.line-1)
		for i, item := range seq.Content {
			if !yield(item) {
				return true
			}
			seq.Content[i] = nil // let go of it as soon as it is read
		}
	}
	return true
}

func shiftLines(n *yaml.Node, by int) {
	n.Line += by
	for _, c := range n.Content {
		shiftLines(c, by)
	}
}

// parseYAMLInChunks reads a large block-layout worksheet in pieces for each
// (see parseChecked); ok is false when its layout does not allow it, and then
// each has been given nothing.
func parseYAMLInChunks(file string, data []byte, vocab *Vocabulary, each func(*Activity)) (w *Worksheet, err error, ok bool) {
	layout, fits := splitActivities(data)
	if !fits {
		return nil, nil, false
	}
	return parseLayout(file, layout, len(data), vocab, each)
}

// Preview reads the first activities of a large worksheet in the usual block
// layout (its first piece, some itemsPerChunk), as Parse would read them, for
// a program to show while it reads the whole; ok is false when the file is
// not in that layout or that piece does not read. What it gives is not
// checked against the rest of the file: Parse is still to be run.
func Preview(file string, data []byte, vocab *Vocabulary) (w *Worksheet, ok bool) {
	if checkText(file, data) != nil || looksLikeJSON(data) {
		return nil, false
	}
	layout, fits := splitActivities(data)
	if !fits || len(layout.chunks) == 0 {
		return nil, false
	}
	layout.chunks = layout.chunks[:1]
	var acts []*Activity // the reader lends each activity for the call only
	w, err, ok := parseLayout(file, layout, len(data), vocab, func(a *Activity) { acts = append(acts, a.Clone()) })
	if !ok || err != nil || w == nil {
		return nil, false
	}
	w.Activities = acts
	AssignIDs(w)
	return w, true
}

// parseLayout reads a worksheet split into pieces (parseYAMLInChunks).
func parseLayout(file string, layout yamlLayout, size int, vocab *Vocabulary, each func(*Activity)) (w *Worksheet, err error, ok bool) {
	doc, err := decodeYAML(file, layout.blanked)
	if err != nil || len(doc.Content) != 1 {
		return nil, nil, false
	}
	root := doc.Content[0]
	var at *yaml.Node
	for i := 0; root.Kind == yaml.MappingNode && i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Value == "activities" {
			at = root.Content[i+1]
			// The blanked list leaves "activities:" without a value, on its own
			// line; anything else there means the split misread the text.
			if k.Line != layout.keyLine || k.Column != 1 || !isNull(at) || at.Value != "" || at.Line != k.Line || at.Anchor != "" {
				return nil, nil, false
			}
		}
	}
	if at == nil || root.Style&yaml.FlowStyle != 0 {
		return nil, nil, false
	}
	given := 0
	r := newReader(file, vocab, size, func(a *Activity) {
		given++
		each(a)
	})
	r.pieces = &pieces{at: at, layout: &layout}
	w, err = parseWalk(r, doc)
	if r.pieces.failed {
		if given > 0 {
			each(nil)
		}
		return nil, nil, false
	}
	return w, err, true
}

// pieces stands in for the activities of a worksheet read in chunks.
type pieces struct {
	at     *yaml.Node // the (empty) value of "activities:" in the blanked document
	layout *yamlLayout
	failed bool
}
