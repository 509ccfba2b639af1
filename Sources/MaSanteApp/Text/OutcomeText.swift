public import MaSante
public import MaSanteReports
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
    /// `personnel liste` in `format`: in text, French labels and the totals on `date`; in json,
    /// the codes; in csv, the columns the people import reads back.
    public func document(_ format: OutputFormat, on date: CalendarDate) -> String {
        switch format {
        case .texte:
            ListingRenderer(listing: table(forReading: true)).text
                + "Total au \(date.french) : \(peopleCount) personne(s), \(FrenchNumber.format(totalFTE)) ETP\n"
        case .json: ListingRenderer(listing: table(forReading: false)).json
        default: ListingRenderer(listing: csv).csv
        }
    }

    /// The full listing, stage and FTE included; `forReading` shows French labels instead of codes.
    public func table(forReading: Bool) -> Listing {
        Listing(
            columns: [
                "numero", "nom", "prenom", "profession", "rpps", "centre", "quotite", "debut", "fin", "heures_hebdo",
                "contrat", "etape", "etp",
            ],
            rows: members.map { m in
                [
                    .integer(m.id), .text(m.lastName), .text(m.firstName),
                    .text(forReading ? m.profession.label : m.profession.rawValue),
                    m.rpps.map(Listing.Cell.text) ?? .null,
                    .text(m.centre), forReading ? .text(m.share.french) : .integer(m.share.percent), .date(m.start),
                    m.end.map(Listing.Cell.date) ?? .null, .number(m.weeklyHours),
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

extension CopyOutcome {
    /// What `planning copier` says, line by line: the shifts copied (and replaced), those left
    /// aside, then each week touched.
    public func lines(from source: CopySource, to target: ISOWeek) -> [String] {
        let replaced = edit.removed > 0 ? " (\(edit.removed) remplacé(s))" : ""
        let skippedLines =
            skipped.isEmpty ? [] : ["\(skipped.count) service(s) laissé(s) de côté :"] + skipped.map { "  \($0)" }
        return ["\(edit.added) service(s) copié(s) depuis \(source) vers la semaine \(target)\(replaced)."]
            + skippedLines + edit.weekLines
    }
}
