import Foundation
import MaSante
import Testing

@testable import MaSanteReports

@Suite struct ProgressReportHTMLTests {
    let report = ReportFixtures.network2026
    var html: String { ProgressReportHTML(report: report).render() }

    @Test func theEscaperReplacesTheFiveSignsEvenBeforeACombiningMark() {
        #expect(HTMLText.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLText.escape("\"\u{0338}<\u{0338}") == "&quot;\u{0338}&lt;\u{0338}")
        #expect(HTMLText.escape("Été « Millas »") == "Été « Millas »")
    }

    @Test(arguments: [
        "Objectif : 200 ; « recrutés » ≈ 12 mois", "« »", "« :", "≈ »", "a  : b", " ;;", "«  x", "", "x :",
        "<text x=\"1\">Juin : 3</text> ; fin", "≈", "« ", " »»", "« ;", "≈ ;", "≈ :", "«\u{00A0};",
    ])
    func frenchSpacingDoesInOnePassWhatTheSignBySignReplacementsDid(_ text: String) {
        let signBySign = text.replacingOccurrences(of: " :", with: "\u{00A0}:")
            .replacingOccurrences(of: " ;", with: "\u{202F};")
            .replacingOccurrences(of: "« ", with: "«\u{00A0}")
            .replacingOccurrences(of: " »", with: "\u{00A0}»")
            .replacingOccurrences(of: "≈ ", with: "≈\u{00A0}")
        #expect(ProgressReportHTML.frenchSpacing(text) == signBySign)
    }

    // MARK: - The document itself

    @Test func theFixtureAddsUp() {
        #expect(report.hired == 133)
        #expect(report.hiredByProfession.values.reduce(0, +) == 133)
        #expect(report.hiredByDepartement.values.reduce(0, +) == 133)
        #expect(report.byCentre.map(\.hired).reduce(0, +) == 133)
        #expect(Set(report.byCentre.map(\.departement)) == Set(Departement.occitanie.keys))
        #expect(report.openingsByYear == ["2022": 6, "2023": 7, "2024": 6, "2025": 5, "2026": 2])
        #expect(report.activity.consultations == 512_345)
    }

    @Test func isSelfContainedWithoutScriptOrNetwork() throws {
        let page = html
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("http://"))
        #expect(!page.contains("https://"))
        #expect(!page.lowercased().contains("<script"))
        for tag in ["<link", "<img", "<iframe", "<object", "<embed", "@import", "url("] {
            #expect(!page.lowercased().contains(tag), "élément ou ressource externe : \(tag)")
        }
        let attributes = try Regex(#"\b(src|href)\s*="#).ignoresCase()
        #expect(page.firstMatch(of: attributes) == nil, "aucun attribut src ou href n'est attendu")
        #expect(
            page.contains(
                #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#)
        )
    }

    @Test func isAFrenchA4PortraitPage() {
        let page = html
        #expect(page.contains(#"<html lang="fr">"#))
        #expect(page.contains(#"<meta charset="utf-8">"#))
        #expect(page.contains("@page { size: A4 portrait;"))
        #expect(page.contains("<title>Ma santé, Ma Région — Rapport d&#39;avancement au 31 octobre 2026</title>"))
        #expect(
            page.contains(
                "Ma santé, Ma Région — <span class=\"nowrap\">Rapport d&#39;avancement au 31 octobre 2026</span></h1>"))
        #expect(page.contains("thead { display: table-header-group; }"))
        #expect(page.contains("break-inside: avoid"))
    }

    @Test func showsTheHeadlineFiguresInFrenchNotation() {
        let page = html
        #expect(page.contains(#"<span class="big">133</span> / 200"#))
        #expect(page.contains("66,5\u{00A0}%"))
        #expect(page.contains("512\u{202F}345")) // consultations, narrow no-break space between thousands
        #expect(page.contains("38\u{202F}412")) // new patients with a médecin traitant
        #expect(page.contains("81\u{202F}137 non programmées"))
        #expect(page.contains(">124</span>")) // in post
        #expect(page.contains("soit 114,1 ETP"))
        #expect(page.contains(">26</span>")) // centres open
        #expect(page.contains("au 31 mars 2028"))
        #expect(
            !page.contains("512345") && !page.contains("512 345"),
            "les milliers sont séparés par une espace fine insécable")
    }

    @Test func saysTheProjectionInWords() {
        let sentence = ProgressReportHTML.projectionSentence(report)
        #expect(
            sentence
                == "Au rythme des 12 derniers mois (4,2 recrutements par mois), l'objectif serait atteint vers mars 2028\u{202F}; pour l'atteindre au 31 mars 2028 il faut 3,9 recrutements par mois."
        )
        let plain = html.replacingOccurrences(of: "<span class=\"nowrap\">", with: "").replacingOccurrences(
            of: "</span>", with: "")
        #expect(plain.contains(HTMLText.escape(sentence)))
        #expect(
            html.contains("vers <span class=\"nowrap\">mars 2028</span>"),
            "les dates ne sont pas coupées en fin de ligne")
        #expect(ProgressReportHTML.verdict(report).1 == "ok")
    }

    @Test func theProjectionSentenceCoversEveryCase() {
        var reached = report
        reached.hired = 204
        #expect(
            ProgressReportHTML.projectionSentence(reached).hasPrefix(
                "L'objectif de 200 recrutements est atteint : 204 professionnels"))
        #expect(ProgressReportHTML.verdict(reached).0 == "Objectif atteint.")

        var stalled = report
        stalled.projection = Projection(monthlyPace: 0, goalDate: nil, requiredPace: 3.9)
        #expect(
            ProgressReportHTML.projectionSentence(stalled).hasPrefix("Aucun recrutement au cours des 12 derniers mois"))
        #expect(ProgressReportHTML.verdict(stalled).1 == "late")

        var late = report
        late.projection = Projection(monthlyPace: 1.5, goalDate: ReportFixtures.date(2030, 6, 1), requiredPace: nil)
        #expect(
            ProgressReportHTML.projectionSentence(late)
                == "Au rythme des 12 derniers mois (1,5 recrutement par mois), l'objectif serait atteint vers juin 2030\u{202F}; l'échéance du 31 mars 2028 est passée sans que l'objectif soit atteint."
        )
        #expect(ProgressReportHTML.verdict(late).0 == "Échéance dépassée, objectif non atteint.")
        // Every variant still renders a whole page.
        for variant in [reached, stalled, late] {
            #expect(ProgressReportHTML(report: variant).render().hasSuffix("</html>\n"))
        }
    }

    @Test func escapesEverythingThatComesFromTheRegistry() {
        var hostile = report
        hostile.byCentre[0].name = #"Lussan <annexe> & "Cèze" 'sud'"#
        hostile.byCentre[1].departement = "<b>"
        hostile.hiredByDepartement["<b>"] = 1
        let page = ProgressReportHTML(report: hostile).render()
        #expect(page.contains("Lussan &lt;annexe&gt; &amp; &quot;Cèze&quot; &#39;sud&#39;"))
        #expect(!page.contains("<annexe>"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("Valence-d&#39;Agen"))
    }

    @Test func listsTheThirteenDepartementsByCodeAndName() {
        let page = html
        for (code, name) in Departement.occitanie {
            #expect(
                page.contains("<th scope=\"row\">\(code) \(HTMLText.escape(name))</th>"), "département \(code) \(name)")
        }
        #expect(page.contains("<th scope=\"row\">30 Gard</th><td>3</td><td>20</td>"))
    }

    @Test func listsEveryCentreWithItsFigures() {
        let page = html
        #expect(
            page.contains(
                "<th scope=\"row\">Sainte-Croix-Volvestre</th><td class=\"text\">09 Ariège</td><td class=\"date\">01/07/2022</td><td>8</td><td>7</td><td>6,6</td></tr>"
            ))
        #expect(page.contains("<td>2,0</td>")) // FTE always with one decimal
        #expect(page.contains("Total (26 centres)"))
        for centre in report.byCentre { #expect(page.contains(HTMLText.escape(centre.name))) }
    }

    @Test func listsActivityTotalsAndTheMethod() {
        let page = html
        for label in [
            "Consultations programmées", "Consultations non programmées", "Visites à domicile", "Visites en EHPAD",
            "Nouveaux patients ayant déclaré un médecin traitant", "Méthode", "embauche", "Un départ ne diminue jamais",
            "mois complets jusqu'au 31 octobre 2026", "ne comptent pas dans l'objectif",
        ] {
            #expect(page.contains(label), "\(label)")
        }
        #expect(page.contains("«\u{00A0}embauche\u{00A0}»"), "espaces insécables dans les guillemets")
        #expect(page.contains("<strong>Recrutés</strong>\u{00A0}:"), "espace insécable avant les deux-points")
        #expect(page.contains("431\u{202F}208"))
        #expect(page.contains("9\u{202F}874"))
    }

    @Test func flagsEachMonthSomeCentresHaveNotDeclaredAsProvisionalWithThoseCentres() {
        let page = html
        #expect(page.contains("<div class=\"provisoire\" role=\"note\">"))
        #expect(
            page.contains(
                "<li><strong>septembre 2026</strong> — provisoire, 1\u{00A0}centre sans déclaration\u{00A0}: Lussan</li>"
            ))
        #expect(
            page.contains(
                "<li><strong>octobre 2026</strong> — provisoire, 2\u{00A0}centres sans déclaration\u{00A0}: Lussan, Quillan</li>"
            ))
        var complete = ReportFixtures.network2026
        complete.provisionalActivity = []
        #expect(!ProgressReportHTML(report: complete).render().contains("class=\"provisoire\""))
    }

    @Test func aCentreNameAsAFormulaInTheProvisionalCSVLineIsNeutralised() {
        var report = ReportFixtures.network2026
        report.provisionalActivity = [ProvisionalMonth(month: "2026-10", missingCentres: ["=HYPERLINK(\"http://x\")"])]
        let csv = ProgressReportText(report: report).csv
        #expect(csv.contains("activite_provisoire.2026-10;\"'=HYPERLINK(\"\"http://x\"\")\"\n"), "\(csv)")
    }

    @Test func drawsThreeAccessibleChartsWithLabelledAxes() throws {
        let page = html
        let charts = page.components(separatedBy: #"role="img""#).count - 1
        #expect(charts == 3)
        #expect(page.components(separatedBy: "<title>").count - 1 == 4) // the page's title and one per chart
        #expect(page.components(separatedBy: "<desc>").count - 1 == 3)
        for label in [
            "Professionnels recrutés (cumul)", "Date d&#39;embauche", "Objectif\u{00A0}: 200", "Échéance", "31/03/2028",
            "Médecins généralistes", "Médecins spécialistes", "Infirmiers", "Sages-femmes", "Secrétaires médicales",
            "Hors objectif", "Centres ouverts dans l&#39;année", "Année d&#39;ouverture", "≈\u{00A0}10 / an", "2026*",
            "au rythme actuel\u{00A0}: mars 2028",
        ] {
            #expect(page.contains(label), "\(label)")
        }
        // The projection is dashed and ends on the goal line.
        #expect(page.contains(#"stroke="\#(ReportPalette.projection)" stroke-width="2" stroke-dasharray="7 5""#))
    }

    @Test func everyTextColourContrastsAtLeast4Point5ToOneOnWhite() {
        for colour in ReportPalette.textColours {
            #expect(Self.contrastOnWhite(colour) >= 4.5, "\(colour) : \(Self.contrastOnWhite(colour))")
        }
    }

    @Test func anEmptyRegistryStillRendersAPage() {
        let date = ReportFixtures.date(2022, 1, 15)
        let empty = ProgressReport(
            asOf: date, goal: 200, deadline: ReportFixtures.date(2028, 3, 31), hired: 0, inPost: 0, fte: 0,
            hiredByProfession: [:], hiredOutsideGoal: [:], hiredByDepartement: [:], byCentre: [], byMonth: [],
            centresOpen: 0, openingsByYear: [:],
            activity: ActivityTotals(
                scheduledConsultations: 0, unscheduledConsultations: 0, homeVisits: 0, ehpadVisits: 0,
                newReferringPatients: 0),
            projection: Projection.compute(
                hired: 0, hiredInLast12Months: 0, goal: 200, asOf: date, deadline: ReportFixtures.date(2028, 3, 31)))
        let page = ProgressReportHTML(report: empty).render()
        #expect(page.contains("15 janvier 2022"))
        #expect(page.contains("Aucun centre ouvert à cette date."))
        for bad in ["\"nan\"", "\"inf\"", "\"-inf\"", "NaN"] {
            #expect(!page.contains(bad), "coordonnée invalide \(bad)")
        }
    }

    @Test func writesTheFirstOfTheMonthAsPremier() {
        var report = report
        report.asOf = ReportFixtures.date(2022, 7, 1)
        #expect(ProgressReportHTML(report: report).render().contains("Rapport d&#39;avancement au 1er juillet 2022"))
    }

    // MARK: - In a real browser

    /// Prints the sample report with headless Chromium: A4 pages, the expected page count, a
    /// screenshot at A4 width, and no element wider than the page.
    @Test(.timeLimit(.minutes(1)))
    func chromiumPrintsTheSampleOnThreeA4PagesWithoutHorizontalOverflow() throws {
        guard let printed = try ChromiumPrint.print(html, name: "rapport", window: (794, 1123)) else { return }
        // PDF: A4 portrait, 3 pages for 26 centres.
        #expect(printed.pages == 3, "le rapport d'exemple tient en 3 pages A4 (\(printed.pages) imprimées)")
        #expect(!printed.mediaBoxes.isEmpty)
        for (width, height) in printed.mediaBoxes {
            #expect(
                abs(width - 595.3) < 2 && abs(height - 841.9) < 2,
                "page A4 portrait attendue (595 × 842 pt), vue \(width) × \(height)")
        }
        // Screenshot at the width of an A4 sheet (794 CSS px), and no horizontal overflow there.
        #expect(
            printed.screenshotBytes > 20_000,
            "la capture n'est pas une page blanche (\(printed.screenshotBytes) octets)")
        #expect(printed.measure.hasPrefix("AUCUN-DEBORDEMENT"), "\(printed.measure)")
        #expect(printed.measure.contains("largeur=794"), "\(printed.measure)")
    }

    // MARK: - Helpers

    /// WCAG contrast ratio of `#rrggbb` against white.
    static func contrastOnWhite(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        return 1.05 / (luminance + 0.05)
    }
}
