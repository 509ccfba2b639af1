import Foundation
import MaSante
import Testing

@testable import MaSanteReports

@Suite struct ObservatoryDocumentTests {
    static func day(_ year: Int, _ month: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: 1)! }

    /// Thirteen départements over sixteen quarters, one cell withheld.
    static let rows: [ObservatoryRow] = (0..<16).flatMap { quarter in
        Departement.occitanie.keys.sorted().enumerated().map { index, code in
            ObservatoryRow(
                period: day(2022 + quarter / 4, quarter % 4 * 3 + 1), territory: code, arrivals: (quarter + index) % 4,
                departures: quarter > 10 && index == 3 ? 1 : 0,
                inPost: quarter == 0 && index == 2 ? nil : quarter + index,
                fte: quarter == 0 && index == 2 ? nil : Double(quarter + index) * 0.9, vacant: Double(index % 3) / 2,
                centresOpen: min(quarter / 3 + 1, 4))
        }
    }
    static let document = ObservatoryDocument(
        rows, step: .trimestre, grouping: .departement, from: day(2022, 1),
        to: CalendarDate(year: 2025, month: 12, day: 31)!)

    @Test func theTextNamesPeriodsAndTerritoriesAndSaysWhatIsWithheld() {
        let text = Self.document.render(.texte)
        #expect(text.hasPrefix("Observatoire des effectifs, par département, du 01/01/2022 au 31/12/2025"))
        #expect(text.contains("T1 2022  09 Ariège"))
        #expect(text.contains("T4 2025  82 Tarn-et-Garonne"))
        #expect(text.contains("moins de 3 personnes en poste, effectif et ETP non publiés"))
    }

    @Test func theCSVHasOneLinePerPeriodAndTerritory() {
        let lines = Self.document.render(.csv).split(separator: "\n")
        #expect(
            lines.first?.hasSuffix("periode;territoire;arrivees;departs;en_poste;etp;vacant_etp;centres_ouverts")
                == true)
        #expect(lines.count == 1 + 16 * 13)
    }

    @Test func thePageHasAChartPerSeriesAndEscapesCentreNames() {
        let html = ObservatoryDocument(
            [
                ObservatoryRow(
                    period: Self.day(2024, 1), territory: "Centre <b> & « x »", arrivals: 1, departures: 0, inPost: 3,
                    fte: 2.5, vacant: 0.5, centresOpen: 1)
            ],
            step: .annee, grouping: .centre, from: Self.day(2024, 1), to: Self.day(2024, 12)
        ).html()
        #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
        #expect(html.contains("Centre &lt;b&gt; &amp; « x »"))
        #expect(!html.contains("<b>"))
    }

    @Test(.timeLimit(.minutes(1)))
    func chromiumPrintsTheObservatoryOnA4WithoutHorizontalOverflow() throws {
        guard let printed = try ChromiumPrint.print(Self.document.html(), name: "observatoire", window: (794, 1123))
        else { return }
        #expect(printed.pages >= 2)
        for (width, height) in printed.mediaBoxes {
            #expect(abs(width - 595.3) < 2 && abs(height - 841.9) < 2, "A4 portrait attendu, vu \(width) × \(height)")
        }
        #expect(printed.measure.hasPrefix("AUCUN-DEBORDEMENT"), "\(printed.measure)")
    }
}
