import Foundation
import Rostering
import RosteringCurtois

/// Small instances written out in full, with hand-computed objectives in the tests.
enum Fixtures {
    /// 7 days, shifts D (480 min) and N (600 min, D may not follow N), staff A and B.
    static let week = """
        # A week, CRLF line ends
        SECTION_HORIZON
        7

        SECTION_SHIFTS
        # ShiftID, Length in mins, Shifts which cannot follow this shift | separated
        D,480,
        N,600,D

        SECTION_STAFF
        A,D=7|N=2,2400,960,3,2,2,1
        B,D=7|N=0,1920,0,5,1,1,0

        SECTION_DAYS_OFF
        A,6

        SECTION_SHIFT_ON_REQUESTS
        A,0,D,2
        B,3,D,1

        SECTION_SHIFT_OFF_REQUESTS
        A,2,N,3

        SECTION_COVER
        0,D,1,100,1
        1,D,2,100,1
        2,N,1,50,2

        """.replacingOccurrences(of: "\n", with: "\r\n")

    static func instance(_ text: String) throws -> CurtoisInstance {
        try CurtoisInstance(text: text)
    }

    /// A roster from one string per staff member, one character per day ("-" = off).
    static func roster(_ instance: CurtoisInstance, _ rows: [String]) -> Roster {
        let index = instance.shiftIndex
        return Roster(assignments: rows.map { row in row.map { $0 == "-" ? nil : index[String($0)] } })
    }

    /// The instances of the benchmark folder, when present on this machine.
    static func benchmark(_ name: String) -> String? {
        let path = "/work/shared/benchmarks/curtois/\(name).txt"
        return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A random small problem using every model feature, reproducible from `seed`.
    static func randomProblem(seed: UInt64, staff: Int, days: Int, types: Int) -> RosterProblem {
        var rng = SplitMix(seed: seed)
        let shiftTypes = (0..<types).map { t in
            ShiftType(
                id: "S\(t)", minutes: 240 + 60 * rng.below(5),
                forbiddenSuccessors: Set((0..<types).filter { $0 < t && rng.below(2) == 0 }))
        }
        let members = (0..<staff).map { s in
            var member = StaffMember(id: "P\(s)", shiftTypeCount: types)
            member.maxShifts = (0..<types).map { _ in 1 + rng.below(days) }
            member.eligible = (0..<types).map { _ in rng.below(4) != 0 }
            member.maxTotalMinutes = 480 * (1 + rng.below(days))
            member.minTotalMinutes = rng.below(2) * 240
            member.maxConsecutiveShifts = 2 + rng.below(3)
            member.minConsecutiveShifts = 1 + rng.below(2)
            member.minConsecutiveDaysOff = 1 + rng.below(2)
            member.maxWeekends = rng.below(2)
            if rng.below(2) == 0 { member.daysOff = [rng.below(days)] }
            if rng.below(2) == 0 {
                member.targetMinutes = 240 * rng.below(days); member.targetWeightPerHour = 1 + rng.below(5)
            }
            return member
        }
        var problem = RosterProblem(days: days, shiftTypes: shiftTypes, staff: members)
        for day in 0..<days {
            for t in 0..<types where rng.below(3) != 0 {
                problem.covers.append(
                    CoverRequirement(
                        day: day, shift: t, requirement: rng.below(3),
                        weightUnder: 1 + rng.below(30), weightOver: rng.below(5)))
            }
        }
        for _ in 0..<(staff * days / 2) {
            problem.requests.append(
                ShiftRequest(
                    rng.below(2) == 0 ? .on : .off, staff: rng.below(staff),
                    day: rng.below(days), shift: rng.below(types), weight: 1 + rng.below(4)))
        }
        problem.fairness = [
            FairnessTerm(counting: .weekends, weight: 1 + rng.below(3)),
            FairnessTerm(counting: .shiftTypes([0]), weight: 1 + rng.below(3)),
        ]
        return problem
    }
}
