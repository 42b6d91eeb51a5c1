package arcsecondtest

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"sync"
)

// record is one item of a collection, kept as the JSON document the server
// returns. Keys starting with "_" are internal and never rendered.
type record = map[string]any

// collection holds the records of one resource in insertion order.
type collection struct {
	mu     sync.RWMutex
	items  []record
	nextID int
}

// store is the server's in-memory database: one collection per resource name.
type store struct {
	mu    sync.Mutex
	colls map[string]*collection
}

func newStore() *store { return &store{colls: map[string]*collection{}} }

func (s *store) coll(name string) *collection {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.colls[name]
	if !ok {
		c = &collection{nextID: 1}
		s.colls[name] = c
	}
	return c
}

// insert stores rec, giving it the next integer id in each of idFields
// ("id", "pk") that it lacks; it returns a copy of the stored record.
func (c *collection) insert(rec record, idFields []string) record {
	out, _ := c.insertChecked(rec, idFields, nil)
	return out
}

// insertChecked is insert refused (with dup's error) when dup reports a
// conflict with a stored record; the check and the insertion are atomic.
func (c *collection) insertChecked(rec record, idFields []string, dup func(stored, rec record) *apiError) (record, *apiError) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if dup != nil {
		for _, r := range c.items {
			if e := dup(r, rec); e != nil {
				return nil, e
			}
		}
	}
	id := c.nextID
	if v, ok := intOf(rec["id"]); ok && v >= id {
		id = v
	}
	assigned := false
	for _, f := range idFields {
		if _, ok := rec[f]; !ok {
			rec[f] = id
			assigned = true
		}
	}
	if assigned || id >= c.nextID {
		c.nextID = id + 1
	}
	c.items = append(c.items, rec)
	return clone(rec), nil
}

// snapshot returns copies of the records that keep returns true for.
func (c *collection) snapshot(keep func(record) bool) []record {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make([]record, 0, len(c.items))
	for _, r := range c.items {
		if keep == nil || keep(r) {
			out = append(out, clone(r))
		}
	}
	return out
}

// first returns a copy of the first record that keep accepts.
func (c *collection) first(keep func(record) bool) (record, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	for _, r := range c.items {
		if keep(r) {
			return clone(r), true
		}
	}
	return nil, false
}

// update applies fn to the first record that keep accepts, under the lock.
// fn returns an error to abandon the change.
func (c *collection) update(keep func(record) bool, fn func(record) error) (record, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, r := range c.items {
		if !keep(r) {
			continue
		}
		next := clone(r)
		if err := fn(next); err != nil {
			return nil, true, err
		}
		c.items[i] = next
		return clone(next), true, nil
	}
	return nil, false, nil
}

// remove deletes the first record that keep accepts and returns it.
func (c *collection) remove(keep func(record) bool) (record, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, r := range c.items {
		if keep(r) {
			c.items = slices.Delete(c.items, i, i+1)
			return r, true
		}
	}
	return nil, false
}

func (c *collection) count() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.items)
}

// clone deep-copies a JSON document so that callers never share state with the store.
func clone(r record) record {
	out := maps.Clone(r)
	for k, v := range out {
		out[k] = cloneValue(v)
	}
	return out
}

func cloneValue(v any) any {
	switch t := v.(type) {
	case map[string]any:
		return clone(t)
	case []any:
		c := make([]any, len(t))
		for i, x := range t {
			c[i] = cloneValue(x)
		}
		return c
	case []string:
		c := make([]any, len(t))
		for i, x := range t {
			c[i] = x
		}
		return c
	default:
		return v
	}
}

// intOf reads an integer from a JSON value (number or numeric string).
func intOf(v any) (int, bool) {
	switch t := v.(type) {
	case int:
		return t, true
	case int64:
		return int(t), true
	case float64:
		if t == float64(int(t)) {
			return int(t), true
		}
	case json.Number:
		n, err := strconv.Atoi(string(t))
		return n, err == nil
	case string:
		n, err := strconv.Atoi(t)
		return n, err == nil
	}
	return 0, false
}

// str renders a scalar JSON value as the string a URL or query would carry.
func str(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	case int:
		return strconv.Itoa(t)
	case bool:
		if t {
			return "true"
		}
		return "false"
	default:
		return fmt.Sprint(t)
	}
}
