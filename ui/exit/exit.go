// Package exit holds the exit statuses pocssr ends with and the error that
// carries one up to main. The command line and the interactive program both
// end with them, so they live below both.
package exit

import (
	"errors"
	"fmt"

	"github.com/pocssr/pocssr/model"
	"io"
	"os"
)

// Exit statuses.
const (
	OK       = 0
	Critical = 1 // check: an activity has a critical risk; work lost on quitting
	Invalid  = 2 // invalid input or usage
)

// Error carries an exit status up to main; Err, if set, is what is printed.
type Error struct {
	Code int
	Err  error
}

func (e *Error) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit %d", e.Code)
	}
	return e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// WithInvalid marks an error as bad input: exit 2.
func WithInvalid(err error) error { return &Error{Code: Invalid, Err: err} }

// Report prints an error the way pocssr reports them and returns the exit code.
func Report(stderr io.Writer, err error) int {
	if err == nil {
		return OK
	}
	code := Invalid
	var ee *Error
	if errors.As(err, &ee) {
		code = ee.Code
		if ee.Err == nil {
			return code
		}
		err = ee.Err
	}
	var pe *os.PathError
	switch {
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "pocssr: %s: %s\n", model.QuoteName(pe.Path), pe.Err)
	default:
		fmt.Fprintf(stderr, "%s%s\n", err, readOnlyHint(err))
	}
	return code
}

// readOnlyHint says what to do about a file that may not be written.
func readOnlyHint(err error) string {
	if errors.Is(err, model.ErrReadOnly) {
		return " (its permissions do not allow writing: make it writable, or write to another file)"
	}
	return ""
}
