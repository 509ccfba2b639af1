import Foundation

/// Everything a check reads, indexed once: the day grid around the week, shifts by person and by
/// centre, people and centres by id.
///
/// The grid runs from the first week of the 12-week average (or two weeks back, whichever is
/// earlier) to one week after the checked week; shifts starting outside it cannot affect any rule
/// and are left out. A shift given twice (same id) counts once.
struct CheckContext: Sendable {
    let week: ISOWeek
    /// The week's span, Monday 00:00 to the next Monday 00:00.
    let weekInterval: DateInterval
    let grid: DayGrid
    /// Indices of the checked week's seven days in `grid`.
    let weekDays: Range<Int>
    let shiftsByPerson: [Int: [PlacedShift]]
    let shiftsByCentre: [Int: [PlacedShift]]
    let people: [Int: PersonContext]
    let centres: [Int: CentreContext]
    let defaults: RuleSettings

    init(week: ISOWeek, shifts: [Shift], history: [Shift], people: [PersonContext], centres: [CentreContext], defaults: RuleSettings) {
        self.week = week
        self.defaults = defaults
        self.people = Dictionary(people.map { ($0.personID, $0) }, uniquingKeysWith: { first, _ in first })
        self.centres = Dictionary(centres.map { ($0.centreID, $0) }, uniquingKeysWith: { first, _ in first })
        let weeksBack = max(2, ([defaults] + centres.map(\.settings)).map(\.limits.averageWeeks).max() ?? 12)
        let first = week.monday.adding(days: -7 * (weeksBack - 1))
        let count = 7 * (weeksBack + 1)
        grid = DayGrid(from: first, count: count)
        weekDays = (count - 14)..<(count - 7)
        weekInterval = DateInterval(start: grid.starts[weekDays.lowerBound], end: grid.starts[weekDays.upperBound])

        var byPerson: [Int: [PlacedShift]] = [:]
        for shift in shifts + history {
            guard let day = grid.index(of: shift.start) else { continue }
            byPerson[shift.personID, default: []].append(PlacedShift(shift, day: day))
        }
        shiftsByPerson = byPerson.mapValues(Self.sortedOnce)
        var byCentre: [Int: [PlacedShift]] = [:]
        for personShifts in shiftsByPerson.values {
            for shift in personShifts where weekDays.contains(shift.day) { byCentre[shift.centreID, default: []].append(shift) }
        }
        shiftsByCentre = byCentre.mapValues { $0.sorted { $0.start < $1.start } }
    }

    /// Sorted by start then end, a shift given twice (same id) kept once. Copies of a shift share
    /// its start and end, so they are found among neighbours without hashing every id.
    static func sortedOnce(_ shifts: [PlacedShift]) -> [PlacedShift] {
        var result: [PlacedShift] = []
        result.reserveCapacity(shifts.count)
        for shift in shifts.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            let twin = result.reversed().prefix { $0.start == shift.start && $0.end == shift.end }.contains { $0.id == shift.id }
            if !twin { result.append(shift) }
        }
        return result
    }

    /// Whether a placed shift starts in the checked week.
    func isInWeek(_ shift: PlacedShift) -> Bool { weekDays.contains(shift.day) }

    /// A centre's opening ranges on day `index` of the grid, as `CentreContext.openIntervals(on:)`
    /// gives them. A day of exactly 24 hours holds no daylight-saving change (Paris changes its
    /// clocks at most once a day), so its times are offsets from midnight; the two days a year
    /// that change go through the calendar.
    func openIntervals(of centre: CentreContext, onDay index: Int) -> [DateInterval] {
        let day = grid.days[index], midnight = grid.starts[index]
        guard grid.interval(ofDay: index).duration == 86_400 else { return centre.openIntervals(on: day) }
        guard !centre.closures.contains(day) else { return [] }
        return centre.openingHours.ranges(on: day.weekday).map { range in
            DateInterval(start: midnight + TimeInterval(range.start.minutes * 60), end: midnight + TimeInterval(range.end.minutes * 60))
        }
    }

    /// A centre's name for messages, its number when unknown.
    func centreName(_ id: Int) -> String { centres[id]?.name ?? "centre n° \(id)" }
}
