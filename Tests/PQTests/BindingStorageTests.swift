import Foundation
import PQ
import Testing

/// The bytes behind interpolated queries, bindings and COPY fields: one allocation per
/// statement, copied on write, growing any of its regions without losing the others.
@Suite struct BindingStorageTests {
    @Test func aQueryWithTwelveValuesNumbersEveryPlaceholderAndSendsEveryValue() throws {
        let conn = try connect()
        let query: Query = """
            SELECT \(1) + \(2) + \(3) + \(4) + \(5) + \(6) + \(7) + \(8) + \(9) + \(10) + \(11) + \(Int?.none ?? 12)
            """
        #expect(query.sql == "SELECT " + (1...12).map { "$\($0)" }.joined(separator: " + "))
        #expect(query.bindings.count == 12)
        #expect(try conn.scalar(query, as: Int.self) == 78)
    }

    @Test func bindingsOfAHundredAndTwentyValuesGrowTheirParameterList() throws {
        let conn = try connect()
        var bindings = PostgresBindings()
        var text = "SELECT 0"
        for number in 1...120 {
            bindings.append(number)
            bindings.append(number % 3 == 0 ? nil : "x\(number)")
            text += " + $\(2 * number - 1)::int8 + coalesce(length($\(2 * number)::text), 0)"
        }
        #expect(bindings.count == 240)
        let expected = (1...120).reduce(0) { sum, number in sum + number + (number % 3 == 0 ? 0 : "x\(number)".count) }
        #expect(try conn.scalar(Query(unsafeSQL: text, bindings: bindings), as: Int.self) == expected)
    }

    @Test func longIdentifiersAndRawTextGrowTheTextWithoutDisturbingTheValues() throws {
        let conn = try connect()
        // 62 bytes: PostgreSQL cuts names at 63.
        let column = String(repeating: "é", count: 31)
        let note = String(repeating: "n", count: 5_000)
        let query: Query = """
            SELECT \(42) AS \(identifier: column), \(note) \(unsafeRaw: "|| " + String(repeating: "'' || ", count: 300))\
             \("fin") AS texte, \(Date(timeIntervalSinceReferenceDate: 0)) AS quand
            """
        #expect(query.sql.contains("\"\(column)\""))
        #expect(query.bindings.count == 4)
        let result = try conn.query(query)
        let (number, text, when) = try result[0].decode((Int, String, Date).self)
        #expect(number == 42)
        #expect(text == note + "fin")
        #expect(when == Date(timeIntervalSinceReferenceDate: 0))
        #expect(result.columnIndex(named: column) == 0)
    }

    @Test func bindingsCopiedThenChangedLeaveTheOriginalAsItWas() throws {
        let conn = try connect()
        var original = PostgresBindings()
        original.append(1)
        original.append("un")
        var copy = original
        copy.append(3)
        #expect(original.count == 2)
        #expect(copy.count == 3)
        let sql = "SELECT $1::int8, $2::text"
        #expect(try conn.query(Query(unsafeSQL: sql, bindings: original))[0].decode((Int, String).self) == (1, "un"))
        let three = try conn.query(Query(unsafeSQL: sql + ", $3::int8", bindings: copy))[0]
        #expect(try three.decode((Int, String, Int).self) == (1, "un", 3))
    }

    @Test func aQueryKeepsItsTextAndValuesAfterItsBindingsAreReusedElsewhere() throws {
        let conn = try connect()
        let query: Query = "SELECT \(7)::int8 + \(8)::int8"
        var taken = query.bindings
        taken.append(100)
        #expect(query.sql == "SELECT $1::int8 + $2::int8")
        #expect(try conn.scalar(query, as: Int.self) == 15)
        #expect(
            try conn.scalar(Query(unsafeSQL: "SELECT $1::int8 + $2::int8 + $3::int8", bindings: taken), as: Int.self)
                == 115)
    }

    @Test func aCopiedInterpolationBuilderCannotChangeAQueryAlreadyBuilt() throws {
        let conn = try connect()
        // What the compiler does for "SELECT \(1)::int8 + …", by hand, with a copy of the builder
        // taken halfway; the builder writes into its storage without a check per piece.
        var builder = Query.StringInterpolation(literalCapacity: 32, interpolationCount: 3)
        builder.appendLiteral("SELECT ")
        builder.appendInterpolation(1)
        builder.appendLiteral("::int8 + ")
        var copy = builder
        builder.appendInterpolation(2)
        builder.appendLiteral("::int8")
        let query = Query(stringInterpolation: builder)
        copy.appendInterpolation(40)
        copy.appendLiteral("::int8 * 10")
        #expect(query.sql == "SELECT $1::int8 + $2::int8")
        #expect(query.bindings.count == 2)
        #expect(try conn.scalar(query, as: Int.self) == 3)
        let other = Query(stringInterpolation: copy)
        copy.appendLiteral(" + 1000")
        #expect(other.sql.hasSuffix("::int8 * 10"))
        #expect(query.sql == "SELECT $1::int8 + $2::int8")
        #expect(try conn.scalar(query, as: Int.self) == 3)
    }

    @Test func anEncodingBufferWritesBigEndianAndGrowsAsNeeded() {
        var buffer = PostgresEncodingBuffer()
        #expect(buffer.count == 0)
        buffer.appendInteger(Int32(0x0102_0304))
        for byte in 0..<200 { buffer.appendInteger(UInt8(byte)) }
        var other = PostgresEncodingBuffer()
        "é".encode(into: &other)
        buffer.append(other)
        #expect(buffer.count == 4 + 200 + 2)
        buffer.withUnsafeBytes { bytes in
            #expect(Array(bytes.prefix(5)) == [1, 2, 3, 4, 0])
            #expect(bytes[203] == 199)
            #expect(Array(bytes.suffix(2)) == [0xC3, 0xA9])
        }
    }

    @Test func encodedSizesAnnouncedMatchTheBytesWritten() {
        func check<T: PostgresEncodable>(
            _ value: T, _ expected: Int?, sourceLocation: SourceLocation = #_sourceLocation
        ) {
            var buffer = PostgresEncodingBuffer()
            value.encode(into: &buffer)
            #expect(value.postgresEncodedSize == expected, sourceLocation: sourceLocation)
            if let expected { #expect(buffer.count == expected, sourceLocation: sourceLocation) }
        }
        check(1, 8)
        check(Int64(-1), 8)
        check(Int32(2), 4)
        check(Int16(3), 2)
        check(2.5, 8)
        check(true, 1)
        check("relève à 7 h 🩺", "relève à 7 h 🩺".utf8.count)
        check(Date(), 8)
        check(UUID(), 16)
        check(Optional(5), 8)
        check(Decimal(string: "1.5")!, nil)
        check([1, 2, 3], nil)
    }

    @Test func datesAreRoundedToTheNearestMicrosecondHalfAwayFromZeroSinceTwoThousand() throws {
        let conn = try connect()
        // PostgreSQL counts microseconds from 2000-01-01 00:00:00 UTC, a year before Foundation's
        // reference date: 2001-01-01 is 31,622,400,000,000 µs, and rounding happens there.
        let year2001: Int64 = 31_622_400_000_000
        for (seconds, micros) in [
            (0.000_000_5, year2001 + 1), (0.000_000_49, year2001), (-0.000_000_51, year2001 - 1),
            (1.25, year2001 + 1_250_000), (-31_622_400.000_000_6, -1), (-31_622_400.000_000_4, 0),
            (-31_622_401.6, -1_600_000),
        ] {
            let date = Date(timeIntervalSinceReferenceDate: seconds)
            let read = try conn.scalar(
                "SELECT (extract(epoch FROM \(date) - timestamptz '2000-01-01 00:00:00+00') * 1000000)::int8",
                as: Int64.self)
            #expect(read == micros, "\(seconds)")
        }
    }

    @Test func datesBetween1928And2071AreEncodedExactlyAsOutsideThem() {
        // Inside ±2^51 µs of 2000 the encoder rounds with a magic-number addition, elsewhere with
        // a conversion; both must give the microseconds rounded() gives, ties away from zero.
        // From about 2035 on, every microsecond count is a multiple of 1/4: a quarter are ties.
        func sent(_ date: Date) -> Int64 {
            var buffer = PostgresEncodingBuffer()
            date.encode(into: &buffer)
            return buffer.withUnsafeBytes { Int64(bigEndian: $0.loadUnaligned(as: Int64.self)) }
        }
        func expected(_ seconds: Double) -> Int64 { Int64(((seconds + 31_622_400) * 1_000_000).rounded()) }
        let edge = 0x1p51 / 1_000_000 // seconds from 2000 where the fast path ends
        var samples: [Double] = [0, -31_622_400, 1e-7, -1e-7, 0.5e-6, -0.5e-6, 1.5e-6, -1.5e-6]
        for sign in [-1.0, 1.0] {
            for offset in [-2.0, -1.0, -1e-6, -0.25e-6, 0, 0.25e-6, 1e-6, 1.0] {
                samples.append(sign * edge + offset - 31_622_400)
            }
        }
        var seconds = -3_600_000_000.0 // 1886
        while seconds < 3_600_000_000 { // 2115
            samples.append(seconds)
            samples.append(-seconds)
            seconds += 7_654_321.123_456_789
        }
        for base in stride(from: 1_100_000_000.0, to: 2_200_000_000.0, by: 97_531_234.5) {
            for quarter in 0..<16 { samples.append(base + Double(quarter) * 0.125e-6) }
        }
        var ties = 0
        for seconds in samples {
            let micros = (seconds + 31_622_400) * 1_000_000
            if abs(micros - micros.rounded(.towardZero)) == 0.5 { ties += 1 }
            #expect(sent(Date(timeIntervalSinceReferenceDate: seconds)) == expected(seconds), "\(seconds)")
        }
        #expect(ties > 20)
    }

    @Test func datesAroundTwoThousandAndFiftyReachTheServerRoundedHalfAwayFromZero() throws {
        let conn = try connect()
        // 2050 is in the fast path's upper half, where microsecond counts are multiples of 1/4.
        for seconds in [1_577_923_200.000_000_5, 1_577_923_200.000_001_5, -1_000_000_000.000_002_5, 1_900_000_000.25] {
            let date = Date(timeIntervalSinceReferenceDate: seconds)
            let read = try conn.scalar(
                "SELECT (extract(epoch FROM \(date) - timestamptz '2000-01-01 00:00:00+00') * 1000000)::int8",
                as: Int64.self)
            #expect(read == Int64(((seconds + 31_622_400) * 1_000_000).rounded()), "\(seconds)")
        }
    }

    @Test func aCopyFieldWhoseEncoderWritesAnotherSizeThanAnnouncedAbortsTheCopy() throws {
        struct Liar: PostgresEncodable {
            static var postgresType: PostgresType { .int8 }
            var postgresEncodedSize: Int? { 8 }
            func encode(into buffer: inout PostgresEncodingBuffer) { buffer.appendInteger(Int32(1)) }
        }
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        #expect(throws: PQError.self) {
            try conn.copyIn(table: "t", columns: ["n"]) { writer in try writer.writeRow(Liar()) }
        }
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
    }
}
