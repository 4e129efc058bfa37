package model

import "errors"

// ErrReadOnly is returned by a save to a file that its mode does not let its owner write.
var ErrReadOnly = errors.New("the file is read-only")
