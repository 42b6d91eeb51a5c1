package arcsecond

// eachMember calls f with the key (as written, without its quotes) and the
// raw value of each member of the JSON object data, which must be valid
// JSON (json.Valid). It reports false when data is not an object or f
// returns false.
func eachMember(data []byte, f func(key, value []byte) bool) bool {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	for i++; ; i++ {
		i = skipSpace(data, i)
		if data[i] == '}' {
			return true
		}
		end := skipValue(data, i)
		key := data[i+1 : end-1]
		i = skipSpace(data, end) + 1 // the colon
		i = skipSpace(data, i)
		end = skipValue(data, i)
		if !f(key, data[i:end]) {
			return false
		}
		i = skipSpace(data, end)
		if data[i] == '}' {
			return true
		}
	}
}

// eachElement calls f with each raw element of the JSON array data, which
// must be valid JSON. It reports false when data is not an array or f
// returns false.
func eachElement(data []byte, f func(elem []byte) bool) bool {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		return false
	}
	for i++; ; i++ {
		i = skipSpace(data, i)
		if data[i] == ']' {
			return true
		}
		end := skipValue(data, i)
		if !f(data[i:end]) {
			return false
		}
		i = skipSpace(data, end)
		if data[i] == ']' {
			return true
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the end of the valid JSON value starting at b[i].
func skipValue(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '"':
			for i++; b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
			if depth == 0 {
				return i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i // the end of a literal that closes its object
			}
			depth--
			if depth == 0 {
				return i + 1
			}
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return i
			}
		}
	}
	return i
}
