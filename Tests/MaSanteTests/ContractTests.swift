import MaSante
import Testing

@Suite struct ContractTests {
    let start = CalendarDate(year: 2024, month: 1, day: 2)!

    @Test func contractTypesAreReadInAnyCase() throws {
        #expect(try ContractType.parse("cdi") == .cdi)
        #expect(try ContractType.parse(" CDD ") == .cdd)
        #expect(throws: FieldError("type de contrat invalide « intérim » : valeurs possibles CDI, CDD")) {
            try ContractType.parse("intérim")
        }
    }

    @Test func partTimeIsAFractionOfThirtyFiveHours() throws {
        #expect(try Contract(type: .cdi, start: start, end: nil, weeklyHours: 17.5).fte == 0.5)
        #expect(try Contract(type: .cdi, start: start, end: nil, weeklyHours: 35).fte == 1)
    }

    @Test(arguments: [(40.0, "40"), (0, "0"), (-5, "-5"), (35.5, "35,5")])
    func hoursOutsideZeroToThirtyFiveAreRefused(hours: Double, shown: String) {
        #expect(throws: FieldError("heures hebdomadaires invalides (\(shown)) : entre 0 (exclu) et 35")) {
            try Contract(type: .cdi, start: start, end: nil, weeklyHours: hours)
        }
    }

    @Test func notANumberIsRefused() {
        #expect(throws: FieldError.self) { try Contract(type: .cdi, start: start, end: nil, weeklyHours: .nan) }
    }

    @Test func theEndCannotPrecedeTheStart() {
        #expect(throws: FieldError("la date de fin (01/01/2024) précède la date de début (02/01/2024)")) {
            try Contract(type: .cdd, start: start, end: start.adding(days: -1), weeklyHours: 35)
        }
    }

    @Test func aFixedTermContractNeedsAnEnd() throws {
        #expect(throws: FieldError("un CDD doit avoir une date de fin")) {
            try Contract(type: .cdd, start: start, end: nil, weeklyHours: 35)
        }
        #expect(try Contract(type: .cdd, start: start, end: start, weeklyHours: 35).end == start)
    }

    @Test func aContractCoversTheDaysBetweenItsEndsIncluded() throws {
        let end = start.adding(days: 30)
        let contract = try Contract(type: .cdd, start: start, end: end, weeklyHours: 35)
        #expect(contract.covers(start))
        #expect(contract.covers(end))
        #expect(!contract.covers(start.adding(days: -1)))
        #expect(!contract.covers(end.adding(days: 1)))
        #expect(try Contract(type: .cdi, start: start, end: nil, weeklyHours: 35).covers(start.adding(days: 10_000)))
    }
}
