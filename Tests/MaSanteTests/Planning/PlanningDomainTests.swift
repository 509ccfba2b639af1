import Foundation
import Testing

@testable import MaSante

@Suite struct PlanningDomainTests {
    private func parse(
        _ fields: [String], header: [String] = PlanningRecord.requiredColumns + PlanningRecord.optionalColumns
    )
        throws -> (record: PlanningRecord?, issues: [ImportIssue])
    {
        let columns = try CSVColumns(
            header: header, required: PlanningRecord.requiredColumns, optional: PlanningRecord.optionalColumns)
        return PlanningRecord.parse(CSVLine(number: 2, fields: fields), columns: columns)
    }

    @Test func aPlanningLineReadsFrenchDatesTimesAndActivityLabels() throws {
        let parsed = try parse([
            "Millas", "REY Arnaud", "08/12/2026", "8h30", "12:30", "Visite en EHPAD", "EHPAD Les Tilleuls",
        ])
        #expect(parsed.issues.isEmpty)
        #expect(
            parsed.record
                == PlanningRecord(
                    centre: "Millas", person: "REY Arnaud", day: CalendarDate(year: 2026, month: 12, day: 8)!,
                    start: try .parse("08:30"), end: try .parse("12:30"), activity: .visiteEHPAD,
                    place: "EHPAD Les Tilleuls"))
    }

    @Test func everyBadFieldOfAPlanningLineIsReportedWithItsColumn() throws {
        let parsed = try parse(["", "", "31/02/2026", "25:00", "", "visite", ""])
        #expect(parsed.record == nil)
        #expect(Set(parsed.issues.compactMap(\.column)) == ["centre", "personne", "jour", "debut", "fin", "activite"])
        #expect(parsed.issues.allSatisfy { $0.line == 2 })
        #expect(parsed.issues.contains { $0.message.contains("valeurs possibles consultation, soins_non_programmes") })
    }

    @Test func theLieuColumnIsOptional() throws {
        let parsed = try parse(
            ["Millas", "REY Arnaud", "2026-12-08", "08:30", "12:30", "consultation"],
            header: PlanningRecord.requiredColumns)
        #expect(parsed.record?.place == nil)
    }

    @Test func aCopiedWeekKeepsWallClockTimesAcrossTheOctoberChange() throws {
        let monday = CalendarDate(year: 2026, month: 10, day: 19)!
        let source = [
            try Shift(
                personID: 1, centreID: 2, day: monday, from: try .parse("08:30"), to: try .parse("12:30"),
                activity: .consultation),
            try Shift(
                personID: 1, centreID: 2, day: monday.adding(days: 4), from: try .parse("22:00"),
                to: try .parse("06:00"), activity: .soinsNonProgrammes),
            try Shift(
                personID: 1, centreID: 2, day: monday.adding(days: 2), from: try .parse("18:00"),
                to: try .parse("24:00"), activity: .administratif),
        ]
        let copied = WeekPattern(shifts: source).apply(to: ISOWeek(year: 2026, week: 44)!)
        #expect(copied.skipped.isEmpty)
        #expect(copied.shifts.map(\.startTime.description) == ["08:30", "18:00", "22:00"])
        #expect(copied.shifts.map(\.endTime.description) == ["12:30", "00:00", "06:00"])
        #expect(copied.shifts[0].day == CalendarDate(year: 2026, month: 10, day: 26)!)
        #expect(
            copied.shifts[0].start.timeIntervalSince(source[0].start) == 7 * 24 * 3600 + 3600,
            "une heure de plus : heure d'hiver")
        #expect(copied.shifts[1].duration == 6 * 3600)
    }

    @Test func aPatternEntryRefusedForADayIsSkippedWithItsReason() {
        let entry = WeekPattern.Entry(
            personID: 1, centreID: 2, weekday: .mardi, start: TimeOfDay(hour: 8, minute: 0)!,
            end: TimeOfDay(hour: 12, minute: 0)!, activity: .consultation)
        let result = WeekPattern(entries: [entry]).apply(to: ISOWeek(year: 2026, week: 49)!) { _, day in
            day.weekday == .mardi ? "absent·e (congé)" : nil
        }
        #expect(result.shifts.isEmpty)
        #expect(result.skipped.map(\.reason) == ["absent·e (congé)"])
        #expect(result.skipped.first?.day == CalendarDate(year: 2026, month: 12, day: 1)!)
    }

    @Test func aTimeTheClocksSkipInMarchIsSkippedNotMoved() {
        let entry = WeekPattern.Entry(
            personID: 1, centreID: 2, weekday: .dimanche, start: TimeOfDay(hour: 2, minute: 30)!,
            end: TimeOfDay(hour: 6, minute: 0)!, activity: .soinsNonProgrammes)
        let result = WeekPattern(entries: [entry]).apply(to: ISOWeek(year: 2027, week: 12)!)
        #expect(result.shifts.isEmpty)
        #expect(result.skipped.first?.reason.contains("n'existe pas") == true)
    }

    @Test func frenchPublicHolidaysIncludeTheMovableOnes() {
        #expect(PublicHolidays.easterSunday(2026) == CalendarDate(year: 2026, month: 4, day: 5)!)
        #expect(PublicHolidays.contains(CalendarDate(year: 2026, month: 4, day: 6)!)) // lundi de Pâques
        #expect(PublicHolidays.contains(CalendarDate(year: 2026, month: 5, day: 14)!)) // Ascension
        #expect(PublicHolidays.contains(CalendarDate(year: 2026, month: 5, day: 25)!)) // Pentecôte
        #expect(PublicHolidays.contains(CalendarDate(year: 2026, month: 12, day: 25)!))
        #expect(!PublicHolidays.contains(CalendarDate(year: 2026, month: 12, day: 24)!))
        #expect(
            PublicHolidays.among(ISOWeek(year: 2026, week: 52)!.days) == [CalendarDate(year: 2026, month: 12, day: 25)!]
        )
    }
}
