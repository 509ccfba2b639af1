public import MaSante
public import MaSanteStore

extension EditOutcome {
    /// After a change: each week touched, its version and a count of what the checker now finds,
    /// one line per week.
    public var weekLines: [String] {
        weeks.map { week in
            let blocking = week.findings.filter { $0.severity == .bloquant }.count
            let warnings = week.findings.count - blocking
            let state =
                week.findings.isEmpty
                ? "aucune anomalie"
                : "\(blocking) constat(s) bloquant(s), \(warnings) avertissement(s) — « masante planning verifier --centre \"\(week.centreName)\" --semaine \(week.week) » pour le détail"
            return
                "\(week.centreName), semaine \(week.week) (\(week.status.label.lowercased()), version \(week.version)) : \(state)."
        }
    }
}

extension StaffListing {
    /// The full listing, stage and FTE included; `forReading` shows French labels instead of codes.
    public func table(forReading: Bool) -> Listing {
        Listing(
            columns: [
                "numero", "nom", "prenom", "profession", "rpps", "centre", "debut", "fin", "heures_hebdo", "contrat",
                "etape", "etp",
            ],
            rows: members.map { m in
                [
                    .integer(m.id), .text(m.lastName), .text(m.firstName),
                    .text(forReading ? m.profession.label : m.profession.rawValue),
                    m.rpps.map(Listing.Cell.text) ?? .null,
                    .text(m.centre), .date(m.start), m.end.map(Listing.Cell.date) ?? .null, .number(m.weeklyHours),
                    .text(m.contractType.rawValue), m.stage.map { .text(forReading ? $0.label : $0.rawValue) } ?? .null,
                    .number(m.fte),
                ]
            })
    }
}

extension UserAccount {
    /// The logins as `utilisateur liste` shows them: identifiant, rôle, centres, connexion.
    public static func listing(_ accounts: [UserAccount]) -> Listing {
        Listing(
            columns: ["identifiant", "role", "centres", "connexion"],
            rows: accounts.map { account in
                [
                    .text(account.login), .text(account.role.rawValue), .text(account.centres.joined(separator: ", ")),
                    .text(account.canLogIn ? "oui" : "non"),
                ]
            })
    }
}
