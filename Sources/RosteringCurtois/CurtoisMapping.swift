public import Rostering

extension CurtoisInstance {
    /// The instance in the engine's terms: same shift and staff order, covers and requests as
    /// soft terms, every SECTION_STAFF limit and day off as hard rules. No target, no fairness.
    public var problem: RosterProblem {
        let shiftIndex = shiftIndex
        let staffIndex = staffIndex
        let types = shifts.map { shift in
            ShiftType(
                id: shift.id, minutes: shift.minutes,
                forbiddenSuccessors: Set(shift.forbiddenSuccessors.compactMap { shiftIndex[$0] }))
        }
        let members = staff.map { person in
            var member = StaffMember(id: person.id, shiftTypeCount: shifts.count)
            for (t, shift) in shifts.enumerated() {
                if let limit = person.maxShifts[shift.id] { member.maxShifts[t] = limit }
            }
            member.maxTotalMinutes = person.maxTotalMinutes
            member.minTotalMinutes = person.minTotalMinutes
            member.maxConsecutiveShifts = person.maxConsecutiveShifts
            member.minConsecutiveShifts = person.minConsecutiveShifts
            member.minConsecutiveDaysOff = person.minConsecutiveDaysOff
            member.maxWeekends = person.maxWeekends
            member.daysOff = Set(daysOff[person.id] ?? [])
            return member
        }
        var problem = RosterProblem(days: days, shiftTypes: types, staff: members)
        problem.covers = covers.map {
            CoverRequirement(
                day: $0.day, shift: shiftIndex[$0.shift]!, requirement: $0.requirement,
                weightUnder: $0.weightUnder, weightOver: $0.weightOver)
        }
        problem.requests =
            onRequests.map {
                ShiftRequest(
                    .on, staff: staffIndex[$0.staff]!, day: $0.day, shift: shiftIndex[$0.shift]!, weight: $0.weight)
            }
            + offRequests.map {
                ShiftRequest(
                    .off, staff: staffIndex[$0.staff]!, day: $0.day, shift: shiftIndex[$0.shift]!, weight: $0.weight)
            }
        return problem
    }

    /// The roster as text, one line per staff member: the id, then one tab-separated field per
    /// day holding the shift id, empty for a day off.
    public func rosterText(_ roster: Roster) -> String {
        staff.indices.map { s in
            ([staff[s].id] + (0..<days).map { day in roster[s, day].map { shifts[$0].id } ?? "" })
                .joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
    }
}
