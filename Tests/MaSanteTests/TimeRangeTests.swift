import MaSante
import Testing

@Suite struct TimeRangeTests {
    @Test(arguments: ["08:30-12:30", "8h30 - 12h30", "08:30–12:30", "8h30 à 12h30", " 08:30 — 12:30 "])
    func rangesAreReadWithAnyDash(text: String) throws {
        let range = try TimeRange.parse(text)
        #expect(range.description == "08:30-12:30")
        #expect(range.minutes == 240)
    }

    @Test func theEndMustComeAfterTheStart() {
        #expect(throws: FieldError("plage horaire invalide « 12:30-08:30 » : la fin doit être après le début")) {
            try TimeRange.parse("12:30-08:30")
        }
        #expect(throws: FieldError("plage horaire invalide « 10:00-10:00 » : la fin doit être après le début")) {
            try TimeRange.parse("10:00-10:00")
        }
    }

    @Test func aBadTimeInsideARangeIsNamed() {
        #expect(
            throws: FieldError(
                "plage horaire invalide « 08:30-25:00 » : heure invalide « 25:00 » : attendu HH:MM, par exemple 08:30 ou 8h30"
            )
        ) {
            try TimeRange.parse("08:30-25:00")
        }
    }

    @Test func textWithoutTwoTimesIsRefused() {
        #expect(throws: FieldError("plage horaire invalide « 08:30 » : attendu HH:MM-HH:MM, par exemple 08:30-12:30")) {
            try TimeRange.parse("08:30")
        }
    }

    @Test func aRangeMayEndAtMidnight() throws {
        #expect(try TimeRange.parse("20:00-24:00").minutes == 240)
    }

    @Test func touchingRangesDoNotOverlap() throws {
        let morning = try TimeRange.parse("08:00-12:00")
        #expect(!morning.overlaps(try TimeRange.parse("12:00-14:00")))
        #expect(morning.overlaps(try TimeRange.parse("11:59-14:00")))
    }
}
