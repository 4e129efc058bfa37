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

// stemCand is a stem a word may be an inflection of: base, then extra when
// not zero ("secur" + 'e').
type stemCand struct {
	base  string
	extra byte
}

// stemCands lists the stems word t may be an inflection of: t less -s, -es,
// -ed, -d, -ing, with an "e" restored, a doubled consonant undone, or "ie"
// turned back to "y". Callers check the candidates with inflects. A fixed
// array, so that reading a word allocates nothing.
func stemCands(t string) (out [9]stemCand, n int) {
	add := func(base string, extra byte) {
		out[n] = stemCand{base, extra}
		n++
	}
	cut := func(suffix string) (string, bool) {
		if len(t) > len(suffix)+1 && t[len(t)-len(suffix):] == suffix {
			return t[:len(t)-len(suffix)], true
		}
		return "", false
	}
	if b, ok := cut("s"); ok {
		add(b, 0)
	}
	if b, ok := cut("es"); ok {
		add(b, 0)
	}
	for _, suffix := range [2]string{"ed", "ing"} {
		if b, ok := cut(suffix); ok {
			add(b, 0)
			add(b, 'e')
			if len(b) > 2 && b[len(b)-1] == b[len(b)-2] {
				add(b[:len(b)-1], 0)
			}
		}
	}
	if b, ok := cut("ied"); ok {
		add(b, 'y')
	} else if b, ok := cut("ies"); ok {
		add(b, 'y')
	}
	return out, n
}

// key writes the stem into buf and returns it.
func (c stemCand) key(buf []byte) []byte {
	b := append(buf[:0], c.base...)
	if c.extra != 0 {
		b = append(b, c.extra)
	}
	return b
}
