import Foundation
import MaSanteApp
import MaSanteStore

/// The fields of « Ajouter un compte », as typed, and their checks, as `utilisateur ajouter
/// --identifiant --role --centre`: each refusal is a French sentence beside its field, and no
/// login is made while one stands. A centre is a checkbox `centre-{id}`.
struct AdminUserForm: Sendable {
    var login = ""
    var role = ""
    var centreIDs: Set<Int> = []

    init() {}

    /// The posted fields: `identifiant`, `role` and the ticked `centre-{id}`.
    init(_ fields: FormFields) {
        login = fields.trimmed("identifiant")
        role = fields["role"] ?? ""
        centreIDs = Set(
            fields.names.compactMap { name in
                name.hasPrefix("centre-") && fields[name] == "oui" ? Int(name.dropFirst("centre-".count)) : nil
            })
    }

    /// The use case's request (a generated password), or the French message of each refused field.
    func check(centres: [CentreReference]) -> Result<AddUser.Request, FieldErrors> {
        var errors = FieldErrors()
        if login.range(of: "^[a-z][a-z0-9_.-]{1,62}$", options: .regularExpression) == nil
            || login.hasPrefix("masante_") || login.hasPrefix("pg_")
        {
            errors["identifiant"] =
                "Saisissez un identifiant de 2 à 63 caractères parmi a-z, 0-9, « _ », « . », « - », "
                + "commençant par une lettre (sans les préfixes « masante_ » et « pg_ »)."
        }
        let roleValue = UserRole(rawValue: role)
        if roleValue == nil { errors["role"] = "Choisissez un rôle de la liste." }
        let chosen = centres.filter { centreIDs.contains($0.id) }
        if chosen.count < centreIDs.count {
            errors["centres"] = "Cochez des centres de la liste."
        } else if roleValue == .responsable && chosen.isEmpty {
            errors["centres"] = "Un responsable de centre doit être rattaché à au moins un centre : cochez-en un."
        } else if let roleValue, roleValue != .responsable, !chosen.isEmpty {
            errors["centres"] =
                "Seul un responsable de centre est rattaché à des centres : décochez-les, ou choisissez ce rôle."
        }
        guard errors.isEmpty, let roleValue else { return .failure(errors) }
        return .success(AddUser.Request(login: login, role: roleValue, centres: chosen.map(\.name)))
    }

    /// The template's values: the fields as typed, the role select and the centres' checkboxes.
    func values(centres: [CentreReference]) -> [String: Any] {
        [
            "identifiant": login,
            "roles": UserRole.allCases.map {
                ["value": $0.rawValue, "label": $0.label, "selected": $0.rawValue == role]
            },
            "centreOptions": centres.map { ["id": $0.id, "name": $0.name, "checked": centreIDs.contains($0.id)] },
        ]
    }
}
