import MaSante
import Testing

@Suite struct WeekdayTests {
    @Test func weekdaysAreNumberedTheISOWayWithFrenchNames() {
        #expect(Weekday.lundi.rawValue == 1)
        #expect(Weekday.dimanche.rawValue == 7)
        #expect(
            Weekday.allCases.map(\.label) == ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])
        #expect(Weekday.allCases.sorted() == Weekday.allCases)
    }
}
