import Foundation
import PQ
import Testing

/// Instants around the Europe/Paris daylight-saving changes of 2026: 29 March (02:00 → 03:00)
/// and 25 October (03:00 → 02:00). The server and Foundation must agree on every one.
@Suite struct TimeZoneTests {
    let paris = calendar("Europe/Paris")

    func parisWallClock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = paris.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    var instantsAroundTheChanges: [Date] {
        [
            instant(2026, 3, 28, 22, in: paris), instant(2026, 3, 29, 0, in: paris),
            instant(2026, 3, 29, 1, 59, 59, in: paris), instant(2026, 3, 29, 3, in: paris),
            instant(2026, 3, 29, 6, in: paris), instant(2026, 10, 24, 22, in: paris),
            instant(2026, 10, 25, 1, 59, 59, in: paris), instant(2026, 10, 25, 3, in: paris),
            instant(2026, 10, 25, 6, in: paris),
        ]
    }

    @Test func parisDatesBuiltWithFoundationRoundTripExactly() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE instants (i int4, at timestamptz)")
        for (index, date) in instantsAroundTheChanges.enumerated() {
            #expect(try conn.scalar("SELECT \(date)", as: Date.self) == date)
            try conn.execute("INSERT INTO instants VALUES (\(Int32(index)), \(date))")
        }
        let stored = try conn.query("SELECT at FROM instants ORDER BY i").map { try $0.decode(Date.self, column: 0) }
        #expect(stored == instantsAroundTheChanges)
    }

    @Test func serverWallClockInParisMatchesFoundation() throws {
        let conn = try connect()
        for date in instantsAroundTheChanges {
            let wall = try conn.scalar(
                "SELECT (\(date)::timestamptz AT TIME ZONE 'Europe/Paris')::text", as: String.self)
            #expect(wall == parisWallClock(date))
        }
        #expect(parisWallClock(instant(2026, 3, 29, 3, in: paris)) == "2026-03-29 03:00:00")
    }

    @Test func serverReadsParisWallClockAsFoundationDoes() throws {
        let conn = try connect()
        for (wall, date) in [
            ("2026-03-29 01:59:59", instant(2026, 3, 29, 1, 59, 59, in: paris)),
            ("2026-03-29 03:00:00", instant(2026, 3, 29, 3, in: paris)),
            ("2026-10-25 03:00:00", instant(2026, 10, 25, 3, in: paris)),
        ] {
            let read = try conn.scalar("SELECT \(wall)::timestamp AT TIME ZONE 'Europe/Paris'", as: Date.self)
            #expect(read == date, "\(wall)")
        }
    }

    @Test func theTwoInstantsAt0230OnOctober25StayDistinct() throws {
        let conn = try connect()
        let summer = Date(timeIntervalSince1970: 1_792_888_200) // 2026-10-25 00:30 UTC = 02:30 CEST
        let winter = summer.addingTimeInterval(3_600) // 2026-10-25 01:30 UTC = 02:30 CET
        #expect(parisWallClock(summer) == "2026-10-25 02:30:00")
        #expect(parisWallClock(winter) == "2026-10-25 02:30:00")

        try conn.execute("CREATE TEMP TABLE passages (at timestamptz UNIQUE)")
        try conn.execute("INSERT INTO passages VALUES (\(summer)), (\(winter))")
        let rows = try conn.query(
            """
            SELECT at, (at AT TIME ZONE 'Europe/Paris')::text, to_char(at AT TIME ZONE 'UTC', 'HH24:MI')
            FROM passages ORDER BY at
            """
        ).map { try $0.decode((Date, String, String).self) }
        #expect(rows.map(\.0) == [summer, winter])
        #expect(rows.map(\.1) == ["2026-10-25 02:30:00", "2026-10-25 02:30:00"])
        #expect(rows.map(\.2) == ["00:30", "01:30"])
        #expect(
            try conn.scalar(
                "SELECT extract(epoch FROM \(winter)::timestamptz - \(summer)::timestamptz)", as: Double.self) == 3_600)
    }

    @Test func anOvernightShiftAcrossTheAutumnChangeLastsNineHours() throws {
        let conn = try connect()
        let start = instant(2026, 10, 24, 22, in: paris)
        let end = instant(2026, 10, 25, 6, in: paris)
        #expect(end.timeIntervalSince(start) == 9 * 3_600)
        let seconds = try conn.scalar(
            "SELECT extract(epoch FROM \(end)::timestamptz - \(start)::timestamptz)", as: Decimal.self)
        #expect(seconds == 32_400)
    }

    @Test func anOvernightShiftAcrossTheSpringChangeLastsSevenHours() throws {
        let conn = try connect()
        let start = instant(2026, 3, 28, 22, in: paris)
        let end = instant(2026, 3, 29, 6, in: paris)
        let seconds = try conn.scalar(
            "SELECT extract(epoch FROM \(end)::timestamptz - \(start)::timestamptz)", as: Double.self)
        #expect(seconds == 7 * 3_600)
    }

    @Test func sessionTimeZoneDoesNotChangeDecodedDates() throws {
        let conn = try connect()
        let date = instant(2026, 10, 25, 1, 59, 59, in: paris)
        let sql: Query = "SELECT '2026-10-25 02:30:00+01'::timestamptz, \(date)::timestamptz"
        let inParis = try conn.query(sql)[0].decode((Date, Date).self)
        try conn.execute("SET TimeZone = 'America/New_York'")
        #expect(try conn.scalar("SHOW TimeZone", as: String.self) == "America/New_York")
        let inNewYork = try conn.query(sql)[0].decode((Date, Date).self)
        #expect(inNewYork.0 == inParis.0)
        #expect(inNewYork.0 == Date(timeIntervalSince1970: 1_792_891_800))
        #expect(inNewYork.1 == date)
        // The text form does follow the session time zone: the binary value does not.
        #expect(try conn.scalar("SELECT \(date)::timestamptz::text", as: String.self) == "2026-10-24 19:59:59-04")
    }

    @Test func postgresDateOfAnInstantUsesTheGivenTimeZone() throws {
        let conn = try connect()
        let lateEvening = instant(2026, 3, 28, 23, 30, in: paris) // 22:30 UTC
        let day = PostgresDate(lateEvening, in: paris.timeZone)
        #expect(day.description == "2026-03-28")
        #expect(PostgresDate(lateEvening, in: TimeZone(identifier: "Asia/Tokyo")!).description == "2026-03-29")
        #expect(
            try conn.scalar(
                "SELECT (\(lateEvening)::timestamptz AT TIME ZONE 'Europe/Paris')::date", as: PostgresDate.self) == day)
        #expect(day.adding(days: 1).start(in: paris.timeZone) == instant(2026, 3, 29, 0, in: paris))
    }
}
