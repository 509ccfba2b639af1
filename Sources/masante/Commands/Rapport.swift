import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteTerminal

/// `masante rapport …`: the Region's reports.
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
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
        @Option(help: "Format de sortie.") var format: DocumentFormat = .texte
        @OptionGroup var output: OutputOptions

        func run() throws {
            let format = format.format
            let date = au ?? .today()
            try output.check(holding: .aggregate)
            let request = try ProgressReportDocument.Request(asOf: date, format: format)
            let document = try ProgressReportDocument(try global.connect()).run(request).document
            try output.emit(document, holding: .aggregate, done: "Rapport écrit")
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
        @Option(help: "Premier jour observé ; le 1er juillet 2022 (premier centre ouvert) par défaut.") var du:
            CalendarDate?
        @Option(help: "Dernier jour observé ; aujourd'hui par défaut.") var au: CalendarDate?
        @Option(help: "Regroupement : departement, zonage, montagne ou centre.") var par: ObservatoryGrouping =
            .departement
        @Option(help: "Période : mois, trimestre ou annee.") var pas: ObservatoryStep = .trimestre
        @Option(help: "Format de sortie.") var format: DocumentFormat = .texte
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.check(holding: .aggregate)
            let from = du ?? CalendarDate(year: 2022, month: 7, day: 1)!, to = au ?? .today()
            let rows = try ObservatoryReport(try global.connect()).rows(from: from, to: to, step: pas, grouping: par)
            let document = ObservatoryDocument(rows, step: pas, grouping: par, from: from, to: to)
            try output.emit(document.render(format.format), holding: .aggregate, done: "Observatoire écrit")
        }
    }
}

/// `masante objectif`: show or change the recruitment goal and its deadline.
struct Objectif: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Affiche ou modifie l'objectif de recrutement et son échéance (ex. --cible 200 --echeance 2028-03-31).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Nombre de professionnels de santé à recruter.") var cible: Int?
    @Option(help: "Date d'échéance.") var echeance: CalendarDate?
    @Option(help: "Objectif d'ouvertures de centres par an (environ 10).") var ouverturesParAn: Int?
    @Option(help: "Année d'un objectif annuel (avec --profession et --cible-annuelle).") var annee: Int?
    @Option(help: "Profession de l'objectif annuel.") var profession: Profession?
    @Option(help: "Recrutements visés dans l'année pour cette profession (0 : retirer l'objectif).")
    var cibleAnnuelle: Int?

    func validate() throws {
        let yearly = [annee != nil, profession != nil, cibleAnnuelle != nil]
        if yearly.contains(true) && yearly.contains(false) {
            throw ValidationError("un objectif annuel se donne avec --annee, --profession et --cible-annuelle ensemble")
        }
    }

    func run() throws {
        let request = try SetRecruitmentGoal.Request(
            target: cible, deadline: echeance)
        let session = try global.connect()
        let goal = try SetRecruitmentGoal(session).run(request)
        print("Objectif : \(goal.target) professionnels de santé recrutés au \(FrenchDate.long(goal.deadline)).")
        if let ouverturesParAn { print(try SetReportTargets(session).openings(perYear: ouverturesParAn)) }
        if let annee, let profession, let cibleAnnuelle {
            print(try SetReportTargets(session).yearTarget(year: annee, profession: profession, target: cibleAnnuelle))
        }
    }
}

/// `masante activite …`: monthly activity of the centres.
struct Activite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activite",
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
