import MaSanteTerminal

extension Planning {
    /// `masante planning besoins …`: what a centre needs covered each week, for `proposer`.
    struct Besoins: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Besoins de couverture d'un centre (pour « planning proposer ») : importer, lister.",
            subcommands: [Importer.self, Liste.self])

        struct Importer: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Remplace les besoins d'un centre par ceux d'un fichier CSV (tout ou rien).",
                discussion: """
                    Colonnes : \((CoverNeedRecord.requiredColumns + CoverNeedRecord.optionalColumns).joined(separator: ";")). \
                    personnel : \(StaffKind.allCases.map(\.rawValue).joined(separator: ", ")) ; cible = minimum si absente.
                    """)

            @OptionGroup var centre: CentreChoice
            @Argument(help: "Fichier CSV (UTF-8 ou Windows-1252, séparateur ; ou ,).") var fichier: String

            func run() throws {
                let reader = try openCSV(fichier)
                let (session, centre) = try centre.open()
                print(
                    CoverNeeds.replaced(try CoverNeeds(session).replace(centre: centre, with: reader), centre: centre))
            }
        }

        struct Liste: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract:
                    "Liste les besoins d'un centre (ceux déduits des horaires d'ouverture quand il n'en a pas enregistré).",
                discussion: "Le csv se réimporte tel quel avec « planning besoins importer ».")

            @OptionGroup var centre: CentreChoice
            @Option(help: "Format de sortie.") var format: ListFormat = .texte

            func run() throws {
                let (session, centre) = try centre.open()
                print(
                    try CoverNeeds(session).list(centre: centre).document(format.format, centre: centre.name),
                    terminator: "")
            }
        }
    }
}
