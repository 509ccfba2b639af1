import Foundation
public import MaSante

/// A centre's slot rules as `planning creneaux regles` prints them: one line per activity, its
/// slot length and end margin, and whether it is the standard rule.
///
/// ```swift
/// print(SlotRulesText.render(SlotSettings(), centre: "Centre de santé de Millas"))
/// ```
public enum SlotRulesText {
    public static func render(_ settings: SlotSettings, centre: String) -> String {
        var lines = ["Découpage en créneaux, \(centre) :"]
        let width = SlotRule.activities.map(\.rawValue.count).max() ?? 0
        for rule in settings.rules {
            let name = rule.activity.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            let origin = settings.isChosen(rule.activity) ? "" : " (par défaut)"
            lines.append(
                "  \(name)  créneaux de \(rule.length) min, marge de fin de demi-journée \(rule.endMargin) min\(origin)"
            )
        }
        return lines.joined(separator: "\n")
    }
}
