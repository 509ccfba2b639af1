import Foundation
public import MaSante
public import MaSanteStore

extension AuditEntry {
    /// The audit trail as `audit` shows it: for reading, the changes in words; as data, the row
    /// before and after as JSON text.
    public static func listing(_ entries: [AuditEntry], forReading: Bool) -> Listing {
        Listing(
            columns: ["quand", "qui", "table", "operation", "ligne", forReading ? "changements" : "avant", "apres"]
                .filter { !forReading || $0 != "apres" },
            rows: entries.map { entry in
                let who = entry.actingRole.map { "\(entry.login) (rôle \($0))" } ?? entry.login
                let head: [Listing.Cell] = [
                    .text(timestamp(entry.changedAt)), .text(who), .text(entry.table),
                    .text(entry.operationLabel), .text(entry.rowKey),
                ]
                return forReading
                    ? head + [.text(entry.changes.joined(separator: " ; "))]
                    : head + [
                        entry.before.map(Listing.Cell.text) ?? .null, entry.after.map(Listing.Cell.text) ?? .null,
                    ]
            })
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.timeZone = TimeZone(identifier: "Europe/Paris")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
