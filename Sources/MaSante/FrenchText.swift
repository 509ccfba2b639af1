import Foundation

/// Helpers to match what users type against known French labels.
public enum FrenchText {
    /// A comparison key: lowercase, accents removed, spaces, hyphens and apostrophes turned
    /// into `_`, `·` dropped. `"Sage-Femme "` and `"sage_femme"` give the same key.
    public static func key(_ text: String) -> String {
        let folded = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
        var key = ""
        for character in folded {
            switch character {
            case " ", "-", "'", "’", "_", ".": if !key.hasSuffix("_") { key.append("_") }
            case "·", "(", ")": continue
            default: key.append(character)
            }
        }
        while key.hasSuffix("_") { key.removeLast() }
        return key
    }
}
