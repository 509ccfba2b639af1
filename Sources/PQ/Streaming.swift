internal import CLibPQ

extension Connection {
    /// Runs a statement and hands each row to `body` as soon as it arrives (libpq's
    /// single-row mode), so decoding overlaps with the server producing the next rows and
    /// memory stays flat whatever the result's size.
    ///
    /// If `body` throws, the statement is cancelled and the error rethrown.
    /// - Returns: the number of rows read.
    @discardableResult
    public func forEachRow(_ query: Query, _ body: (Row) throws -> Void) throws -> Int {
        let conn = try liveHandle()
        let sent = query.withSQL { sql in
            query.bindings.withLibpqArrays { count, types, values, lengths, formats in
                PQsendQueryParams(conn, sql, count, types, values, lengths, formats, PostgresFormat.binary.rawValue)
            }
        }
        guard sent == 1 else { throw connectionError(fallback: "query could not be sent") }
        guard PQsetSingleRowMode(conn) == 1 else {
            drainResults()
            throw PQError(kind: .client, message: "single-row mode refused")
        }
        var rows = 0
        while let raw = PQgetResult(conn) {
            let result: QueryResult
            do {
                result = try QueryResult(checking: raw, on: self)
            } catch {
                drainResults()
                throw error
            }
            guard PQresultStatus(raw) == PGRES_SINGLE_TUPLE else { continue }
            do {
                try body(Row(result: result, index: 0))
            } catch {
                cancelRunningStatement()
                drainResults()
                throw error
            }
            rows += 1
        }
        return rows
    }

    /// Asks the server to stop the statement in progress (best effort).
    func cancelRunningStatement() {
        guard let conn = handle, let cancel = PQgetCancel(conn) else { return }
        var message = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &message, Int32(message.count))
        PQfreeCancel(cancel)
    }
}
