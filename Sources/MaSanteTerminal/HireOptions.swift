public import ArgumentParser
public import MaSante
public import MaSanteApp

/// The options of `personnel ajouter`: the person hired, the contract and the centre, read as
/// a line of the people's import (``HirePerson/Request``), so that they pass its very checks.
public struct HireOptions: ParsableArguments {
    @Option(help: "Nom de famille.") public var nom: String
    @Option(help: "Prénom.") public var prenom: String
    @Option(help: "Profession : \(Profession.validCodes).") public var profession: String
    @Option(help: "Spécialité (médecins spécialistes).") public var specialite: String?
    @Option(help: "Numéro RPPS (11 chiffres ; aucun pour les secrétaires).") public var rpps: String?
    @Option(help: "Nom du centre d'affectation.") public var centre: String
    @Option(name: .customLong("date-embauche"), help: "Date d'embauche, début du contrat.")
    public var dateEmbauche: String
    @Option(name: .customLong("heures-hebdo"), help: "Heures hebdomadaires (35 par défaut, ex. 17,5).")
    public var heuresHebdo: String?
    @Option(name: .customLong("type-contrat"), help: "CDI (par défaut) ou CDD.") public var typeContrat: String?
    @Option(name: .customLong("date-fin"), help: "Fin du contrat (obligatoire pour un CDD).") public var dateFin:
        String?

    public init() {}

    /// The hire, refused per field (65).
    public func request() throws -> HirePerson.Request {
        try HirePerson.Request(
            FieldRecord(values: [
                ("nom", nom), ("prenom", prenom), ("profession", profession), ("specialite", specialite),
                ("rpps", rpps ?? ""), ("centre", centre), ("date_embauche", dateEmbauche),
                ("heures_hebdo", heuresHebdo), ("type_contrat", typeContrat), ("date_fin", dateFin),
            ]))
    }
}
