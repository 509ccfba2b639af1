internal import CLibPQ

/// Writes rows into a running `COPY … FROM STDIN (FORMAT binary)`; handed to the closure
/// of ``Connection/copyIn(table:columns:_:)``.
public struct CopyWriter: ~Copyable {
    let connection: Connection
    let columnCount: Int
    var buffer = PostgresEncodingBuffer(reservingCapacity: Self.flushThreshold + 4_096)
    /// Rows written so far.
    public private(set) var rowCount = 0

    static let flushThreshold = 256 * 1_024

    init(connection: Connection, columnCount: Int) {
        self.connection = connection
        self.columnCount = columnCount
        // Binary COPY header: signature, flags, header extension length.
        buffer.append(contentsOf: Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00])
        buffer.appendInteger(Int32(0))
        buffer.appendInteger(Int32(0))
    }

    /// Appends one row; there must be one value per column named in `copyIn`.
    public mutating func writeRow<each Value: PostgresEncodable>(_ values: repeat each Value) throws(PQError) {
        var fields = 0
        for _ in repeat (each Value).self { fields += 1 }
        guard fields == columnCount else {
            throw PQError(kind: .client, message: "COPY row has \(fields) values for \(columnCount) columns")
        }
        buffer.appendInteger(Int16(fields))
        for value in repeat each values {
            try append(value)
        }
        rowCount += 1
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    private mutating func append<Value: PostgresEncodable>(_ value: Value) throws(PQError) {
        guard Value.postgresFormat == .binary else {
            throw PQError(kind: .client, message: "\(Value.self) has no binary form for COPY")
        }
        if value.isPostgresNull {
            buffer.appendInteger(Int32(-1))
            return
        }
        let lengthOffset = buffer.count
        buffer.appendInteger(Int32(0))
        value.encode(into: &buffer)
        buffer.overwriteInt32(Int32(buffer.count - lengthOffset - 4), at: lengthOffset)
    }

    mutating func flush() throws(PQError) {
        guard buffer.count > 0 else { return }
        let conn = try connection.liveHandle()
        let sent = buffer.bytes.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(conn, $0.baseAddress, Int32($0.count)) }
        }
        guard sent == 1 else { throw connection.connectionError(fallback: "COPY data could not be sent") }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws(PQError) {
        buffer.appendInteger(Int16(-1))
        try flush()
    }
}

extension Connection {
    /// Bulk-loads rows with `COPY table (columns) FROM STDIN` in binary format.
    ///
    /// ```swift
    /// let copied = try conn.copyIn(table: "shifts", columns: ["person_id", "starts_at"]) { writer in
    ///     for shift in shifts { try writer.writeRow(shift.person, shift.start) }
    /// }
    /// ```
    ///
    /// When `body` throws, the COPY is aborted (nothing is loaded) and the error rethrown.
    /// - Returns: the number of rows the server loaded.
    @discardableResult
    public func copyIn(
        table: String, schema: String? = nil, columns: [String],
        _ body: (inout CopyWriter) throws -> Void
    ) throws -> Int {
        let conn = try liveHandle()
        let target = (schema.map { quoteIdentifier($0) + "." } ?? "") + quoteIdentifier(table)
        let columnList = columns.map(quoteIdentifier).joined(separator: ", ")
        let sql = "COPY \(target) (\(columnList)) FROM STDIN (FORMAT binary)"
        _ = try QueryResult(checking: PQexec(conn, sql), on: self)
        var writer = CopyWriter(connection: self, columnCount: columns.count)
        do {
            try body(&writer)
            try writer.finish()
        } catch {
            _ = PQputCopyEnd(conn, "aborted by the client")
            drainResults()
            throw error
        }
        guard PQputCopyEnd(conn, nil) == 1 else {
            let error = connectionError(fallback: "COPY could not be ended")
            drainResults()
            throw error
        }
        let outcome = Result { () throws(PQError) in try QueryResult(checking: PQgetResult(conn), on: self) }
        drainResults()
        return try outcome.get().affectedRows
    }

    /// Reads and frees any results still pending, so the connection is ready again.
    func drainResults() {
        guard let conn = handle else { return }
        while let result = PQgetResult(conn) {
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH {
                // Still in COPY mode (e.g. the end message could not be sent): give up on it.
                _ = PQputCopyEnd(conn, "aborted by the client")
                if PQstatus(conn) != CONNECTION_OK { return }
            }
        }
    }
}
