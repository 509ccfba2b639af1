import Foundation
import MaSante
import Testing

@Suite struct ISOWeekTests {
    @Test func aWeekIsReadAndRunsMondayToSunday() throws {
        let week = try ISOWeek.parse(" 2026-W49 ")
        #expect(week.description == "2026-W49")
        #expect(week.days.map(\.description) == (30...30).map { "2026-11-\($0)" } + (1...6).map { "2026-12-0\($0)" })
        #expect(week.days.map(\.weekday) == Weekday.allCases)
        #expect(try ISOWeek.parse("2026w49") == week)
    }

    @Test func year2026HasFiftyThreeWeeksAnd2025FiftyTwo() throws {
        #expect(ISOWeek.weeks(in: 2026) == 53)
        #expect(ISOWeek.weeks(in: 2025) == 52)
        let last = try ISOWeek.parse("2026-W53")
        #expect(last.days.first == CalendarDate(year: 2026, month: 12, day: 28))
        #expect(last.days.last == CalendarDate(year: 2027, month: 1, day: 3))
        #expect(last.next.description == "2027-W01")
        #expect(ISOWeek(containing: CalendarDate(year: 2027, month: 1, day: 1)!) == last)
        #expect(ISOWeek(containing: CalendarDate(year: 2025, month: 12, day: 29)!).description == "2026-W01")
    }

    @Test func aWeekThatDoesNotExistIsRefused() {
        #expect(throws: FieldError("la semaine 2026-W54 n'existe pas : l'année 2026 compte 53 semaines ISO")) {
            try ISOWeek.parse("2026-W54")
        }
        #expect(throws: FieldError("la semaine 2025-W53 n'existe pas : l'année 2025 compte 52 semaines ISO")) {
            try ISOWeek.parse("2025-W53")
        }
        #expect(throws: FieldError("la semaine 2026-W00 n'existe pas : l'année 2026 compte 53 semaines ISO")) {
            try ISOWeek.parse("2026-W00")
        }
    }

    @Test(arguments: ["2026-49", "2026-W9", "26-W49", "", "2026-W4a"])
    func aMalformedWeekIsRefused(text: String) {
        #expect(throws: FieldError("semaine invalide « \(text) » : attendu AAAA-Wss, par exemple 2026-W49")) {
            try ISOWeek.parse(text)
        }
    }

    @Test func weeksHoldingADaylightSavingChangeLastOneHourMoreOrLess() {
        let autumn = ISOWeek(year: 2026, week: 43)! // Sunday 25 October 2026, 03:00 → 02:00
        #expect(autumn.days.last == CalendarDate(year: 2026, month: 10, day: 25))
        #expect(autumn.interval.duration == 169 * 3600)
        let spring = ISOWeek(year: 2026, week: 13)! // Sunday 29 March 2026, 02:00 → 03:00
        #expect(spring.interval.duration == 167 * 3600)
        #expect(Fixture.week.interval.duration == 168 * 3600)
    }

    @Test func weeksMoveAndCompareAndEncodeAsText() throws {
        let week = Fixture.week
        #expect(week.adding(weeks: -11).description == "2026-W39")
        #expect(week.previous < week)
        #expect(week.start == Fixture.instant(Fixture.dec(7), "00:00"))
        let data = try JSONEncoder().encode([week])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-W50"]"#)
        #expect(try JSONDecoder().decode([ISOWeek].self, from: data) == [week])
    }
}
