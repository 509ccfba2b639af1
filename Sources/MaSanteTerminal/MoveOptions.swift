public import ArgumentParser
public import MaSante
public import MaSanteApp

/// What `planning deplacer` changes in the shift it selects: its day, its hours, its person.
public struct MoveOptions: ParsableArguments {
    @Option(name: .customLong("vers-jour"), help: "Nouveau jour (AAAA-MM-JJ ou JJ/MM/AAAA).") public var versJour:
        CalendarDate?
    @Option(name: .customLong("vers-debut"), help: "Nouvelle heure de début (HH:MM).") public var versDebut: TimeOfDay?
    @Option(name: .customLong("vers-fin"), help: "Nouvelle heure de fin (HH:MM).") public var versFin: TimeOfDay?
    @Option(name: .customLong("vers-personne"), help: "Nouvelle personne : RPPS, numéro ou « NOM Prénom ».")
    public var versPersonne: String?

    public init() {}

    /// A usage error (64) when nothing is to change.
    public func check() throws {
        guard versJour != nil || versDebut != nil || versFin != nil || versPersonne != nil else {
            throw ValidationError("indiquez ce qui change : --vers-jour, --vers-debut, --vers-fin ou --vers-personne")
        }
    }

    /// The move, with the reason and `--forcer` of `change`.
    public func request(_ change: ChangeOptions) throws -> MoveShift.Request {
        MoveShift.Request(
            day: versJour, start: versDebut, end: versFin, person: versPersonne, reason: try change.reason(),
            force: change.forcer)
    }

    /// Runs the move, saying a refused time on the option that set it and a refused shift per
    /// option (65).
    public func reporting<T>(_ move: () throws -> T) throws -> T {
        do {
            return try OptionRecord.reporting(move)
        } catch let error as FieldError {
            throw UserFailure(
                "option --\(versFin != nil ? "vers-fin" : "vers-debut") : \(error.message)", kind: .badData)
        }
    }
}
