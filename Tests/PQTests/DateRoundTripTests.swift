import Foundation
import PQ
import Testing

/// Instants, calendar days and times of day travel to the server and back, through a bound
/// parameter and through a table column, plain and as an Optional (nil ↔ NULL).
@Suite struct DateRoundTripTests {
    @Test func dateRoundTripsAsTimestamptz() throws {
        let paris = calendar("Europe/Paris")
        try expectRoundTrip(
            [
                Date(timeIntervalSince1970: 0),
                Date(timeIntervalSince1970: 1_700_000_000.5),
                Date(timeIntervalSince1970: -1_000_000_000.25),
                Date(timeIntervalSinceReferenceDate: 796_438_200.123_456),
                instant(2026, 3, 29, 3, 0, in: paris),
                .distantPast, .distantFuture,
            ], as: "timestamptz")
    }

    @Test func dateKeepsMicroseconds() throws {
        let conn = try connect()
        // 2026-03-29 01:30:00.123456 UTC, written as Foundation sees it.
        let date = Date(timeIntervalSince1970: 1_774_747_800.123_456)
        let text = try conn.scalar(
            "SELECT to_char(\(date) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')", as: String.self)
        #expect(text == "2026-03-29 01:30:00.123456")

        let fromServer = try conn.scalar("SELECT '2026-03-29 01:30:00.000001+00'::timestamptz", as: Date.self)
        #expect(abs(fromServer.timeIntervalSince1970 - 1_774_747_800.000_001) < 0.000_000_5)
        #expect(try conn.scalar("SELECT \(fromServer) = '2026-03-29 01:30:00.000001+00'::timestamptz", as: Bool.self))
    }

    @Test func distantPastAndFutureAreMinusInfinityAndInfinity() throws {
        let conn = try connect()
        let (past, future) = try conn.query("SELECT \(Date.distantPast)::text, \(Date.distantFuture)::text")[0]
            .decode((String, String).self)
        #expect(past == "-infinity")
        #expect(future == "infinity")
        let (decodedPast, decodedFuture) = try conn.query("SELECT '-infinity'::timestamptz, 'infinity'::timestamptz")[0]
            .decode((Date, Date).self)
        #expect(decodedPast == .distantPast)
        #expect(decodedFuture == .distantFuture)
    }

    @Test func dateBeyondPostgresRangeIsRejectedByTheServerNotACrash() throws {
        let conn = try connect()
        for date in [
            Date(timeIntervalSince1970: 1e15), Date(timeIntervalSince1970: -1e15),
            Date(timeIntervalSince1970: 1e300), Date(timeIntervalSinceReferenceDate: .nan),
        ] {
            let error = try #require(throws: PQError.self) { try conn.query("SELECT \(date)") }
            #expect(error.sqlState?.code == "22008") // datetime_field_overflow: timestamp out of range
        }
        #expect(try conn.scalar("SELECT 1", as: Int32.self) == 1)
    }

    @Test func postgresDateRoundTripsIncluding2000BeforeAndLeapDay() throws {
        let days = [(2000, 1, 1), (1999, 12, 31), (1970, 1, 1), (1900, 3, 1), (2024, 2, 29), (2026, 10, 25)]
            .map { PostgresDate(year: $0.0, month: $0.1, day: $0.2)! }
        try expectRoundTrip(days, as: "date")

        let conn = try connect()
        for day in days {
            #expect(try conn.scalar("SELECT \(day)::text", as: String.self) == day.description)
            #expect(try conn.scalar("SELECT \(day.description)::date", as: PostgresDate.self) == day)
        }
        #expect(PostgresDate(year: 2000, month: 1, day: 1)?.daysSince2000 == 0)
        #expect(try conn.scalar("SELECT '2024-02-29'::date + 1", as: PostgresDate.self).description == "2024-03-01")
        #expect(PostgresDate(year: 2026, month: 2, day: 29) == nil)
    }

    @Test func postgresTimeRoundTripsIncludingMidnightLastMicrosecondAnd24() throws {
        let times = [
            PostgresTime(hour: 0, minute: 0)!,
            PostgresTime(hour: 7, minute: 30, second: 15, microsecond: 250)!,
            PostgresTime(hour: 23, minute: 59, second: 59, microsecond: 999_999)!,
            PostgresTime(hour: 24, minute: 0)!,
        ]
        try expectRoundTrip(times, as: "time")

        let conn = try connect()
        let texts = try conn.query("SELECT \(times[0])::text, \(times[2])::text, \(times[3])::text")[0]
            .decode((String, String, String).self)
        #expect(texts == ("00:00:00", "23:59:59.999999", "24:00:00"))
        #expect(
            try conn.scalar("SELECT '24:00'::time", as: PostgresTime.self).microsecondsSinceMidnight
                == PostgresTime.microsecondsPerDay)
    }
}
