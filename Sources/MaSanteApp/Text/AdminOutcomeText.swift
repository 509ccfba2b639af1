public import MaSante
public import MaSanteReports
public import MaSanteStore

extension AddUser.Outcome {
    /// What `utilisateur ajouter` says: the account and its centres, then the generated password if any.
    public var lines: [String] {
        let listed = centres.isEmpty ? "" : " (centres : \(centres.joined(separator: ", ")))"
        return ["Compte « \(login) » créé : \(role.label)\(listed)."]
            + (generatedPassword.map {
                ["Mot de passe (affiché une seule fois, à transmettre à l'intéressé·e) : \($0)"]
            }
                ?? [])
    }
}

extension AddServerLogin.Outcome {
    /// What `serveur compte` says: the account, then the generated password if any.
    public var lines: [String] {
        ["Compte du serveur web « \(login) » créé."]
            + (generatedPassword.map {
                ["Mot de passe (affiché une seule fois, à ranger dans le ~/.pgpass du serveur) : \($0)"]
            } ?? [])
    }
}

extension UserAccount {
    /// `utilisateur liste` in `format`; in text, a sentence when there is no account.
    public static func document(_ accounts: [UserAccount], _ format: OutputFormat) -> String {
        format == .texte && accounts.isEmpty
            ? "Aucun compte masante dans cette base.\n" : ListingRenderer(listing: listing(accounts)).render(format)
    }
}

extension AuditEntry {
    /// `audit` in `format`; in text, a sentence when nothing changed since `since`.
    public static func document(_ entries: [AuditEntry], _ format: OutputFormat, since: CalendarDate) -> String {
        format == .texte && entries.isEmpty
            ? "Aucun changement enregistré depuis le \(since.french).\n"
            : ListingRenderer(listing: listing(entries, forReading: format == .texte)).render(format)
    }
}

extension Migrator {
    /// What `base migrer` says about the migrations `applied`.
    public static func lines(_ applied: [String]) -> [String] {
        guard !applied.isEmpty else { return ["Base à jour : aucune migration en attente."] }
        return ["\(applied.count) migration(s) appliquée(s) :"] + applied.map { "  - \($0)" }
    }
}

extension CalendarLinks {
    /// What `agenda lien` says: whose calendar, then its address under `site` (shown once).
    public static func createdLines(token: String, owner name: String, site: String) -> [String] {
        let base = site.hasSuffix("/") ? String(site.dropLast()) : site
        return [
            "Lien d'abonnement à l'agenda \(name) (affiché une seule fois ; tout lien précédent est révoqué) :",
            "\(base)/agenda/\(token).ics",
        ]
    }

    /// What `agenda revoquer` says, whether a link was revoked or none was active.
    public static func revokedText(_ revoked: Bool, owner name: String) -> String {
        revoked ? "Lien de l'agenda \(name) révoqué." : "Aucun lien actif pour l'agenda \(name) : rien à révoquer."
    }
}
