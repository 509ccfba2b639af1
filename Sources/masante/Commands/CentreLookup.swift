import MaSanteStore

/// The help of every `--centre` option that names the centre a planning command works on.
let centreOptionHelp = "Le centre : son nom, ou une partie qui le distingue (--centre millas). Inutile si votre compte dirige un seul centre."

extension PlanningQueries {
    /// The centre of a `--centre` option: the one it names (``centre(named:)``), or, when it is
    /// left out, the one centre the login runs; a usage error (64) when the login runs none or several.
    func centre(option: String?) throws -> CentreReference {
        if let option { return try centre(named: option) }
        let managed = try managedCentres()
        if managed.count == 1 { return managed[0] }
        let why = managed.isEmpty
            ? "votre compte ne dirige aucun centre"
            : "votre compte dirige \(managed.count) centres (\(managed.map(\.name).joined(separator: ", ")))"
        throw CommandFailure.message("Erreur : option --centre manquante : \(why), indiquez lequel, par exemple --centre millas.",
                                     status: ExitStatus.usage)
    }
}
