// Fixed-arity overloads of Row.decode, which the compiler prefers to the variadic one: the
// optimizer does not unroll a loop over a parameter pack, so the variadic version decodes each
// column through the protocol's witness table; these are specialized for each column's type
// and inlined into the caller (`scripts/bench --instructions`, case select_decode).

extension Row {
    @inlinable
    public func decode<A: PostgresDecodable, B: PostgresDecodable>(
        _ types: (A, B).Type
    ) throws(PostgresDecodingError) -> (A, B) {
        guard result.columnCount == 2 else { throw Self.columnCountError(2, types, result.columnCount) }
        var column = 0
        return (try next(A.self, &column), try next(B.self, &column))
    }

    @inlinable
    public func decode<A: PostgresDecodable, B: PostgresDecodable, C: PostgresDecodable>(
        _ types: (A, B, C).Type
    ) throws(PostgresDecodingError) -> (A, B, C) {
        guard result.columnCount == 3 else { throw Self.columnCountError(3, types, result.columnCount) }
        var column = 0
        return (try next(A.self, &column), try next(B.self, &column), try next(C.self, &column))
    }

    @inlinable
    public func decode<A: PostgresDecodable, B: PostgresDecodable, C: PostgresDecodable, D: PostgresDecodable>(
        _ types: (A, B, C, D).Type
    ) throws(PostgresDecodingError) -> (A, B, C, D) {
        guard result.columnCount == 4 else { throw Self.columnCountError(4, types, result.columnCount) }
        var column = 0
        return (
            try next(A.self, &column), try next(B.self, &column), try next(C.self, &column), try next(D.self, &column)
        )
    }

    @inlinable
    public func decode<
        A: PostgresDecodable, B: PostgresDecodable, C: PostgresDecodable, D: PostgresDecodable, E: PostgresDecodable
    >(_ types: (A, B, C, D, E).Type) throws(PostgresDecodingError) -> (A, B, C, D, E) {
        guard result.columnCount == 5 else { throw Self.columnCountError(5, types, result.columnCount) }
        var column = 0
        return (
            try next(A.self, &column), try next(B.self, &column), try next(C.self, &column), try next(D.self, &column),
            try next(E.self, &column)
        )
    }

    @inlinable
    public func decode<
        A: PostgresDecodable, B: PostgresDecodable, C: PostgresDecodable, D: PostgresDecodable, E: PostgresDecodable,
        F: PostgresDecodable
    >(_ types: (A, B, C, D, E, F).Type) throws(PostgresDecodingError) -> (A, B, C, D, E, F) {
        guard result.columnCount == 6 else { throw Self.columnCountError(6, types, result.columnCount) }
        var column = 0
        return (
            try next(A.self, &column), try next(B.self, &column), try next(C.self, &column), try next(D.self, &column),
            try next(E.self, &column), try next(F.self, &column)
        )
    }

    @inlinable
    public func decode<
        A: PostgresDecodable, B: PostgresDecodable, C: PostgresDecodable, D: PostgresDecodable, E: PostgresDecodable,
        F: PostgresDecodable, G: PostgresDecodable
    >(_ types: (A, B, C, D, E, F, G).Type) throws(PostgresDecodingError) -> (A, B, C, D, E, F, G) {
        guard result.columnCount == 7 else { throw Self.columnCountError(7, types, result.columnCount) }
        var column = 0
        return (
            try next(A.self, &column), try next(B.self, &column), try next(C.self, &column), try next(D.self, &column),
            try next(E.self, &column), try next(F.self, &column), try next(G.self, &column)
        )
    }

    @inlinable
    public func decode<
        A: PostgresDecodable, B: PostgresDecodable, C: PostgresDecodable, D: PostgresDecodable, E: PostgresDecodable,
        F: PostgresDecodable, G: PostgresDecodable, H: PostgresDecodable
    >(_ types: (A, B, C, D, E, F, G, H).Type) throws(PostgresDecodingError) -> (A, B, C, D, E, F, G, H) {
        guard result.columnCount == 8 else { throw Self.columnCountError(8, types, result.columnCount) }
        var column = 0
        return (
            try next(A.self, &column), try next(B.self, &column), try next(C.self, &column), try next(D.self, &column),
            try next(E.self, &column), try next(F.self, &column), try next(G.self, &column), try next(H.self, &column)
        )
    }
}
