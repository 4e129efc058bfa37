package model

import (
	"bytes"
	"fmt"
	"io"
	"math/bits"
	"unicode/utf8"
	"unsafe"
)

// MaxFileSize is the largest worksheet file read: 16 MiB.
const MaxFileSize = 16 << 20

// ReadAll reads a worksheet from r, refusing more than MaxFileSize bytes.
func ReadAll(file string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, TooLarge(file, -1)
	}
	return data, nil
}

// TooLarge reports a file over MaxFileSize; size -1 when unknown.
func TooLarge(file string, size int64) error {
	msg := fmt.Sprintf("the file is larger than the limit of %d MiB", MaxFileSize>>20)
	if size >= 0 {
		msg = fmt.Sprintf("the file is %.1f MiB; the limit is %d MiB", float64(size)/(1<<20), MaxFileSize>>20)
	}
	return &InputError{Problems: []Problem{{File: file, Msg: msg}}}
}

// checkText refuses a file too large, empty, or holding a character no
// worksheet may hold (checkCharacters).
func checkText(file string, data []byte) error {
	if err := checkSize(file, data); err != nil {
		return err
	}
	return checkCharacters(file, data)
}

// checkSize refuses a file over MaxFileSize or holding nothing but space.
func checkSize(file string, data []byte) error {
	if len(data) > MaxFileSize {
		return TooLarge(file, int64(len(data)))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &InputError{Problems: []Problem{{File: file, Msg: "the file is empty; a worksheet needs at least \"activities:\""}}}
	}
	return nil
}

// checkCharacters refuses text that is not UTF-8, holds a NUL byte or a raw
// control character (controlCharacter), each at its line and column. The
// JSON fast path refuses all of these as it reads (jsonScanner.stringEnd),
// so that a file it reads is not stepped through once more for them: this
// runs only before the general readers.
func checkCharacters(file string, data []byte) error {
	one := func(line, col int, msg string) error {
		return &InputError{Problems: []Problem{{File: file, Line: line, Col: col, Msg: msg}}}
	}
	if !utf8.Valid(data) {
		line, col := 1, 1
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			i += n
		}
		return one(line, col, "the file is not valid UTF-8 text (save it as UTF-8)")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := textPosition(data, i)
		return one(line, col, "the file holds a NUL byte: it is not a text file")
	}
	if i, c := controlCharacter(unsafe.String(unsafe.SliceData(data), len(data))); i >= 0 {
		line, col := textPosition(data, i)
		return one(line, col, fmt.Sprintf("the file holds the control character U+%04X; remove it, or write it as \\u%04x inside double quotes", c, c))
	}
	return nil
}

// controlCharacter finds the first control character other than tab, line feed
// and carriage return: C0, DEL and C1 (U+0080 to U+009F). Both readers refuse
// them raw, as the YAML reader always did for most of them, so that JSON and
// YAML agree (YAML would read U+0085 as a line break, JSON as a character).
// Written as escapes they are read as the characters they name.
func controlCharacter(data string) (int, rune) {
	for i := 0; i < len(data); i++ {
		// Eight bytes at a time while none may be a control character: a
		// worksheet is nearly all plain text, and a register's notes and
		// owners make it longer.
		// The word that holds one says which byte it is.
		for ; i+8 <= len(data); i += 8 {
			if m := controlMarks(leWord(data[i:])); m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
		}
		if i >= len(data) {
			break
		}
		if !maybeControl[data[i]] {
			continue // one look-up a byte over the text, which is nearly all plain
		}
		switch c := data[i]; {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return i, rune(c)
		case c == 0xc2 && i+1 < len(data) && data[i+1] >= 0x80 && data[i+1] <= 0x9f:
			return i, rune(data[i+1])
		}
	}
	return -1, 0
}

// Words of eight bytes, each byte the same, for the tests below.
const (
	ones = 0x0101010101010101
	high = 0x8080808080808080
)

// bytesBelow marks, in the high bit of each byte of the word x, those below
// n (n at most 128); bytesEqual those that are c. The lowest mark is exact;
// one above a marked byte may be false, the subtraction borrowing from it.
func bytesBelow(x uint64, n byte) uint64 { return (x - ones*uint64(n)) &^ x & high }
func bytesEqual(x uint64, c byte) uint64 { return bytesBelow(x^(ones*uint64(c)), 1) }

// wordMayControl reports whether one of eight bytes is one maybeControl
// marks, or a tab or line break: those the byte loop tells apart.
func wordMayControl(x uint64) bool { return controlMarks(x) != 0 }

// controlMarks marks, as bytesBelow does, the bytes wordMayControl looks
// for: controlCharacter reads only the lowest mark, which is exact.
func controlMarks(x uint64) uint64 {
	return bytesBelow(x, 0x20) | bytesEqual(x, 0x7f) | bytesEqual(x, 0xc2)
}

// maybeControl marks the bytes that are, or may begin, a control character.
var maybeControl = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n' && c != '\r'
	}
	t[0x7f], t[0xc2] = true, true
	return t
}()

// textPosition is the line and column (in characters) of byte offset i.
func textPosition(data []byte, i int) (line, col int) {
	line = 1 + bytes.Count(data[:i], []byte("\n"))
	lineStart := bytes.LastIndexByte(data[:i], '\n') + 1
	return line, 1 + utf8.RuneCount(data[lineStart:i])
}

func looksLikeJSON(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '{'
}
