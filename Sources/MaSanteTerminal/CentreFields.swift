public import ArgumentParser
public import MaSanteApp

/// Options describing a centre, shared by `centres ajouter` and `centres modifier`.
public struct CentreFields: ParsableArguments {
    @Option(help: "Commune d'implantation.") var commune: String?
    @Option(name: .customLong("code-insee"), help: "Code INSEE de la commune (5 caractères).") var codeInsee: String?
    @Option(help: "Numéro du département (09, 31…).") var departement: String?
    @Option(help: "Statut : candidature, retenue, convention_signee, en_preparation, ouvert, ferme.") var statut:
        String?
    @Option(name: .customLong("date-ouverture"), help: "Date d'ouverture (JJ/MM/AAAA ou AAAA-MM-JJ).")
    var dateOuverture: String?
    @Option(help: "Collectivité partenaire.") var partenaire: String?
    @Option(help: "Horaires du lundi, ex. « 08:30-12:30 14:00-19:00 ».") var lundi: String?
    @Option(help: "Horaires du mardi.") var mardi: String?
    @Option(help: "Horaires du mercredi.") var mercredi: String?
    @Option(help: "Horaires du jeudi.") var jeudi: String?
    @Option(help: "Horaires du vendredi.") var vendredi: String?
    @Option(help: "Horaires du samedi.") var samedi: String?

    public init() {}

    /// The options given, by CSV column; `base` supplies the values of options not given.
    public func values(name: String) -> FieldRecord {
        let given: [(String, String?)] = [
            ("nom", name), ("commune", commune), ("code_insee", codeInsee), ("departement", departement),
            ("statut", statut), ("date_ouverture", dateOuverture), ("partenaire", partenaire),
            ("lundi", lundi), ("mardi", mardi), ("mercredi", mercredi), ("jeudi", jeudi),
            ("vendredi", vendredi), ("samedi", samedi),
        ]
        return FieldRecord(values: given)
    }
}
