import Foundation
import PQ
import Testing

/// Bound values never become SQL: hostile strings are stored verbatim, and identifiers are
/// quoted.
@Suite struct InjectionTests {
    static let hostile = [
        "'); DROP TABLE x; --", "' OR '1'='1", "\\'); DROP TABLE x; --", "\\\\", "$1", "$1; DROP TABLE x",
        "E'\\\\x00'", "E'\\x00'", "; ; ;", "\"x\"", "'' ''", "--", "/* commentaire", "$$; DROP TABLE x; $$",
        "\\", "\u{2019}); DROP TABLE x; --",
    ]

    @Test func hostileStringsAreStoredVerbatimAndTheTableSurvives() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE x (i int4, s text)")
        for (index, text) in Self.hostile.enumerated() {
            #expect(try conn.execute("INSERT INTO x VALUES (\(Int32(index)), \(text))") == 1)
        }
        let stored = try conn.query("SELECT s FROM x ORDER BY i").map { try $0.decode(String.self, column: 0) }
        #expect(stored == Self.hostile)
        #expect(try conn.scalar("SELECT to_regclass('pg_temp.x') IS NOT NULL", as: Bool.self))
        for text in Self.hostile {
            #expect(try conn.scalar("SELECT count(*) FROM x WHERE s = \(text)", as: Int.self) == 1)
        }
    }

    @Test func hostileStringsInAPreparedStatementAndAPipelineAreStoredVerbatim() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE x (s text)")
        let insert = try conn.prepare("INSERT INTO x VALUES ($1)", parameterTypes: [String.self])
        for text in Self.hostile { try conn.execute(insert, text) }
        try conn.pipeline { batch in
            for text in Self.hostile { try batch.execute(insert, text) }
        }
        let stored = try conn.query("SELECT s, count(*) FROM x GROUP BY s").map { try $0.decode((String, Int).self) }
        #expect(Set(stored.map(\.0)) == Set(Self.hostile))
        #expect(stored.allSatisfy { $0.1 == 2 })
    }

    @Test func stringWithANulCharacterIsRejectedNotTruncated() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE x (s text)")
        for sql: Query in ["INSERT INTO x VALUES (\("avant\u{0}après"))", "SELECT \("\u{0}")::text"] {
            let error = try #require(throws: PQError.self) { try conn.execute(sql) }
            #expect(error.kind == .server)
            #expect(error.sqlState?.code == "22021")
        }
        let insert = try conn.prepare("INSERT INTO x VALUES ($1)")
        let prepared = try #require(throws: PQError.self) { try conn.execute(insert, "avant\u{0}après") }
        #expect(prepared.sqlState?.code == "22021")
        let copy = thrownError(PQError.self) {
            try conn.copyIn(table: "x", columns: ["s"]) { try $0.writeRow("avant\u{0}après") }
        }
        #expect(copy?.sqlState?.code == "22021")
        #expect(try conn.scalar("SELECT count(*) FROM x", as: Int.self) == 0)
    }

    @Test func identifierInterpolationQuotesADoubleQuote() throws {
        let conn = try connect()
        let table = "we\"ird", column = "co\"l; DROP TABLE x; --"
        try conn.execute("CREATE TEMP TABLE \(identifier: table) (\(identifier: column) text)")
        try conn.execute("INSERT INTO \(identifier: table) (\(identifier: column)) VALUES (\("ok"))")
        #expect(try conn.scalar("SELECT \(identifier: column) FROM \(identifier: table)", as: String.self) == "ok")
        let quoted = "pg_temp." + quoteIdentifier(table)
        #expect(
            try conn.scalar("SELECT relname::text FROM pg_class WHERE oid = to_regclass(\(quoted))", as: String.self)
                == table)
        #expect(
            try conn.scalar(
                "SELECT attname::text FROM pg_attribute WHERE attrelid = to_regclass(\(quoted)) AND attnum = 1",
                as: String.self) == column)
        #expect(quoteIdentifier(table) == "\"we\"\"ird\"")
    }

    @Test func interpolatedValuesBecomeNumberedParameters() {
        let query: Query = "SELECT \(1), \("deux"), \(identifier: "t"), \(unsafeRaw: "now()")"
        #expect(query.sql == "SELECT $1, $2, \"t\", now()")
        #expect(query.bindings.count == 2)
    }
}
