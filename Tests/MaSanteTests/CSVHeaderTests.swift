import MaSante
import Testing

@Suite struct CSVHeaderTests {
    let required = PersonRecord.requiredColumns
    let optional = PersonRecord.optionalColumns

    @Test func namesMatchWithoutRegardToCaseAccentsSpacesOrLittleWords() throws {
        let header = [
            "NOM", " Prénom ", "Profession", "N°", "RPPS", "Centre", "Date d'embauche", "Type de contrat",
            "Date de fin", "Heures hebdo",
        ]
        .filter { $0 != "N°" }
        let columns = try CSVColumns(header: header, required: required, optional: optional)
        let line = CSVLine(
            number: 2, fields: ["Dupont", " Marie ", "Sage-Femme", "", "Millas", "01/09/2022", "CDI", "", "35"])
        #expect(columns.value("prenom", in: line) == "Marie")
        #expect(columns.value("profession", in: line) == "Sage-Femme")
        #expect(columns.value("date_embauche", in: line) == "01/09/2022")
        #expect(columns.value("type_contrat", in: line) == "CDI")
        #expect(columns.value("specialite", in: line) == "")
        #expect(columns.columnNumber("date_embauche") == 6)
        #expect(columns.columnNumber("specialite") == 0)
        #expect(columns.contains("heures_hebdo") && !columns.contains("specialite"))
    }

    @Test func aShortLineGivesEmptyValues() throws {
        let columns = try CSVColumns(header: ["a", "b"], required: ["a", "b"], optional: [])
        #expect(columns.value("b", in: CSVLine(number: 2, fields: ["1"])) == "")
    }

    @Test func headerlessColumnsAreIgnored() throws {
        let columns = try CSVColumns(header: ["a", "", " ", "b", ""], required: ["a", "b"], optional: [])
        #expect(columns.columnNumber("b") == 4)
    }

    @Test func aMissingColumnIsNamedWithTheExpectedOnes() {
        let header = ["nom", "prenom", "profession", "centre", "date_embauche"]
        #expect(
            throws: CSVError(
                line: 1,
                message:
                    "colonne manquante : rpps (colonnes attendues : nom, prenom, profession, rpps, centre, date_embauche, specialite, heures_hebdo, type_contrat, date_fin, quotite)"
            )
        ) {
            try CSVColumns(header: header, required: required, optional: optional)
        }
    }

    @Test func unknownDuplicatedAndMissingColumnsAreReportedTogether() {
        #expect(
            throws: CSVError(
                line: 1,
                message:
                    "colonne inconnue « xyz » ; colonne a en double (colonnes 1 et 3) ; colonnes manquantes : b, c (colonnes attendues : a, b, c, d)"
            )
        ) {
            try CSVColumns(header: ["a", "xyz", "A"], required: ["a", "b", "c"], optional: ["d"])
        }
    }
}
