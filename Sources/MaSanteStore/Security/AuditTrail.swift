public import Foundation
import MaSantePostgres
package import PQ

/// One change recorded by the audit triggers: who (the login), when, which row of which
/// table, and the row before and after as JSON text.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int
    public var changedAt: Date
    public var login: String
    /// The role taken with `SET ROLE`, when the login acted as another role.
    public var actingRole: String?
    public var table: String
    /// `INSERT`, `UPDATE` or `DELETE`.
    public var operation: String
    public var rowKey: String
    public var before: String?
    public var after: String?

    /// The French word for the operation.
    public var operationLabel: String {
        switch operation {
        case "INSERT": "ajout"
        case "UPDATE": "modification"
        default: "suppression"
        }
    }

    /// The fields an update changed, as `champ : « avant » → « après »`, in the row's column order
    /// of keys (sorted); for an insert or a delete, the whole row.
    public var changes: [String] {
        let old = Self.object(before), new = Self.object(after)
        guard operation == "UPDATE" else {
            return (new ?? old ?? [:]).keys.sorted().map { "\($0) : \(Self.show((new ?? old)?[$0]))" }
        }
        return Set((old ?? [:]).keys).union((new ?? [:]).keys).sorted().compactMap { key in
            let was = Self.show(old?[key]), now = Self.show(new?[key])
            return was == now ? nil : "\(key) : \(was) → \(now)"
        }
    }

    private static func object(_ json: String?) -> [String: Any]? {
        guard let json, let data = json.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    private static func show(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: "∅"
        case let text as String: "« \(text) »"
        case let value?:
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])
            {
                String(decoding: data, as: UTF8.self)
            } else {
                "\(value)"
            }
        }
    }
}

/// Reads the audit trail (`audit_log`), which triggers fill on every change to the registry,
/// the schedules and the activity. Only `masante_admin` may read it; nobody may change it.
public struct AuditTrail {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The tables whose changes are recorded.
    public static let auditedTables = [
        "assignments", "centre_closures", "centre_managers", "centre_needs", "centre_rule_limits",
        "centre_rule_settings",
        "centre_status_events", "centres", "collectivites", "contracts", "long_absences", "monthly_activity",
        "opening_hours",
        "people", "planning_templates", "planning_weeks", "recruitment_events", "settings", "shifts", "sites",
        "staff_preferences", "welcome_checklists", "welcome_items", "welcome_template_items",
    ]

    /// Why `table` cannot be asked for (it is not audited), listing those that are; nil when it can.
    public static func problem(withTable table: String) -> String? {
        auditedTables.contains(table)
            ? nil : "table non auditée « \(table) » : valeurs possibles \(auditedTables.joined(separator: ", "))"
    }

    /// Changes since `start`, oldest first, optionally of one table and by one login, at most `limit`.
    public func entries(
        since start: Date, table: String? = nil, login: String? = nil, limit: Int = 10_000
    ) throws -> [AuditEntry] {
        if let problem = table.flatMap(Self.problem(withTable:)) { throw StoreError.refused(problem) }
        return try connection.query(
            """
            SELECT id, changed_at, login, acting_role, table_name, operation, row_key::text, before::text, after::text
            FROM audit_log
            WHERE changed_at >= \(start)
              AND (\(table)::text IS NULL OR table_name = \(table)::text)
              AND (\(login)::text IS NULL OR login = \(login)::text OR acting_role = \(login)::text)
            ORDER BY id
            LIMIT \(limit)
            """
        ).map(AuditEntry.init(row:))
    }
}

extension AuditEntry {
    /// Reads `id, changed_at, login, acting_role, table_name, operation, row_key, before, after` (text).
    package init(row: Row) throws {
        let (id, at, who, acting, table, operation, key, before, after) =
            try row.decode((Int, Date, String, String?, String, String, String, String?, String?).self)
        self.init(
            id: id, changedAt: at, login: who, actingRole: acting, table: table, operation: operation,
            rowKey: key, before: before, after: after)
    }
}
