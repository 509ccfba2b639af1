public import ArgumentParser
public import MaSante
public import MaSanteApp
public import MaSanteReports

/// `masante objectif`: the recruitment goal and the report's other targets, all optional.
public struct GoalOptions: ParsableArguments {
    @Option(help: "Nombre de professionnels de santé à recruter.") public var cible: Int?
    @Option(help: "Date d'échéance.") public var echeance: CalendarDate?
    @Option(help: "Objectif d'ouvertures de centres par an (environ 10).") public var ouverturesParAn: Int?
    @Option(help: "Année d'un objectif annuel (avec --profession et --cible-annuelle).") public var annee: Int?
    @Option(help: "Profession de l'objectif annuel.") public var profession: Profession?
    @Option(help: "Recrutements visés dans l'année pour cette profession (0 : retirer l'objectif).")
    public var cibleAnnuelle: Int?

    public init() {}

    /// A year's target takes its three options together (64).
    public func validate() throws {
        let yearly = [annee != nil, profession != nil, cibleAnnuelle != nil]
        if yearly.contains(true) && yearly.contains(false) {
            throw ValidationError("un objectif annuel se donne avec --annee, --profession et --cible-annuelle ensemble")
        }
    }

    /// The change as ``SetRecruitmentGoal`` takes it; a target that is not positive is refused (65).
    public func request() throws -> SetRecruitmentGoal.Request {
        let yearly = annee.flatMap { year in
            profession.flatMap { profession in cibleAnnuelle.map { (year, profession, $0) } }
        }
        return try SetRecruitmentGoal.Request(
            target: cible, deadline: echeance, openingsPerYear: ouverturesParAn, yearTarget: yearly)
    }
}

/// `rapport observatoire`: the span, its periods and how territories are grouped.
public struct ObservatoryOptions: ParsableArguments {
    @Option(help: "Premier jour observé ; le 1er juillet 2022 (premier centre ouvert) par défaut.") public var du:
        CalendarDate?
    @Option(help: "Dernier jour observé ; aujourd'hui par défaut.") public var au: CalendarDate?
    @Option(help: "Regroupement : departement, zonage, montagne ou centre.") public var par: ObservatoryGrouping =
        .departement
    @Option(help: "Période : mois, trimestre ou annee.") public var pas: ObservatoryStep = .trimestre

    public init() {}

    /// The observatory in `format` (``ObservatoryReport/document(from:to:step:grouping:format:)``).
    public func document(_ report: ObservatoryReport, format: OutputFormat) throws -> String {
        try report.document(from: du, to: au, step: pas, grouping: par, format: format)
    }
}
