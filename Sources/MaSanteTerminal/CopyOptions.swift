public import ArgumentParser
public import MaSante
public import MaSanteApp
public import MaSanteStore

/// `--de`, `--vers`, `--remplacer` and `--motif` of `planning copier`: from which week or
/// template, into which week, and how.
public struct CopyOptions: ParsableArguments {
    @Option(
        help:
            "Semaine source (2026-W48, une date de la semaine, « courante »…) ou nom d'un modèle (« planning modele enregistrer »)."
    ) public var de: String
    @Option(help: ArgumentHelp("Semaine à planifier. " + weekOptionHelp + ".")) public var vers: ISOWeek
    @Flag(help: "Remplacer les services déjà saisis dans la semaine cible.") public var remplacer = false
    @Option(help: "Motif, si la semaine cible est déjà publiée.") public var motif: String?

    public init() {}

    /// `--motif` refused when too long or holding a control character (65).
    public func validate() throws {
        try OptionRefusal.checking { try typedOption("motif", motif, as: .freeText) }
    }

    /// Copies into the week of `centre` (``CopyWeek``) and says what was copied and left aside.
    public func copy(_ session: Session, centre: CentreReference) throws -> [String] {
        let source = CopySource.parse(de, today: CalendarDate.today())
        let outcome = try CopyWeek(session).run(
            centre: centre, from: source, to: vers, replace: remplacer, reason: motif)
        return outcome.lines(from: source, to: vers)
    }
}
