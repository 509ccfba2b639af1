#if canImport(Glibc)
    import Glibc
#endif

/// The isolation level of a transaction.
public enum IsolationLevel: String, Sendable {
    case readCommitted = "READ COMMITTED"
    case repeatableRead = "REPEATABLE READ"
    case serializable = "SERIALIZABLE"
}

/// How often a transaction is retried when the server aborts it for a serialization failure
/// (`40001`) or a deadlock (`40P01`).
public struct RetryPolicy: Sendable {
    /// Total attempts, including the first.
    public var maxAttempts: Int
    /// Pause before the second attempt, doubled each time (with random jitter).
    public var initialDelayMilliseconds: Int

    public init(maxAttempts: Int, initialDelayMilliseconds: Int = 5) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialDelayMilliseconds = initialDelayMilliseconds
    }

    /// One attempt; transient failures are thrown to the caller.
    public static let never = RetryPolicy(maxAttempts: 1)
}

extension Connection {
    /// Runs `body` inside a transaction: committed when it returns, rolled back when it throws.
    ///
    /// Called inside another transaction, it becomes a savepoint, so an inner failure undoes
    /// only the inner work. With a ``RetryPolicy``, an outermost transaction aborted for a
    /// serialization failure or a deadlock is run again from the start; `body` must then be
    /// safe to repeat. A failing rollback never hides the error that caused it.
    public func transaction<T>(
        isolation: IsolationLevel? = nil, retry: RetryPolicy = .never, _ body: () throws -> T
    ) throws -> T {
        if isInTransaction { return try savepoint(body) }
        var attempt = 1
        while true {
            do {
                return try runTransaction(isolation: isolation, body)
            } catch let error as PQError where error.isTransient && attempt < retry.maxAttempts {
                let delay = retry.initialDelayMilliseconds << (attempt - 1)
                usleep(UInt32(1_000 * (delay + Int.random(in: 0...max(delay, 1)))))
                attempt += 1
            }
        }
    }

    private func runTransaction<T>(isolation: IsolationLevel?, _ body: () throws -> T) throws -> T {
        let begin = isolation.map { "BEGIN ISOLATION LEVEL \($0.rawValue)" } ?? "BEGIN"
        try execute(Query(unsafeSQL: begin))
        let value: T
        do {
            value = try body()
        } catch {
            rollbackQuietly("ROLLBACK")
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            rollbackQuietly("ROLLBACK")
            throw error
        }
        return value
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "pq_savepoint_\(savepointDepth)"
        try execute(Query(unsafeSQL: "SAVEPOINT \(name)"))
        do {
            let value = try body()
            try execute(Query(unsafeSQL: "RELEASE SAVEPOINT \(name)"))
            return value
        } catch {
            rollbackQuietly("ROLLBACK TO SAVEPOINT \(name)")
            throw error
        }
    }

    /// Rolls back, ignoring a failure (the connection may be gone): the caller rethrows the cause.
    private func rollbackQuietly(_ statement: String) {
        guard isOpen else { return }
        _ = try? execute(Query(unsafeSQL: statement))
    }
}
