package aa

//go:generate go run ./internal/vsopgen -astronomia $ASTRONOMIA -aajs $AAJS -out .

// vsopTerm is one periodic term A·cos(B + C·τ) of a VSOP87 series.
type vsopTerm struct{ A, B, C float64 }

// vsopModel holds the series L0…L5, B0…B5, R0…R5 of one planet.
type vsopModel struct {
	L, B, R [6][]vsopTerm
}
