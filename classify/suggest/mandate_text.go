package suggest

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
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
