internal import CLibPQ

#if canImport(Glibc)
    import Glibc
#endif

/// One connection to a PostgreSQL server, through libpq.
///
/// Accepts everything libpq does: `key=value` strings, `postgresql://` URIs, `PG*`
/// environment variables, `~/.pgpass`, several hosts with `target_session_attrs`.
/// An empty string uses libpq's defaults alone.
///
/// ```swift
/// let conn = try Connection(conninfo: "host=/run/pg dbname=masante")
/// let count = try conn.query("SELECT count(*) FROM centres").single(Int.self)
/// ```
///
/// A connection is not `Sendable`: the compiler keeps it on one task or thread at a time.
/// It is closed exactly once, by ``close()`` or when released.
public final class Connection {
    var handle: OpaquePointer?
    private var statementCounter = 0
    private let noticeBox = NoticeBox()
    var savepointDepth = 0
    /// The bindings of the last prepared statement run, kept for their memory: the next
    /// one encodes its values into them without allocating.
    /// (No dynamic exclusivity check: it is only swapped in and out, never held across a call.)
    @exclusivity(unchecked) @usableFromInline var spareBindings = PostgresBindings()

    /// Called with each NOTICE or WARNING the server sends (they are dropped by default,
    /// instead of libpq printing them on stderr).
    public var noticeHandler: ((String) -> Void)? {
        get { noticeBox.handler }
        set { noticeBox.handler = newValue }
    }

    /// Opens a connection.
    ///
    /// - Parameters:
    ///   - conninfo: a libpq connection string or URI; `""` for the environment's defaults.
    ///   - parameters: extra keywords that override those of `conninfo` (e.g. `options`).
    /// - Throws: ``PQError`` of kind ``PQError/Kind/connectionFailed`` carrying libpq's message,
    ///   which names every host and socket tried.
    public init(conninfo: String = "", parameters: [(String, String)] = []) throws(PQError) {
        var keywords = ["fallback_application_name", "dbname", "client_encoding"]
        var values = ["pq-swift", conninfo, "UTF8"]
        for (key, value) in parameters {
            keywords.append(key)
            values.append(value)
        }
        let (conn, timedOut) = Self.connect(keywords: keywords, values: values)
        guard let conn, PQstatus(conn) == CONNECTION_OK else {
            var error =
                conn.map { ConnectionFailure.error(of: $0, timedOut: timedOut) }
                ?? PQError(kind: .connectionFailed, message: "out of memory")
            if let conn { error.target = Self.target(of: conn) }
            PQfinish(conn)
            throw error
        }
        PQsetErrorVerbosity(conn, PQERRORS_DEFAULT)
        handle = conn
        let box = Unmanaged.passUnretained(noticeBox).toOpaque()
        PQsetNoticeReceiver(
            conn,
            { argument, result in
                guard let argument, let result else { return }
                let box = Unmanaged<NoticeBox>.fromOpaque(argument).takeUnretainedValue()
                let text = PQresultErrorMessage(result).map { String(cString: $0) } ?? ""
                box.handler?(text.trimmingTrailingNewlines())
            }, box)
    }

    /// Starts the connection and drives it to success or failure (see ``ConnectionFailure``).
    private static func connect(keywords: [String], values: [String]) -> (OpaquePointer?, timedOut: Bool) {
        let cKeywords = keywords.map { strdup($0) }
        let cValues = values.map { strdup($0) }
        defer {
            cKeywords.forEach { free($0) }
            cValues.forEach { free($0) }
        }
        let keywordPointers = cKeywords.map { UnsafePointer($0) } + [nil]
        let valuePointers = cValues.map { UnsafePointer($0) } + [nil]
        guard let conn = PQconnectStartParams(keywordPointers, valuePointers, 1) else { return (nil, false) }
        return (conn, !ConnectionFailure.complete(conn))
    }

    deinit {
        PQfinish(handle)
    }

    /// Closes the connection; later use throws. Calling it twice is harmless.
    public func close() {
        PQfinish(handle)
        handle = nil
    }

    /// Whether the connection is open and healthy as far as libpq knows.
    public var isOpen: Bool {
        handle.map { PQstatus($0) == CONNECTION_OK } ?? false
    }

    /// The server's version number, e.g. 150018 for 15.18.
    public var serverVersion: Int { handle.map { Int(PQserverVersion($0)) } ?? 0 }
    /// The host (or socket directory) actually connected to.
    public var host: String? { handle.flatMap { PQhost($0) }.map { String(cString: $0) } }
    public var port: String? { handle.flatMap { PQport($0) }.map { String(cString: $0) } }
    public var database: String? { handle.flatMap { PQdb($0) }.map { String(cString: $0) } }
    public var user: String? { handle.flatMap { PQuser($0) }.map { String(cString: $0) } }
    /// The server process serving this connection.
    /// A setting the server reports at connection time (`is_superuser`, `server_encoding`,
    /// `TimeZone`…), nil when it reports none by that name.
    public func parameterStatus(_ name: String) -> String? {
        handle.flatMap { PQparameterStatus($0, name) }.map { String(cString: $0) }
    }

    public var backendPID: Int { handle.map { Int(PQbackendPID($0)) } ?? 0 }

    /// Where this connection goes.
    public var target: ConnectionTarget? { handle.map(Self.target(of:)) }

    static func target(of conn: OpaquePointer) -> ConnectionTarget {
        func text(_ value: UnsafeMutablePointer<CChar>?) -> String { value.map { String(cString: $0) } ?? "" }
        return ConnectionTarget(
            host: text(PQhost(conn)), port: text(PQport(conn)), database: text(PQdb(conn)), user: text(PQuser(conn)))
    }

    /// Whether a transaction block is open on the server.
    public var isInTransaction: Bool {
        guard let handle else { return false }
        let status = PQtransactionStatus(handle)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    // MARK: Running statements

    /// Runs a statement and returns all its rows (values in binary format).
    @discardableResult
    public func query(_ query: Query) throws(PQError) -> QueryResult {
        let conn = try liveHandle()
        let result = query.withSQL { sql in
            query.bindings.withLibpqArrays { count, types, values, lengths, formats in
                PQexecParams(conn, sql, count, types, values, lengths, formats, PostgresFormat.binary.rawValue)
            }
        }
        return try QueryResult(checking: result, on: self)
    }

    /// Runs a statement and returns the number of rows it inserted, updated or deleted.
    @discardableResult
    public func execute(_ query: Query) throws(PQError) -> Int {
        let conn = try liveHandle()
        let result = query.withSQL { sql in
            query.bindings.withLibpqArrays { count, types, values, lengths, formats in
                PQexecParams(conn, sql, count, types, values, lengths, formats, PostgresFormat.binary.rawValue)
            }
        }
        return QueryResult.affectedRows(consuming: try QueryResult.check(result, on: self))
    }

    /// Runs trusted SQL text that may hold several statements and no parameters
    /// (a migration file, a schema script). Never build this text from input.
    public func runScript(_ trustedSQL: String) throws(PQError) {
        let conn = try liveHandle()
        // PQexec stops at the first failing statement and returns its error.
        _ = try QueryResult(checking: PQexec(conn, trustedSQL), on: self)
    }

    // MARK: Prepared statements

    /// Prepares a statement written with `$1`, `$2`… placeholders.
    ///
    /// - Parameter parameterTypes: the Swift types that will be bound, in order; they fix the
    ///   PostgreSQL types of the parameters (e.g. `[Int.self, Date.self, String.self]`).
    public func prepare(
        _ sql: String, parameterTypes: [any PostgresEncodable.Type] = [], name: String? = nil
    ) throws(PQError) -> PreparedStatement {
        let conn = try liveHandle()
        statementCounter += 1
        let statementName = name ?? "pq_\(statementCounter)"
        let oids = parameterTypes.map { $0.postgresType.oid }
        let result = PQprepare(conn, statementName, sql, Int32(oids.count), oids.isEmpty ? nil : oids)
        _ = try QueryResult(checking: result, on: self)
        return PreparedStatement(name: statementName, sql: sql, parameterTypes: oids)
    }

    /// Runs a prepared statement with these values bound to its parameters.
    @inlinable @discardableResult
    public func query<each Value: PostgresEncodable>(
        _ statement: PreparedStatement, _ values: repeat each Value
    ) throws(PQError) -> QueryResult {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.append(pack: repeat each values)
        return try query(statement, bindings: bindings)
    }

    /// Runs a prepared statement and returns the number of rows it changed.
    @inlinable @discardableResult
    public func execute<each Value: PostgresEncodable>(
        _ statement: PreparedStatement, _ values: repeat each Value
    ) throws(PQError) -> Int {
        var bindings = takeSpareBindings()
        defer { spareBindings = bindings }
        bindings.append(pack: repeat each values)
        return QueryResult.affectedRows(consuming: try QueryResult.check(run(statement, bindings), on: self))
    }

    /// Runs a prepared statement with bindings built beforehand.
    public func query(_ statement: PreparedStatement, bindings: PostgresBindings) throws(PQError) -> QueryResult {
        try QueryResult(checking: run(statement, bindings), on: self)
    }

    /// `spareBindings`, emptied, leaving an empty value in their place.
    @inlinable
    func takeSpareBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        swap(&bindings, &spareBindings)
        bindings.removeAll()
        return bindings
    }

    /// Sends a prepared statement and returns libpq's result, unchecked.
    @usableFromInline
    func run(_ statement: PreparedStatement, _ bindings: borrowing PostgresBindings) throws(PQError) -> OpaquePointer? {
        let conn = try liveHandle()
        try statement.check(bindings)
        // withCString: a short name passed as a String argument would be copied to the heap.
        return statement.name.withCString { name in
            bindings.withLibpqArrays { count, _, values, lengths, formats in
                PQexecPrepared(conn, name, count, values, lengths, formats, PostgresFormat.binary.rawValue)
            }
        }
    }

    /// Frees a prepared statement on the server.
    public func deallocate(_ statement: PreparedStatement) throws(PQError) {
        try execute(Query(unsafeSQL: "DEALLOCATE \(quoteIdentifier(statement.name))"))
    }

    // MARK: Internals

    func liveHandle() throws(PQError) -> OpaquePointer {
        guard let handle else {
            throw PQError(kind: .client, message: "connection is closed")
        }
        return handle
    }

    static func errorMessage(of conn: OpaquePointer) -> String {
        PQerrorMessage(conn).map { String(cString: $0) }?.trimmingTrailingNewlines() ?? "unknown libpq error"
    }

    /// The error for a failed call that produced no server error fields.
    func connectionError(fallback: String) -> PQError {
        guard let handle else { return PQError(kind: .client, message: "connection is closed") }
        let message = Self.errorMessage(of: handle)
        let lost = PQstatus(handle) != CONNECTION_OK
        return PQError(kind: lost ? .connectionLost : .client, message: message.isEmpty ? fallback : message)
    }
}

/// A statement prepared on one connection, run with ``Connection/query(_:_:)``.
public struct PreparedStatement: Hashable, Sendable {
    public let name: String
    public let sql: String
    let parameterTypes: [UInt32]

    func check(_ bindings: borrowing PostgresBindings) throws(PQError) {
        guard parameterTypes.isEmpty || bindings.count == parameterTypes.count else {
            throw PQError(
                kind: .client,
                message: "statement \(name) expects \(parameterTypes.count) parameters, got \(bindings.count)")
        }
        for (index, declared) in parameterTypes.enumerated()
        where declared != 0 && bindings.type(at: index) != 0 && bindings.type(at: index) != declared {
            let given = PostgresType(oid: bindings.type(at: index))
            throw PQError(
                kind: .client,
                message:
                    "parameter \(index + 1) of \(name) was prepared as \(PostgresType(oid: declared)), got \(given)")
        }
    }
}

/// Holds the notice handler at a stable address for libpq's C callback.
private final class NoticeBox {
    var handler: ((String) -> Void)?
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
