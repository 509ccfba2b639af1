import MaSante
import Testing

@Suite struct PersonRecordTests {
    static let header = [
        "Nom", "Prénom", "Profession", "Spécialité", "RPPS", "Centre", "Date d'embauche", "Heures hebdo",
        "Type de contrat", "Date de fin",
    ]

    func parse(_ fields: [String]) throws -> (record: PersonRecord?, issues: [ImportIssue]) {
        let (line, columns) = try importLine(
            header: Self.header, fields, required: PersonRecord.requiredColumns, optional: PersonRecord.optionalColumns)
        return PersonRecord.parse(line, columns: columns)
    }

    @Test func aValidLineGetsAFullTimePermanentContractByDefault() throws {
        let result = try parse([
            "Dupont", "Marie", "Médecin généraliste", "", "10005173140", "Millas", "01/09/2022", "", "", "",
        ])
        let record = try #require(result.record)
        #expect(record.profession == .medecinGeneraliste)
        #expect(record.rpps?.digits == "10005173140")
        #expect(
            record.contract
                == (try Contract(type: .cdi, start: CalendarDate.parse("2022-09-01"), end: nil, weeklyHours: 35)))
    }

    @Test func partTimeFixedTermMidwivesAreRead() throws {
        let result = try parse([
            "Martin", "Léa", "Sage-Femme", "", "10002727377", "Salviac", "2023-01-02", "17,5", "cdd", "31/12/2023",
        ])
        let record = try #require(result.record)
        #expect(record.profession == .sageFemme)
        #expect(record.contract.fte == 0.5)
        #expect(record.contract.type == .cdd)
        #expect(record.contract.end?.description == "2023-12-31")
    }

    @Test func everyIssueOfTheLineIsReported() throws {
        let result = try parse(["", " ", "plombier", "", "123", "", "31/02/2024", "40", "CDX", "hier"])
        #expect(result.record == nil)
        #expect(
            result.issues.map(\.column) == [
                "nom", "prenom", "profession", "rpps", "centre", "date_embauche", "heures_hebdo", "type_contrat",
                "date_fin",
            ])
        #expect(
            result.issues.map(\.description) == [
                "ligne 2, colonne nom : nom manquant",
                "ligne 2, colonne prenom : prénom manquant",
                "ligne 2, colonne profession : profession inconnue « plombier » : valeurs possibles medecin_generaliste, medecin_specialiste, infirmier, sage_femme, secretaire_medical",
                "ligne 2, colonne rpps : RPPS invalide « 123 » : 11 chiffres attendus",
                "ligne 2, colonne centre : centre manquant",
                "ligne 2, colonne date_embauche : date invalide « 31/02/2024 » : ce jour n'existe pas",
                "ligne 2, colonne heures_hebdo : heures hebdomadaires invalides (40) : entre 0 (exclu) et 35",
                "ligne 2, colonne type_contrat : type de contrat invalide « CDX » : valeurs possibles CDI, CDD",
                "ligne 2, colonne date_fin : date invalide « hier » : attendu JJ/MM/AAAA ou AAAA-MM-JJ",
            ])
    }

    @Test func healthProfessionalsNeedAValidRPPS() throws {
        #expect(
            try parse(["Roux", "Paul", "infirmier", "", "", "Millas", "01/09/2022", "", "", ""]).issues.map(\.message)
                == ["RPPS manquant : obligatoire pour la profession « Infirmier·ère »"])
        #expect(
            try parse(["Roux", "Paul", "infirmier", "", "10005173141", "Millas", "01/09/2022", "", "", ""]).issues.map(
                \.message)
                == ["RPPS invalide « 10005173141 » : chiffre de contrôle incorrect"])
    }

    @Test func secretariesMayHaveNoRPPSButNotAWrongOne() throws {
        #expect(
            try parse(["Blanc", "Anne", "Secrétaire médicale", "", "", "Millas", "01/09/2022", "", "", ""]).record?.rpps
                == nil)
        #expect(
            try parse(["Blanc", "Anne", "Secrétaire médicale", "", "42", "Millas", "01/09/2022", "", "", ""]).issues
                .map(\.column) == ["rpps"])
    }

    @Test func specialistsNeedASpecialtyAndOnlyThem() throws {
        let specialist = try parse([
            "Noir", "Jean", "medecin_specialiste", "Pédiatre", "10005173140", "Cugnaux", "01/04/2025", "", "", "",
        ])
        #expect(specialist.record?.specialty?.code == "pediatrie")
        #expect(
            try parse(["Noir", "Jean", "medecin_specialiste", "", "10005173140", "Cugnaux", "01/04/2025", "", "", ""])
                .issues.first?.message
                .hasPrefix("spécialité manquante : obligatoire pour un médecin spécialiste") == true)
        #expect(
            try parse(["Noir", "Jean", "médecin", "cardiologie", "10005173140", "Cugnaux", "01/04/2025", "", "", ""])
                .issues.map(\.message)
                == [
                    "spécialité « cardiologie » réservée aux médecins spécialistes (profession « Médecin généraliste »)"
                ])
    }

    @Test(arguments: ["0", "-5", "40", "35,5"])
    func hoursOutsideZeroToThirtyFiveAreIssues(hours: String) throws {
        #expect(
            try parse(["Roux", "Paul", "infirmier", "", "10005173140", "Millas", "01/09/2022", hours, "", ""]).issues
                .map(\.column) == ["heures_hebdo"])
    }

    @Test func contractDatesMustMakeSense() throws {
        #expect(
            try parse(["Roux", "Paul", "infirmier", "", "10005173140", "Millas", "01/09/2022", "", "CDD", ""]).issues
                .map(\.description)
                == ["ligne 2, colonne date_fin : un CDD doit avoir une date de fin"])
        #expect(
            try parse(["Roux", "Paul", "infirmier", "", "10005173140", "Millas", "01/09/2022", "", "CDI", "31/08/2022"])
                .issues.map(\.message)
                == ["la date de fin (31/08/2022) précède la date de début (01/09/2022)"])
    }

    @Test func namesAreKeptAsTypedWhateverTheyHold() throws {
        let record = try #require(
            try parse([
                "'); DROP TABLE personnes; --", "  Jean   Pierre ", "IDE", "", "10005173140", "Saint-Gilles",
                "2024-01-02", "", "", "",
            ]).record)
        #expect(record.lastName == "'); DROP TABLE personnes; --")
        #expect(record.firstName == "Jean Pierre")
        #expect(record.profession == .infirmier)
        #expect(record.centre == "Saint-Gilles")
    }
}
