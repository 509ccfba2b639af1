import Foundation

/// The Paris days around a checked week, with their midnights computed once, so that finding the
/// day of each shift is a binary search rather than a calendar computation.
struct DayGrid: Sendable {
    let days: [CalendarDate]
    /// `starts[i]` is midnight opening `days[i]`; one more entry closes the last day.
    let starts: [Date]

    init(from first: CalendarDate, count: Int) {
        let calendar = ParisClock.calendar
        var starts: [Date] = []
        var days: [CalendarDate] = []
        for offset in 0...count {
            let midnight =
                calendar.date(from: DateComponents(year: first.year, month: first.month, day: first.day + offset))
                ?? ParisClock.startOfDay(first.adding(days: offset))
            starts.append(midnight)
            if offset < count { days.append(ParisClock.day(of: midnight)) }
        }
        self.days = days
        self.starts = starts
    }

    /// The index of the day holding `instant`, nil outside the grid.
    func index(of instant: Date) -> Int? {
        guard let first = starts.first, let last = starts.last, instant >= first, instant < last else { return nil }
        // Days last 24 h but twice a year: the guess is right or one off.
        let guess = min(starts.count - 2, Int(instant.timeIntervalSince(first) / 86_400))
        if starts[guess] <= instant {
            if instant < starts[guess + 1] { return guess }
            if guess + 2 < starts.count, instant < starts[guess + 2] { return guess + 1 }
        } else if guess > 0, starts[guess - 1] <= instant {
            return guess - 1
        }
        var low = 0, high = starts.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= instant { low = middle } else { high = middle }
        }
        return low
    }

    /// Midnight to midnight of day `index`.
    func interval(ofDay index: Int) -> DateInterval { DateInterval(start: starts[index], end: starts[index + 1]) }
}
