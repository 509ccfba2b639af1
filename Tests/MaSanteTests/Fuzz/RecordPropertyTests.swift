import MaSante
import PropertyBased
import Testing

/// One kind of import line, with values people type in each column, right and wrong.
struct RecordKind: Sendable, CustomTestStringConvertible {
    let name: String
    let required: [String]
    let optional: [String]
    let samples: [String: [String]]
    /// One valid line, by column.
    let valid: [String: String]
    /// Whether the line gave a record, its issues, and its warnings.
    let parse: @Sendable (CSVLine, CSVColumns) -> (accepted: Bool, issues: [ImportIssue], warnings: [ImportIssue])

    var testDescription: String { name }
    var columns: [String] { required + optional }

    static let dates = ["01/09/2022", "2023-01-02", "31/02/2024", "1/2/2024", "2030-06-30", "2021-01-01", "hier"]
    static let names = ["Dupont", "de La Tour", "N'Diaye", "Lefèvre-Martin", "  Ng  ", "Zoé", "Millas", "Salviac"]
    static let times = ["08:30", "8h", "24:00", "00:00", "25:00", "12h30", "7:5", "23:59"]
    static let ranges = [
        "08:30-12:30 14:00-19:00", "fermé", "8h - 12h", "08:00-12:00 11:00-13:00", "-", "09:00-09:00",
        "24:00-08:00", "8h30 à 12h et 14h-18h",
    ]

    static let all: [RecordKind] = [
        RecordKind(
            name: "PersonRecord", required: PersonRecord.requiredColumns, optional: PersonRecord.optionalColumns,
            samples: [
                "nom": names, "prenom": names, "centre": names,
                "profession": [
                    "Médecin généraliste", "medecin_specialiste", "infirmier", "Sage-Femme", "secretaire", "IDE",
                    "plombier",
                ],
                "specialite": ["cardiologie", "Pédiatre", "ORL", "astrologie"],
                "rpps": ["10005173140", "10002727377", "1000 517 3140", "10005173141", "123"],
                "date_embauche": dates, "date_fin": dates,
                "heures_hebdo": ["35", "17,5", "0", "40", "-1", "1 234", "nan", "24.5", "-0"],
                "type_contrat": ["CDI", "cdd", "CDX"],
            ],
            valid: [
                "nom": "Dupont", "prenom": "Marie", "profession": "Médecin généraliste", "rpps": "10005173140",
                "centre": "Millas", "date_embauche": "01/09/2022", "heures_hebdo": "35", "type_contrat": "CDI",
            ]
        ) { line, columns in
            let (record, issues) = PersonRecord.parse(line, columns: columns)
            return (record != nil, issues, [])
        },
        RecordKind(
            name: "CentreRecord", required: CentreRecord.requiredColumns, optional: CentreRecord.optionalColumns,
            samples: [
                "nom": names, "commune": names, "partenaire": ["CPTS Sud", "Mairie"],
                "code_insee": ["66108", "31555", "2A004", "97411", "9001", "00000", "99999", "2C004"],
                "departement": ["66", "31", "2A", "974", "9", "99", "20", "+9"],
                "statut": ["ouvert", "Fermé", "candidature", "Convention signée", "travaux", "inconnu"],
                "date_ouverture": dates,
                "lundi": ranges, "mardi": ranges, "mercredi": ranges, "jeudi": ranges, "vendredi": ranges,
                "samedi": ranges,
            ],
            valid: [
                "nom": "Centre de santé de Millas", "commune": "Millas", "code_insee": "66108", "departement": "66",
                "statut": "convention signée", "date_ouverture": "2023-01-02", "lundi": "08:30-12:30 14:00-19:00",
                "jeudi": "8h-12h",
            ]
        ) { line, columns in
            let (record, issues, warnings) = CentreRecord.parse(line, columns: columns)
            return (record != nil, issues, warnings)
        },
        RecordKind(
            name: "ActivityRecord", required: ActivityRecord.requiredColumns, optional: ActivityRecord.optionalColumns,
            samples: Dictionary(
                uniqueKeysWithValues: ActivityRecord.countColumns.map {
                    ($0, ["0", "12", "1 234", "-1", "10000001", "3,5", "99999999999999999999", "+7"])
                }
            ).merging(["centre": names, "mois": ["2026-01", "01/2026", "2026-01-01", "2099-01", "2026-13", "1599-12"]])
            { $1 },
            valid: Dictionary(uniqueKeysWithValues: ActivityRecord.countColumns.map { ($0, "12") })
                .merging(["centre": "Millas", "mois": "2026-01"]) { $1 }
        ) {
            line, columns in
            let (record, issues) = ActivityRecord.parse(
                line, columns: columns, today: CalendarDate(year: 2026, month: 6, day: 15)!)
            return (record != nil, issues, [])
        },
        RecordKind(
            name: "PlanningRecord", required: PlanningRecord.requiredColumns, optional: PlanningRecord.optionalColumns,
            samples: [
                "centre": names, "personne": ["10005173140", "DUPONT Marie"], "jour": dates, "debut": times,
                "fin": times,
                "activite": Activity.allCases.map(\.rawValue) + ["Congé", "consultations", "cp", "sieste"],
                "lieu": ["EHPAD Les Tilleuls", "domicile"],
            ],
            valid: [
                "centre": "Millas", "personne": "DUPONT Marie", "jour": "2026-03-02", "debut": "08:30", "fin": "12:30",
                "activite": "consultation",
            ]
        ) { line, columns in
            let (record, issues) = PlanningRecord.parse(line, columns: columns)
            return (record != nil, issues, [])
        },
    ]

    /// A header (the kind's columns in any order, some optional ones left out) and one line under
    /// it: one line in four is the valid line with a field or two changed, the others are any mix.
    var input: Generator<(header: [String], fields: [String]), some SendableSequenceType> {
        let kind = self
        // For each field: a roll choosing its source, an index into samples, and typed-anything text.
        let recipe = zip(Gen.int(in: 0...99), Gen.int(in: 0...999), FuzzInput.fieldText)
        return zip(
            Gen<[String]>.shuffled(columns), Gen<Bool>.bool.array(of: optional.count), Gen.int(in: 0...3),
            recipe.array(of: columns.count)
        )
        .map { generated in
            let (order, keep, mode, recipes) = generated
            let dropped = Set(zip(kind.optional, keep).filter { !$0.1 }.map(\.0))
            let header = order.filter { !dropped.contains($0) }
            let fields = zip(header, recipes).map { column, recipe in
                mode == 0 && recipe.0 < 90 ? kind.valid[column, default: ""] : kind.field(for: column, recipe)
            }
            return (header, fields)
        }
    }

    private func field(for column: String, _ recipe: (roll: Int, pick: Int, text: String)) -> String {
        let own = samples[column] ?? [""]
        switch recipe.roll {
        case ..<60: return own[recipe.pick % own.count]
        case ..<65: return " \(own[recipe.pick % own.count])\u{A0}"
        case ..<82: return recipe.text
        case ..<92: return ""
        default:
            let other = samples.keys.sorted().flatMap { samples[$0]! } // sorted: the same seed, the same line
            return other[recipe.pick % other.count]
        }
    }
}

/// Property tests of the record parsers: any line gives a record or French issues that each name
/// their line and column, and a refused line always says why.
@Suite struct RecordPropertyTests {
    @Test(arguments: RecordKind.all)
    func anyLineGivesARecordOrFrenchIssuesNamingTheirColumn(of kind: RecordKind) async {
        var accepted = 0
        await checkEachInput(count: 200, kind.input) { header, fields in
            let columns = try CSVColumns(header: header, required: kind.required, optional: kind.optional)
            let line = CSVLine(number: 7, fields: fields)
            let result = kind.parse(line, columns)
            #expect(result.accepted == result.issues.isEmpty, "a refused line says why: \(fields)")
            for issue in result.issues { expectFrenchIssue(issue, line: 7, columns: kind.columns) }
            for warning in result.warnings {
                #expect(warning.line == 7)
                #expect(frenchProblem(warning.message) == nil, "\(warning)")
            }
            if result.accepted { accepted += 1 }
        }
        // The samples are there so that some lines pass and the checks past the first issue run.
        #expect(accepted > 0)
    }
}
