//go:build !unix

package model

// processorTime is not measured here: the benchmark reports wall time only.
func processorTime() int64 { return 0 }
