import Hummingbird

/// An HR form on a page of its own (`rh-formulaire`): heading, fields drawn by `rh-champ`, and
/// after a refusal the messages above the form and beside each field, the values kept.
struct HRFormPage {
    var title: String
    var intro: String
    var action: String
    var submit: String
    var fields: [HRField]
    var errors = HRFormErrors()

    func response(_ pages: Pages, person: SignedInPerson) -> Response {
        var fields = fields
        let messages = errors.apply(to: &fields)
        return pages.page(
            "rh-formulaire", title: title, person: person,
            values: [
                "heading": title, "intro": intro, "action": action, "submit": submit, "fields": fields.map(\.values),
                "refused": !errors.isEmpty, "messages": messages,
            ], status: errors.isEmpty ? .ok : .badRequest)
    }
}
