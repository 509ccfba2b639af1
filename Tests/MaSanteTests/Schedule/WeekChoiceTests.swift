import MaSante
import Testing

@Suite struct WeekChoiceTests {
    /// Wednesday 9 December 2026, in week 50 (7–13 December).
    static let today = CalendarDate(year: 2026, month: 12, day: 9)!

    static func week(_ text: String) throws -> String { try WeekChoice.parse(text, today: today).description }

    @Test(arguments: [
        "2026-W50", "2026w50", "07/12/2026", "2026-12-07", "13/12/2026", "9/12/2026", "courante", "Courante",
        "en cours",
    ])
    func aWeekIsNamedByItsNumberAnyOfItsDaysOrAsTheCurrentOne(text: String) throws {
        #expect(try Self.week(text) == "2026-W50")
    }

    @Test func nextAndPreviousWeeksAreNamedInWords() throws {
        #expect(try Self.week("prochaine") == "2026-W51")
        #expect(try Self.week("Suivante") == "2026-W51")
        #expect(try Self.week("précédente") == "2026-W49")
    }

    @Test func wordsCountFromTheLastWeekOfTheYearIntoTheNext() throws {
        let sunday = CalendarDate(year: 2027, month: 1, day: 3)!
        #expect(try WeekChoice.parse("courante", today: sunday).description == "2026-W53")
        #expect(try WeekChoice.parse("prochaine", today: sunday).description == "2027-W01")
    }

    @Test func aDayNearNewYearBelongsToItsISOWeek() throws {
        #expect(try Self.week("01/01/2027") == "2026-W53")
        #expect(try Self.week("2025-12-29") == "2026-W01")
    }

    @Test func aDayThatDoesNotExistIsRefusedAsADate() {
        #expect(throws: FieldError("date invalide « 31/02/2026 » : ce jour n'existe pas")) {
            try Self.week("31/02/2026")
        }
    }

    @Test func aWeekThatDoesNotExistIsRefusedAsAWeek() {
        #expect(throws: FieldError("la semaine 2026-W54 n'existe pas : l'année 2026 compte 53 semaines ISO")) {
            try Self.week("2026-W54")
        }
    }

    @Test(arguments: ["demain", "", "50", "décembre"])
    func anythingElseIsRefusedWithWhatIsAccepted(text: String) {
        #expect(throws: FieldError("semaine invalide « \(text) » : attendu \(WeekChoice.accepted)")) {
            try Self.week(text)
        }
    }
}
