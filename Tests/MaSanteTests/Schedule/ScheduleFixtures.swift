import Foundation
import MaSante

/// Builders for the schedule tests: a network of two centres (Millas, Salviac), a full-time doctor
/// assigned to both, and weeks of December 2026 (2026-W50 runs from Monday 7 to Sunday 13).
enum Fixture {
    static let millas = 1
    static let salviac = 2
    static let marieID = 1

    static let week = ISOWeek(year: 2026, week: 50)!

    /// A day of December 2026 (or of another month).
    static func dec(_ day: Int, month: Int = 12) -> CalendarDate { CalendarDate(year: 2026, month: month, day: day)! }

    static func time(_ text: String) -> TimeOfDay { try! TimeOfDay.parse(text) }

    static func instant(_ day: CalendarDate, _ text: String) -> Date {
        try! Shift(personID: 0, centreID: 0, day: day, from: time(text), to: time("23:59"), activity: .formation).start
    }

    static func shift(
        _ day: CalendarDate, _ from: String, _ to: String, _ activity: Activity = .consultation,
        person: Int = marieID, centre: Int = millas
    ) -> Shift {
        try! Shift(
            personID: person, centreID: centre, day: day, from: time(from), to: time(to), activity: activity,
            place: activity == .visiteEHPAD ? "EHPAD Les Tilleuls" : nil)
    }

    static func contract(
        hours: Double = 35, from start: CalendarDate = CalendarDate(year: 2025, month: 1, day: 1)!,
        to end: CalendarDate? = nil
    ) -> Contract {
        try! Contract(type: end == nil ? .cdi : .cdd, start: start, end: end, weeklyHours: hours)
    }

    static func person(
        _ id: Int = marieID, _ name: String = "Marie DURAND", _ profession: Profession = .medecinGeneraliste,
        hours: Double = 35, centres: [Int] = [millas, salviac]
    ) -> PersonContext {
        let start = CalendarDate(year: 2025, month: 1, day: 1)!
        return PersonContext(
            personID: id, name: name, profession: profession, contracts: [contract(hours: hours)],
            assignments: centres.map { CentreAssignment(centreID: $0, start: start) })
    }

    static let marie = person()

    /// 08:00–20:00 Monday to Friday and 08:00–12:00 on Saturday: the amplitude target, met.
    static let fullHours: OpeningHours = {
        var ranges: [Weekday: [TimeRange]] = [:]
        for day in [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi] {
            ranges[day] = try! OpeningHours.parseDay("08:00-20:00")
        }
        ranges[.samedi] = try! OpeningHours.parseDay("08:00-12:00")
        return try! OpeningHours(ranges: ranges)
    }()

    static func centre(
        _ id: Int = millas, _ name: String = "Millas", hours: OpeningHours = fullHours,
        closures: Set<CalendarDate> = [], settings: RuleSettings = .defaults
    ) -> CentreContext {
        CentreContext(centreID: id, name: name, openingHours: hours, closures: closures, settings: settings)
    }

    static let centres = [centre(), centre(salviac, "Salviac")]

    /// Every finding of the check.
    static func check(
        _ shifts: [Shift], history: [Shift] = [], week: ISOWeek = week, people: [PersonContext] = [marie],
        centres: [CentreContext] = centres
    ) -> [Finding] {
        ScheduleChecker.check(week: week, shifts: shifts, history: history, people: people, centres: centres)
    }

    /// The findings of one rule.
    static func findings(
        _ rule: RuleID, _ shifts: [Shift], history: [Shift] = [], week: ISOWeek = week,
        people: [PersonContext] = [marie], centres: [CentreContext] = centres
    ) -> [Finding] {
        check(shifts, history: history, week: week, people: people, centres: centres).filter { $0.rule == rule }
    }

    /// An ordinary working day, `from` to `to`, on each of the given days.
    static func days(
        _ days: [CalendarDate], _ from: String, _ to: String, person: Int = marieID, centre: Int = millas
    ) -> [Shift] {
        days.map { shift($0, from, to, person: person, centre: centre) }
    }
}
