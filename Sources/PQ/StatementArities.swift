// Fixed-arity overloads of the prepared-statement `execute` and `query`, which the compiler
// prefers to the variadic ones: the optimizer does not unroll a parameter pack, so the variadic
// versions encode each value through the protocol's witness table; these are specialized for
// each value's type and inlined into the caller (`scripts/bench --instructions`, cases
// insert_prepared and insert_pipeline).

extension Connection {

    @inlinable @discardableResult
    public func execute<A: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(1)
        bindings.appendToUniqueStorage(a)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    @inlinable @discardableResult
    public func query<A: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(1)
        bindings.appendToUniqueStorage(a)
        return try query(statement, bindings: bindings)
    }

    @inlinable @discardableResult
    public func execute<A: PostgresEncodable, B: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A, _ b: B
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(2)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    @inlinable @discardableResult
    public func query<A: PostgresEncodable, B: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A, _ b: B
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(2)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        return try query(statement, bindings: bindings)
    }

    @inlinable @discardableResult
    public func execute<A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(3)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    @inlinable @discardableResult
    public func query<A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(3)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        return try query(statement, bindings: bindings)
    }

    @inlinable @discardableResult
    public func execute<A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(4)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    @inlinable @discardableResult
    public func query<A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable>(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(4)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        return try query(statement, bindings: bindings)
    }

    @inlinable @discardableResult
    public func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(5)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    @inlinable @discardableResult
    public func query<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(5)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        return try query(statement, bindings: bindings)
    }

    @inlinable @discardableResult
    public func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(6)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    @inlinable @discardableResult
    public func query<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(6)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        return try query(statement, bindings: bindings)
    }

    @inlinable @discardableResult
    public func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable, G: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(7)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        bindings.appendToUniqueStorage(g)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    @inlinable @discardableResult
    public func query<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable, G: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(7)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        bindings.appendToUniqueStorage(g)
        return try query(statement, bindings: bindings)
    }

    @inlinable @discardableResult
    public func execute<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable, G: PostgresEncodable, H: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G, _ h: H
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(8)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        bindings.appendToUniqueStorage(g)
        bindings.appendToUniqueStorage(h)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    @inlinable @discardableResult
    public func query<
        A: PostgresEncodable, B: PostgresEncodable, C: PostgresEncodable, D: PostgresEncodable, E: PostgresEncodable,
        F: PostgresEncodable, G: PostgresEncodable, H: PostgresEncodable
    >(
        _ statement: PreparedStatement, _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G, _ h: H
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.reserveCapacity(8)
        bindings.appendToUniqueStorage(a)
        bindings.appendToUniqueStorage(b)
        bindings.appendToUniqueStorage(c)
        bindings.appendToUniqueStorage(d)
        bindings.appendToUniqueStorage(e)
        bindings.appendToUniqueStorage(f)
        bindings.appendToUniqueStorage(g)
        bindings.appendToUniqueStorage(h)
        return try query(statement, bindings: bindings)
    }
}
