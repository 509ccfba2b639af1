import Foundation
import MaSante
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: ["2024-01-31", "31/01/2024", " 31/01/2024 ", "2024-1-31"])
    func bothFrenchAndISOFormatsAreRead(text: String) throws {
        #expect(try CalendarDate.parse(text) == CalendarDate(year: 2024, month: 1, day: 31))
    }

    @Test func singleDigitDayAndMonthAreRead() throws {
        #expect(try CalendarDate.parse("1/2/2024").description == "2024-02-01")
    }

    @Test(arguments: [
        "31/01/24", "2024/01/31", "31-01-2024", "2024-01", "demain", "31/01/2024 10:00", "٣١/٠١/٢٠٢٤", "+1/01/2024",
    ])
    func otherFormatsAreRefusedWithTheExpectedOnes(text: String) {
        #expect(throws: FieldError("date invalide « \(text) » : attendu JJ/MM/AAAA ou AAAA-MM-JJ")) {
            try CalendarDate.parse(text)
        }
    }

    @Test(arguments: ["29/02/2023", "2024-13-01", "31/02/2024", "00/01/2024", "31/04/2024"])
    func daysThatDoNotExistAreRefused(text: String) {
        #expect(throws: FieldError("date invalide « \(text) » : ce jour n'existe pas")) {
            try CalendarDate.parse(text)
        }
    }

    @Test func anEmptyDateIsReportedAsMissing() {
        #expect(throws: FieldError("date manquante : attendu JJ/MM/AAAA ou AAAA-MM-JJ")) {
            try CalendarDate.parse("  ")
        }
    }

    @Test func leapDaysExistInLeapYearsOnly() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
    }

    @Test func itIsWrittenInISOAndInFrench() throws {
        let date = try #require(CalendarDate(year: 2022, month: 7, day: 1))
        #expect(date.description == "2022-07-01")
        #expect(date.french == "01/07/2022")
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() throws {
        let date = try CalendarDate.parse("2024-02-28")
        #expect(date.adding(days: 1).description == "2024-02-29")
        #expect(date.adding(days: 2).description == "2024-03-01")
        #expect(try CalendarDate.parse("2025-12-31").adding(days: 1).description == "2026-01-01")
        #expect(date.adding(days: -59).description == "2023-12-31")
    }

    @Test func addingMonthsKeepsTheDayOrTheEndOfAShorterMonth() throws {
        #expect(try CalendarDate.parse("2023-01-31").adding(months: 1).description == "2023-02-28")
        #expect(try CalendarDate.parse("2024-02-29").adding(months: 12).description == "2025-02-28")
        #expect(try CalendarDate.parse("2025-12-15").adding(months: 1).description == "2026-01-15")
        #expect(try CalendarDate.parse("2026-03-31").adding(months: -1).description == "2026-02-28")
        #expect(try CalendarDate.parse("2026-01-10").adding(months: -13).description == "2024-12-10")
    }

    @Test func addingDaysIsUnaffectedByDaylightSavingChanges() throws {
        #expect(try CalendarDate.parse("2026-03-28").adding(days: 2).description == "2026-03-30")
        #expect(try CalendarDate.parse("2026-10-24").adding(days: 2).description == "2026-10-26")
    }

    @Test func datesAreOrderedByDay() throws {
        #expect(try CalendarDate.parse("31/12/2023") < CalendarDate.parse("01/01/2024"))
        #expect(try CalendarDate.parse("2024-02-01") > CalendarDate.parse("2024-01-31"))
    }

    @Test func theWeekdayIsComputed() throws {
        #expect(try CalendarDate.parse("01/07/2022").weekday == .vendredi)
        #expect(try CalendarDate.parse("2026-11-29").weekday == .dimanche)
        #expect(try CalendarDate.parse("2024-01-01").weekday == .lundi)
    }

    @Test func todayIsTheDayInTheGivenTimeZone() throws {
        let today = CalendarDate.today()
        let tomorrowSomewhere = CalendarDate.today(in: try #require(TimeZone(identifier: "Pacific/Kiritimati")))
        #expect(tomorrowSomewhere >= today)
        #expect(TimeZone.paris.identifier == "Europe/Paris")
    }

    @Test func itIsCodableAsTheISOString() throws {
        let date = try CalendarDate.parse("31/01/2024")
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == #"["2024-01-31"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2024-02-30"]"#.utf8))
        }
    }
}
