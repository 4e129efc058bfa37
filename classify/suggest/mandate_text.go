package suggest

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify/suggest/mandate"
)

// MandateText reads a mandate's text from r, refusing, with a message that
// names it, what is larger than MaxMandateSize, not plain UTF-8 text, or empty.
func MandateText(name string, r io.Reader) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxMandateSize+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	switch {
	case len(data) > MaxMandateSize:
		return "", fmt.Errorf("%s: the file is larger than the limit of %d MiB", name, MaxMandateSize>>20)
	case !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0:
		return "", fmt.Errorf("%s: the file is not plain text; save the mandate as UTF-8 plain text", name)
	case strings.TrimSpace(string(data)) == "":
		return "", fmt.Errorf("%s: the file is empty", name)
	}
	return string(data), nil
}

// WithoutMarker is a paragraph's text without the number or letter that
// marks it ("8. Welcomes …" is "Welcomes …", "(ii) an improved …" is "an
// improved …"), for where its reference is named beside it; a text that is
// nothing but a marker, or has none, is returned as it is.
func WithoutMarker(text string) string {
	if end := mandate.MarkerEnd(text); end > 0 && strings.TrimSpace(text[end:]) != "" {
		return strings.TrimSpace(text[end:])
	}
	return text
}
