import MaSante
import Testing

@Suite struct CentreRecordTests {
    static let header = [
        "nom", "commune", "code_insee", "departement", "statut", "date_ouverture", "partenaire",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    ]

    func parse(_ fields: [String]) throws -> (record: CentreRecord?, issues: [ImportIssue], warnings: [ImportIssue]) {
        let (line, columns) = try importLine(
            header: Self.header, fields, required: CentreRecord.requiredColumns, optional: CentreRecord.optionalColumns)
        return CentreRecord.parse(line, columns: columns)
    }

    @Test func aValidLineGivesACentre() throws {
        let day = "08:30-12:30 14:00-19:00"
        let result = try parse([
            "Centre de santé  de Sainte-Croix-Volvestre", "Sainte-Croix-Volvestre", "09265", "09", "Ouvert",
            "01/07/2022", "", day, day, day, day, day, "fermé",
        ])
        let record = try #require(result.record)
        #expect(result.issues.isEmpty && result.warnings.isEmpty)
        #expect(record.name == "Centre de santé de Sainte-Croix-Volvestre")
        #expect(record.departement.code == "09")
        #expect(record.status == .ouvert)
        #expect(record.openedOn?.description == "2022-07-01")
        #expect(record.partner == nil)
        #expect(record.hours.openDays == [.lundi, .mardi, .mercredi, .jeudi, .vendredi])
        #expect(record.hours.weeklyMinutes == 5 * 540)
    }

    @Test func everyIssueOfTheLineIsReported() throws {
        let result = try parse([
            "", "Salviac", "4629X", "46", "actif", "32/07/2022", "", "08:30-12:30 12:00-19:00", "", "", "", "",
            "9h-25h",
        ])
        #expect(result.record == nil)
        #expect(result.issues.map(\.column) == ["nom", "code_insee", "statut", "date_ouverture", "lundi", "samedi"])
        #expect(result.issues[0].description == "ligne 2, colonne nom : nom du centre manquant")
        #expect(result.issues[4].message == "les plages 08:30-12:30 et 12:00-19:00 se chevauchent")
    }

    @Test func theDepartementMustBeTheINSEECodes() throws {
        let result = try parse([
            "Centre de Millas", "Millas", "66108", "31", "ouvert", "2022-09-01", "", "", "", "", "", "", "",
        ])
        #expect(
            result.issues == [
                ImportIssue(
                    line: 2, column: "departement",
                    message: "le département 31 ne correspond pas au code INSEE 66108 (département 66)")
            ])
    }

    @Test func anEmptyDepartementIsTakenFromTheINSEECode() throws {
        let result = try parse([
            "Centre de Salviac", "Salviac", "46297", "", "en préparation", "", "Commune de Salviac", "", "", "", "", "",
            "",
        ])
        #expect(result.record?.departement.code == "46")
        #expect(result.record?.partner == "Commune de Salviac")
    }

    @Test func aDepartementOutsideOccitanieIsAWarningOnly() throws {
        let result = try parse(["Centre test", "Paris", "75056", "75", "retenue", "", "", "", "", "", "", "", ""])
        #expect(result.record != nil)
        #expect(
            result.warnings == [ImportIssue(line: 2, column: "departement", message: "département 75 hors Occitanie")])
    }

    @Test(arguments: ["ouvert", "fermé"])
    func anOpenOrClosedCentreNeedsItsOpeningDate(status: String) throws {
        let result = try parse([
            "Centre de Mazamet", "Mazamet", "81163", "81", status, "", "", "8h-12h", "", "", "", "", "",
        ])
        #expect(result.issues.map(\.column) == ["date_ouverture"])
        #expect(result.issues.first?.message.hasPrefix("date d'ouverture obligatoire pour le statut") == true)
    }

    @Test func anOpenCentreWithoutHoursIsWarnedAbout() throws {
        let result = try parse([
            "Centre de Lacaune", "Lacaune", "81124", "81", "ouvert", "01/03/2023", "", "", "", "", "", "", "",
        ])
        #expect(result.record != nil)
        #expect(result.warnings.map(\.message) == ["centre ouvert sans aucun horaire d'ouverture"])
    }
}
