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
