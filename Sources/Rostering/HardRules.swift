/// One broken hard rule of a roster, located precisely enough to be shown to a planner.
///
/// `description` is the French text for the user; runs are given by their first day.
public enum HardViolation: Sendable, Hashable, CustomStringConvertible {
    case ineligible(staff: Int, day: Int, shift: Int)
    case dayOff(staff: Int, day: Int)
    case pinnedChanged(staff: Int, day: Int)
    case forbiddenSuccession(staff: Int, day: Int, shift: Int, next: Int)
    case maxShifts(staff: Int, shift: Int, count: Int, limit: Int)
    case maxTotalMinutes(staff: Int, minutes: Int, limit: Int)
    case minTotalMinutes(staff: Int, minutes: Int, limit: Int)
    case maxConsecutiveShifts(staff: Int, firstDay: Int, length: Int, limit: Int)
    case minConsecutiveShifts(staff: Int, firstDay: Int, length: Int, limit: Int)
    case minConsecutiveDaysOff(staff: Int, firstDay: Int, length: Int, limit: Int)
    case maxWeekends(staff: Int, count: Int, limit: Int)

    public var staff: Int {
        switch self {
        case .ineligible(let s, _, _), .dayOff(let s, _), .pinnedChanged(let s, _),
            .forbiddenSuccession(let s, _, _, _), .maxShifts(let s, _, _, _),
            .maxTotalMinutes(let s, _, _), .minTotalMinutes(let s, _, _),
            .maxConsecutiveShifts(let s, _, _, _), .minConsecutiveShifts(let s, _, _, _),
            .minConsecutiveDaysOff(let s, _, _, _), .maxWeekends(let s, _, _):
            return s
        }
    }

    public var description: String {
        switch self {
        case .ineligible(_, let day, let shift):
            return "poste \(shift) non autorisé (jour \(day))"
        case .dayOff(_, let day):
            return "jour de repos (jour \(day))"
        case .pinnedChanged(_, let day):
            return "affectation imposée modifiée (jour \(day))"
        case .forbiddenSuccession(_, let day, let shift, let next):
            return "succession interdite après le jour \(day) poste \(shift) (poste \(next) le lendemain)"
        case .maxShifts(_, let shift, let count, let limit):
            return "nombre maximal de postes \(shift) (\(count) > \(limit))"
        case .maxTotalMinutes(_, let minutes, let limit):
            return "durée totale maximale (\(minutes) min > \(limit) min)"
        case .minTotalMinutes(_, let minutes, let limit):
            return "durée totale minimale (\(minutes) min < \(limit) min)"
        case .maxConsecutiveShifts(_, let first, let length, let limit):
            return "jours travaillés consécutifs maximum (\(length) > \(limit) à partir du jour \(first))"
        case .minConsecutiveShifts(_, let first, let length, let limit):
            return "jours travaillés consécutifs minimum (\(length) < \(limit) à partir du jour \(first))"
        case .minConsecutiveDaysOff(_, let first, let length, let limit):
            return "jours de repos consécutifs minimum (\(length) < \(limit) à partir du jour \(first))"
        case .maxWeekends(_, let count, let limit):
            return "nombre maximal de week-ends travaillés (\(count) > \(limit))"
        }
    }
}

extension RosterProblem {
    /// Every hard rule that `roster` breaks, row by row, recomputed from scratch.
    public func violations(of roster: Roster) -> [HardViolation] {
        var found: [HardViolation] = []
        for s in staff.indices {
            found += violations(ofRow: roster.assignments[s], staff: s)
        }
        var pinnedSeen = Set<Int>()
        for pin in pinned where pinnedSeen.insert(pin.staff * days + pin.day).inserted {
            if roster[pin.staff, pin.day] != pin.shift {
                found.append(.pinnedChanged(staff: pin.staff, day: pin.day))
            }
        }
        return found
    }

    /// The hard rules broken by one staff member's row (pinned assignments aside).
    public func violations(ofRow row: [Int?], staff s: Int) -> [HardViolation] {
        let person = staff[s]
        var found: [HardViolation] = []
        var counts = Array(repeating: 0, count: shiftTypes.count)
        var minutes = 0
        for day in 0..<days {
            guard let shift = row[day] else { continue }
            counts[shift] += 1
            minutes += shiftTypes[shift].minutes
            if !person.eligible[shift] { found.append(.ineligible(staff: s, day: day, shift: shift)) }
            if person.daysOff.contains(day) { found.append(.dayOff(staff: s, day: day)) }
            if day + 1 < days, let next = row[day + 1], shiftTypes[shift].forbiddenSuccessors.contains(next) {
                found.append(.forbiddenSuccession(staff: s, day: day, shift: shift, next: next))
            }
        }
        for (shift, count) in counts.enumerated() where count > person.maxShifts[shift] {
            found.append(.maxShifts(staff: s, shift: shift, count: count, limit: person.maxShifts[shift]))
        }
        if minutes > person.maxTotalMinutes {
            found.append(.maxTotalMinutes(staff: s, minutes: minutes, limit: person.maxTotalMinutes))
        }
        if minutes < person.minTotalMinutes {
            found.append(.minTotalMinutes(staff: s, minutes: minutes, limit: person.minTotalMinutes))
        }
        var start = 0
        while start < days {
            let working = row[start] != nil
            var end = start
            while end + 1 < days, (row[end + 1] != nil) == working { end += 1 }
            let length = end - start + 1
            let inner = start > 0 && end < days - 1
            if working, length > person.maxConsecutiveShifts {
                found.append(
                    .maxConsecutiveShifts(staff: s, firstDay: start, length: length, limit: person.maxConsecutiveShifts)
                )
            }
            if working, inner, length < person.minConsecutiveShifts {
                found.append(
                    .minConsecutiveShifts(staff: s, firstDay: start, length: length, limit: person.minConsecutiveShifts)
                )
            }
            if !working, inner, length < person.minConsecutiveDaysOff {
                found.append(
                    .minConsecutiveDaysOff(
                        staff: s, firstDay: start, length: length, limit: person.minConsecutiveDaysOff))
            }
            start = end + 1
        }
        var weekends = 0
        for weekend in 0..<weekendCount {
            let saturday = weekend * 7 + 5
            if row[saturday] != nil || (saturday + 1 < days && row[saturday + 1] != nil) { weekends += 1 }
        }
        if weekends > person.maxWeekends {
            found.append(.maxWeekends(staff: s, count: weekends, limit: person.maxWeekends))
        }
        return found
    }
}
