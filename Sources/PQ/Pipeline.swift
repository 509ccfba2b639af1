internal import CLibPQ

#if canImport(Glibc)
    import Glibc
#endif

/// Queues statements sent in libpq's pipeline mode; handed to the closure of
/// ``Connection/pipeline(_:)``.
///
/// Statements are sent without waiting for each answer, which turns thousands of
/// round trips into a stream.
public struct PipelineBatch: ~Copyable {
    let connection: Connection
    let conn: OpaquePointer
    var sent = 0
    var finished = 0
    var affectedRows = 0
    var firstError: PQError?
    /// Reused from one statement to the next, for its memory.
    @usableFromInline var bindings = PostgresBindings()

    /// Queues a prepared statement with these values.
    @inlinable
    public mutating func execute<each Value: PostgresEncodable>(
        _ statement: PreparedStatement, _ values: repeat each Value
    ) throws(PQError) {
        bindings.removeAll()
        bindings.append(pack: repeat each values)
        try send(statement)
    }

    /// Queues a prepared statement with the values in `bindings`.
    @usableFromInline
    mutating func send(_ statement: PreparedStatement) throws(PQError) {
        try statement.check(bindings)
        // withCString: a short name passed as a String argument would be copied to the heap.
        let accepted = statement.name.withCString { name in
            bindings.withLibpqArrays { count, _, values, lengths, formats in
                PQsendQueryPrepared(conn, name, count, values, lengths, formats, PostgresFormat.binary.rawValue)
            }
        }
        try didSend(accepted)
    }

    /// Queues a statement with its bound parameters.
    public mutating func execute(_ query: Query) throws(PQError) {
        let accepted = query.withSQL { sql in
            query.bindings.withLibpqArrays { count, types, values, lengths, formats in
                PQsendQueryParams(conn, sql, count, types, values, lengths, formats, PostgresFormat.binary.rawValue)
            }
        }
        try didSend(accepted)
    }

    private mutating func didSend(_ accepted: Int32) throws(PQError) {
        guard accepted == 1 else { throw connection.connectionError(fallback: "statement could not be queued") }
        sent += 1
        if sent % 64 == 0 { try pump(untilFlushed: false) }
    }

    /// Sends what is buffered and reads what has arrived, waiting on the socket only when
    /// the output buffer cannot be flushed; with `untilFlushed`, returns once all is sent.
    mutating func pump(untilFlushed: Bool) throws(PQError) {
        while true {
            let flushed = PQflush(conn)
            guard flushed >= 0 else { throw connection.connectionError(fallback: "pipeline flush failed") }
            guard PQconsumeInput(conn) == 1 else { throw connection.connectionError(fallback: "pipeline read failed") }
            readAvailableResults()
            if flushed == 0 || (!untilFlushed && sent - finished < 4_096) { return }
            var descriptor = pollfd(fd: PQsocket(conn), events: Int16(POLLIN | POLLOUT), revents: 0)
            _ = poll(&descriptor, 1, -1)
        }
    }

    /// Consumes the results libpq already holds, without blocking.
    mutating func readAvailableResults() {
        while finished < sent, PQisBusy(conn) == 0 {
            guard let result = PQgetResult(conn) else {
                finished += 1
                continue
            }
            record(result)
        }
    }

    mutating func record(_ result: OpaquePointer) {
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            affectedRows += QueryResult.affectedRows(of: result)
        case PGRES_PIPELINE_ABORTED, PGRES_PIPELINE_SYNC:
            break
        default:
            if firstError == nil { firstError = QueryResult.error(from: result, connection: connection) }
        }
        PQclear(result)
    }

    /// Sends the sync point and reads every remaining result up to it.
    mutating func finish() throws(PQError) {
        guard PQpipelineSync(conn) == 1 else { throw connection.connectionError(fallback: "pipeline sync failed") }
        try pump(untilFlushed: true)
        guard PQsetnonblocking(conn, 0) == 0 else { throw connection.connectionError(fallback: "pipeline mode") }
        while true {
            guard let result = PQgetResult(conn) else {
                if finished < sent { finished += 1; continue }
                throw connection.connectionError(fallback: "pipeline ended before its sync point")
            }
            if PQresultStatus(result) == PGRES_PIPELINE_SYNC {
                PQclear(result)
                return
            }
            record(result)
        }
    }
}

/// What a pipeline did.
public struct PipelineSummary: Sendable, Hashable {
    /// Statements sent (including the `BEGIN`/`COMMIT` added around them).
    public var statements: Int
    /// Rows inserted, updated or deleted, all statements together.
    public var affectedRows: Int
}

extension Connection {
    /// Sends the statements queued by `body` in pipeline mode, as one atomic unit.
    ///
    /// Outside a transaction, the batch is wrapped in `BEGIN`/`COMMIT`; inside one, it joins it.
    /// If any statement fails, the first error is thrown and the batch's work is rolled back;
    /// if `body` throws, the batch is rolled back and that error rethrown.
    @discardableResult
    public func pipeline(_ body: (inout PipelineBatch) throws -> Void) throws -> PipelineSummary {
        let conn = try liveHandle()
        let ownsTransaction = !isInTransaction
        guard PQenterPipelineMode(conn) == 1, PQsetnonblocking(conn, 1) == 0 else {
            throw connectionError(fallback: "could not enter pipeline mode")
        }
        defer {
            _ = PQsetnonblocking(conn, 0)
            if PQexitPipelineMode(conn) != 1 { drainResults(); _ = PQexitPipelineMode(conn) }
        }
        var batch = PipelineBatch(connection: self, conn: conn)
        if ownsTransaction { try batch.execute("BEGIN") }
        var bodyError: (any Error)?
        do {
            try body(&batch)
        } catch {
            bodyError = error
        }
        if ownsTransaction { try batch.execute(bodyError == nil ? "COMMIT" : "ROLLBACK") }
        try batch.finish()
        if ownsTransaction, isInTransaction, bodyError != nil || batch.firstError != nil {
            // A failed statement aborts the rest of the batch, its COMMIT or ROLLBACK included,
            // and a synchronous ROLLBACK is refused in pipeline mode: leave it first.
            _ = PQsetnonblocking(conn, 0)
            _ = PQexitPipelineMode(conn)
            _ = try? execute("ROLLBACK")
        }
        if let bodyError { throw bodyError }
        if let firstError = batch.firstError { throw firstError }
        return PipelineSummary(statements: batch.sent, affectedRows: batch.affectedRows)
    }
}
