import Foundation
import PQ
import Testing

/// Swift arrays bind as one PostgreSQL array parameter and come back from array columns, in
/// binary format: no list of ids or names is ever spliced or split as text.
@Suite struct ArrayTests {
    @Test func anIntArrayBindsAsInt8ArrayAndComesBack() throws {
        let conn = try connect()
        let ids = [3, 1, Int.max, -7]
        #expect(try conn.query("SELECT \(ids)").single([Int].self) == ids)
        #expect(try conn.query("SELECT pg_typeof(\(ids))::text").single(String.self) == "bigint[]")
        #expect(
            try conn.query("SELECT count(*) FROM generate_series(1, 5) g WHERE g = ANY(\([2, 4, 9]))").single(Int.self)
                == 2)
    }

    @Test func textWithCommasQuotesBracesAndUnicodeStaysWholeInAnArray() throws {
        let conn = try connect()
        let names = ["Centre de santé de Millas", "a,b", "\"quoted\"", "{braces}", "", "ÉPÉE 🩺", "NULL"]
        #expect(try conn.query("SELECT \(names)").single([String].self) == names)
        #expect(try conn.query("SELECT cardinality(\(names))").single(Int.self) == names.count)
    }

    @Test func uuidsAndEmptyArraysRoundTrip() throws {
        let conn = try connect()
        let uuids = [UUID(), UUID()]
        #expect(try conn.query("SELECT \(uuids)").single([UUID].self) == uuids)
        #expect(try conn.query("SELECT \([Int]())").single([Int].self) == [])
        #expect(
            try conn.query("SELECT count(*) FROM generate_series(1, 3) g WHERE g = ANY(\([Int]()))").single(Int.self)
                == 0)
    }

    @Test func nullElementsDecodeIntoOptionalsAndARealNullArrayIsNil() throws {
        let conn = try connect()
        #expect(try conn.query("SELECT ARRAY[1, NULL, 3]::int8[]").single([Int?].self) == [1, nil, 3])
        #expect(try conn.query("SELECT ARRAY['x', NULL]").single([String?].self) == ["x", nil])
        #expect(try conn.query("SELECT NULL::int8[]").single([Int]?.self) == nil)
        #expect(throws: PostgresDecodingError.self) {
            try conn.query("SELECT ARRAY[1, NULL]::int8[]").single([Int].self)
        }
    }

    @Test func aTwoDimensionalArrayIsRefusedRatherThanFlattened() throws {
        let conn = try connect()
        #expect(throws: PostgresDecodingError.self) {
            try conn.query("SELECT ARRAY[[1, 2], [3, 4]]::int8[]").single([Int].self)
        }
    }
}
