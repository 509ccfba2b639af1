public import MaSante

/// The four kinds of login masante knows, each a PostgreSQL group role created by the
/// migrations (`masante_admin`, `masante_rh`, `masante_responsable`, `masante_region`): what a
/// user may read and change follows from it, enforced by the database.
public enum UserRole: String, CaseIterable, Sendable {
    case admin, rh, responsable, region

    /// The PostgreSQL group role.
    public var groupRole: String { "masante_\(rawValue)" }

    /// The French label.
    public var label: String {
        switch self {
        case .admin: "administrateur"
        case .rh: "RH du GIP"
        case .responsable: "responsable de centre"
        case .region: "Région"
        }
    }

    /// Reads a role code (`rh`, `responsable`…), a label or a group role name, in any case.
    public static func parse(_ text: String) throws(FieldError) -> UserRole {
        let key = FrenchText.key(text)
        if let role = allCases.first(where: { [$0.rawValue, $0.groupRole, FrenchText.key($0.label)].contains(key) }) {
            return role
        }
        let valid = allCases.map(\.rawValue).joined(separator: ", ")
        throw FieldError("rôle inconnu « \(text) » : valeurs possibles \(valid)")
    }

    /// The role behind a group role name, if it is one of masante's.
    public init?(groupRole: String) {
        guard let role = Self.allCases.first(where: { $0.groupRole == groupRole }) else { return nil }
        self = role
    }
}
