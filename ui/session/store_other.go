//go:build !unix

package session

import "io/fs"

// hasModes says that the system keeps no permission bits to set: on Windows
// the folder under the user's profile is kept from other users by the
// profile's access control lists.
const hasModes = false

// nonBlocking is no flag here: named pipes live in their own namespace on
// Windows and cannot be given as a worksheet's path.
const nonBlocking = 0

// ownedByUser cannot be told from the file's mode bits here; the profile's
// access control lists decide who reaches the folder.
func ownedByUser(fs.FileInfo) bool { return true }
