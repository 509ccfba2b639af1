// Fixed-arity overloads of PipelineBatch.execute, which the compiler prefers to the variadic
// one: the optimizer does not unroll a parameter pack, so the variadic version encodes each
// value through the protocol's witness table; these are specialized for each value's type and
// inlined into the caller (`scripts/bench --instructions`, case insert_pipeline).

extension PipelineBatch {

    /// Queues a prepared statement with this value.
    @inlinable
    public mutating func execute<A: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A
    ) throws(PQError) {
        bindings.removeAll()
        bindings.reserveCapacity(1)
        bindings.appendToUniqueStorage(a)
        try send(statement)
    }

    /// Queues a prepared statement with these 2 values.
    @inlinable
    public mutating func execute<A: PostgresEncodable, B: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A, _ b: B
    ) throws(PQError) {
        bindings.removeAll()
        bindings.reserveCapacity(2)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        try send(statement)
    }

    /// Queues a prepared statement with these 3 values.
    @inlinable
    public mutating func execute<A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C
    ) throws(PQError) {
        bindings.removeAll()
        bindings.reserveCapacity(3)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        try send(statement)
    }

    /// Queues a prepared statement with these 4 values.
    @inlinable
    public mutating func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D
    ) throws(PQError) {
        bindings.removeAll()
        bindings.reserveCapacity(4)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        try send(statement)
    }

    /// Queues a prepared statement with these 5 values.
    @inlinable
    public mutating func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E
    ) throws(PQError) {
        bindings.removeAll()
        bindings.reserveCapacity(5)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        try send(statement)
    }

    /// Queues a prepared statement with these 6 values.
    @inlinable
    public mutating func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F
    ) throws(PQError) {
        bindings.removeAll()
        bindings.reserveCapacity(6)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        try send(statement)
    }

    /// Queues a prepared statement with these 7 values.
    @inlinable
    public mutating func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable, G: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G
    ) throws(PQError) {
        bindings.removeAll()
        bindings.reserveCapacity(7)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        bindings.appendToUniqueStorage(g)
        try send(statement)
    }

    /// Queues a prepared statement with these 8 values.
    @inlinable
    public mutating func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable, G: PostgresEncodable, H: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G, _ h: H
    ) throws(PQError) {
        bindings.removeAll()
        bindings.reserveCapacity(8)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        bindings.appendToUniqueStorage(g)
        bindings.appendToUniqueStorage(h)
        try send(statement)
    }
}
