import Foundation
import PQ
import Testing

/// Asking for the wrong Swift type throws a PostgresDecodingError that names the column;
/// it never crashes and never returns garbage.
@Suite struct DecodingErrorTests {
    @Test func nullIntoNonOptionalThrowsDecodingError() throws {
        let conn = try connect()
        let row = try conn.query("SELECT NULL::int8 AS missing, NULL::text AS absent, NULL::timestamptz AS never")[0]
        let error = try #require(throws: PostgresDecodingError.self) { try row.decode(Int.self, column: 0) }
        #expect(error.columnName == "missing")
        #expect(error.reason.contains("NULL"))
        #expect(throws: PostgresDecodingError.self) { try row.decode(String.self, column: 1) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(Date.self, column: 2) }
        #expect(try row.decode(Int?.self, column: 0) == nil)
    }

    @Test func textColumnAsIntThrowsNamingTheColumn() throws {
        let conn = try connect()
        let row = try conn.query("SELECT 42 AS n, 'quarante-deux'::text AS label")[0]
        let error = try #require(throws: PostgresDecodingError.self) { try row.decode(Int.self, column: 1) }
        #expect(error.column == 1)
        #expect(error.columnName == "label")
        #expect(error.postgresType == .text)
        #expect(error.description.contains("label"))
        #expect(error.description.contains("Int"))
    }

    @Test func intervalColumnThrowsAsIntAndAsString() throws {
        let conn = try connect()
        let result = try conn.query("SELECT '1 day'::interval AS duree")
        let asInt = try #require(throws: PostgresDecodingError.self) { try result.single(Int.self) }
        #expect(asInt.columnName == "duree")
        let asString = try #require(throws: PostgresDecodingError.self) { try result.single(String.self) }
        #expect(asString.reason.contains("not textual"))
        #expect(try conn.scalar("SELECT '1 day'::interval::text", as: String.self) == "1 day")
    }

    @Test func pointAndArrayColumnsThrowAsIntAndAsString() throws {
        let conn = try connect()
        for sql: Query in [
            "SELECT point(1, 2) AS p", "SELECT ARRAY[1, 2] AS p", "SELECT '127.0.0.1'::inet AS p",
            "SELECT tstzrange(now(), now() + '1 hour') AS p", "SELECT '\\x00ff'::bytea AS p",
        ] {
            let result = try conn.query(sql)
            #expect(throws: PostgresDecodingError.self) { try result.single(Int.self) }
            let error = try #require(throws: PostgresDecodingError.self) { try result.single(String.self) }
            #expect(error.columnName == "p")
            #expect(error.description.contains("cast it with ::text"))
        }
    }

    @Test func otherMismatchesThrowInsteadOfMisreading() throws {
        let conn = try connect()
        let row = try conn.query(
            """
            SELECT 3000000000::int8, 70000::int4, 1.5::float8, 'x'::text, now(), now()::timestamp, 12::int4
            """)[0]
        #expect(throws: PostgresDecodingError.self) { try row.decode(Int32.self, column: 0) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(Int16.self, column: 1) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(Int.self, column: 2) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(Bool.self, column: 3) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(UUID.self, column: 3) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(PostgresDate.self, column: 4) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(Date.self, column: 5) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(PostgresTime.self, column: 6) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(Int.self, column: 7) }
        #expect(try row.decode(Int32.self, column: 1) == 70_000)
    }

    @Test func infiniteDateAndNaNNumericThrow() throws {
        let conn = try connect()
        #expect(throws: PostgresDecodingError.self) {
            try conn.scalar("SELECT 'infinity'::date", as: PostgresDate.self)
        }
        #expect(throws: PostgresDecodingError.self) { try conn.scalar("SELECT 'NaN'::numeric", as: Decimal.self) }
    }
}
