import Foundation
import MaSante
import Testing

@testable import MaSanteReports

/// The printable page: its HTML, then the same page printed by a real headless Chromium.
extension WeekGridTests {
    // MARK: - HTML

    @Test func theHTMLPageIsSelfContainedWithoutScriptOrNetwork() throws {
        let page = WeekGridHTML(view: try WeekGridFixtures.millas()).render()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(page.contains(#"<meta charset="utf-8">"#))
        #expect(
            page.contains(
                #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#)
        )
        for forbidden in [
            "http://", "https://", "<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(",
        ] {
            #expect(!page.lowercased().contains(forbidden), "élément ou ressource externe : \(forbidden)")
        }
        #expect(page.firstMatch(of: try Regex(#"\b(src|href)\s*="#).ignoresCase()) == nil)
        #expect(page.hasSuffix("</body>\n</html>\n"))
    }

    @Test func theHTMLPageIsAnA4LandscapeSheetWhoseHeaderRepeatsAndRowsNeverSplit() throws {
        let page = WeekGridHTML(view: try WeekGridFixtures.millas()).render()
        #expect(page.contains("@page { size: A4 landscape;"))
        #expect(page.contains("thead { display: table-header-group; }"))
        #expect(page.contains("tr { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(page.contains("<title>Planning — Centre de santé de Millas — semaine 2026-W49</title>"))
    }

    @Test func theHTMLHeaderNamesCentreWeekDatesStatusAndOpeningHours() throws {
        let page = WeekGridHTML(view: try WeekGridFixtures.millas()).render()
        #expect(page.contains("<h1>Centre de santé de Millas — <span class=\"nowrap\">semaine 2026-W49</span></h1>"))
        #expect(page.contains("Du lundi 30 novembre au dimanche 6 décembre 2026 · version 3 · brouillon"))
        #expect(page.contains("<p class=\"mark draft\">BROUILLON</p>"))
        #expect(page.contains("Document provisoire, peut encore changer"))
        #expect(
            page.contains(
                "<span class=\"day\">Lundi 30/11</span><span class=\"open\"><span class=\"range\">08:30–12:30</span> <span class=\"range\">13:30–19:00</span></span>"
            ))
        #expect(
            page.contains(
                "<span class=\"day\">Samedi 05/12</span><span class=\"open\"><span class=\"range\">08:30–12:00</span></span>"
            ))
        #expect(!page.contains("Dimanche 06/12"))
        var published = try WeekGridFixtures.millas()
        published.status = .publiee
        let publishedPage = WeekGridHTML(view: published).render()
        #expect(!publishedPage.contains("BROUILLON") && publishedPage.contains("PUBLIÉE"))
    }

    @Test func theHTMLTableHasARowPerPersonWithColouredShiftsAndTotals() throws {
        let view = try WeekGridFixtures.millas()
        let page = WeekGridHTML(view: view).render()
        #expect(page.components(separatedBy: "<th scope=\"row\">").count - 1 == view.rows.count)
        #expect(
            page.contains(
                "<th scope=\"row\"><span class=\"name\">Marie DURAND</span><span class=\"prof\">Médecin généraliste</span></th>"
            ))
        #expect(
            page.contains(
                "<span class=\"s a-consultation\" title=\"Consultation\"><span class=\"t\">08:30–12:30</span> Consult.</span>"
            ))
        #expect(page.contains("<span class=\"t\">14:00–16:30</span> EHPAD Les Tilleuls</span>"))
        #expect(page.contains("<span class=\"t\">22:00–06:00+1</span> SNP</span>"))
        #expect(
            page.contains(
                "<td class=\"total\"><strong>31\u{00A0}h\u{00A0}30</strong> <span class=\"contract\">/ 35\u{00A0}h</span></td>"
            ))
        #expect(
            page.contains(
                "<strong>36\u{00A0}h\u{00A0}30</strong> <span class=\"contract\">/ 35\u{00A0}h</span><span class=\"elsewhere\">dont\u{00A0}4\u{00A0}h\u{00A0}ailleurs</span>"
            ))
        #expect(
            page.contains(
                "<strong>33\u{00A0}h</strong> <span class=\"contract\">/ 28\u{00A0}h</span><span class=\"elsewhere\">dont\u{00A0}9\u{00A0}h\u{00A0}d&#39;absence</span>"
            ))
        #expect(page.contains("<strong>4\u{00A0}h</strong> <span class=\"contract\">/ sans contrat</span>"))
        #expect(page.contains("<span class=\"flag bloquant\">1 constat bloquant</span>"))
        for activity in Activity.allCases {
            #expect(page.contains(".a-\(activity.rawValue) { background:"), "couleur de \(activity)")
            #expect(page.contains("<li><span class=\"s a-\(activity.rawValue)\">"), "légende de \(activity)")
        }
    }

    @Test func theHTMLFindingsCarryTheirSeverityAndRuleLabel() throws {
        let page = WeekGridHTML(view: try WeekGridFixtures.millas()).render()
        #expect(page.contains("<h2>Constats\u{00A0}: 1 bloquant, 1 avertissement</h2>"))
        #expect(
            page.contains(
                "<li class=\"bloquant\"><span class=\"sev\">Bloquant</span> <strong>Repos quotidien</strong> — Élodie FABRE\u{00A0}: 8 h de repos"
            ))
        #expect(
            page.contains(
                "<li class=\"avertissement\"><span class=\"sev\">Avertissement</span> <strong>Médecin et secrétaire présents</strong>"
            ))
        #expect(page.contains(".findings li.bloquant { border-color: #a4262c;"))
        var clean = try WeekGridFixtures.millas()
        clean.findings = []
        #expect(WeekGridHTML(view: clean).render().contains("<p class=\"none\">Aucune anomalie.</p>"))
    }

    @Test func theHTMLEscapesEveryTextFromTheDatabase() throws {
        var view = try WeekGridFixtures.millas()
        view.centreName = "Millas </style><script>alert(1)</script>"
        view.rows[0].name = "<script>alert('x')</script>"
        view.rows[1] = try WeekGridFixtures.row(
            2, "Jean-Pierre CASTEL", "x", .medecinGeneraliste, 35, view.week,
            [(1, "14:00", "16:30", .visiteEHPAD, "Les \"Tilleuls\" & <Pins>")])
        view.findings[0].message = "<b>gras</b>"
        let page = WeekGridHTML(view: view).render()
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("</style><"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.contains("EHPAD Les &quot;Tilleuls&quot; &amp; &lt;Pins&gt;"))
        #expect(
            page.contains("Millas \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "),
            "nom du centre échappé dans le pied de page CSS")
    }

    // MARK: - In a real browser

    /// Prints the fixture with headless Chromium: one A4 landscape page, a screenshot at the size
    /// of a landscape sheet (1123 × 794 CSS px) and nothing wider than the sheet.
    @Test(.timeLimit(.minutes(1)))
    func chromiumPrintsTheWeekOnOneA4LandscapePageWithoutHorizontalOverflow() throws {
        let html = WeekGridHTML(view: try WeekGridFixtures.millas()).render()
        let printed = try ChromiumPrint.print(html, name: "planning", window: (1123, 794))
        guard let printed else { return }
        #expect(printed.pages == 1, "le planning d'exemple tient sur une page A4 paysage (\(printed.pages) imprimées)")
        for (width, height) in printed.mediaBoxes {
            #expect(
                abs(width - 841.9) < 2 && abs(height - 595.3) < 2,
                "page A4 paysage attendue (842 × 595 pt), vue \(width) × \(height)")
        }
        #expect(!printed.mediaBoxes.isEmpty)
        #expect(
            printed.screenshotBytes > 20_000,
            "la capture n'est pas une page blanche (\(printed.screenshotBytes) octets)")
        #expect(
            printed.measure.hasPrefix("AUCUN-DEBORDEMENT") && printed.measure.contains("largeur=1123"),
            "\(printed.measure)")
    }

    /// Sixteen people working all seven days, three shifts a day: the table still fits the width
    /// of the sheet and goes on over a second page.
    @Test(.timeLimit(.minutes(1)))
    func chromiumKeepsABusySixteenPersonWeekWithinThePageWidth() throws {
        var view = try WeekGridFixtures.millas()
        let busy: [WeekGridFixtures.Planned] = (0..<7).flatMap { day in
            [
                (day, "08:00", "12:30", .visiteEHPAD, "Résidence les Oliviers"),
                (day, "13:30", "17:00", .soinsNonProgrammes, nil),
                (day, "22:00", "06:00", .consultation, nil),
            ]
        }
        view.rows = try (1...16).map { id in
            try WeekGridFixtures.row(
                id, "Marie-Françoise DE LA TOUR-D'AUVERGNE \(id)", "x", .secretaireMedical, 35, view.week, busy,
                elsewhere: 12.5)
        }
        let printed = try ChromiumPrint.print(
            WeekGridHTML(view: view).render(), name: "planning-charge", window: (1123, 794))
        guard let printed else { return }
        #expect((2...4).contains(printed.pages), "\(printed.pages) pages")
        #expect(
            printed.measure.hasPrefix("AUCUN-DEBORDEMENT") && printed.measure.contains("largeur=1123"),
            "\(printed.measure)")
    }
}
