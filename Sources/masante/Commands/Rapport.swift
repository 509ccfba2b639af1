import MaSanteTerminal

/// `masante rapport …`: the Region's reports.
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rapports de la Région.",
        subcommands: [Progression.self, Observatoire.self]
    )

    struct Progression: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rapport d'avancement vers l'objectif de recrutement (texte, csv, json ou html imprimable).")

        @OptionGroup var global: GlobalOptions
        @Option(
            help:
                "Date du rapport (AAAA-MM-JJ ou JJ/MM/AAAA) ; aujourd'hui par défaut. Rien de postérieur n'est compté.")
        var au: CalendarDate?
        @OptionGroup var output: FormattedOutput<DocumentFormat>

        func run() throws {
            try output.emit(holding: .aggregate, done: "Rapport écrit") { format in
                let request = try ProgressReportDocument.Request(asOf: au ?? .today(), format: format.format)
                return try ProgressReportDocument(try global.connect()).run(request).document
            }
        }
    }
}

extension Rapport {
    struct Observatoire: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Observatoire des effectifs par territoire et période : arrivées, départs, en poste, ETP, postes vacants, centres ouverts.",
            discussion: """
                Les périodes sont les mois, trimestres ou années civils qui couvrent l'intervalle ; les effectifs, ETP, \
                postes vacants et centres ouverts sont ceux du dernier jour de chaque période (ou de --au).
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var span: ObservatoryOptions
        @OptionGroup var output: FormattedOutput<DocumentFormat>

        func run() throws {
            try output.emit(holding: .aggregate, done: "Observatoire écrit") { format in
                try span.document(ObservatoryReport(try global.connect()), format: format.format)
            }
        }
    }
}

/// `masante objectif`: show or change the recruitment goal and its deadline.
struct Objectif: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Affiche ou modifie l'objectif de recrutement et son échéance (ex. --cible 200 --echeance 2028-03-31).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var goal: GoalOptions

    func run() throws {
        let request = try goal.request()
        try SetRecruitmentGoal(try global.connect()).run(request) { print($0) }
    }
}

/// `masante activite …`: monthly activity of the centres.
struct Activite: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Activité mensuelle des centres (agrégats, sans donnée de patient).",
        subcommands: [Importer.self]
    )

    struct Importer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importe un fichier CSV d'activité mensuelle (tout ou rien ; un mois déjà saisi est remplacé).",
            discussion: "Colonnes : \(ActivityRecord.requiredColumns.joined(separator: ";")) ; mois au format AAAA-MM.")

        @OptionGroup var arguments: ImportArguments

        func run() throws {
            try arguments.run(.activity, what: "mois d'activité")
        }
    }
}
