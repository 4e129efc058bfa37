package suggest

// inflects reports whether t is stem w or one of its regular inflections:
// -s, -es, -ed, -d, -ing, with a final "e" dropped ("secure" → "securing"), a
// final consonant doubled ("patrol" → "patrolled") or "y" turned "i"
// ("supply" → "supplied"). A stem in the lexicon ("patrol~") stands for all
// of them, so that no phrase lists a verb's forms one by one.
func inflects(t, w string) bool {
	n := len(w)
	if t == w {
		return true
	}
	if len(t) <= n {
		return false
	}
	switch rest := t[n:]; {
	case t[:n] == w && (rest == "s" || rest == "es" || rest == "ed" || rest == "ing"):
		return true
	case t[:n] == w && w[n-1] == 'e' && (rest == "d" || rest == "s"):
		return true
	case t[:n] == w && len(rest) > 1 && rest[0] == w[n-1] && isConsonant(w[n-1]) && (rest[1:] == "ed" || rest[1:] == "ing"):
		return true
	}
	if w[n-1] == 'e' && t == w[:n-1]+"ing" {
		return true
	}
	if w[n-1] == 'y' && n > 1 && isConsonant(w[n-2]) && (t == w[:n-1]+"ied" || t == w[:n-1]+"ies") {
		return true
	}
	return false
}

func isConsonant(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	}
	return 'a' <= c && c <= 'z'
}

// stems lists the stems word t may be an inflection of: itself, and t less
// -s, -es, -ed, -d, -ing, with an "e" restored, a doubled consonant undone, or
// "ie" turned back to "y". Callers check the candidates with inflects.
func stems(t string) [9]string {
	var s [9]string
	s[0] = t
	n := len(t)
	cut := func(suffix string) (string, bool) {
		if len(t) > len(suffix)+1 && t[n-len(suffix):] == suffix {
			return t[:n-len(suffix)], true
		}
		return "", false
	}
	if b, ok := cut("s"); ok {
		s[1] = b
	}
	if b, ok := cut("es"); ok {
		s[2] = b
	}
	if b, ok := cut("ed"); ok {
		s[3] = b
		s[4] = b + "e"
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] {
			s[5] = b[:len(b)-1]
		}
	}
	if b, ok := cut("ing"); ok {
		s[6] = b
		s[7] = b + "e"
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] {
			s[5] = b[:len(b)-1]
		}
	}
	if b, ok := cut("ied"); ok {
		s[8] = b + "y"
	} else if b, ok := cut("ies"); ok {
		s[8] = b + "y"
	}
	return s
}
