package ui

// Choices are picked by a key each: 1–9 for the first nine, then the capital
// letters A–Z (the small letters already move, tick and jump), so that a
// question with many choices, such as the kinds, has a key for every one.
const choiceLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// choiceKey is the key of the i-th choice (from 0), or "" past the last key.
func choiceKey(i int) string {
	switch {
	case i < 0:
		return ""
	case i < 9:
		return string(rune('1' + i))
	case i-9 < len(choiceLetters):
		return choiceLetters[i-9 : i-8]
	}
	return ""
}

// choiceIndex is the choice a key picks, or -1.
func choiceIndex(r rune) int {
	switch {
	case r >= '1' && r <= '9':
		return int(r - '1')
	case r >= 'A' && r <= 'Z':
		return 9 + int(r-'A')
	}
	return -1
}
