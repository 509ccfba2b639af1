internal import CLibPQ

/// Writes rows into a running `COPY … FROM STDIN (FORMAT binary)`; handed to the closure
/// of ``Connection/copyIn(table:columns:_:)``.
///
/// `writeRow` is inlinable: specialized for the caller's value types, a field costs a few
/// stores into the buffer; the buffer goes to libpq every 256 KiB.
public struct CopyWriter: ~Copyable {
    let connection: Connection
    @usableFromInline let columnCount: Int
    @usableFromInline var buffer = PostgresEncodingBuffer(reservingCapacity: CopyWriter.flushThreshold + 4_096)
    @usableFromInline var rows = 0

    /// Rows written so far.
    public var rowCount: Int { rows }

    @inlinable static var flushThreshold: Int { 256 * 1_024 }

    init(connection: Connection, columnCount: Int) {
        self.connection = connection
        self.columnCount = columnCount
        // Binary COPY header: signature, flags, header extension length.
        for byte: UInt8 in [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00] { // "PGCOPY\n\377\r\n\0"
            buffer.appendInteger(byte)
        }
        buffer.appendInteger(Int32(0))
        buffer.appendInteger(Int32(0))
    }

    /// Appends one row; there must be one value per column named in `copyIn`.
    ///
    /// Rows of up to 8 columns take the overloads of CopyArities.swift instead, which the
    /// optimizer specializes for every field's type.
    @inlinable
    public mutating func writeRow<each Value: PostgresEncodable>(_ values: repeat each Value) throws(PQError) {
        var fields = 0
        for _ in repeat (each Value).self { fields += 1 }
        try writeRow(fields: fields) { row in
            var failed: (any PostgresEncodable.Type)?
            for value in repeat each values {
                if failed == nil { failed = Self.append(value, to: &row) }
            }
            return failed
        }
    }

    /// Writes a row of `fields` values with `encode`, which returns the type of the first value
    /// it could not encode, if any; such a row is taken back out and an error thrown.
    ///
    /// The row is encoded into a local buffer that takes over the writer's memory for the row:
    /// no call ever gets that local's address, so its fields stay in registers instead of being
    /// stored and reloaded around every byte written.
    @inlinable @inline(__always)
    mutating func writeRow(
        fields: Int, _ encode: (inout PostgresEncodingBuffer) -> (any PostgresEncodable.Type)?
    ) throws(PQError) {
        guard fields == columnCount else { throw fieldCountError(fields) }
        var row = buffer.take()
        let rowStart = row.count
        row.appendInteger(Int16(truncatingIfNeeded: fields))
        let failed = encode(&row)
        if _slowPath(failed != nil) { row.used = rowStart }
        buffer.restore(row)
        if let failed { throw Self.fieldError(failed) }
        rows &+= 1
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Appends one field (its length, then its bytes); returns `Value.self` if it cannot.
    ///
    /// Always inlined: a loop over a parameter pack calls it with each value's type unknown
    /// (the optimizer does not unroll packs), and a generic call costs more than the work.
    @inlinable @inline(__always)
    static func append<Value: PostgresEncodable>(
        _ value: Value, to row: inout PostgresEncodingBuffer
    ) -> (any PostgresEncodable.Type)? {
        // A pattern, not `==`, which the optimizer folds before it decides what to retain.
        guard case .binary = Value.postgresFormat else { return Value.self }
        if value.isPostgresNull {
            row.appendInteger(Int32(-1))
            return nil
        }
        return value.encodeLengthPrefixed(into: &row) ? nil : Value.self
    }

    /// Why a value of `type` could not be written.
    @usableFromInline
    static func fieldError(_ type: any PostgresEncodable.Type) -> PQError {
        guard case .binary = type.postgresFormat else {
            return PQError(kind: .client, message: "\(type) has no binary form for COPY")
        }
        return PQError(kind: .client, message: "\(type) encoded another number of bytes than its postgresEncodedSize")
    }

    @usableFromInline
    func fieldCountError(_ fields: Int) -> PQError {
        PQError(kind: .client, message: "COPY row has \(fields) values for \(columnCount) columns")
    }

    @usableFromInline
    mutating func flush() throws(PQError) {
        guard buffer.count > 0 else { return }
        let conn = try connection.liveHandle()
        let sent = buffer.withUnsafeBytes { bytes in
            PQputCopyData(conn, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
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
        // Plain appends: joined(separator:) and a Result<_, PQError> each cost a run-time
        // type lookup on first use, as much as a few thousand COPY rows.
        var sql = "COPY "
        if let schema { sql += quoteIdentifier(schema) + "." }
        sql += quoteIdentifier(table) + " ("
        for (index, column) in columns.enumerated() {
            if index > 0 { sql += ", " }
            sql += quoteIdentifier(column)
        }
        sql += ") FROM STDIN (FORMAT binary)"
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
        let loaded: Int
        do {
            loaded = QueryResult.affectedRows(consuming: try QueryResult.check(PQgetResult(conn), on: self))
        } catch {
            drainResults()
            throw error
        }
        drainResults()
        return loaded
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
