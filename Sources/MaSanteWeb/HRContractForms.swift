import MaSante
import MaSanteStore

/// The forms of a person's page that change where and on what terms they work, for HR: a share
/// of the contract in a centre from a date (`personnel affecter`), a move to another centre
/// (`personnel mutation`), an amendment of the contract (`personnel avenant`). Field names are
/// prefixed so that two forms of the page never share an id.
enum HRContractForm: String, CaseIterable {
    case assignment = "affectation"
    case move = "mutation"
    case amendment = "avenant"

    /// The use cases' field names (the CLI's options) and the form's, where they differ.
    var fieldNames: [String: String] {
        switch self {
        case .assignment: ["centre": "affectation_centre", "du": "affectation_du", "au": "affectation_au"]
        case .move: ["le": "mutation_le"]
        case .amendment: ["le": "avenant_le", "motif": "avenant_motif"]
        }
    }

    /// The form's fields, with what was typed; `centres` are the centres the reader may choose.
    func fields(_ form: FormFields, centres: [String]) -> [HRField] {
        let choices = centres.map { (value: $0, label: $0) }
        switch self {
        case .assignment:
            return [
                HRField(
                    name: "affectation_centre", label: "Centre", kind: .select([("", "choisir un centre")] + choices),
                    value: form["affectation_centre"] ?? "", required: true),
                HRField(
                    name: "quotite", label: "Quotité du contrat dans ce centre (%)", value: form["quotite"] ?? "",
                    hint: "De 1 à 100 ; la somme des quotités d'un même jour ne dépasse pas 100 %.", required: true),
                HRField(
                    name: "affectation_du", label: "Premier jour", kind: .date, value: form["affectation_du"] ?? "",
                    required: true),
                HRField(
                    name: "affectation_au", label: "Dernier jour (vide : jusqu'à la fin du contrat)", kind: .date,
                    value: form["affectation_au"] ?? ""),
            ]
        case .move:
            return [
                HRField(
                    name: "vers", label: "Centre d'arrivée", kind: .select([("", "choisir un centre")] + choices),
                    value: form["vers"] ?? "", required: true),
                HRField(
                    name: "mutation_le", label: "Premier jour dans le nouveau centre", kind: .date,
                    value: form["mutation_le"] ?? "", required: true),
                HRField(
                    name: "depuis", label: "Centre quitté", kind: .select([("", "son seul centre")] + choices),
                    value: form["depuis"] ?? "", hint: "À choisir si la personne travaille dans plusieurs centres."),
            ]
        case .amendment:
            return [
                HRField(
                    name: "avenant_le", label: "Date d'effet", kind: .date, value: form["avenant_le"] ?? "",
                    required: true),
                HRField(
                    name: "heures-hebdo", label: "Nouvelles heures par semaine (vide : inchangées)",
                    value: form["heures-hebdo"] ?? ""),
                HRField(
                    name: "type-contrat", label: "Type de contrat",
                    kind: .select([("", "inchangé")] + ContractType.allCases.map { ($0.rawValue, $0.rawValue) }),
                    value: form["type-contrat"] ?? ""),
                HRField(
                    name: "date-fin", label: "Nouvelle fin du contrat (CDD renouvelé)", kind: .date,
                    value: form["date-fin"] ?? ""),
                HRField(name: "avenant_motif", label: "Motif ou remarque", value: form["avenant_motif"] ?? ""),
            ]
        }
    }
}

extension HRPersonPage {
    /// The values of the three forms (HR only): fields, and the messages of the one refused.
    func contractFormValues(
        centres: [String], refused: (form: HRContractForm, typed: FormFields, errors: HRFormErrors)? = nil
    ) -> [String: Any] {
        guard canEdit, !file.contracts.isEmpty else { return [:] }
        var values: [String: Any] = ["canAssign": true]
        for form in HRContractForm.allCases {
            let isRefused = refused?.form == form
            var fields = form.fields(isRefused ? refused!.typed : FormFields(), centres: centres)
            let messages = isRefused ? refused!.errors.apply(to: &fields) : []
            values["\(form.rawValue)Fields"] = fields.map(\.values)
            values["\(form.rawValue)Errors"] =
                isRefused && !refused!.errors.isEmpty ? ["messages": messages] as [String: Any] : false
        }
        return values
    }
}
