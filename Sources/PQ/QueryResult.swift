internal import CLibPQ
import Synchronization

/// The rows (or the command status) a statement returned.
///
/// A random-access collection of ``Row``s. The underlying `PGresult` is read-only and
/// freed when the last reference goes; libpq documents such results as safe to share
/// between threads, hence `Sendable`.
public final class QueryResult: @unchecked Sendable, RandomAccessCollection {
    @usableFromInline let handle: OpaquePointer
    /// Number of columns of each row.
    public let columnCount: Int
    public let startIndex = 0
    public let endIndex: Int
    /// Each column's type and format, read once when there are several rows to decode
    /// (empty otherwise: a streamed row is its own result).
    let columns: [(type: UInt32, format: PostgresFormat)]
    /// Column names to positions, built the first time a row is read by name.
    private let namedColumns = Mutex<[String: Int]?>(nil)

    init(checking result: OpaquePointer?, on connection: Connection) throws(PQError) {
        let handle = try Self.check(result, on: connection)
        self.handle = handle
        columnCount = Int(PQnfields(handle))
        endIndex = Int(PQntuples(handle))
        columns =
            endIndex < 2
            ? []
            : (0..<Int32(columnCount)).map { column in
                (PQftype(handle, column), PQfformat(handle, column) == 1 ? .binary : .text)
            }
    }

    /// Returns `result` if the statement succeeded; otherwise frees it and throws its error.
    @usableFromInline
    static func check(_ result: OpaquePointer?, on connection: Connection) throws(PQError) -> OpaquePointer {
        guard let result else {
            throw connection.connectionError(fallback: "no result from server")
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE, PGRES_COPY_IN, PGRES_COPY_OUT,
            PGRES_PIPELINE_SYNC:
            return result
        case PGRES_EMPTY_QUERY:
            PQclear(result)
            throw PQError(kind: .client, message: "empty query")
        default:
            let error = Self.error(from: result, connection: connection)
            PQclear(result)
            throw error
        }
    }

    /// The affected-row count of a statement that succeeded; frees `result`.
    @usableFromInline
    static func affectedRows(consuming result: OpaquePointer) -> Int {
        defer { PQclear(result) }
        return affectedRows(of: result)
    }

    /// The number in `PQcmdTuples`, read without making a String of it.
    static func affectedRows(of result: OpaquePointer) -> Int {
        guard var digit = PQcmdTuples(result) else { return 0 }
        var count = 0
        while case let byte = UInt8(bitPattern: digit.pointee), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            let (times10, overflow1) = count.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            if overflow1 || overflow2 { return 0 }
            count = sum
            digit += 1
        }
        return count
    }

    deinit { PQclear(handle) }

    static func error(from result: OpaquePointer, connection: Connection) -> PQError {
        func field(_ code: UInt8) -> String? {
            PQresultErrorField(result, Int32(code)).map { String(cString: $0) }
        }
        let state = field(UInt8(ascii: "C"))
        let message =
            field(UInt8(ascii: "M"))
            ?? PQresultErrorMessage(result).map { String(cString: $0) }?.trimmingTrailingNewlines()
        guard let state, let message, !message.isEmpty else {
            return connection.connectionError(fallback: message ?? "statement failed")
        }
        let lost = connection.handle.map { PQstatus($0) != CONNECTION_OK } ?? true
        var error = PQError(
            kind: lost ? .connectionLost : .server, sqlState: SQLState(state), message: message,
            detail: field(UInt8(ascii: "D")), hint: field(UInt8(ascii: "H")),
            constraintName: field(UInt8(ascii: "n")), tableName: field(UInt8(ascii: "t")),
            columnName: field(UInt8(ascii: "c")), severity: field(UInt8(ascii: "V")))
        error.sourceFunction = field(UInt8(ascii: "R"))
        return error
    }

    /// Rows inserted, updated, deleted, copied or selected (0 when the command reports none).
    public var affectedRows: Int { Self.affectedRows(of: handle) }

    /// The command tag, e.g. `INSERT 0 1`.
    public var commandTag: String {
        PQcmdStatus(handle).map { String(cString: $0) } ?? ""
    }

    /// Column names, in order.
    public var columnNames: [String] {
        (0..<columnCount).map { columnName(at: $0) }
    }

    func columnName(at index: Int) -> String {
        PQfname(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// The index of the column with this name (exactly as the result spells it), if any; the
    /// first such column when several share it.
    public func columnIndex(named name: String) -> Int? {
        namedColumns.withLock { index in
            if index == nil {
                index = Dictionary(
                    (0..<columnCount).map { (columnName(at: $0), $0) }, uniquingKeysWith: { first, _ in first })
            }
            return index?[name]
        }
    }

    @inlinable public subscript(position: Int) -> Row { Row(result: self, index: position) }

    /// The only value of a one-row, one-column result.
    public func single<Value: PostgresDecodable>(_ type: Value.Type = Value.self) throws -> Value {
        guard count == 1, columnCount == 1 else {
            throw PQError(kind: .client, message: "expected one row of one column, got \(count) rows of \(columnCount)")
        }
        return try self[0].decode(Value.self, column: 0)
    }

    // Always inlined: Row.decode's loop over a parameter pack calls it with each column's
    // type unknown (packs are not unrolled), and a generic call costs more than the work.
    @inlinable @inline(__always)
    func decode<Value: PostgresDecodable>(
        _ type: Value.Type, row: Int, column: Int
    ) throws(PostgresDecodingError) -> Value {
        guard column >= 0, column < columnCount else { throw Self.noSuchColumn(column, Value.self) }
        let raw = cell(row: row, column: column)
        let cell = PostgresCell(
            type: PostgresType(oid: raw.type), format: raw.format, column: column, result: handle, bytes: raw.bytes)
        if raw.isNull { return try Value.decodeNull(cell: cell) }
        return try Value(postgresCell: cell)
    }

    /// What libpq holds for one value, read in one call.
    @usableFromInline
    struct RawCell {
        @usableFromInline let bytes: UnsafeRawBufferPointer
        @usableFromInline let type: UInt32
        @usableFromInline let format: PostgresFormat
        @usableFromInline let isNull: Bool
    }

    @usableFromInline
    func cell(row: Int, column: Int) -> RawCell {
        let rowIndex = Int32(row), columnIndex = Int32(column)
        let length = Int(PQgetlength(handle, rowIndex, columnIndex))
        let (type, format) =
            columns.isEmpty
            ? (PQftype(handle, columnIndex), PQfformat(handle, columnIndex) == 1 ? .binary : .text)
            : columns[column]
        return RawCell(
            bytes: UnsafeRawBufferPointer(start: PQgetvalue(handle, rowIndex, columnIndex), count: length),
            type: type, format: format,
            // A NULL has length 0: only then is it worth asking.
            isNull: length == 0 && PQgetisnull(handle, rowIndex, columnIndex) == 1)
    }

    @usableFromInline
    static func noSuchColumn(_ column: Int, _ type: Any.Type) -> PostgresDecodingError {
        PostgresDecodingError(
            column: column, columnName: nil, postgresType: .unspecified,
            swiftType: String(describing: type), reason: "no such column")
    }
}

/// One row of a ``QueryResult``; decode its columns by position or by name.
///
/// ```swift
/// for row in try conn.query("SELECT id, name FROM centres") {
///     let (id, name) = try row.decode((Int, String).self)
/// }
/// ```
public struct Row: Sendable {
    public let result: QueryResult
    public let index: Int

    @inlinable
    init(result: QueryResult, index: Int) {
        self.result = result
        self.index = index
    }

    /// Decodes the column at `column` (zero-based).
    @inlinable
    public func decode<Value: PostgresDecodable>(
        _ type: Value.Type = Value.self, column: Int
    ) throws(PostgresDecodingError) -> Value {
        try result.decode(Value.self, row: index, column: column)
    }

    /// Decodes the column named `name`.
    public func decode<Value: PostgresDecodable>(
        _ type: Value.Type = Value.self, named name: String
    ) throws(PostgresDecodingError) -> Value {
        guard let column = result.columnIndex(named: name) else {
            throw PostgresDecodingError(
                column: -1, columnName: name, postgresType: .unspecified,
                swiftType: String(describing: Value.self), reason: "no such column")
        }
        return try decode(Value.self, column: column)
    }

    /// Decodes every column at once; the row must have exactly as many columns as types.
    @inlinable
    public func decode<each Value: PostgresDecodable>(
        _ types: (repeat each Value).Type
    ) throws(PostgresDecodingError) -> (repeat each Value) {
        var column = 0
        for _ in repeat (each Value).self { column += 1 }
        guard column == result.columnCount else { throw Self.columnCountError(column, types, result.columnCount) }
        column = 0
        return (repeat try next((each Value).self, &column))
    }

    /// Decodes the column at `column` and moves on to the next. The index is passed inout
    /// rather than captured: a nested function capturing a mutable variable costs a dynamic
    /// exclusivity check (swift_beginAccess) per column.
    @inlinable @inline(__always)
    func next<T: PostgresDecodable>(_ type: T.Type, _ column: inout Int) throws(PostgresDecodingError) -> T {
        defer { column += 1 }
        return try result.decode(T.self, row: index, column: column)
    }

    @usableFromInline
    static func columnCountError(_ count: Int, _ types: Any.Type, _ columns: Int) -> PostgresDecodingError {
        PostgresDecodingError(
            column: count, columnName: nil, postgresType: .unspecified,
            swiftType: "\(types)", reason: "row has \(columns) columns")
    }
}
