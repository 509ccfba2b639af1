import MaSante
import Testing

@Suite struct OpeningHoursTests {
    @Test(arguments: [
        "08:30-12:30 14:00-19:00", "08:30-12:30, 14:00-19:00", "08:30-12:30;14:00-19:00", "8h30-12h30 / 14h-19h",
        "8h30 - 12h30 et 14h - 19h", "14:00-19:00 08:30-12:30", "08:30–12:30  14:00–19:00",
    ])
    func aDayIsReadWhateverTheSeparator(text: String) throws {
        let ranges = try OpeningHours.parseDay(text)
        #expect(OpeningHours.dayText(ranges) == "08:30-12:30 14:00-19:00")
    }

    @Test(arguments: ["", "  ", "fermé", "Fermé", "FERME", "-"])
    func emptyOrClosedMeansNoRange(text: String) throws {
        #expect(try OpeningHours.parseDay(text).isEmpty)
    }

    @Test func overlappingRangesAreRefused() {
        #expect(throws: FieldError("les plages 08:30-12:30 et 12:00-14:00 se chevauchent")) {
            try OpeningHours.parseDay("08:30-12:30 12:00-14:00")
        }
    }

    @Test func touchingRangesAreAllowed() throws {
        #expect(try OpeningHours.parseDay("08:00-12:00 12:00-14:00").count == 2)
    }

    @Test func aBadRangeIsNamed() {
        #expect(throws: FieldError("plage horaire invalide « 14:00 » : attendu HH:MM-HH:MM, par exemple 08:30-12:30")) {
            try OpeningHours.parseDay("08:30-12:30 14:00")
        }
    }

    @Test func aWeekSumsItsMinutesAndListsItsOpenDays() throws {
        let day = try OpeningHours.parseDay("08:00-12:00 14:00-20:00")
        var ranges: [Weekday: [TimeRange]] = [:]
        for weekday in [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi] { ranges[weekday] = day }
        ranges[.samedi] = try OpeningHours.parseDay("08:00-12:00")
        ranges[.dimanche] = []
        let hours = try OpeningHours(ranges: ranges)
        #expect(hours.weeklyMinutes == 5 * 600 + 240)
        #expect(hours.openDays == [.lundi, .mardi, .mercredi, .jeudi, .vendredi, .samedi])
        #expect(hours.ranges(on: .dimanche).isEmpty)
        #expect(hours == (try OpeningHours(ranges: ranges.filter { !$0.value.isEmpty })))
    }

    @Test func overlapsAreRefusedWhenBuildingAWeekAndTheDayIsNamed() throws {
        let ranges = [try TimeRange.parse("08:00-12:00"), try TimeRange.parse("11:00-13:00")]
        #expect(throws: FieldError("mardi : les plages 08:00-12:00 et 11:00-13:00 se chevauchent")) {
            try OpeningHours(ranges: [.mardi: ranges])
        }
    }

    @Test func settingADayReplacesItAndAnEmptyListClosesIt() throws {
        var hours = OpeningHours()
        try hours.set(OpeningHours.parseDay("14:00-18:00 08:00-12:00"), on: .jeudi)
        #expect(OpeningHours.dayText(hours.ranges(on: .jeudi)) == "08:00-12:00 14:00-18:00")
        try hours.set([], on: .jeudi)
        #expect(hours == OpeningHours())
        #expect(OpeningHours.dayText([]) == "")
    }
}
