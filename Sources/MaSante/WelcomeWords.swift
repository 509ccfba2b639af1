import Foundation

/// The three parts of a recruit's welcome (`welcome_group` in the database).
///
/// ```swift
/// try WelcomeGroup.parse("premier jour")   // .premierJour
/// WelcomeGroup.installation.label          // "installation"
/// ```
public enum WelcomeGroup: String, CaseIterable, Sendable, Codable, WelcomeWord {
    case administratif
    case installation
    case premierJour = "premier_jour"

    /// The French name.
    public var label: String {
        switch self {
        case .administratif: "démarches administratives"
        case .installation: "installation"
        case .premierJour: "premier jour"
        }
    }

    public static let what = "groupe"
    public static let aliases: [String: WelcomeGroup] = [
        "administratives": .administratif, "admin": .administratif, "administration": .administratif,
        "jour_1": .premierJour, "arrivee": .premierJour,
    ]
}

/// Who does an item of the welcome (`welcome_owner`): the GIP's HR, the centre's manager, the
/// partner commune.
///
/// ```swift
/// try WelcomeOwner.parse("commune partenaire")   // .commune
/// ```
public enum WelcomeOwner: String, CaseIterable, Sendable, Codable, WelcomeWord {
    case rh
    case responsable
    case commune

    /// The French name.
    public var label: String {
        switch self {
        case .rh: "RH du GIP"
        case .responsable: "responsable du centre"
        case .commune: "commune partenaire"
        }
    }

    public static let what = "intervenant"
    public static let aliases: [String: WelcomeOwner] = [
        "gip": .rh, "ressources_humaines": .rh, "centre": .responsable, "responsable_de_centre": .responsable,
        "mairie": .commune,
    ]
}

/// Where an item of the welcome stands (`welcome_status`).
///
/// ```swift
/// try WelcomeStatus.parse("sans objet")   // .sansObjet
/// WelcomeStatus.fait.isClosed             // true
/// ```
public enum WelcomeStatus: String, CaseIterable, Sendable, Codable, WelcomeWord {
    case aFaire = "a_faire"
    case fait
    case sansObjet = "sans_objet"

    /// The French name.
    public var label: String {
        switch self {
        case .aFaire: "à faire"
        case .fait: "fait"
        case .sansObjet: "sans objet"
        }
    }

    /// Whether the item needs nothing more (done, or not applicable to this recruit).
    public var isClosed: Bool { self != .aFaire }

    public static let what = "statut"
    public static let aliases: [String: WelcomeStatus] = [
        "faite": .fait, "ok": .fait, "non_applicable": .sansObjet, "na": .sansObjet, "afaire": .aFaire,
        "todo": .aFaire,
    ]
}

/// An enumeration of the welcome read from a code or its French name (``WelcomeGroup``,
/// ``WelcomeOwner``, ``WelcomeStatus``).
public protocol WelcomeWord: RawRepresentable<String>, CaseIterable {
    /// The French name.
    var label: String { get }
    /// What the value is, for the refusal (`groupe`).
    static var what: String { get }
    /// Other words read as a value (`mairie` for the commune).
    static var aliases: [String: Self] { get }
}

extension WelcomeWord {
    /// The codes, for messages that list the valid values.
    public static var validCodes: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Reads a code or the French name in any case, with or without accents.
    public static func parse(_ text: String) throws(FieldError) -> Self {
        let key = FrenchText.key(text)
        if let value = allCases.first(where: { $0.rawValue == key || FrenchText.key($0.label) == key }) {
            return value
        }
        if let value = aliases[key] { return value }
        throw FieldError("\(what) inconnu \(FieldError.quoted(text.trimmedSpaces)) : valeurs possibles \(validCodes)")
    }
}

/// When an item of the welcome falls due: a number of days from the hire date, from 90 days
/// before (housing found ahead) to a year after.
///
/// ```swift
/// try DueOffset.parse("J+30").days   // 30
/// try DueOffset.parse("-15").french  // "J-15"
/// ```
public struct DueOffset: Hashable, Sendable, Comparable, Codable {
    public var days: Int

    /// The range the database accepts (`welcome_items_due_offset_check`).
    public static let range = -90...365

    public init?(days: Int) {
        guard Self.range.contains(days) else { return nil }
        self.days = days
    }

    /// The hire date itself.
    public static let zero = DueOffset(days: 0)!

    /// `J+30`, `J-15`, `J` for the hire date itself.
    public var french: String { days == 0 ? "J" : days > 0 ? "J+\(days)" : "J\(days)" }

    /// The due day of an item whose welcome starts on `start`.
    public func due(from start: CalendarDate) -> CalendarDate { start.adding(days: days) }

    /// Reads `30`, `+30`, `-15`, `J+30`, `j-15` or `J`.
    public static func parse(_ text: String) throws(FieldError) -> DueOffset {
        var body = text.trimmedSpaces.replacingOccurrences(of: " ", with: "")
        if body.lowercased().hasPrefix("j") {
            body.removeFirst()
            if body.isEmpty { body = "0" }
        }
        if body.hasPrefix("+") { body.removeFirst() }
        guard let days = Int(body), let offset = DueOffset(days: days) else {
            throw FieldError(
                "délai invalide \(FieldError.quoted(text.trimmedSpaces)) : un nombre de jours depuis l'embauche, de \(range.lowerBound) à \(range.upperBound) (ex. 30, J+30, -15)"
            )
        }
        return offset
    }

    public static func < (a: DueOffset, b: DueOffset) -> Bool { a.days < b.days }
}
