import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

/// `masante audit`: who changed what and when, from the trail the database keeps.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Journal d'audit : qui a modifié quoi et quand (réservé aux administrateurs).",
        discussion: "Tables suivies : \(AuditTrail.auditedTables.joined(separator: ", ")).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Depuis cette date (AAAA-MM-JJ ou JJ/MM/AAAA, heure de Paris) ; aujourd'hui par défaut.") var depuis:
        CalendarDate?
    @Option(help: "Seulement cette table.") var table: String?
    @Option(help: "Seulement les changements de cet identifiant de connexion.") var qui: String?
    @Option(help: "Nombre maximal de lignes.") var limite = 1_000
    @Option(help: "Format de sortie.") var format: ListFormat = .texte
    @OptionGroup var output: OutputOptions

    func run() throws {
        let format = format.format
        let request = try ReadAuditTrail.Request(since: depuis ?? .today(), table: table, login: qui, limit: limite)
        try output.check(holding: .personal)
        let entries = try ReadAuditTrail(try global.connect()).run(request)
        try output.emit(
            AuditEntry.document(entries, format, since: request.since), holding: .personal,
            done: "Journal d'audit écrit")
    }
}
