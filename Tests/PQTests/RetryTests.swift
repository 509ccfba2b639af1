import Foundation
import PQ
import Testing

/// Transactions aborted for a serialization failure (40001) or a deadlock (40P01) are run
/// again under a RetryPolicy, and reach the caller as transient errors without one.
@Suite struct RetryTests {
    @Test func serializationFailureIsRetriedUntilBothCommit() throws {
        let a = try connect()
        var attempts = 0
        let table = uniqueName("retry_serial")
        try a.execute("CREATE TABLE \(identifier: table) (id int4 PRIMARY KEY, v int8)")
        defer { _ = try? a.execute("DROP TABLE \(identifier: table)") }
        try a.execute("INSERT INTO \(identifier: table) VALUES (1, 0)")
        let b = try connect()
        try a.transaction(isolation: .serializable, retry: RetryPolicy(maxAttempts: 5)) {
            attempts += 1
            let seen = try a.scalar("SELECT v FROM \(identifier: table) WHERE id = 1", as: Int.self)
            if attempts == 1 {
                try b.transaction(isolation: .serializable) {
                    let current = try b.scalar("SELECT v FROM \(identifier: table) WHERE id = 1", as: Int.self)
                    try b.execute("UPDATE \(identifier: table) SET v = \(current + 1) WHERE id = 1")
                }
            }
            try a.execute("UPDATE \(identifier: table) SET v = \(seen + 1) WHERE id = 1")
        }
        #expect(attempts == 2)
        // Both increments committed: no lost update.
        #expect(try b.scalar("SELECT v FROM \(identifier: table) WHERE id = 1", as: Int.self) == 2)
    }

    @Test func serializationFailureReachesTheCallerWithoutRetry() throws {
        let a = try connect(), b = try connect()
        var attempts = 0
        let table = uniqueName("retry_never")
        try a.execute("CREATE TABLE \(identifier: table) (id int4 PRIMARY KEY, v int8)")
        defer { _ = try? a.execute("DROP TABLE \(identifier: table)") }
        try a.execute("INSERT INTO \(identifier: table) VALUES (1, 0)")
        let thrown = thrownError(PQError.self) {
            try a.transaction(isolation: .serializable, retry: .never) {
                attempts += 1
                let seen = try a.scalar("SELECT v FROM \(identifier: table) WHERE id = 1", as: Int.self)
                try b.transaction(isolation: .serializable) {
                    let current = try b.scalar("SELECT v FROM \(identifier: table) WHERE id = 1", as: Int.self)
                    try b.execute("UPDATE \(identifier: table) SET v = \(current + 1) WHERE id = 1")
                }
                try a.execute("UPDATE \(identifier: table) SET v = \(seen + 1) WHERE id = 1")
            }
        }
        let error = try #require(thrown)
        #expect(attempts == 1)
        #expect(error.sqlState == .serializationFailure)
        #expect(error.isTransient)
        #expect(!a.isInTransaction)
        #expect(try a.scalar("SELECT v FROM \(identifier: table) WHERE id = 1", as: Int.self) == 1)
    }

    @Test func nonTransientErrorsAreNotRetried() throws {
        let conn = try connect()
        var attempts = 0
        let thrown = thrownError(PQError.self) {
            try conn.transaction(retry: RetryPolicy(maxAttempts: 5)) {
                attempts += 1
                try conn.execute("SELECT 1 / 0")
            }
        }
        let error = try #require(thrown)
        #expect(attempts == 1)
        #expect(!error.isTransient)
        #expect(error.sqlState?.code == "22012")
    }

    @Test func deadlockIsRetriedUntilBothCommit() throws {
        let a = try connect()
        let table = uniqueName("retry_deadlock")
        try a.execute("CREATE TABLE \(identifier: table) (id int4 PRIMARY KEY, v int8)")
        defer { _ = try? a.execute("DROP TABLE \(identifier: table)") }
        try a.execute("INSERT INTO \(identifier: table) VALUES (1, 0), (2, 0)")
        // Only `a` checks for deadlocks quickly, so `a` is the one the server aborts.
        try a.execute("SET deadlock_timeout = '20ms'")

        struct Other: Sendable { var pid = 0; var attempts = 0; var error: String? }
        let other = Shared(Other())
        let finished = DispatchSemaphore(value: 0)
        var attempts = 0
        try a.transaction(retry: RetryPolicy(maxAttempts: 10, initialDelayMilliseconds: 1)) {
            attempts += 1
            try a.execute("UPDATE \(identifier: table) SET v = v + 1 WHERE id = 1")
            if attempts == 1 {
                // `b` locks row 2, then waits for row 1, held by `a`.
                Thread {
                    defer { finished.signal() }
                    do {
                        let b = try Connection()
                        try b.execute("SET deadlock_timeout = '10s'")
                        other.update { $0.pid = b.backendPID }
                        try b.transaction(retry: RetryPolicy(maxAttempts: 5)) {
                            other.update { $0.attempts += 1 }
                            try b.execute("UPDATE \(identifier: table) SET v = v + 10 WHERE id = 2")
                            try b.execute("UPDATE \(identifier: table) SET v = v + 10 WHERE id = 1")
                        }
                    } catch {
                        other.update { $0.error = "\(error)" }
                    }
                }.start()
                try waitUntil("the other transaction waits for row 1") {
                    let pid = other.value.pid
                    guard pid != 0 else { return false }
                    return try a.scalar(
                        """
                        SELECT count(*) FROM pg_locks WHERE pid = \(Int32(pid)) AND NOT granted
                        """, as: Int.self) > 0
                }
            }
            // `a` now waits for row 2, held by `b`: a deadlock, detected by `a`.
            try a.execute("UPDATE \(identifier: table) SET v = v + 1 WHERE id = 2")
        }
        #expect(finished.wait(timeout: .now() + 10) == .success)
        // Usually 2; 3 or more when `a`'s retry grabs row 1 again before `b` does.
        #expect(attempts >= 2)
        #expect(other.value.attempts == 1)
        #expect(other.value.error == nil)
        let values = try a.query("SELECT v FROM \(identifier: table) ORDER BY id").map {
            try $0.decode(Int.self, column: 0)
        }
        #expect(values == [11, 11])
    }

    @Test func retryPolicyKeepsAtLeastOneAttempt() {
        #expect(RetryPolicy(maxAttempts: 0).maxAttempts == 1)
        #expect(RetryPolicy.never.maxAttempts == 1)
    }
}
