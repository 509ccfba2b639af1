import Foundation
import Rostering
import RosteringCurtois
import Testing

@Suite struct CurtoisParserTests {
    @Test func itReadsEverySectionOfACRLFFile() throws {
        let instance = try Fixtures.instance(Fixtures.week)
        #expect(instance.days == 7)
        #expect(instance.shifts.map(\.id) == ["D", "N"])
        #expect(instance.shifts[1].forbiddenSuccessors == ["D"])
        #expect(instance.staff.map(\.id) == ["A", "B"])
        #expect(instance.staff[0].maxShifts == ["D": 7, "N": 2])
        #expect(instance.staff[1].maxWeekends == 0)
        #expect(instance.daysOff == ["A": [6]])
        #expect(instance.onRequests.count == 2 && instance.offRequests.count == 1 && instance.covers.count == 3)
    }

    @Test func itMapsTheInstanceOntoTheModel() throws {
        let problem = try Fixtures.instance(Fixtures.week).problem
        #expect(problem.shiftTypes[1].forbiddenSuccessors == [0])
        #expect(problem.staff[1].maxShifts == [7, 0])
        #expect(problem.staff[0].daysOff == [6])
        #expect(problem.requests.filter { $0.kind == .off }.map(\.weight) == [3])
        #expect(
            problem.covers[1] == CoverRequirement(day: 1, shift: 0, requirement: 2, weightUnder: 100, weightOver: 1))
    }

    @Test(arguments: [
        ("A,D=7|N=2,2400,x,3,2,2,1", 11, "SECTION_STAFF : nombre attendu, trouvé « x »"),
        ("A,D=7|N=2,2400,960,3,2,2", 11, "SECTION_STAFF : 8 champs attendus, trouvé 7"),
        ("A,D=7|Q=2,2400,960,3,2,2,1", 11, "SECTION_STAFF : poste inconnu « Q »"),
    ])
    func itNamesTheLineOfABadStaffLine(line: String, number: Int, message: String) {
        let text = Fixtures.week.replacingOccurrences(of: "A,D=7|N=2,2400,960,3,2,2,1", with: line)
        #expect(throws: CurtoisError(line: number, message: message)) { try CurtoisInstance(text: text) }
    }

    @Test func itRejectsADayOutsideTheHorizonAndAnUnknownPerson() {
        let lateCover = Fixtures.week.replacingOccurrences(of: "2,N,1,50,2", with: "9,N,1,50,2")
        #expect(throws: CurtoisError(line: 27, message: "SECTION_COVER : jour 9 hors de l’horizon (0 à 6)")) {
            try CurtoisInstance(text: lateCover)
        }
        let stranger = Fixtures.week.replacingOccurrences(of: "B,3,D,1", with: "Z,3,D,1")
        #expect(throws: CurtoisError(line: 19, message: "SECTION_SHIFT_ON_REQUESTS : personne inconnue « Z »")) {
            try CurtoisInstance(text: stranger)
        }
    }

    @Test func itSaysLineNumberFirstInItsMessage() {
        let error = CurtoisError(line: 12, message: "SECTION_STAFF : nombre attendu, trouvé « x »")
        #expect(error.description == "ligne 12 : SECTION_STAFF : nombre attendu, trouvé « x »")
    }

    @Test func itReadsTheEightBenchmarkInstances() throws {
        let sizes = [
            (14, 8, 1), (14, 14, 2), (14, 20, 3), (28, 10, 2), (28, 16, 2), (28, 18, 3), (28, 20, 3), (28, 30, 4),
        ]
        for (number, size) in sizes.enumerated() {
            guard let text = Fixtures.benchmark("Instance\(number + 1)") else { continue }
            let instance = try CurtoisInstance(text: text)
            #expect((instance.days, instance.staff.count, instance.shifts.count) == size)
        }
    }
}
