import MaSante

/// One field of an HR form as the `rh-champ` partial draws it: its label tied to the input, the
/// value typed (kept after a refusal) and the French message beside it when refused.
struct HRField {
    /// How the field is typed in.
    enum Kind {
        case text, date, textarea
        /// Carried along unseen (the person a form is about).
        case hidden
        /// A list of choices: value and French label; the first may be « (aucun) ».
        case select([(value: String, label: String)])
    }

    var name: String
    var label: String
    var kind: Kind = .text
    var value = ""
    var error: String?
    var hint: String?
    var required = false

    /// The values the partial reads. Every key is always set, so that Mustache never looks an
    /// absent one up in the enclosing page.
    var values: [String: Any] {
        var options: [[String: Any]] = []
        if case .select(let choices) = kind {
            options = choices.map { ["value": $0.value, "label": $0.label, "selected": $0.value == value] }
        }
        return [
            "name": name, "label": label, "value": value,
            "error": error ?? false, "hint": hint ?? false, "required": required,
            "describedBy": describedBy ?? false,
            "isText": { if case .text = kind { true } else { false } }(),
            "isDate": { if case .date = kind { true } else { false } }(),
            "isTextarea": { if case .textarea = kind { true } else { false } }(),
            "isHidden": { if case .hidden = kind { true } else { false } }(),
            "isSelect": !options.isEmpty, "options": options,
        ]
    }

    /// The ids of the hint and of the message, for `aria-describedby`; nil when neither is shown.
    private var describedBy: String? {
        let ids = [hint.map { _ in "\(name)-aide" }, error.map { _ in "\(name)-erreur" }].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    /// A person's identity as the HR forms ask it (« Ajouter un candidat », « Embaucher »): nom,
    /// prénom, profession, spécialité and RPPS, filled with `value(name)`; `rppsHint` says when
    /// the RPPS is due.
    static func identity(rppsHint: String, _ value: (String) -> String?) -> [HRField] {
        [
            HRField(name: "nom", label: "Nom", value: value("nom") ?? "", required: true),
            HRField(name: "prenom", label: "Prénom", value: value("prenom") ?? "", required: true),
            HRField(
                name: "profession", label: "Profession", kind: .select(professions), value: value("profession") ?? "",
                required: true),
            HRField(
                name: "specialite", label: "Spécialité", kind: .select(specialties), value: value("specialite") ?? ""),
            HRField(name: "rpps", label: "Numéro RPPS", value: value("rpps") ?? "", hint: rppsHint),
        ]
    }

    /// The professions, French labels, codes as values.
    static let professions: [(value: String, label: String)] = Profession.allCases.map { ($0.rawValue, $0.label) }

    /// The specialties, with « aucune » first (only specialists have one).
    static let specialties: [(value: String, label: String)] =
        [("", "aucune (sauf médecin spécialiste)")] + Specialty.all.map { ($0.code, $0.label) }
}
