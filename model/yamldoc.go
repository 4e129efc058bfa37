package model

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// decodeYAML reads the one YAML document data holds. Anything after it, a
// second document or text that does not parse, is refused: it would be lost on
// the next save.
func decodeYAML(file string, data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, yamlSyntaxError(file, data, err)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, &InputError{Problems: []Problem{{File: file, Line: extra.Line, Col: extra.Column,
			Msg: "a second YAML document (after ---): a worksheet file holds one"}}}
	case !errors.Is(err, io.EOF):
		e := yamlSyntaxError(file, data, err).(*InputError)
		e.Problems[0].Msg += " (after the end of the worksheet's document; a worksheet file holds one)"
		return nil, e
	}
	return &doc, nil
}

// yamlLine reads the line out of a YAML syntax error; it is compiled when a
// file is first refused, not at every start of the program.
var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

func yamlSyntaxError(file string, data []byte, err error) error {
	msg := err.Error()
	p := Problem{File: file, Msg: "not valid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
	switch m := yamlLine().FindStringSubmatch(msg); {
	case errors.Is(err, io.EOF):
		p.Msg = "the file holds no YAML document"
	case m != nil:
		fmt.Sscan(m[1], &p.Line)
		// yaml.v3 counts lines from 0 for the parser's errors ("did not find
		// expected ...") and from 1 for the scanner's.
		if strings.HasPrefix(m[2], "did not find expected") && p.Line < 1+bytes.Count(data, []byte("\n")) {
			p.Line++
		}
		p.Col = firstColumn(data, p.Line)
		p.Msg = "not valid YAML: " + m[2]
	case strings.HasPrefix(msg, "yaml: "):
		// yaml.v3 leaves out the line when it is the first (its line 0).
		p.Line, p.Col = 1, firstColumn(data, 1)
	}
	return &InputError{Problems: []Problem{p}}
}

// firstColumn is the column of the first character of a line that is not
// white space: where a syntax error the YAML reader places on a line only
// begins to be looked for.
func firstColumn(data []byte, line int) int {
	for i := 1; i < line; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return 1
		}
		data = data[j+1:]
	}
	col := 1
	for _, c := range data {
		if c != ' ' {
			break
		}
		col++
	}
	return col
}
