import MaSanteTerminal

/// `masante audit`: who changed what and when, from the trail the database keeps.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Journal d'audit : qui a modifié quoi et quand (réservé aux administrateurs).",
        discussion: "Tables suivies : \(AuditTrail.auditedTables.joined(separator: ", ")).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filter: AuditFilterOptions
    @OptionGroup var output: FormattedOutput<ListFormat>

    func run() throws {
        let request = try filter.request()
        try output.emit(holding: .personal, done: "Journal d'audit écrit") { format in
            AuditEntry.document(
                try ReadAuditTrail(try global.connect()).run(request), format.format, since: request.since)
        }
    }
}
