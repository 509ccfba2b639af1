public import ArgumentParser
public import MaSanteApp
public import MaSanteStore

/// The help of every `--centre` option that names the centre a planning command works on.
public let centreOptionHelp =
    "Le centre : son nom, ou une partie qui le distingue (--centre millas). Inutile si votre compte dirige un seul centre."

extension MyCentres {
    /// The centre of a `--centre` option (``MyCentres/centre(named:)``); a usage error (64) when
    /// it is left out and the login runs no centre or several.
    public func centre(option: String?) throws -> CentreReference {
        do {
            return try centre(named: option)
        } catch PlanningRefusal.centreToChoose(let managed) {
            let why = PlanningRefusal.managing(managed)
            throw UserFailure(
                "Erreur : option --centre manquante : \(why), indiquez lequel, par exemple --centre millas.",
                kind: .usage)
        }
    }
}

/// `--centre` of the planning commands that work on one centre, any week, after the
/// connection's (`--base`).
public struct CentreChoice: ParsableArguments {
    @OptionGroup public var global: GlobalOptions
    @Option(help: ArgumentHelp(centreOptionHelp)) public var centre: String?

    public init() {}

    /// Connects, then finds the centre under the login's role (``MyCentres/centre(option:)``).
    public func open() throws -> (Session, CentreReference) {
        try MaSanteTerminal.open(global, centre: centre)
    }
}

/// Connects and finds the centre `option` names, as every planning command does first.
func open(_ global: GlobalOptions, centre option: String?) throws -> (Session, CentreReference) {
    let session = try global.connect()
    return (session, try MyCentres(session).centre(option: option))
}
