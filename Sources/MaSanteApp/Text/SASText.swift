public import MaSanteStore

extension SASAccess {
    /// What `planning creneaux lien` says: the new token, shown once, and how the SAS sends it.
    public static func createdLines(token: String, centre: CentreReference) -> [String] {
        [
            "Accès du SAS aux créneaux de \(centre.name) (à transmettre une seule fois ; l'ancien jeton est révoqué) :",
            "  recherche : GET /fhir/Slot?start=ge…&_include=Slot:schedule&_include=Schedule:actor",
            "  en-tête   : Authorization: Bearer \(token)",
        ]
    }

    /// What `planning creneaux revoquer` says, whether a token was revoked or none was in use.
    public static func revokedText(_ revoked: Bool, centre: CentreReference) -> String {
        revoked
            ? "Jeton du SAS de \(centre.name) révoqué."
            : "\(centre.name) n'avait pas de jeton du SAS en cours : rien à révoquer."
    }
}
