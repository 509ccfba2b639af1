import Foundation
import PQ
import Testing

/// Numbers, booleans, text, UUIDs and decimals travel to the server and back, through a
/// bound parameter and through a table column, plain and as an Optional (nil ↔ NULL).
@Suite struct TypeRoundTripTests {
    @Test func intRoundTripsAsInt8() throws {
        try expectRoundTrip([0, 1, -1, 42, Int.max, Int.min], as: "int8")
    }

    @Test func int64RoundTripsAsInt8() throws {
        try expectRoundTrip([Int64(0), -9_000_000_000, Int64.max, Int64.min], as: "int8")
    }

    @Test func int32RoundTripsAsInt4() throws {
        try expectRoundTrip([Int32(0), -7, Int32.max, Int32.min], as: "int4")
    }

    @Test func int16RoundTripsAsInt2() throws {
        try expectRoundTrip([Int16(0), -7, Int16.max, Int16.min], as: "int2")
    }

    @Test func narrowIntegerColumnsDecodeIntoInt() throws {
        let conn = try connect()
        let (a, b) = try conn.query("SELECT 7::int2, (-70000)::int4")[0].decode((Int, Int).self)
        #expect(a == 7)
        #expect(b == -70_000)
    }

    @Test func doubleRoundTripsAsFloat8IncludingNegativeLargeAndFractional() throws {
        try expectRoundTrip(
            [
                0.0, -1.5, 0.1, .pi, -2.718281828459045, 1e300, -1e-300, 123_456_789.012_345,
                .greatestFiniteMagnitude, .infinity, -.infinity,
            ], as: "float8")
    }

    @Test func boolRoundTrips() throws {
        try expectRoundTrip([true, false], as: "bool")
    }

    @Test func stringRoundTripsAsTextIncludingEmpty() throws {
        try expectRoundTrip(["", "a", "Bonjour tout le monde", "ligne 1\nligne 2\ttab", " espaces "], as: "text")
    }

    @Test func stringRoundTripsAsVarchar() throws {
        try expectRoundTrip(["", "Dupont", "Étienne"], as: "varchar(40)")
    }

    @Test func emptyStringAloneIsNotNull() throws {
        let conn = try connect()
        let (isNull, length) = try conn.query("SELECT \("")::text IS NULL, length(\("")::text)")[0].decode(
            (Bool, Int32).self)
        #expect(!isNull)
        #expect(length == 0)
    }

    @Test func uuidRoundTrips() throws {
        try expectRoundTrip(
            [
                UUID(), UUID(uuidString: "00000000-0000-0000-0000-000000000000")!,
                UUID(uuidString: "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")!,
            ], as: "uuid")
        let conn = try connect()
        let (uuid, text) = try conn.query("SELECT u, u::text FROM (SELECT gen_random_uuid() AS u) s")[0]
            .decode((UUID, String).self)
        #expect(uuid.uuidString.lowercased() == text)
    }

    @Test func decimalRoundTripsExactly() throws {
        let values = ["17.5", "0.0001", "-12345678901234.5678", "0", "1000000", "-0.5", "99999999.99999999"]
            .map { Decimal(string: $0)! }
        try expectRoundTrip(values, as: "numeric")

        let conn = try connect()
        let text = try conn.scalar("SELECT \(Decimal(string: "-12345678901234.5678")!)::numeric::text", as: String.self)
        #expect(text == "-12345678901234.5678")
    }

    @Test func decimalDecodesSumResults() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE amounts (a numeric(12, 4))")
        for text in ["17.5", "0.0001", "-2.25", "1000"] {
            try conn.execute("INSERT INTO amounts VALUES (\(Decimal(string: text)!))")
        }
        #expect(try conn.scalar("SELECT sum(a) FROM amounts", as: Decimal.self) == Decimal(string: "1015.2501")!)
        #expect(try conn.scalar("SELECT sum(a) FROM amounts WHERE false", as: Decimal?.self) == nil)
        // sum(int8) is numeric too.
        #expect(try conn.scalar("SELECT sum(g::int8) FROM generate_series(1, 1000) g", as: Decimal.self) == 500_500)
        #expect(try conn.scalar("SELECT sum(g::int8) FROM generate_series(1, 1000) g", as: Double.self) == 500_500)
    }
}
