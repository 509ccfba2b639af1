import Foundation
import Testing

@testable import MaSante

@Suite struct YearCheckTests {
    /// Eight weeks around the October 2026 change: long days, a short rest, a night, two centres.
    private var shifts: [Shift] {
        var all: [Shift] = []
        for weekOffset in 0..<8 {
            let monday = ISOWeek(year: 2026, week: 40)!.adding(weeks: weekOffset).monday
            for day in 0..<5 {
                let date = monday.adding(days: day)
                all.append(
                    Fixture.shift(date, "08:00", "12:30", centre: day % 2 == 0 ? Fixture.millas : Fixture.salviac))
                all.append(Fixture.shift(date, "13:30", weekOffset == 3 && day == 2 ? "21:00" : "17:00"))
            }
            if weekOffset == 4 {
                all.append(Fixture.shift(monday.adding(days: 5), "22:00", "06:00", .soinsNonProgrammes))
            }
        }
        return all
    }

    @Test func checkingARangeOfWeeksFindsExactlyWhatCheckingEachWeekFinds() {
        let all = shifts
        let first = ISOWeek(year: 2026, week: 40)!, last = ISOWeek(year: 2026, week: 47)!
        let together = ScheduleChecker.check(
            weeks: first...last, shifts: all, people: [Fixture.marie], centres: Fixture.centres)
        #expect(together.map(\.week) == (0..<8).map { first.adding(weeks: $0) })
        var total = 0
        for (week, findings) in together {
            let inWeek = all.filter { week.interval.contains($0.start) && $0.start < week.end }
            let others = all.filter { !(week.interval.contains($0.start) && $0.start < week.end) }
            let alone = ScheduleChecker.check(
                week: week, shifts: inWeek, history: others, people: [Fixture.marie], centres: Fixture.centres)
            #expect(findings == alone, "semaine \(week)")
            total += findings.count
        }
        #expect(total > 0, "la plage doit contenir des constats pour que la comparaison ait un sens")
    }
}
