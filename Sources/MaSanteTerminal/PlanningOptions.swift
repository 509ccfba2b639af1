public import ArgumentParser
public import MaSante
import MaSanteApp
public import MaSanteStore

/// Options naming one centre's week, after the connection's (`--base`).
public struct WeekOptions: ParsableArguments {
    @OptionGroup public var global: GlobalOptions
    @Option(help: ArgumentHelp(centreOptionHelp)) public var centre: String?
    @Option(help: ArgumentHelp(weekOptionHelp + " ; la semaine en cours par défaut.")) public var semaine: ISOWeek?

    public init() {}

    public func week() -> ISOWeek { semaine ?? ISOWeek(containing: CalendarDate.today()) }

    /// Connects, then finds the centre under the login's role (``MyCentres/centre(option:)``).
    public func open() throws -> (Session, CentreReference) {
        try MaSanteTerminal.open(global, centre: centre)
    }
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
