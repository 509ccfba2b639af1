public import ArgumentParser
public import MaSante

/// Options naming one centre's week.
public struct WeekOptions: ParsableArguments {
    @Option(help: ArgumentHelp(centreOptionHelp)) public var centre: String?
    @Option(help: ArgumentHelp(weekOptionHelp + " ; la semaine en cours par défaut.")) public var semaine: ISOWeek?

    public init() {}

    public func week() -> ISOWeek { semaine ?? ISOWeek(containing: CalendarDate.today()) }
}

/// What changes to a published week need: a reason (recorded in its history) and, to bring a
/// new blocking finding into it, `--forcer`.
public struct ChangeOptions: ParsableArguments {
    @Option(
        help: "Motif du changement, obligatoire pour modifier une semaine publiée (inscrit dans son historique).")
    public var motif: String?
    @Flag(help: "Dans une semaine publiée, enregistrer même si le changement ajoute un constat bloquant.")
    public var forcer = false

    public init() {}

    /// `--motif`, refused when too long or holding a control character.
    public func reason() throws -> String? { try typedOption("motif", motif, as: .freeText) }
}
