import Foundation
public import MaSante
package import PQ
import MaSantePostgres

/// What planning the demo weeks did: weeks planned, shifts written, weeks published.
public struct DemoScheduleSummary: Sendable {
    public var weeks = 0
    public var shifts = 0
    public var published = 0
    /// Weeks left in draft because the staff could not cover them (the checker says why).
    public var drafts: [String] = []
}

/// Plans demo weeks for every open centre, as a manager would by hand: each opening range gets
/// a doctor (consultations, the evening hour as unscheduled care) and a secretary, chosen among
/// the centre's staff with the most contract hours left, within the daily limits; then the
/// others' free days are filled with consultations (one home-visit round a week). A week with no
/// blocking finding is published; the others stay drafts for `planning verifier` to explain.
/// Weeks already planned are left as they are, so loading twice changes nothing.
public struct DemoSchedule {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    public func plan(weeks: [ISOWeek], publish: Bool) throws -> DemoScheduleSummary {
        var summary = DemoScheduleSummary()
        let centres = try connection.query("SELECT id, name FROM centres WHERE status = 'ouvert' ORDER BY id").map { try $0.decode((Int, String).self) }
        for week in weeks {
            for (centreID, name) in centres {
                let planned = try connection.query("SELECT 1 FROM planning_weeks WHERE centre_id = \(centreID) AND week = \(week.description)")
                guard planned.isEmpty else { continue }
                let snapshot = try PlanningSnapshot(connection: connection, centreID: centreID, week: week)
                var edit = PlanningEdit()
                for shift in Self.shifts(snapshot) { edit.add(shift) }
                guard !edit.additions.isEmpty else { continue }
                _ = try PlanningEditor(connection: connection).apply(edit)
                summary.weeks += 1
                summary.shifts += edit.additions.count
                guard publish else { continue }
                do {
                    _ = try PlanningEditor(connection: connection).publish(centreID: centreID, week: week)
                    summary.published += 1
                } catch is BlockingFindings {
                    summary.drafts.append("\(name) \(week)")
                }
            }
        }
        return summary
    }

    /// Greedy cover of each opening range by one doctor and one secretary.
    static func shifts(_ snapshot: PlanningSnapshot) -> [Shift] {
        guard let centre = snapshot.centres[snapshot.centreID] else { return [] }
        let people = snapshot.people.values.sorted { $0.personID < $1.personID }
        var left: [Int: TimeInterval] = [:], daily: [Int: [CalendarDate: TimeInterval]] = [:]
        for person in people { left[person.personID] = (person.contract(on: snapshot.week.monday)?.weeklyHours ?? 0) * 3600 }
        var busyElsewhere = Set<String>()
        for shift in snapshot.weekShifts where shift.centreID != snapshot.centreID {
            busyElsewhere.insert("\(shift.personID)|\(shift.day)")
            left[shift.personID, default: 0] -= shift.duration
        }
        let free = { (person: PersonContext, day: CalendarDate) in
            !busyElsewhere.contains("\(person.personID)|\(day)") && person.isAssigned(to: centre.centreID, on: day) && person.contract(on: day) != nil
        }
        var shifts: [Shift] = []
        for day in snapshot.week.days {
            let ranges = centre.openIntervals(on: day)
            for range in ranges {
                for wantsDoctor in [true, false] {
                    let candidates = people.filter { person in
                        (wantsDoctor ? person.profession == .medecinGeneraliste : person.isSecretary)
                            && free(person, day)
                            && (daily[person.personID]?[day] ?? 0) + range.duration <= 10 * 3600
                            && (daily[person.personID]?.count ?? 0) < 5 + (daily[person.personID]?[day] == nil ? 0 : 1)
                    }
                    guard let chosen = candidates.max(by: { (left[$0.personID] ?? 0, -$0.personID) < (left[$1.personID] ?? 0, -$1.personID) }) else { continue }
                    left[chosen.personID, default: 0] -= range.duration
                    daily[chosen.personID, default: [:]][day, default: 0] += range.duration
                    shifts += pieces(of: range, person: chosen.personID, centre: centre.centreID, doctor: wantsDoctor, lastOfDay: range == ranges.last)
                }
            }
        }
        var homeVisitPlanned = false
        for person in people where !person.isSecretary {
            for day in snapshot.week.days where daily[person.personID]?[day] == nil && (daily[person.personID]?.count ?? 0) < 5 {
                guard free(person, day) else { continue }
                for range in centre.openIntervals(on: day) where (left[person.personID] ?? 0) >= range.duration {
                    let visit = person.isDoctor && !homeVisitPlanned && range.end.timeIntervalSince(range.start) >= 3 * 3600
                    homeVisitPlanned = homeVisitPlanned || visit
                    left[person.personID, default: 0] -= range.duration
                    daily[person.personID, default: [:]][day, default: 0] += range.duration
                    if let shift = try? Shift(personID: person.personID, centreID: centre.centreID, start: range.start, end: range.end,
                                              activity: visit ? .visiteDomicile : .consultation) {
                        shifts.append(shift)
                    }
                }
            }
        }
        return shifts
    }

    /// A doctor's last range of the day ends with an hour of unscheduled care; a secretary's is one shift.
    private static func pieces(of range: DateInterval, person: Int, centre: Int, doctor: Bool, lastOfDay: Bool) -> [Shift] {
        guard doctor else {
            return [try? Shift(personID: person, centreID: centre, start: range.start, end: range.end, activity: .secretariat)].compactMap { $0 }
        }
        guard lastOfDay, range.duration >= 2 * 3600 else {
            return [try? Shift(personID: person, centreID: centre, start: range.start, end: range.end, activity: .consultation)].compactMap { $0 }
        }
        let split = range.end.addingTimeInterval(-3600)
        return [try? Shift(personID: person, centreID: centre, start: range.start, end: split, activity: .consultation),
                try? Shift(personID: person, centreID: centre, start: split, end: range.end, activity: .soinsNonProgrammes)].compactMap { $0 }
    }
}
