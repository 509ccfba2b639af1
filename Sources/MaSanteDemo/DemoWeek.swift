import Foundation
public import MaSante

/// Demo weeks, planned as a manager would by hand: each opening range gets a doctor
/// (consultations, the evening hour as unscheduled care) and a secretary, chosen among the
/// centre's staff with the most contract hours left, within the daily limits; then the others'
/// free days are filled with consultations (one home-visit round a week).
public enum DemoWeek {
    /// Greedy cover of each opening range of `centre` in `week` by one doctor and one secretary among
    /// `staff`; `weekShifts` are the week's shifts at every centre (time worked elsewhere counts).
    public static func shifts(
        week: ISOWeek, centre: CentreContext, staff: [PersonContext], weekShifts: [Shift]
    ) -> [Shift] {
        let people = staff.sorted { $0.personID < $1.personID }
        var left: [Int: TimeInterval] = [:], daily: [Int: [CalendarDate: TimeInterval]] = [:]
        for person in people { left[person.personID] = (person.contract(on: week.monday)?.weeklyHours ?? 0) * 3600 }
        var busyElsewhere = Set<String>()
        for shift in weekShifts where shift.centreID != centre.centreID {
            busyElsewhere.insert("\(shift.personID)|\(shift.day)")
            left[shift.personID, default: 0] -= shift.duration
        }
        let free = { (person: PersonContext, day: CalendarDate) in
            !busyElsewhere.contains("\(person.personID)|\(day)") && person.isAvailable(in: centre.centreID, on: day)
                && person.contract(on: day) != nil
        }
        var shifts: [Shift] = []
        for day in week.days {
            let ranges = centre.openIntervals(on: day)
            for range in ranges {
                for wantsDoctor in [true, false] {
                    let candidates = people.filter { person in
                        (wantsDoctor ? person.profession == .medecinGeneraliste : person.isSecretary)
                            && free(person, day)
                            && (daily[person.personID]?[day] ?? 0) + range.duration <= 10 * 3600
                            && (daily[person.personID]?.count ?? 0) < 5 + (daily[person.personID]?[day] == nil ? 0 : 1)
                    }
                    guard
                        let chosen = candidates.max(by: {
                            (left[$0.personID] ?? 0, -$0.personID) < (left[$1.personID] ?? 0, -$1.personID)
                        })
                    else { continue }
                    left[chosen.personID, default: 0] -= range.duration
                    daily[chosen.personID, default: [:]][day, default: 0] += range.duration
                    shifts += pieces(
                        of: range, person: chosen.personID, centre: centre.centreID, doctor: wantsDoctor,
                        lastOfDay: range == ranges.last)
                }
            }
        }
        var homeVisitPlanned = false
        for person in people where !person.isSecretary {
            for day in week.days where daily[person.personID]?[day] == nil && (daily[person.personID]?.count ?? 0) < 5 {
                guard free(person, day) else { continue }
                for range in centre.openIntervals(on: day) where (left[person.personID] ?? 0) >= range.duration {
                    let visit =
                        person.isDoctor && !homeVisitPlanned && range.end.timeIntervalSince(range.start) >= 3 * 3600
                    homeVisitPlanned = homeVisitPlanned || visit
                    left[person.personID, default: 0] -= range.duration
                    daily[person.personID, default: [:]][day, default: 0] += range.duration
                    if let shift = try? Shift(
                        personID: person.personID, centreID: centre.centreID, start: range.start, end: range.end,
                        activity: visit ? .visiteDomicile : .consultation)
                    {
                        shifts.append(shift)
                    }
                }
            }
        }
        return shifts
    }

    /// A doctor's last range of the day ends with an hour of unscheduled care; a secretary's is one shift.
    private static func pieces(
        of range: DateInterval, person: Int, centre: Int, doctor: Bool, lastOfDay: Bool
    ) -> [Shift] {
        guard doctor else {
            return [
                try? Shift(
                    personID: person, centreID: centre, start: range.start, end: range.end, activity: .secretariat)
            ].compactMap { $0 }
        }
        guard lastOfDay, range.duration >= 2 * 3600 else {
            return [
                try? Shift(
                    personID: person, centreID: centre, start: range.start, end: range.end, activity: .consultation)
            ].compactMap { $0 }
        }
        let split = range.end.addingTimeInterval(-3600)
        return [
            try? Shift(personID: person, centreID: centre, start: range.start, end: split, activity: .consultation),
            try? Shift(personID: person, centreID: centre, start: split, end: range.end, activity: .soinsNonProgrammes),
        ].compactMap { $0 }
    }
}
