import Foundation
import MaSante
import MaSanteStore

/// The history of a person's page in words: each audit entry of their identity, contracts,
/// amendments, assignments, stages, long absences and welcome checklist as a French sentence (« Contrat CDI ajouté : à partir du 01/01/2024,
/// 35 h par semaine »), with dates, names and labels instead of ids and JSON.
struct HRHistoryWords {
    /// Centre names by id, for the assignments' `centre_id`.
    let centres: [Int: String]

    /// One line of the history table.
    struct Line {
        var at: String
        var login: String
        var text: String
    }

    func lines(_ entries: [AuditEntry]) -> [Line] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.timeZone = TimeZone(identifier: "Europe/Paris")
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        return entries.map { Line(at: formatter.string(from: $0.changedAt), login: $0.login, text: sentence($0)) }
    }

    /// What the entry changed, in a sentence.
    func sentence(_ entry: AuditEntry) -> String {
        let old = Self.object(entry.before), new = Self.object(entry.after)
        let row = new ?? old ?? [:]
        let what: String
        switch entry.table {
        case "people": what = "Fiche de \(text(row["last_name"])) \(text(row["first_name"]))"
        case "contracts": what = "Contrat \(text(row["kind"]))"
        case "assignments": what = "Affectation à \(centre(row["centre_id"]))"
        case "long_absences": what = "Absence longue (\(absenceKind(row["kind"])))"
        case "contract_amendments": what = "Avenant au contrat"
        case "welcome_checklists": what = "Liste d'accueil"
        case "welcome_items": what = "Élément d'accueil « \(text(row["label"])) »"
        default: what = "Étape « \(stage(row["stage"])) »"
        }
        // « la fiche », « l'affectation », « l'étape » are feminine; « le contrat » is not.
        let ending = ["contracts", "contract_amendments", "welcome_items"].contains(entry.table) ? "" : "e"
        switch entry.operation {
        case "INSERT": return "\(what) ajouté\(ending) : \(summary(entry.table, row))."
        case "DELETE": return "\(what) supprimé\(ending)."
        default:
            let changes = Self.labels.keys.sorted().compactMap { key -> String? in
                guard let label = Self.labels[key], Self.differ(old?[key], new?[key]) else { return nil }
                return "\(label) \(value(key, old?[key])) → \(value(key, new?[key]))"
            }
            return "\(what) modifié\(ending) : "
                + (changes.isEmpty ? "sans changement visible" : changes.joined(separator: ", ")) + "."
        }
    }

    /// The words of a new row.
    private func summary(_ table: String, _ row: [String: Any]) -> String {
        switch table {
        case "people":
            let profession =
                (row["profession"] as? String).flatMap(Profession.init(rawValue:))?.label ?? text(row["profession"])
            let rpps = (row["rpps"] as? String).map { ", RPPS \($0)" } ?? ""
            return profession + rpps
        case "contracts":
            let end = (row["ends_on"] as? String).map { " jusqu'au \(date($0))" } ?? ""
            return
                "à partir du \(value("starts_on", row["starts_on"]))\(end), \(value("weekly_hours", row["weekly_hours"])) par semaine"
        case "assignments":
            let end = (row["ends_on"] as? String).map { " jusqu'au \(date($0))" } ?? ""
            return "à partir du \(value("starts_on", row["starts_on"]))\(end), \(value("share", row["share"])) du temps"
        case "long_absences":
            let end = (row["ends_on"] as? String).map { " jusqu'au \(date($0))" } ?? ", retour non daté"
            let note = (row["note"] as? String).map { " (\($0))" } ?? ""
            return "à partir du \(value("starts_on", row["starts_on"]))\(end)\(note)"
        case "contract_amendments":
            let changes = [
                ("previous_weekly_hours", "weekly_hours"), ("previous_kind", "kind"), ("previous_ends_on", "ends_on"),
            ]
            .compactMap { before, after -> String? in
                guard Self.differ(row[before], row[after]) else { return nil }
                return "\(Self.labels[after] ?? after) \(value(after, row[before])) → \(value(after, row[after]))"
            }
            let note = (row["note"] as? String).map { " (\($0))" } ?? ""
            return
                "à partir du \(value("effective_on", row["effective_on"])), \(changes.joined(separator: ", "))\(note)"
        case "welcome_checklists":
            return "à partir de l'embauche du \(value("starts_on", row["starts_on"]))"
        default:
            let note = (row["note"] as? String).map { " (\($0))" } ?? ""
            return "au \(value("occurred_on", row["occurred_on"]))\(note)"
        }
    }

    /// The fields worth telling in a change, with their French names.
    private static let labels: [String: String] = [
        "last_name": "nom", "first_name": "prénom", "profession": "profession", "specialty": "spécialité",
        "rpps": "RPPS",
        "kind": "type", "starts_on": "début", "ends_on": "fin", "weekly_hours": "heures", "centre_id": "centre",
        "share": "part", "stage": "étape", "occurred_on": "date", "note": "note", "status": "statut",
        "done_on": "fait le",
    ]

    private func value(_ key: String, _ raw: Any?) -> String {
        guard let raw, !(raw is NSNull) else { return "aucune" }
        switch key {
        case "starts_on", "ends_on", "occurred_on", "effective_on", "done_on": return date(text(raw))
        case "status": return "« \(WelcomeStatus(rawValue: text(raw))?.label ?? text(raw)) »"
        case "weekly_hours": return "\(FrenchNumber.format(Self.number(raw))) h"
        case "share": return "\(Int((Self.number(raw) * 100).rounded())) %"
        case "centre_id": return centre(raw)
        case "stage": return "« \(stage(raw)) »"
        case "profession": return Profession(rawValue: text(raw))?.label ?? text(raw)
        default: return "« \(text(raw)) »"
        }
    }

    private func centre(_ raw: Any?) -> String {
        let id = Int(Self.number(raw ?? 0))
        return centres[id] ?? "un centre (n°\(id))"
    }

    private func absenceKind(_ raw: Any?) -> String { LongAbsenceKind(rawValue: text(raw))?.label ?? text(raw) }

    private func stage(_ raw: Any?) -> String { RecruitmentStage(rawValue: text(raw))?.label ?? text(raw) }

    private func date(_ text: String) -> String { (try? CalendarDate.parse(text))?.french ?? text }

    private func text(_ raw: Any?) -> String {
        switch raw {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        default: ""
        }
    }

    private static func number(_ raw: Any) -> Double {
        switch raw {
        case let number as NSNumber: number.doubleValue
        case let string as String: Double(string) ?? 0
        default: 0
        }
    }

    private static func differ(_ a: Any?, _ b: Any?) -> Bool {
        let a = a.flatMap { $0 is NSNull ? nil : "\($0)" }, b = b.flatMap { $0 is NSNull ? nil : "\($0)" }
        return a != b
    }

    private static func object(_ json: String?) -> [String: Any]? {
        guard let json, let data = json.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
