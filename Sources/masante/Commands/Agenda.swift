import MaSanteTerminal

/// `masante agenda …`: the secret addresses of the calendars people subscribe to (`.ics` served
/// by `masante serveur` under `/agenda/`), made and revoked by HR or the centre's manager.
struct Agenda: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Liens d'abonnement aux agendas (.ics) d'une personne ou d'un centre : créer, révoquer (RH, responsable du centre).",
        subcommands: [Lien.self, Revoquer.self])

    struct Lien: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Crée le lien secret de l'agenda d'une personne (ses services publiés) ou d'un centre (ses semaines publiées).",
            discussion:
                "Le lien précédent de la même personne ou du même centre est révoqué. Le lien n'est affiché qu'une fois : transmettez-le à la personne, qui l'ajoute à son agenda (Google, Apple, Outlook : « s'abonner à un agenda par URL »)."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var owner: CalendarOwnerOptions
        @Option(help: "Adresse publique de l'application web.") var site = "http://127.0.0.1:8080"

        func run() throws {
            let (token, name) = try owner.withLink(global) { try $0.create(for: $1) }
            CalendarLinks.createdLines(token: token, owner: name, site: site).forEach { print($0) }
        }
    }

    struct Revoquer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Révoque le lien de l'agenda d'une personne ou d'un centre : les agendas abonnés ne reçoivent plus rien."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var owner: CalendarOwnerOptions

        func run() throws {
            let (revoked, name) = try owner.withLink(global) { try $0.revoke($1) }
            print(CalendarLinks.revokedText(revoked, owner: name))
        }
    }
}
