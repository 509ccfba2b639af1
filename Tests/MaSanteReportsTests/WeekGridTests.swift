import Foundation
import MaSante
import Testing

@testable import MaSanteReports

@Suite struct WeekGridTests {
    // MARK: - Text grid

    @Test func theTextGridOpensWithTheFrenchTitleLine() throws {
        let text = WeekGridText(view: try WeekGridFixtures.millas()).render()
        let first = text.components(separatedBy: "\n").first
        #expect(
            first
                == "Planning — Centre de santé de Millas — semaine 2026-W49 (du lundi 30 novembre au dimanche 6 décembre 2026) — brouillon, version 3"
        )
    }

    @Test func theTextGridShowsEachPersonWithProfessionCellsAndTotals() throws {
        let text = WeekGridText(view: try WeekGridFixtures.millas()).render()
        for expected in [
            "Marie DURAND", "Médecin généraliste", "31 h 30 / 35 h", "Jean-Pierre CASTEL", "34 h 30 / 35 h",
            "Sophie ROUSSEL", "36 h 30 / 35 h", "dont 4 h ailleurs",
            "Léa MARTINEZ", "33 h / 28 h", "dont 9 h d'absence", "Hugo LLORENS", "4 h / sans contrat",
            "Secrétaire médical·e", "Infirmier·ère", "Sage-femme", "18 h / 17 h 30",
            "lun. 30/11", "sam. 05/12", "Ouverture", "08:30–12:30", "13:30–19:00",
            "Consult.", "SNP", "Visite dom.", "(Thuir)", "EHPAD Les", "Tilleuls", "Secrét.", "Admin.", "Form.",
            "Congé", "Maladie", "22:00–06:00+1",
        ] {
            #expect(text.contains(expected), "« \(expected) » manque")
        }
        // Nobody works on Sunday and the centre is closed then: no Sunday column.
        #expect(!text.contains("dim. 06/12"))
        // Élodie FABRE's Friday: two shifts in one cell, the night one ending the next day.
        let fabre = try #require(
            text.components(separatedBy: "Élodie FABRE").dropFirst().first?.components(separatedBy: "───").first)
        #expect(fabre.contains("08:00–14:00") && fabre.contains("22:00–06:00+1"))
        #expect(fabre.contains("26 h / 35 h"))
    }

    @Test func theTextGridKeepsEveryGridLineWithin120Columns() throws {
        let text = WeekGridText(view: try WeekGridFixtures.millas()).render()
        let lines = text.components(separatedBy: "\n")
        let grid = lines.dropFirst().prefix { !$0.hasPrefix("Heures :") }
        #expect(grid.count > 40)
        for line in grid { #expect(TerminalText.width(line) <= 120, "\(line)") }
        // The day columns line up: every time range starts at a column's left edge (22 + 1, then every 15 + 1).
        let starts = Set((0..<6).map { 23 + $0 * 16 })
        let time = try Regex(#"\d\d:\d\d–"#)
        for line in grid {
            for match in line.matches(of: time) {
                let column = TerminalText.width(String(line[..<match.range.lowerBound]))
                #expect(starts.contains(column), "colonne \(column) : \(line)")
            }
        }
    }

    @Test func theTextGridListsFindingsBlockingFirst() throws {
        let text = WeekGridText(view: try WeekGridFixtures.millas()).render()
        #expect(text.contains("\nConstats : 1 bloquant, 1 avertissement\n"))
        #expect(text.contains("  bloquant : Élodie FABRE : 8 h de repos entre le vendredi 4 décembre 2026 à 14:00"))
        #expect(
            text.contains(
                "  avertissement : Centre de santé de Millas : aucune secrétaire présente le samedi 5 décembre 2026"))
        let blocking = try #require(text.range(of: "bloquant :")),
            warning = try #require(text.range(of: "avertissement :"))
        #expect(blocking.lowerBound < warning.lowerBound)
        #expect(!text.contains("Aucune anomalie."))
    }

    @Test func aWeekWithoutFindingsSaysAucuneAnomalie() throws {
        var view = try WeekGridFixtures.millas()
        view.findings = []
        #expect(WeekGridText(view: view).render().hasSuffix("\nAucune anomalie.\n"))
    }

    @Test func aWeekWithNobodyStillRendersInEveryFormat() throws {
        var view = try WeekGridFixtures.millas()
        view.rows = []
        view.findings = []
        #expect(WeekGridText(view: view).render().contains("Personne n'est affecté à ce centre cette semaine."))
        #expect(
            WeekGridHTML(view: view).render().contains("<td class=\"empty\" colspan=\"8\">Personne n&#39;est affecté"))
        #expect(WeekGridData(view: view).csv == "\u{FEFF}centre;personne;jour;debut;fin;activite;lieu\n")
        let object =
            try JSONSerialization.jsonObject(with: Data(try WeekGridData(view: view).json().utf8)) as? [String: Any]
        #expect((object?["personnes"] as? [Any])?.isEmpty == true && (object?["constats"] as? [Any])?.isEmpty == true)
    }

    @Test func aSundayShiftAddsTheSundayColumn() throws {
        var view = try WeekGridFixtures.millas()
        view.rows[0] = try WeekGridFixtures.row(
            1, "Marie DURAND", "10003456781", .medecinGeneraliste, 35, view.week,
            [(6, "09:00", "13:00", .soinsNonProgrammes, nil)])
        let text = WeekGridText(view: view).render()
        #expect(text.contains("dim. 06/12"))
        let opening = text.components(separatedBy: "\n").first { $0.hasPrefix("Ouverture") }
        #expect(opening?.hasSuffix("08:30–12:00   fermé") == true, "le centre est fermé le dimanche")
        #expect(WeekGrid.shownDays(view).count == 7)
        for line in text.components(separatedBy: "\n").dropFirst().prefix(while: { !$0.hasPrefix("Heures :") }) {
            #expect(TerminalText.width(line) <= 120, "\(line)")
        }
    }

    @Test func aNameWithoutTheWordsCentreDeSanteGetsThem() throws {
        let text = WeekGridText(view: try WeekGridFixtures.daylightSavingNight()).render()
        #expect(
            text.hasPrefix(
                "Planning — Centre de santé Millas — semaine 2026-W43 (du lundi 19 octobre au dimanche 25 octobre 2026) — publiée, version 7\n"
            ))
    }

    @Test func aNightAcrossTheAutumnClockChangeLastsNineHours() throws {
        let view = try WeekGridFixtures.daylightSavingNight()
        let text = WeekGridText(view: view).render()
        #expect(text.contains("22:00–06:00+1"))
        #expect(text.contains("9 h / 35 h"))
        #expect(
            WeekGridData(view: view).csv.contains("\nMillas;10009012347;2026-10-24;22:00;06:00;soins_non_programmes;\n")
        )
    }

    @Test func widthsCountAccentedLettersOnceAndWideCharactersTwice() {
        #expect(TerminalText.width("Élodie") == 6)
        #expect(TerminalText.width("E\u{0301}lodie") == 6) // decomposed accent
        #expect(TerminalText.width("Infirmier·ère") == 13)
        #expect(TerminalText.width("診療所") == 6)
        #expect(TerminalText.pad("Élodie", to: 8) == "Élodie  ")
        #expect(
            TerminalText.wrap("Secrétaire médical·e du centre", width: 20) == ["Secrétaire médical·e", "du centre"])
        #expect(TerminalText.wrap("Anticonstitutionnellement", width: 10) == ["Anticonsti", "tutionnell", "ement"])
        #expect(TerminalText.wrap("", width: 10) == [""])
    }

    @Test func shiftsAreWrittenWithShortFrenchActivityNames() throws {
        let day = try CalendarDate.parse("2026-12-01")
        func text(_ from: String, _ to: String, _ activity: Activity, _ place: String? = nil) throws -> String {
            WeekGrid.shiftText(
                try Shift(
                    personID: 1, centreID: 2, day: day, from: .parse(from), to: .parse(to), activity: activity,
                    place: place))
        }
        #expect(try text("08:30", "12:30", .consultation) == "08:30–12:30 Consult.")
        #expect(try text("14:00", "16:00", .visiteEHPAD, "Les Tilleuls") == "14:00–16:00 EHPAD Les Tilleuls")
        #expect(try text("22:00", "06:00", .soinsNonProgrammes) == "22:00–06:00+1 SNP")
        #expect(try text("20:00", "24:00", .secretariat) == "20:00–24:00 Secrét.")
        #expect(WeekGrid.hours(45 * 60) == "45 min")
        #expect(WeekGrid.hours(0) == "0 h")
        #expect(WeekGrid.hours(17.5 * 3600) == "17 h 30")
    }

    // MARK: - CSV

    @Test func theCSVHasExactlyThePlanningImportColumns() throws {
        let csv = WeekGridData(view: try WeekGridFixtures.millas()).csv
        #expect(csv.hasPrefix("\u{FEFF}centre;personne;jour;debut;fin;activite;lieu\n"))
        let lines = csv.dropFirst().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "")
        let records = lines.dropFirst().dropLast()
        #expect(records.count == 66)
        for line in records {
            #expect(line.split(separator: ";", omittingEmptySubsequences: false).count == 7, "\(line)")
        }
    }

    @Test func theCSVWritesOneLinePerShiftAsTheImportReadsIt() throws {
        let csv = WeekGridData(view: try WeekGridFixtures.millas()).csv
        let lines = csv.components(separatedBy: "\n")
        #expect(lines[1] == "Centre de santé de Millas;10003456781;2026-11-30;08:30;12:30;consultation;")
        for expected in [
            "Centre de santé de Millas;10003456781;2026-12-03;14:00;16:00;visite_domicile;Thuir",
            "Centre de santé de Millas;10004567892;2026-12-01;14:00;16:30;visite_ehpad;Les Tilleuls",
            "Centre de santé de Millas;10005678903;2026-12-02;08:30;17:30;conge;",
            "Centre de santé de Millas;10009012347;2026-12-04;22:00;06:00;soins_non_programmes;",
            "Centre de santé de Millas;LLORENS Hugo;2026-12-02;08:30;12:30;consultation;",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
    }

    @Test func theCSVQuotesAFieldHoldingTheSeparatorAndEndsMidnightAt2400() throws {
        var view = try WeekGridFixtures.millas()
        view.rows = [
            try WeekGridFixtures.row(
                1, "Marie DURAND", "DURAND; Marie", .medecinGeneraliste, 35, view.week,
                [(0, "18:00", "24:00", .administratif, nil), (1, "00:00", "24:00", .formation, nil)])
        ]
        let lines = WeekGridData(view: view).csv.components(separatedBy: "\n")
        #expect(lines[1] == "Centre de santé de Millas;\"DURAND; Marie\";2026-11-30;18:00;24:00;administratif;")
        #expect(lines[2] == "Centre de santé de Millas;\"DURAND; Marie\";2026-12-01;00:00;24:00;formation;")
    }

    @Test func theCSVReadsBackThroughThePlanningParserIntoTheSameShifts() throws {
        var view = try WeekGridFixtures.millas()
        view.rows.append(
            try WeekGridFixtures.row(
                13, "Paul ESTÈVE", "ESTÈVE Paul", .infirmier, 35, view.week,
                [(0, "18:00", "24:00", .administratif, nil), (1, "00:00", "24:00", .formation, nil)]))
        for week in [view, try WeekGridFixtures.daylightSavingNight()] {
            let reader = try CSVReader(data: Data(WeekGridData(view: week).csv.utf8))
            let columns = try CSVColumns(
                header: reader.readHeader(), required: PlanningRecord.requiredColumns,
                optional: PlanningRecord.optionalColumns)
            var read: [Shift] = []
            while let line = try reader.next() {
                let parsed = PlanningRecord.parse(line, columns: columns)
                let record = try #require(parsed.record, "\(parsed.issues)")
                #expect(record.centre == week.centreName)
                read.append(
                    try Shift(
                        personID: 0, centreID: 0, day: record.day, from: record.start, to: record.end,
                        activity: record.activity, place: record.place))
            }
            let original = week.rows.flatMap(\.shifts)
            #expect(read.map(\.start) == original.map(\.start))
            #expect(read.map(\.end) == original.map(\.end))
            #expect(read.map(\.activity) == original.map(\.activity))
            #expect(read.map(\.place) == original.map(\.place))
        }
    }

    // MARK: - JSON

    @Test func theJSONDecodesWithTheWeekPeopleShiftsAndFindings() throws {
        let json = try WeekGridData(view: try WeekGridFixtures.millas()).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "centre", "centre_numero", "semaine", "statut", "version", "du", "au", "personnes", "constats",
            ])
        #expect(object["centre"] as? String == "Centre de santé de Millas")
        #expect(object["semaine"] as? String == "2026-W49")
        #expect(object["statut"] as? String == "brouillon")
        #expect(object["version"] as? Int == 3)
        #expect(object["du"] as? String == "2026-11-30" && object["au"] as? String == "2026-12-06")
        let people = try #require(object["personnes"] as? [[String: Any]])
        #expect(people.count == 12)
        let durand = people[0]
        #expect(
            Set(durand.keys) == [
                "numero", "nom", "reference", "profession", "heures_contrat", "heures_planifiees", "heures_ailleurs",
                "heures_travaillees", "heures_absence", "heures_comptees", "services",
            ])
        #expect(durand["nom"] as? String == "Marie DURAND" && durand["profession"] as? String == "medecin_generaliste")
        #expect(durand["heures_contrat"] as? Double == 35 && durand["heures_planifiees"] as? Double == 31.5)
        #expect(people[3]["heures_ailleurs"] as? Double == 4)
        #expect(people[3]["heures_travaillees"] as? Double == 36.5 && people[3]["heures_comptees"] as? Double == 36.5)
        #expect(
            people[2]["heures_planifiees"] as? Double == 24 && people[2]["heures_absence"] as? Double == 9
                && people[2]["heures_comptees"] as? Double == 33, "leave is not work but counts toward the contract")
        #expect(people[5]["heures_contrat"] is NSNull)
        let service = try #require((durand["services"] as? [[String: Any]])?.first)
        #expect(service["id"] as? String == "00000000-0000-4000-8000-000001000001")
        #expect(
            service["jour"] as? String == "2026-11-30" && service["debut"] as? String == "08:30"
                && service["fin"] as? String == "12:30")
        #expect(service["activite"] as? String == "consultation")
        #expect(service["lieu"] is NSNull)
        let findings = try #require(object["constats"] as? [[String: Any]])
        #expect(findings.count == 2)
        let rest = findings[0]
        #expect(rest["regle"] as? String == "dailyRest" && rest["libelle"] as? String == "Repos quotidien")
        #expect(rest["gravite"] as? String == "bloquant" && rest["personnes"] as? [Int] == [8])
        #expect(
            rest["debut"] as? String == "2026-12-04T14:00:00+01:00"
                && rest["fin"] as? String == "2026-12-04T22:00:00+01:00")
        #expect((rest["message"] as? String)?.hasPrefix("Élodie FABRE : 8 h de repos") == true)
    }

    @Test func theJSONKeysAreSortedAndNullsExplicit() throws {
        let json = try WeekGridData(view: try WeekGridFixtures.millas()).json()
        #expect(json.hasPrefix("{\n  \"au\" : \"2026-12-06\",\n  \"centre\" : \"Centre de santé de Millas\","))
        #expect(json.contains("\"lieu\" : null"))
        #expect(json.contains("\"lieu\" : \"Les Tilleuls\""))
        #expect(json.contains("\"heures_contrat\" : null"))
    }

    @Test func everyFormatRendersThroughOneEntryPoint() throws {
        let view = try WeekGridFixtures.millas()
        #expect(try WeekGrid.render(view, as: .texte) == WeekGridText(view: view).render())
        #expect(try WeekGrid.render(view, as: .csv) == WeekGridData(view: view).csv)
        #expect(try WeekGrid.render(view, as: .json) == WeekGridData(view: view).json())
        #expect(try WeekGrid.render(view, as: .html) == WeekGridHTML(view: view).render())
    }
}
