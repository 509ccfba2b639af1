import Foundation
import PQ
import Testing

/// `transaction` commits on return, rolls back on throw, nests as savepoints, and never
/// lets a failing rollback hide the error that caused it.
@Suite struct TransactionTests {
    @Test func throwingBodyRollsBackSeenFromASecondConnection() throws {
        let conn = try connect(), observer = try connect()
        try withSharedTable("tx_rollback", columns: "n int8", on: conn) { table throws in
            thrownError(Deliberate.self) {
                try conn.transaction {
                    try conn.execute("INSERT INTO \(identifier: table) VALUES (1)")
                    #expect(try conn.scalar("SELECT count(*) FROM \(identifier: table)", as: Int.self) == 1)
                    throw Deliberate()
                }
            }
            #expect(!conn.isInTransaction)
            #expect(try conn.scalar("SELECT count(*) FROM \(identifier: table)", as: Int.self) == 0)
            #expect(try observer.scalar("SELECT count(*) FROM \(identifier: table)", as: Int.self) == 0)
        }
    }

    @Test func returningBodyCommitsSeenFromASecondConnection() throws {
        let conn = try connect(), observer = try connect()
        try withSharedTable("tx_commit", columns: "n int8", on: conn) { table throws in
            let value = try conn.transaction {
                try conn.execute("INSERT INTO \(identifier: table) VALUES (41)")
                // Not visible elsewhere before the commit.
                #expect(try observer.scalar("SELECT count(*) FROM \(identifier: table)", as: Int.self) == 0)
                #expect(conn.isInTransaction)
                return 42
            }
            #expect(value == 42)
            #expect(!conn.isInTransaction)
            #expect(try observer.scalar("SELECT sum(n)::int8 FROM \(identifier: table)", as: Int.self) == 41)
        }
    }

    @Test func serverErrorInBodyRollsBackAndReachesTheCaller() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8 PRIMARY KEY)")
        let thrown = thrownError(PQError.self) {
            try conn.transaction {
                try conn.execute("INSERT INTO t VALUES (1)")
                try conn.execute("INSERT INTO t VALUES (1)")
            }
        }
        let error = try #require(thrown)
        #expect(error.sqlState == .uniqueViolation)
        #expect(!conn.isInTransaction)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
    }

    @Test func nestedTransactionIsASavepointWhoseFailureKeepsOuterWork() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8 PRIMARY KEY)")
        try conn.transaction {
            try conn.execute("INSERT INTO t VALUES (1)")
            thrownError(PQError.self) {
                try conn.transaction {
                    try conn.execute("INSERT INTO t VALUES (2)")
                    try conn.execute("INSERT INTO t VALUES (1)") // unique violation
                }
            }
            thrownError(Deliberate.self) {
                try conn.transaction {
                    try conn.execute("INSERT INTO t VALUES (3)")
                    throw Deliberate()
                }
            }
            // The outer transaction is still usable and keeps its own work.
            try conn.transaction { _ = try conn.execute("INSERT INTO t VALUES (4)") }
            try conn.execute("INSERT INTO t VALUES (5)")
        }
        let kept = try conn.query("SELECT n FROM t ORDER BY n").map { try $0.decode(Int.self, column: 0) }
        #expect(kept == [1, 4, 5])
    }

    @Test func savepointsNestSeveralLevels() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        try conn.transaction {
            try conn.execute("INSERT INTO t VALUES (1)")
            try conn.transaction {
                try conn.execute("INSERT INTO t VALUES (2)")
                _ = try? conn.transaction {
                    try conn.execute("INSERT INTO t VALUES (3)")
                    throw Deliberate()
                }
                try conn.execute("INSERT INTO t VALUES (4)")
            }
        }
        let kept = try conn.query("SELECT n FROM t ORDER BY n").map { try $0.decode(Int.self, column: 0) }
        #expect(kept == [1, 2, 4])
    }

    @Test func failingSavepointRollbackDoesNotHideTheOriginalError() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        thrownError(Deliberate.self) {
            try conn.transaction {
                try conn.execute("INSERT INTO t VALUES (1)")
                try conn.transaction {
                    // Releasing the wrapper's savepoint makes its ROLLBACK TO SAVEPOINT fail.
                    try conn.execute("RELEASE SAVEPOINT pq_savepoint_1")
                    throw Deliberate()
                }
            }
        }
        #expect(!conn.isInTransaction)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
    }

    @Test func failingRollbackOnALostConnectionDoesNotHideTheOriginalError() throws {
        let conn = try connect(), admin = try connect()
        thrownError(Deliberate.self) {
            try conn.transaction {
                try conn.execute("SELECT 1")
                // The server side goes away; libpq does not know yet, so ROLLBACK is tried and fails.
                try admin.terminateBackend(conn.backendPID)
                throw Deliberate()
            }
        }
        #expect(!conn.isOpen)
    }

    @Test func isolationLevelIsApplied() throws {
        let conn = try connect()
        let level = try conn.transaction(isolation: .serializable) {
            try conn.scalar("SHOW transaction_isolation", as: String.self)
        }
        #expect(level == "serializable")
        let repeatable = try conn.transaction(isolation: .repeatableRead) {
            try conn.scalar("SHOW transaction_isolation", as: String.self)
        }
        #expect(repeatable == "repeatable read")
    }
}
