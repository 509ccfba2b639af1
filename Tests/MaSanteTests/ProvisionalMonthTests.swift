import MaSante
import Testing

/// Months whose activity is provisional: finished, and not declared by a centre open during them.
@Suite struct ProvisionalMonthTests {
    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    static let millas = ProvisionalMonth.Period(centreID: 1, name: "Millas", openedOn: day("2026-07-18"))
    static let quillan = ProvisionalMonth.Period(centreID: 2, name: "Quillan", openedOn: day("2026-09-01"))

    @Test func aFinishedMonthAnOpenCentreHasNotDeclaredIsProvisionalWithThatCentre() {
        let months = ProvisionalMonth.find(centres: [Self.millas, Self.quillan],
                                           declared: [1: ["2026-07", "2026-08", "2026-09", "2026-10"], 2: ["2026-09"]],
                                           asOf: Self.day("2026-10-31"))
        #expect(months == [ProvisionalMonth(month: "2026-10", missingCentres: ["Quillan"])])
    }

    @Test func theOpeningMonthCountsFromItsFirstOpenDayAndTheCurrentMonthNotBeforeItEnds() {
        let months = ProvisionalMonth.find(centres: [Self.millas], declared: [1: ["2026-08"]], asOf: Self.day("2026-09-29"))
        #expect(months.map(\.month) == ["2026-07"], "July counts (opened on the 18th), September is not over")
    }

    @Test func aClosedCentreOwesOnlyTheMonthsItWasOpen() {
        let closed = ProvisionalMonth.Period(centreID: 3, name: "Lussan", openedOn: Self.day("2026-06-01"), closedOn: Self.day("2026-08-01"))
        let months = ProvisionalMonth.find(centres: [closed], declared: [:], asOf: Self.day("2026-10-31"))
        #expect(months.map(\.month) == ["2026-06", "2026-07"], "closed from 1 August: nothing owed for August")
    }

    @Test func severalMissingCentresAreListedByName() {
        let months = ProvisionalMonth.find(centres: [Self.quillan, Self.millas], declared: [:], asOf: Self.day("2026-09-30"))
        #expect(months.last == ProvisionalMonth(month: "2026-09", missingCentres: ["Millas", "Quillan"]))
        #expect(months.count == 3)
    }

    @Test func everyMonthDeclaredMeansNothingProvisional() {
        let months = ProvisionalMonth.find(centres: [Self.quillan], declared: [2: ["2026-09", "2026-10"]], asOf: Self.day("2026-11-30"))
        #expect(months == [ProvisionalMonth(month: "2026-11", missingCentres: ["Quillan"])])
        #expect(ProvisionalMonth.find(centres: [Self.quillan], declared: [2: ["2026-09", "2026-10"]], asOf: Self.day("2026-11-29")).isEmpty)
    }
}
