import Foundation

/// The shifts, people and centres of one or more checked weeks, indexed once: the day grid over
/// the weeks and the history they read, each person's shifts sorted, people and centres by id.
///
/// The grid runs from the first week of the 12-week average of the first checked week (or two
/// weeks back, whichever is earlier) to one week after the last checked week; shifts starting
/// outside it cannot affect any rule and are left out. A shift given twice (same id) counts once.
final class CheckIndex: Sendable {
    let grid: DayGrid
    /// The first checked week, whose Monday is day `7 * (weeksBack - 1)` of the grid.
    let firstWeek: ISOWeek
    /// Weeks each check reads up to its own: the longest averaging period, at least 2.
    let weeksBack: Int
    /// Each person's shifts, sorted by start then end.
    let shiftsByPerson: [Int: [PlacedShift]]
    /// Each centre's shifts starting in the checked weeks, sorted by start.
    let shiftsByCentre: [Int: [PlacedShift]]
    let people: [Int: PersonContext]
    /// Each known person's profession, read by the coverage rule for every shift (a `PersonContext`
    /// copied out of `people` would retain and release its name, contracts and assignments).
    let professions: [Int: Profession]
    let centres: [Int: CentreContext]
    let defaults: RuleSettings
    /// What the `openingAmplitude` finding says of each centre whose opening hours fall short of
    /// its target: the same every week, so written once.
    let amplitudeTexts: [Int: String]

    /// Indexes `lists` of shifts (the checked weeks' shifts, then history) for the weeks from
    /// `first` through `last`.
    init(
        from first: ISOWeek, through last: ISOWeek, shifts lists: [[Shift]], people: [PersonContext],
        centres: [CentreContext], defaults: RuleSettings
    ) {
        firstWeek = first
        self.defaults = defaults
        self.people = Dictionary(people.map { ($0.personID, $0) }, uniquingKeysWith: { first, _ in first })
        professions = self.people.mapValues(\.profession)
        self.centres = Dictionary(centres.map { ($0.centreID, $0) }, uniquingKeysWith: { first, _ in first })
        weeksBack = max(2, ([defaults] + centres.map(\.settings)).map(\.limits.averageWeeks).max() ?? 12)
        let weeks = max(1, first.monday.days(until: last.monday) / 7 + 1)
        let grid = DayGrid(from: first.monday.adding(days: -7 * (weeksBack - 1)), count: 7 * (weeksBack + weeks))
        self.grid = grid

        // Each person's shifts into a bucket of their own, and each centre's in the checked weeks
        // into another, in one pass over the lists (not over their concatenation, a copy of every
        // Shift). The centres' buckets keep the order given, usually already by start.
        let checkedDays = (7 * (weeksBack - 1))..<(grid.days.count - 7)
        var personSlots = IDSlots(capacity: people.count), centreSlots = IDSlots(capacity: centres.count)
        var byPersonSlot: [[PlacedShift]] = [], byCentreSlot: [[PlacedShift]] = []
        // Room for an even share of the shifts in each bucket, so that most never grow.
        let total = lists.reduce(0) { $0 + $1.count }
        let perPerson = total / max(1, people.count) + 16
        let perCentre = total * weeks / (weeks + weeksBack) / max(1, centres.count) + 16
        for list in lists {
            for index in list.indices {
                guard let day = grid.index(of: list[index].start) else { continue }
                let placed = PlacedShift(list[index], day: day)
                let person = personSlots.slot(for: placed.personID)
                if person == byPersonSlot.count { byPersonSlot.append(Self.bucket(capacity: perPerson)) }
                byPersonSlot[person].append(placed)
                guard checkedDays.contains(day) else { continue }
                let centre = centreSlots.slot(for: placed.centreID)
                if centre == byCentreSlot.count { byCentreSlot.append(Self.bucket(capacity: perCentre)) }
                byCentreSlot[centre].append(placed)
            }
        }
        var byPerson: [Int: [PlacedShift]] = [:], twins = false
        byPerson.reserveCapacity(personSlots.ids.count)
        for (id, slot) in personSlots.ids {
            let sorted = Self.sortedOnce(byPersonSlot[slot])
            twins = twins || sorted.count != byPersonSlot[slot].count
            byPerson[id] = sorted
        }
        shiftsByPerson = byPerson
        var byCentre: [Int: [PlacedShift]] = [:]
        if twins { // a shift given twice counts once: the centres' lists come from the people's
            for personShifts in byPerson.values {
                for shift in personShifts where checkedDays.contains(shift.day) {
                    byCentre[shift.centreID, default: []].append(shift)
                }
            }
        } else {
            for (id, slot) in centreSlots.ids { byCentre[id] = byCentreSlot[slot] }
        }
        shiftsByCentre = byCentre.mapValues { shifts in
            zip(shifts, shifts.dropFirst()).allSatisfy { $0.start <= $1.start }
                ? shifts : shifts.sorted { $0.start < $1.start }
        }
        amplitudeTexts = self.centres.compactMapValues(CentreCheck.amplitudeText)
    }

    /// An empty list with room for `capacity` shifts.
    static func bucket(capacity: Int) -> [PlacedShift] {
        var bucket: [PlacedShift] = []
        bucket.reserveCapacity(capacity)
        return bucket
    }

    /// Sorted by start then end, a shift given twice (same id) kept once. Copies of a shift share
    /// its start and end, so they are found among neighbours without hashing every id.
    static func sortedOnce(_ shifts: [PlacedShift]) -> [PlacedShift] {
        var result: [PlacedShift] = []
        result.reserveCapacity(shifts.count)
        for shift in inOrder(shifts) {
            let twin = result.reversed().prefix { $0.start == shift.start && $0.end == shift.end }.contains {
                $0.id == shift.id
            }
            if !twin { result.append(shift) }
        }
        return result
    }

    /// Sorted by start then end: as given when already so; merged when made of two sorted runs (the
    /// week's shifts, then the history around it); sorted otherwise.
    static func inOrder(_ shifts: [PlacedShift]) -> [PlacedShift] {
        func before(_ a: PlacedShift, _ b: PlacedShift) -> Bool {
            a.start < b.start || (a.start == b.start && a.end < b.end)
        }
        guard let descent = shifts.indices.dropFirst().first(where: { before(shifts[$0], shifts[$0 - 1]) }) else {
            return shifts
        }
        guard !shifts[descent...].indices.dropFirst().contains(where: { before(shifts[$0], shifts[$0 - 1]) }) else {
            return shifts.sorted(by: before)
        }
        var merged: [PlacedShift] = []
        merged.reserveCapacity(shifts.count)
        var left = 0, right = descent
        while left < descent && right < shifts.count {
            if before(shifts[right], shifts[left]) {
                merged.append(shifts[right])
                right += 1
            } else {
                merged.append(shifts[left])
                left += 1
            }
        }
        merged += shifts[left..<descent]
        merged += shifts[right...]
        return merged
    }
}

/// Dense numbers 0, 1, 2… for ids, in order of first sight, with a small direct-mapped cache in
/// front of the dictionary: placing a shift then rarely hashes its person's or centre's id.
struct IDSlots {
    private(set) var ids: [Int: Int] = [:]
    private var cachedIDs = [Int](repeating: .min, count: 256)
    private var cachedSlots = [Int](repeating: 0, count: 256)

    init(capacity: Int) { ids.reserveCapacity(capacity) }

    /// The slot of `id`; a new one (the count so far) on its first sight.
    mutating func slot(for id: Int) -> Int {
        let line = id & 255
        if cachedIDs[line] == id { return cachedSlots[line] }
        let slot: Int
        if let known = ids[id] {
            slot = known
        } else {
            slot = ids.count
            ids[id] = slot
        }
        cachedIDs[line] = id
        cachedSlots[line] = slot
        return slot
    }
}

/// What the rules of one checked week read: its days in the index's grid, each person's shifts
/// around it, the centres' shifts in it.
///
/// A class: every `PersonCheck` and `CentreCheck` holds it, and copying a struct of ten
/// collections into each of them cost more than some of the rules.
final class CheckContext: Sendable {
    let index: CheckIndex
    let week: ISOWeek
    /// The week's span, Monday 00:00 to the next Monday 00:00.
    let weekInterval: DateInterval
    /// Indices of the checked week's seven days in `grid`.
    let weekDays: Range<Int>
    /// The days a check of this week reads: the averaging period up to it, and the week after.
    let window: Range<Int>

    init(index: CheckIndex, week: ISOWeek) {
        self.index = index
        self.week = week
        let monday = 7 * (index.weeksBack - 1) + index.firstWeek.monday.days(until: week.monday)
        weekDays = monday..<(monday + 7)
        window = (monday - 7 * (index.weeksBack - 1))..<(monday + 14)
        weekInterval = DateInterval(
            start: index.grid.starts[weekDays.lowerBound], end: index.grid.starts[weekDays.upperBound])
    }

    var grid: DayGrid { index.grid }
    var people: [Int: PersonContext] { index.people }
    var professions: [Int: Profession] { index.professions }
    var centres: [Int: CentreContext] { index.centres }
    var defaults: RuleSettings { index.defaults }

    /// A person's shifts starting in the window, sorted.
    func shifts(of personID: Int) -> ArraySlice<PlacedShift> {
        guard let all = index.shiftsByPerson[personID] else { return [] }
        return Self.slice(all[...], days: window)
    }

    /// A centre's shifts starting in the checked week, sorted by start.
    func weekShifts(ofCentre centreID: Int) -> ArraySlice<PlacedShift> {
        guard let all = index.shiftsByCentre[centreID] else { return [] }
        return Self.slice(all[...], days: weekDays)
    }

    /// The shifts starting on `days`, from shifts sorted by start (hence by day).
    static func slice(_ shifts: ArraySlice<PlacedShift>, days: Range<Int>) -> ArraySlice<PlacedShift> {
        shifts[first(in: shifts, fromDay: days.lowerBound)..<first(in: shifts, fromDay: days.upperBound)]
    }

    /// The index of the first shift starting on `day` or later, in shifts sorted by day.
    static func first(in shifts: ArraySlice<PlacedShift>, fromDay day: Int) -> Int {
        var low = shifts.startIndex, high = shifts.endIndex
        while low < high {
            let middle = (low + high) / 2
            if shifts[middle].day < day { low = middle + 1 } else { high = middle }
        }
        return low
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
            DateInterval(
                start: midnight + TimeInterval(range.start.minutes * 60),
                end: midnight + TimeInterval(range.end.minutes * 60))
        }
    }

    /// A centre's name for messages, its number when unknown.
    func centreName(_ id: Int) -> String { centres[id]?.name ?? "centre n° \(id)" }
}
