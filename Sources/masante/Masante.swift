import MaSanteTerminal

/// The `masante` command: administration of the "Ma santé, Ma Région" network.
@main
struct Masante: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Administration du réseau « Ma santé, Ma Région » : base, centres, personnel, plannings, rapports.",
        subcommands: [
            Base.self, Centres.self, Territoires.self, Postes.self, Personnel.self, Recrutement.self, Accueil.self,
            Planning.self, Activite.self,
            Rapport.self,
            Objectif.self, Utilisateur.self, Audit.self, Demo.self, Serveur.self, Agenda.self,
        ]
    )

    /// Every failure ends in French with the contract's status (``frenchMain()``).
    static func main() { frenchMain() }
}
