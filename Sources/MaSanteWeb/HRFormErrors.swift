import Foundation
import MaSante
import MaSanteApp
import MaSanteStore

/// The French messages of a refused HR form, the use cases' own: each one beside the field it
/// names (the fields are named like the CSV columns and the use cases' errors), the others above
/// the form. Nothing was written when there is one.
struct HRFormErrors {
    private(set) var fields: [String: String] = [:]
    private(set) var general: [String] = []

    var isEmpty: Bool { fields.isEmpty && general.isEmpty }

    /// Puts `message` beside `field` (above the form when nil), as a sentence; the first message of a field is kept.
    mutating func add(_ message: String, field: String? = nil) {
        let sentence = RegionRoutes.sentence(message)
        if let field {
            if fields[field] == nil { fields[field] = sentence }
        } else {
            general.append(sentence)
        }
    }

    /// Parses `text` with `parse`, keeping its French message beside `field` when refused.
    mutating func parse<T>(_ field: String, _ text: String, _ parse: (String) throws(FieldError) -> T) -> T? {
        do {
            return try parse(text)
        } catch {
            add(error.message, field: field)
            return nil
        }
    }

    /// Takes the refusal of a registry action; false when `error` is not one (a failure to pass on).
    mutating func take(_ error: any Error) -> Bool {
        switch error {
        case RegistryError.invalidFields(let issues):
            for issue in issues.sorted() { add(issue.message, field: issue.column) }
        case RegistryError.fieldRefused(let field, let message):
            add(message, field: field)
        case RegistryError.unknownCentre(let name, let known):
            add("centre inconnu « \(name) » (centres connus : \(known.joined(separator: ", ")))", field: "centre")
        case StoreError.refused(let message), StoreError.ambiguous(let message):
            add(message)
        case let failure as UserFailure:
            add(failure.message)
        default:
            guard let failure = DatabaseFailure(error), failure.code == .ruleOfSchema else { return false }
            add(failure.frenchRule ?? failure.serverMessage)
        }
        return true
    }

    /// The same messages, each field renamed by `names` (a use case's field → the form's) when listed.
    func renamed(_ names: [String: String]) -> HRFormErrors {
        var copy = self
        copy.fields = Dictionary(fields.map { (names[$0.key] ?? $0.key, $0.value) }) { first, _ in first }
        return copy
    }

    /// The messages for a page: `errors` (above the form) and the fields' own.
    func apply(to fields: inout [HRField]) -> [String] {
        for index in fields.indices { fields[index].error = self.fields[fields[index].name] }
        let orphans = self.fields.filter { name, _ in !fields.contains { $0.name == name } }.map(\.value).sorted()
        return general + orphans
    }
}

extension FormFields {
    /// The field's text, nil when absent or blank (an optional field left empty).
    func optional(_ name: String) -> String? {
        guard let text = self[name], !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }
}
