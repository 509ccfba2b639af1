import MaSante
import Testing

@Suite struct TimeOfDayTests {
    @Test(arguments: ["08:30", "8:30", "8h30", "8H30", "08:30:00", " 8h30 "])
    func usualWaysOfWritingATimeAreRead(text: String) throws {
        #expect(try TimeOfDay.parse(text) == TimeOfDay(hour: 8, minute: 30))
    }

    @Test func anHourAloneMeansOClock() throws {
        #expect(try TimeOfDay.parse("8h").description == "08:00")
    }

    @Test func midnightCanEndTheDay() throws {
        #expect(try TimeOfDay.parse("24:00").minutes == 1440)
        #expect(TimeOfDay(hour: 24, minute: 1) == nil)
    }

    @Test(arguments: ["25:00", "08:60", "08:30:15", "8:5", "huit heures", "", "08-30", "8h30h", "-1:00"])
    func impossibleTimesAreRefused(text: String) {
        #expect(throws: FieldError("heure invalide « \(text) » : attendu HH:MM, par exemple 08:30 ou 8h30")) {
            try TimeOfDay.parse(text)
        }
    }

    @Test func timesAreOrderedAndWrittenWithTwoDigitHours() throws {
        #expect(try TimeOfDay.parse("9h") < TimeOfDay.parse("10h"))
        #expect(TimeOfDay(hour: 7, minute: 5)?.description == "07:05")
    }
}
