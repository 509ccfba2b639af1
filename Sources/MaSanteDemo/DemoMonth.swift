import MaSante

/// The demo's time span, and its dates on ``CalendarDate``.
enum DemoCalendar {
    /// The last day the demo describes: activity stops with October 2026.
    static let horizon = date(2026, 10, 31)
    static let firstMonth = DemoMonth(2022, 7)
    static let lastMonth = DemoMonth(2026, 10)

    /// A date the demo's own tables spell out; they only hold real days.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("date de démonstration invalide \(year)-\(month)-\(day)")
        }
        return date
    }

    /// The working day nearest to `date` within `bounds`: not a weekend, not a public holiday
    /// (a Saturday moves to the Friday before, a Sunday or a holiday to the next day).
    static func workingDay(_ date: CalendarDate, within bounds: ClosedRange<CalendarDate>) -> CalendarDate {
        for shift in [0, 1, -1, 2, -2, 3, -3, 4, -4] {
            let moved = date.adding(days: shift)
            if bounds.contains(moved), isWorkingDay(moved) { return moved }
        }
        return date
    }

    static func isWorkingDay(_ date: CalendarDate) -> Bool {
        date.weekday < .samedi && !PublicHolidays.contains(date)
    }
}

/// A calendar month, counted from year 0 so months subtract and stride as integers.
struct DemoMonth: Hashable, Comparable, Strideable {
    let index: Int

    init(_ year: Int, _ month: Int) { index = year * 12 + month - 1 }
    init(_ date: CalendarDate) { self.init(date.year, date.month) }
    private init(index: Int) { self.index = index }

    var year: Int { index / 12 }
    var month: Int { index % 12 + 1 }
    var first: CalendarDate { DemoCalendar.date(year, month, 1) }
    var last: CalendarDate { adding(1).first.adding(days: -1) }
    var days: Int { last.day }

    func adding(_ months: Int) -> DemoMonth { DemoMonth(index: index + months) }
    func distance(to other: DemoMonth) -> Int { other.index - index }
    func advanced(by n: Int) -> DemoMonth { adding(n) }
    static func < (lhs: DemoMonth, rhs: DemoMonth) -> Bool { lhs.index < rhs.index }
}
