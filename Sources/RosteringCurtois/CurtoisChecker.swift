public import Rostering

/// What the independent checker finds in a roster: its objective and the hard rules it breaks.
public struct CurtoisReport: Sendable, Hashable {
    public var objective: Int
    /// One French line per broken hard rule; empty when the roster is feasible.
    public var violations: [String]
    public var feasible: Bool { violations.isEmpty }
}

/// Scores a roster against a Curtois instance with its own plain loops, sharing no code with the
/// engine, as the benchmark defines it:
/// - forbidden successions only within the horizon (the days around it count as off);
/// - maximum consecutive shifts counted within the horizon (days off around it);
/// - minimum consecutive shifts and minimum consecutive days off are not checked on a run that
///   touches the first or the last day (the roster is taken to go on with more of the same);
/// - a weekend (Saturday 5 + 7k, Sunday 6 + 7k) is worked when either day is.
///
/// ```swift
/// let report = CurtoisChecker.check(instance, roster: result.roster)
/// print(report.objective, report.feasible)
/// ```
public enum CurtoisChecker {
    public static func check(_ instance: CurtoisInstance, roster: Roster) -> CurtoisReport {
        let days = instance.days
        var grid: [[String?]] = []
        for s in instance.staff.indices {
            var row: [String?] = []
            for day in 0..<days {
                if let t = roster[s, day] { row.append(instance.shifts[t].id) } else { row.append(nil) }
            }
            grid.append(row)
        }
        var objective = 0
        var violations: [String] = []

        for cover in instance.covers {
            var count = 0
            for s in instance.staff.indices where grid[s][cover.day] == cover.shift { count += 1 }
            if count < cover.requirement { objective += (cover.requirement - count) * cover.weightUnder }
            if count > cover.requirement { objective += (count - cover.requirement) * cover.weightOver }
        }
        for s in instance.staff.indices {
            let id = instance.staff[s].id
            for request in instance.onRequests where request.staff == id {
                if grid[s][request.day] != request.shift { objective += request.weight }
            }
            for request in instance.offRequests where request.staff == id {
                if grid[s][request.day] == request.shift { objective += request.weight }
            }
        }

        for (s, person) in instance.staff.enumerated() {
            let row = grid[s]
            var minutes = 0
            for day in 0..<days {
                guard let shift = row[day] else { continue }
                for candidate in instance.shifts where candidate.id == shift { minutes += candidate.minutes }
                if (instance.daysOff[person.id] ?? []).contains(day) {
                    violations.append("\(person.id) : travaille le jour \(day), jour de repos")
                }
                if day + 1 < days, let next = row[day + 1] {
                    for candidate in instance.shifts
                    where candidate.id == shift && candidate.forbiddenSuccessors.contains(next) {
                        violations.append("\(person.id) : \(next) le jour \(day + 1) ne peut pas suivre \(shift)")
                    }
                }
            }
            for (shift, limit) in person.maxShifts {
                var count = 0
                for day in 0..<days where row[day] == shift { count += 1 }
                if count > limit { violations.append("\(person.id) : \(count) postes \(shift), maximum \(limit)") }
            }
            if minutes > person.maxTotalMinutes {
                violations.append("\(person.id) : \(minutes) minutes, maximum \(person.maxTotalMinutes)")
            }
            if minutes < person.minTotalMinutes {
                violations.append("\(person.id) : \(minutes) minutes, minimum \(person.minTotalMinutes)")
            }
            var run = 0
            for day in 0..<days {
                run = row[day] != nil ? run + 1 : 0
                if run == person.maxConsecutiveShifts + 1 {
                    violations.append(
                        "\(person.id) : plus de \(person.maxConsecutiveShifts) jours travaillés de suite (jour \(day))")
                }
            }
            for length in 1..<max(person.minConsecutiveShifts, 1) {
                for first in 1..<max(1, days - length) where first + length < days {
                    let before = row[first - 1] == nil, after = row[first + length] == nil
                    let worked = (first..<(first + length)).allSatisfy { row[$0] != nil }
                    if before, after, worked {
                        violations.append(
                            "\(person.id) : \(length) jour(s) travaillé(s) seulement à partir du jour \(first)")
                    }
                }
            }
            for length in 1..<max(person.minConsecutiveDaysOff, 1) {
                for first in 1..<max(1, days - length) where first + length < days {
                    let before = row[first - 1] != nil, after = row[first + length] != nil
                    let rested = (first..<(first + length)).allSatisfy { row[$0] == nil }
                    if before, after, rested {
                        violations.append(
                            "\(person.id) : \(length) jour(s) de repos seulement à partir du jour \(first)")
                    }
                }
            }
            var weekends = 0
            var saturday = 5
            while saturday < days {
                if row[saturday] != nil || (saturday + 1 < days && row[saturday + 1] != nil) { weekends += 1 }
                saturday += 7
            }
            if weekends > person.maxWeekends {
                violations.append("\(person.id) : \(weekends) week-ends travaillés, maximum \(person.maxWeekends)")
            }
        }
        return CurtoisReport(objective: objective, violations: violations)
    }
}
