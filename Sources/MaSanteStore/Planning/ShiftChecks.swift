import Foundation
import MaSante
import PQ

/// The checks an edit passes before anything is written, each problem tied to its line: the
/// person is assigned to the centre that day, and no new shift overlaps another one of the same
/// person (in the edit, or already planned in any centre and not being removed).
struct ShiftChecks {
    let connection: Connection

    func verify(_ edit: PlanningEdit) throws {
        guard !edit.additions.isEmpty else { return }
        var issues = IssueCollector()
        let peopleIDs = Set(edit.additions.map(\.shift.personID))
        let ids = Array(peopleIDs)
        var names: [Int: String] = [:], assignments: [Int: [CentreAssignment]] = [:]
        for row in try connection.query(
            """
            SELECT id, first_name || ' ' || last_name FROM people WHERE id = ANY(\(ids))
            """)
        {
            let (id, name) = try row.decode((Int, String).self)
            names[id] = name
        }
        for row in try connection.query(
            """
            SELECT person_id, centre_id, starts_on, ends_on FROM assignments WHERE person_id = ANY(\(ids))
            """)
        {
            let (person, centre, start, end) = try row.decode((Int, Int, CalendarDate, CalendarDate?).self)
            assignments[person, default: []].append(CentreAssignment(centreID: centre, start: start, end: end))
        }
        let centreIDs = Array(Set(edit.additions.map(\.shift.centreID)))
        var centreNames: [Int: String] = [:]
        for row in try connection.query("SELECT id, name FROM centres WHERE id = ANY(\(centreIDs))") {
            let (id, name) = try row.decode((Int, String).self)
            centreNames[id] = name
        }
        for addition in edit.additions {
            let line = addition.line, shift = addition.shift
            guard let name = names[shift.personID] else {
                issues.add(
                    ImportIssue(line: line, column: "personne", message: "personne n°\(shift.personID) inconnue"))
                continue
            }
            if !(assignments[shift.personID] ?? []).contains(where: {
                $0.centreID == shift.centreID && $0.covers(shift.day)
            }) {
                issues.add(
                    ImportIssue(
                        line: line, column: "personne",
                        message:
                            "\(name) n'est pas affecté·e au centre « \(centreNames[shift.centreID] ?? "n°\(shift.centreID)") » le \(ScheduleFrench.date(shift.day))"
                    ))
            }
        }
        let existing = try existingShifts(
            of: ids, around: edit.additions.map(\.shift), excluding: Set(edit.removals), centreNames: centreNames)
        for addition in edit.additions {
            let line = addition.line, shift = addition.shift
            let name = names[shift.personID] ?? "n°\(shift.personID)"
            for other in existing[shift.personID] ?? []
            where other.shift.interval.intersection(with: shift.interval).map({ $0.duration > 0 }) == true {
                issues.add(
                    ImportIssue(
                        line: line,
                        message:
                            "\(name) est déjà planifié·e \(ScheduleFrench.period(other.shift.interval)) (\(other.shift.activity.label.lowercased()), \(other.centre)) : un service ne peut pas en chevaucher un autre"
                    ))
            }
        }
        issues.add(contentsOf: Self.overlapsWithin(edit.additions) { names[$0] ?? "n°\($0)" })
        if !issues.isEmpty { throw issues.rejection() }
    }

    private func existingShifts(
        of ids: [Int], around shifts: [Shift], excluding removed: Set<UUID>,
        centreNames: [Int: String]
    ) throws -> [Int: [(shift: Shift, centre: String)]] {
        guard let first = shifts.map(\.start).min(), let last = shifts.map(\.end).max() else { return [:] }
        var found: [Int: [(shift: Shift, centre: String)]] = [:]
        for row in try connection.query(
            """
            SELECT s.id, s.person_id, s.centre_id, s.starts_at, s.ends_at, s.activity, s.place, c.name
            FROM shifts s JOIN centres c ON c.id = s.centre_id
            WHERE s.person_id = ANY(\(ids))
              AND tstzrange(s.starts_at, s.ends_at) && tstzrange(\(first), \(last))
            UNION ALL
            SELECT *, 'un autre centre' FROM (\(unsafeRaw: PlanningSnapshot.unseenShifts)) AS s
            WHERE s.person_id = ANY(\(ids))
              AND tstzrange(s.starts_at, s.ends_at) && tstzrange(\(first), \(last))
            """)
        {
            let shift = try PlanningSnapshot.shift(row)
            guard !removed.contains(shift.id) else { continue }
            found[shift.personID, default: []].append((shift, try row.decode(String.self, column: 7)))
        }
        return found
    }

    /// Two added shifts of one person that overlap: the later line is at fault.
    static func overlapsWithin(_ additions: [PlanningEdit.Addition], name: (Int) -> String) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        for (_, own) in Dictionary(grouping: additions, by: \.shift.personID) {
            let sorted = own.sorted { $0.shift.start < $1.shift.start }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.shift.start < earlier.shift.end {
                let period = ScheduleFrench.period(later.shift.interval),
                    earlierPeriod = ScheduleFrench.period(earlier.shift.interval)
                issues.append(
                    ImportIssue(
                        line: later.line,
                        message:
                            "\(name(later.shift.personID)) : ce service (\(period)) chevauche celui de la ligne \(earlier.line) (\(earlierPeriod))"
                    ))
            }
        }
        return issues
    }
}
