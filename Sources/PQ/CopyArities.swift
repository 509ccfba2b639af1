// Fixed-arity overloads of CopyWriter.writeRow, which the compiler prefers to the variadic
// one. The optimizer does not unroll a loop over a parameter pack, so the variadic version
// encodes each field through the protocol's witness table; these are specialized for each
// field's type and inlined into the caller, which makes a COPY row several times cheaper.

extension CopyWriter {
    @inlinable
    public mutating func writeRow<A: PostgresEncodable>(_ a: A) throws(PQError) {
        try startRow(1)
        try append(a)
        try endRow()
    }

    @inlinable
    public mutating func writeRow<A: PostgresEncodable, B: PostgresEncodable>(_ a: A, _ b: B) throws(PQError) {
        try startRow(2)
        try append(a); try append(b)
        try endRow()
    }

    @inlinable
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C) throws(PQError) {
        try startRow(3)
        try append(a); try append(b); try append(c)
        try endRow()
    }

    @inlinable
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D) throws(PQError) {
        try startRow(4)
        try append(a); try append(b); try append(c); try append(d)
        try endRow()
    }

    @inlinable
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable,
        E: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E) throws(PQError) {
        try startRow(5)
        try append(a); try append(b); try append(c); try append(d); try append(e)
        try endRow()
    }

    @inlinable
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable,
        E: PostgresEncodable, F: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F) throws(PQError) {
        try startRow(6)
        try append(a); try append(b); try append(c); try append(d); try append(e); try append(f)
        try endRow()
    }

    @inlinable
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable,
        E: PostgresEncodable, F: PostgresEncodable, G: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G) throws(PQError) {
        try startRow(7)
        try append(a); try append(b); try append(c); try append(d); try append(e); try append(f); try append(g)
        try endRow()
    }

    @inlinable
    public mutating func writeRow<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable,
        E: PostgresEncodable, F: PostgresEncodable, G: PostgresEncodable, H: PostgresEncodable
    >(_ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G, _ h: H) throws(PQError) {
        try startRow(8)
        try append(a); try append(b); try append(c); try append(d); try append(e); try append(f); try append(g);
        try append(h)
        try endRow()
    }
}
