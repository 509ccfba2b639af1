import MaSante
import Testing

/// Provisional months as the report lists them, from the (month, centre) pairs the database finds.
@Suite struct ProvisionalMonthTests {
    @Test func pairsAreGroupedByMonthOldestFirstWithNamesSorted() {
        let months = ProvisionalMonth.grouping([("2026-10", "Quillan"), ("2026-09", "Millas"), ("2026-10", "Lussan")])
        #expect(
            months == [
                ProvisionalMonth(month: "2026-09", missingCentres: ["Millas"]),
                ProvisionalMonth(month: "2026-10", missingCentres: ["Lussan", "Quillan"]),
            ])
    }

    @Test func noPairMeansNothingProvisional() {
        #expect(ProvisionalMonth.grouping([]).isEmpty)
    }
}
