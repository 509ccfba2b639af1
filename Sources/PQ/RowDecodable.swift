/// A type built from one row of a result, its columns read by name or by position.
///
/// GRDB's `FetchableRecord` is the model: the record says once how it reads a row, and every
/// query that selects its columns returns it, whatever their order.
///
/// ```swift
/// struct Centre: RowDecodable {
///     var id: Int, name: String
///     init(row: Row) throws {
///         id = try row.decode(named: "id")
///         name = try row.decode(named: "name")
///     }
/// }
/// let centres = try conn.fetch(Centre.self, "SELECT name, id FROM centres")
/// ```
public protocol RowDecodable {
    init(row: Row) throws
}

extension QueryResult {
    /// Every row as a record.
    public func records<Record: RowDecodable>(_ type: Record.Type = Record.self) throws -> [Record] {
        try map(Record.init(row:))
    }
}

extension Connection {
    /// Runs `query` and reads each row as a `Record`.
    public func fetch<Record: RowDecodable>(_ type: Record.Type, _ query: Query) throws -> [Record] {
        try self.query(query).records(Record.self)
    }

    /// Runs `query` and reads its only row as a `Record`, or nil when it returned none.
    public func fetchOne<Record: RowDecodable>(_ type: Record.Type, _ query: Query) throws -> Record? {
        let result = try self.query(query)
        guard result.count <= 1 else {
            throw PQError(kind: .client, message: "expected at most one row, got \(result.count)")
        }
        return try result.first.map(Record.init(row:))
    }
}
