// Fixed-arity overloads of CopyWriter.writeRow, which the compiler prefers to the variadic
// one. The optimizer does not unroll a loop over a parameter pack, so the variadic version
// encodes each field through the protocol's witness table; these are specialized for each
// field's type and inlined into the caller, which makes a COPY row several times cheaper.
// Always inlined: a call would make the caller retain every string it passes for the call's
// duration, since the call's error paths build messages; inlined, only the (never taken)
// error branches do, and the strings of an array are written without any retain.

extension CopyWriter {
    @inlinable @inline(__always)
    public mutating func writeRow<A: PostgresEncodable>(_ a: A) throws(PQError) {
        try writeRow(fields: 1) { row in Self.append(a, to: &row) }
    }

    @inlinable @inline(__always)
    public mutating func writeRow<A: PostgresEncodable, B: PostgresEncodable>(_ a: A, _ b: B) throws(PQError) {
        try writeRow(fields: 2) { row in Self.append(a, to: &row) ?? Self.append(b, to: &row) }
    }

    @inlinable @inline(__always)
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C) throws(PQError) {
        try writeRow(fields: 3) { row in
            Self.append(a, to: &row) ?? Self.append(b, to: &row) ?? Self.append(c, to: &row)
        }
    }

    @inlinable @inline(__always)
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D) throws(PQError) {
        try writeRow(fields: 4) { row in
            Self.append(a, to: &row) ?? Self.append(b, to: &row) ?? Self.append(c, to: &row) ?? Self.append(d, to: &row)
        }
    }

    @inlinable @inline(__always)
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable,
        E: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E) throws(PQError) {
        try writeRow(fields: 5) { row in
            Self.append(a, to: &row) ?? Self.append(b, to: &row) ?? Self.append(c, to: &row) ?? Self.append(d, to: &row)
                ?? Self.append(e, to: &row)
        }
    }

    @inlinable @inline(__always)
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable,
        E: PostgresEncodable, F: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F) throws(PQError) {
        try writeRow(fields: 6) { row in
            Self.append(a, to: &row) ?? Self.append(b, to: &row) ?? Self.append(c, to: &row) ?? Self.append(d, to: &row)
                ?? Self.append(e, to: &row) ?? Self.append(f, to: &row)
        }
    }

    @inlinable @inline(__always)
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable,
        E: PostgresEncodable, F: PostgresEncodable, G: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G) throws(PQError) {
        try writeRow(fields: 7) { row in
            Self.append(a, to: &row) ?? Self.append(b, to: &row) ?? Self.append(c, to: &row) ?? Self.append(d, to: &row)
                ?? Self.append(e, to: &row) ?? Self.append(f, to: &row) ?? Self.append(g, to: &row)
        }
    }

    @inlinable @inline(__always)
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable,
        E: PostgresEncodable, F: PostgresEncodable, G: PostgresEncodable, H: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G, _ h: H) throws(PQError) {
        try writeRow(fields: 8) { row in
            Self.append(a, to: &row) ?? Self.append(b, to: &row) ?? Self.append(c, to: &row) ?? Self.append(d, to: &row)
                ?? Self.append(e, to: &row) ?? Self.append(f, to: &row) ?? Self.append(g, to: &row)
                ?? Self.append(h, to: &row)
        }
    }
}
