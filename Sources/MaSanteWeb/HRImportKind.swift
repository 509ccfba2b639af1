import MaSanteApp
import MaSanteStore

/// The files HR imports through the web: the people (`personnel importer`) or the centres
/// (`centres importer`), the form's `type`.
enum HRImportKind: String, CaseIterable, Sendable {
    case personnel, centres

    /// The form's value; the people file when absent or unknown.
    init(_ value: String?) { self = value.flatMap(Self.init(rawValue:)) ?? .personnel }

    var label: String {
        switch self {
        case .personnel: "Personnel"
        case .centres: "Centres de santé"
        }
    }

    /// As the CLI's summary names them: « Import des personnels terminé ».
    var what: String {
        switch self {
        case .personnel: "personnels"
        case .centres: "centres"
        }
    }

    var columns: [String] {
        switch self {
        case .personnel: PeopleQueries.csvColumns
        case .centres: CentreQueries.csvColumns
        }
    }

    var registryKind: ImportRegistry.Kind {
        switch self {
        case .personnel: .people
        case .centres: .centres
        }
    }
}
