import Foundation
import PQ
import Testing

/// `pipeline` streams many statements without waiting for each answer, as one atomic unit.
@Suite struct PipelineTests {
    @Test func tenThousandPreparedInsertsInOnePipeline() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8 PRIMARY KEY, label text)")
        let insert = try conn.prepare("INSERT INTO t VALUES ($1, $2)", parameterTypes: [Int.self, String.self])
        let summary = try conn.pipeline { batch in
            for i in 0..<10_000 { try batch.execute(insert, i, "ligne \(i)") }
        }
        #expect(summary.affectedRows == 10_000)
        #expect(summary.statements == 10_002) // with BEGIN and COMMIT
        let (count, sum, label) = try conn.query("SELECT count(*), sum(n)::int8, max(label) FROM t")[0]
            .decode((Int, Int, String).self)
        #expect(count == 10_000)
        #expect(sum == 49_995_000)
        #expect(label == "ligne 9999")
        #expect(!conn.isInTransaction)
    }

    @Test func preparedStatementsOfOneToEightValuesAreQueuedWithTheirValues() throws {
        let conn = try connect()
        try conn.execute(
            "CREATE TEMP TABLE t (a int8, b text, c timestamptz, d int4, e bool, f float8, g text, h int8)")
        let columns = ["a", "b", "c", "d", "e", "f", "g", "h"]
        let when = Date(timeIntervalSinceReferenceDate: 800_000_000.5)
        let statements = try (1...8).map { count in
            let names = columns.prefix(count).joined(separator: ", ")
            let placeholders = (1...count).map { "$\($0)" }.joined(separator: ", ")
            return try conn.prepare("INSERT INTO t (\(names)) VALUES (\(placeholders))")
        }
        try conn.pipeline { batch in
            try batch.execute(statements[0], 1)
            try batch.execute(statements[1], 2, "deux")
            try batch.execute(statements[2], 3, "trois", when)
            try batch.execute(statements[3], 4, "quatre", when, Int32(4))
            try batch.execute(statements[4], 5, "cinq", when, Int32(5), true)
            try batch.execute(statements[5], 6, "six", when, Int32(6), false, 6.5)
            try batch.execute(statements[6], 7, "sept", when, Int32(7), true, 7.5, String?.none)
            try batch.execute(statements[7], 8, "huit", when, Int32(8), true, 8.5, "g", 88)
        }
        let rows = try conn.query("SELECT a, b, c, d, e, f, g, h FROM t ORDER BY a").map {
            try $0.decode((Int, String?, Date?, Int32?, Bool?, Double?, String?, Int?).self)
        }
        #expect(rows.map(\.0) == Array(1...8))
        #expect(rows.map(\.1) == [nil, "deux", "trois", "quatre", "cinq", "six", "sept", "huit"])
        #expect(rows[7].2 == when && rows[1].2 == nil)
        #expect(rows.map(\.3) == [nil, nil, nil, 4, 5, 6, 7, 8])
        #expect(rows.map(\.5) == [nil, nil, nil, nil, nil, 6.5, 7.5, 8.5])
        #expect(rows[6].6 == nil && rows[7].6 == "g" && rows[7].7 == 88)
    }

    @Test func failingStatementThrowsItsErrorAndLeavesNoneOfTheBatch() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8 CONSTRAINT t_pkey PRIMARY KEY)")
        try conn.execute("INSERT INTO t VALUES (5000)")
        let insert = try conn.prepare("INSERT INTO t VALUES ($1)", parameterTypes: [Int.self])
        let error = thrownError(PQError.self) {
            try conn.pipeline { batch in
                for i in 0..<10_000 { try batch.execute(insert, i) } // 5000 already exists
            }
        }
        #expect(error?.sqlState == .uniqueViolation)
        #expect(error?.constraintName == "t_pkey")
        #expect(!conn.isInTransaction)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 1)
        // The connection is usable, pipelines included.
        #expect(try conn.scalar("SELECT 42", as: Int32.self) == 42)
        let summary = try conn.pipeline { batch in try batch.execute(insert, 1) }
        #expect(summary.affectedRows == 1)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 2)
    }

    @Test func throwingBodyRollsBackWhatWasQueued() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        let insert = try conn.prepare("INSERT INTO t VALUES ($1)", parameterTypes: [Int.self])
        thrownError(Deliberate.self) {
            try conn.pipeline { batch in
                for i in 0..<100 { try batch.execute(insert, i) }
                throw Deliberate()
            }
        }
        #expect(!conn.isInTransaction)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
    }

    @Test func bodyThrowingAfterAFailedStatementStillLeavesNoTransactionOpen() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8 PRIMARY KEY)")
        let insert = try conn.prepare("INSERT INTO t VALUES ($1)", parameterTypes: [Int.self])
        thrownError(Deliberate.self) {
            try conn.pipeline { batch in
                try batch.execute(insert, 1)
                try batch.execute(insert, 1) // fails: the queued ROLLBACK is then skipped by the server
                throw Deliberate()
            }
        }
        #expect(!conn.isInTransaction)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
    }

    @Test func pipelineInsideATransactionJoinsIt() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        let insert = try conn.prepare("INSERT INTO t VALUES ($1)", parameterTypes: [Int.self])
        // Committed together with the outer transaction.
        let summary = try conn.transaction {
            try conn.execute("INSERT INTO t VALUES (-1)")
            let summary = try conn.pipeline { batch in
                for i in 0..<100 { try batch.execute(insert, i) }
            }
            #expect(conn.isInTransaction)
            return summary
        }
        #expect(summary.statements == 100) // no BEGIN/COMMIT of its own
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 101)

        // Rolled back with it.
        thrownError(Deliberate.self) {
            try conn.transaction {
                try conn.pipeline { batch in
                    for i in 0..<100 { try batch.execute(insert, i) }
                }
                throw Deliberate()
            }
        }
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 101)
    }

    @Test func pipelineMixesQueriesWithBoundValues() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8, at timestamptz, label text)")
        let now = Date(timeIntervalSince1970: 1_774_747_800)
        let summary = try conn.pipeline { batch in
            for i in 0..<50 {
                try batch.execute("INSERT INTO t VALUES (\(i), \(now), \("é \(i)"))")
            }
            try batch.execute("UPDATE t SET n = n + 1000 WHERE n < 10")
        }
        #expect(summary.affectedRows == 60)
        #expect(try conn.scalar("SELECT count(*) FROM t WHERE n >= 1000 AND at = \(now)", as: Int.self) == 10)
    }
}
